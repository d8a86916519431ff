// Text helpers shared by the Markdown export and import: escaping plain text so Markdown reads
// it back unchanged, the file-name slug, and small string utilities.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hindsight::core {

// Plain text as inline Markdown that md4c reads back as the same text: Markdown punctuation is
// backslash-escaped, a leading list or heading marker is neutralised, and line breaks become
// "<br>" (so the text can live in a table cell or a one-line paragraph).
std::string escape_inline(std::string_view text);

// Lowercase ASCII words joined by '-', at most `max_length` bytes, cut at a word boundary.
std::string slugify(std::string_view text, std::size_t max_length);

std::string_view trim(std::string_view text);
std::vector<std::string_view> split_lines(std::string_view text);  // on '\n'; keeps empty lines
std::string lowercase_ascii(std::string_view text);
bool starts_with_ci(std::string_view text, std::string_view prefix);

}  // namespace hindsight::core
