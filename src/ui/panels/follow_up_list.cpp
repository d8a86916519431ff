#include "ui/panels/follow_up_list.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "core/model/commands.hpp"
#include "core/model/text.hpp"
#include "ui/panels/finding_notes.hpp"
#include "ui/widgets/entry_field.hpp"

namespace hindsight::ui {
namespace {

constexpr auto kList = core::TextList::FollowUpInvestigations;

std::string row_label(const char* label, std::size_t row) {
  return std::string(label) + " " + std::to_string(row);
}

}  // namespace

void FollowUpList::draw(const FrameInput& input, UiState& state, FrameOutput& output) {
  const auto& entries = input.document->postmortem().analysis.follow_up_investigations;
  constexpr const char* kPath = "/analysis/follow_up_investigations";
  draw_finding_notes(kPath, findings_at(input, kPath));
  const ImGuiStyle& style = ImGui::GetStyle();
  const float buttons = ImGui::CalcTextSize("Make it an action").x + ImGui::CalcTextSize("x").x +
                        style.FramePadding.x * 4 + style.ItemSpacing.x * 2;
  for (std::size_t row = 0; row < entries.size(); ++row) {
    ImGui::PushID(static_cast<int>(row));
    std::string text = entries[row];
    ImGui::SetNextItemWidth(-buttons);
    ImGui::InputText(row_label("##investigation", row).c_str(), &text,
                     ImGuiInputTextFlags_NoUndoRedo);
    if (ImGui::IsItemActivated()) ++state.edit_session;
    if (text != entries[row])
      output.push(intent::Edit{
          "Edit follow-up investigation",
          [row, text](core::PostMortem& pm) { core::update_list_entry(pm, kList, row, text); },
          core::MergeKey{"/analysis/follow_up_investigations/" + std::to_string(row),
                         state.edit_session}});
    ImGui::SameLine();
    if (ImGui::SmallButton(("Make it an action##" + std::to_string(row)).c_str()))
      output.push(intent::Edit{
          "Make investigation an action",
          [row](core::PostMortem& pm) { core::investigate_follow_up(pm, row); }, std::nullopt});
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("Adds \"Conduct deeper investigation into ...\" to the action items");
    ImGui::SameLine();
    if (ImGui::SmallButton(row_label("x##investigation", row).c_str()))
      output.push(intent::Edit{
          "Remove follow-up investigation",
          [row](core::PostMortem& pm) { core::remove_list_entry(pm, kList, row); }, std::nullopt});
    ImGui::PopID();
  }
  if (std::optional<std::string> entry = entry_field(
          "##Add investigation", "What to investigate further, then Enter", draft_, -FLT_MIN))
    output.push(intent::Edit{
        "Add follow-up investigation",
        [entry = *entry](core::PostMortem& pm) { core::add_list_entry(pm, kList, entry); },
        std::nullopt});
}

}  // namespace hindsight::ui
