// open_admonitions(): reads an admonition as its content. Docusaurus and other markdown-it sites
// set a note, hint or warning between fences (":::hint" over the text, ":::" under it), which
// GitHub shows as one paragraph with the fences for lines; the fences are structure, not text. A
// top-level paragraph loses an opening fence that names the kind alone (a fence with a title
// keeps it, as the site shows the title) and a closing fence, its text and source range the
// content's; a paragraph that is a fence alone is left out of the blocks. Other containers
// ("::: update Resolved | ...") are read where they are.
#pragma once

#include <string_view>

#include "core/markdown/markdown_tree.hpp"

namespace hindsight::core {

void open_admonitions(MdBlock& root, std::string_view source);

}  // namespace hindsight::core
