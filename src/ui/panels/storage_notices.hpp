// What the screens say about storage: the save state in the menu bar, the notices on the library
// (saving is off or failing, records that could not be opened) and the conflict bar over a
// post-mortem another tab changed.
// Contract: draws from FrameInput::storage only and returns intents; nothing here saves.
#pragma once

#include "ui/frame_input.hpp"
#include "ui/intents.hpp"

namespace hindsight::ui {

inline constexpr const char* kKeepMineLabel = "Keep this tab's version";
inline constexpr const char* kTakeStoredLabel = "Load the other tab's version";

// Right-aligned in the menu bar: "All changes saved", "Saving…", "Not saved", "Saving is off".
void draw_save_status(const FrameInput& input);
// Above the library's table: why saving is off or failing, and the unreadable records.
void draw_library_storage_notices(const FrameInput& input, FrameOutput& output);
// Above the editor while saving fails or is off: the reason and what to do, in words (the menu
// bar's short state is easy to miss while typing).
void draw_save_problem_bar(const FrameInput& input);
// Above the editor when the open post-mortem is in conflict; returns true when it is (the editor
// then shows the post-mortem read-only until the user chooses).
bool draw_conflict_bar(const FrameInput& input, FrameOutput& output);

}  // namespace hindsight::ui
