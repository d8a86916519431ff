// Prepare, part 3: the timeline as a picture. A horizontal time axis drawn with Dear ImGui's draw
// lists; each timed event a mark coloured by its kind; the spans from detection to mitigation and
// from mitigation to resolution shaded; for incidents longer than four hours the workflow's phases
// as bands. Hovering a mark shows its event; clicking it selects the event's row.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "ui/frame_input.hpp"

namespace hindsight::ui {

class TimelineChart {
 public:
  // Draws the chart across the available width; returns the event clicked on this frame.
  // `selected` is drawn highlighted.
  std::optional<std::size_t> draw(const FrameInput& input, std::optional<std::size_t> selected);

 private:
  std::vector<bool> drawn_;  // per pixel column and lane: a mark is drawn there this frame
};

// The colour of a kind's mark, shared with the legend.
unsigned int event_kind_colour(core::EventKind kind);

}  // namespace hindsight::ui
