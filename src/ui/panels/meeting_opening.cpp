#include "ui/panels/meeting_opening.hpp"

#include <imgui.h>

#include <string>

#include "core/model/commands.hpp"
#include "core/model/meeting_clock.hpp"
#include "core/model/seed_templates.hpp"
#include "core/model/time_format.hpp"
#include "ui/widgets/fields.hpp"

namespace hindsight::ui {

void MeetingOpening::draw_card(UiState& state) {
  if (open_card_) {
    ImGui::OpenPopup(kGroundRulesWindow);
    open_card_ = false;
  }
  // A card over most of the screen: the facilitator reads it aloud, the room reads along.
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x * 0.7f, 0), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(kGroundRulesWindow, nullptr, ImGuiWindowFlags_AlwaysAutoResize))
    return;
  ImGui::PushFont(state.fonts.presenter ? state.fonts.presenter : state.fonts.heading);
  ImGui::PushTextWrapPos(viewport->WorkSize.x * 0.7f - ImGui::GetStyle().WindowPadding.x * 2);
  ImGui::TextUnformatted(core::kGroundRules.data(),
                         core::kGroundRules.data() + core::kGroundRules.size());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  ImGui::Spacing();
  if (ImGui::Button("Done") || ImGui::IsKeyPressed(ImGuiKey_Escape, false))
    ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void MeetingOpening::draw_statement(const FrameInput& input, UiState& state, FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  prose_field(
      {"Opening statement", "/meeting/opening_statement",
       "Read aloud at the start: why we are here, and that this is about systems, not "
       "blame."},
      pm.meeting.opening_statement,
      [](core::PostMortem& p, const std::string& text) {
        core::set_prose(p, core::Prose::Opening, text);
      },
      input, state, output, ImGui::GetTextLineHeightWithSpacing() * 7.0f);
}

void MeetingOpening::draw_ground_rules(const FrameInput& input, UiState& state,
                                       FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  if (ImGui::Button(kRestateGroundRulesLabel)) {
    const core::UtcSeconds now = input.utc_now;
    output.push(intent::Edit{"Restate ground rules",
                             [now](core::PostMortem& p) { core::record_ground_rules(p, now); },
                             std::nullopt});
    open_card_ = true;
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("When people get defensive: show the blameless ground rules to read aloud");
  ImGui::SameLine();
  const auto& restated = pm.meeting.ground_rules_restated;
  ImGui::AlignTextToFramePadding();
  if (restated.empty())
    ImGui::TextDisabled("Not restated yet");
  else
    ImGui::TextDisabled("Restated %zu %s, last at %s", restated.size(),
                        restated.size() == 1 ? "time" : "times",
                        core::format_display_time(restated.back()).c_str());
  draw_card(state);
}

}  // namespace hindsight::ui
