#include "ui/panels/actions_notes_dialog.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/model/commands.hpp"
#include "core/model/field_table.hpp"
#include "ui/widgets/dialog.hpp"
#include "ui/widgets/fields.hpp"

namespace hindsight::ui {
namespace {

void set_notes(core::PostMortem& pm, const std::string& text) {
  core::set_prose(pm, core::Prose::ActionsNotes, text);
}

}  // namespace

void ActionsNotesDialog::draw(const FrameInput& input, UiState& state, FrameOutput& output) {
  if (!begin_dialog(kActionsNotesDialogName, open_requested_, 0.6f)) return;
  // Escape closes the dialog, but not while it is leaving the text: a first Escape there ends
  // the typing, a second one closes.
  const bool typing = ImGui::IsAnyItemActive();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled(
      "What the team says about the action items as a whole. The Markdown writes it under "
      "Action Items, before the table.");
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  // The text fills the dialog down to the Close button, less the field's label above it.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float below = ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y;
  const float label = ImGui::GetTextLineHeightWithSpacing();
  const float height = ImGui::GetContentRegionAvail().y - below - label;
  prose_field({"Notes", core::model_field(core::FieldId::ActionsNotes).path,
               "How these were chosen and ranked, where they are tracked, who follows them up."},
              input.document->postmortem().actions_notes, set_notes, input, state, output,
              std::max(height, ImGui::GetTextLineHeightWithSpacing() * 3.0f));
  if (ImGui::Button("Close##notes") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !typing))
    ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace hindsight::ui
