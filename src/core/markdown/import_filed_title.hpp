// filed_title(): reads a file of post-mortems that holds one. "# Postmortems" over "##
// 22/Mar/2022" over "### 1. Incident on the COCO and MOMO nodes", or "# Acme incident reports"
// over "## Database outage on 2023-01-05": the first heading names the collection, the headings
// under it say where the post-mortem is filed (its days, a period such as "## March 2022", or a
// part of the collection: "## Outages"), and the innermost one titles it. Each heading of
// the chain stands right under the one before (nothing but thematic breaks between) and is the
// only heading at its level or above to the end of the file; a heading that names a part of a
// post-mortem ("## Summary") or a metadata field ends the chain. Hand-written documents only.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/markdown/markdown_tree.hpp"

namespace hindsight::core {

struct FiledTitle {
  std::size_t title = 0;              // the heading that titles the post-mortem
  std::vector<std::size_t> filed_in;  // the headings over it: the collection, then its days
};

// `title`: the index of the document's title heading among `blocks`. Nothing when the title
// names no collection of post-mortems or no heading under it titles one.
std::optional<FiledTitle> filed_title(const std::vector<MdBlock>& blocks, std::size_t title);

// A heading that is a day and nothing else: "22/Mar/2022", "2023-01-05", "March 3, 2024".
bool is_a_day_alone(std::string_view heading);
// The day a heading files a post-mortem under, as written: a day alone, or a labelled one ("Date:
// 2023-01-05"); nothing for any other heading.
std::optional<std::string> filed_day_of(std::string_view heading);

}  // namespace hindsight::core
