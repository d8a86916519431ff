// Where a lint finding is in the file the user gave: the 1-based line `hindsight lint` prints.
// Owns: turning a finding's field path and byte offset into a line of the Markdown source. The
// field starts at its ImportResult::source_lines line (else its nearest enclosing field's); a
// line break before the finding inside the field moves it one line down, unless the break was a
// `<br>` in the source (a table cell or a list entry keeps its breaks on one line); when the
// importer moved some of the field's lines elsewhere (a log in a summary's prose), the finding's
// own words, looked for below, say how far down it is. JSON files
// give no lines: every finding is on line 1.
// Never: reads files or prints. Each field's text is walked once, whatever the number of
// findings in it, so a large file with many findings takes time linear in its size.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "cli/document.hpp"
#include "core/lint/lint.hpp"
#include "core/model/postmortem.hpp"

namespace hindsight::cli {

class FindingLines {
 public:
  explicit FindingLines(const Document& document);  // `document` must outlive this

  int line_of(const core::Finding& finding);

 private:
  // The line breaks of one field: where each is in the field's text, and how many source lines
  // below the field's first line the text after it is.
  struct Breaks {
    std::string text;  // the field's text
    std::vector<std::size_t> offsets;
    std::vector<int> lines_down;
  };
  const Breaks& breaks_of(const std::string& path, int first_line);
  int found_below(const std::string& field_text, std::size_t offset, int line) const;

  const Document& document_;
  core::Json json_;
  std::vector<std::size_t> line_starts_;  // offset of each source line in document_.text
  std::map<std::string, Breaks> breaks_;
};

}  // namespace hindsight::cli
