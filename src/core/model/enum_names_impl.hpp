// Implementation detail of enum_names.hpp: loose matching of labels as people type them.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace hindsight::core {

// Lowercase ASCII letters and digits only, everything else dropped ("Won't Do" -> "wontdo"), and
// the whole word "and" dropped between two words ("Detection and Monitoring" and "Detection &
// Monitoring" -> "detectionmonitoring"); "Handover", "Andy" and a leading or trailing "and" keep
// theirs. Linear in the length of the text.
std::string fold_label(std::string_view text);

template <class E>
std::optional<E> from_folded_label(std::string_view wanted) {
  // The table's labels and keys, folded once: an import reads a label per table cell.
  static const std::vector<std::pair<std::string, E>> folded = [] {
    std::vector<std::pair<std::string, E>> names;
    for (const auto& n : EnumTable<E>::names) {
      names.emplace_back(fold_label(n.label), n.value);
      names.emplace_back(fold_label(n.key), n.value);
    }
    return names;
  }();
  if (wanted.empty()) return std::nullopt;
  for (const auto& [name, value] : folded)
    if (name == wanted) return value;
  return std::nullopt;
}

template <class E>
std::optional<E> from_label(std::string_view text) {
  return from_folded_label<E>(fold_label(text));
}

}  // namespace hindsight::core
