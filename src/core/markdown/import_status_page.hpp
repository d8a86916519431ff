// stamp_status_updates(): gives each update of a status page's incident, copied with its status
// as a heading ("## Resolved") and its moment on a line below ("Posted Dec 15, 2022 - 18:36
// UTC"), the moment in its heading ("## Resolved - Dec 15, 2022 - 18:36 UTC"), the form the
// importer reads a log of updates told section by section in. Two such updates or more make a
// log; a document with fewer is unchanged.
#pragma once

#include "core/markdown/markdown_tree.hpp"

namespace hindsight::core {

void stamp_status_updates(MdBlock& root);

}  // namespace hindsight::core
