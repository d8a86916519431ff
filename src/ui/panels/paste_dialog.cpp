#include "ui/panels/paste_dialog.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>

#include "core/model/commands.hpp"
#include "core/model/enum_names.hpp"
#include "core/model/time_format.hpp"
#include "ui/widgets/dialog.hpp"

namespace hindsight::ui {
namespace {

std::string when_text(const core::PasteEntry& entry) {
  if (entry.at) return core::format_display_time(*entry.at);
  if (entry.date_missing) {
    char clock[32];  // room for any int the compiler cannot rule out
    std::snprintf(clock, sizeof clock, "%02d:%02d, no date", entry.seconds_of_day / 3600,
                  entry.seconds_of_day / 60 % 60);
    return clock;
  }
  return "no time";
}

}  // namespace

void PasteDialog::open(const core::PostMortem& pm) {
  open_requested_ = true;
  text_.clear();
  date_ = pm.incident.date;
  parsed_text_.clear();
  result_ = {};
  ticked_.clear();
}

void PasteDialog::reparse_if_changed() {
  if (text_ == parsed_text_ && date_ == parsed_date_) return;
  core::PasteContext context;
  context.incident_date = date_;
  result_ = core::parse_paste(text_, context);
  ticked_.assign(result_.entries.size(), false);
  for (std::size_t i = 0; i < result_.entries.size(); ++i)
    ticked_[i] =
        result_.entries[i].suggested && result_.entries[i].role != core::PasteRole::Continuation;
  parsed_text_ = text_;
  parsed_date_ = date_;
}

void PasteDialog::draw_preview() {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_ScrollY | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable(
          "preview", 5, kFlags,
          ImVec2(0, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 1.6f)))
    return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Add", ImGuiTableColumnFlags_WidthFixed, em * 2.2f);
  ImGui::TableSetupColumn("When (UTC)", ImGuiTableColumnFlags_WidthFixed, em * 9.5f);
  ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed, em * 8.0f);
  ImGui::TableSetupColumn("Text", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Source", ImGuiTableColumnFlags_WidthFixed, em * 6.0f);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(result_.entries.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const core::PasteEntry& entry = result_.entries[static_cast<std::size_t>(i)];
      ImGui::PushID(i);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      if (entry.role == core::PasteRole::Continuation) {
        ImGui::TableNextColumn();
        ImGui::TextDisabled("line %d", entry.line);
        ImGui::TableNextColumn();
        ImGui::TextDisabled("joined above");
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", entry.line_text.c_str());
        ImGui::TableNextColumn();
        ImGui::PopID();
        continue;
      }
      bool tick = ticked_[static_cast<std::size_t>(i)];
      const std::string label = "##line " + std::to_string(entry.line);
      if (ImGui::Checkbox(label.c_str(), &tick)) ticked_[static_cast<std::size_t>(i)] = tick;
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(when_text(entry).c_str());
      if (entry.zone_assumed && entry.at && ImGui::IsItemHovered())
        ImGui::SetTooltip("No time zone on this line: read as UTC.");
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(core::label_of(entry.kind).data());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(entry.text.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(entry.source.c_str());
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

void PasteDialog::draw(const UiState& state, FrameOutput& output) {
  if (!begin_dialog(kPasteDialogName, open_requested_, 0.86f)) return;
  ImGui::TextWrapped(
      "Paste lines from logs, a terminal or a chat channel. Hindsight reads their times (ISO-8601, "
      "syslog, journalctl, kubectl, access logs, Slack, Teams, or a bare 14:23 under a date) and "
      "proposes one event per line. Untick what you do not want.");
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Day of lines without a date");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
  ImGui::InputTextWithHint("##paste date", "YYYY-MM-DD", &date_);
  if (state.fonts.mono) ImGui::PushFont(state.fonts.mono);
  ImGui::InputTextMultiline("##Pasted lines", &text_,
                            ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 9.0f),
                            ImGuiInputTextFlags_NoUndoRedo);
  if (state.fonts.mono) ImGui::PopFont();
  reparse_if_changed();
  if (result_.entries.empty()) {
    ImGui::TextDisabled("Nothing pasted yet.");
    ImGui::Dummy(
        ImVec2(0, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 1.6f));
  } else {
    draw_preview();
  }
  const std::size_t chosen =
      static_cast<std::size_t>(std::count(ticked_.begin(), ticked_.end(), true));
  const std::string add =
      "Add " + std::to_string(chosen) + (chosen == 1 ? " event" : " events") + "##add";
  ImGui::BeginDisabled(chosen == 0);
  if (ImGui::Button(add.c_str())) {
    std::vector<core::TimelineEvent> events = core::chosen_events(result_, ticked_);
    output.push(intent::Edit{"Paste events",
                             [events = std::move(events)](core::PostMortem& pm) {
                               for (const core::TimelineEvent& event : events)
                                 core::add_event(pm, event);
                             },
                             std::nullopt});
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace hindsight::ui
