// The workspace: everything one Hindsight window holds (the library, the post-mortem being
// edited, the UI state and the views) and one frame's logic: draw, then apply what the user
// asked for, then say what the platform must do (download a file, write the clipboard, open a
// link, announce a status). The app and the headless UI tests run exactly this.
// Contract: platform-free and clock-free. Time and randomness come in as arguments; effects go
// out as values; nothing here calls the browser, the OS or SDL.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/lint/lint.hpp"
#include "core/model/library.hpp"
#include "storage/library_index.hpp"
#include "storage/save_tracker.hpp"
#include "storage/stored_record.hpp"
#include "transfer/export_all.hpp"
#include "transfer/import_plan.hpp"
#include "ui/document_insights.hpp"
#include "ui/main_view.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::workspace {

// "Export all": the platform zips the entries into one file named `file_name` and saves it.
struct Archive {
  std::string file_name;  // "hindsight-2026-11-30.zip"
  std::vector<transfer::ArchiveEntry> entries;
};

struct Download {
  std::string file_name;  // "2024-01-15-db-connections.md"
  std::string mime_type;  // "text/markdown"
  std::string bytes;
};

// What the platform must do after a frame.
struct Effects {
  std::vector<Download> downloads;
  std::optional<std::string> clipboard;  // text to put on the system clipboard
  std::vector<std::string> links;        // URLs to open in a new tab
  std::string status;                    // one line for people and screen readers
  bool changed = false;                  // the library or the document changed: draw again
  std::optional<double> redraw_at;       // monotonic seconds when a view wants another frame
  std::vector<storage::Write> writes;    // records to store, in this order
  // Changes not yet written, to keep synchronously where a closing page cannot lose them (the
  // browser's journal); each is the write that will follow.
  std::vector<storage::Write> journal;
  bool request_persistence = false;  // ask the browser not to evict the stored data
  bool pick_files = false;           // open the platform's file picker
  std::optional<Archive> archive;    // to zip and save
};

struct Clock {
  core::UtcSeconds utc_now{};
  double monotonic_now = 0.0;
  int local_utc_offset_minutes = 0;
};

class Workspace {
 public:
  // Seconds of quiet after typing before the lints run again over the whole document.
  static constexpr double kLintPause = 0.6;
  // The lints' work per frame once typing pauses (core::LintRun's units): about half a
  // millisecond natively and two to three in the browser, so a pause over a long post-mortem
  // costs a few ordinary frames instead of one that stalls typing.
  static constexpr std::size_t kLintSliceUnits = 250000;

  // `random_bits` makes post-mortem ids (crypto-quality in the app; a counter in tests).
  explicit Workspace(std::function<std::uint64_t()> random_bits);

  // What storage holds at start-up; call once, before the first frame. Records that cannot be
  // opened are quarantined (kept as stored, offered for download), never rewritten. When the
  // records follow (the browser), the library lists the stored index entries until they come.
  void load(const storage::StoredData& stored);
  // Records read after start-up, a slice at a time; the last slice ends the reading. Until then
  // the post-mortems not yet read are listed but cannot be opened, and what needs the whole
  // library waits: files to import are held, the sample and "Export all" say to try again.
  void receive_records(const storage::RecordSlice& slice);
  bool reading_library() const { return reading_library_; }
  // Something storage reported (a write's outcome, another tab's change); the next frame shows it.
  void receive(const storage::StorageEvent& event, double monotonic_now);
  // Files the user opened or dropped: checks the open post-mortem in and plans the import; the
  // next frame shows the plan for review. Nothing changes until the user confirms it. `refused`:
  // files the platform did not read (too large), shown among the plan's problems.
  void receive_files(const std::vector<transfer::IncomingFile>& files,
                     std::vector<transfer::FileProblem> refused = {});
  // Every unsaved change as writes now, for a page about to be hidden or closed.
  std::vector<storage::Write> flush(double monotonic_now);

  // One frame: call between ImGui::NewFrame() and ImGui::Render().
  Effects frame(const Clock& clock);

  const core::Library& library() const { return library_; }
  core::Library& library() { return library_; }
  const core::OpenDocument* document() const { return document_ ? &*document_ : nullptr; }
  const ui::DocumentInsights& insights() const { return insights_; }
  // A lint run is under way: the frames until it ends show the findings of an earlier revision.
  bool linting() const { return lint_run_.has_value(); }
  const storage::SaveTracker& saves() const { return saves_; }
  const ui::StorageInfo& storage_info() const { return storage_info_; }
  // The import waiting for the user's review, or null.
  const transfer::ImportPlan* import_plan() const {
    return import_plan_ ? &*import_plan_ : nullptr;
  }
  ui::UiState& ui() { return ui_; }
  const ui::UiState& ui() const { return ui_; }

 private:
  void refresh_insights(const Clock& clock, Effects& effects);
  // The lints and phase progress, a slice a frame once typing pauses.
  void refresh_lints(const Clock& clock, Effects& effects);
  void forget_insights();
  void apply(ui::Intent& wish, const Clock& clock, Effects& effects);
  void open(core::OpenDocument document, Effects& effects);
  void close();
  const core::PostMortem* find_anywhere(std::string_view id) const;
  bool editable() const;
  // Marks `id` changed: it is journaled this frame (unless it is long) and written within a
  // second.
  void touch(const std::string& id, double monotonic_now);
  // Journals what changed since its last journal entry; a long post-mortem only by its writes.
  void journal_changes(Effects& effects);
  // Shows the stored version of `id` in place of this tab's (`record` empty: it was deleted).
  void take_stored(const std::string& id, const std::optional<storage::StoredRecord>& record);
  void refresh_storage_info();
  // Decodes stored records into the library; the unreadable are quarantined.
  void add_records(const std::vector<storage::StoredRecord>& records);
  // True (and says so in the status) while the library is still being read.
  bool wait_for_library(Effects& effects) const;
  void enter_conflict(const std::string& id, const std::optional<storage::StoredRecord>& stored,
                      const std::string& title);
  void confirm_import(const Clock& clock, Effects& effects);
  void undo_import(const Clock& clock, Effects& effects);
  void export_all(const Clock& clock, Effects& effects);

  std::function<std::uint64_t()> random_bits_;
  core::Library library_;
  std::optional<core::OpenDocument> document_;
  ui::DocumentInsights insights_;
  bool markdown_shown_ = false;         // the last frame showed insights_.markdown
  bool markdown_shown_before_ = false;  // and the frame before it
  std::uint64_t markdown_exports_ = 0;  // insights_.markdown_serial's source
  // The times and kinds insights_.metrics were computed from: most edits change a text, and
  // recomputing the metrics of a long timeline on every keystroke costs more than comparing them.
  std::optional<core::TimelineMetricsKey> metrics_key_;
  // The lints' findings per text of the last run: a pause in typing re-checks only what changed.
  core::LintMemo lint_memo_;
  // The run under way over revision `lint_run_of_`, dropped when the document changes (a run
  // reads the post-mortem as it was when it started).
  std::optional<core::LintRun> lint_run_;
  std::uint64_t lint_run_of_ = 0;
  int lint_run_frames_ = 0;  // frames that stepped it
  double last_edit_at_ = 0.0;
  storage::SaveTracker saves_;
  static constexpr std::size_t kJournalLargeBytes = 256 * 1024;
  std::set<std::string, std::less<>> journal_due_;  // changed since their last journal entry
  // The size of each post-mortem's last journal entry: past kJournalLargeBytes, only its
  // writes journal it.
  std::map<std::string, std::size_t, std::less<>> journaled_size_;
  std::vector<storage::Quarantined> quarantined_;
  // The library is still being read from storage (records_follow): `reading_` lists what has not
  // arrived yet; ids a storage event settled meanwhile are not taken from the older read; files
  // opened meanwhile wait to be planned.
  bool reading_library_ = false;
  bool reading_failed_ = false;  // storage failed mid-read: `reading_` keeps what was not read
  std::vector<storage::IndexEntry> reading_;
  std::set<std::string, std::less<>> settled_while_reading_;
  std::vector<transfer::IncomingFile> files_waiting_;
  std::vector<transfer::FileProblem> refused_waiting_;
  // Post-mortems another tab changed while this tab had unsaved edits: what is stored now.
  std::map<std::string, std::optional<storage::StoredRecord>, std::less<>> conflicts_;
  ui::Persistence persistence_ = ui::Persistence::unknown;
  bool persistence_requested_ = false;
  std::string pending_status_;  // from storage events, shown by the next frame
  ui::StorageInfo storage_info_;
  std::optional<transfer::ImportPlan> import_plan_;  // waiting for the user's review
  // The last import, while "Undo import" can still take it back: until the library changes
  // otherwise (an edit, a delete, another tab's change, another import).
  std::optional<transfer::ImportOutcome> last_import_;
  ui::UiState ui_;
  ui::MainView view_;
};

}  // namespace hindsight::workspace
