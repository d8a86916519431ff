#include "core/markdown/source_lines.hpp"

#include <algorithm>

namespace hindsight::core {

void SourceLines::sort() const {
  if (sorted_) return;
  // Stable: of equal paths the latest record stays last, and is the one kept.
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const value_type& a, const value_type& b) { return a.first < b.first; });
  std::size_t kept = 0;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (i + 1 < entries_.size() && entries_[i + 1].first == entries_[i].first) continue;
    if (kept != i) entries_[kept] = std::move(entries_[i]);
    ++kept;
  }
  entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(kept), entries_.end());
  sorted_ = true;
}

SourceLines::const_iterator SourceLines::find(std::string_view path) const {
  sort();
  const auto it = std::lower_bound(
      entries_.begin(), entries_.end(), path,
      [](const value_type& entry, std::string_view key) { return entry.first < key; });
  return it != entries_.end() && it->first == path ? it : end();
}

std::optional<int> SourceLines::line_of(std::string_view path) const {
  const auto it = find(path);
  if (it == end()) return std::nullopt;
  return it->second;
}

}  // namespace hindsight::core
