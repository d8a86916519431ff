// An action's priority as the workflow marks it: a red, amber or green dot before its name
// (drawn, since the fonts carry no emoji), and the selection criteria that say which to choose.
// Contract: draws only; knows nothing of the table it is drawn in.
#pragma once

#include <imgui.h>

#include "core/model/postmortem.hpp"

namespace hindsight::ui {

ImU32 priority_colour(core::Priority priority);

// A dot of the priority's colour at the cursor, one text line high, as an item of its own.
void draw_priority_dot(core::Priority priority);

// The three selection criteria, the one of `current` highlighted; call inside a tooltip.
void draw_priority_criteria(core::Priority current);

}  // namespace hindsight::ui
