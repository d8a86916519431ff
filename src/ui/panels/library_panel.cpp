#include "ui/panels/library_panel.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>

#include "core/model/enum_names.hpp"
#include "ui/panels/library_rows.hpp"
#include "ui/panels/storage_notices.hpp"
#include "ui/widgets/table_headers.hpp"

namespace hindsight::ui {
namespace {

constexpr float kWelcomeWidth = 560.0f;

void heading(const UiState& state, const char* text) {
  ImGui::PushFont(state.fonts.heading);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

LibraryColumn column_of(int index) {
  switch (index) {
    case 1:
      return LibraryColumn::Date;
    case 2:
      return LibraryColumn::Severity;
    case 3:
      return LibraryColumn::Status;
    case 4:
      return LibraryColumn::Duration;
    case 5:
      return LibraryColumn::OpenActions;
    default:
      return LibraryColumn::Title;
  }
}

constexpr const char* kRowOpenLabel = "Open";
constexpr const char* kRowDuplicateLabel = "Duplicate";
constexpr const char* kRowDeleteLabel = "Delete";
constexpr const char* kRowUnreadableText = "Could not be read";

// The buttons' column is as wide as its three small buttons in the current font, so that none is
// cut off by the table's edge whatever the font size.
float row_buttons_width() {
  const ImGuiStyle& style = ImGui::GetStyle();
  float width = 2.0f * style.ItemSpacing.x;
  for (const char* label : {kRowOpenLabel, kRowDuplicateLabel, kRowDeleteLabel})
    width += ImGui::CalcTextSize(label).x + 2.0f * style.FramePadding.x;
  return std::max(width, ImGui::CalcTextSize(kRowUnreadableText).x);
}

void draw_row_buttons(const LibraryRow& row, bool reading_failed, FrameOutput& output) {
  const std::string& id = row.entry.id;
  if (row.reading) {
    // Listed from the stored index; the post-mortem itself arrives within a second or two,
    // unless storage failed while reading it.
    ImGui::TextDisabled("%s", reading_failed ? kRowUnreadableText : "Reading...");
    return;
  }
  if (ImGui::SmallButton(kRowOpenLabel)) output.push(intent::Open{id});
  ImGui::SameLine();
  if (ImGui::SmallButton(kRowDuplicateLabel)) output.push(intent::Duplicate{id});
  ImGui::SameLine();
  if (ImGui::SmallButton(kRowDeleteLabel)) output.push(intent::Delete{id});
}

void draw_row(const LibraryRow& row, bool reading_failed, FrameOutput& output) {
  const storage::IndexEntry& entry = row.entry;
  ImGui::PushID(entry.id.c_str());
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  // The title spans the row: a click anywhere on it opens the post-mortem.
  constexpr ImGuiSelectableFlags kRow =
      ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap;
  ImGui::AlignTextToFramePadding();
  // The title is drawn as text, not as the selectable's label, so a "##" in a title shows whole;
  // the selectable is named after the title for the widget bridge.
  const std::string row_id = "##open " + entry.title;
  const bool open = ImGui::Selectable(row_id.c_str(), false,
                                      kRow | (row.reading ? ImGuiSelectableFlags_Disabled : 0));
  ImGui::SameLine(0, 0);
  ImGui::TextUnformatted(entry.title.c_str());
  if (open && !row.reading) output.push(intent::Open{entry.id});
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(entry.date.c_str());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(entry.severity.empty() ? "-" : entry.severity.c_str());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(core::label_of(entry.status).data());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(row.duration_text.empty() ? "-" : row.duration_text.c_str());
  ImGui::TableNextColumn();
  ImGui::Text("%d", entry.open_actions);
  ImGui::TableNextColumn();
  draw_row_buttons(row, reading_failed, output);
  ImGui::PopID();
}

}  // namespace

void LibraryPanel::draw_welcome(const FrameInput& input, UiState& state, FrameOutput& output) {
  const float width = std::min(kWelcomeWidth, ImGui::GetContentRegionAvail().x);
  const float left = (ImGui::GetContentRegionAvail().x - width) * 0.5f;
  ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + left, ImGui::GetWindowHeight() * 0.22f));
  ImGui::BeginGroup();
  heading(state, "Run a blameless post-mortem");
  ImGui::Spacing();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::BulletText("Prepare: gather the timeline from logs and chat, and who was affected.");
  ImGui::BulletText("Meet: walk the timeline, dig for root causes with 5 Whys, agree on actions.");
  ImGui::BulletText("Write it up and download it as Markdown to commit next to your code.");
  ImGui::Spacing();
  ImGui::TextDisabled(
      "Everything stays on this device: post-mortems are saved in this browser as you type, and "
      "nothing is sent anywhere.");
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  draw_library_storage_notices(input, output);
  ImGui::Spacing();
  ImGui::Spacing();
  if (ImGui::Button(kOpenSampleLabel)) output.push(intent::OpenSample{});
  ImGui::SameLine();
  if (ImGui::Button(kNewPostmortemLabel)) output.push(intent::CreatePostmortem{});
  ImGui::SameLine();
  if (ImGui::Button(kOpenFilesLabel)) output.push(intent::OpenFiles{});
  ImGui::TextDisabled(
      "Open Markdown or JSON post-mortems, or a backup made with Export all (.zip).");
  ImGui::EndGroup();
}

void LibraryPanel::draw_toolbar(const FrameInput& input, FrameOutput& output) {
  ImGui::SetNextItemWidth(std::min(320.0f, ImGui::GetContentRegionAvail().x * 0.4f));
  ImGui::InputTextWithHint("##Search", "Search titles, services, people...", &search_);
  ImGui::SameLine();
  if (ImGui::Button(kOpenSampleLabel)) output.push(intent::OpenSample{});
  ImGui::SameLine();
  if (ImGui::Button(kNewPostmortemLabel)) output.push(intent::CreatePostmortem{});
  if (!input.library.deleted.empty()) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("Deleted \"%s\".", input.library.deleted.back().incident.title.c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("Undo delete")) output.push(intent::RestoreDeleted{});
  }
  if (const std::size_t reading = still_reading(input.storage).size(); reading > 0) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (input.storage->reading_failed)
      ImGui::TextDisabled("%zu could not be read from this browser's storage.", reading);
    else
      ImGui::TextDisabled("Reading %zu from this browser's storage...", reading);
  }
  if (input.undoable_import > 0) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("Imported %zu.", input.undoable_import);
    ImGui::SameLine();
    if (ImGui::SmallButton(kUndoImportLabel)) output.push(intent::UndoImport{});
  }
}

void LibraryPanel::draw_table(const std::vector<LibraryRow>& rows, bool reading_failed,
                              FrameOutput& output) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_ScrollY | ImGuiTableFlags_PadOuterX |
                                     ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable("postmortems", 7, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Date",
                          ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultSort |
                              ImGuiTableColumnFlags_PreferSortDescending,
                          100.0f);
  ImGui::TableSetupColumn("Severity", ImGuiTableColumnFlags_WidthFixed, 80.0f);
  ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, 90.0f);
  ImGui::TableSetupColumn("Duration", ImGuiTableColumnFlags_WidthFixed, 140.0f);
  ImGui::TableSetupColumn("Open actions", ImGuiTableColumnFlags_WidthFixed, 100.0f);
  // Not resizable, so that the width follows the font when the text is made larger.
  ImGui::TableSetupColumn("##row",
                          ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoSort |
                              ImGuiTableColumnFlags_NoResize,
                          row_buttons_width());
  draw_table_headers();
  if (const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount) {
    sort_column_ = column_of(specs->Specs[0].ColumnIndex);
    sort_descending_ = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw_row(rows[i], reading_failed, output);
  ImGui::EndTable();
}

void LibraryPanel::draw_content(const FrameInput& input, UiState& state, FrameOutput& output) {
  const std::vector<storage::IndexEntry>& reading = still_reading(input.storage);
  if (input.library.postmortems.empty() && input.library.deleted.empty() && reading.empty()) {
    draw_welcome(input, state, output);
    return;
  }
  heading(state, "Post-mortems");
  ImGui::Spacing();
  draw_library_storage_notices(input, output);
  draw_toolbar(input, output);
  ImGui::Spacing();
  if (input.library.postmortems.empty() && reading.empty()) {
    ImGui::TextDisabled("No post-mortems. Start a new one, or open the sample.");
    return;
  }
  const std::vector<LibraryRow> rows =
      library_rows(input.library, reading, search_, sort_column_, sort_descending_);
  if (rows.empty()) {
    ImGui::TextDisabled("No post-mortem matches \"%s\".", search_.c_str());
    return;
  }
  draw_table(rows, input.storage && input.storage->reading_failed, output);
}

}  // namespace hindsight::ui
