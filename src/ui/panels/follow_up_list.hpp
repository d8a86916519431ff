// Root cause, part 3 ("No Clear Root Cause Found"): the follow-up investigations, each edited in
// place, removable, and turned into an action item by "Make it an action" (the investigation
// stays listed, so the record shows why the action exists). A field below adds one on Enter.
// An uncertain root cause with no investigation planned is pointed out above the list.
// Widget labels: "##investigation 1", "Make it an action##1", "x##investigation 1",
// "##Add investigation".
// Contract: draws and reports intents; never changes the model.
#pragma once

#include <optional>
#include <string>

#include "ui/frame_input.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

class FollowUpList {
 public:
  void draw(const FrameInput& input, UiState& state, FrameOutput& output);

 private:
  std::string draft_;  // the investigation being typed into the add field
};

}  // namespace hindsight::ui
