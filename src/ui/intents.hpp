// What the user asked for during one frame. Views append intents to FrameOutput; the workspace
// (src/workspace/) applies them in order after the frame, so two things asked in one frame both
// happen, and every change to the library or the open post-mortem passes through one place.
// Contract: an intent describes a wish; it never holds a pointer into the model.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/model/history.hpp"

namespace hindsight::ui {

namespace intent {
struct CreatePostmortem {};  // a new post-mortem from the workflow's templates, opened
struct OpenSample {};        // the built-in sample, opened
struct Open {
  std::string id;
};                // check a post-mortem out for editing
struct Close {};  // back to the library
struct Duplicate {
  std::string id;
};
struct Delete {
  std::string id;
};
struct RestoreDeleted {};  // undo the last delete
// A change to the open post-mortem: one undo step named `label`, merged with the step before it
// when both carry the same merge key (typing into one field is one step).
struct Edit {
  std::string label;
  core::Command command;
  std::optional<core::MergeKey> merge;
};
struct Undo {};
struct Redo {};
struct DownloadMarkdown {};  // the open post-mortem as YYYY-MM-DD-slug.md
struct DownloadHtml {};      // the same document rendered as a standalone page
struct CopyMarkdown {};      // the Markdown to the system clipboard
struct OpenLink {
  std::string url;
};  // a link the user clicked, opened in a new tab
// Another tab saved a different version of post-mortem `id`: the user keeps this tab's version
// (written over the stored one) or takes the stored one (this tab's changes are dropped).
struct KeepMine {
  std::string id;
};
struct TakeStored {
  std::string id;
};
struct DownloadStored {
  std::string id;
};                        // a record that could not be opened, downloaded exactly as stored
struct OpenFiles {};      // the platform's file picker; what is picked comes back as a plan
struct ConfirmImport {};  // apply the import plan on screen
struct CancelImport {};   // drop it: nothing changes
struct UndoImport {};     // put the library back as it was before the last import
struct ExportAll {};      // every post-mortem as the files of one archive
}  // namespace intent

using Intent =
    std::variant<intent::CreatePostmortem, intent::OpenSample, intent::Open, intent::Close,
                 intent::Duplicate, intent::Delete, intent::RestoreDeleted, intent::Edit,
                 intent::Undo, intent::Redo, intent::DownloadMarkdown, intent::DownloadHtml,
                 intent::CopyMarkdown, intent::OpenLink, intent::KeepMine, intent::TakeStored,
                 intent::DownloadStored, intent::OpenFiles, intent::ConfirmImport,
                 intent::CancelImport, intent::UndoImport, intent::ExportAll>;

// What a frame's views hand back: the intents in the order asked, the earliest moment
// (monotonic seconds) a view wants to be drawn again without input (a pause timer, a clock), and
// whether a view showed the exported Markdown (DocumentInsights::markdown), which is kept current
// only while one does.
struct FrameOutput {
  std::vector<Intent> intents;
  std::optional<double> redraw_at;
  bool shows_markdown = false;

  void push(Intent wish) { intents.push_back(std::move(wish)); }
  void request_redraw_at(double when) {
    if (!redraw_at || when < *redraw_at) redraw_at = when;
  }
};

}  // namespace hindsight::ui
