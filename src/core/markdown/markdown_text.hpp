// Text helpers shared by the Markdown export and import: escaping plain text so Markdown reads
// it back unchanged, and the file-name slug.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/text.hpp"

namespace hindsight::core {

// Plain text as inline Markdown that md4c reads back as the same text: Markdown punctuation is
// backslash-escaped, a leading list or heading marker is neutralised, and line breaks become
// "<br>" (so the text can live in a table cell or a one-line paragraph).
std::string escape_inline(std::string_view text);

// A blank line or a thematic break ("---", "* * *"): what the importer trims from the end of a
// section's text, since the export puts a "---" before every section.
bool is_rule_or_blank(std::string_view line);

// Prose that would not read back as itself where the export puts it (a heading that would end
// its section, a fence left open, spaces at a line end, ...) is written as a fenced block with
// this info string, and the importer takes the block's lines back byte for byte.
inline constexpr std::string_view kVerbatimInfo = "verbatim";

// `text` in a fence of backticks longer than any run of backticks inside it.
std::string verbatim_block(std::string_view text);

// The text of the verbatim block that `lines` are, exactly: its opening fence first, its closing
// fence last (blank lines around them allowed). Nothing when the lines are anything else.
std::optional<std::string> read_verbatim(const std::vector<std::string_view>& lines);

// `text` without empty HTML anchors: "Description <a href="#description" id="description"></a>",
// the anchor a documentation site (GitBook) writes into a heading, is "Description"; so is
// "# (https://docs.example.org/page.html#description)Description", its permalink before the
// words ("[#](...)", "[¶](...)" or "[§](...)" linking to the heading itself).
std::string without_empty_anchors(std::string_view text);

// Lowercase ASCII words joined by '-', at most `max_length` bytes, cut at a word boundary.
std::string slugify(std::string_view text, std::size_t max_length);

}  // namespace hindsight::core
