// separators_as_rules(): reads the marks hand-written documents use to space their parts out
// and that hold no words, as the thematic breaks they show as: a heading with no text ("##"
// alone on a line) and an HTML block of line breaks alone ("<br>", "<br/>", "<p></p>"). A
// heading with no text is not a section, so the text after it stays in the section before it
// (or before the first one, with the title's metadata); a block of breaks is no text of the
// section it sits in.
#pragma once

#include "core/markdown/markdown_tree.hpp"

namespace hindsight::core {

void separators_as_rules(MdBlock& root);

}  // namespace hindsight::core
