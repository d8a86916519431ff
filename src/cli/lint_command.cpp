// `hindsight lint FILE...`: the workflow's checks, run on post-mortems from the command line.
// Contract:
//   - Each FILE is Markdown, or Hindsight's JSON when it ends in ".json"; a directory stands for
//     the *.md files directly inside it, sorted by name.
//   - Every finding, in line order, prints as "FILE:LINE: RULE: MESSAGE" on stdout, its suggestion
//     (if any) on the next line indented by four spaces. LINE is the finding's line in the
//     Markdown (finding_lines.hpp); 1 when the file gives no lines (JSON).
//   - Exit 1 if there is any finding, 0 if none, 2 if any input could not be read (the others
//     are still linted).
#include <algorithm>
#include <ostream>

#include "cli/cli.hpp"
#include "cli/document.hpp"
#include "cli/finding_lines.hpp"
#include "core/lint/lint.hpp"

namespace hindsight::cli {

int run_lint(const Args& args, std::ostream& out, std::ostream& err) {
  ParsedArgs parsed;
  if (const auto done = parse_command(
          args, {"lint", {}, CommandSyntax::Operands::AtLeastOne, "at least one file or directory"},
          parsed, out, err))
    return *done;

  bool failed = false;
  bool found = false;
  for (const std::string& path : expand_paths(parsed.operands, err, failed)) {
    Document document;
    if (!load_document(path, Format::ByExtension, /*print_warnings=*/false, err, document)) {
      failed = true;
      continue;
    }
    const std::vector<core::Finding> findings = core::lint(*document.postmortem);
    if (findings.empty()) continue;
    found = true;
    FindingLines lines(document);
    // In file order, as an editor or a CI log reader walks them; ties keep the lint's order.
    std::vector<std::pair<int, const core::Finding*>> located;
    for (const core::Finding& finding : findings)
      located.emplace_back(lines.line_of(finding), &finding);
    std::stable_sort(located.begin(), located.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [line, finding] : located) {
      out << path << ":" << line << ": " << finding->rule << ": " << finding->message << "\n";
      if (!finding->suggestion.empty()) out << "    " << finding->suggestion << "\n";
    }
  }
  if (failed) return kExitError;
  return found ? kExitFound : kExitOk;
}

}  // namespace hindsight::cli
