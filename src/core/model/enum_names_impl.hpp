// Implementation detail of enum_names.hpp: loose matching of labels as people type them.
#pragma once

#include <string>

namespace hindsight::core {

// Lowercase ASCII letters and digits only, everything else dropped ("Won't Do" -> "wontdo"), and
// the whole word "and" dropped between two words ("Detection and Monitoring" and "Detection &
// Monitoring" -> "detectionmonitoring"); "Handover", "Andy" and a leading or trailing "and" keep
// theirs. Linear in the length of the text.
std::string fold_label(std::string_view text);

template <class E>
std::optional<E> from_label(std::string_view text) {
  const std::string wanted = fold_label(text);
  if (wanted.empty()) return std::nullopt;
  for (const auto& n : EnumTable<E>::names)
    if (fold_label(n.label) == wanted || fold_label(n.key) == wanted) return n.value;
  return std::nullopt;
}

}  // namespace hindsight::core
