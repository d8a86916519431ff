// The arguments every subcommand reads the same way: options, operands, help and usage errors.
// Contract: prints only the usage (for -h/--help) and usage errors; never reads a file.
#include <algorithm>
#include <ostream>

#include "cli/cli.hpp"

namespace hindsight::cli {

bool parse_args(const Args& args, const std::vector<std::string_view>& known, ParsedArgs& parsed,
                std::ostream& err) {
  bool options_ended = false;
  for (std::string_view arg : args) {
    if (!options_ended && arg == "--") {
      options_ended = true;
    } else if (!options_ended && arg.size() > 1 && arg.front() == '-') {
      if (std::find(known.begin(), known.end(), arg) == known.end()) {
        err << "hindsight: unknown option '" << arg << "'\n";
        return false;
      }
      parsed.options.emplace_back(arg);
    } else {
      parsed.operands.emplace_back(arg);
    }
  }
  return true;
}

bool has_option(const ParsedArgs& parsed, std::string_view option) {
  return std::find(parsed.options.begin(), parsed.options.end(), option) != parsed.options.end();
}

std::optional<int> parse_command(const Args& args, const CommandSyntax& syntax, ParsedArgs& parsed,
                                 std::ostream& out, std::ostream& err) {
  std::vector<std::string_view> known = {"-h", "--help"};
  known.insert(known.end(), syntax.options.begin(), syntax.options.end());
  if (!parse_args(args, known, parsed, err)) return kExitError;
  if (has_option(parsed, "-h") || has_option(parsed, "--help")) {
    print_usage(out);
    return kExitOk;
  }
  const bool fits = syntax.operands == CommandSyntax::Operands::One ? parsed.operands.size() == 1
                                                                    : !parsed.operands.empty();
  if (!fits) {
    err << "hindsight " << syntax.name << ": expected " << syntax.expected << "\n";
    return kExitError;
  }
  return std::nullopt;
}

}  // namespace hindsight::cli
