#include "ui/panels/due_text.hpp"

#include <algorithm>
#include <string>

#include "core/model/text.hpp"
#include "core/model/time_format.hpp"

namespace hindsight::ui {

DueKind classify_due(std::string_view typed) {
  const std::string_view text = core::trim(typed);
  if (text.empty()) return DueKind::Empty;
  // Digits and date separators only: the user meant a date, so it has to be a real day.
  const bool numeric = std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '/' || c == '.';
  });
  if (!numeric) return DueKind::Words;
  // The day is checked by the core's ISO-8601 reader, at midnight UTC.
  const bool day =
      text.size() == 10 && core::parse_iso8601(std::string(text) + "T00:00:00Z").has_value();
  return day ? DueKind::Day : DueKind::NotADay;
}

}  // namespace hindsight::ui
