// Files in and out in the browser: the C++ side of hindsight_files.js. The page reads what the
// user picks or drops (unpacking .zip archives with fflate) and keeps each batch until the app
// takes it here, once per frame; bytes are copied unchanged, so text that is not UTF-8 reaches the
// import plan as it is and is refused there with its reason. "Export all" hands the entries to the
// page, which zips them and starts one download.
#include <emscripten.h>

#include <cstdlib>

#include "platform/platform.hpp"
#include "platform/web/js_strings.hpp"
#include "transfer/incoming_file.hpp"

extern "C" {
// Implemented in hindsight_files.js (linked with --js-library).
int hindsight_files_pick();
int hindsight_files_count();  // files taken from the queue for this call; 0 when none waits
char* hindsight_files_name(int index);
double hindsight_files_size(int index);
int hindsight_files_has_bytes(int index);
void hindsight_files_copy(int index, char* destination);
char* hindsight_files_problem(int index);  // why the page refused it, or ""
void hindsight_files_release();
void hindsight_files_zip_add(const char* name, int name_length, const char* bytes, int length);
int hindsight_files_zip_save(const char* name, int name_length);
}

namespace hindsight::platform {
bool pick_files() { return hindsight_files_pick() != 0; }

IncomingFiles take_incoming_files() {
  IncomingFiles incoming;
  const int count = hindsight_files_count();
  for (int i = 0; i < count; ++i) {
    std::string name = take_string(hindsight_files_name(i));
    std::string problem = take_string(hindsight_files_problem(i));
    const auto size = static_cast<std::uint64_t>(hindsight_files_size(i));
    if (!problem.empty()) {
      incoming.refused.push_back({std::move(name), std::move(problem)});
    } else if (!hindsight_files_has_bytes(i)) {
      // Left unread by the page because of its size.
      incoming.refused.push_back({std::move(name), transfer::size_refusal(size)});
    } else {
      std::string bytes(static_cast<std::size_t>(size), '\0');
      hindsight_files_copy(i, bytes.data());
      incoming.files.push_back({std::move(name), std::move(bytes)});
    }
  }
  if (count > 0) hindsight_files_release();
  return incoming;
}

std::string save_archive(std::string_view file_name,
                         const std::vector<transfer::ArchiveEntry>& entries) {
  for (const transfer::ArchiveEntry& entry : entries)
    hindsight_files_zip_add(entry.name.data(), length_of(entry.name), entry.bytes.data(),
                            length_of(entry.bytes));
  return hindsight_files_zip_save(file_name.data(), length_of(file_name)) ? std::string(file_name)
                                                                          : std::string();
}

}  // namespace hindsight::platform
