// "Export all": every post-mortem of the library as the files of one archive, for git and for a
// backup that imports back with nothing lost.
// Owns: which entries the archive holds and their names: each post-mortem as
// "YYYY-MM-DD-slug.md" (core::markdown_file_name, "-2", "-3" added before ".md" when two names
// meet), and the whole library as kBackupFileName (library_backup.hpp), which plan_import
// prefers to the Markdown copies. Entries come sorted by post-mortem id, so the same library
// always gives the same archive.
// Never: zips (the platform does, from these entries), reads the clock (`now` comes in) or
// includes the post-mortems deleted this session.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model/library.hpp"

namespace hindsight::transfer {

inline constexpr std::string_view kBackupFileName = "hindsight-library.json";

struct ArchiveEntry {
  std::string name;   // a plain file name, no folders
  std::string bytes;  // UTF-8 text
  friend bool operator==(const ArchiveEntry&, const ArchiveEntry&) = default;
};

// The Markdown files first, then the backup.
std::vector<ArchiveEntry> export_all_entries(const core::Library& library, core::UtcSeconds now);

// "hindsight-2026-11-30.zip": the archive's name on the day of `now` (UTC).
std::string export_all_file_name(core::UtcSeconds now);

}  // namespace hindsight::transfer
