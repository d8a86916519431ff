// Strings across the boundary with the JavaScript halves of the web platform: C++ passes
// (pointer, length) pairs, and JavaScript returns strings it allocated with malloc, which C++
// copies and frees.
#pragma once

#include <cstdlib>
#include <string>
#include <string_view>

namespace hindsight::platform {

inline int length_of(std::string_view text) { return static_cast<int>(text.size()); }

// Copies a string JavaScript allocated (stringToNewUTF8) and frees it; null reads as "".
inline std::string take_string(char* allocated) {
  std::string copy = allocated ? allocated : "";
  std::free(allocated);
  return copy;
}

// The same for `length` bytes JavaScript allocated, which may hold NULs.
inline std::string take_bytes(char* allocated, int length) {
  std::string copy = allocated ? std::string(allocated, static_cast<std::size_t>(length)) : "";
  std::free(allocated);
  return copy;
}

}  // namespace hindsight::platform
