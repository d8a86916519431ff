// Lints: the workflow's advice turned into checks a team can run on a post-mortem, in the app and
// from the command line (`hindsight lint`).
// Contract: pure functions of the model; findings name the field by the same paths as
// ImportResult::source_lines ("/actions/2/action"), so callers can point at a line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/postmortem.hpp"

namespace hindsight::core {

struct Finding {
  std::string rule;        // stable id: "blameless-language", "vague-action", ...
  std::string path;        // the field: "/what_happened", "/actions/2/action", "" for the whole
  std::size_t offset = 0;  // byte offset of the finding inside that field's text
  std::string message;     // what is wrong, in one sentence
  std::string suggestion;  // what to write or do instead; may be empty
  friend bool operator==(const Finding&, const Finding&) = default;
};

// Every finding for this post-mortem, in field order.
std::vector<Finding> lint(const PostMortem& postmortem);

}  // namespace hindsight::core
