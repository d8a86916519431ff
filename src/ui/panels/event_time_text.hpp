// A timeline event's moment as two cells people type: "YYYY-MM-DD" and "HH:MM" or "HH:MM:SS",
// shown in UTC or shifted into the viewer's zone. Parsing is strict: a value either names one
// moment exactly or comes back with the reason it does not.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model/postmortem.hpp"

namespace hindsight::ui {

struct EventTimeText {
  std::string date;  // "2024-01-15", or "" for an event without a time
  std::string time;  // "14:23" (seconds shown only when not zero: "14:23:05")
};

EventTimeText format_event_time(std::optional<core::UtcSeconds> at, int utc_offset_minutes);

struct ParsedEventTime {
  std::optional<core::UtcSeconds> at;  // nothing: the event has no time (both cells empty)
  std::string error;                   // set when the cells do not name a moment
};

// `fallback_date` ("YYYY-MM-DD" or "") stands in for an empty date cell when a time is given.
ParsedEventTime parse_event_time(std::string_view date, std::string_view time,
                                 std::string_view fallback_date, int utc_offset_minutes);

}  // namespace hindsight::ui
