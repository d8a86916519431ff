// outline_plain_text(): gives a post-mortem written as plain text (pasted from a word processor,
// with no Markdown headings) the outline its author saw. Lines that alone name a part of a
// post-mortem ("Issue Summary", "Timeline", "Root Cause:", "What are we doing to prevent it from
// happening again?") become section headings, a first line alone (or over the first part's name)
// the title, and an indented block
// of words (a list the author indented) a list. Documents with headings are unchanged.
#pragma once

#include <string_view>

#include "core/markdown/markdown_tree.hpp"

namespace hindsight::core {

// `root`: the parsed document; `source`: the text its offsets refer to; `titled_elsewhere`: the
// front matter named the title, so no line is taken for it.
void outline_plain_text(MdBlock& root, std::string_view source, bool titled_elsewhere);

}  // namespace hindsight::core
