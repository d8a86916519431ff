// The `hindsight` command line: what the subcommands share.
// Contract: every subcommand takes its arguments (after the subcommand's name) and two streams,
// writes results to `out` and diagnostics to `err`, and returns the process exit status:
//   0 success, 1 the check found something (lint findings, fmt --check changes), 2 a usage error
//   or an input that could not be read. Diagnostics name the file as the user gave it, so editors
//   and CI can jump to "FILE:LINE:".
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hindsight::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFound = 1;
inline constexpr int kExitError = 2;

using Args = std::vector<std::string_view>;

int run_import(const Args& args, std::ostream& out, std::ostream& err);
int run_export(const Args& args, std::ostream& out, std::ostream& err);
int run_fmt(const Args& args, std::ostream& out, std::ostream& err);
int run_lint(const Args& args, std::ostream& out, std::ostream& err);

void print_usage(std::ostream& stream);

// The text of `path` as bytes ("-" reads standard input), or the reason it could not be read.
struct FileText {
  std::optional<std::string> text;
  std::string error;
};
FileText read_file(const std::string& path);

// Replaces `path`'s content with `text` through a temporary file in the same directory, keeping
// the file's permissions; returns the reason on failure, empty on success. When `path` is a
// symbolic link, the file it points to is replaced and the link stays as it was.
std::string replace_file(const std::string& path, std::string_view text);

// The arguments that are files, in order, with each directory replaced by the *.md files directly
// inside it (sorted by name). A path that does not exist stays as given, so reading it reports
// the error. Errors listing a directory go to `err` and set `failed`.
std::vector<std::string> expand_paths(const std::vector<std::string>& paths, std::ostream& err,
                                      bool& failed);

// Splits a subcommand's arguments into options (from `known`) and operands; "--" ends options.
// Returns false, after telling `err`, on an option outside `known`.
struct ParsedArgs {
  std::vector<std::string> options;
  std::vector<std::string> operands;
};
bool parse_args(const Args& args, const std::vector<std::string_view>& known, ParsedArgs& parsed,
                std::ostream& err);

bool has_option(const ParsedArgs& parsed, std::string_view option);

// What a subcommand accepts, for the preamble they all share.
struct CommandSyntax {
  std::string_view name;                  // "import"
  std::vector<std::string_view> options;  // besides -h and --help, which every command takes
  enum class Operands { One, AtLeastOne } operands = Operands::One;
  std::string_view expected;  // the operands, for the usage error: "one JSON file (or - ...)"
};

// The preamble of every subcommand: splits `args` (parse_args), prints the usage to `out` for -h
// or --help, and tells `err` "hindsight NAME: expected EXPECTED" when the operands are not what
// `syntax` asks. Returns the exit status when the command is done there, nothing when it goes
// on with `parsed`.
std::optional<int> parse_command(const Args& args, const CommandSyntax& syntax, ParsedArgs& parsed,
                                 std::ostream& out, std::ostream& err);

}  // namespace hindsight::cli
