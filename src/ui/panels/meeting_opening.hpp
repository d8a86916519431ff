// Setting the tone (docs/postmortem-workflow.md, Phase 2): the opening statement, editable and
// ready to read aloud, and "Restate ground rules", which shows the workflow's script in large type
// on a card over the screen and records that the facilitator restated them ("People Are Defensive
// During Meeting"); how many times they were restated is shown beside the button.
// Owns: whether the card is open. Never changes the model itself.
#pragma once

#include "ui/frame_input.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

inline constexpr const char* kRestateGroundRulesLabel = "Restate ground rules";
inline constexpr const char* kGroundRulesWindow = "Ground rules";

class MeetingOpening {
 public:
  // The opening statement's field.
  void draw_statement(const FrameInput& input, UiState& state, FrameOutput& output);
  // The button, how many times it was used, and the card while it is open.
  void draw_ground_rules(const FrameInput& input, UiState& state, FrameOutput& output);

 private:
  void draw_card(UiState& state);
  bool open_card_ = false;  // the button was pressed: open the card this frame
};

}  // namespace hindsight::ui
