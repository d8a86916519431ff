// The test fixtures on disk: one reader for every test that compares against a file under
// tests/fixtures/ (or another folder of test inputs).
// Contract: reads whole files as bytes (no line-end or encoding changes) and lists a folder's
// files in name order, so tests are deterministic on every platform. A file that cannot be read
// fails the calling test (a fixture that silently reads as "" would make tests pass on nothing);
// it never throws and never writes.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace hindsight::testing {

// The root of tests/fixtures/ in this build: the source tree natively, the embedded copy in the
// wasm build.
std::filesystem::path fixtures_dir();

// A file's bytes; an unreadable file adds a test failure naming the path and returns "".
std::string read_file(const std::filesystem::path& path);

// read_file(fixtures_dir() / relative), e.g. read_fixture("import/messy.md").
std::string read_fixture(std::string_view relative);

// The names (not paths) of the regular files in `folder` whose names end with `extension`
// (".md"), sorted; an unreadable folder adds a test failure and returns none.
std::vector<std::string> files_in(const std::filesystem::path& folder, std::string_view extension);

// files_in(fixtures_dir() / relative_folder, extension).
std::vector<std::string> fixture_files(std::string_view relative_folder,
                                       std::string_view extension);

// A file name as a GoogleTest parameter name: its stem with every character that is not a letter
// or digit turned into '_' ("dfds-log4shell.md" -> "dfds_log4shell").
std::string test_name_of(std::string_view file_name);

}  // namespace hindsight::testing
