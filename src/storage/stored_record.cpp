#include "storage/stored_record.hpp"

#include <cctype>

#include "core/json/json_codec.hpp"
#include "storage/library_index.hpp"

namespace hindsight::storage {

std::variant<core::PostMortem, Quarantined> decode_record(const StoredRecord& record) {
  core::LoadResult loaded = core::load_json(record.text);
  if (loaded.postmortem && loaded.postmortem->id == record.id) return std::move(*loaded.postmortem);
  Quarantined out{record.id, record.revision, record.text, {}};
  if (loaded.postmortem) {
    out.reason = "its content belongs to another post-mortem (" + loaded.postmortem->id + ")";
    return out;
  }
  const core::ValidationError& first = loaded.errors.front();
  if (first.path == "/schema" && first.reason.find("newer") != std::string::npos)
    out.reason = "it was written by a newer version of Hindsight";
  else
    out.reason = "it is damaged (" + (first.path.empty() ? std::string{} : first.path + ": ") +
                 first.reason + ")";
  return out;
}

std::string record_text(const core::PostMortem& postmortem) { return core::save_json(postmortem); }

std::string record_summary(const core::PostMortem& postmortem, std::uint64_t revision) {
  return index_entry_json(index_entry_of(postmortem), revision);
}

std::string quarantine_file_name(const Quarantined& record) {
  std::string name;
  for (const char c : record.id)
    name += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
  return (name.empty() ? std::string("record") : name) + ".stored.json";
}

}  // namespace hindsight::storage
