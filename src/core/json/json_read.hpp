// Reading a current-schema document into the model, with strict validation.
// Owns: which keys each struct knows and requires, the rules between fields (action ids unique,
// the incident's severity on the scale, a non-empty scale, no negative time boxes); every struct
// keeps the keys it does not know in its `unknown` member.
// Contract: never throws and never stops at the first error; the post-mortem it returns is only
// meaningful when no error was appended. It knows nothing of earlier schemas (json_migrations).
#pragma once

#include "core/json/json_fields.hpp"

namespace hindsight::core::json_detail {

// `document` is in schema kSchemaVersion; its "schema" key is known and not kept.
PostMortem read_postmortem(const Json& document, Errors& errors);

}  // namespace hindsight::core::json_detail
