// headings_from_italic_titles(): reads part titles a hand-written document sets in italics on a
// line of their own ("_History_", "_Tasks performed_", "*Lessons learned*:") as the headings
// they stand for, one level under the heading they are written under. Only when one of them in
// that heading's text names a part of a post-mortem, so that an italic line of other words
// ("_All times in EEST_", "*Prepared by the infrastructure team*") stays the text it is.
#pragma once

#include <string_view>

#include "core/markdown/markdown_tree.hpp"

namespace hindsight::core {

// `source`: the Markdown the tree was parsed from.
void headings_from_italic_titles(MdBlock& root, std::string_view source);

}  // namespace hindsight::core
