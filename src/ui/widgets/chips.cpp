#include "ui/widgets/chips.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <string>

#include "core/model/text.hpp"
#include "ui/widgets/entry_field.hpp"

namespace hindsight::ui {

void ChipsField::draw(const core::PostMortem& pm, FrameOutput& output) {
  const char* label = label_;
  const core::TextList list = list_;
  ImGui::PushID(label);
  const auto& entries = core::list_entries(pm, list);
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const std::string chip = entries[i] + "  x";
    const float width = ImGui::CalcTextSize(chip.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    // Wrap chips onto the next line when the next one would pass the field's right edge.
    if (i > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    const std::string id = chip + "##" + std::string(label) + "/" + std::to_string(i);
    if (ImGui::SmallButton(id.c_str())) {
      const std::string undo = std::string("Remove ") + entries[i];
      output.push(intent::Edit{
          undo, [list, i](core::PostMortem& p) { core::remove_list_entry(p, list, i); },
          std::nullopt});
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove %s", entries[i].c_str());
    ImGui::PopID();
  }
  if (!entries.empty()) ImGui::SameLine();
  if (!entries.empty() && ImGui::GetCursorScreenPos().x + 160.0f > right) ImGui::NewLine();
  const std::string add_id = std::string("##Add ") + label;
  const std::string hint = std::string("Add ") + label + "...";
  if (std::optional<std::string> name = entry_field(add_id.c_str(), hint.c_str(), draft_, 160.0f))
    output.push(intent::Edit{
        "Add " + *name,
        [list, name = *name](core::PostMortem& p) { core::add_list_entry(p, list, name); },
        std::nullopt});
  ImGui::PopID();
}

}  // namespace hindsight::ui
