// What replacing a post-mortem changes, field by field, for the import preview.
// Owns: the comparison (both post-mortems as core::to_json writes them, flattened to their leaf
// values, so every field the storage format knows is compared, unknown ones included), the
// readable field labels and the shortening of long values for display.
// Never: decides whether to replace (import_plan.cpp does) or changes either post-mortem.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/postmortem.hpp"
#include "transfer/import_plan.hpp"

namespace hindsight::transfer {

inline constexpr std::size_t kShownCharacters = 80;

// Every leaf that differs, was added or was removed, in the storage format's key order. Lists are
// compared position by position ("timeline 3" is the third event in both).
std::vector<FieldChange> field_changes(const core::PostMortem& before,
                                       const core::PostMortem& after);

// A value on one line, at most `limit` characters (code points) long: runs of whitespace become
// one space, and what is cut is marked with "…". When `other` is given and both are too long,
// the window starts shortly before the first difference, so two long texts do not shorten to the
// same words.
std::string shorten_for_display(std::string_view value, std::string_view other = {},
                                std::size_t limit = kShownCharacters);

}  // namespace hindsight::transfer
