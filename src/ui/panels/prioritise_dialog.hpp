// Actions, part 3 ("Too Many Action Items Generated"): the prioritisation exercise as a dialog.
// The workflow's three steps and its 80/20 question on top; every action below with a tick to
// pick it, its priority and text, and "Must do" / "Nice to have". Two picked actions merge
// (the first in the list keeps both texts, the second is folded into it); the workflow's example
// consolidation is shown for reference.
// Widget labels: "Prioritise actions" (the dialog), "##pick A3", "Must do##A3",
// "Nice to have##A3", "Merge picked##merge", "Close##prioritise".
// Contract: draws and reports intents; never changes the model.
#pragma once

#include <string>
#include <vector>

#include "ui/frame_input.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

inline constexpr const char* kPrioritiseDialogName = "Prioritise actions";

class PrioritiseDialog {
 public:
  void open() { open_requested_ = true; }
  void draw(const FrameInput& input, UiState& state, FrameOutput& output);

 private:
  void draw_list(const FrameInput& input, FrameOutput& output);
  void draw_merge(const FrameInput& input, FrameOutput& output);
  void draw_reference(const UiState& state);

  bool open_requested_ = false;
  std::vector<std::string> picked_;  // action ids, in the order picked; at most two
};

}  // namespace hindsight::ui
