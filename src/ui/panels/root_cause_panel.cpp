#include "ui/panels/root_cause_panel.hpp"

#include <imgui.h>

#include <string>

#include "core/model/commands.hpp"
#include "ui/panels/workflow_guides.hpp"
#include "ui/widgets/fields.hpp"

namespace hindsight::ui {
namespace {

void set_summary(core::PostMortem& pm, const std::string& text) {
  core::set_prose(pm, core::Prose::RootCauseSummary, text);
}

}  // namespace

void RootCausePanel::draw_summary(const FrameInput& input, UiState& state, FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  prose_field({"Summary", "/analysis/summary",
               "Why this occurred, in a few sentences: the conditions, not the people."},
              pm.analysis.summary, set_summary, input, state, output,
              ImGui::GetTextLineHeightWithSpacing() * 5.0f);
}

void RootCausePanel::draw_uncertainty(const FrameInput& input, UiState& state,
                                      FrameOutput& output) {
  const std::string& summary = input.document->postmortem().analysis.summary;
  ImGui::Spacing();
  section_heading(state, "No clear root cause?");
  ImGui::TextWrapped(
      "Say so rather than guess: document the uncertainty, focus on improvements that help "
      "regardless, and plan a follow-up investigation.");
  const bool present = summary.find(kUncertaintyPhrase) != std::string::npos;
  ImGui::BeginDisabled(present);
  if (ImGui::Button(kDocumentUncertaintyLabel)) {
    // Added after what is written, never over it; the X, Y and Z are for the team to replace.
    std::string text = summary;
    if (!text.empty()) text += text.back() == '\n' ? "\n" : "\n\n";
    text += kUncertaintyPhrase;
    output.push(intent::Edit{"Document uncertainty",
                             [text](core::PostMortem& pm) { set_summary(pm, text); },
                             std::nullopt});
  }
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("Adds to the summary: \"%.*s\"", static_cast<int>(kUncertaintyPhrase.size()),
                      kUncertaintyPhrase.data());
  ImGui::TextDisabled("Follow-up investigations");
  follow_ups_.draw(input, state, output);
}

void RootCausePanel::draw_content(const FrameInput& input, UiState& state, FrameOutput& output) {
  constexpr ImGuiTableFlags kSplit = ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV;
  if (!ImGui::BeginTable("root cause", 2, kSplit, ImGui::GetContentRegionAvail())) return;
  ImGui::TableSetupColumn("Whys", ImGuiTableColumnFlags_WidthStretch, 0.52f);
  ImGui::TableSetupColumn("Causes", ImGuiTableColumnFlags_WidthStretch, 0.48f);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  if (ImGui::BeginChild("Five whys")) {
    ImGui::Spacing();
    section_heading(state, "5 Whys");
    ladder_.draw(input, state, output);
  }
  ImGui::EndChild();
  ImGui::TableNextColumn();
  if (ImGui::BeginChild("Causes")) {
    ImGui::Spacing();
    section_heading(state, "Root causes");
    causes_.draw(input, state, output);
    ImGui::Spacing();
    draw_summary(input, state, output);
    draw_uncertainty(input, state, output);
  }
  ImGui::EndChild();
  ImGui::EndTable();
}

}  // namespace hindsight::ui
