// `hindsight`: post-mortems from the command line, for scripts, CI and pre-commit hooks. The same
// core as the app: import and export Markdown, canonical formatting, and the workflow's lints.
// Contract: dispatches argv[1] to one subcommand (see cli.hpp for streams and exit statuses);
// "--help"/"help" print the usage to stdout, "--version" the version; anything else unknown
// prints the usage to stderr and exits 2.
#include <iostream>
#include <string_view>

#include "cli/cli.hpp"

namespace hindsight::cli {
namespace {

int run(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.empty()) {
    print_usage(err);
    return kExitError;
  }
  const std::string_view command = args.front();
  const Args rest(args.begin() + 1, args.end());
  if (command == "import") return run_import(rest, out, err);
  if (command == "export") return run_export(rest, out, err);
  if (command == "fmt") return run_fmt(rest, out, err);
  if (command == "lint") return run_lint(rest, out, err);
  if (command == "help" || command == "--help" || command == "-h") {
    print_usage(out);
    return kExitOk;
  }
  if (command == "--version" || command == "version") {
    out << "hindsight " << HINDSIGHT_VERSION << "\n";
    return kExitOk;
  }
  err << "hindsight: unknown command '" << command << "'\n";
  print_usage(err);
  return kExitError;
}

}  // namespace

void print_usage(std::ostream& stream) {
  stream << "usage: hindsight <command> [arguments]\n"
            "\n"
            "commands:\n"
            "  import FILE.md            print the post-mortem as Hindsight's JSON\n"
            "  export FILE.json          print the post-mortem as Markdown\n"
            "  fmt [--check] FILE.md...  rewrite files in canonical Markdown; --check lists the\n"
            "                            files that would change and exits 1 if any\n"
            "  lint FILE...              check post-mortems (.md, .json, or directories of .md)\n"
            "  help, --help              show this help\n"
            "  --version                 show the version\n"
            "\n"
            "FILE may be - (standard input) for import, export and lint.\n"
            "\n"
            "exit status: 0 success, 1 lint findings or files to format, 2 error\n";
}

}  // namespace hindsight::cli

int main(int argc, char** argv) {
  const hindsight::cli::Args args(argv + 1, argv + argc);
  const int status = hindsight::cli::run(args, std::cout, std::cerr);
  std::cout.flush();
  return std::cout.fail() ? hindsight::cli::kExitError : status;
}
