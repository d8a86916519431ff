// The library backup: every post-mortem in one JSON document, for "Export all" and for moving a
// library to another browser or machine.
// Owns: the backup's envelope, {"hindsight_library": 1, "exported_at": "<ISO-8601>",
// "postmortems": [<each post-mortem as core::to_json writes it>, ...]}, sorted by id so the same
// library always gives the same text. Each post-mortem inside keeps its own schema number and is
// read with core::from_json, so migrations and validation are the codec's, not this file's.
// Never: validates or repairs a post-mortem itself, and never fails the whole backup because of
// one post-mortem in it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/json_codec.hpp"
#include "core/model/library.hpp"

namespace hindsight::transfer {

inline constexpr std::string_view kBackupKey = "hindsight_library";
inline constexpr int kBackupVersion = 1;

// The library's post-mortems (not the ones deleted this session) in the backup's order: by id.
std::vector<const core::PostMortem*> postmortems_by_id(const core::Library& library);

// The library's post-mortems (not the ones deleted this session), dumped like core::save_json.
std::string save_library_backup(const core::Library& library, core::UtcSeconds now);

// Whether a parsed JSON document is a backup (an object with kBackupKey) rather than one
// post-mortem.
bool is_library_backup(const core::Json& document);

struct BackupItem {
  std::size_t number = 0;   // 1-based position in the backup, for people
  std::string title;        // the incident title when the item has one, even if it cannot load
  core::LoadResult loaded;  // the codec's verdict on this one post-mortem
};

struct BackupContents {
  std::string error;  // why the backup as a whole cannot be read (a sentence), or empty
  std::vector<BackupItem> items;
};

BackupContents read_library_backup(const core::Json& document);

}  // namespace hindsight::transfer
