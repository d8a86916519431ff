#include "ui/widgets/entry_field.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "core/model/text.hpp"

namespace hindsight::ui {
namespace {

// Runs after the field has handled this frame's keys: on Enter, the text is taken and the buffer
// emptied, so what is typed next starts a new entry.
int take_on_enter(ImGuiInputTextCallbackData* data) {
  if (!ImGui::IsKeyPressed(ImGuiKey_Enter, false) &&
      !ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false))
    return 0;
  static_cast<std::string*>(data->UserData)
      ->assign(data->Buf, static_cast<std::size_t>(data->BufTextLen));
  data->DeleteChars(0, data->BufTextLen);
  return 0;
}

}  // namespace

std::optional<std::string> entry_field(const char* id, const char* hint, std::string& draft,
                                       float width) {
  ImGuiIO& io = ImGui::GetIO();
  const bool keep_active = io.ConfigInputTextEnterKeepActive;
  io.ConfigInputTextEnterKeepActive = true;  // for this field only
  std::string taken;
  ImGui::SetNextItemWidth(width);
  const bool entered = ImGui::InputTextWithHint(id, hint, &draft,
                                                ImGuiInputTextFlags_EnterReturnsTrue |
                                                    ImGuiInputTextFlags_CallbackAlways |
                                                    ImGuiInputTextFlags_NoUndoRedo,
                                                take_on_enter, &taken);
  io.ConfigInputTextEnterKeepActive = keep_active;
  if (!entered) return std::nullopt;
  // Enter in a field that was not active (a test, an accessibility tool) leaves the text in the
  // draft: take it from there.
  if (taken.empty()) taken.swap(draft);
  draft.clear();
  const std::string entry(core::trim(taken));
  if (entry.empty()) return std::nullopt;
  return entry;
}

}  // namespace hindsight::ui
