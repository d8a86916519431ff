// Text helpers shared by the Markdown export and import: escaping plain text so Markdown reads
// it back unchanged, and the file-name slug.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model/text.hpp"

namespace hindsight::core {

// Plain text as inline Markdown that md4c reads back as the same text: Markdown punctuation is
// backslash-escaped, a leading list or heading marker is neutralised, and line breaks become
// "<br>" (so the text can live in a table cell or a one-line paragraph).
std::string escape_inline(std::string_view text);

// Lowercase ASCII words joined by '-', at most `max_length` bytes, cut at a word boundary.
std::string slugify(std::string_view text, std::size_t max_length);

}  // namespace hindsight::core
