#include "platform/native/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace hindsight::platform {
namespace {

std::string failure(const char* what, const std::filesystem::path& path) {
  return std::string(what) + " " + path.string() + ": " + std::strerror(errno);
}

}  // namespace

std::string write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
  // Unique per process, so two writers never share a temporary file.
  std::filesystem::path temporary = path;
  temporary += ".tmp-" + std::to_string(::getpid());
  const int file = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (file < 0) return failure("could not create", temporary);
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t written = ::write(file, bytes.data() + done, bytes.size() - done);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      const std::string why = failure("could not write", temporary);
      ::close(file);
      ::unlink(temporary.c_str());
      return why;
    }
    done += static_cast<std::size_t>(written);
  }
  // The data must be on disk before the rename makes it the file: otherwise a power cut can
  // leave the new name pointing at empty blocks.
  if (::fsync(file) != 0 || ::close(file) != 0) {
    const std::string why = failure("could not flush", temporary);
    ::unlink(temporary.c_str());
    return why;
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string why = failure("could not replace", path);
    ::unlink(temporary.c_str());
    return why;
  }
  // The rename itself lives in the folder: flush it too.
  const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : ".";
  if (const int directory = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      directory >= 0) {
    ::fsync(directory);
    ::close(directory);
  }
  return {};
}

}  // namespace hindsight::platform
