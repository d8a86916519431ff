#include "ui/panels/import_dialog.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/theme.hpp"
#include "ui/widgets/dialog.hpp"

namespace hindsight::ui {
namespace {

const char* action_label(transfer::ImportAction action) {
  switch (action) {
    case transfer::ImportAction::create:
      return "New";
    case transfer::ImportAction::replace:
      return "Replaces";
    case transfer::ImportAction::unchanged:
      return "Unchanged";
  }
  return "";
}

std::string counted(std::size_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

void draw_changes(const std::vector<transfer::FieldChange>& changes) {
  constexpr ImGuiTableFlags kFlags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("changes", 3, kFlags)) return;
  ImGui::TableSetupColumn("Field", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Before", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn("After", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableHeadersRow();
  for (const transfer::FieldChange& change : changes) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", change.field.c_str());
    ImGui::TableNextColumn();
    if (change.before.empty())
      ImGui::TextDisabled("(none)");
    else
      ImGui::TextWrapped("%s", change.before.c_str());
    ImGui::TableNextColumn();
    if (change.after.empty())
      ImGui::TextDisabled("(removed)");
    else
      ImGui::TextWrapped("%s", change.after.c_str());
  }
  ImGui::EndTable();
}

// Each post-mortem is a tree node labelled "New: <title> (<file>)", so a long list of changes folds
// away and tests find every candidate by its label.
void draw_candidate(const transfer::ImportCandidate& candidate, std::size_t index) {
  const transfer::ImportAction action = candidate.action;
  const ImVec4 tint = action == transfer::ImportAction::create    ? tone_colour(Tone::done)
                      : action == transfer::ImportAction::replace ? tone_colour(Tone::note)
                                                                  : ImGui::GetStyle().Colors[ImGuiCol_TextDisabled];
  const std::string& title = candidate.postmortem.incident.title;
  const std::string label = std::string(action_label(action)) + ": " +
                            (title.empty() ? std::string("(untitled)") : title) + " (" +
                            candidate.source + ")##candidate" + std::to_string(index);
  const bool details = !candidate.warnings.empty() || action == transfer::ImportAction::replace;
  ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_DefaultOpen | ImGuiTreeNodeFlags_SpanAvailWidth;
  if (!details) flags |= ImGuiTreeNodeFlags_Leaf;
  ImGui::PushStyleColor(ImGuiCol_Text, tint);
  const bool open = ImGui::TreeNodeEx(label.c_str(), flags);
  ImGui::PopStyleColor();
  if (!open) return;
  ImGui::PushID(static_cast<int>(index));
  for (const std::string& warning : candidate.warnings) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", warning.c_str());
  }
  if (action == transfer::ImportAction::replace) {
    if (candidate.changes.empty())
      ImGui::TextDisabled("Replaces the post-mortem with the same id.");
    else
      draw_changes(candidate.changes);
  }
  ImGui::PopID();
  ImGui::TreePop();
}

void draw_plan(const transfer::ImportPlan& plan) {
  for (std::size_t i = 0; i < plan.candidates.size(); ++i) draw_candidate(plan.candidates[i], i);
  if (!plan.problems.empty()) {
    ImGui::Spacing();
    ImGui::SeparatorText(
        counted(plan.problems.size(), "file was not imported", "files were not imported").c_str());
    for (std::size_t i = 0; i < plan.problems.size(); ++i) {
      const transfer::FileProblem& problem = plan.problems[i];
      const std::string label = "Not imported: " + problem.source + "##problem" + std::to_string(i);
      ImGui::PushStyleColor(ImGuiCol_Text, tone_colour(Tone::error));
      const bool open = ImGui::TreeNodeEx(
          label.c_str(), ImGuiTreeNodeFlags_DefaultOpen | ImGuiTreeNodeFlags_SpanAvailWidth);
      ImGui::PopStyleColor();
      if (!open) continue;
      ImGui::TextWrapped("%s", problem.reason.c_str());
      ImGui::TreePop();
    }
  }
  if (!plan.notes.empty()) {
    ImGui::Spacing();
    for (const std::string& note : plan.notes) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
      ImGui::TextWrapped("%s", note.c_str());
      ImGui::PopStyleColor();
    }
  }
}

}  // namespace

std::size_t importable_count(const transfer::ImportPlan& plan) {
  return static_cast<std::size_t>(std::count_if(
      plan.candidates.begin(), plan.candidates.end(),
      [](const auto& candidate) { return candidate.action != transfer::ImportAction::unchanged; }));
}

void ImportDialog::draw(const FrameInput& input, FrameOutput& output) {
  if (input.import_plan && input.import_plan != shown_) ImGui::OpenPopup(kImportDialogName);
  shown_ = input.import_plan;
  place_next_dialog(0.8f);
  // Opaque: the library behind the dialog would show through the list of changes.
  ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_PopupBg];
  background.w = 1.0f;
  ImGui::PushStyleColor(ImGuiCol_PopupBg, background);
  const bool visible =
      ImGui::BeginPopupModal(kImportDialogName, nullptr, ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleColor();
  if (!visible) return;
  if (!input.import_plan) {  // confirmed or cancelled: the plan is gone
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  const transfer::ImportPlan& plan = *input.import_plan;
  const std::size_t count = importable_count(plan);
  ImGui::TextWrapped("%s", count == 0 ? "Nothing to import from these files; the library stays "
                                        "as it is."
                                      : (counted(count, "post-mortem", "post-mortems") +
                                         " to import. Nothing changes until you choose Import; "
                                         "Undo import takes it back.")
                                            .c_str());
  ImGui::Separator();
  ImGui::BeginChild(kImportListName, ImVec2(0, ImGui::GetContentRegionAvail().y -
                                                   ImGui::GetFrameHeightWithSpacing() * 1.4f));
  draw_plan(plan);
  ImGui::EndChild();
  const std::string label = "Import " + std::to_string(count) + "##import";
  ImGui::BeginDisabled(count == 0);
  if (ImGui::Button(label.c_str())) output.push(intent::ConfirmImport{});
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Cancel##import") || ImGui::IsKeyPressed(ImGuiKey_Escape))
    output.push(intent::CancelImport{});
  ImGui::EndPopup();
}

}  // namespace hindsight::ui
