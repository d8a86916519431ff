#include "ui/panels/presenter_view.hpp"

#include <imgui.h>

#include <string>

#include "core/model/enum_names.hpp"
#include "core/model/meeting_clock.hpp"
#include "core/model/time_format.hpp"
#include "core/timeline/phase_questions.hpp"
#include "ui/panels/agenda_timer.hpp"
#include "ui/panels/meeting_topic.hpp"
#include "ui/panels/timeline_walk.hpp"

namespace hindsight::ui {
namespace {

void big_wrapped(ImFont* font, const std::string& text) {
  ImGui::PushFont(font);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopFont();
}

void small_line(ImFont* font, const std::string& text) {
  ImGui::PushFont(font);
  ImGui::TextDisabled("%s", text.c_str());
  ImGui::PopFont();
}

void draw_event(const FrameInput& input, ImFont* big, ImFont* small, std::size_t index) {
  const auto& timeline = input.document->postmortem().timeline;
  if (timeline.empty()) {
    big_wrapped(big, "The timeline is empty.");
    return;
  }
  if (index >= timeline.size()) index = timeline.size() - 1;
  const core::TimelineEvent& event = timeline[index];
  std::string where =
      "Event " + std::to_string(index + 1) + " of " + std::to_string(timeline.size());
  if (const auto phase = core::phase_of_event(input.insights->metrics, index))
    where += "  -  " + std::string(core::phase_label(*phase));
  small_line(small, where);
  big_wrapped(big, (event.at ? core::format_display_time(*event.at) : std::string("No time")) +
                       "  " + std::string(core::label_of(event.kind)));
  ImGui::Spacing();
  big_wrapped(big, event.text);
}

void draw_question(const FrameInput& input, ImFont* big, ImFont* small, std::size_t index) {
  const auto& questions = input.document->postmortem().meeting.key_questions;
  if (questions.empty()) return;
  if (index >= questions.size()) index = questions.size() - 1;
  const core::KeyQuestion& question = questions[index];
  small_line(small, question.topic + "  -  question " + std::to_string(index + 1) + " of " +
                        std::to_string(questions.size()));
  big_wrapped(big, question.question);
  if (!question.notes.empty()) {
    ImGui::Spacing();
    ImGui::PushFont(small);
    ImGui::TextWrapped("%s", question.notes.c_str());
    ImGui::PopFont();
  }
}

void draw_list(ImFont* big, ImFont* small, const char* title,
               const std::vector<std::string>& entries) {
  small_line(small, title);
  if (entries.empty()) big_wrapped(big, "Nothing yet.");
  ImGui::PushFont(big);
  for (const std::string& entry : entries) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", entry.c_str());
  }
  ImGui::PopFont();
}

}  // namespace

bool draw_presenter_view(const FrameInput& input, UiState& state, FrameOutput& output,
                         const PresenterFocus& focus) {
  const core::PostMortem& pm = input.document->postmortem();
  const core::Meeting& meeting = pm.meeting;
  ImFont* big = state.fonts.presenter ? state.fonts.presenter : state.fonts.heading;
  ImFont* small = state.fonts.heading;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  constexpr ImGuiWindowFlags kFlags =
      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
  // Generous margins: projectors crop the edges.
  const float margin = viewport->Size.x * 0.04f;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(margin, margin * 0.6f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  const bool visible = ImGui::Begin(kPresenterWindow, nullptr, kFlags);
  ImGui::PopStyleVar(2);
  bool stay = true;
  if (visible) {
    const core::AgendaItem* item = current_agenda_item(meeting);
    // The way out, small and in the corner: the room does not need to read it.
    const float leave =
        ImGui::CalcTextSize(kLeavePresenterLabel).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - leave);
    if (ImGui::SmallButton(kLeavePresenterLabel)) stay = false;
    ImGui::SetCursorPosY(ImGui::GetStyle().WindowPadding.y);
    if (item) {
      small_line(small, item->phase);
      draw_clock(
          time_left_text(*item, input.utc_now), big,
          is_over(*item, input.utc_now) ? ImGui::GetColorU32(overrun_colour(state.theme)) : 0);
    } else {
      small_line(small, pm.incident.title);
      big_wrapped(big, core::agenda_finished(meeting) ? "Thank you." : "Post-mortem review");
    }
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0.0f);
    switch (item ? meeting_topic(item->phase) : MeetingTopic::Opening) {
      case MeetingTopic::Timeline:
        draw_event(input, big, small, focus.event);
        break;
      case MeetingTopic::KeyQuestions:
        draw_question(input, big, small, focus.question);
        break;
      case MeetingTopic::Opening:
        if (!core::agenda_finished(meeting)) big_wrapped(big, meeting.opening_statement);
        break;
      case MeetingTopic::WrapUp:
        draw_list(big, small, "Parking lot", meeting.parking_lot);
        break;
      case MeetingTopic::Other:
        big_wrapped(big, item->phase);
        break;
    }
    ImGui::PopTextWrapPos();
    request_clock_redraw(input, output);
  }
  ImGui::End();
  return stay;
}

}  // namespace hindsight::ui
