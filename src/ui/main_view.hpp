// The whole Hindsight screen: the menu bar, the library filling the window, and any dialog.
// Contract: reads the library, returns what the user asked for; changes only UI state.
#pragma once

#include "core/model/library.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

inline constexpr const char* kMainWindowName = "Hindsight";

// Call between ImGui::NewFrame() and ImGui::Render().
Intents draw_main_view(const core::Library& library, UiState& state);

}  // namespace hindsight::ui
