// Hindsight's dark and light colour themes over Dear ImGui's style.
#pragma once

namespace hindsight::ui {

enum class Theme { dark, light };

const char* theme_name(Theme theme);  // "dark" / "light"
void apply_theme(Theme theme);        // sets the current ImGui context's style

}  // namespace hindsight::ui
