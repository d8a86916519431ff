#include "core/model/enum_names.hpp"

namespace hindsight::core {

std::string fold_label(std::string_view text) {
  std::string folded;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) folded += c;
  }
  // "and" only between words: "Detection and Monitoring" matches "Detection & Monitoring".
  for (std::size_t at;
       (at = folded.find("and")) != std::string::npos && at > 0 && at + 3 < folded.size();)
    folded.erase(at, 3);
  return folded;
}

}  // namespace hindsight::core
