#include "workspace/workspace.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID

#include <algorithm>
#include <utility>

#include "core/lint/lint.hpp"
#include "core/markdown/html_export.hpp"
#include "core/markdown/markdown_export.hpp"
#include "core/markdown/markdown_import.hpp"
#include "core/model/text.hpp"
#include "ui/embedded_assets.hpp"
#include "ui/panels/import_dialog.hpp"

namespace hindsight::workspace {
namespace {

// Overload set for std::visit over the intents.
template <class... Handlers>
struct Visitor : Handlers... {
  using Handlers::operator()...;
};
template <class... Handlers>
Visitor(Handlers...) -> Visitor<Handlers...>;

// Links in a post-mortem come from whoever wrote it: only web pages and mail are opened, never
// javascript:, data: or file: targets.
bool is_openable_link(std::string_view url) {
  const std::string lower = core::lowercase_ascii(url.substr(0, 8));
  return lower.rfind("https://", 0) == 0 || lower.rfind("http://", 0) == 0 ||
         lower.rfind("mailto:", 0) == 0;
}

std::string postmortems_text(std::size_t count) {
  return std::to_string(count) + (count == 1 ? " post-mortem" : " post-mortems");
}

}  // namespace

Workspace::Workspace(std::function<std::uint64_t()> random_bits)
    : random_bits_(std::move(random_bits)) {}

void Workspace::load(const storage::StoredData& stored) {
  if (!stored.available) saves_.turn_off(stored.unavailable_reason);
  persistence_ = stored.persistent ? ui::Persistence::persistent : ui::Persistence::unknown;
  add_records(stored.records);
  for (const std::string& id : stored.unreadable)
    quarantined_.push_back({id, 0, {}, "it is not a Hindsight record"});
  if (stored.records_follow) {
    reading_library_ = true;
    reading_ = storage::index_entries_from_json(stored.index_json);
  }
  refresh_storage_info();
}

void Workspace::add_records(const std::vector<storage::StoredRecord>& records) {
  std::vector<core::PostMortem> readable;
  readable.reserve(records.size());
  for (const storage::StoredRecord& record : records) {
    if (settled_while_reading_.contains(record.id)) continue;  // a newer event said what is there
    auto decoded = storage::decode_record(record);
    if (auto* postmortem = std::get_if<core::PostMortem>(&decoded)) {
      saves_.know_stored(record.id, record.revision);
      readable.push_back(std::move(*postmortem));
    } else {
      quarantined_.push_back(std::get<storage::Quarantined>(std::move(decoded)));
    }
  }
  core::add_postmortems(library_, std::move(readable));
}

void Workspace::receive_records(const storage::RecordSlice& slice) {
  if (!reading_library_) return;
  add_records(slice.records);
  std::set<std::string_view> arrived;
  for (const storage::StoredRecord& record : slice.records) arrived.insert(record.id);
  std::erase_if(reading_, [&](const storage::IndexEntry& entry) {
    return arrived.contains(entry.id) || settled_while_reading_.contains(entry.id);
  });
  if (slice.last) {
    // An index entry whose record never came has nothing behind it to open, unless the read
    // failed: then its row stays, saying so (saving is off, so nothing overwrites it).
    if (!reading_failed_) reading_.clear();
    reading_library_ = false;
    settled_while_reading_.clear();
    if (!files_waiting_.empty() || !refused_waiting_.empty()) {
      // The review closes any post-mortem opened meanwhile: a field being typed into lets go.
      ImGui::ClearActiveID();
      receive_files(std::exchange(files_waiting_, {}), std::exchange(refused_waiting_, {}));
    }
  }
  refresh_storage_info();
}

bool Workspace::wait_for_library(Effects& effects) const {
  if (!reading_library_) return false;
  effects.status = "Hindsight is still reading the library from this browser's storage: try "
                   "again in a moment.";
  return true;
}

void Workspace::touch(const std::string& id, double monotonic_now) {
  saves_.touched(id, monotonic_now);
  journal_due_.insert(id);
}

void Workspace::journal_changes(Effects& effects) {
  const auto lookup = [this](std::string_view id) { return find_anywhere(id); };
  for (auto id = journal_due_.begin(); id != journal_due_.end();) {
    // A long post-mortem costs tens of milliseconds to journal (serialised, copied to the page,
    // written to localStorage), too much for every keystroke: the page journals its writes
    // instead, those still running after a second or when the page is hidden or closed
    // (hindsight_storage.js), and the flush's writes.
    const auto last = journaled_size_.find(*id);
    if (last != journaled_size_.end() && last->second > kJournalLargeBytes) {
      id = journal_due_.erase(id);
      continue;
    }
    if (std::optional<storage::Write> write = saves_.pending_write(*id, lookup)) {
      journaled_size_[*id] = write->text.size();
      effects.journal.push_back(std::move(*write));
    }
    id = journal_due_.erase(id);
  }
}

bool Workspace::editable() const {
  return document_ && !conflicts_.contains(document_->postmortem().id);
}

const core::PostMortem* Workspace::find_anywhere(std::string_view id) const {
  if (document_ && document_->postmortem().id == id) return &document_->postmortem();
  return core::find_postmortem(library_, id);
}

void Workspace::take_stored(const std::string& id,
                            const std::optional<storage::StoredRecord>& record) {
  last_import_.reset();  // undoing the import now would overwrite what another tab saved
  const bool is_open = document_ && document_->postmortem().id == id;
  if (!record) {
    if (is_open) close();
    core::delete_postmortem(library_, id);
    saves_.take_stored(id, 0);
    return;
  }
  auto decoded = storage::decode_record(*record);
  auto* postmortem = std::get_if<core::PostMortem>(&decoded);
  if (!postmortem) {
    // Keep this tab's version and leave the stored record alone; it is listed for download.
    quarantined_.push_back(std::get<storage::Quarantined>(std::move(decoded)));
    return;
  }
  if (is_open) {
    // A text field being edited holds its own copy of the text: let it go so it shows the new one.
    ImGui::ClearActiveID();
    document_.emplace(std::move(*postmortem));
    forget_insights();
  } else {
    core::check_in(library_, core::OpenDocument(std::move(*postmortem)));
  }
  saves_.take_stored(id, record->revision);
}

void Workspace::enter_conflict(const std::string& id,
                               const std::optional<storage::StoredRecord>& stored,
                               const std::string& title) {
  saves_.conflict(id, stored ? stored->revision : 0);
  conflicts_[id] = stored;
  pending_status_ = "Another tab changed " + title + ": choose which version to keep.";
  // The post-mortem turns read-only: a field being typed into lets go of the keyboard.
  if (document_ && document_->postmortem().id == id) ImGui::ClearActiveID();
}

void Workspace::receive(const storage::StorageEvent& event, double monotonic_now) {
  using Kind = storage::StorageEvent::Kind;
  const core::PostMortem* known = find_anywhere(event.id);
  const auto unread = std::find_if(reading_.begin(), reading_.end(),
                                   [&](const storage::IndexEntry& e) { return e.id == event.id; });
  const std::string title = known                     ? known->incident.title
                            : unread != reading_.end() ? unread->title
                                                       : event.id;
  switch (event.kind) {
    case Kind::written:
      saves_.written(event.id, event.revision);
      break;
    case Kind::failed:
      saves_.failed(event.id, event.reason, event.quota, monotonic_now);
      break;
    case Kind::conflict:
      enter_conflict(event.id, event.stored, title);
      break;
    case Kind::changed: {
      const std::uint64_t revision = event.stored ? event.stored->revision : 0;
      if (event.stored && revision <= saves_.stored_revision(event.id)) break;  // seen already
      if (reading_library_) {
        // Newer than what the read in progress holds: it wins, and the row it listed goes.
        settled_while_reading_.insert(event.id);
        if (unread != reading_.end()) reading_.erase(unread);
      }
      if (saves_.has_unsaved(event.id)) {
        enter_conflict(event.id, event.stored, title);
      } else {
        take_stored(event.id, event.stored);
        pending_status_ = (event.stored ? "Updated " : "Deleted in another tab: ") + title +
                          (event.stored ? " from another tab" : "");
      }
      break;
    }
    case Kind::persistence:
      persistence_ = event.granted ? ui::Persistence::persistent : ui::Persistence::evictable;
      break;
    case Kind::unavailable:
      saves_.turn_off(event.reason);
      if (reading_library_) reading_failed_ = true;
      break;
    case Kind::cleared:
      // Everything this tab holds is the user's work: it is written back.
      for (const core::PostMortem& postmortem : library_.postmortems)
        touch(postmortem.id, monotonic_now);
      if (document_) touch(document_->postmortem().id, monotonic_now);
      pending_status_ =
          "This browser's storage was cleared while Hindsight was open: everything this tab "
          "holds is being saved again.";
      break;
  }
  refresh_storage_info();
}

void Workspace::receive_files(const std::vector<transfer::IncomingFile>& files,
                              std::vector<transfer::FileProblem> refused) {
  if (files.empty() && refused.empty()) return;
  if (reading_library_) {
    // The plan compares the files with the whole library: they wait until it is read.
    files_waiting_.insert(files_waiting_.end(), files.begin(), files.end());
    for (transfer::FileProblem& problem : refused) refused_waiting_.push_back(std::move(problem));
    pending_status_ = "Reading the library before the import...";
    return;
  }
  // Checked-out post-mortems are not in the library: the plan must see the open one to tell a
  // replacement from a new post-mortem.
  close();
  import_plan_ = transfer::plan_import(files, library_);
  for (transfer::FileProblem& problem : refused)
    import_plan_->problems.push_back(std::move(problem));
  const std::size_t count = ui::importable_count(*import_plan_);
  pending_status_ = "Review the import: " + postmortems_text(count) + " to import";
  if (!import_plan_->problems.empty())
    pending_status_ += ", " + std::to_string(import_plan_->problems.size()) +
                       (import_plan_->problems.size() == 1 ? " file" : " files") + " not imported";
}

void Workspace::confirm_import(const Clock& clock, Effects& effects) {
  if (!import_plan_) return;
  close();  // the plan was made with every post-mortem checked in
  transfer::ImportOutcome outcome = transfer::apply_import(library_, *import_plan_, clock.utc_now);
  import_plan_.reset();
  for (const std::string& id : outcome.created) touch(id, clock.monotonic_now);
  for (const core::PostMortem& old : outcome.replaced) touch(old.id, clock.monotonic_now);
  const std::size_t count = outcome.created.size() + outcome.replaced.size();
  effects.status = "Imported " + postmortems_text(count);
  if (count > 0)
    last_import_ = std::move(outcome);
  else
    last_import_.reset();
}

void Workspace::undo_import(const Clock& clock, Effects& effects) {
  if (!last_import_) return;
  close();  // a post-mortem the import made may be open
  transfer::undo_import(library_, *last_import_);
  for (const std::string& id : last_import_->created) touch(id, clock.monotonic_now);
  for (const core::PostMortem& old : last_import_->replaced) touch(old.id, clock.monotonic_now);
  effects.status = "Undid the import of " +
                   postmortems_text(last_import_->created.size() + last_import_->replaced.size());
  last_import_.reset();
}

void Workspace::export_all(const Clock& clock, Effects& effects) {
  // The open post-mortem is out of the library while it is edited: the archive holds it as well,
  // without closing it.
  core::Library everything;
  everything.postmortems = library_.postmortems;
  if (document_) everything.postmortems.push_back(document_->postmortem());
  if (everything.postmortems.empty()) return;
  effects.archive = Archive{transfer::export_all_file_name(clock.utc_now),
                            transfer::export_all_entries(everything, clock.utc_now)};
  effects.status = "Exported " + postmortems_text(everything.postmortems.size()) + " to " +
                   effects.archive->file_name;
}

std::vector<storage::Write> Workspace::flush(double monotonic_now) {
  return saves_.due_writes(monotonic_now, true,
                           [this](std::string_view id) { return find_anywhere(id); });
}

void Workspace::refresh_storage_info() {
  storage_info_.status = saves_.status();
  storage_info_.persistence = persistence_;
  storage_info_.quarantined = &quarantined_;
  storage_info_.reading = &reading_;
  storage_info_.reading_failed = reading_failed_;
  const auto conflict = document_ ? conflicts_.find(document_->postmortem().id) : conflicts_.end();
  storage_info_.document_in_conflict = conflict != conflicts_.end();
  storage_info_.conflict_is_removal = storage_info_.document_in_conflict && !conflict->second;
}

void Workspace::refresh_insights(const Clock& clock, Effects& effects) {
  if (!document_) return;
  const core::PostMortem& pm = document_->postmortem();
  const std::uint64_t revision = document_->history.revision();
  if (insights_.revision != revision) {
    insights_.revision = revision;
    if (!metrics_key_ || !metrics_key_->matches(pm.timeline)) {
      insights_.metrics = core::compute_timeline_metrics(pm.timeline);
      metrics_key_.emplace(pm.timeline);
    }
    insights_.file_name = core::markdown_file_name(pm);
  }
  refresh_lints(clock, effects);
  // A long post-mortem exports in tens of milliseconds: only for a view that shows it, once it
  // appears and then with the lints, once typing pauses.
  const bool appeared = markdown_shown_ && !markdown_shown_before_;
  if (markdown_shown_ && insights_.markdown_of != revision &&
      (appeared || insights_.lint_revision == revision)) {
    insights_.markdown = core::export_markdown(pm);
    insights_.markdown_of = revision;
    insights_.markdown_serial = ++markdown_exports_;
    effects.changed = true;
  }
}

void Workspace::refresh_lints(const Clock& clock, Effects& effects) {
  const core::PostMortem& pm = document_->postmortem();
  const std::uint64_t revision = document_->history.revision();
  if (lint_run_ && lint_run_of_ != revision) lint_run_.reset();  // it read an older document
  if (insights_.lint_revision == revision) return;
  // The lints read the whole document: they follow once typing pauses, not on every keystroke;
  // the findings of the last pause stay shown until then (they are stale while typing anyway).
  // A document just opened has none to show: its first frame lints it at once.
  const bool opened = insights_.lint_revision == ~std::uint64_t{0};
  const double due = last_edit_at_ + kLintPause;
  if (!opened && clock.monotonic_now < due) {
    effects.redraw_at = effects.redraw_at ? std::min(*effects.redraw_at, due) : due;
    return;
  }
  if (!lint_run_) {
    lint_run_.emplace(pm, lint_memo_);
    lint_run_of_ = revision;
    lint_run_frames_ = 0;
  }
  if (!lint_run_->done()) {
    const bool done = lint_run_->step(opened ? ~std::size_t{0} : kLintSliceUnits);
    ++lint_run_frames_;
    // The next slice in the next frame; a run that took several frames (a long post-mortem) has
    // the phase checks, which cost about a slice of their own, in the frame after its last.
    if (!done || lint_run_frames_ > 1) {
      effects.redraw_at = clock.monotonic_now;
      return;
    }
  }
  insights_.findings = lint_run_->take();
  lint_run_.reset();
  insights_.progress = core::phase_progress(pm, insights_.findings, insights_.metrics.warnings);
  insights_.lint_revision = revision;
  effects.changed = true;
}

void Workspace::forget_insights() {
  insights_ = {};
  metrics_key_.reset();
  lint_run_.reset();
}

void Workspace::open(core::OpenDocument document, Effects& effects) {
  close();
  effects.status = "Opened " + document.postmortem().incident.title;
  document_.emplace(std::move(document));
  forget_insights();
}

void Workspace::close() {
  if (!document_) return;
  core::check_in(library_, std::move(*document_));
  forget_insights();
  document_.reset();
}

void Workspace::apply(ui::Intent& wish, const Clock& clock, Effects& effects) {
  namespace in = ui::intent;
  const core::UtcSeconds now = clock.utc_now;
  std::visit(Visitor{
                 [&](in::CreatePostmortem&) {
                   close();
                   const std::string id = core::make_postmortem_id(random_bits_());
                   core::create_postmortem(library_, id, now);
                   touch(id, clock.monotonic_now);
                   if (auto out = core::check_out(library_, id)) open(std::move(*out), effects);
                   effects.status = "Created " + document_->postmortem().incident.title;
                 },
                 [&](in::OpenSample&) {
                   if (wait_for_library(effects)) return;  // a stored sample may be unread
                   close();
                   core::ImportResult imported =
                       core::import_markdown(assets::sample_postmortem_markdown());
                   if (!imported.postmortem) {
                     effects.status = "The sample could not be read: " + imported.error;
                     return;
                   }
                   const std::string id = imported.postmortem->id;
                   if (!core::find_postmortem(library_, id)) touch(id, clock.monotonic_now);
                   core::add_postmortem(library_, std::move(*imported.postmortem));
                   if (auto out = core::check_out(library_, id)) open(std::move(*out), effects);
                 },
                 [&](in::Open& o) {
                   if (document_ && document_->postmortem().id == o.id) return;
                   close();
                   if (auto out = core::check_out(library_, o.id)) open(std::move(*out), effects);
                 },
                 [&](in::Close&) {
                   close();
                   effects.status = "Back to the library";
                 },
                 [&](in::Duplicate& d) {
                   if (const core::PostMortem* copy = core::duplicate_postmortem(
                           library_, d.id, core::make_postmortem_id(random_bits_()), now)) {
                     touch(copy->id, clock.monotonic_now);
                     effects.status = "Created " + copy->incident.title;
                   }
                 },
                 [&](in::Delete& d) {
                   const core::PostMortem* doomed = core::find_postmortem(library_, d.id);
                   if (!doomed) return;
                   const std::string title = doomed->incident.title;
                   core::delete_postmortem(library_, d.id);
                   last_import_.reset();
                   touch(d.id, clock.monotonic_now);
                   effects.status = "Deleted " + title + ". Undo delete brings it back.";
                 },
                 [&](in::RestoreDeleted&) {
                   if (library_.deleted.empty()) return;
                   const std::string id = library_.deleted.back().id;
                   if (auto title = core::restore_deleted(library_)) {
                     touch(id, clock.monotonic_now);
                     effects.status = "Restored " + *title;
                   }
                 },
                 [&](in::Edit& e) {
                   if (!editable()) return;
                   if (document_->history.apply(e.label, e.command, e.merge)) {
                     last_import_.reset();
                     last_edit_at_ = clock.monotonic_now;
                     touch(document_->postmortem().id, clock.monotonic_now);
                   }
                 },
                 [&](in::Undo&) {
                   if (!editable()) return;
                   const std::string label = document_->history.undo_label();
                   // A text field being edited holds its own copy of the text: let it go so that it
                   // shows what the undo restored.
                   ImGui::ClearActiveID();
                   if (document_->history.undo()) {
                     last_import_.reset();
                     effects.status = label;
                     touch(document_->postmortem().id, clock.monotonic_now);
                   }
                   last_edit_at_ = clock.monotonic_now;
                 },
                 [&](in::Redo&) {
                   if (!editable()) return;
                   const std::string label = document_->history.redo_label();
                   ImGui::ClearActiveID();
                   if (document_->history.redo()) {
                     last_import_.reset();
                     effects.status = label;
                     touch(document_->postmortem().id, clock.monotonic_now);
                   }
                   last_edit_at_ = clock.monotonic_now;
                 },
                 [&](in::DownloadMarkdown&) {
                   if (!document_) return;
                   const core::PostMortem& pm = document_->postmortem();
                   effects.downloads.push_back(
                       {core::markdown_file_name(pm), "text/markdown", core::export_markdown(pm)});
                   effects.status = "Downloaded " + effects.downloads.back().file_name;
                 },
                 [&](in::DownloadHtml&) {
                   if (!document_) return;
                   const core::PostMortem& pm = document_->postmortem();
                   effects.downloads.push_back(
                       {core::html_file_name(pm), "text/html", core::export_html(pm)});
                   effects.status = "Downloaded " + effects.downloads.back().file_name;
                 },
                 [&](in::CopyMarkdown&) {
                   if (!document_) return;
                   effects.clipboard = core::export_markdown(document_->postmortem());
                   effects.status = "Copied the Markdown to the clipboard";
                 },
                 [&](in::OpenLink& l) {
                   if (is_openable_link(l.url))
                     effects.links.push_back(l.url);
                   else
                     effects.status = "Hindsight opens only web and mail links: " + l.url;
                 },
                 [&](in::KeepMine& k) {
                   if (!conflicts_.erase(k.id)) return;
                   saves_.keep_mine(k.id, clock.monotonic_now);
                   effects.status = "Kept this tab's version; it is saved over the other one.";
                 },
                 [&](in::TakeStored& t) {
                   const auto conflict = conflicts_.find(t.id);
                   if (conflict == conflicts_.end()) return;
                   const std::optional<storage::StoredRecord> stored = conflict->second;
                   conflicts_.erase(conflict);
                   take_stored(t.id, stored);
                   effects.status = stored ? "Loaded the version saved by the other tab"
                                           : "Removed: the other tab deleted this post-mortem. "
                                             "Undo delete brings this tab's version back.";
                 },
                 [&](in::DownloadStored& d) {
                   for (const storage::Quarantined& record : quarantined_)
                     if (record.id == d.id) {
                       effects.downloads.push_back({storage::quarantine_file_name(record),
                                                    "application/json", record.text});
                       effects.status = "Downloaded " + effects.downloads.back().file_name;
                     }
                 },
                 [&](in::OpenFiles&) { effects.pick_files = true; },
                 [&](in::ConfirmImport&) { confirm_import(clock, effects); },
                 [&](in::CancelImport&) {
                   if (!import_plan_) return;
                   import_plan_.reset();
                   effects.status = "Import cancelled: nothing changed";
                 },
                 [&](in::UndoImport&) { undo_import(clock, effects); },
                 [&](in::ExportAll&) {
                   if (!wait_for_library(effects)) export_all(clock, effects);
                 },
             },
             wish);
}

Effects Workspace::frame(const Clock& clock) {
  Effects effects;
  refresh_insights(clock, effects);
  refresh_storage_info();
  const ui::FrameInput input{
      library_,
      document(),
      document_ ? &insights_ : nullptr,
      clock.utc_now,
      clock.monotonic_now,
      clock.local_utc_offset_minutes,
      &storage_info_,
      import_plan_ ? &*import_plan_ : nullptr,
      last_import_ ? last_import_->created.size() + last_import_->replaced.size() : 0};
  ui::FrameOutput output = view_.draw(input, ui_);
  markdown_shown_before_ = std::exchange(markdown_shown_, output.shows_markdown);
  // Shown before it was exported (the Document phase just opened): the next frame has it.
  if (markdown_shown_ && !markdown_shown_before_ && document_ &&
      insights_.markdown_of != document_->history.revision())
    effects.changed = true;
  if (output.redraw_at)
    effects.redraw_at =
        effects.redraw_at ? std::min(*effects.redraw_at, *output.redraw_at) : *output.redraw_at;
  for (ui::Intent& wish : output.intents) apply(wish, clock, effects);
  effects.changed = effects.changed || !output.intents.empty();
  if (!pending_status_.empty() && effects.status.empty()) effects.status = pending_status_;
  pending_status_.clear();

  journal_changes(effects);
  effects.writes = saves_.due_writes(clock.monotonic_now, false,
                                     [this](std::string_view id) { return find_anywhere(id); });
  if (!effects.writes.empty() && !persistence_requested_ &&
      persistence_ != ui::Persistence::persistent) {
    persistence_requested_ = true;  // asked once, at the first save
    effects.request_persistence = true;
  }
  if (const std::optional<double> due = saves_.next_due())
    effects.redraw_at = effects.redraw_at ? std::min(*effects.redraw_at, *due) : *due;
  refresh_storage_info();
  return effects;
}

}  // namespace hindsight::workspace
