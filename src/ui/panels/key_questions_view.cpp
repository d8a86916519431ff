#include "ui/panels/key_questions_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/model/commands.hpp"
#include "core/model/text.hpp"
#include "ui/widgets/fields.hpp"

namespace hindsight::ui {

void KeyQuestionsView::step(int direction, std::size_t count) {
  if (count == 0) return;
  if (direction < 0 && current_ > 0) --current_;
  if (direction > 0 && current_ + 1 < count) ++current_;
}

void KeyQuestionsView::draw(const FrameInput& input, UiState& state, FrameOutput& output) {
  const auto& questions = input.document->postmortem().meeting.key_questions;
  if (questions.empty()) {
    ImGui::TextDisabled("No key questions.");
    return;
  }
  if (current_ >= questions.size()) current_ = questions.size() - 1;
  ImGui::BeginDisabled(current_ == 0);
  if (ImGui::Button("Previous question")) step(-1, questions.size());
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(current_ + 1 >= questions.size());
  if (ImGui::Button("Next question")) step(+1, questions.size());
  ImGui::EndDisabled();
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const core::KeyQuestion& question = questions[i];
    const bool answered = !core::trim(question.notes).empty();
    ImGui::TextDisabled("%s", answered ? "[x]" : "[ ]");
    ImGui::SameLine();
    const std::string ask =
        question.topic + ": " + question.question + "##ask " + std::to_string(i);
    if (ImGui::Selectable(ask.c_str(), i == current_)) current_ = i;
  }
  const core::KeyQuestion& question = questions[current_];
  const std::string index = std::to_string(current_);
  ImGui::Spacing();
  ImGui::PushFont(state.fonts.heading);
  ImGui::TextWrapped("%s", question.question.c_str());
  ImGui::PopFont();
  const std::string label = "Notes##question " + index;
  const std::string path = "/meeting/key_questions/" + index + "/notes";
  const std::size_t at = current_;
  prose_field(
      {label.c_str(), path, "What the room answered"}, question.notes,
      [at](core::PostMortem& pm, const std::string& notes) {
        core::set_key_question_notes(pm, at, notes);
      },
      input, state, output,
      std::max(ImGui::GetContentRegionAvail().y - ImGui::GetTextLineHeightWithSpacing(),
               ImGui::GetTextLineHeightWithSpacing() * 4.0f));
}

}  // namespace hindsight::ui
