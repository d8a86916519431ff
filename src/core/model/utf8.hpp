// UTF-8 validity, as both codecs check it: overlong forms, surrogates and code points above
// U+10FFFF are not valid.
#pragma once

#include <cstddef>
#include <string_view>

namespace hindsight::core {

// The offset of the first byte that is not part of a well-formed sequence, or npos.
std::size_t invalid_utf8_offset(std::string_view text);

inline bool is_valid_utf8(std::string_view text) {
  return invalid_utf8_offset(text) == std::string_view::npos;
}

}  // namespace hindsight::core
