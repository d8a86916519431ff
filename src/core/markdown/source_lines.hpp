// Where each field of an imported post-mortem starts in the Markdown it was read from: a
// JSON-pointer-style path ("/actions/2/owner", "/what_happened") to a 1-based source line.
// Contract: the latest record of a path is the one that counts; read, the entries are sorted by
// path, one per path. Reading sorts in place: a record() invalidates iterators taken before it,
// and two threads may not read one SourceLines at once (unlike a std::map's const reads).
// Why records are only appended, and sorted when first read: an import records tens of thousands
// of paths and the app reads them only to place a warning (the command line and the tests read
// them all). A std::map paid a node and a rebalance per path on every import, and sorting on
// every import was as dear.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hindsight::core {

class SourceLines {
 public:
  using value_type = std::pair<std::string, int>;
  using const_iterator = std::vector<value_type>::const_iterator;

  // Records that `path` starts at `line`, replacing an earlier record of the same path.
  void record(std::string path, int line) {
    entries_.emplace_back(std::move(path), line);
    sorted_ = false;
  }

  // The entry of `path`, or end().
  const_iterator find(std::string_view path) const;
  std::size_t count(std::string_view path) const { return find(path) == end() ? 0 : 1; }
  // The line of `path`, if it was recorded.
  std::optional<int> line_of(std::string_view path) const;

  const_iterator begin() const {
    sort();
    return entries_.begin();
  }
  const_iterator end() const {
    sort();
    return entries_.end();
  }
  bool empty() const { return entries_.empty(); }
  std::size_t size() const {
    sort();
    return entries_.size();
  }

  friend bool operator==(const SourceLines& a, const SourceLines& b) {
    a.sort();
    b.sort();
    return a.entries_ == b.entries_;
  }

 private:
  // Sorts by path and keeps each path's latest record; once, after the last record.
  void sort() const;

  mutable std::vector<value_type> entries_;
  mutable bool sorted_ = true;
};

}  // namespace hindsight::core
