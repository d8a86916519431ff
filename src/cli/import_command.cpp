// `hindsight import FILE.md`: a Markdown post-mortem printed as Hindsight's JSON.
// Contract: stdout holds save_json's text and nothing else; the importer's warnings go to stderr
// as "FILE:LINE: warning: MESSAGE". Exit 0, or 2 when the file cannot be read or imported.
// Markdown that names no id (a hand-written document) gets one derived from its bytes
// (load_document), so the JSON loads anywhere and the same file always gives the same id.
#include <ostream>

#include "cli/cli.hpp"
#include "cli/document.hpp"
#include "core/json/json_codec.hpp"

namespace hindsight::cli {

int run_import(const Args& args, std::ostream& out, std::ostream& err) {
  ParsedArgs parsed;
  if (const auto done = parse_command(args,
                                      {"import",
                                       {},
                                       CommandSyntax::Operands::One,
                                       "one Markdown file (or - for standard input)"},
                                      parsed, out, err))
    return *done;
  const std::string& path = parsed.operands.front();
  Document document;
  if (!load_document(path, Format::Markdown, /*print_warnings=*/true, err, document)) {
    return kExitError;
  }
  const std::string json = core::save_json(*document.postmortem);
  out << json;
  if (json.empty() || json.back() != '\n') out << "\n";
  return kExitOk;
}

}  // namespace hindsight::cli
