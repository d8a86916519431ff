#include "ui/panels/quick_list.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>

#include "core/model/text.hpp"
#include "ui/widgets/entry_field.hpp"

namespace hindsight::ui {

void QuickList::draw(const core::PostMortem& pm, UiState& state, FrameOutput& output,
                     float height) {
  const core::TextList list = list_;
  const std::string noun = noun_;
  const float top = ImGui::GetCursorPosY();
  ImGui::PushFont(state.fonts.heading);
  ImGui::TextUnformatted(title_);
  ImGui::PopFont();
  const std::string id = "##Add " + noun;
  if (std::optional<std::string> entry =
          entry_field(id.c_str(), "Type and press Enter to add", draft_))
    output.push(intent::Edit{
        "Add to " + noun,
        [list, entry = *entry](core::PostMortem& p) { core::add_list_entry(p, list, entry); },
        std::nullopt});
  const float rest = height - (ImGui::GetCursorPosY() - top) - ImGui::GetStyle().ItemSpacing.y;
  if (ImGui::BeginChild(noun_, ImVec2(0, std::max(rest, ImGui::GetFrameHeight())))) {
    const auto& entries = core::list_entries(pm, list);
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const std::string remove = "x##" + noun + " " + std::to_string(i);
      if (ImGui::SmallButton(remove.c_str()))
        output.push(intent::Edit{
            "Remove from " + noun,
            [list, i](core::PostMortem& p) { core::remove_list_entry(p, list, i); }, std::nullopt});
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this entry");
      ImGui::SameLine();
      ImGui::TextWrapped("%s", entries[i].c_str());
    }
  }
  ImGui::EndChild();
}

}  // namespace hindsight::ui
