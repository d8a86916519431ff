// Reading a post-mortem from Markdown or JSON and reporting what went wrong where.
// Contract: see document.hpp; the importer and the JSON codec decide what is valid, this file only
// routes their verdicts to the user's terminal.
#include "cli/document.hpp"

#include <algorithm>
#include <cctype>
#include <ostream>

#include "cli/cli.hpp"
#include "core/json/json_codec.hpp"
#include "core/markdown/markdown_import.hpp"
#include "core/model/library.hpp"

namespace hindsight::cli {

bool is_json_path(const std::string& path) {
  constexpr std::string_view kSuffix = ".json";
  if (path.size() < kSuffix.size()) return false;
  return std::equal(
      kSuffix.begin(), kSuffix.end(), path.end() - kSuffix.size(),
      [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); });
}

bool load_document(const std::string& path, Format format, bool print_warnings, std::ostream& err,
                   Document& document) {
  FileText file = read_file(path);
  if (!file.text) {
    err << path << ": error: cannot read: " << file.error << "\n";
    return false;
  }
  document.text = std::move(*file.text);

  const bool json = format == Format::Json || (format == Format::ByExtension && is_json_path(path));
  if (json) {
    core::LoadResult loaded = core::load_json(document.text);
    for (const core::ValidationError& error : loaded.errors) {
      err << path << ": ";
      if (!error.path.empty()) err << error.path << ": ";
      err << error.reason << "\n";
    }
    if (!loaded.postmortem) return false;
    document.postmortem = std::move(loaded.postmortem);
    return true;
  }

  core::ImportResult imported = core::import_markdown(document.text, path);
  if (!imported.error.empty() || !imported.postmortem) {
    err << path
        << ": error: " << (imported.error.empty() ? "nothing could be imported" : imported.error)
        << "\n";
    return false;
  }
  document.had_warnings = !imported.warnings.empty();
  if (print_warnings) {
    for (const core::ImportWarning& warning : imported.warnings) {
      err << path << ":" << std::max(warning.line, 1) << ": warning: " << warning.message << "\n";
    }
  }
  document.postmortem = std::move(imported.postmortem);
  document.source_lines = std::move(imported.source_lines);
  if (document.postmortem->id.empty())
    document.postmortem->id = core::content_postmortem_id(document.text);
  return true;
}

}  // namespace hindsight::cli
