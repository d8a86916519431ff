// Prepare, part 4: "Paste from logs or chat". A box to paste lines from logs, terminals or chat;
// a preview of the events Hindsight reads in them (time, guessed kind, text, source), each with a
// tick box; "Add" puts the ticked ones on the timeline as one undoable step. Every pasted line
// shows in the preview: as an event, joined to the event above it, or offered without a time.
#pragma once

#include <string>
#include <vector>

#include "core/timeline/paste_parser.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

inline constexpr const char* kPasteDialogName = "Paste from logs or chat";

class PasteDialog {
 public:
  void open(const core::PostMortem& pm);  // opens empty, with the incident's date as the default
  void draw(const UiState& state, FrameOutput& output);

 private:
  void reparse_if_changed();  // parses again only when the text or the day changed
  void draw_preview();

  bool open_requested_ = false;
  std::string text_;
  std::string date_;  // the day of lines that carry none
  std::string parsed_text_, parsed_date_;
  core::PasteResult result_;
  std::vector<bool> ticked_;  // one per entry of result_
};

}  // namespace hindsight::ui
