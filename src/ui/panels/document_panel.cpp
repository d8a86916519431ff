#include "ui/panels/document_panel.hpp"

#include <imgui.h>

#include "core/model/commands.hpp"
#include "ui/widgets/fields.hpp"

namespace hindsight::ui {
namespace {

TextSetter prose(core::Prose field) {
  return [field](core::PostMortem& pm, const std::string& value) {
    core::set_prose(pm, field, value);
  };
}

}  // namespace

void DocumentPanel::draw_prose(const FrameInput& input, UiState& state, FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  const float height =
      (ImGui::GetContentRegionAvail().y - ImGui::GetTextLineHeightWithSpacing() * 3.6f) / 3.0f;
  prose_field(
      {"Executive summary", "/executive_summary",
       "Two or three sentences: what broke, who was affected, how long, what we are changing."},
      pm.executive_summary, prose(core::Prose::ExecutiveSummary), input, state, output, height);
  prose_field({"What happened", "/what_happened",
               "The story of the incident, told about systems and decisions, not people."},
              pm.what_happened, prose(core::Prose::WhatHappened), input, state, output, height);
  prose_field({"Lessons learned", "/lessons_learned", "What the team now knows."},
              pm.lessons_learned, prose(core::Prose::LessonsLearned), input, state, output, height);
}

void DocumentPanel::draw_output(const FrameInput& input, UiState& state, FrameOutput& output) {
  if (ImGui::Button(kDownloadMarkdownLabel)) output.push(intent::DownloadMarkdown{});
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", input.insights->file_name.c_str());
  ImGui::SameLine();
  if (ImGui::Button(kCopyMarkdownLabel)) output.push(intent::CopyMarkdown{});
  ImGui::SameLine();
  if (ImGui::Button(kExportHtmlLabel)) output.push(intent::DownloadHtml{});
  ImGui::SameLine();
  ImGui::Checkbox("Raw Markdown", &show_raw_);
  output.shows_markdown = true;
  const ImVec2 size(-FLT_MIN, ImGui::GetContentRegionAvail().y);
  if (show_raw_) {
    if (state.fonts.mono) ImGui::PushFont(state.fonts.mono);
    // Read-only, but selectable and copyable like any text box.
    if (raw_serial_ != input.insights->markdown_serial) {
      raw_ = input.insights->markdown;
      raw_serial_ = input.insights->markdown_serial;
    }
    ImGui::InputTextMultiline("##Markdown", raw_.data(), raw_.size() + 1, size,
                              ImGuiInputTextFlags_ReadOnly);
    if (state.fonts.mono) ImGui::PopFont();
    return;
  }
  if (ImGui::BeginChild("Preview", size, true)) {
    preview_.set_text(input.insights->markdown, input.insights->markdown_serial);
    if (auto link = preview_.draw(markdown_fonts(state.fonts)))
      output.push(intent::OpenLink{*link});
  }
  ImGui::EndChild();
}

void DocumentPanel::draw_content(const FrameInput& input, UiState& state, FrameOutput& output) {
  constexpr ImGuiTableFlags kSplit = ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV;
  if (!ImGui::BeginTable("document", 2, kSplit, ImGui::GetContentRegionAvail())) return;
  ImGui::TableSetupColumn("Write", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Read", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  draw_prose(input, state, output);
  ImGui::TableNextColumn();
  draw_output(input, state, output);
  ImGui::EndTable();
}

}  // namespace hindsight::ui
