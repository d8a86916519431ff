// The storage format: a post-mortem as JSON, versioned, with migrations from every earlier
// schema, strict validation, and unknown fields kept.
// Contract: JSON keys are the model's member names (snake_case), so a validation path such as
// "/actions/2/owner" is also the path lints and the importer use. Saving is deterministic (sorted
// keys, two-space indent, LF). Loading never throws: it returns the post-mortem or every error
// found, each naming the JSON-pointer path and the reason.
//
// What a schema-2 file must hold:
//   - Required: "schema", "id" (non-empty), "created_at" (ISO-8601), "incident" with "title"
//     (which may be empty), each action's "id" (non-empty, unique within the file), and each
//     severity level's "name".
//   - Every other key may be absent and takes the model's default (empty text and lists, the
//     enumeration's default); an absent "severity_scale" is default_severity_scale(). Saving
//     writes every key, so only hand-written files rely on this.
//   - Values: enumerations by their key in enum_names.hpp; times as ISO-8601 (offsets are
//     converted to UTC), a timeline event's "at" and the meeting's "held_at" may be null;
//     "incident.date" is "YYYY-MM-DD" or empty; "incident.severity" names a level on the scale or
//     is empty; "severity_scale" is not empty; agenda minutes and "used_seconds" are not
//     negative, an agenda item's "running_since" may be null; text is UTF-8.
//   - The meeting's "current_item" is -1 (not started) or more; a value past the agenda's end
//     loads as the agenda's length (finished). "ground_rules_restated" lists ISO-8601 times.
//   - "next_action_number" (the number the next action's id takes, postmortem.hpp) is an
//     integer of 0 or more; absent, or less than one more than the highest "A<n>" in use, it
//     loads as that (so ids given before a removal are not given again, and older files load).
//   - Root cause ids are unique; a root cause with no "id" (or an empty one), as files written
//     before ids existed have, gets "R<n>" on load: n counts from 1 in the causes' order,
//     skipping numbers other causes' ids use (root_cause_ids.hpp). An action's "addresses" that
//     names no root cause loads as empty (no link).
//   - New keys did not change the schema version: they are additive, absent keys take the
//     defaults, and an older Hindsight keeps them as unknown keys, so files still travel both
//     ways; the two settlements above cover what an older version can leave behind.
//   - Unknown keys: every object of the model (the post-mortem and each struct in it) keeps the
//     keys it does not know in its `unknown` and writes them back on save, so a file written by a
//     newer or another tool loads, and a load never loses data. A known key written on save
//     replaces an unknown key of the same name. Unknown keys must be valid UTF-8, as text is.
//   - Objects and arrays may nest at most 64 levels (unknown fields included), so that no
//     document can exhaust the stack.
//   - Schema versions: an earlier schema is migrated (loaded_schema tells which it was); a later
//     one is an error at "/schema" saying a newer Hindsight wrote it, and the caller keeps the
//     text untouched.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/postmortem.hpp"

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
