// Actions: the team's notes on the action items as a whole (how they were chosen and ranked,
// where they are tracked, who follows them up), typed in a dialog so the actions' table keeps
// the screen's height. The Markdown writes them under "Action Items", before the table.
// Widget labels: "Notes on the action items" (the dialog), "##Notes" (its text),
// "Close##notes".
// Contract: draws and reports intents; never changes the model.
#pragma once

#include "ui/frame_input.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

inline constexpr const char* kActionsNotesDialogName = "Notes on the action items";

class ActionsNotesDialog {
 public:
  void open() { open_requested_ = true; }
  void draw(const FrameInput& input, UiState& state, FrameOutput& output);

 private:
  bool open_requested_ = false;
};

}  // namespace hindsight::ui
