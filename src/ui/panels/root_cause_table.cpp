#include "ui/panels/root_cause_table.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <string>

#include "core/model/commands.hpp"
#include "core/model/enum_names.hpp"
#include "ui/panels/finding_notes.hpp"
#include "ui/widgets/combo.hpp"
#include "ui/widgets/table_headers.hpp"

namespace hindsight::ui {
namespace {

std::string row_label(const char* label, std::size_t row) {
  return std::string(label) + " " + std::to_string(row);
}

std::string cause_path(std::size_t row) { return "/analysis/root_causes/" + std::to_string(row); }

intent::Edit update(std::size_t row, const char* label, core::RootCause cause,
                    std::optional<core::MergeKey> merge = std::nullopt) {
  return intent::Edit{label,
                      [row, cause = std::move(cause)](core::PostMortem& pm) {
                        core::update_root_cause(pm, row, cause);
                      },
                      std::move(merge)};
}

// A combo over one enumeration's labels; the chosen value replaces the field.
template <class E>
void enum_combo(const char* id, E current, const char* label, std::size_t row,
                const core::RootCause& cause, E core::RootCause::*field, FrameOutput& output) {
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (!begin_combo(row_label(id, row).c_str(), core::label_of(current).data())) return;
  for (const auto& name : core::EnumTable<E>::names) {
    if (ImGui::Selectable(name.label.data(), name.value == current) && name.value != current) {
      core::RootCause changed = cause;
      changed.*field = name.value;
      output.push(update(row, label, std::move(changed)));
    }
  }
  ImGui::EndCombo();
}

}  // namespace

void RootCauseTable::draw_row(const FrameInput& input, std::size_t row, UiState& state,
                              FrameOutput& output) {
  const core::RootCause& cause = input.document->postmortem().analysis.root_causes[row];
  ImGui::PushID(static_cast<int>(row));
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(cause.id.c_str());
  ImGui::TableNextColumn();
  std::string text = cause.text;
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint(row_label("##cause", row).c_str(),
                           "A condition of the system or process, not a person", &text,
                           ImGuiInputTextFlags_NoUndoRedo);
  if (ImGui::IsItemActivated()) ++state.edit_session;
  if (text != cause.text) {
    core::RootCause changed = cause;
    changed.text = text;
    output.push(update(row, "Edit root cause", std::move(changed),
                       core::MergeKey{cause_path(row) + "/text", state.edit_session}));
  }
  for (const char* field : {"", "/text", "/category", "/confidence"}) {
    const std::string path = cause_path(row) + field;
    draw_finding_notes(path, findings_at(input, path));
  }
  ImGui::TableNextColumn();
  enum_combo("##category", cause.category, "Edit root cause category", row, cause,
             &core::RootCause::category, output);
  ImGui::TableNextColumn();
  enum_combo("##confidence", cause.confidence, "Edit root cause confidence", row, cause,
             &core::RootCause::confidence, output);
  ImGui::TableNextColumn();
  if (ImGui::SmallButton(row_label("Delete##cause", row).c_str()))
    output.push(intent::Edit{"Delete root cause",
                             [row](core::PostMortem& pm) { core::remove_root_cause(pm, row); },
                             std::nullopt});
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Actions that address it are unlinked, not deleted");
  ImGui::PopID();
}

void RootCauseTable::draw(const FrameInput& input, UiState& state, FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  draw_finding_notes("/analysis/root_causes", findings_at(input, "/analysis/root_causes"));
  if (ImGui::Button(kAddRootCauseLabel))
    output.push(intent::Edit{
        "Add root cause", [](core::PostMortem& p) { core::add_root_cause(p, {}); }, std::nullopt});
  if (pm.analysis.root_causes.empty()) {
    ImGui::TextDisabled("None yet: conclude a step of a 5 Whys chain, or add one here.");
    return;
  }
  constexpr ImGuiTableFlags kFlags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("root_causes", 5, kFlags)) return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupColumn("Id", ImGuiTableColumnFlags_WidthFixed, em * 1.8f);
  ImGui::TableSetupColumn("Root cause", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Category", ImGuiTableColumnFlags_WidthFixed, em * 7.5f);
  ImGui::TableSetupColumn("Confidence", ImGuiTableColumnFlags_WidthFixed, em * 6.5f);
  ImGui::TableSetupColumn("##delete", ImGuiTableColumnFlags_WidthFixed, em * 3.2f);
  draw_table_headers();
  for (std::size_t row = 0; row < pm.analysis.root_causes.size(); ++row)
    draw_row(input, row, state, output);
  ImGui::EndTable();
}

}  // namespace hindsight::ui
