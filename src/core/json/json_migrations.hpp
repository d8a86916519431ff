// Migrations of the storage format: one step per schema version, each turning a document written
// in version N into the same document in version N + 1.
// Owns: the shape of every earlier schema and how it maps onto the next one.
// Contract: a step is frozen once released: it writes its target schema's shape itself and never
// calls the current writer, so that later schema changes cannot alter what an old file becomes.
// Steps never throw and never validate what they do not move; json_read.cpp validates the result.
#pragma once

#include "core/json/json_fields.hpp"

namespace hindsight::core::json_detail {

// Migrates `document`, written in schema `from` (1 <= from <= kSchemaVersion), to kSchemaVersion,
// appending an error for anything a step needs and cannot find.
void migrate(Json& document, int from, Errors& errors);

}  // namespace hindsight::core::json_detail
