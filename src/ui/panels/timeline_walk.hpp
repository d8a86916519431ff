// The timeline walk-through (docs/postmortem-workflow.md, Phase 2, "Review the timeline"): one
// event at a time in large type, stepped with Previous / Next (or the arrow keys while no text
// field has the keyboard). The event's text is corrected in place; a missing event is added right
// after the current one; "Mark confusion here" adds the moment, named by its time and text, to
// the confusion list with an optional note. For a long incident (over core::kLongIncident) the
// four phases are shown with the current event's phase lit, and one button adds the per-phase
// questions to the key questions.
// Labels: "Previous", "Next", "##event text", "##missing event", "##confusion note",
// "Mark confusion here", "Add the phase questions".
// Owns: which event is current and the drafts typed here. Never changes the model itself.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "ui/frame_input.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

inline constexpr const char* kMarkConfusionLabel = "Mark confusion here";
inline constexpr const char* kAddPhaseQuestionsLabel = "Add the phase questions";

// The confusion list's entry for a moment: '2024-01-15 14:23 UTC, "Alert fired": note' (the note
// and its colon only when a note is given; "Untimed event" for an event without a time).
std::string confusion_entry(const core::TimelineEvent& event, std::string_view note);
// Whether the incident runs longer than core::kLongIncident, by the timeline's own duration.
bool is_long_incident(const FrameInput& input);

class TimelineWalk {
 public:
  void draw(const FrameInput& input, UiState& state, FrameOutput& output);
  std::size_t current() const { return current_; }
  void step(int direction, std::size_t count);  // to the previous (-1) or next (+1) event

 private:
  void draw_event(const FrameInput& input, UiState& state, FrameOutput& output);
  void draw_additions(const FrameInput& input, FrameOutput& output);
  void draw_phases(const FrameInput& input, FrameOutput& output);

  std::size_t current_ = 0;
  std::string missing_draft_;  // a missing event's text, added after the current event on Enter
  std::string note_draft_;     // the optional note of the next confusion mark
};

}  // namespace hindsight::ui
