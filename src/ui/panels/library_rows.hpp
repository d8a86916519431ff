// The library table's rows: what each post-mortem shows in the list, filtered by a search text
// and sorted by a column. Kept apart from drawing so the order and the search are plain functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/library.hpp"
#include "storage/library_index.hpp"

namespace hindsight::ui {

enum class LibraryColumn { Title, Date, Severity, Status, Duration, OpenActions };

struct LibraryRow {
  storage::IndexEntry entry;  // what is listed: title, date, severity, status, counts
  std::string duration_text;  // "52 minutes", or "" when unknown
  bool reading = false;       // still being read from storage: listed, not yet openable
};

// The library's rows: its post-mortems and those still being read (`reading`, listed from their
// stored index entries). Rows whose title, date, severity, status, tags, services or people
// contain `search` (case-insensitive), sorted by `column` (descending when `descending`), ties
// by newest first.
std::vector<LibraryRow> library_rows(const core::Library& library,
                                     const std::vector<storage::IndexEntry>& reading,
                                     std::string_view search, LibraryColumn column,
                                     bool descending);

}  // namespace hindsight::ui
