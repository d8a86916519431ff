#include "ui/theme.hpp"

#include <imgui.h>

namespace hindsight::ui {
namespace {

Theme applied = Theme::dark;

}  // namespace

const char* theme_name(Theme theme) { return theme == Theme::dark ? "dark" : "light"; }

void apply_theme(Theme theme) {
  applied = theme;
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

ImVec4 tone_colour(Tone tone) {
  const bool dark = applied == Theme::dark;
  switch (tone) {
    case Tone::done:
      return dark ? ImVec4(0.38f, 0.77f, 0.47f, 1.0f) : ImVec4(0.08f, 0.45f, 0.20f, 1.0f);
    case Tone::note:
      return dark ? ImVec4(0.94f, 0.65f, 0.29f, 1.0f) : ImVec4(0.66f, 0.35f, 0.02f, 1.0f);
    case Tone::problem:
      return dark ? ImVec4(0.94f, 0.55f, 0.29f, 1.0f) : ImVec4(0.70f, 0.30f, 0.04f, 1.0f);
    case Tone::error:
      break;
  }
  return dark ? ImVec4(0.95f, 0.45f, 0.40f, 1.0f) : ImVec4(0.74f, 0.16f, 0.12f, 1.0f);
}

}  // namespace hindsight::ui
