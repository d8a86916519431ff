// Front matter as post-mortems carry it: YAML `key: value` lines between two "---" lines at the
// very start (or TOML `key = value` lines between "+++" lines).
// Values Hindsight writes are JSON (valid YAML flow style); values people write may
// also be bare words, a double-quoted text over several lines, or a block list of "- item" lines,
// an item that opens with "key: value" a mapping whose other keys are indented under it (a
// status page's updates). Anything else is kept as its text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

struct FrontMatter {
  std::vector<std::pair<std::string, Json>> entries;  // in written order
  std::vector<int> entry_lines;                       // 1-based line of each entry
  // Lines that are no `key: value`, list item or continuation ("# owner: sre", a nested map
  // under a list), as written, so the importer can keep them; `unread_line` is the first one's.
  std::vector<std::string> unread;
  int unread_line = 0;
  std::size_t end = 0;  // offset just past the closing line; 0 when there is no front matter
};

FrontMatter read_front_matter(std::string_view text);

}  // namespace hindsight::core
