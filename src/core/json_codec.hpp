// The storage format: a post-mortem as JSON, versioned, with migrations from every earlier
// schema, strict validation, and unknown fields kept.
// Contract: JSON keys are the model's member names (snake_case), so a validation path such as
// "/actions/2/owner" is also the path lints and the importer use. Saving is deterministic (sorted
// keys, two-space indent, LF). Loading never throws: it returns the post-mortem or every error
// found, each naming the JSON-pointer path and the reason.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/postmortem.hpp"

namespace hindsight::core {

inline constexpr int kSchemaVersion = 2;

struct ValidationError {
  std::string path;    // JSON pointer: "" for the document, "/timeline/3/at"
  std::string reason;  // "expected an ISO-8601 UTC time such as 2024-01-15T14:23:00Z"
  friend bool operator==(const ValidationError&, const ValidationError&) = default;
};

struct LoadResult {
  std::optional<PostMortem> postmortem;  // set only when `errors` is empty
  std::vector<ValidationError> errors;
  int loaded_schema = 0;  // the version the text was written in (before migration)
};

Json to_json(const PostMortem& postmortem);
std::string save_json(const PostMortem& postmortem);  // to_json, dumped deterministically

LoadResult from_json(const Json& document);   // migrates, then validates
LoadResult load_json(std::string_view text);  // parses, then from_json

}  // namespace hindsight::core
