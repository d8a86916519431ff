#include "core/model/time_format.hpp"

#include <date/date.h>

#include <cstdio>

namespace hindsight::core {
namespace {

// A UTC moment taken apart with date's calendar arithmetic. Why not date::format and date::parse:
// they go through iostreams and locales, which would add about 140 KB to the WebAssembly build
// for four fixed layouts.
struct CivilTime {
  int year = 0;
  unsigned month = 0, day = 0;
  long long hour = 0, minute = 0, second = 0;
};

CivilTime civil(UtcSeconds t) {
  const auto day = date::floor<date::days>(t);
  const date::year_month_day ymd{day};
  const long long seconds = (t - day).count();
  return {static_cast<int>(ymd.year()),
          static_cast<unsigned>(ymd.month()),
          static_cast<unsigned>(ymd.day()),
          seconds / 3600,
          seconds / 60 % 60,
          seconds % 60};
}

// "YYYY-MM-DDTHH:MM:SS" followed by "Z" or "+hh:mm"/"-hh:mm".
bool has_iso8601_shape(std::string_view text) {
  constexpr std::string_view kShape = "dddd-dd-ddTdd:dd:dd";
  if (text.size() < kShape.size() + 1) return false;
  for (std::size_t i = 0; i < kShape.size(); ++i) {
    const bool digit = text[i] >= '0' && text[i] <= '9';
    if (kShape[i] == 'd' ? !digit : text[i] != kShape[i]) return false;
  }
  const std::string_view zone = text.substr(kShape.size());
  if (zone == "Z") return true;
  return zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':' &&
         zone[1] >= '0' && zone[1] <= '9' && zone[2] >= '0' && zone[2] <= '9' && zone[4] >= '0' &&
         zone[4] <= '9' && zone[5] >= '0' && zone[5] <= '9';
}

int number(std::string_view text, std::size_t at, std::size_t length) {
  int value = 0;
  for (std::size_t i = at; i < at + length; ++i) value = value * 10 + (text[i] - '0');
  return value;
}

}  // namespace

std::string format_iso8601(UtcSeconds t) {
  const CivilTime c = civil(t);
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02u-%02uT%02lld:%02lld:%02lldZ", c.year, c.month, c.day,
                c.hour, c.minute, c.second);
  return out;
}

std::string format_display_time(UtcSeconds t) { return format_date_time(t, false) + " UTC"; }

std::string format_date(UtcSeconds t) {
  const CivilTime c = civil(t);
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", c.year, c.month, c.day);
  return out;
}

std::string format_date_time(UtcSeconds t, bool with_seconds) {
  const CivilTime c = civil(t);
  char out[32];
  if (with_seconds)
    std::snprintf(out, sizeof out, "%04d-%02u-%02u %02lld:%02lld:%02lld", c.year, c.month, c.day,
                  c.hour, c.minute, c.second);
  else
    std::snprintf(out, sizeof out, "%04d-%02u-%02u %02lld:%02lld", c.year, c.month, c.day, c.hour,
                  c.minute);
  return out;
}

std::optional<UtcSeconds> parse_iso8601(std::string_view text) {
  if (!has_iso8601_shape(text)) return std::nullopt;
  const date::year_month_day ymd{date::year{number(text, 0, 4)},
                                 date::month{static_cast<unsigned>(number(text, 5, 2))},
                                 date::day{static_cast<unsigned>(number(text, 8, 2))}};
  const int hour = number(text, 11, 2), minute = number(text, 14, 2), second = number(text, 17, 2);
  if (!ymd.ok() || hour > 23 || minute > 59 || second > 59) return std::nullopt;
  int offset_minutes = 0;
  if (text[19] != 'Z') {
    const int hh = number(text, 20, 2), mm = number(text, 23, 2);
    if (hh > 23 || mm > 59) return std::nullopt;
    offset_minutes = (text[19] == '-' ? -1 : 1) * (hh * 60 + mm);
  }
  return UtcSeconds{date::sys_days{ymd}} + std::chrono::hours(hour) +
         std::chrono::minutes(minute - offset_minutes) + std::chrono::seconds(second);
}

bool is_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) return false;
  const date::year_month_day day{date::year{number(text, 0, 4)},
                                 date::month{static_cast<unsigned>(number(text, 5, 2))},
                                 date::day{static_cast<unsigned>(number(text, 8, 2))}};
  return day.ok();
}

}  // namespace hindsight::core
