// place_footnotes(): moves the footnote definitions that close a hand-written post-mortem's
// prose beside the text that cites them; place_link_definitions(): keeps the link reference
// definitions the parser consumed, beside the text that cites them (see import_footnotes.cpp for
// the rules).
#pragma once

#include <string>
#include <vector>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

void place_footnotes(PostMortem& p);

// `definitions`: the lines of the source that define a link ("[gpl]: https://...") and that no
// block holds, in order.
void place_link_definitions(PostMortem& p, const std::vector<std::string>& definitions);

}  // namespace hindsight::core
