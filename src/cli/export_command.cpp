// `hindsight export FILE.json`: a stored post-mortem printed as its Markdown document.
// Contract: stdout holds export_markdown's text and nothing else; every validation error goes to
// stderr as "FILE: PATH: REASON" ("FILE: REASON" for the document as a whole), and the exit is 2.
#include <ostream>

#include "cli/cli.hpp"
#include "cli/document.hpp"
#include "core/markdown/markdown_export.hpp"

namespace hindsight::cli {

int run_export(const Args& args, std::ostream& out, std::ostream& err) {
  ParsedArgs parsed;
  if (const auto done = parse_command(
          args,
          {"export", {}, CommandSyntax::Operands::One, "one JSON file (or - for standard input)"},
          parsed, out, err))
    return *done;
  Document document;
  if (!load_document(parsed.operands.front(), Format::Json, /*print_warnings=*/false, err,
                     document)) {
    return kExitError;
  }
  out << core::export_markdown(*document.postmortem);
  return kExitOk;
}

}  // namespace hindsight::cli
