#include "ui/main_view.hpp"

#include <imgui.h>

#include "ui/dialog_about.hpp"
#include "ui/panel_library.hpp"

namespace hindsight::ui {
namespace {

void draw_menu_bar(UiState& state, Intents& intents) {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("New post-mortem")) intents.create_postmortem = true;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    if (ImGui::MenuItem("Dark theme", nullptr, state.theme == Theme::dark))
      state.theme = Theme::dark;
    if (ImGui::MenuItem("Light theme", nullptr, state.theme == Theme::light))
      state.theme = Theme::light;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    if (ImGui::MenuItem("About Hindsight")) state.show_about = true;
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

}  // namespace

Intents draw_main_view(const core::Library& library, UiState& state) {
  if (state.applied_theme != state.theme) {
    apply_theme(state.theme);
    state.applied_theme = state.theme;
  }
  Intents intents;
  draw_menu_bar(state, intents);

  // The main window fills the space under the menu bar and follows the canvas size.
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFill = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                     ImGuiWindowFlags_NoSavedSettings |
                                     ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  const bool visible = ImGui::Begin(kMainWindowName, nullptr, kFill);
  ImGui::PopStyleVar(2);
  if (visible) draw_library_panel(library, state, intents);
  ImGui::End();

  draw_about_dialog(state);
  return intents;
}

}  // namespace hindsight::ui
