// Hindsight's dark and light colour themes over Dear ImGui's style, and the colours that carry a
// meaning (done, a note, a problem) in a shade each theme's background keeps readable.
#pragma once

#include <imgui.h>

namespace hindsight::ui {

enum class Theme { dark, light };

const char* theme_name(Theme theme);  // "dark" / "light"
void apply_theme(Theme theme);        // sets the current ImGui context's style

enum class Tone { done, note, problem, error };
// The tone's text colour in the theme last applied: a light shade on dark, a dark one on light
// (the light theme's pale greens and oranges fall under a 3:1 contrast on white and pale blue).
ImVec4 tone_colour(Tone tone);

}  // namespace hindsight::ui
