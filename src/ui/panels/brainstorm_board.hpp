// Actions, part 1 ("Generate Improvement Ideas"): the workflow's five brainstorming categories
// side by side, each with its two prompting questions, the ideas jotted under it, and a field
// that adds an idea on Enter and keeps focus for the next. Each idea can be made an action item
// of its category ("Make action") or removed.
// Widget labels: "##new idea <category key>" ("##new idea prevention"), "Make action##idea 3"
// and "x##idea 3" (3: the idea's index in the post-mortem).
// Contract: draws and reports intents; never changes the model.
#pragma once

#include <array>
#include <optional>
#include <string>

#include "core/model/postmortem.hpp"
#include "ui/frame_input.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

class BrainstormBoard {
 public:
  void draw(const FrameInput& input, FrameOutput& output);

 private:
  void draw_category(const FrameInput& input, std::size_t column, FrameOutput& output);

  std::array<std::string, 5> drafts_;  // what is being typed in each category's field
};

}  // namespace hindsight::ui
