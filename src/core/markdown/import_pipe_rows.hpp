// lists_from_pipe_rows(): reads rows written with pipes but no delimiter row under them
// ("| **09:24** | Alerts are raised by our monitoring stack. |" and more, one per line), which
// GitHub shows as a paragraph of text, as the list of rows their author meant: an item a row, its
// cells joined by " - ", so that a timeline written so is read as one. A
// paragraph is taken only when each of its lines, two or more, opens and closes with a pipe and
// holds two cells or more, the first a time.
#pragma once

#include <string_view>

#include "core/markdown/markdown_tree.hpp"

namespace hindsight::core {

void lists_from_pipe_rows(MdBlock& root, std::string_view source);

}  // namespace hindsight::core
