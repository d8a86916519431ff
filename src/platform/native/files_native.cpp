// Files in and out on the desktop. There is no file picker in the desktop build (SDL2 has none):
// pick_files() says so and the app tells the user. "Export all" writes the archive's entries as
// plain files into a folder named like the archive, hindsight-YYYY-MM-DD, in the user's Downloads
// folder, each replaced atomically: nothing is zipped, since the files are meant for git anyway.
#include <cstdlib>
#include <filesystem>

#include "platform/native/atomic_file.hpp"
#include "platform/platform.hpp"

namespace hindsight::platform {

bool pick_files() { return false; }

IncomingFiles take_incoming_files() { return {}; }

std::string save_archive(std::string_view file_name,
                         const std::vector<transfer::ArchiveEntry>& entries) {
  std::filesystem::path downloads = ".";
  if (const char* home = std::getenv("HOME")) downloads = std::filesystem::path(home) / "Downloads";
  // "hindsight-2026-11-30.zip" -> the folder "hindsight-2026-11-30".
  const std::filesystem::path folder =
      downloads / std::filesystem::path(file_name).filename().replace_extension();
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) return {};
  for (const transfer::ArchiveEntry& entry : entries) {
    // Entry names are plain file names (export_all.hpp); filename() keeps any other out of
    // folders above this one.
    const std::filesystem::path path = folder / std::filesystem::path(entry.name).filename();
    if (!write_file_atomically(path, entry.bytes).empty()) return {};
  }
  return folder.string();
}

}  // namespace hindsight::platform
