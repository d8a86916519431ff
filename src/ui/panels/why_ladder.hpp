// Root cause, part 1: the 5 Whys chains as ladders, one under the other. Each chain is its
// problem, then its "Why? →" steps, each edited in place, then its conclusion. A step can be
// inserted above, removed, branched into a new chain (the whys up to it, copied) or concluded
// as a root cause with a confidence; Enter on the last step adds the next one. The root-cause
// lints are written under the step, conclusion or chain they are about.
// Widget labels carry the chain and step ("##why 0.2", "Branch##0.2") so tests and the browser
// bridge can name one step.
// Contract: draws and reports intents; never changes the model.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>

#include "ui/frame_input.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

inline constexpr const char* kAddChainLabel = "Add 5 Whys chain";

class WhyLadder {
 public:
  void draw(const FrameInput& input, UiState& state, FrameOutput& output);

 private:
  void draw_chain(const FrameInput& input, std::size_t chain, UiState& state, FrameOutput& output);
  void draw_step(const FrameInput& input, std::size_t chain, std::size_t step, UiState& state,
                 FrameOutput& output);
  void draw_step_buttons(const FrameInput& input, std::size_t chain, std::size_t step,
                         FrameOutput& output);

  // The step whose text takes keyboard focus on the next frame (a step just added by Enter).
  std::optional<std::pair<std::size_t, std::size_t>> focus_step_;
};

}  // namespace hindsight::ui
