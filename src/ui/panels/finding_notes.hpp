// Lint findings written out under the text they are about (a why, a root cause, the root cause
// list), message and suggestion in full, for the places where a hover-only marker would hide
// advice the team should read while they write. Findings are matched to fields by their path.
// Contract: reads the insights the workspace computed; never lints and never changes the model.
#pragma once

#include <string_view>
#include <vector>

#include "core/lint/lint.hpp"
#include "ui/frame_input.hpp"

namespace hindsight::ui {

// The findings whose path is exactly `path` (not those about the fields under it).
std::vector<const core::Finding*> findings_at(const FrameInput& input, std::string_view path);

// The lint marker "Lint##<path>", then each finding's message and its suggestion, wrapped to the
// available width. Draws nothing when `findings` is empty.
void draw_finding_notes(std::string_view path, const std::vector<const core::Finding*>& findings);

}  // namespace hindsight::ui
