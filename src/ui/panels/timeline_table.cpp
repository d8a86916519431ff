#include "ui/panels/timeline_table.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "core/model/commands.hpp"
#include "core/model/enum_names.hpp"
#include "ui/panels/event_time_text.hpp"
#include "ui/theme.hpp"

namespace hindsight::ui {
namespace {

constexpr ImGuiInputTextFlags kCell = ImGuiInputTextFlags_NoUndoRedo;

// Widget labels carry the row ("##text 3") so tests and the widget bridge can name one row.
std::string row_label(const char* label, std::size_t row) {
  return std::string(label) + " " + std::to_string(row);
}

std::string event_path(std::size_t row, const char* field) {
  return "/timeline/" + std::to_string(row) + "/" + field;
}

intent::Edit update(std::size_t row, const char* label, core::TimelineEvent event,
                    std::optional<core::MergeKey> merge = std::nullopt) {
  return intent::Edit{
      label,
      [row, event = std::move(event)](core::PostMortem& pm) { core::update_event(pm, row, event); },
      std::move(merge)};
}

void draw_kind(std::size_t row, const core::TimelineEvent& event, FrameOutput& output) {
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (!ImGui::BeginCombo(row_label("##kind", row).c_str(), core::label_of(event.kind).data()))
    return;
  for (const auto& name : core::EnumTable<core::EventKind>::names) {
    if (ImGui::Selectable(name.label.data(), name.value == event.kind)) {
      core::TimelineEvent changed = event;
      changed.kind = name.value;
      output.push(update(row, "Edit event kind", std::move(changed)));
    }
  }
  ImGui::EndCombo();
}

// Delete at hand; moving and inserting in a small menu, so the text keeps the row's width.
void draw_row_buttons(std::size_t row, std::size_t count, FrameOutput& output) {
  auto edit = [&](const char* label, auto change) {
    output.push(intent::Edit{label, [row, change](core::PostMortem& pm) { change(pm, row); },
                             std::nullopt});
  };
  if (ImGui::SmallButton(row_label("...##row", row).c_str())) ImGui::OpenPopup("row menu");
  if (ImGui::BeginPopup("row menu")) {
    if (ImGui::MenuItem("Move up", nullptr, false, row > 0))
      edit("Move event",
           [](core::PostMortem& pm, std::size_t r) { core::move_event(pm, r, r - 1); });
    if (ImGui::MenuItem("Move down", nullptr, false, row + 1 < count))
      edit("Move event",
           [](core::PostMortem& pm, std::size_t r) { core::move_event(pm, r, r + 1); });
    if (ImGui::MenuItem("Insert event above"))
      edit("Insert event", [](core::PostMortem& pm, std::size_t r) {
        core::move_event(pm, core::add_event(pm, {}), r);
      });
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  if (ImGui::SmallButton(row_label("Delete##event", row).c_str()))
    edit("Delete event", [](core::PostMortem& pm, std::size_t r) { core::remove_event(pm, r); });
}

}  // namespace

void TimelineTable::draw_when(const FrameInput& input, std::size_t row, FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  const core::TimelineEvent& event = pm.timeline[row];
  const int offset = local_times ? input.local_utc_offset_minutes : 0;
  auto found = drafts_.find(row);
  Draft draft = found != drafts_.end() ? found->second : Draft{};
  if (found == drafts_.end()) {
    const EventTimeText shown = format_event_time(event.at, offset);
    draft.date = shown.date;
    draft.time = shown.time;
  }
  bool edited = false, done = false;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.2f);
  edited |=
      ImGui::InputTextWithHint(row_label("##date", row).c_str(), "YYYY-MM-DD", &draft.date, kCell);
  done |= ImGui::IsItemDeactivated();
  ImGui::SameLine(0, 4);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4.2f);
  edited |= ImGui::InputTextWithHint(row_label("##time", row).c_str(), "HH:MM", &draft.time, kCell);
  done |= ImGui::IsItemDeactivated();
  if (edited || found != drafts_.end()) {
    const ParsedEventTime parsed =
        parse_event_time(draft.date, draft.time, pm.incident.date, offset);
    if (parsed.error.empty()) {
      drafts_.erase(row);
      if (parsed.at != event.at) {
        core::TimelineEvent changed = event;
        changed.at = parsed.at;
        output.push(update(row, "Edit event time", std::move(changed)));
      }
    } else {
      // Kept as typed; the message shows once the user leaves the cell, not mid-word.
      draft.error = done || !draft.error.empty() ? parsed.error : std::string();
      drafts_[row] = draft;
    }
  }
  if (auto it = drafts_.find(row); it != drafts_.end() && !it->second.error.empty())
    ImGui::TextColored(tone_colour(Tone::error), "%s", it->second.error.c_str());
}

void TimelineTable::draw_row(const FrameInput& input, std::size_t row, UiState& state,
                             FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  const core::TimelineEvent& event = pm.timeline[row];
  ImGui::PushID(static_cast<int>(row));
  ImGui::TableNextRow();
  if (selected_ == row) {
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImGuiCol_Header));
    if (scroll_to_selected_) {
      ImGui::SetScrollHereY(0.3f);
      scroll_to_selected_ = false;
    }
  }
  ImGui::TableNextColumn();
  draw_when(input, row, output);
  ImGui::TableNextColumn();
  draw_kind(row, event, output);
  ImGui::TableNextColumn();
  std::string text = event.text;
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (focus_text_of_ == row) {
    ImGui::SetKeyboardFocusHere();
    focus_text_of_.reset();
  }
  const bool enter = ImGui::InputTextWithHint(row_label("##text", row).c_str(), "What happened",
                                              &text, kCell | ImGuiInputTextFlags_EnterReturnsTrue);
  if (ImGui::IsItemActivated()) {
    ++state.edit_session;
    selected_ = row;
  }
  if (text != event.text) {
    core::TimelineEvent changed = event;
    changed.text = text;
    output.push(update(row, "Edit event text", std::move(changed),
                       core::MergeKey{event_path(row, "text"), state.edit_session}));
  }
  if (enter && row + 1 == pm.timeline.size()) {
    output.push(intent::Edit{"Add event", [](core::PostMortem& p) { core::add_event(p, {}); },
                             std::nullopt});
    focus_text_of_ = row + 1;
  }
  ImGui::TableNextColumn();
  std::string source = event.source;
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint(row_label("##source", row).c_str(), "PagerDuty, #incident...", &source,
                           kCell);
  if (ImGui::IsItemActivated()) ++state.edit_session;
  if (source != event.source) {
    core::TimelineEvent changed = event;
    changed.source = source;
    output.push(update(row, "Edit event source", std::move(changed),
                       core::MergeKey{event_path(row, "source"), state.edit_session}));
  }
  ImGui::TableNextColumn();
  draw_row_buttons(row, pm.timeline.size(), output);
  ImGui::PopID();
}

void TimelineTable::draw_content(const FrameInput& input, UiState& state, FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  // Drafts and the selection name rows by index: when another post-mortem opens or rows are
  // added, removed or undone, an index may name another event, so they are let go.
  if (pm.id != shown_id_ || pm.timeline.size() != shown_rows_) {
    if (pm.id != shown_id_) selected_.reset();
    drafts_.clear();
    shown_id_ = pm.id;
    shown_rows_ = pm.timeline.size();
  }
  if (pm.timeline.empty()) {
    ImGui::TextDisabled(
        "No timeline events yet. Add the first one, or paste lines from logs or chat: Hindsight "
        "finds the times.");
    return;
  }
  if (selected_ && *selected_ >= pm.timeline.size()) selected_.reset();
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                     ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("events", 5, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupColumn(local_times ? "When (local)" : "When (UTC)",
                          ImGuiTableColumnFlags_WidthFixed, em * 10.8f);
  ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed, em * 9.5f);
  ImGui::TableSetupColumn("Text", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn("Source", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("##rows", ImGuiTableColumnFlags_WidthFixed, em * 5.6f);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(pm.timeline.size()));
  if (selected_ && scroll_to_selected_) clipper.IncludeItemByIndex(static_cast<int>(*selected_));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
      draw_row(input, static_cast<std::size_t>(i), state, output);
  ImGui::EndTable();
}

}  // namespace hindsight::ui
