#include "ui/widgets/table_headers.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace hindsight::ui {

void draw_table_headers() {
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  ImGuiContext& g = *GImGui;  // IMGUI_TEST_ENGINE_ITEM_INFO reads the context as `g`
  const int columns = ImGui::TableGetColumnCount();
  for (int column = 0; column < columns; ++column) {
    if (!ImGui::TableSetColumnIndex(column)) continue;
    const char* name = ImGui::TableGetColumnName(column);
    ImGui::PushID(column);
    ImGui::TableHeader(name);
    ImGui::PopID();
    IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetItemID(), name, ImGui::GetItemStatusFlags());
  }
}

}  // namespace hindsight::ui
