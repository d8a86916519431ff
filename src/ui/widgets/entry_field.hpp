// A one-line field for adding entries one after another, as a facilitator jots them down during a
// meeting: type, Enter, type the next. The field never lets go of the keyboard in between.
// Why not Enter-then-refocus: Dear ImGui deactivates a single-line field on Enter, and focusing it
// again takes a frame; in the browser the text input stops with it, so a key typed straight after
// Enter is lost. Here the field stays active (Dear ImGui's "keep active on Enter") and its buffer
// is emptied in the same frame. Contract: returns the trimmed entry on the frame Enter was pressed
// with text in the field; never changes the model (the caller pushes the intent).
#pragma once

#include <optional>
#include <string>

namespace hindsight::ui {

// `id` is the ImGui id ("##Add went well"); `width` as SetNextItemWidth (-1: the rest of the row).
std::optional<std::string> entry_field(const char* id, const char* hint, std::string& draft,
                                       float width = -1.0f);

}  // namespace hindsight::ui
