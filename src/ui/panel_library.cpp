#include "ui/panel_library.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/model/time_format.hpp"

namespace hindsight::ui {
namespace {

constexpr float kEmptyStateWidth = 540.0f;

void draw_heading(const UiState& state, const char* text) {
  ImGui::PushFont(state.fonts.heading);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

void draw_empty_state(const UiState& state, Intents& intents) {
  const float width = std::min(kEmptyStateWidth, ImGui::GetContentRegionAvail().x);
  const float left = (ImGui::GetContentRegionAvail().x - width) * 0.5f;
  ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + left, ImGui::GetWindowHeight() * 0.28f));
  ImGui::BeginGroup();
  draw_heading(state, "No post-mortems yet");
  ImGui::Spacing();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::TextUnformatted(
      "Hindsight walks your team through a blameless post-mortem: gather the timeline, run the "
      "meeting, dig for root causes with 5 Whys, agree on action items, and export Markdown to "
      "commit to git.");
  ImGui::Spacing();
  ImGui::TextDisabled("Everything stays on this device. Nothing is sent anywhere.");
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  ImGui::Spacing();
  if (ImGui::Button(kNewPostmortemLabel)) intents.create_postmortem = true;
  ImGui::EndGroup();
}

void draw_delete_confirmation(const core::Library& library, UiState& state, Intents& intents) {
  if (state.confirm_delete_id.empty()) return;
  const core::PostMortem* doomed = core::find_postmortem(library, state.confirm_delete_id);
  if (!doomed) {
    state.confirm_delete_id.clear();
    return;
  }
  ImGui::OpenPopup("Delete post-mortem?");
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal("Delete post-mortem?", nullptr, ImGuiWindowFlags_AlwaysAutoResize))
    return;
  ImGui::Text("Delete \"%s\"?", doomed->incident.title.c_str());
  ImGui::TextDisabled("This cannot be undone.");
  ImGui::Spacing();
  if (ImGui::Button("Delete post-mortem")) {
    intents.delete_postmortem_id = state.confirm_delete_id;
    state.confirm_delete_id.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    state.confirm_delete_id.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void draw_postmortem_table(const core::Library& library, UiState& state) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_ScrollY | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("postmortems", 3, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Created", ImGuiTableColumnFlags_WidthFixed, 190.0f);
  ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 80.0f);
  ImGui::TableHeadersRow();
  for (const core::PostMortem* postmortem : core::newest_first(library)) {
    ImGui::PushID(postmortem->id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(postmortem->incident.title.c_str());
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(core::format_display_time(postmortem->created_at).c_str());
    ImGui::TableNextColumn();
    if (ImGui::SmallButton("Delete")) state.confirm_delete_id = postmortem->id;
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace

void draw_library_panel(const core::Library& library, UiState& state, Intents& intents) {
  if (library.postmortems.empty()) {
    draw_empty_state(state, intents);
    return;
  }
  draw_heading(state, "Post-mortems");
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%zu kept on this device", library.postmortems.size());
  const float button_width =
      ImGui::CalcTextSize(kNewPostmortemLabel).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine(ImGui::GetContentRegionMax().x - button_width);
  if (ImGui::Button(kNewPostmortemLabel)) intents.create_postmortem = true;
  ImGui::Spacing();
  draw_postmortem_table(library, state);
  draw_delete_confirmation(library, state, intents);
}

}  // namespace hindsight::ui
