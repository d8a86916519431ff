// place_footnotes(): moves the footnote definitions that close a hand-written post-mortem's
// prose beside the text that cites them (see import_footnotes.cpp for the rules).
#pragma once

#include "core/model/postmortem.hpp"

namespace hindsight::core {

void place_footnotes(PostMortem& p);

}  // namespace hindsight::core
