// open_admonitions(): reads an admonition as its content. Docusaurus and other markdown-it sites
// set a note, hint or warning between fences (":::hint" over the text, ":::" under it), which
// GitHub shows as lines of a paragraph; the fences are structure, not text. A top-level
// paragraph loses every fence line, an opening fence with a title ("::: tip Status page") keeping
// the title the site shows; its source range becomes the lines kept, and a paragraph of fences
// alone is left out of the blocks. Sections read as prose keep their source lines as written;
// other containers ("::: update Resolved | ...") are read where they are.
#pragma once

#include <string_view>

#include "core/markdown/markdown_tree.hpp"

namespace hindsight::core {

void open_admonitions(MdBlock& root, std::string_view source);

}  // namespace hindsight::core
