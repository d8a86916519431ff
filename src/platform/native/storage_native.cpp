// The desktop's storage for platform.hpp: one file per post-mortem, `<id>.json`, holding exactly
// the record's text, in the user's data folder ($HINDSIGHT_DATA_DIR, or SDL's preference folder:
// ~/.local/share/Hindsight/postmortems on Linux). Each write replaces its file atomically.
// Revisions live in memory: one desktop process owns its folder (a second one is not detected).
#include <SDL.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <utility>

#include "platform/native/atomic_file.hpp"
#include "platform/platform.hpp"

namespace hindsight::platform {
namespace {

struct NativeStore {
  std::filesystem::path folder;
  std::map<std::string, std::uint64_t, std::less<>> revisions;
  std::vector<storage::StorageEvent> events;
};

NativeStore& native_store() {
  static NativeStore store;
  return store;
}

std::filesystem::path data_folder() {
  if (const char* chosen = std::getenv("HINDSIGHT_DATA_DIR")) return chosen;
  char* preferences = SDL_GetPrefPath("Hindsight", "postmortems");
  std::filesystem::path folder = preferences ? preferences : "hindsight-postmortems";
  SDL_free(preferences);
  return folder;
}

// Ids come from files and other tabs' data: only safe characters reach a file name.
bool is_safe_id(std::string_view id) {
  if (id.empty() || id.size() > 200) return false;
  for (const char c : id)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')) return false;
  return true;
}

}  // namespace

storage::StoredData load_stored_data() {
  NativeStore& store = native_store();
  store.folder = data_folder();
  storage::StoredData data;
  std::error_code error;
  std::filesystem::create_directories(store.folder, error);
  if (error) {
    data.unavailable_reason =
        "the folder " + store.folder.string() + " cannot be created (" + error.message() + ").";
    return data;
  }
  data.available = true;
  data.persistent = true;
  for (const auto& entry : std::filesystem::directory_iterator(store.folder, error)) {
    const std::filesystem::path& path = entry.path();
    // A save cut short by a crash leaves its temporary file; the record itself is intact.
    if (path.filename().string().find(".json.tmp-") != std::string::npos) {
      std::filesystem::remove(path, error);
      continue;
    }
    if (path.extension() != ".json" || !entry.is_regular_file()) continue;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const std::string id = path.stem().string();
    store.revisions[id] = 1;
    data.records.push_back({id, 1, text.str()});
  }
  return data;
}

storage::RecordSlice take_stored_records(std::size_t) { return {{}, true}; }

void store(const std::vector<storage::Write>& writes) {
  NativeStore& store = native_store();
  for (const storage::Write& write : writes) {
    storage::StorageEvent event;
    event.id = write.id;
    if (!is_safe_id(write.id)) {
      event.kind = storage::StorageEvent::Kind::failed;
      event.reason = "the id \"" + write.id + "\" cannot be a file name.";
      store.events.push_back(std::move(event));
      continue;
    }
    const std::filesystem::path path = store.folder / (write.id + ".json");
    std::string failure;
    if (write.kind == storage::Write::Kind::put) {
      failure = write_file_atomically(path, write.text);
    } else {
      std::error_code error;
      std::filesystem::remove(path, error);
      if (error) failure = error.message();
    }
    if (failure.empty()) {
      event.kind = storage::StorageEvent::Kind::written;
      event.revision = write.revision;
      store.revisions[write.id] = write.revision;
    } else {
      event.kind = storage::StorageEvent::Kind::failed;
      event.reason = failure + ".";
    }
    store.events.push_back(std::move(event));
  }
}

std::vector<storage::StorageEvent> take_storage_events() {
  return std::exchange(native_store().events, {});
}

void request_persistent_storage() {
  native_store().events.push_back(
      {storage::StorageEvent::Kind::persistence, {}, 0, {}, {}, false, true});
}

// The desktop saves within a second and on quit (the app flushes before it returns); it has no
// page that can vanish between two frames, so it keeps no journal.
void journal(const std::vector<storage::Write>&) {}
void set_flush_handler(std::function<void()>) {}
void set_leave_warning(bool) {}
void show_save_status(std::string_view) {}  // the window's menu bar shows it

}  // namespace hindsight::platform
