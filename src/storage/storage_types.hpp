// The words the app and the platform share about storage: a stored record, a write the app asks
// for, and what the platform reports back.
// Contract: plain values only. Each post-mortem is one record (its JSON text as saved by the core)
// with a revision that grows by one on every write; a write names the revision it expects to find
// stored (`base_revision`, 0 for "nothing stored yet") and is refused as a conflict when another
// tab has written since, so no tab ever overwrites work it has not seen.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hindsight::storage {

struct StoredRecord {
  std::string id;
  std::uint64_t revision = 0;
  std::string text;  // the post-mortem's JSON, exactly as stored
};

// What the platform found when the app started. In the browser only the library's index is read
// before the first frame (`records_follow`); the records come after it, in slices.
struct StoredData {
  bool available = false;  // false: storage is off for this page (the reason says why)
  std::string unavailable_reason;
  std::vector<StoredRecord> records;
  std::vector<std::string> unreadable;  // records whose raw value was not a record at all
  bool persistent = false;              // the browser promised not to evict the data
  bool records_follow = false;  // the records are still being read: `index_json` lists them
  std::string index_json;       // the stored index entries as a JSON array (library_index.hpp)
};

// A slice of the records read after start-up; `last`: nothing more follows.
struct RecordSlice {
  std::vector<StoredRecord> records;
  bool last = false;
};

struct Write {
  enum class Kind { put, remove };
  Kind kind = Kind::put;
  std::string id;
  std::uint64_t base_revision = 0;  // the revision this tab last saw stored
  std::uint64_t revision = 0;       // the revision this write stores (base + 1); 0 for remove
  std::string text;                 // put: the post-mortem's JSON
  std::string summary;              // put: the library index entry (JSON)
};

// What the platform reports about storage, in the order it happened.
struct StorageEvent {
  enum class Kind {
    written,   // `id` now holds `revision` (a remove: revision 0)
    conflict,  // refused: another tab wrote `id` first; `stored` is what is there now
    failed,    // refused or lost: `reason` says why; `quota` when storage is full
    changed,   // another tab wrote `id`: `stored` is the new record, or empty when it was removed
    persistence,  // the answer to the request for persistent storage (`granted`)
    unavailable,  // storage stopped working altogether (`reason`)
    cleared,      // the stored data vanished behind the app's back (site data cleared)
  };
  Kind kind = Kind::written;
  std::string id;
  std::uint64_t revision = 0;
  std::optional<StoredRecord> stored;
  std::string reason;
  bool quota = false;
  bool granted = false;
};

}  // namespace hindsight::storage
