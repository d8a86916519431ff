#include "ui/panels/prioritise_dialog.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/model/commands.hpp"
#include "core/model/enum_names.hpp"
#include "ui/panels/priority_mark.hpp"
#include "ui/panels/workflow_guides.hpp"
#include "ui/widgets/dialog.hpp"

namespace hindsight::ui {
namespace {

void text_view(std::string_view text) {
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
}

void set_triage(FrameOutput& output, const std::string& id, core::Triage triage) {
  output.push(intent::Edit{
      triage == core::Triage::MustDo ? "Mark action must do" : "Mark action nice to have",
      [id, triage](core::PostMortem& pm) { core::set_action_triage(pm, id, triage); },
      std::nullopt});
}

}  // namespace

void PrioritiseDialog::draw_list(const FrameInput& input, FrameOutput& output) {
  const auto& actions = input.document->postmortem().actions;
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_ScrollY | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("exercise", 4, kFlags, ImGui::GetContentRegionAvail())) return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Pick", ImGuiTableColumnFlags_WidthFixed, em * 2.2f);
  ImGui::TableSetupColumn("Id", ImGuiTableColumnFlags_WidthFixed, em * 2.6f);
  ImGui::TableSetupColumn("Action", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Must do or nice to have?", ImGuiTableColumnFlags_WidthFixed, em * 13.5f);
  ImGui::TableHeadersRow();
  for (const core::ActionItem& action : actions) {
    ImGui::PushID(action.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    bool picked = std::find(picked_.begin(), picked_.end(), action.id) != picked_.end();
    if (ImGui::Checkbox(("##pick " + action.id).c_str(), &picked)) {
      if (picked) {
        picked_.push_back(action.id);
        if (picked_.size() > 2) picked_.erase(picked_.begin());  // the oldest pick lets go
      } else {
        picked_.erase(std::remove(picked_.begin(), picked_.end(), action.id), picked_.end());
      }
    }
    ImGui::TableNextColumn();
    draw_priority_dot(action.priority);
    ImGui::SameLine(0, 2);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(action.id.c_str());
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(action.action.empty() ? "(no text yet)" : action.action.c_str());
    for (const std::string& merged : action.merged) ImGui::TextDisabled("+ %s", merged.c_str());
    ImGui::PopTextWrapPos();
    ImGui::TableNextColumn();
    if (ImGui::RadioButton(("Must do##" + action.id).c_str(),
                           action.triage == core::Triage::MustDo) &&
        action.triage != core::Triage::MustDo)
      set_triage(output, action.id, core::Triage::MustDo);
    ImGui::SameLine();
    if (ImGui::RadioButton(("Nice to have##" + action.id).c_str(),
                           action.triage == core::Triage::NiceToHave) &&
        action.triage != core::Triage::NiceToHave)
      set_triage(output, action.id, core::Triage::NiceToHave);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void PrioritiseDialog::draw_merge(const FrameInput& input, FrameOutput& output) {
  const auto& actions = input.document->postmortem().actions;
  // Picks of actions that are gone (merged, deleted, undone) are let go.
  picked_.erase(std::remove_if(picked_.begin(), picked_.end(),
                               [&](const std::string& id) {
                                 return std::none_of(
                                     actions.begin(), actions.end(),
                                     [&](const core::ActionItem& a) { return a.id == id; });
                               }),
                picked_.end());
  std::size_t must = 0, nice = 0;
  for (const core::ActionItem& action : actions) {
    must += action.triage == core::Triage::MustDo;
    nice += action.triage == core::Triage::NiceToHave;
  }
  ImGui::Text("%zu actions: %zu must do, %zu nice to have, %zu not sorted yet.", actions.size(),
              must, nice, actions.size() - must - nice);
  // The action listed first keeps its place and both texts; the other is folded into it.
  std::string keep, other;
  for (const core::ActionItem& action : actions)
    if (std::find(picked_.begin(), picked_.end(), action.id) != picked_.end())
      (keep.empty() ? keep : other) = action.id;
  ImGui::BeginDisabled(other.empty());
  if (ImGui::Button("Merge picked##merge")) {
    output.push(
        intent::Edit{"Merge actions",
                     [keep, other](core::PostMortem& pm) { core::merge_actions(pm, keep, other); },
                     std::nullopt});
    picked_.clear();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (other.empty())
    ImGui::TextDisabled("Pick two similar actions to group them into one.");
  else
    ImGui::TextDisabled("%s joins %s: both texts are kept in %s.", other.c_str(), keep.c_str(),
                        keep.c_str());
}

void PrioritiseDialog::draw_reference(const UiState& state) {
  ImGui::PushFont(state.fonts.heading);
  ImGui::TextUnformatted("Example consolidation");
  ImGui::PopFont();
  ImGui::TextDisabled("Before:");
  for (std::string_view item : kConsolidationBefore) {
    ImGui::Bullet();
    text_view(item);
  }
  ImGui::TextDisabled("After:");
  ImGui::PushTextWrapPos(0.0f);
  for (std::string_view item : kConsolidationAfter) {
    ImGui::Bullet();
    text_view(item);
  }
  ImGui::PopTextWrapPos();
}

void PrioritiseDialog::draw(const FrameInput& input, UiState& state, FrameOutput& output) {
  if (!begin_dialog(kPrioritiseDialogName, open_requested_, 0.86f)) return;
  int step = 0;
  for (std::string_view text : kPrioritisationSteps) {
    ImGui::Text("%d.", ++step);
    ImGui::SameLine();
    text_view(text);
  }
  ImGui::Spacing();
  ImGui::PushFont(state.fonts.heading);
  text_view(kEightyTwentyQuestion);
  ImGui::PopFont();
  draw_merge(input, output);
  ImGui::Separator();
  const float close_height = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
  const ImVec2 area(ImGui::GetContentRegionAvail().x,
                    ImGui::GetContentRegionAvail().y - close_height);
  // The list on the left, the reference on the right, both ending above the Close button.
  if (ImGui::BeginChild("List", ImVec2(area.x * 0.68f, area.y))) draw_list(input, output);
  ImGui::EndChild();
  ImGui::SameLine();
  if (ImGui::BeginChild("Reference", ImVec2(0, area.y))) draw_reference(state);
  ImGui::EndChild();
  if (ImGui::Button("Close##prioritise") || ImGui::IsKeyPressed(ImGuiKey_Escape))
    ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace hindsight::ui
