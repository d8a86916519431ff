// The meeting's agenda with its time boxes (docs/postmortem-workflow.md, Phase 2): each item with
// editable minutes, Start / Pause / Next item, the current item's time left in large type, a calm
// overrun ("3:12 over" in a warm colour, never flashing), and the whole meeting's time used
// against the plan. Clicking an item makes it current.
// Owns: nothing but drawing. The timers are the model's (stored as times, so they keep running
// across phase switches and reloads); every button is a meeting_clock command pushed as an Edit
// with the frame's UTC time. While a timer runs it asks for one redraw a second, no more.
#pragma once

#include <chrono>
#include <string>

#include <imgui.h>

#include "ui/frame_input.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

// "4:05", "12:00", "1:02:03": a clock reading, never negative.
std::string format_clock(std::chrono::seconds duration);
// "12:03 left" while within the box, "3:12 over" once past it.
std::string time_left_text(const core::AgendaItem& item, core::UtcSeconds now);
bool is_over(const core::AgendaItem& item, core::UtcSeconds now);
// The overrun's colour: warm and readable on the theme's background, never alarm red.
ImVec4 overrun_colour(Theme theme);
// A clock reading in `font`, as an item labelled "<text>###clock" so tests and the browser
// bridge can read it. `colour` 0: the theme's text colour.
void draw_clock(const std::string& text, ImFont* font, ImU32 colour);
// The item the meeting is on; null before the meeting starts and after its last item.
const core::AgendaItem* current_agenda_item(const core::Meeting& meeting);
// While a timer runs, asks for the next frame a second from now: the clock changes once a second,
// and drawing more often would only spend battery.
void request_clock_redraw(const FrameInput& input, FrameOutput& output);

inline constexpr const char* kStartLabel = "Start";
inline constexpr const char* kPauseLabel = "Pause";
inline constexpr const char* kNextItemLabel = "Next item";
inline constexpr const char* kResetTimersLabel = "Reset timers";

class AgendaTimer {
 public:
  void draw(const FrameInput& input, UiState& state, FrameOutput& output);

 private:
  void draw_controls(const FrameInput& input, FrameOutput& output);
  void draw_current(const FrameInput& input, UiState& state);
  void draw_items(const FrameInput& input, UiState& state, FrameOutput& output);
  void draw_totals(const FrameInput& input, UiState& state);
};

}  // namespace hindsight::ui
