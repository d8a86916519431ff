// Reading, replacing and listing the files the subcommands work on.
// Contract: bytes in, bytes out (no newline or encoding conversion; that is the codecs' job);
// failures come back as a sentence for the caller to print, never as an exception.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <system_error>

#include "cli/cli.hpp"

namespace hindsight::cli {
namespace fs = std::filesystem;

FileText read_file(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    if (std::cin.bad()) return {std::nullopt, "cannot read standard input"};
    return {buffer.str(), ""};
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) return {std::nullopt, "is a directory"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return {std::nullopt, std::strerror(errno)};
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) return {std::nullopt, std::strerror(errno)};
  return {std::move(text), ""};
}

std::string replace_file(const std::string& path, std::string_view text) {
  std::error_code ec;
  // Why resolve: renaming over a symbolic link would replace the link with a regular file, and
  // the file it points to (often kept in another directory, or another file system, where a
  // rename from here could not reach) would silently stop receiving the changes.
  const fs::path target = fs::canonical(path, ec);
  if (ec) return ec.message();
  const fs::perms permissions = fs::status(target, ec).permissions();
  if (ec) return ec.message();

  fs::path temporary = target;
  temporary += ".hindsight-fmt.tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return std::strerror(errno);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) {
      const std::string reason = std::strerror(errno);
      fs::remove(temporary, ec);
      return reason;
    }
  }
  fs::permissions(temporary, permissions, ec);
  if (!ec) fs::rename(temporary, target, ec);
  if (ec) {
    const std::string reason = ec.message();
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return reason;
  }
  return "";
}

std::vector<std::string> expand_paths(const std::vector<std::string>& paths, std::ostream& err,
                                      bool& failed) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !fs::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      const fs::path& entry = it->path();
      std::error_code type_ec;
      if (entry.extension() == ".md" && it->is_regular_file(type_ec)) {
        found.push_back((fs::path(path) / entry.filename()).string());
      }
    }
    if (ec) {
      err << path << ": error: cannot list directory: " << ec.message() << "\n";
      failed = true;
      continue;
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace hindsight::cli
