// UTF-8: validity, as both codecs check it (overlong forms, surrogates and code points above
// U+10FFFF are not valid), and reading and writing one code point.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hindsight::core {

// The offset of the first byte that is not part of a well-formed sequence, or npos.
std::size_t invalid_utf8_offset(std::string_view text);

inline bool is_valid_utf8(std::string_view text) {
  return invalid_utf8_offset(text) == std::string_view::npos;
}

// The code point whose sequence starts at `text[at]` and the sequence's length; the length is 0
// when the bytes there are not a well-formed sequence.
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;
};
CodePoint code_point_at(std::string_view text, std::size_t at);

// Appends `code_point` as UTF-8; one that cannot be written (0, a surrogate, above U+10FFFF)
// becomes U+FFFD.
void append_utf8(std::string& out, char32_t code_point);

}  // namespace hindsight::core
