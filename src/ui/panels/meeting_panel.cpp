#include "ui/panels/meeting_panel.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // GetTopMostPopupModal

#include "ui/panels/presenter_view.hpp"

#include "ui/widgets/fields.hpp"

namespace hindsight::ui {
namespace {

// The tools on the right, in the order the meeting uses them, and what their buttons say.
constexpr MeetingTopic kTools[] = {MeetingTopic::Opening, MeetingTopic::Timeline,
                                   MeetingTopic::KeyQuestions, MeetingTopic::WrapUp};

const char* tool_label(MeetingTopic tool) {
  switch (tool) {
    case MeetingTopic::Opening:
      return "Set the tone";
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
  ImGui::SameLine();
  if (ImGui::Button(kPresenterViewLabel)) presenting_ = true;
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Show the current item in large type for the shared screen (F5 or P)");
  agenda_.draw(input, state, output);
  ImGui::Spacing();
  opening_.draw_ground_rules(input, state, output);
}

void MeetingPanel::draw_tools(const FrameInput& input, UiState& state, FrameOutput& output) {
  // Plain buttons, not tabs: each is a labelled widget the browser tests can find and click.
  for (MeetingTopic tool : kTools) {
    const bool current = tool == tool_;
    if (current)
      ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(tool_label(tool))) tool_ = tool;
    if (current) ImGui::PopStyleColor();
    ImGui::SameLine();
  }
  ImGui::NewLine();
  const core::PostMortem& pm = input.document->postmortem();
  switch (tool_) {
    case MeetingTopic::Opening:
      if (ImGui::BeginChild("Tone")) {
        opening_.draw_statement(input, state, output);
        ImGui::Spacing();
        ImGui::TextUnformatted("Attendees");
        attendees_.draw(pm, output);
      }
      ImGui::EndChild();
      break;
    case MeetingTopic::Timeline:
      if (ImGui::BeginChild("Walk")) walk_.draw(input, state, output);
      ImGui::EndChild();
      break;
    case MeetingTopic::KeyQuestions:
      if (ImGui::BeginChild("Questions")) questions_.draw(input, state, output);
      ImGui::EndChild();
      break;
    default:
      if (ImGui::BeginChild("Lists")) {
        // Five lists in two columns, each a fixed share of the height: every add field in view.
        const float height = ImGui::GetContentRegionAvail().y;
        if (ImGui::BeginTable("lists", 2, ImGuiTableFlags_SizingStretchSame)) {
          ImGui::TableNextColumn();
          went_well_.draw(pm, state, output, height / 3.0f);
          could_improve_.draw(pm, state, output, height / 3.0f);
          got_lucky_.draw(pm, state, output, height / 3.0f);
          ImGui::TableNextColumn();
          confusion_.draw(pm, state, output, height / 2.0f);
          parking_lot_.draw(pm, state, output, height / 2.0f);
          ImGui::EndTable();
        }
      }
      ImGui::EndChild();
      break;
  }
}

void MeetingPanel::draw_content(const FrameInput& input, UiState& state, FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  if (pm.id != shown_id_) {  // view state belongs to the post-mortem it was made for
    shown_id_ = pm.id;
    walk_ = TimelineWalk{};
    questions_ = KeyQuestionsView{};
    shown_item_ = -2;
    tool_ = MeetingTopic::Opening;
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
      if (tool_ == MeetingTopic::Other) tool_ = MeetingTopic::WrapUp;
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
