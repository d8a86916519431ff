// What the views show about storage: whether work is saved, whether the browser may evict it, the
// records that could not be opened, and whether the open post-mortem is in conflict with another
// tab (then it is read-only until the user chooses a version), and what is still being read.
#pragma once

#include <vector>

#include "storage/library_index.hpp"
#include "storage/save_tracker.hpp"
#include "storage/stored_record.hpp"

namespace hindsight::ui {

enum class Persistence { unknown, persistent, evictable };

struct StorageInfo {
  storage::SaveStatus status;
  Persistence persistence = Persistence::unknown;
  const std::vector<storage::Quarantined>* quarantined = nullptr;
  bool document_in_conflict = false;
  bool conflict_is_removal = false;  // the other tab deleted the post-mortem
  // Post-mortems stored but still being read after start-up: listed from their index entries,
  // opened once read. Null or empty when the whole library is in memory.
  const std::vector<storage::IndexEntry>* reading = nullptr;
  bool reading_failed = false;  // storage failed mid-read: `reading` lists what was not read
};

// The post-mortems still being read, or none.
inline const std::vector<storage::IndexEntry>& still_reading(const StorageInfo* info) {
  static const std::vector<storage::IndexEntry> none;
  return info && info->reading ? *info->reading : none;
}

}  // namespace hindsight::ui
