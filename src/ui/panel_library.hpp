// The library screen: every post-mortem kept in this browser, newest first, or a clear empty
// state that explains what Hindsight does and offers to start one.
#pragma once

#include "core/model/library.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

inline constexpr const char* kNewPostmortemLabel = "New post-mortem";

void draw_library_panel(const core::Library& library, UiState& state, Intents& intents);

}  // namespace hindsight::ui
