#include "ui/panels/priority_mark.hpp"

#include "core/model/enum_names.hpp"
#include "ui/panels/workflow_guides.hpp"

namespace hindsight::ui {

ImU32 priority_colour(core::Priority priority) {
  switch (priority) {
    case core::Priority::High:
      return IM_COL32(224, 68, 62, 255);
    case core::Priority::Medium:
      return IM_COL32(236, 178, 46, 255);
    case core::Priority::Low:
      return IM_COL32(72, 178, 96, 255);
  }
  return IM_COL32(128, 128, 128, 255);
}

void draw_priority_dot(core::Priority priority) {
  const float size = ImGui::GetTextLineHeight();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float y = at.y + ImGui::GetStyle().FramePadding.y;  // centred on a framed widget's text
  ImGui::Dummy(ImVec2(size * 0.8f, ImGui::GetFrameHeight()));
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + size * 0.4f, y + size * 0.5f),
                                              size * 0.32f, priority_colour(priority));
}

void draw_priority_criteria(core::Priority current) {
  ImGui::TextUnformatted("Selection criteria");
  for (const auto& name : core::EnumTable<core::Priority>::names) {
    const std::string_view criterion = priority_criterion(name.value);
    draw_priority_dot(name.value);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (name.value == current)
      ImGui::Text("%.*s", static_cast<int>(criterion.size()), criterion.data());
    else
      ImGui::TextDisabled("%.*s", static_cast<int>(criterion.size()), criterion.data());
  }
}

}  // namespace hindsight::ui
