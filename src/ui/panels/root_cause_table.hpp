// Root cause, part 2: the root causes as an editable table (text, category, confidence), with
// the lints about each cause written under its text and those about the whole list (a single
// cause, no process cause) above the table. "Add root cause" appends an empty one.
// Widget labels carry the row ("##cause 1", "##category 1") for tests and the browser bridge.
// Contract: draws and reports intents; never changes the model.
#pragma once

#include "ui/frame_input.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

inline constexpr const char* kAddRootCauseLabel = "Add root cause";

class RootCauseTable {
 public:
  void draw(const FrameInput& input, UiState& state, FrameOutput& output);

 private:
  void draw_row(const FrameInput& input, std::size_t row, UiState& state, FrameOutput& output);
};

}  // namespace hindsight::ui
