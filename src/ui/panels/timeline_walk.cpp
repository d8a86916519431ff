#include "ui/panels/timeline_walk.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "core/model/commands.hpp"
#include "core/model/enum_names.hpp"
#include "core/model/text.hpp"
#include "core/model/time_format.hpp"
#include "core/timeline/phase_questions.hpp"
#include "ui/widgets/entry_field.hpp"
#include "ui/widgets/text_wrap.hpp"

namespace hindsight::ui {

std::string confusion_entry(const core::TimelineEvent& event, std::string_view note) {
  std::string entry = event.at ? core::format_display_time(*event.at) : "Untimed event";
  entry += ", \"" + std::string(core::trim(event.text)) + "\"";
  const std::string_view trimmed = core::trim(note);
  if (!trimmed.empty()) entry += ": " + std::string(trimmed);
  return entry;
}

bool is_long_incident(const FrameInput& input) {
  const auto& duration = input.insights->metrics.duration;
  return duration && *duration > core::kLongIncident;
}

void TimelineWalk::step(int direction, std::size_t count) {
  if (count == 0) return;
  if (direction < 0 && current_ > 0) --current_;
  if (direction > 0 && current_ + 1 < count) ++current_;
}

void TimelineWalk::draw_event(const FrameInput& input, UiState& state, FrameOutput& output) {
  const auto& timeline = input.document->postmortem().timeline;
  const core::TimelineEvent& event = timeline[current_];
  ImGui::PushFont(state.fonts.heading);
  ImGui::Text("%s  -  %s", event.at ? core::format_display_time(*event.at).c_str() : "No time",
              core::label_of(event.kind).data());
  ImGui::PopFont();
  // The event's text in large type, corrected in place: one undo step while the field has focus.
  ImGui::PushFont(state.fonts.presenter ? state.fonts.presenter : state.fonts.heading);
  std::string text = event.text;
  const float height = ImGui::GetTextLineHeightWithSpacing() * 3.2f;
  // Each event its own field id, so a step never shows the last event's editing state.
  ImGui::PushID(static_cast<int>(current_));
  const bool changed =
      input_text_wrapped("##event text", text, ImVec2(-1.0f, height), 0, WrappedUndo::Caller);
  const bool activated = ImGui::IsItemActivated();
  ImGui::PopID();
  ImGui::PopFont();
  if (activated) ++state.edit_session;
  if (changed && text != event.text) {
    const std::size_t at = current_;
    output.push(intent::Edit{
        "Edit event text",
        [at, text](core::PostMortem& pm) {
          if (at >= pm.timeline.size()) return;
          core::TimelineEvent corrected = pm.timeline[at];
          corrected.text = text;
          core::update_event(pm, at, std::move(corrected));
        },
        core::MergeKey{"/timeline/" + std::to_string(at) + "/text", state.edit_session}});
  }
}

void TimelineWalk::draw_additions(const FrameInput& input, FrameOutput& output) {
  const auto& timeline = input.document->postmortem().timeline;
  const std::size_t at = current_;
  if (std::optional<std::string> text =
          entry_field("##missing event", "A missing event after this one: type and press Enter",
                      missing_draft_)) {
    // No time: the team sets it in Prepare; sorting keeps an untimed event after this one.
    output.push(intent::Edit{"Add missing event",
                             [at, text = *text](core::PostMortem& pm) {
                               core::TimelineEvent added;
                               added.text = text;
                               const std::size_t index = core::add_event(pm, std::move(added));
                               core::move_event(pm, index, std::min(at + 1, index));
                             },
                             std::nullopt});
    current_ = at + 1;  // the walk goes on from the event just added
  }
  const float button = ImGui::CalcTextSize(kMarkConfusionLabel).x +
                       ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetStyle().ItemSpacing.x;
  ImGui::SetNextItemWidth(std::max(ImGui::GetContentRegionAvail().x - button, 80.0f));
  const bool entered =
      ImGui::InputTextWithHint("##confusion note", "Why it was confusing (optional)", &note_draft_,
                               ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if (ImGui::Button(kMarkConfusionLabel) || entered) {
    const std::string entry = confusion_entry(timeline[at], note_draft_);
    note_draft_.clear();
    output.push(intent::Edit{"Mark confusion",
                             [entry](core::PostMortem& pm) {
                               core::add_list_entry(pm, core::TextList::Confusion, entry);
                             },
                             std::nullopt});
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Add this moment to the list of moments people found confusing");
}

void TimelineWalk::draw_phases(const FrameInput& input, FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  const std::optional<core::IncidentPhase> current =
      core::phase_of_event(input.insights->metrics, current_);
  ImGui::TextDisabled("Long incident, in four phases:");
  for (const core::PhaseQuestion& each : core::phase_questions()) {
    ImGui::SameLine();
    const std::string name(core::phase_label(each.phase));
    if (current == each.phase)
      ImGui::TextColored(ImGui::GetStyleColorVec4(ImGuiCol_PlotLinesHovered), "[%s]", name.c_str());
    else
      ImGui::TextDisabled("%s", name.c_str());
  }
  // The button adds only the phase questions not asked yet, and is off once all are there.
  const bool all_there = core::phase_questions_asked(pm);
  ImGui::BeginDisabled(all_there);
  if (ImGui::Button(kAddPhaseQuestionsLabel))
    output.push(intent::Edit{"Add the phase questions",
                             [](core::PostMortem& p) { core::add_phase_questions(p); },
                             std::nullopt});
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip(all_there ? "The phase questions are among the key questions"
                                : "Add a question for each phase to the key questions");
}

void TimelineWalk::draw(const FrameInput& input, UiState& state, FrameOutput& output) {
  const auto& timeline = input.document->postmortem().timeline;
  if (timeline.empty()) {
    ImGui::TextWrapped(
        "The timeline is empty: add its events in 1 Prepare, then walk through "
        "them here.");
    return;
  }
  current_ = std::min(current_, timeline.size() - 1);
  ImGui::BeginDisabled(current_ == 0);
  if (ImGui::Button("Previous")) step(-1, timeline.size());
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(current_ + 1 >= timeline.size());
  if (ImGui::Button("Next")) step(+1, timeline.size());
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("Event %zu of %zu  (Left and Right arrow keys step)", current_ + 1,
                      timeline.size());
  if (is_long_incident(input)) draw_phases(input, output);
  ImGui::Spacing();
  draw_event(input, state, output);
  ImGui::Spacing();
  draw_additions(input, output);
}

}  // namespace hindsight::ui
