#include "core/timeline/loose_time.hpp"

#include <date/date.h>

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/model/text.hpp"

namespace hindsight::core {
namespace {

constexpr std::array<std::string_view, 12> kMonths{"january",   "february", "march",    "april",
                                                   "may",       "june",     "july",     "august",
                                                   "september", "october",  "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};

// Zone abbreviations people write after a time. Hindsight cannot know their offsets reliably
// (daylight saving, ambiguity), so the importer reads them as UTC and warns.
constexpr std::array<std::string_view, 24> kOtherZones{
    "PST", "PDT", "MST",  "MDT", "CST",  "CDT", "EST",  "EDT", "AKST", "AKDT", "HST",  "BST",
    "IST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "JST", "KST",  "AEST", "AEDT", "NZST"};

bool digit(char c) { return c >= '0' && c <= '9'; }
bool alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads 1..max digits; returns how many were read.
std::size_t read_number(std::string_view text, std::size_t at, std::size_t max, int& value) {
  std::size_t n = 0;
  value = 0;
  while (at + n < text.size() && n < max && digit(text[at + n]))
    value = value * 10 + (text[at + n++] - '0');
  if (at + n < text.size() && digit(text[at + n])) return 0;  // longer number than expected
  return n;
}

std::size_t skip_spaces(std::string_view text, std::size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  return at;
}

// A month name or its 3+ letter abbreviation ("Jan", "Sept."), as 1..12; 0 when none.
int read_month(std::string_view text, std::size_t at, std::size_t& end) {
  std::size_t n = 0;
  while (at + n < text.size() && alpha(text[at + n])) ++n;
  if (n < 3) return 0;
  const std::string word = lowercase_ascii(text.substr(at, n));
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (kMonths[m].substr(0, word.size()) == word && word.size() >= 3) {
      end = at + n;
      if (end < text.size() && text[end] == '.') ++end;
      return static_cast<int>(m + 1);
    }
  }
  return 0;
}

std::size_t skip_weekday(std::string_view text, std::size_t at) {
  std::size_t n = 0;
  while (at + n < text.size() && alpha(text[at + n])) ++n;
  if (n < 3) return at;
  const std::string word = lowercase_ascii(text.substr(at, n));
  for (auto day : kWeekdays) {
    if (day.substr(0, word.size()) == word) {
      std::size_t end = at + n;
      if (end < text.size() && (text[end] == ',' || text[end] == '.')) ++end;
      return skip_spaces(text, end);
    }
  }
  return at;
}

bool valid(const LooseDate& d) {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return false;
  if (d.year == 0) return d.day <= 31;
  return date::year_month_day{date::year{d.year}, date::month{static_cast<unsigned>(d.month)},
                              date::day{static_cast<unsigned>(d.day)}}
      .ok();
}

std::optional<LooseDate> read_numeric_date(std::string_view text, std::size_t at) {
  LooseDate d;
  std::size_t n = read_number(text, at, 4, d.year);
  if (n != 4 || at + n >= text.size() || (text[at + n] != '-' && text[at + n] != '/')) return {};
  const char sep = text[at + n];
  std::size_t pos = at + n + 1;
  if ((n = read_number(text, pos, 2, d.month)) == 0 || pos + n >= text.size() ||
      text[pos + n] != sep)
    return {};
  pos += n + 1;
  if ((n = read_number(text, pos, 2, d.day)) == 0) return {};
  d.length = pos + n;
  if (!valid(d)) return {};
  return d;
}

// "January 15, 2024", "Jan 15 2024", "Jan 20", "15 January 2024".
std::optional<LooseDate> read_word_date(std::string_view text, std::size_t at) {
  LooseDate d;
  std::size_t end = 0, n = 0;
  if ((d.month = read_month(text, at, end)) != 0) {
    std::size_t pos = skip_spaces(text, end);
    if ((n = read_number(text, pos, 2, d.day)) == 0) return {};
    pos += n;
    for (auto suffix : {"st", "nd", "rd", "th"})
      if (text.substr(pos, 2) == suffix) pos += 2;
    d.length = pos;
    std::size_t year_at = pos;
    if (year_at < text.size() && text[year_at] == ',') ++year_at;
    year_at = skip_spaces(text, year_at);
    int year = 0;
    if (read_number(text, year_at, 4, year) == 4) {
      d.year = year;
      d.length = year_at + 4;
    }
  } else {
    if ((n = read_number(text, at, 2, d.day)) == 0) return {};
    std::size_t pos = skip_spaces(text, at + n);
    if ((d.month = read_month(text, pos, end)) == 0) return {};
    d.length = end;
    pos = skip_spaces(text, end);
    int year = 0;
    if (read_number(text, pos, 4, year) == 4) {
      d.year = year;
      d.length = pos + 4;
    }
  }
  if (!valid(d)) return {};
  return d;
}

// "14:23", "14:23:05", "2:23 PM", "2:23pm".
bool read_clock(std::string_view text, std::size_t at, int& seconds, std::size_t& end) {
  int h = 0, m = 0, s = 0;
  std::size_t n = read_number(text, at, 2, h);
  if (n == 0 || at + n >= text.size() || text[at + n] != ':') return false;
  std::size_t pos = at + n + 1;
  if (read_number(text, pos, 2, m) != 2) return false;
  pos += 2;
  if (pos < text.size() && text[pos] == ':' && read_number(text, pos + 1, 2, s) == 2) pos += 3;
  const std::size_t after = skip_spaces(text, pos);
  const std::string meridiem = lowercase_ascii(text.substr(after, 2));
  if ((meridiem == "am" || meridiem == "pm") &&
      (after + 2 == text.size() || !alpha(text[after + 2]))) {
    if (h < 1 || h > 12) return false;
    h = h % 12 + (meridiem == "pm" ? 12 : 0);
    pos = after + 2;
  }
  if (h > 23 || m > 59 || s > 59) return false;
  seconds = h * 3600 + m * 60 + s;
  end = pos;
  return true;
}

void read_zone(std::string_view text, LooseTime& time) {
  std::size_t pos = skip_spaces(text, time.length);
  if (pos < text.size() && text[pos] == 'Z' && (pos + 1 == text.size() || !alpha(text[pos + 1]))) {
    time.zone_named = true;
    time.length = pos + 1;
    return;
  }
  if (pos < text.size() && (text[pos] == '+' || text[pos] == '-') && pos + 6 <= text.size() &&
      digit(text[pos + 1]) && digit(text[pos + 2]) && text[pos + 3] == ':') {
    int h = 0, m = 0;
    if (read_number(text, pos + 1, 2, h) == 2 && read_number(text, pos + 4, 2, m) == 2) {
      time.utc_offset_seconds = (text[pos] == '-' ? -1 : 1) * (h * 3600 + m * 60);
      time.zone_named = true;
      time.length = pos + 6;
    }
    return;
  }
  std::size_t n = 0;
  while (pos + n < text.size() && text[pos + n] >= 'A' && text[pos + n] <= 'Z') ++n;
  if (n < 2 || n > 5 || (pos + n < text.size() && alpha(text[pos + n]))) return;
  const std::string_view zone = text.substr(pos, n);
  if (zone == "UTC" || zone == "GMT") {
    time.zone_named = true;
  } else if (std::find(kOtherZones.begin(), kOtherZones.end(), zone) != kOtherZones.end()) {
    time.unknown_zone = std::string(zone);
  } else {
    return;  // "14:40 CPU at 100%": a word of the text, not a zone
  }
  time.length = pos + n;
}

}  // namespace

std::optional<LooseDate> read_date(std::string_view text) {
  std::size_t at = skip_weekday(text, skip_spaces(text, 0));
  if (auto d = read_numeric_date(text, at)) return d;
  return read_word_date(text, at);
}

std::optional<LooseTime> read_time(std::string_view text) {
  LooseTime time;
  std::size_t at = skip_spaces(text, 0);
  if (auto d = read_date(text)) {
    time.date = d;
    at = d->length;
    if (at < text.size() && (text[at] == 'T' || text[at] == ',')) ++at;
    at = skip_spaces(text, at);
    if (text.substr(at, 3) == "at ") at += 3;
  }
  std::size_t end = 0;
  if (!read_clock(text, at, time.seconds_of_day, end)) return std::nullopt;
  time.length = end;
  read_zone(text, time);
  return time;
}

std::string iso_date(const LooseDate& d) {
  if (d.year == 0) return "";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buffer;
}

UtcSeconds to_utc(const LooseDate& d, const LooseTime& time) {
  const date::sys_days day = date::year{d.year} / d.month / d.day;
  return UtcSeconds{day.time_since_epoch()} + std::chrono::seconds{time.seconds_of_day} -
         std::chrono::seconds{time.utc_offset_seconds};
}

}  // namespace hindsight::core
