// Markdown import: reads what export_markdown writes, and post-mortems people wrote by hand.
// Contract: never throws and never drops text. Sections it cannot map are kept as extra
// sections; whatever it had to guess is reported as a warning with the 1-based source line.
// Accepts CRLF and a UTF-8 BOM; text that is not valid UTF-8 is an error, not a guess.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/markdown/source_lines.hpp"
#include "core/model/postmortem.hpp"

namespace hindsight::core {

struct ImportWarning {
  int line = 0;  // 1-based line in the source
  std::string message;
  friend bool operator==(const ImportWarning&, const ImportWarning&) = default;
};

struct ImportResult {
  std::optional<PostMortem> postmortem;  // empty only when `error` is set
  std::string error;                     // why nothing could be imported (e.g. not UTF-8)
  std::vector<ImportWarning> warnings;
  // Where each field came from: JSON-pointer-style path ("/actions/2/owner",
  // "/what_happened") to the 1-based source line where its text starts.
  SourceLines source_lines;
};

// `file_name`: the name the document was read from, if any. A day it opens with
// ("2019-03-18-galaxy-downtime.md", "20220420_listener_failure.md", as blogs and post-mortem
// folders name their files) dates the document when its text names no day, or no year, of its
// own.
ImportResult import_markdown(std::string_view markdown, std::string_view file_name = {});

}  // namespace hindsight::core
