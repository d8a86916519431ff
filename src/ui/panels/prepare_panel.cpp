#include "ui/panels/prepare_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/model/commands.hpp"

#include "ui/theme.hpp"
#include "ui/widgets/fields.hpp"

namespace hindsight::ui {
namespace {

// One duration as a small labelled group; groups flow onto the next line when the row is full.
void metric(const char* label, const std::optional<std::chrono::seconds>& value, float right) {
  const std::string text = value ? core::format_duration(*value) : "-";
  const float width = std::max(ImGui::CalcTextSize(label).x, ImGui::CalcTextSize(text.c_str()).x);
  if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
  ImGui::BeginGroup();
  ImGui::TextDisabled("%s", label);
  ImGui::TextUnformatted(text.c_str());
  ImGui::EndGroup();
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.6f);
}

}  // namespace

void PreparePanel::draw_timeline_toolbar(const FrameInput& input, FrameOutput& output) {
  if (ImGui::Button("Add event")) {
    output.push(intent::Edit{"Add event", [](core::PostMortem& pm) { core::add_event(pm, {}); },
                             std::nullopt});
    table_.select(input.document->postmortem().timeline.size());
  }
  ImGui::SameLine();
  if (ImGui::Button("Paste from logs or chat...")) paste_.open(input.document->postmortem());
  ImGui::SameLine();
  if (ImGui::Button("Sort by time"))
    output.push(intent::Edit{"Sort timeline",
                             [](core::PostMortem& pm) { core::sort_timeline_by_time(pm); },
                             std::nullopt});
  ImGui::SameLine();
  ImGui::Checkbox("Show local times", &table_.local_times);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Show and type times in this computer's zone. They are stored in UTC.");
}

void PreparePanel::draw_metrics(const FrameInput& input) {
  const core::TimelineMetrics& m = input.insights->metrics;
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  metric("Time to detect", m.to_detect, right);
  metric("To acknowledge", m.to_acknowledge, right);
  metric("To root cause", m.to_root_cause, right);
  metric("To mitigate", m.to_mitigate, right);
  metric("To resolve", m.to_resolve, right);
  metric("Total", m.duration, right);
  ImGui::NewLine();
}

void PreparePanel::draw_warnings(const FrameInput& input) {
  const auto& warnings = input.insights->metrics.warnings;
  if (warnings.empty()) return;
  // At most three lines in view, so a long timeline's many warnings never crowd out the table.
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const float height = line * static_cast<float>(std::min<std::size_t>(warnings.size(), 3)) +
                       ImGui::GetStyle().WindowPadding.y;
  if (ImGui::BeginChild("Warnings", ImVec2(0, height))) {
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(warnings.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const core::TimelineWarning& warning = warnings[static_cast<std::size_t>(i)];
        ImGui::PushID(i);
        ImGui::TextColored(tone_colour(Tone::note), "!");
        ImGui::SameLine();
        if (warning.event) {
          const std::string label = warning.message + "##warning";
          if (ImGui::Selectable(label.c_str(), false)) table_.select(*warning.event);
          if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show this event in the table");
        } else {
          ImGui::TextUnformatted(warning.message.c_str());
        }
        ImGui::PopID();
      }
    }
  }
  ImGui::EndChild();
}

void PreparePanel::draw_content(const FrameInput& input, UiState& state, FrameOutput& output) {
  // The incident's facts on the left, the timeline (the bigger job) on the right; the divider
  // can be dragged.
  constexpr ImGuiTableFlags kSplit = ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV;
  if (!ImGui::BeginTable("prepare", 2, kSplit, ImGui::GetContentRegionAvail())) return;
  ImGui::TableSetupColumn("Incident", ImGuiTableColumnFlags_WidthStretch, 0.36f);
  ImGui::TableSetupColumn("Timeline", ImGuiTableColumnFlags_WidthStretch, 0.64f);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  if (ImGui::BeginChild("Incident")) {
    ImGui::Spacing();
    section_heading(state, "Incident");
    form_.draw(input, state, output);
  }
  ImGui::EndChild();
  ImGui::TableNextColumn();
  ImGui::Spacing();
  section_heading(state, "Timeline");
  draw_timeline_toolbar(input, output);
  draw_metrics(input);
  draw_warnings(input);
  if (auto clicked = chart_.draw(input, table_.selected())) table_.select(*clicked);
  table_.draw(input, state, output, ImVec2(0, ImGui::GetContentRegionAvail().y));
  ImGui::EndTable();
  paste_.draw(state, output);
}

}  // namespace hindsight::ui
