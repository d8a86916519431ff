// Dear ImGui's BeginCombo, with its label reported to the item hooks.
// Why: Dear ImGui 1.90's BeginCombo reports no label to the test-engine hooks, so a test (or the
// browser bridge) could not find "##status A3" to open it. Behaves exactly as BeginCombo.
#pragma once

#include <imgui.h>

namespace hindsight::ui {

bool begin_combo(const char* label, const char* preview, ImGuiComboFlags flags = 0);

}  // namespace hindsight::ui
