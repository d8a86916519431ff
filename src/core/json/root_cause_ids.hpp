// Root cause ids for documents written before root causes had them (JSON files and Markdown
// without an ID column): the rule both loaders share, so a document gets the same ids whichever
// form it was kept in.
// Contract: only empty ids change; an id already written is never renumbered, even when it does
// not follow the "R<n>" form.
#pragma once

#include <vector>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

// Every root cause with an empty id gets "R<n>": n counts up from 1 in the causes' order and
// skips the numbers that other causes' ids already use ([-, "R1", -] becomes R2, R1, R3).
void assign_root_cause_ids(std::vector<RootCause>& causes);

}  // namespace hindsight::core
