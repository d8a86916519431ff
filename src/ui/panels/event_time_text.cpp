#include "ui/panels/event_time_text.hpp"

#include <cstdio>

#include "core/model/text.hpp"
#include "core/model/time_format.hpp"

namespace hindsight::ui {
namespace {

bool digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

// "HH:MM" or "HH:MM:SS" as seconds of the day; nothing if it is not one.
std::optional<int> parse_clock(std::string_view text) {
  if (text.size() != 5 && text.size() != 8) return std::nullopt;
  if (text[2] != ':' || (text.size() == 8 && text[5] != ':')) return std::nullopt;
  const std::string_view hh = text.substr(0, 2), mm = text.substr(3, 2),
                         ss = text.size() == 8 ? text.substr(6, 2) : std::string_view("00");
  if (!digits(hh) || !digits(mm) || !digits(ss)) return std::nullopt;
  const int h = std::stoi(std::string(hh)), m = std::stoi(std::string(mm)),
            s = std::stoi(std::string(ss));
  if (h > 23 || m > 59 || s > 59) return std::nullopt;
  return h * 3600 + m * 60 + s;
}

}  // namespace

EventTimeText format_event_time(std::optional<core::UtcSeconds> at, int utc_offset_minutes) {
  if (!at) return {};
  const core::UtcSeconds shown = *at + std::chrono::minutes(utc_offset_minutes);
  const std::string iso = core::format_iso8601(shown);  // "2024-01-15T14:23:05Z"
  EventTimeText text{iso.substr(0, 10), iso.substr(11, 8)};
  if (text.time.substr(5) == ":00") text.time.resize(5);
  return text;
}

ParsedEventTime parse_event_time(std::string_view date, std::string_view time,
                                 std::string_view fallback_date, int utc_offset_minutes) {
  date = core::trim(date);
  time = core::trim(time);
  if (date.empty() && time.empty()) return {};
  if (time.empty()) return {std::nullopt, "Add a time: HH:MM, e.g. 14:23"};
  const std::optional<int> clock = parse_clock(time);
  if (!clock) return {std::nullopt, "Not a time: use HH:MM or HH:MM:SS (24-hour), e.g. 14:23"};
  if (date.empty()) date = fallback_date;
  if (date.empty()) return {std::nullopt, "Add a date: YYYY-MM-DD, e.g. 2024-01-15"};
  // Midnight of that day through the core's strict ISO-8601 reader, which rejects 2024-02-30.
  const std::optional<core::UtcSeconds> day = core::parse_iso8601(std::string(date) + "T00:00:00Z");
  if (!day || date.size() != 10)
    return {std::nullopt, "Not a date: use YYYY-MM-DD, e.g. 2024-01-15"};
  return {*day + std::chrono::seconds(*clock) - std::chrono::minutes(utc_offset_minutes), {}};
}

}  // namespace hindsight::ui
