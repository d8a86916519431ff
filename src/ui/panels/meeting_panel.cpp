#include "ui/panels/meeting_panel.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // GetTopMostPopupModal

#include "ui/panels/presenter_view.hpp"

namespace hindsight::ui {
namespace {

void section_heading(const UiState& state, const char* text) {
  ImGui::PushFont(state.fonts.heading);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

// The tab a topic opens: the walk-through for the timeline, the questions for the questions, and
// the lists for the rest (the wrap-up's parking lot is there).
const char* tab_of(MeetingTopic topic) {
  switch (topic) {
    case MeetingTopic::Timeline:
      return "Walk-through";
    case MeetingTopic::KeyQuestions:
      return "Key questions";
    default:
      return "Lists";
  }
}

}  // namespace

void MeetingPanel::handle_keys(const FrameInput& input) {
  const ImGuiIO& io = ImGui::GetIO();
  // Keys act only when no text field has the keyboard and no dialog is open: a P typed into a
  // note is a letter, not a command.
  if (io.WantTextInput || io.KeyCtrl || io.KeySuper || io.KeyAlt ||
      ImGui::GetTopMostPopupModal() != nullptr)
    return;
  if (ImGui::IsKeyPressed(ImGuiKey_F5, false) || ImGui::IsKeyPressed(ImGuiKey_P, false))
    presenting_ = !presenting_;
  else if (presenting_ && ImGui::IsKeyPressed(ImGuiKey_Escape, false))
    presenting_ = false;
  const int direction = ImGui::IsKeyPressed(ImGuiKey_LeftArrow)    ? -1
                        : ImGui::IsKeyPressed(ImGuiKey_RightArrow) ? +1
                                                                   : 0;
  if (direction == 0) return;
  const core::PostMortem& pm = input.document->postmortem();
  if (tool_ == MeetingTopic::KeyQuestions)
    questions_.step(direction, pm.meeting.key_questions.size());
  else if (tool_ == MeetingTopic::Timeline)
    walk_.step(direction, pm.timeline.size());
}

void MeetingPanel::draw_left(const FrameInput& input, UiState& state, FrameOutput& output) {
  section_heading(state, "Agenda");
  if (ImGui::Button(kPresenterViewLabel)) presenting_ = true;
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Show the current item in large type for the shared screen (F5 or P)");
  agenda_.draw(input, state, output);
  ImGui::Separator();
  section_heading(state, "Set the tone");
  opening_.draw(input, state, output);
  ImGui::Spacing();
  ImGui::TextUnformatted("Attendees");
  attendees_.draw(input.document->postmortem(), output);
}

void MeetingPanel::draw_tools(const FrameInput& input, UiState& state, FrameOutput& output) {
  if (!ImGui::BeginTabBar("meeting tools")) return;
  const core::PostMortem& pm = input.document->postmortem();
  auto tab = [&](MeetingTopic topic, const char* child, auto&& body) {
    const ImGuiTabItemFlags flags =
        select_tool_ && tab_of(tool_) == tab_of(topic) ? ImGuiTabItemFlags_SetSelected : 0;
    if (!ImGui::BeginTabItem(tab_of(topic), nullptr, flags)) return;
    // The tab the user looks at decides what the arrow keys step through.
    if (!select_tool_) tool_ = topic;
    if (ImGui::BeginChild(child)) body();
    ImGui::EndChild();
    ImGui::EndTabItem();
  };
  tab(MeetingTopic::Timeline, "Walk", [&] { walk_.draw(input, state, output); });
  tab(MeetingTopic::KeyQuestions, "Questions", [&] { questions_.draw(input, state, output); });
  tab(MeetingTopic::WrapUp, "Lists", [&] {
    // Five lists in two columns, each a fixed share of the height, so every add field is in view.
    const float height = ImGui::GetContentRegionAvail().y;
    constexpr ImGuiTableFlags kColumns = ImGuiTableFlags_SizingStretchSame;
    if (!ImGui::BeginTable("lists", 2, kColumns)) return;
    ImGui::TableNextColumn();
    went_well_.draw(pm, state, output, height / 3.0f);
    could_improve_.draw(pm, state, output, height / 3.0f);
    got_lucky_.draw(pm, state, output, height / 3.0f);
    ImGui::TableNextColumn();
    confusion_.draw(pm, state, output, height / 2.0f);
    parking_lot_.draw(pm, state, output, height / 2.0f);
    ImGui::EndTable();
  });
  ImGui::EndTabBar();
  select_tool_ = false;
}

void MeetingPanel::draw_content(const FrameInput& input, UiState& state, FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  if (pm.id != shown_id_) {  // view state belongs to the post-mortem it was made for
    shown_id_ = pm.id;
    walk_ = TimelineWalk{};
    questions_ = KeyQuestionsView{};
    shown_item_ = -2;
    presenting_ = false;
  }
  // Coming back to the phase starts in the editor, not in a presenter view left open before.
  if (last_frame_ != ImGui::GetFrameCount() - 1) presenting_ = false;
  last_frame_ = ImGui::GetFrameCount();
  // The agenda moved (or the post-mortem opened): show the tool for the item it is on.
  if (pm.meeting.current_item != shown_item_) {
    shown_item_ = pm.meeting.current_item;
    const core::AgendaItem* item = current_agenda_item(pm.meeting);
    if (item) {
      tool_ = meeting_topic(item->phase);
      if (tool_ == MeetingTopic::Opening || tool_ == MeetingTopic::Other)
        tool_ = MeetingTopic::WrapUp;
      select_tool_ = true;
    }
  }
  handle_keys(input);

  constexpr ImGuiTableFlags kSplit = ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV;
  if (ImGui::BeginTable("meeting", 2, kSplit, ImGui::GetContentRegionAvail())) {
    ImGui::TableSetupColumn("Agenda", ImGuiTableColumnFlags_WidthStretch, 0.4f);
    ImGui::TableSetupColumn("Tools", ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (ImGui::BeginChild("Agenda")) draw_left(input, state, output);
    ImGui::EndChild();
    ImGui::TableNextColumn();
    draw_tools(input, state, output);
    ImGui::EndTable();
  }
  if (presenting_) {
    const PresenterFocus focus{walk_.current(), questions_.current()};
    if (!draw_presenter_view(input, state, output, focus)) presenting_ = false;
  }
}

}  // namespace hindsight::ui
