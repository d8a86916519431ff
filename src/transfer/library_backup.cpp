#include "transfer/library_backup.hpp"

#include <algorithm>

#include "core/model/time_format.hpp"

namespace hindsight::transfer {

std::vector<const core::PostMortem*> postmortems_by_id(const core::Library& library) {
  std::vector<const core::PostMortem*> sorted;
  sorted.reserve(library.postmortems.size());
  for (const core::PostMortem& p : library.postmortems) sorted.push_back(&p);
  std::sort(sorted.begin(), sorted.end(),
            [](const core::PostMortem* a, const core::PostMortem* b) { return a->id < b->id; });
  return sorted;
}

std::string save_library_backup(const core::Library& library, core::UtcSeconds now) {
  core::Json postmortems = core::Json::array();
  for (const core::PostMortem* p : postmortems_by_id(library))
    postmortems.push_back(core::to_json(*p));
  core::Json backup = core::Json::object();
  backup[std::string(kBackupKey)] = kBackupVersion;
  backup["exported_at"] = core::format_iso8601(now);
  backup["postmortems"] = std::move(postmortems);
  // The same dump as core::save_json: sorted keys, two-space indent, LF at the end.
  return core::json_text(backup, 2) + "\n";
}

bool is_library_backup(const core::Json& document) {
  return document.is_object() && document.contains(std::string(kBackupKey));
}

namespace {

std::string title_of(const core::Json& item) {
  if (!item.is_object()) return {};
  const auto incident = item.find("incident");
  if (incident == item.end() || !incident->is_object()) return {};
  const auto title = incident->find("title");
  return title != incident->end() && title->is_string() ? title->get<std::string>() : "";
}

}  // namespace

BackupContents read_library_backup(const core::Json& document) {
  BackupContents contents;
  const core::Json& version = document.at(std::string(kBackupKey));
  if (!version.is_number_integer()) {
    contents.error = "This library backup names no version Hindsight knows.";
    return contents;
  }
  if (version.get<long long>() > kBackupVersion) {
    contents.error = "This library backup was written by a newer Hindsight (version " +
                     core::json_text(version) + "); this version reads version " +
                     std::to_string(kBackupVersion) + ".";
    return contents;
  }
  if (version.get<long long>() < 1) {
    contents.error =
        "This library backup names version " + core::json_text(version) + ", which no Hindsight writes.";
    return contents;
  }
  const auto postmortems = document.find("postmortems");
  if (postmortems == document.end() || !postmortems->is_array()) {
    contents.error = "This library backup holds no list of post-mortems (\"postmortems\").";
    return contents;
  }
  std::size_t number = 0;
  for (const core::Json& item : *postmortems) {
    contents.items.push_back({++number, title_of(item), core::from_json(item)});
  }
  return contents;
}

}  // namespace hindsight::transfer
