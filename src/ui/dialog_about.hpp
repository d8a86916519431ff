// Help > About Hindsight: what the app is, where data lives, and the libraries it is built on.
#pragma once

#include "ui/ui_state.hpp"

namespace hindsight::ui {

inline constexpr const char* kAboutWindowName = "About Hindsight";

void draw_about_dialog(UiState& state);

}  // namespace hindsight::ui
