#include "ui/theme.hpp"

#include <imgui.h>

namespace hindsight::ui {

const char* theme_name(Theme theme) { return theme == Theme::dark ? "dark" : "light"; }

void apply_theme(Theme theme) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  if (theme == Theme::dark) {
    ImGui::StyleColorsDark(&style);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
    style.Colors[ImGuiCol_MenuBarBg] = ImVec4(0.15f, 0.16f, 0.19f, 1.0f);
    style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.62f, 0.64f, 0.68f, 1.0f);
  } else {
    ImGui::StyleColorsLight(&style);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.97f, 1.0f);
    style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.38f, 0.40f, 0.44f, 1.0f);
  }
  // Light frames are white: on a white dialog or table row, a tick box or field would vanish
  // without an outline.
  const float frame_border = theme == Theme::light ? 1.0f : 0.0f;
  style.WindowRounding = 6.0f;
  style.FrameRounding = 4.0f;
  style.PopupRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.FramePadding = ImVec2(10.0f, 6.0f);
  style.ItemSpacing = ImVec2(10.0f, 8.0f);
  style.WindowPadding = ImVec2(16.0f, 14.0f);
  style.CellPadding = ImVec2(8.0f, 6.0f);
  style.FrameBorderSize = frame_border;
}

}  // namespace hindsight::ui
