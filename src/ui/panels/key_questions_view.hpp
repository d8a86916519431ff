// The meeting's key questions (docs/postmortem-workflow.md, "Key Questions to Answer"), one at a
// time as the room takes them: the list of questions (a mark on those with notes), and the current
// question's notes area below, filling the space. The current question is the one last clicked or
// stepped to with Previous / Next question; the presenter view shows the same one.
// Labels: each question "<topic>: <question>##ask <index>", the current one's notes
// "##Notes##question <index>".
// Owns: which question is current. Never changes the model itself.
#pragma once

#include <cstddef>

#include "ui/frame_input.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

class KeyQuestionsView {
 public:
  void draw(const FrameInput& input, UiState& state, FrameOutput& output);
  std::size_t current() const { return current_; }
  void step(int direction, std::size_t count);  // to the previous (-1) or next (+1) question

 private:
  std::size_t current_ = 0;
};

}  // namespace hindsight::ui
