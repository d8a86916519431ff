#include "core/timeline/paste_time.hpp"

#include <date/date.h>

#include <array>
#include <utility>

#include "core/model/text.hpp"

namespace hindsight::core {
namespace {

constexpr int kHour = 3600;

struct Zone {
  std::string_view name;
  int offset_minutes;
  bool ambiguous;
};

// Abbreviations seen in incident chat and logs. Why daylight names are safe to convert: "PDT"
// means UTC-7 whatever the date. The ambiguous ones are read as UTC and flagged.
constexpr std::array<Zone, 30> kZones{{
    {"PST", -8 * 60, false},  {"PDT", -7 * 60, false},  {"MST", -7 * 60, false},
    {"MDT", -6 * 60, false},  {"CST", 0, true},         {"CDT", -5 * 60, false},
    {"EST", -5 * 60, false},  {"EDT", -4 * 60, false},  {"AKST", -9 * 60, false},
    {"AKDT", -8 * 60, false}, {"HST", -10 * 60, false}, {"BST", 60, false},
    {"IST", 0, true},         {"CET", 60, false},       {"CEST", 2 * 60, false},
    {"EET", 2 * 60, false},   {"EEST", 3 * 60, false},  {"WET", 0, false},
    {"WEST", 60, false},      {"MSK", 3 * 60, false},   {"JST", 9 * 60, false},
    {"KST", 9 * 60, false},   {"HKT", 8 * 60, false},   {"SGT", 8 * 60, false},
    {"AEST", 10 * 60, false}, {"AEDT", 11 * 60, false}, {"AWST", 8 * 60, false},
    {"NZST", 12 * 60, false}, {"NZDT", 13 * 60, false}, {"UTC", 0, false},
}};

bool digit(char c) { return c >= '0' && c <= '9'; }
bool alnum(char c) { return digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::size_t skip_spaces(std::string_view text, std::size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  return at;
}

// "+0200", "-05:00", "+2", "+05:30" after "UTC"/"GMT" or a bare time; 0 when none.
std::size_t read_offset(std::string_view text, std::size_t at, bool hours_alone, int& seconds) {
  if (at >= text.size() || (text[at] != '+' && text[at] != '-')) return 0;
  std::size_t n = 0;
  while (at + 1 + n < text.size() && digit(text[at + 1 + n])) ++n;
  int h = 0, m = 0;
  std::size_t end = at + 1 + n;
  if (n == 4) {
    h = (text[at + 1] - '0') * 10 + (text[at + 2] - '0');
    m = (text[at + 3] - '0') * 10 + (text[at + 4] - '0');
  } else if (n == 2 && end < text.size() && text[end] == ':' && digit(text[end + 1]) &&
             end + 2 < text.size() && digit(text[end + 2])) {
    h = (text[at + 1] - '0') * 10 + (text[at + 2] - '0');
    m = (text[end + 1] - '0') * 10 + (text[end + 2] - '0');
    end += 3;
  } else if (hours_alone && (n == 1 || n == 2)) {
    h = n == 1 ? text[at + 1] - '0' : (text[at + 1] - '0') * 10 + (text[at + 2] - '0');
  } else {
    return 0;
  }
  if (h > 14 || m > 59 || (end < text.size() && alnum(text[end]))) return 0;
  seconds = (text[at] == '-' ? -1 : 1) * (h * kHour + m * 60);
  return end - at;
}

std::size_t word_length(std::string_view text, std::size_t at) {
  std::size_t n = 0;
  while (at + n < text.size() && alnum(text[at + n])) ++n;
  return n;
}

// Words that make "14:23" a duration rather than a time of day.
bool duration_word(std::string_view word) {
  const std::string w = lowercase_ascii(word);
  for (std::string_view d : {"h", "hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes",
                             "sec", "secs", "second", "seconds", "elapsed", "long"})
    if (w == d) return true;
  return false;
}

// Completes a loose_time reading with the zone it may have left unread.
void read_zone_after(std::string_view text, PasteStamp& stamp, const LooseTime& time) {
  std::size_t at = stamp.length;
  if (time.zone_named) {
    // "13:14 EDT (17:14 UTC)": the zone is the first one written; the restated time is read over.
    if (at > 0 && text[at - 1] == ')' && time.zone_end < at) at = time.zone_end;
    stamp.zone_known = true;
    stamp.utc_offset_seconds = time.utc_offset_seconds;
    // The written zone ends the reading: "+hh:mm" (six bytes), "+hhmm" (five) or letters ("Z",
    // "UTC", "GMT").
    std::size_t begin = at;
    if (at >= 5 && digit(text[at - 1])) {
      begin = at >= 6 && text[at - 3] == ':' ? at - 6 : at - 5;
    } else {
      while (begin > 0 && alnum(text[begin - 1]) && !digit(text[begin - 1])) --begin;
    }
    stamp.zone = std::string(text.substr(begin, at - begin));
    if (stamp.zone == "UTC" || stamp.zone == "GMT") {
      int seconds = 0;
      if (const std::size_t n = read_offset(text, at, true, seconds)) {
        stamp.utc_offset_seconds = seconds;
        stamp.zone += std::string(text.substr(at, n));
        stamp.length = at + n;
      }
    }
    return;
  }
  const std::size_t word_at = skip_spaces(text, at);
  int seconds = 0;
  if (const std::size_t n = read_offset(text, word_at, false, seconds)) {
    stamp.zone_known = true;
    stamp.utc_offset_seconds = seconds;
    stamp.zone = std::string(text.substr(word_at, n));
    stamp.length = word_at + n;
    return;
  }
  const std::size_t n = word_length(text, word_at);
  if (n < 2 || n > 5) return;
  const std::string_view word = text.substr(word_at, n);
  for (const auto& zone : kZones) {
    if (zone.name != word) continue;
    stamp.zone = std::string(word);
    stamp.length = word_at + n;
    if (!zone.ambiguous) {
      stamp.zone_known = true;
      stamp.utc_offset_seconds = zone.offset_minutes * 60;
    }
    return;
  }
}

}  // namespace

std::optional<int> zone_offset_seconds(std::string_view abbreviation) {
  for (const auto& zone : kZones)
    if (zone.name == abbreviation && !zone.ambiguous) return zone.offset_minutes * 60;
  return std::nullopt;
}

std::optional<PasteStamp> read_stamp(std::string_view text) {
  auto time = read_time(text);
  if (!time) return std::nullopt;
  // A US region written as a word ("PT") depends on the day, which a pasted line may not give:
  // the stamp ends before it, and the paste's own zones read it or leave it in the text.
  if (time->region) {
    std::size_t end = time->region_at;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '(')) --end;
    time->length = time->zone_end = end;
    time->region.reset();
  }
  std::size_t clock_end = time->length;
  // loose_time reads no fraction of a second and stops before it ("14:23:01.123Z"): read the
  // stamp again without the fraction so that the zone after it is still seen.
  const bool bare = !time->zone_named && time->unknown_zone.empty();
  const bool seconds_before =
      clock_end >= 3 && text[clock_end - 3] == ':' && digit(text[clock_end - 1]);
  std::size_t fraction = 0;
  if (bare && seconds_before && clock_end + 1 < text.size() &&
      (text[clock_end] == '.' || text[clock_end] == ',') && digit(text[clock_end + 1])) {
    fraction = 1;
    while (clock_end + fraction < text.size() && digit(text[clock_end + fraction])) ++fraction;
    std::string joined(text.substr(0, clock_end));
    joined.append(text.substr(clock_end + fraction));
    auto again = read_time(joined);
    if (!again) return std::nullopt;
    time = again;
    time->length += fraction;
  }
  PasteStamp stamp;
  stamp.date = time->date;
  const std::size_t start = skip_spaces(text, 0);
  stamp.iso_date =
      time->date && start + 10 <= text.size() && digit(text[start]) && text[start + 4] == '-';
  stamp.seconds_of_day = time->seconds_of_day;
  stamp.length = time->length;
  {
    // Seconds were written when the clock has two colons.
    std::size_t colons = 0;
    const std::size_t clock_from = time->date ? time->date->length : start;
    for (std::size_t i = clock_from; i < time->length && i < text.size(); ++i)
      if (text[i] == ':') ++colons;
    stamp.has_seconds = colons >= 2;
    const std::string written = lowercase_ascii(text.substr(clock_from, time->length - clock_from));
    stamp.twelve_hour =
        written.find("am") != std::string::npos || written.find("pm") != std::string::npos;
  }
  if (!time->unknown_zone.empty() || !time->doubtful_zone.empty()) {
    // loose_time consumed the name; look it up in this module's table instead (a pasted line's
    // "IST" stays a zone the user is asked about).
    stamp.zone = time->unknown_zone.empty() ? time->doubtful_zone : time->unknown_zone;
    if (auto offset = zone_offset_seconds(stamp.zone)) {
      stamp.zone_known = true;
      stamp.utc_offset_seconds = *offset;
    }
  } else {
    read_zone_after(text, stamp, *time);
  }
  // Not a time of day: "00:11:22:33" (a MAC address), "14:23x", "14:23 minutes".
  const std::size_t end = stamp.length;
  if (end < text.size()) {
    const char next = text[end];
    if (alnum(next) || (next == ':' && end + 1 < text.size() && digit(text[end + 1])) ||
        (next == '.' && end + 1 < text.size() && digit(text[end + 1])))
      return std::nullopt;
  }
  if (!stamp.date && stamp.zone.empty()) {
    const std::size_t word_at = skip_spaces(text, end);
    if (duration_word(text.substr(word_at, word_length(text, word_at)))) return std::nullopt;
  }
  return stamp;
}

std::optional<PasteStamp> read_access_log_stamp(std::string_view text) {
  // "15/Jan/2024:14:23:01 +0000": the date with spaces for loose_time, then the clock.
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > 12) return std::nullopt;
  std::string date_text(text.substr(0, colon));
  for (char& c : date_text)
    if (c == '/') c = ' ';
  const auto date = read_date(date_text);
  if (!date || date->length != date_text.size() || date->year == 0) return std::nullopt;
  auto stamp = read_stamp(text.substr(colon + 1));
  if (!stamp || stamp->date) return std::nullopt;
  stamp->date = date;
  stamp->length += colon + 1;
  return stamp;
}

std::optional<PasteStamp> read_slash_stamp(std::string_view text) {
  std::size_t at = skip_spaces(text, 0);
  int numbers[3] = {0, 0, 0};
  std::size_t widths[3] = {0, 0, 0};
  for (int i = 0; i < 3; ++i) {
    while (at < text.size() && digit(text[at]) && widths[i] < 4) {
      numbers[i] = numbers[i] * 10 + (text[at] - '0');
      ++widths[i];
      ++at;
    }
    if (widths[i] == 0) return std::nullopt;
    if (i < 2) {
      if (at >= text.size() || text[at] != '/' || widths[i] > 2) return std::nullopt;
      ++at;
    }
  }
  if (widths[2] != 4) return std::nullopt;
  LooseDate written;
  written.year = numbers[2];
  const bool day_first = numbers[0] > 12;
  written.month = day_first ? numbers[1] : numbers[0];
  written.day = day_first ? numbers[0] : numbers[1];
  written.length = at;
  const date::year_month_day ymd{date::year{written.year},
                                 date::month{static_cast<unsigned>(written.month)},
                                 date::day{static_cast<unsigned>(written.day)}};
  if (!ymd.ok()) return std::nullopt;
  if (at < text.size() && text[at] == ',') ++at;
  auto stamp = read_stamp(text.substr(at));
  if (!stamp || stamp->date) return std::nullopt;
  stamp->date = written;
  stamp->length += at;
  return stamp;
}

}  // namespace hindsight::core
