// Writing a file so that a crash, a kill or a full disk at any moment leaves either the old
// content or the new one, never a mix or a truncated file.
// Contract: POSIX only (the desktop build); the file's folder must exist.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace hindsight::platform {

// Writes `bytes` to a temporary file beside `path`, flushes it to disk, renames it over `path`
// and flushes the folder. Returns "" on success, or why it failed (and `path` is untouched).
std::string write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace hindsight::platform
