// The library table's rows: what each post-mortem shows in the list, filtered by a search text
// and sorted by a column. Kept apart from drawing so the order and the search are plain functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/library.hpp"

namespace hindsight::ui {

enum class LibraryColumn { Title, Date, Severity, Status, Duration, OpenActions };

struct LibraryRow {
  const core::PostMortem* postmortem = nullptr;
  std::string date;                   // incident date, else the creation day
  std::optional<long long> duration;  // seconds, Detected -> Resolved
  std::string duration_text;          // "52 minutes", or "" when unknown
  int open_actions = 0;               // not Done and not Won't Do
  std::size_t severity_rank = 0;      // position in the post-mortem's scale (SEV-1 first)
};

// Rows whose title, date, severity, status, tags, services or people contain `search`
// (case-insensitive), sorted by `column` (descending when `descending`), ties by newest first.
std::vector<LibraryRow> library_rows(const core::Library& library, std::string_view search,
                                     LibraryColumn column, bool descending);

}  // namespace hindsight::ui
