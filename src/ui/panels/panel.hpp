// The base of every panel: a region of the screen that keeps its own view state (selection,
// sort, drafts, scroll) as members and draws one part of the UI. The base owns the child region's
// Begin/End; a panel only fills in its content, and reports what the user asked for as intents.
// Contract: a panel never changes the model, never reads a clock (FrameInput has the time) and
// never calls the platform or another panel.
#pragma once

#include <imgui.h>

#include "ui/frame_input.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

class Panel {
 public:
  virtual ~Panel() = default;

  // Draws the panel in a child region of `size` (0 in a dimension: the rest of the window).
  void draw(const FrameInput& input, UiState& state, FrameOutput& output, ImVec2 size = {});

 protected:
  virtual const char* name() const = 0;  // the child region's name, found by tests as a window
  virtual void draw_content(const FrameInput& input, UiState& state, FrameOutput& output) = 0;
  virtual ImGuiWindowFlags window_flags() const { return ImGuiWindowFlags_None; }
};

}  // namespace hindsight::ui
