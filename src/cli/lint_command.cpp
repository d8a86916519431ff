// `hindsight lint FILE...`: the workflow's checks, run on post-mortems from the command line.
// Contract:
//   - Each FILE is Markdown, or Hindsight's JSON when it ends in ".json"; a directory stands for
//     the *.md files directly inside it, sorted by name.
//   - Every finding, in line order, prints as "FILE:LINE: RULE: MESSAGE" on stdout, its suggestion
//   (if any) on
//     the next line indented by four spaces. LINE is where the finding's field starts in the
//     Markdown (ImportResult::source_lines, else its nearest enclosing field) plus the newlines
//     before the finding inside that field; 1 when the file gives no lines (JSON).
//   - Exit 1 if there is any finding, 0 if none, 2 if any input could not be read (the others
//     are still linted).
#include <algorithm>
#include <ostream>

#include "cli/cli.hpp"
#include "cli/document.hpp"
#include "core/json/json_codec.hpp"
#include "core/lint/lint.hpp"

namespace hindsight::cli {
namespace {

// The text of the string field at `path` in `json`, or nothing.
std::optional<std::string> field_text(const core::Json& json, const std::string& path) {
  try {
    const core::Json::json_pointer pointer(path);
    if (!json.contains(pointer)) return std::nullopt;
    const core::Json& value = json.at(pointer);
    if (!value.is_string()) return std::nullopt;
    return value.get<std::string>();
  } catch (const core::Json::exception&) {
    return std::nullopt;
  }
}

int finding_line(const Document& document, const core::Json& json, const core::Finding& finding) {
  std::string path = finding.path;
  while (true) {
    const auto known = document.source_lines.find(path);
    if (known != document.source_lines.end()) {
      int line = known->second;
      if (path == finding.path) {
        if (const std::optional<std::string> text = field_text(json, path)) {
          const std::size_t end = std::min(finding.offset, text->size());
          line += static_cast<int>(std::count(text->begin(), text->begin() + end, '\n'));
        }
      }
      return std::max(line, 1);
    }
    const std::size_t slash = path.rfind('/');
    if (path.empty() || slash == std::string::npos) return 1;
    path.erase(slash);
  }
}

}  // namespace

int run_lint(const Args& args, std::ostream& out, std::ostream& err) {
  ParsedArgs parsed;
  if (!parse_args(args, {"-h", "--help"}, parsed, err)) return kExitError;
  if (has_option(parsed, "-h") || has_option(parsed, "--help")) {
    print_usage(out);
    return kExitOk;
  }
  if (parsed.operands.empty()) {
    err << "hindsight lint: expected at least one file or directory\n";
    return kExitError;
  }

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
    const core::Json json = core::to_json(*document.postmortem);
    // In file order, as an editor or a CI log reader walks them; ties keep the lint's order.
    std::vector<std::pair<int, const core::Finding*>> located;
    for (const core::Finding& finding : findings)
      located.emplace_back(finding_line(document, json, finding), &finding);
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
