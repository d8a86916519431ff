#include "transfer/export_all.hpp"

#include <set>

#include "core/markdown/markdown_export.hpp"
#include "core/model/time_format.hpp"
#include "transfer/library_backup.hpp"

namespace hindsight::transfer {
namespace {

// `name`, or "name-2.md", "name-3.md"... whichever is not taken yet.
std::string unique_name(const std::string& name, std::set<std::string>& taken) {
  if (taken.insert(name).second) return name;
  const std::size_t dot = name.rfind('.');
  const std::string stem = dot == std::string::npos ? name : name.substr(0, dot);
  const std::string extension = dot == std::string::npos ? "" : name.substr(dot);
  for (int n = 2;; ++n) {
    std::string candidate = stem + "-" + std::to_string(n) + extension;
    if (taken.insert(candidate).second) return candidate;
  }
}

}  // namespace

std::vector<ArchiveEntry> export_all_entries(const core::Library& library, core::UtcSeconds now) {
  const std::vector<const core::PostMortem*> sorted = postmortems_by_id(library);
  std::vector<ArchiveEntry> entries;
  entries.reserve(sorted.size() + 1);
  std::set<std::string> taken{std::string(kBackupFileName)};
  for (const core::PostMortem* p : sorted) {
    entries.push_back(
        {unique_name(core::markdown_file_name(*p), taken), core::export_markdown(*p)});
  }
  entries.push_back({std::string(kBackupFileName), save_library_backup(library, now)});
  return entries;
}

std::string export_all_file_name(core::UtcSeconds now) {
  return "hindsight-" + core::format_date(now) + ".zip";
}

}  // namespace hindsight::transfer
