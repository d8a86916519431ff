#include "ui/panels/storage_notices.hpp"

#include <imgui.h>

#include <string>

#include "ui/theme.hpp"

namespace hindsight::ui {
namespace {

const char* short_state(const storage::SaveStatus& status) {
  switch (status.state) {
    case storage::SaveState::off:
      return "Saving is off";
    case storage::SaveState::saved:
      return "All changes saved";
    case storage::SaveState::saving:
      return "Saving…";
    case storage::SaveState::failed:
    case storage::SaveState::conflict:
      return "Not saved";
  }
  return "";
}

bool is_problem(const storage::SaveStatus& status) {
  return status.state == storage::SaveState::off || status.state == storage::SaveState::failed ||
         status.state == storage::SaveState::conflict;
}

const char* persistence_text(Persistence persistence) {
  switch (persistence) {
    case Persistence::persistent:
      return "This browser keeps Hindsight's storage until you clear it.";
    case Persistence::evictable:
      return "This browser may clear Hindsight's storage when space runs low or after weeks "
             "without a visit: Export all now and then keeps a copy.";
    case Persistence::unknown:
      break;
  }
  return "Post-mortems are kept in this browser on this device.";
}

}  // namespace

void draw_save_status(const FrameInput& input) {
  if (!input.storage) return;
  const storage::SaveStatus& status = input.storage->status;
  const char* text = short_state(status);
  const float width = ImGui::CalcTextSize(text).x + ImGui::GetStyle().ItemSpacing.x * 2;
  ImGui::SameLine(ImGui::GetWindowWidth() - width);
  if (is_problem(status))
    ImGui::TextColored(tone_colour(Tone::problem), "%s", text);
  else
    ImGui::TextDisabled("%s", text);
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    ImGui::TextUnformatted(status.message.c_str());
    if (status.state != storage::SaveState::off)
      ImGui::TextDisabled("%s", persistence_text(input.storage->persistence));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

void draw_library_storage_notices(const FrameInput& input, FrameOutput& output) {
  if (!input.storage) return;
  const storage::SaveStatus& status = input.storage->status;
  ImGui::PushTextWrapPos(0.0f);
  if (status.state == storage::SaveState::off || status.state == storage::SaveState::failed) {
    ImGui::TextColored(tone_colour(Tone::problem), "%s", status.message.c_str());
    ImGui::Spacing();
  }
  const auto* quarantined = input.storage->quarantined;
  if (quarantined && !quarantined->empty()) {
    ImGui::TextColored(tone_colour(Tone::problem),
                       "%zu stored post-mortem%s could not be opened. %s kept exactly as stored: "
                       "download to keep a copy or to report the problem.",
                       quarantined->size(), quarantined->size() == 1 ? "" : "s",
                       quarantined->size() == 1 ? "It is" : "They are");
    for (const storage::Quarantined& record : *quarantined) {
      ImGui::BulletText("%s: %s", record.id.c_str(), record.reason.c_str());
      if (record.text.empty()) continue;
      ImGui::SameLine();
      ImGui::PushID(record.id.c_str());
      if (ImGui::SmallButton("Download as stored")) output.push(intent::DownloadStored{record.id});
      ImGui::PopID();
    }
    ImGui::Spacing();
  }
  ImGui::PopTextWrapPos();
}

void draw_save_problem_bar(const FrameInput& input) {
  if (!input.storage) return;
  const storage::SaveStatus& status = input.storage->status;
  if (status.state != storage::SaveState::failed && status.state != storage::SaveState::off) return;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextColored(tone_colour(Tone::problem), "%s", status.message.c_str());
  ImGui::PopTextWrapPos();
}

bool draw_conflict_bar(const FrameInput& input, FrameOutput& output) {
  if (!input.storage || !input.storage->document_in_conflict || !input.document) return false;
  const std::string& id = input.document->postmortem().id;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextColored(tone_colour(Tone::problem), "%s",
                     input.storage->conflict_is_removal
                         ? "Another tab deleted this post-mortem while this tab had unsaved "
                           "changes. Nothing is saved until you choose; this tab is read-only."
                         : "Another tab saved a different version of this post-mortem while this "
                           "tab had unsaved changes. Nothing is saved until you choose; this tab "
                           "is read-only.");
  ImGui::PopTextWrapPos();
  if (ImGui::Button(kKeepMineLabel)) output.push(intent::KeepMine{id});
  ImGui::SameLine();
  if (ImGui::Button(input.storage->conflict_is_removal ? "Delete it here too" : kTakeStoredLabel))
    output.push(intent::TakeStored{id});
  ImGui::Separator();
  return true;
}

}  // namespace hindsight::ui
