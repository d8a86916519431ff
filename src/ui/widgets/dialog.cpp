#include "ui/widgets/dialog.hpp"

#include <imgui.h>

namespace hindsight::ui {

void place_next_dialog(float share) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x * share, viewport->WorkSize.y * share),
                           ImGuiCond_Appearing);
}

bool begin_dialog(const char* name, bool& open_requested, float share) {
  if (open_requested) {
    ImGui::OpenPopup(name);
    open_requested = false;
  }
  place_next_dialog(share);
  return ImGui::BeginPopupModal(name, nullptr, ImGuiWindowFlags_NoSavedSettings);
}

}  // namespace hindsight::ui
