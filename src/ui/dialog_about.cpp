#include "ui/dialog_about.hpp"

#include <imgui.h>

namespace hindsight::ui {
namespace {

struct Credit {
  const char* name;
  const char* license;
};

constexpr Credit kCredits[] = {
    {"Dear ImGui " IMGUI_VERSION, "MIT"},
    {"SDL 2", "zlib"},
    {"md4c", "MIT"},
    {"nlohmann/json", "MIT"},
    {"date (H. Hinnant)", "MIT"},
    {"Inter typeface", "SIL Open Font License 1.1"},
};

}  // namespace

void draw_about_dialog(UiState& state) {
  if (!state.show_about) return;
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(460.0f, 0.0f), ImGuiCond_Appearing);
  constexpr ImGuiWindowFlags kFlags =
      ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;
  if (ImGui::Begin(kAboutWindowName, &state.show_about, kFlags)) {
    ImGui::PushFont(state.fonts.heading);
    ImGui::TextUnformatted("Hindsight");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(
        "Blameless post-mortems, from timeline to action items, written as Markdown for git.");
    ImGui::TextDisabled("Works offline. Your post-mortems never leave this device.");
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    ImGui::TextUnformatted("Built with");
    for (const Credit& credit : kCredits) ImGui::BulletText("%s (%s)", credit.name, credit.license);
    ImGui::Spacing();
    if (ImGui::Button("Close")) state.show_about = false;
  }
  ImGui::End();
}

}  // namespace hindsight::ui
