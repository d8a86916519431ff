#include "ui/panels/agenda_timer.hpp"

#include <cstdio>
#include <string>

#include "core/model/commands.hpp"
#include "core/model/meeting_clock.hpp"

namespace hindsight::ui {

using std::chrono::seconds;

std::string format_clock(seconds duration) {
  const long long total = duration.count() < 0 ? -duration.count() : duration.count();
  const long long hours = total / 3600, minutes = total / 60 % 60, secs = total % 60;
  char text[32];
  if (hours > 0)
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", hours, minutes, secs);
  else
    std::snprintf(text, sizeof text, "%lld:%02lld", minutes, secs);
  return text;
}

bool is_over(const core::AgendaItem& item, core::UtcSeconds now) {
  return core::agenda_item_used(item, now) > std::chrono::minutes(item.minutes);
}

std::string time_left_text(const core::AgendaItem& item, core::UtcSeconds now) {
  const seconds left = std::chrono::minutes(item.minutes) - core::agenda_item_used(item, now);
  return format_clock(left) + (left < seconds(0) ? " over" : " left");
}

ImVec4 overrun_colour(Theme theme) {
  // Amber on the dark background; a deeper burnt orange on the light one, where amber would fade.
  return theme == Theme::dark ? ImVec4(0.96f, 0.69f, 0.34f, 1.0f)
                              : ImVec4(0.68f, 0.36f, 0.04f, 1.0f);
}

void draw_clock(const std::string& text, ImFont* font, ImU32 colour) {
  ImGui::PushFont(font);
  // An invisible button, not plain text: plain text has no id, and the clock must be findable.
  const std::string id = text + "###clock";
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  ImGui::InvisibleButton(id.c_str(), size);
  ImGui::GetWindowDrawList()->AddText(
      ImGui::GetItemRectMin(), colour ? colour : ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
  ImGui::PopFont();
}

const core::AgendaItem* current_agenda_item(const core::Meeting& meeting) {
  if (meeting.current_item < 0 ||
      static_cast<std::size_t>(meeting.current_item) >= meeting.agenda.size())
    return nullptr;
  return &meeting.agenda[static_cast<std::size_t>(meeting.current_item)];
}

void request_clock_redraw(const FrameInput& input, FrameOutput& output) {
  if (core::agenda_running(input.document->postmortem().meeting))
    output.request_redraw_at(input.monotonic_now + 1.0);
}

void AgendaTimer::draw_controls(const FrameInput& input, FrameOutput& output) {
  const core::Meeting& meeting = input.document->postmortem().meeting;
  const core::UtcSeconds now = input.utc_now;
  const bool running = core::agenda_running(meeting);
  const bool finished = core::agenda_finished(meeting);
  ImGui::BeginDisabled(running || finished || meeting.agenda.empty());
  if (ImGui::Button(kStartLabel))
    output.push(intent::Edit{"Start the agenda timer",
                             [now](core::PostMortem& pm) { core::start_agenda(pm, now); },
                             std::nullopt});
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!running);
  if (ImGui::Button(kPauseLabel))
    output.push(intent::Edit{"Pause the agenda timer",
                             [now](core::PostMortem& pm) { core::pause_agenda(pm, now); },
                             std::nullopt});
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(finished || meeting.agenda.empty());
  if (ImGui::Button(kNextItemLabel))
    output.push(intent::Edit{"Next agenda item",
                             [now](core::PostMortem& pm) { core::advance_agenda(pm, now); },
                             std::nullopt});
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(meeting.current_item < 0 && core::agenda_used(meeting, now).count() == 0);
  if (ImGui::Button(kResetTimersLabel))
    output.push(intent::Edit{"Reset the agenda timers",
                             [](core::PostMortem& pm) { core::reset_agenda(pm); }, std::nullopt});
  ImGui::EndDisabled();
}

void AgendaTimer::draw_current(const FrameInput& input, UiState& state) {
  const core::Meeting& meeting = input.document->postmortem().meeting;
  const core::AgendaItem* item = current_agenda_item(meeting);
  ImFont* big = state.fonts.presenter ? state.fonts.presenter : state.fonts.heading;
  if (!item) {
    // The same height as the item's name and clock below, so the buttons under it stay where they
    // are when Start is clicked: the facilitator's next click lands on what they aimed at.
    ImGui::PushFont(state.fonts.heading);
    float height = ImGui::GetTextLineHeightWithSpacing();
    ImGui::PopFont();
    ImGui::PushFont(big);
    height += ImGui::GetTextLineHeightWithSpacing();
    ImGui::PopFont();
    const float top = ImGui::GetCursorPosY();
    ImGui::TextDisabled("%s", core::agenda_finished(meeting) ? "The agenda is done."
                                                             : "The meeting has not started.");
    const float used = ImGui::GetCursorPosY() - top;
    if (height > used) ImGui::Dummy(ImVec2(0.0f, height - used - ImGui::GetStyle().ItemSpacing.y));
    return;
  }
  ImGui::PushFont(state.fonts.heading);
  ImGui::TextUnformatted(item->phase.c_str());
  ImGui::PopFont();
  const bool over = is_over(*item, input.utc_now);
  draw_clock(time_left_text(*item, input.utc_now), big,
             over ? ImGui::GetColorU32(overrun_colour(state.theme)) : 0);
  if (!core::agenda_running(meeting)) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("paused");
  }
}

void AgendaTimer::draw_items(const FrameInput& input, UiState& state, FrameOutput& output) {
  const core::Meeting& meeting = input.document->postmortem().meeting;
  const core::UtcSeconds now = input.utc_now;
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("agenda", 3, kFlags)) return;
  const float minutes_width = ImGui::CalcTextSize("0000").x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::TableSetupColumn("Item", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Minutes", ImGuiTableColumnFlags_WidthFixed, minutes_width);
  ImGui::TableSetupColumn("Used", ImGuiTableColumnFlags_WidthFixed,
                          ImGui::CalcTextSize("0:00:00").x);
  for (std::size_t i = 0; i < meeting.agenda.size(); ++i) {
    const core::AgendaItem& item = meeting.agenda[i];
    const std::string index = std::to_string(i);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const bool current = static_cast<int>(i) == meeting.current_item;
    const std::string label = item.phase + "##agenda " + index;
    ImGui::AlignTextToFramePadding();
    if (ImGui::Selectable(label.c_str(), current) && !current)
      output.push(intent::Edit{
          "Go to " + item.phase,
          [i, now](core::PostMortem& pm) { core::go_to_agenda_item(pm, i, now); }, std::nullopt});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Make this the current item");
    ImGui::TableNextColumn();
    int minutes = item.minutes;
    ImGui::SetNextItemWidth(-1.0f);
    const std::string minutes_id = "##minutes " + index;
    const bool changed = ImGui::InputInt(minutes_id.c_str(), &minutes, 0, 0);
    if (ImGui::IsItemActivated()) ++state.edit_session;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Minutes planned for %s", item.phase.c_str());
    if (changed && minutes >= 0 && minutes != item.minutes) {
      // The command reads the item when it runs, so a timer started in between is kept.
      output.push(intent::Edit{
          "Edit minutes of " + item.phase,
          [i, minutes](core::PostMortem& pm) {
            if (i >= pm.meeting.agenda.size()) return;
            core::AgendaItem changed_item = pm.meeting.agenda[i];
            changed_item.minutes = minutes;
            core::update_agenda_item(pm, i, std::move(changed_item));
          },
          core::MergeKey{"/meeting/agenda/" + index + "/minutes", state.edit_session}});
    }
    ImGui::TableNextColumn();
    const std::chrono::seconds used = core::agenda_item_used(item, now);
    ImGui::AlignTextToFramePadding();
    if (is_over(item, now))
      ImGui::TextColored(overrun_colour(state.theme), "%s", format_clock(used).c_str());
    else if (used.count() > 0)
      ImGui::TextUnformatted(format_clock(used).c_str());
    else
      ImGui::TextDisabled("-");
  }
  ImGui::EndTable();
}

void AgendaTimer::draw_totals(const FrameInput& input, UiState& state) {
  const core::Meeting& meeting = input.document->postmortem().meeting;
  const std::chrono::seconds used = core::agenda_used(meeting, input.utc_now);
  const std::chrono::seconds planned = core::agenda_planned(meeting);
  ImGui::Text("Meeting: %s used of %s planned", format_clock(used).c_str(),
              format_clock(planned).c_str());
  if (used > planned) {
    ImGui::SameLine();
    ImGui::TextColored(overrun_colour(state.theme), "(%s over)",
                       format_clock(used - planned).c_str());
  }
}

void AgendaTimer::draw(const FrameInput& input, UiState& state, FrameOutput& output) {
  draw_current(input, state);
  draw_controls(input, output);
  ImGui::Spacing();
  draw_items(input, state, output);
  draw_totals(input, state);
  request_clock_redraw(input, output);
}

}  // namespace hindsight::ui
