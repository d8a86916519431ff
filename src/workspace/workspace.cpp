#include "workspace/workspace.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID

#include <algorithm>

#include "core/lint/lint.hpp"
#include "core/markdown/html_export.hpp"
#include "core/markdown/markdown_export.hpp"
#include "core/markdown/markdown_import.hpp"
#include "core/model/text.hpp"
#include "ui/embedded_assets.hpp"

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

}  // namespace

Workspace::Workspace(std::function<std::uint64_t()> random_bits)
    : random_bits_(std::move(random_bits)) {}

void Workspace::refresh_insights(const Clock& clock, Effects& effects) {
  if (!document_) return;
  const core::PostMortem& pm = document_->postmortem();
  const std::uint64_t revision = document_->history.revision();
  if (insights_.revision != revision) {
    insights_.revision = revision;
    insights_.metrics = core::compute_timeline_metrics(pm.timeline);
    insights_.file_name = core::markdown_file_name(pm);
  }
  if (insights_.lint_revision == revision) return;
  // Lints and the Markdown preview read the whole document: they follow once typing pauses, not
  // on every keystroke (a long post-mortem exports in tens of milliseconds).
  const double due = last_edit_at_ + kLintPause;
  if (insights_.lint_revision != ~std::uint64_t{0} && clock.monotonic_now < due) {
    effects.redraw_at = effects.redraw_at ? std::min(*effects.redraw_at, due) : due;
    return;
  }
  insights_.findings = core::lint(pm);
  insights_.progress = core::phase_progress(pm, insights_.findings);
  insights_.markdown = core::export_markdown(pm);
  insights_.lint_revision = revision;
  effects.changed = true;
}

void Workspace::open(core::OpenDocument document, Effects& effects) {
  close();
  effects.status = "Opened " + document.postmortem().incident.title;
  document_.emplace(std::move(document));
  insights_ = {};
}

void Workspace::close() {
  if (!document_) return;
  core::check_in(library_, std::move(*document_));
  document_.reset();
  insights_ = {};
}

void Workspace::apply(ui::Intent& wish, const Clock& clock, Effects& effects) {
  namespace in = ui::intent;
  const core::UtcSeconds now = clock.utc_now;
  std::visit(Visitor{
                 [&](in::CreatePostmortem&) {
                   close();
                   const std::string id = core::make_postmortem_id(random_bits_());
                   core::create_postmortem(library_, id, now);
                   if (auto out = core::check_out(library_, id)) open(std::move(*out), effects);
                   effects.status = "Created " + document_->postmortem().incident.title;
                 },
                 [&](in::OpenSample&) {
                   close();
                   core::ImportResult imported =
                       core::import_markdown(assets::sample_postmortem_markdown());
                   if (!imported.postmortem) {
                     effects.status = "The sample could not be read: " + imported.error;
                     return;
                   }
                   const std::string id = imported.postmortem->id;
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
                           library_, d.id, core::make_postmortem_id(random_bits_()), now))
                     effects.status = "Created " + copy->incident.title;
                 },
                 [&](in::Delete& d) {
                   const core::PostMortem* doomed = core::find_postmortem(library_, d.id);
                   if (!doomed) return;
                   const std::string title = doomed->incident.title;
                   core::delete_postmortem(library_, d.id);
                   effects.status = "Deleted " + title + ". Undo delete brings it back.";
                 },
                 [&](in::RestoreDeleted&) {
                   if (auto title = core::restore_deleted(library_))
                     effects.status = "Restored " + *title;
                 },
                 [&](in::Edit& e) {
                   if (!document_) return;
                   if (document_->history.apply(e.label, e.command, e.merge))
                     last_edit_at_ = clock.monotonic_now;
                 },
                 [&](in::Undo&) {
                   if (!document_) return;
                   const std::string label = document_->history.undo_label();
                   // A text field being edited holds its own copy of the text: let it go so that it
                   // shows what the undo restored.
                   ImGui::ClearActiveID();
                   if (document_->history.undo()) effects.status = label;
                   last_edit_at_ = clock.monotonic_now;
                 },
                 [&](in::Redo&) {
                   if (!document_) return;
                   const std::string label = document_->history.redo_label();
                   ImGui::ClearActiveID();
                   if (document_->history.redo()) effects.status = label;
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
             },
             wish);
}

Effects Workspace::frame(const Clock& clock) {
  Effects effects;
  refresh_insights(clock, effects);
  const ui::FrameInput input{library_,      document(),          document_ ? &insights_ : nullptr,
                             clock.utc_now, clock.monotonic_now, clock.local_utc_offset_minutes};
  ui::FrameOutput output = view_.draw(input, ui_);
  if (output.redraw_at)
    effects.redraw_at =
        effects.redraw_at ? std::min(*effects.redraw_at, *output.redraw_at) : *output.redraw_at;
  for (ui::Intent& wish : output.intents) apply(wish, clock, effects);
  effects.changed = effects.changed || !output.intents.empty();
  return effects;
}

}  // namespace hindsight::workspace
