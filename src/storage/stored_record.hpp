// Turning stored records into post-mortems and back.
// Contract: a record that cannot be read as a post-mortem this version understands (damaged JSON,
// a newer schema, an id that does not match its key) is never dropped, never rewritten and never
// "repaired": it becomes a Quarantined entry that keeps its text byte for byte, so the user can
// download exactly what was stored.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/model/postmortem.hpp"
#include "storage/storage_types.hpp"

namespace hindsight::storage {

struct Quarantined {
  std::string id;
  std::uint64_t revision = 0;
  std::string text;    // unchanged
  std::string reason;  // for people: "written by a newer version of Hindsight"
};

// A post-mortem, or why the record cannot be opened.
std::variant<core::PostMortem, Quarantined> decode_record(const StoredRecord& record);

// The post-mortem as a record's text (the core's JSON) and its library index entry
// (library_index.hpp), which also names the record's revision.
std::string record_text(const core::PostMortem& postmortem);
std::string record_summary(const core::PostMortem& postmortem, std::uint64_t revision);

// The file name a quarantined record downloads under: "pm-1234.stored.json".
std::string quarantine_file_name(const Quarantined& record);

}  // namespace hindsight::storage
