#include "ui/panels/library_rows.hpp"

#include <algorithm>

#include "core/model/enum_names.hpp"
#include "core/model/text.hpp"
#include "core/timeline/timeline_metrics.hpp"

namespace hindsight::ui {
namespace {

bool contains_ci(std::string_view haystack, const std::string& needle_lower) {
  return core::lowercase_ascii(haystack).find(needle_lower) != std::string::npos;
}

bool matches(const storage::IndexEntry& entry, const std::string& needle) {
  if (needle.empty()) return true;
  return contains_ci(entry.title, needle) || contains_ci(entry.date, needle) ||
         contains_ci(entry.severity, needle) ||
         contains_ci(core::label_of(entry.status), needle) ||
         entry.search_words.find(needle) != std::string::npos;
}

LibraryRow make_row(storage::IndexEntry entry, bool reading) {
  LibraryRow row;
  if (entry.duration_seconds)
    row.duration_text = core::format_duration(std::chrono::seconds(*entry.duration_seconds));
  row.entry = std::move(entry);
  row.reading = reading;
  return row;
}

// Negative when a sorts before b in ascending order.
int compare(const LibraryRow& a, const LibraryRow& b, LibraryColumn column) {
  auto three_way = [](const auto& x, const auto& y) { return x < y ? -1 : (y < x ? 1 : 0); };
  const storage::IndexEntry& x = a.entry;
  const storage::IndexEntry& y = b.entry;
  switch (column) {
    case LibraryColumn::Title:
      return three_way(core::lowercase_ascii(x.title), core::lowercase_ascii(y.title));
    case LibraryColumn::Date:
      return three_way(x.date, y.date);
    case LibraryColumn::Severity:
      return three_way(x.severity_rank, y.severity_rank);
    case LibraryColumn::Status:
      return three_way(x.status, y.status);
    case LibraryColumn::Duration:
      if (x.duration_seconds.has_value() != y.duration_seconds.has_value())
        return x.duration_seconds ? -1 : 1;
      return three_way(x.duration_seconds.value_or(0), y.duration_seconds.value_or(0));
    case LibraryColumn::OpenActions:
      return three_way(x.open_actions, y.open_actions);
  }
  return 0;
}

bool newer(const LibraryRow& a, const LibraryRow& b) {
  return core::listed_before(a.entry.created_at, a.entry.title, a.entry.id, b.entry.created_at,
                             b.entry.title, b.entry.id);
}

}  // namespace

std::vector<LibraryRow> library_rows(const core::Library& library,
                                     const std::vector<storage::IndexEntry>& reading,
                                     std::string_view search, LibraryColumn column,
                                     bool descending) {
  const std::string needle = core::lowercase_ascii(core::trim(search));
  std::vector<LibraryRow> rows;
  rows.reserve(library.postmortems.size() + reading.size());
  for (const core::PostMortem& pm : library.postmortems) {
    storage::IndexEntry entry = storage::index_entry_of(pm);
    if (matches(entry, needle)) rows.push_back(make_row(std::move(entry), false));
  }
  for (const storage::IndexEntry& entry : reading)
    if (matches(entry, needle)) rows.push_back(make_row(entry, true));
  std::sort(rows.begin(), rows.end(), newer);
  // Stable: rows that compare equal keep the newest-first order.
  std::stable_sort(rows.begin(), rows.end(), [&](const LibraryRow& a, const LibraryRow& b) {
    const int order = compare(a, b, column);
    return descending ? order > 0 : order < 0;
  });
  return rows;
}

}  // namespace hindsight::ui
