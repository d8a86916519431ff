// separators_as_rules(): reads the marks hand-written documents use to space their parts out
// and that hold no words, as the thematic breaks they show as: an HTML block of line breaks
// alone ("<br>", "<br/>", "<p></p>", "&nbsp;"), and a heading with no text ("##" alone on a
// line) in the lead under the title or over nothing but the next heading. Such a heading is no
// section: the metadata after it is the document's head. A heading with no text over text
// elsewhere (after a section, a table or a list) stays the nameless heading of that text.
#pragma once

#include "core/markdown/markdown_tree.hpp"

namespace hindsight::core {

void separators_as_rules(MdBlock& root);

}  // namespace hindsight::core
