#include "storage/library_index.hpp"

#include <algorithm>

#include "core/model/enum_names.hpp"
#include "core/model/text.hpp"
#include "core/model/time_format.hpp"
#include "core/timeline/timeline_metrics.hpp"

namespace hindsight::storage {
namespace {

void add_word(std::string& words, std::string_view word) {
  if (word.empty()) return;
  if (!words.empty()) words += '\n';
  words += core::lowercase_ascii(word);
}

// Fields of the wrong type read as absent: a stored entry may come from any version, or be
// damaged, and reading it must never throw (the web build cannot catch).
std::string text_at(const core::Json& value, const char* key) {
  const auto found = value.find(key);
  return found != value.end() && found->is_string() ? found->get<std::string>() : std::string();
}

std::optional<long long> integer_at(const core::Json& value, const char* key) {
  const auto found = value.find(key);
  if (found == value.end() || !found->is_number_integer()) return std::nullopt;
  return found->get<long long>();
}

IndexEntry entry_from(const core::Json& value) {
  IndexEntry entry;
  entry.id = text_at(value, "id");
  entry.title = text_at(value, "title");
  entry.date = text_at(value, "date");
  if (auto created = core::parse_iso8601(text_at(value, "created_at"))) entry.created_at = *created;
  entry.severity = text_at(value, "severity");
  entry.severity_rank = static_cast<std::size_t>(std::max(0LL, integer_at(value, "severity_rank").value_or(0)));
  entry.status = core::from_key<core::Status>(text_at(value, "status")).value_or(core::Status::Draft);
  entry.duration_seconds = integer_at(value, "duration_seconds");
  entry.open_actions = static_cast<int>(std::max(0LL, integer_at(value, "open_actions").value_or(0)));
  entry.search_words = text_at(value, "search_words");
  return entry;
}

}  // namespace

IndexEntry index_entry_of(const core::PostMortem& pm) {
  IndexEntry entry;
  entry.id = pm.id;
  entry.title = pm.incident.title;
  entry.date = !pm.incident.date.empty() ? pm.incident.date
                                         : core::format_iso8601(pm.created_at).substr(0, 10);
  entry.created_at = pm.created_at;
  entry.severity = pm.incident.severity;
  entry.severity_rank = pm.severity_scale.size();
  for (std::size_t i = 0; i < pm.severity_scale.size(); ++i)
    if (pm.severity_scale[i].name == pm.incident.severity) entry.severity_rank = i;
  entry.status = pm.incident.status;
  if (auto duration = core::incident_duration(pm.timeline))
    entry.duration_seconds = duration->count();
  for (const core::ActionItem& action : pm.actions)
    if (action.status != core::ActionStatus::Done && action.status != core::ActionStatus::WontDo)
      ++entry.open_actions;
  add_word(entry.search_words, pm.incident.author);
  add_word(entry.search_words, pm.incident.facilitator);
  for (const auto* list : {&pm.incident.attendees, &pm.incident.tags, &pm.incident.services})
    for (const std::string& word : *list) add_word(entry.search_words, word);
  return entry;
}

std::string index_entry_json(const IndexEntry& entry, std::uint64_t revision) {
  core::Json json{{"id", entry.id},
                  {"title", entry.title},
                  {"date", entry.date},
                  {"created_at", core::format_iso8601(entry.created_at)},
                  {"severity", entry.severity},
                  {"severity_rank", entry.severity_rank},
                  {"status", std::string(core::key_of(entry.status))},
                  {"open_actions", entry.open_actions},
                  {"search_words", entry.search_words},
                  {"revision", revision}};
  if (entry.duration_seconds) json["duration_seconds"] = *entry.duration_seconds;
  return core::json_text(json);
}

std::vector<IndexEntry> index_entries_from_json(std::string_view text) {
  std::vector<IndexEntry> entries;
  const core::Json parsed = core::Json::parse(text, nullptr, false);
  if (!parsed.is_array()) return entries;
  entries.reserve(parsed.size());
  for (const core::Json& value : parsed) {
    if (!value.is_object() || text_at(value, "id").empty()) continue;
    entries.push_back(entry_from(value));
  }
  return entries;
}

}  // namespace hindsight::storage
