// The library's index: what the library screen lists of each post-mortem (title, date, severity,
// status, duration, open actions, the words its search looks in). Storage keeps an index entry
// beside every record, written in the same transaction, so that start-up can list the whole
// library from the small entries and read the records themselves after the first frame.
// Contract: index_entry_of() is the only place that decides how a post-mortem is listed; the rows
// of a post-mortem in memory and of one still being read are made from the same entry. An entry
// read back from storage holds what was written; fields an older version did not write are
// left at their defaults, and anything that is not an entry with an id is skipped.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/postmortem.hpp"

namespace hindsight::storage {

struct IndexEntry {
  std::string id;
  std::string title;
  std::string date;  // the incident's date, else the day the post-mortem was created
  core::UtcSeconds created_at{};
  std::string severity;           // as written, or empty
  std::size_t severity_rank = 0;  // its position in the post-mortem's scale (SEV-1 first)
  core::Status status = core::Status::Draft;
  std::optional<long long> duration_seconds;  // Detected -> Resolved, when the timeline says
  int open_actions = 0;                       // neither Done nor Won't Do
  // Lowercase, one per line: author, facilitator, attendees, tags and services.
  std::string search_words;
  friend bool operator==(const IndexEntry&, const IndexEntry&) = default;
};

IndexEntry index_entry_of(const core::PostMortem& postmortem);

// The entry as storage keeps it: a JSON object that also names the record's revision.
std::string index_entry_json(const IndexEntry& entry, std::uint64_t revision);
// A JSON array of stored entries, as the page read them; entries without an id are skipped.
std::vector<IndexEntry> index_entries_from_json(std::string_view text);

}  // namespace hindsight::storage
