// stamp_status_updates(): gives each update of a status page's incident, copied with its status
// as a heading ("## Resolved") and its moment on a line below ("Posted Dec 15, 2022 - 18:36
// UTC"), the moment in its heading ("## Resolved - Dec 15, 2022 - 18:36 UTC"), the form the
// importer reads a log of updates told section by section in. A heading of any level counts when
// it is one of the update words (kUpdateWords: "Resolved", "Monitoring", "Update", ...) and a
// paragraph's last line, below the update's text, is such a moment with its day. Two such
// updates or more make a log; a document with fewer, or with a timeline section, is unchanged.
// First, an update whose status the copy set in bold ("**Resolved**" over its text and its
// "Posted" or "Updated" line) becomes such a heading, in any document: the word before the
// moment says a status page wrote it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/markdown/markdown_tree.hpp"

namespace hindsight::core {

void stamp_status_updates(MdBlock& root);

// "Posted Dec 15, 2022 - 18:36 UTC", "Mar 26, 2025 - 15:07 EDT": a line that is only a moment
// with its day, perhaps after the word a status page puts before it. The moment as written.
std::optional<std::string> posted_moment(std::string_view marked);
// The same moment only when the line says a status page stamped it ("Posted ...", "Updated
// ..."): a date-time alone may be anyone's note.
std::optional<std::string> stamped_moment(std::string_view marked);

}  // namespace hindsight::core
