// UTC time as Hindsight shows and stores it. Every moment is shown with its date (multi-day
// incidents are common) and marked UTC; storage uses ISO-8601.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

std::string format_iso8601(UtcSeconds t);       // "2024-01-15T14:23:00Z"
std::string format_display_time(UtcSeconds t);  // "2024-01-15 14:23 UTC"
std::string format_date(UtcSeconds t);          // "2024-01-15"
// "2024-01-15 14:23", or "2024-01-15 14:23:05" with seconds.
std::string format_date_time(UtcSeconds t, bool with_seconds);
std::optional<UtcSeconds> parse_iso8601(std::string_view text);  // accepts "...Z" and "...+hh:mm"
bool is_iso_date(std::string_view text);  // "YYYY-MM-DD" naming a real calendar day

}  // namespace hindsight::core
