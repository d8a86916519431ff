// The presenter view: the whole window, for the screen the room shares, in type readable from the
// back (Fonts::presenter). It shows only the current agenda item, its timer and its prompt: the
// current event while the timeline is reviewed, the current question and its notes during the key
// questions, the opening statement while the tone is set, the parking lot at the wrap-up.
// Labels: "Leave presenter view (Esc)"; the clock "<time>###clock" in window "Presenter".
// Owns: nothing. Never changes the model; the meeting panel decides when it is open.
#pragma once

#include <cstddef>

#include "ui/frame_input.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

inline constexpr const char* kPresenterWindow = "Presenter";
inline constexpr const char* kLeavePresenterLabel = "Leave presenter view (Esc)";

// What the meeting is pointing at: the walk-through's event and the current key question.
struct PresenterFocus {
  std::size_t event = 0;
  std::size_t question = 0;
};

// Draws the view over the whole window. Returns false when the user asked to leave it.
bool draw_presenter_view(const FrameInput& input, UiState& state, FrameOutput& output,
                         const PresenterFocus& focus);

}  // namespace hindsight::ui
