// `hindsight fmt [--check] FILE.md...`: rewrites Markdown post-mortems in canonical form, the
// document export_markdown writes for what import_markdown reads.
// Contract:
//   - A file is rewritten only when its canonical form differs, and only when that form reads
//     back as the same post-mortem; a file that cannot be read or imported, or whose canonical
//     form would not read back the same, is left untouched and the exit is 2.
//   - --check rewrites nothing: it prints each file that would change, one per line, and exits 1
//     if there is any (for CI and pre-commit hooks).
//   - A file that names no id gets the one derived from its bytes (load_document) written into
//     its front matter, so the id stays the same when the file is edited afterwards.
//   - Import warnings go to stderr as "FILE:LINE: warning: MESSAGE". Directories expand to the
//     *.md files in them.
#include <ostream>

#include "cli/cli.hpp"
#include "cli/document.hpp"
#include "core/markdown/markdown_export.hpp"
#include "core/markdown/markdown_import.hpp"

namespace hindsight::cli {
namespace {

// The canonical text, or nothing when writing it would change what the file says.
std::optional<std::string> canonical_form(const core::PostMortem& postmortem) {
  std::string canonical = core::export_markdown(postmortem);
  const core::ImportResult reread = core::import_markdown(canonical);
  if (!reread.postmortem || !(*reread.postmortem == postmortem)) return std::nullopt;
  return canonical;
}

}  // namespace

int run_fmt(const Args& args, std::ostream& out, std::ostream& err) {
  ParsedArgs parsed;
  if (const auto done = parse_command(args,
                                      {"fmt",
                                       {"--check"},
                                       CommandSyntax::Operands::AtLeastOne,
                                       "at least one Markdown file or directory"},
                                      parsed, out, err))
    return *done;
  const bool check = has_option(parsed, "--check");

  bool failed = false;
  bool would_change = false;
  for (const std::string& path : expand_paths(parsed.operands, err, failed)) {
    if (path == "-") {
      err << "hindsight fmt: rewrites files in place; standard input is not a file\n";
      failed = true;
      continue;
    }
    Document document;
    if (!load_document(path, Format::Markdown, /*print_warnings=*/true, err, document)) {
      failed = true;
      continue;
    }
    const std::optional<std::string> canonical = canonical_form(*document.postmortem);
    if (!canonical) {
      err << path << ": error: its canonical form would not read back as the same post-mortem; "
          << "left unchanged\n";
      failed = true;
      continue;
    }
    if (*canonical == document.text) continue;
    if (check) {
      out << path << "\n";
      would_change = true;
      continue;
    }
    const std::string reason = replace_file(path, *canonical);
    if (!reason.empty()) {
      err << path << ": error: cannot write: " << reason << "\n";
      failed = true;
    }
  }
  if (failed) return kExitError;
  return would_change ? kExitFound : kExitOk;
}

}  // namespace hindsight::cli
