#include "ui/panels/panel.hpp"

namespace hindsight::ui {

void Panel::draw(const FrameInput& input, UiState& state, FrameOutput& output, ImVec2 size) {
  // Why the content is skipped when BeginChild returns false: the region is clipped away
  // entirely, and drawing it would only waste the frame. EndChild is still required.
  if (ImGui::BeginChild(name(), size, false, window_flags())) draw_content(input, state, output);
  ImGui::EndChild();
}

}  // namespace hindsight::ui
