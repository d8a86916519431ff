#include "ui/widgets/combo.hpp"

#include <imgui_internal.h>

namespace hindsight::ui {

bool begin_combo(const char* label, const char* preview, ImGuiComboFlags flags) {
  // The id is taken before the call: an open combo submits its popup window, after which the
  // last item is no longer the combo.
  const ImGuiID id = ImGui::GetID(label);
  const bool open = ImGui::BeginCombo(label, preview, flags);
  ImGuiContext& g = *GImGui;  // IMGUI_TEST_ENGINE_ITEM_INFO reads the context as `g`
  (void)g;
  IMGUI_TEST_ENGINE_ITEM_INFO(id, label, ImGuiItemStatusFlags_None);
  return open;
}

}  // namespace hindsight::ui
