// What the views show about storage: whether work is saved, whether the browser may evict it, the
// records that could not be opened, and whether the open post-mortem is in conflict with another
// tab (then it is read-only until the user chooses a version).
#pragma once

#include <vector>

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
};

}  // namespace hindsight::ui
