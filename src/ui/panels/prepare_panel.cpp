#include "ui/panels/prepare_panel.hpp"

#include <imgui.h>

#include <string>

#include "core/model/commands.hpp"

namespace hindsight::ui {
namespace {

void section_heading(const UiState& state, const char* text) {
  ImGui::Spacing();
  ImGui::PushFont(state.fonts.heading);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

void metric(const char* label, const std::optional<std::chrono::seconds>& value) {
  ImGui::BeginGroup();
  ImGui::TextDisabled("%s", label);
  ImGui::TextUnformatted(value ? core::format_duration(*value).c_str() : "-");
  ImGui::EndGroup();
  ImGui::SameLine(0, ImGui::GetFontSize() * 2.0f);
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
    output.push(intent::Edit{"Sort timeline", [](core::PostMortem& pm) {
                               core::sort_timeline_by_time(pm);
                             }, std::nullopt});
  ImGui::SameLine();
  ImGui::Checkbox("Show local times", &table_.local_times);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Show and type times in this computer's zone. They are stored in UTC.");
}

void PreparePanel::draw_metrics(const FrameInput& input) {
  const core::TimelineMetrics& m = input.insights->metrics;
  metric("Time to detect", m.to_detect);
  metric("To acknowledge", m.to_acknowledge);
  metric("To root cause", m.to_root_cause);
  metric("To mitigate", m.to_mitigate);
  metric("To resolve", m.to_resolve);
  metric("Total", m.duration);
  ImGui::NewLine();
}

void PreparePanel::draw_warnings(const FrameInput& input) {
  const auto& warnings = input.insights->metrics.warnings;
  for (std::size_t i = 0; i < warnings.size(); ++i) {
    const core::TimelineWarning& warning = warnings[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TextColored(ImVec4(0.94f, 0.65f, 0.29f, 1.0f), "!");
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

void PreparePanel::draw_content(const FrameInput& input, UiState& state, FrameOutput& output) {
  section_heading(state, "Incident");
  form_.draw(input, state, output);
  section_heading(state, "Timeline");
  draw_timeline_toolbar(input, output);
  draw_metrics(input);
  draw_warnings(input);
  if (auto clicked = chart_.draw(input, table_.selected())) table_.select(*clicked);
  // The table keeps at least a dozen rows in view; the page scrolls past it.
  const float rows = ImGui::GetFrameHeightWithSpacing() * 13.0f;
  table_.draw(input, state, output, ImVec2(0, std::max(rows, ImGui::GetContentRegionAvail().y)));
  paste_.draw(state, output);
}

}  // namespace hindsight::ui
