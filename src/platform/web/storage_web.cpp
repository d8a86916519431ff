// The browser's storage for platform.hpp: the C++ side of hindsight_storage.js (IndexedDB and a
// BroadcastChannel). Strings cross as UTF-8; those JavaScript allocates are freed here.
#include <emscripten.h>

#include <cstdlib>
#include <utility>

#include "core/model/postmortem.hpp"  // core::Json
#include "platform/platform.hpp"
#include "platform/web/js_strings.hpp"

extern "C" {
// Implemented in hindsight_storage.js (linked with --js-library).
int hindsight_storage_available();
int hindsight_storage_persistent();
char* hindsight_storage_reason();
char* hindsight_storage_index();
int hindsight_storage_next_record();
char* hindsight_storage_record_id();
double hindsight_storage_record_revision();
char* hindsight_storage_record_text(int* length);
void hindsight_storage_record_taken();
void hindsight_storage_write(int remove, const char* id, int id_length, double base,
                             double revision, const char* text, int text_length,
                             const char* summary, int summary_length);
void hindsight_storage_request_persistence();
void hindsight_storage_journal(const char* id, int id_length, double base, double revision,
                               const char* text, int text_length, const char* summary,
                               int summary_length);
char* hindsight_storage_take_events();
void hindsight_js_set_leave_warning(int on);
void hindsight_js_show_save_status(const char* text, int length);
}

namespace hindsight::platform {
namespace {

std::function<void()>& flush_handler() {
  static std::function<void()> handler;
  return handler;
}

std::optional<storage::StoredRecord> record_from(const core::Json& value) {
  if (!value.is_object()) return std::nullopt;
  return storage::StoredRecord{value.value("id", std::string()),
                               value.value("revision", std::uint64_t{0}),
                               value.value("text", std::string())};
}

storage::StorageEvent event_from(const core::Json& value) {
  using Kind = storage::StorageEvent::Kind;
  storage::StorageEvent event;
  const std::string kind = value.value("kind", std::string());
  event.kind = kind == "written"       ? Kind::written
               : kind == "conflict"    ? Kind::conflict
               : kind == "failed"      ? Kind::failed
               : kind == "changed"     ? Kind::changed
               : kind == "persistence" ? Kind::persistence
               : kind == "cleared"     ? Kind::cleared
               : kind == "unavailable" ? Kind::unavailable
                                       // The page and the app are one build: any other kind is
                                       // a defect, and saving stops rather than guess.
                                       : Kind::unavailable;
  event.id = value.value("id", std::string());
  event.revision = value.value("revision", std::uint64_t{0});
  if (value.contains("stored")) event.stored = record_from(value["stored"]);
  event.reason = value.value("reason", std::string());
  event.quota = value.value("quota", false);
  event.granted = value.value("granted", false);
  return event;
}

}  // namespace

storage::StoredData load_stored_data() {
  storage::StoredData data;
  data.available = hindsight_storage_available() != 0;
  data.unavailable_reason = take_string(hindsight_storage_reason());
  data.persistent = hindsight_storage_persistent() != 0;
  data.records_follow = data.available;
  data.index_json = take_string(hindsight_storage_index());
  return data;
}

storage::RecordSlice take_stored_records(std::size_t max_bytes) {
  storage::RecordSlice slice;
  std::size_t bytes = 0;
  while (bytes < max_bytes) {
    const int next = hindsight_storage_next_record();
    if (next <= 0) {
      slice.last = next < 0;
      break;
    }
    int length = 0;
    char* text = hindsight_storage_record_text(&length);
    storage::StoredRecord record{take_string(hindsight_storage_record_id()),
                                 static_cast<std::uint64_t>(hindsight_storage_record_revision()),
                                 take_bytes(text, length)};
    hindsight_storage_record_taken();
    bytes += record.text.size();
    slice.records.push_back(std::move(record));
  }
  return slice;
}

void store(const std::vector<storage::Write>& writes) {
  for (const storage::Write& write : writes)
    hindsight_storage_write(write.kind == storage::Write::Kind::remove ? 1 : 0, write.id.data(),
                            length_of(write.id), static_cast<double>(write.base_revision),
                            static_cast<double>(write.revision), write.text.data(),
                            length_of(write.text), write.summary.data(), length_of(write.summary));
}

void journal(const std::vector<storage::Write>& pending) {
  for (const storage::Write& write : pending)
    hindsight_storage_journal(
        write.id.data(), length_of(write.id), static_cast<double>(write.base_revision),
        static_cast<double>(write.revision), write.text.data(), length_of(write.text),
        write.summary.data(), length_of(write.summary));
}

std::vector<storage::StorageEvent> take_storage_events() {
  std::vector<storage::StorageEvent> events;
  const std::string text = take_string(hindsight_storage_take_events());
  if (text.empty()) return events;
  const core::Json parsed = core::Json::parse(text, nullptr, false);
  if (!parsed.is_array()) return events;
  for (const core::Json& value : parsed) events.push_back(event_from(value));
  return events;
}

void request_persistent_storage() { hindsight_storage_request_persistence(); }

void set_flush_handler(std::function<void()> handler) { flush_handler() = std::move(handler); }

void show_save_status(std::string_view text) {
  hindsight_js_show_save_status(text.data(), length_of(text));
}

void set_leave_warning(bool on) {
  static int shown = -1;  // the page is told only when it changes
  if (shown == (on ? 1 : 0)) return;
  shown = on ? 1 : 0;
  hindsight_js_set_leave_warning(shown);
}

}  // namespace hindsight::platform

// Called by the page on pagehide and when it is hidden (hindsight_storage.js).
extern "C" EMSCRIPTEN_KEEPALIVE void hindsight_flush() {
  if (auto& handler = hindsight::platform::flush_handler()) handler();
}
