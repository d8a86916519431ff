// A post-mortem read from a file the user named: Markdown (the default) or JSON (".json").
// Contract: on failure, every reason has already been printed to `err` in the command line's
// formats ("FILE: error: REASON" for unreadable input, "FILE: PATH: REASON" for JSON validation);
// import warnings are printed as "FILE:LINE: warning: MESSAGE" only when asked.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "core/markdown/source_lines.hpp"
#include "core/model/postmortem.hpp"

namespace hindsight::cli {

struct Document {
  std::string text;                            // the file's bytes
  std::optional<core::PostMortem> postmortem;  // set when it was read
  core::SourceLines source_lines;              // from the Markdown importer; empty for JSON
  bool had_warnings = false;
};

bool is_json_path(const std::string& path);

enum class Format { ByExtension, Markdown, Json };

// Reads and parses `path`. Returns false when nothing could be read (the file, its encoding, or
// its JSON). Markdown that names no id (a hand-written document) gets core::content_postmortem_id
// of its bytes, as the app gives it when it opens the file, so every command sees the same id.
bool load_document(const std::string& path, Format format, bool print_warnings, std::ostream& err,
                   Document& document);

}  // namespace hindsight::cli
