// Contract: see fixtures.hpp.
#include "support/fixtures.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <system_error>

namespace hindsight::testing {

std::filesystem::path fixtures_dir() { return HINDSIGHT_FIXTURES_DIR; }

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot open " << path.string();
    return {};
  }
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string read_fixture(std::string_view relative) {
  return read_file(fixtures_dir() / std::filesystem::path(relative));
}

std::vector<std::string> files_in(const std::filesystem::path& folder, std::string_view extension) {
  std::vector<std::string> names;
  std::error_code error;
  std::filesystem::directory_iterator it(folder, error);
  if (error) {
    ADD_FAILURE() << "cannot list " << folder.string() << ": " << error.message();
    return names;
  }
  for (; it != std::filesystem::directory_iterator(); it.increment(error)) {
    if (error) break;
    const std::string name = it->path().filename().string();
    const bool matches =
        name.size() > extension.size() &&
        name.compare(name.size() - extension.size(), extension.size(), extension) == 0;
    if (matches && it->is_regular_file()) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> fixture_files(std::string_view relative_folder,
                                       std::string_view extension) {
  return files_in(fixtures_dir() / std::filesystem::path(relative_folder), extension);
}

std::string test_name_of(std::string_view file_name) {
  std::string name(file_name.substr(0, file_name.rfind('.')));
  std::replace_if(
      name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
      '_');
  return name;
}

}  // namespace hindsight::testing
