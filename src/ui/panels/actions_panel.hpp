// Phase 4, Actions: the brainstorm by the workflow's five categories (folds away), then the
// action items table with its lints, the prioritisation exercise, offered when the list has
// grown to 15 or more and on demand, and the team's notes on the action items in a dialog.
// Contract: draws and reports intents; never changes the model.
#pragma once

#include "ui/panels/action_table.hpp"
#include "ui/panels/actions_notes_dialog.hpp"
#include "ui/panels/brainstorm_board.hpp"
#include "ui/panels/panel.hpp"
#include "ui/panels/prioritise_dialog.hpp"

namespace hindsight::ui {

inline constexpr const char* kAddActionLabel = "Add action";
inline constexpr const char* kPrioritiseLabel = "Prioritise...";
inline constexpr const char* kActionsNotesLabel = "Notes...";

class ActionsPanel : public Panel {
 protected:
  const char* name() const override { return "Actions"; }
  void draw_content(const FrameInput& input, UiState& state, FrameOutput& output) override;

 private:
  void draw_toolbar(const FrameInput& input, FrameOutput& output);

  BrainstormBoard brainstorm_;
  ActionTable table_;
  PrioritiseDialog prioritise_;
  ActionsNotesDialog notes_;
};

}  // namespace hindsight::ui
