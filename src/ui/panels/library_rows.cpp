#include "ui/panels/library_rows.hpp"

#include <algorithm>

#include "core/model/enum_names.hpp"
#include "core/model/text.hpp"
#include "core/model/time_format.hpp"
#include "core/timeline/timeline_metrics.hpp"

namespace hindsight::ui {
namespace {

bool contains_ci(std::string_view haystack, const std::string& needle_lower) {
  return core::lowercase_ascii(haystack).find(needle_lower) != std::string::npos;
}

bool matches(const LibraryRow& row, const std::string& needle) {
  if (needle.empty()) return true;
  const core::PostMortem& pm = *row.postmortem;
  const core::Incident& incident = pm.incident;
  if (contains_ci(incident.title, needle) || contains_ci(row.date, needle) ||
      contains_ci(incident.severity, needle) ||
      contains_ci(core::label_of(incident.status), needle) ||
      contains_ci(incident.author, needle) || contains_ci(incident.facilitator, needle))
    return true;
  for (const auto* list : {&incident.tags, &incident.services, &incident.attendees})
    for (const std::string& entry : *list)
      if (contains_ci(entry, needle)) return true;
  return false;
}

LibraryRow make_row(const core::PostMortem& pm) {
  LibraryRow row;
  row.postmortem = &pm;
  row.date = !pm.incident.date.empty() ? pm.incident.date
                                       : core::format_iso8601(pm.created_at).substr(0, 10);
  if (auto duration = core::incident_duration(pm.timeline)) {
    row.duration = duration->count();
    row.duration_text = core::format_duration(*duration);
  }
  for (const core::ActionItem& action : pm.actions)
    if (action.status != core::ActionStatus::Done && action.status != core::ActionStatus::WontDo)
      ++row.open_actions;
  row.severity_rank = pm.severity_scale.size();
  for (std::size_t i = 0; i < pm.severity_scale.size(); ++i)
    if (pm.severity_scale[i].name == pm.incident.severity) row.severity_rank = i;
  return row;
}

// Negative when a sorts before b in ascending order.
int compare(const LibraryRow& a, const LibraryRow& b, LibraryColumn column) {
  auto three_way = [](const auto& x, const auto& y) { return x < y ? -1 : (y < x ? 1 : 0); };
  switch (column) {
    case LibraryColumn::Title:
      return three_way(core::lowercase_ascii(a.postmortem->incident.title),
                       core::lowercase_ascii(b.postmortem->incident.title));
    case LibraryColumn::Date:
      return three_way(a.date, b.date);
    case LibraryColumn::Severity:
      return three_way(a.severity_rank, b.severity_rank);
    case LibraryColumn::Status:
      return three_way(a.postmortem->incident.status, b.postmortem->incident.status);
    case LibraryColumn::Duration:
      if (a.duration.has_value() != b.duration.has_value()) return a.duration ? -1 : 1;
      return three_way(a.duration.value_or(0), b.duration.value_or(0));
    case LibraryColumn::OpenActions:
      return three_way(a.open_actions, b.open_actions);
  }
  return 0;
}

}  // namespace

std::vector<LibraryRow> library_rows(const core::Library& library, std::string_view search,
                                     LibraryColumn column, bool descending) {
  const std::string needle = core::lowercase_ascii(core::trim(search));
  std::vector<LibraryRow> rows;
  for (const core::PostMortem* pm : core::newest_first(library)) {
    LibraryRow row = make_row(*pm);
    if (matches(row, needle)) rows.push_back(std::move(row));
  }
  // Stable: rows that compare equal keep the newest-first order they arrived in.
  std::stable_sort(rows.begin(), rows.end(), [&](const LibraryRow& a, const LibraryRow& b) {
    const int order = compare(a, b, column);
    return descending ? order > 0 : order < 0;
  });
  return rows;
}

}  // namespace hindsight::ui
