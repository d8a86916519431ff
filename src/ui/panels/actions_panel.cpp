#include "ui/panels/actions_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "core/model/commands.hpp"
#include "core/model/field_table.hpp"
#include "ui/panels/finding_notes.hpp"
#include "ui/panels/priority_mark.hpp"
#include "ui/panels/workflow_guides.hpp"

#include "ui/widgets/fields.hpp"

namespace hindsight::ui {
namespace {

// The notes' opening lines, so the team sees what is written without opening the dialog.
void draw_notes_tooltip(const std::string& notes) {
  if (notes.empty()) {
    ImGui::SetTooltip(
        "How these were chosen and ranked, where they are tracked, who follows "
        "them up");
    return;
  }
  // At most 280 bytes, cut before a character's continuation bytes, never inside one.
  std::size_t shown = std::min<std::size_t>(notes.size(), 280);
  while (shown < notes.size() && (static_cast<unsigned char>(notes[shown]) & 0xC0) == 0x80) --shown;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
  ImGui::TextUnformatted(notes.data(), notes.data() + shown);
  if (shown < notes.size()) ImGui::TextDisabled("...");
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

}  // namespace

void ActionsPanel::draw_toolbar(const FrameInput& input, FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  if (ImGui::Button(kAddActionLabel)) {
    table_.focus_action(core::next_action_id(pm));
    output.push(intent::Edit{"Add action", [](core::PostMortem& p) { core::add_action(p, {}); },
                             std::nullopt});
  }
  ImGui::SameLine();
  // From 15 actions the workflow calls for the exercise: its button stands out.
  const bool too_many = pm.actions.size() >= kPrioritiseFrom;
  if (too_many) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.80f, 0.47f, 0.16f, 1.0f));
  ImGui::BeginDisabled(pm.actions.empty());
  if (ImGui::Button(kPrioritiseLabel)) prioritise_.open();
  ImGui::EndDisabled();
  if (too_many) ImGui::PopStyleColor();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("Group similar items, mark must do or nice to have, apply the 80/20 rule");
  ImGui::SameLine();
  if (ImGui::Button(kActionsNotesLabel)) notes_.open();
  if (ImGui::IsItemHovered()) draw_notes_tooltip(pm.actions_notes);
  const std::string_view notes_path = core::model_field(core::FieldId::ActionsNotes).path;
  if (const auto findings = findings_at(input, notes_path); !findings.empty()) {
    ImGui::SameLine();
    lint_marker(notes_path, findings);
  }
  ImGui::SameLine();
  ImGui::TextDisabled("Priority:");
  for (core::Priority priority :
       {core::Priority::High, core::Priority::Medium, core::Priority::Low}) {
    ImGui::SameLine();
    draw_priority_dot(priority);
    ImGui::SameLine(0, 2);
    ImGui::AlignTextToFramePadding();
    const std::string_view criterion = priority_criterion(priority);
    ImGui::TextDisabled("%.*s", static_cast<int>(criterion.size()), criterion.data());
  }
}

void ActionsPanel::draw_content(const FrameInput& input, UiState& state, FrameOutput& output) {
  ImGui::SetNextItemOpen(true, ImGuiCond_Once);
  if (ImGui::CollapsingHeader("Brainstorm improvement ideas")) {
    if (ImGui::BeginChild("Brainstorm", ImVec2(0, ImGui::GetContentRegionAvail().y * 0.34f)))
      brainstorm_.draw(input, output);
    ImGui::EndChild();
  }
  ImGui::Spacing();
  section_heading(state, "Action items");
  draw_toolbar(input, output);
  draw_finding_notes("/actions", findings_at(input, "/actions"));
  table_.draw(input, state, output, ImVec2(0, ImGui::GetContentRegionAvail().y));
  prioritise_.draw(input, state, output);
  notes_.draw(input, state, output);
}

}  // namespace hindsight::ui
