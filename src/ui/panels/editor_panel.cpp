#include "ui/panels/editor_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "ui/panels/storage_notices.hpp"
#include "ui/theme.hpp"

namespace hindsight::ui {
namespace {

// Lines the list of findings under the phase's checks always takes; more findings scroll.
constexpr int kFindingLines = 2;

// The phases, in workflow order, each with its panel.
constexpr std::array kBuiltPhases{core::Phase::Prepare, core::Phase::Meeting,
                                  core::Phase::RootCause, core::Phase::Actions,
                                  core::Phase::Document};

const core::PhaseProgress* progress_of(const FrameInput& input, core::Phase phase) {
  for (const core::PhaseProgress& progress : input.insights->progress)
    if (progress.phase == phase) return &progress;
  return nullptr;
}

}  // namespace

void EditorPanel::draw_top_bar(const FrameInput& input, UiState& state, FrameOutput& output) {
  const core::OpenDocument& document = *input.document;
  if (ImGui::Button(kBackToLibraryLabel)) output.push(intent::Close{});
  ImGui::SameLine();
  ImGui::PushFont(state.fonts.heading);
  const std::string& title = document.postmortem().incident.title;
  ImGui::TextUnformatted(title.empty() ? "Untitled" : title.c_str());
  ImGui::PopFont();
  const core::History& history = document.history;
  const float buttons = ImGui::CalcTextSize("Undo").x + ImGui::CalcTextSize("Redo").x +
                        ImGui::GetStyle().FramePadding.x * 4 + ImGui::GetStyle().ItemSpacing.x;
  ImGui::SameLine(ImGui::GetContentRegionMax().x - buttons);
  ImGui::BeginDisabled(!history.can_undo());
  if (ImGui::Button("Undo")) output.push(intent::Undo{});
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && history.can_undo())
    ImGui::SetTooltip("%s (Ctrl+Z)", history.undo_label().c_str());
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!history.can_redo());
  if (ImGui::Button("Redo")) output.push(intent::Redo{});
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && history.can_redo())
    ImGui::SetTooltip("%s (Ctrl+Shift+Z)", history.redo_label().c_str());
  ImGui::EndDisabled();
}

void EditorPanel::draw_phase_bar(const FrameInput& input) {
  int number = 0;
  for (core::Phase phase : kBuiltPhases) {
    number = static_cast<int>(phase) + 1;
    const core::PhaseProgress* progress = progress_of(input, phase);
    std::string label = std::to_string(number) + " " + std::string(core::phase_name(phase));
    if (progress) {
      label += "  " + std::to_string(progress->done) + "/" + std::to_string(progress->total());
      if (progress->complete()) label += " done";
    }
    label += "##phase" + std::to_string(number);
    const bool current = phase == phase_;
    if (current)
      ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    // Green marks a finished phase, except on the current phase's button, whose highlight would
    // make green text hard to read; its "done" says it there.
    const bool green = progress && progress->complete() && !current;
    if (green) ImGui::PushStyleColor(ImGuiCol_Text, tone_colour(Tone::done));
    if (ImGui::Button(label.c_str())) phase_ = phase;
    if (green) ImGui::PopStyleColor();
    if (current) ImGui::PopStyleColor();
    ImGui::SameLine();
  }
  const core::PhaseProgress* current = progress_of(input, phase_);
  const std::size_t missing = current ? current->missing.size() : 0;
  const std::string toggle = (show_missing_ ? "Hide what is missing" : "What is still missing") +
                             std::string(" (") + std::to_string(missing) + ")##missing";
  if (ImGui::SmallButton(toggle.c_str())) show_missing_ = !show_missing_;
}

void EditorPanel::draw_missing(const FrameInput& input) {
  const core::PhaseProgress* progress = progress_of(input, phase_);
  if (!show_missing_ || !progress) return;
  // Open checks show in the check list; the rest (findings and warnings) one per line below it.
  std::vector<const core::MissingItem*> findings;
  for (const core::MissingItem& item : progress->missing)
    if (item.source != core::MissingSource::Check) findings.push_back(&item);
  // The checks flow like words, then the findings one per line in a fixed number of lines that
  // scroll. Why a fixed height: the findings come and go with a pause in typing, and a list that
  // grew or shrank with them moved every field below it under the user's pointer.
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const float gap = ImGui::GetFontSize() * 1.5f;
  // Measured as if a scrollbar took its place, so the checks never need more lines than this.
  const float flow_width = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
  // As drawn: the box, the spacing SameLine leaves, then the label.
  const auto check_width = [](const core::PhaseCheck& check) {
    return ImGui::CalcTextSize("[x]").x + ImGui::GetStyle().ItemSpacing.x +
           ImGui::CalcTextSize(check.label.c_str()).x;
  };
  int check_lines = progress->checks.empty() ? 0 : 1;
  float x = 0.0f;
  for (std::size_t i = 0; i < progress->checks.size(); ++i) {
    const float width = check_width(progress->checks[i]);
    if (i > 0 && x + gap + width > flow_width) {
      ++check_lines;
      x = width;
    } else {
      x += (i > 0 ? gap : 0.0f) + width;
    }
  }
  const float height = line * static_cast<float>(check_lines + kFindingLines);
  if (!ImGui::BeginChild("Missing", ImVec2(0, height))) {
    ImGui::EndChild();
    return;
  }
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  for (std::size_t i = 0; i < progress->checks.size(); ++i) {
    const core::PhaseCheck& check = progress->checks[i];
    const float width = check_width(check);
    if (i > 0) {
      ImGui::SameLine(0, gap);
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    ImGui::TextColored(check.done ? tone_colour(Tone::done) : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled), "%s",
                       check.done ? "[x]" : "[ ]");
    ImGui::SameLine();
    ImGui::TextUnformatted(check.label.c_str());
  }
  if (findings.empty()) ImGui::TextDisabled("Nothing flagged in this phase.");
  // A long timeline can have thousands of findings: only the lines in view are drawn.
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(findings.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      ImGui::Bullet();
      ImGui::TextUnformatted(findings[static_cast<std::size_t>(i)]->message.c_str());
    }
  ImGui::EndChild();
}

void EditorPanel::draw_content(const FrameInput& input, UiState& state, FrameOutput& output) {
  // Another post-mortem opens where the workflow starts, not where the last one was left.
  const std::string& id = input.document->postmortem().id;
  if (id != shown_id_) {
    shown_id_ = id;
    phase_ = core::Phase::Prepare;
  }
  draw_save_problem_bar(input);
  const bool read_only = draw_conflict_bar(input, output);
  // Read-only while another tab's version waits for the user's choice: the edits would be lost.
  ImGui::BeginDisabled(read_only);
  draw_top_bar(input, state, output);
  draw_phase_bar(input);
  draw_missing(input);
  ImGui::Separator();
  // The meeting's large type (the timer, the presenter view) is in the atlas only while needed.
  state.fonts.want_presenter = phase_ == core::Phase::Meeting;
  if (phase_ == core::Phase::Document)
    document_.draw(input, state, output);
  else if (phase_ == core::Phase::Meeting)
    meeting_.draw(input, state, output);
  else if (phase_ == core::Phase::RootCause)
    root_cause_.draw(input, state, output);
  else if (phase_ == core::Phase::Actions)
    actions_.draw(input, state, output);
  else
    prepare_.draw(input, state, output);
  ImGui::EndDisabled();
}

}  // namespace hindsight::ui
