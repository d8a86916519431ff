#include "core/timeline/loose_time.hpp"

#include <date/date.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "core/model/text.hpp"

namespace hindsight::core {
namespace {

// The readers as written: inside this file, code that has a text already in ASCII hyphens (or a
// part of one) calls these, never the public read_date/find_date, which would convert the rest
// of the text again at every call (quadratic on a long paragraph).
std::optional<LooseDate> read_date_as_written(std::string_view text);

constexpr std::array<std::string_view, 12> kMonths{"january",   "february", "march",    "april",
                                                   "may",       "june",     "july",     "august",
                                                   "september", "october",  "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};

// Zone abbreviations people write after a time or in a note over the timeline, with the offset
// each one names and the region whose daylight-saving rule it belongs to ("PST/PDT" together
// name the region). "IST" (India, Ireland, Israel) names no one offset and is not listed.
struct ZoneName {
  std::string_view name;
  int offset_hours_x4;  // offset in quarter hours, so +05:45 fits
  StatedZone::Rule region;
  int region_standard_x4;
};
constexpr ZoneName kZoneNames[] = {
    {"UTC", 0, StatedZone::Rule::Fixed, 0},
    {"GMT", 0, StatedZone::Rule::EuDaylight, 0},
    {"BST", 4, StatedZone::Rule::EuDaylight, 0},
    {"WET", 0, StatedZone::Rule::EuDaylight, 0},
    {"WEST", 4, StatedZone::Rule::EuDaylight, 0},
    {"CET", 4, StatedZone::Rule::EuDaylight, 4},
    {"CEST", 8, StatedZone::Rule::EuDaylight, 4},
    {"MEZ", 4, StatedZone::Rule::EuDaylight, 4},  // "Mitteleuropäische Zeit", as German writes CET
    {"MESZ", 8, StatedZone::Rule::EuDaylight, 4},
    {"EET", 8, StatedZone::Rule::EuDaylight, 8},
    {"EEST", 12, StatedZone::Rule::EuDaylight, 8},
    {"PST", -32, StatedZone::Rule::UsDaylight, -32},
    {"PDT", -28, StatedZone::Rule::UsDaylight, -32},
    {"MST", -28, StatedZone::Rule::UsDaylight, -28},
    {"MDT", -24, StatedZone::Rule::UsDaylight, -28},
    {"CST", -24, StatedZone::Rule::UsDaylight, -24},
    {"CDT", -20, StatedZone::Rule::UsDaylight, -24},
    {"EST", -20, StatedZone::Rule::UsDaylight, -20},
    {"EDT", -16, StatedZone::Rule::UsDaylight, -20},
    {"AKST", -36, StatedZone::Rule::UsDaylight, -36},
    {"AKDT", -32, StatedZone::Rule::UsDaylight, -36},
    {"HST", -40, StatedZone::Rule::Fixed, -40},
    {"JST", 36, StatedZone::Rule::Fixed, 36},
    {"KST", 36, StatedZone::Rule::Fixed, 36},
    {"SGT", 32, StatedZone::Rule::Fixed, 32},
    {"AEST", 40, StatedZone::Rule::Fixed, 40},
    {"AEDT", 44, StatedZone::Rule::Fixed, 44},
    {"ACST", 38, StatedZone::Rule::Fixed, 38},  // Adelaide and Darwin, half an hour off
    {"ACDT", 42, StatedZone::Rule::Fixed, 42},
    {"NZST", 48, StatedZone::Rule::Fixed, 48},
    {"NZDT", 52, StatedZone::Rule::Fixed, 52},
    // Zones without daylight saving, as written in the Gulf, Africa, Russia, Asia and South
    // America ("GST" is Gulf Standard Time: the South Georgia zone of the same name has no
    // incidents to speak of).
    {"GST", 16, StatedZone::Rule::Fixed, 16},
    {"MSK", 12, StatedZone::Rule::Fixed, 12},
    {"EAT", 12, StatedZone::Rule::Fixed, 12},
    {"SAST", 8, StatedZone::Rule::Fixed, 8},
    {"WAT", 4, StatedZone::Rule::Fixed, 4},
    {"ICT", 28, StatedZone::Rule::Fixed, 28},
    {"WIB", 28, StatedZone::Rule::Fixed, 28},
    {"HKT", 32, StatedZone::Rule::Fixed, 32},
    {"PHT", 32, StatedZone::Rule::Fixed, 32},
    {"AWST", 32, StatedZone::Rule::Fixed, 32},
    {"BRT", -12, StatedZone::Rule::Fixed, -12},
    {"ART", -12, StatedZone::Rule::Fixed, -12},
};
// Written out but ambiguous: read as UTC with a warning, or as the zone most often meant
// (zone_most_often_meant), also with a warning.
constexpr std::array<std::string_view, 2> kAmbiguousZones{"IST", "AST"};

// Regions named in words ("US Eastern", "Pacific time", "UK time", "Central European").
struct ZoneRegion {
  std::string_view words;  // lowercase, matched at a word start
  StatedZone::Rule rule;
  int standard_x4;
};
constexpr ZoneRegion kZoneRegions[] = {
    {"central european", StatedZone::Rule::EuDaylight, 4},
    {"eastern european", StatedZone::Rule::EuDaylight, 8},
    {"western european", StatedZone::Rule::EuDaylight, 0},
    {"pacific", StatedZone::Rule::UsDaylight, -32},
    {"us/pacific", StatedZone::Rule::UsDaylight, -32},
    {"america/los_angeles", StatedZone::Rule::UsDaylight, -32},
    {"mountain", StatedZone::Rule::UsDaylight, -28},
    {"us/mountain", StatedZone::Rule::UsDaylight, -28},
    {"central", StatedZone::Rule::UsDaylight, -24},
    {"us/central", StatedZone::Rule::UsDaylight, -24},
    {"eastern", StatedZone::Rule::UsDaylight, -20},
    {"us/eastern", StatedZone::Rule::UsDaylight, -20},
    {"america/new_york", StatedZone::Rule::UsDaylight, -20},
    {"uk", StatedZone::Rule::EuDaylight, 0},
    {"london", StatedZone::Rule::EuDaylight, 0},
    {"europe/london", StatedZone::Rule::EuDaylight, 0},
    {"europe/berlin", StatedZone::Rule::EuDaylight, 4},
    {"europe/paris", StatedZone::Rule::EuDaylight, 4},
    // Africa's zones keep no daylight saving time ("East African Time", "West Africa Time"); the
    // region's name alone is a place ("East Africa: M-Pesa callbacks failing"), so a zone only
    // with "Time" after it.
    {"east african", StatedZone::Rule::Fixed, 12},
    {"east africa", StatedZone::Rule::Fixed, 12},
    {"central african", StatedZone::Rule::Fixed, 8},
    {"central africa", StatedZone::Rule::Fixed, 8},
    {"south african standard", StatedZone::Rule::Fixed, 8},
    {"south african", StatedZone::Rule::Fixed, 8},
    {"west african", StatedZone::Rule::Fixed, 4},
    {"west africa", StatedZone::Rule::Fixed, 4},
};

// Cities whose clock a team keeps, by their region's rule: a zone where the text speaks of time
// ("all times in New York time", "times in Denver", "16:37 Denver time"), never a word after a
// time alone ("14:05 Amsterdam - edge nodes drained" names where).
constexpr ZoneRegion kZoneCities[] = {
    {"denver", StatedZone::Rule::UsDaylight, -28},
    {"america/denver", StatedZone::Rule::UsDaylight, -28},
    {"phoenix", StatedZone::Rule::Fixed, -28},
    {"chicago", StatedZone::Rule::UsDaylight, -24},
    {"america/chicago", StatedZone::Rule::UsDaylight, -24},
    {"austin", StatedZone::Rule::UsDaylight, -24},
    {"dallas", StatedZone::Rule::UsDaylight, -24},
    {"new york", StatedZone::Rule::UsDaylight, -20},
    {"boston", StatedZone::Rule::UsDaylight, -20},
    {"toronto", StatedZone::Rule::UsDaylight, -20},
    {"montreal", StatedZone::Rule::UsDaylight, -20},
    {"san francisco", StatedZone::Rule::UsDaylight, -32},
    {"los angeles", StatedZone::Rule::UsDaylight, -32},
    {"seattle", StatedZone::Rule::UsDaylight, -32},
    {"vancouver", StatedZone::Rule::UsDaylight, -32},
    {"dublin", StatedZone::Rule::EuDaylight, 0},
    {"lisbon", StatedZone::Rule::EuDaylight, 0},
    {"amsterdam", StatedZone::Rule::EuDaylight, 4},
    {"europe/amsterdam", StatedZone::Rule::EuDaylight, 4},
    {"berlin", StatedZone::Rule::EuDaylight, 4},
    {"paris", StatedZone::Rule::EuDaylight, 4},
    {"madrid", StatedZone::Rule::EuDaylight, 4},
    {"stockholm", StatedZone::Rule::EuDaylight, 4},
    {"warsaw", StatedZone::Rule::EuDaylight, 4},
    {"zurich", StatedZone::Rule::EuDaylight, 4},
    {"rome", StatedZone::Rule::EuDaylight, 4},
    {"vienna", StatedZone::Rule::EuDaylight, 4},
    {"prague", StatedZone::Rule::EuDaylight, 4},
    {"brussels", StatedZone::Rule::EuDaylight, 4},
    {"copenhagen", StatedZone::Rule::EuDaylight, 4},
    {"oslo", StatedZone::Rule::EuDaylight, 4},
    {"helsinki", StatedZone::Rule::EuDaylight, 8},
    {"athens", StatedZone::Rule::EuDaylight, 8},
    {"kyiv", StatedZone::Rule::EuDaylight, 8},
    {"kiev", StatedZone::Rule::EuDaylight, 8},
    {"moscow", StatedZone::Rule::Fixed, 12},  // UTC+3 all year since 2014
    {"istanbul", StatedZone::Rule::Fixed, 12},
    {"dubai", StatedZone::Rule::Fixed, 16},
    {"beijing", StatedZone::Rule::Fixed, 32},
    {"shanghai", StatedZone::Rule::Fixed, 32},
    {"hong kong", StatedZone::Rule::Fixed, 32},
    {"seoul", StatedZone::Rule::Fixed, 36},
    {"tokyo", StatedZone::Rule::Fixed, 36},
    {"asia/tokyo", StatedZone::Rule::Fixed, 36},
    {"singapore", StatedZone::Rule::Fixed, 32},
    {"asia/singapore", StatedZone::Rule::Fixed, 32},
    {"bangalore", StatedZone::Rule::Fixed, 22},
    {"bengaluru", StatedZone::Rule::Fixed, 22},
    {"asia/kolkata", StatedZone::Rule::Fixed, 22},
};

// "PT", "ET": a US region's time, whichever of standard or daylight time is in force.
constexpr ZoneRegion kGenericZones[] = {
    {"PT", StatedZone::Rule::UsDaylight, -32},
    {"MT", StatedZone::Rule::UsDaylight, -28},
    {"CT", StatedZone::Rule::UsDaylight, -24},
    {"ET", StatedZone::Rule::UsDaylight, -20},
};

// The generic zone written as a word of its own in `text` ("all times PT"), or nothing.
const ZoneRegion* generic_zone(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = 0;
    while (i + n < text.size() && ((text[i + n] >= 'A' && text[i + n] <= 'Z') ||
                                   (text[i + n] >= 'a' && text[i + n] <= 'z')))
      ++n;
    if (n == 0) {
      ++i;
      continue;
    }
    for (const ZoneRegion& r : kGenericZones)
      if (text.substr(i, n) == r.words) return &r;
    i += n;
  }
  return nullptr;
}

const ZoneName* zone_name(std::string_view word) {
  for (const ZoneName& z : kZoneNames)
    if (z.name == word) return &z;
  return nullptr;
}

bool digit(char c) { return c >= '0' && c <= '9'; }
bool alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool alnum_char(char c) { return digit(c) || alpha(c); }

// Past "st", "nd", "rd" or "th" after a day's number at `pos` ("4th"), if one is there; also
// raised, as a blog's HTML writes it ("July 18<sup>th</sup>").
std::size_t skip_ordinal(std::string_view text, std::size_t pos) {
  for (auto suffix : {"st", "nd", "rd", "th"}) {
    if (text.substr(pos, 2) == suffix) return pos + 2;
    if (text.substr(pos, 5) == "<sup>" && text.substr(pos + 5, 2) == suffix &&
        text.substr(pos + 7, 6) == "</sup>")
      return pos + 13;
  }
  return pos;
}

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
// The months as written in French, German, Spanish, Portuguese, Italian, Dutch and the Nordic
// languages, in full (a prefix such as "ago" or "mar" could be another word), by month.
constexpr std::array<std::string_view, 12> kMonthsElsewhere{
    " janvier januar enero janeiro gennaio januari ",
    " f\xC3\xA9vrier februar febrero fevereiro febbraio februari ",
    " mars m\xC3\xA4rz marzo mar\xC3\xA7o maart mrz mrt ",
    " avril abril aprile ",
    " mai mayo maio maggio mei maj ",
    " juin juni junio junho giugno ",
    " juillet juli julio julho luglio ",
    " ao\xC3\xBBt agosto augustus augusti ",
    " septembre septiembre setiembre setembro settembre ",
    " octobre oktober octubre outubro ottobre okt ",
    " novembre noviembre novembro ",
    " d\xC3\xA9"
    "cembre dezember diciembre dezembro dicembre desember dez "};

int read_month(std::string_view text, std::size_t at, std::size_t& end) {
  std::size_t n = 0;
  while (at + n < text.size() && alpha(text[at + n])) ++n;
  const std::string word = lowercase_ascii(text.substr(at, n));
  for (std::size_t m = 0; m < kMonths.size() && n >= 3; ++m) {
    if (kMonths[m].substr(0, word.size()) == word && word.size() >= 3) {
      end = at + n;
      if (end < text.size() && text[end] == '.') ++end;
      return static_cast<int>(m + 1);
    }
  }
  // "07 Février 2026", "3. März 2024": a whole word, accented letters included.
  std::size_t whole = 0;
  while (at + whole < text.size() &&
         (alpha(text[at + whole]) || static_cast<unsigned char>(text[at + whole]) >= 0x80))
    ++whole;
  if (whole < 3) return 0;
  const std::string full = " " + lowercase_ascii(text.substr(at, whole)) + " ";
  for (std::size_t m = 0; m < kMonthsElsewhere.size(); ++m)
    if (kMonthsElsewhere[m].find(full) != std::string_view::npos) {
      end = at + whole;
      return static_cast<int>(m + 1);
    }
  return 0;
}

std::size_t skip_weekday(std::string_view text, std::size_t at, int* weekday = nullptr) {
  std::size_t n = 0;
  while (at + n < text.size() && alpha(text[at + n])) ++n;
  if (n < 3) return at;
  const std::string word = lowercase_ascii(text.substr(at, n));
  for (std::size_t d = 0; d < kWeekdays.size(); ++d) {
    if (const std::string_view day = kWeekdays[d]; day.substr(0, word.size()) == word) {
      if (weekday) *weekday = static_cast<int>(d);
      std::size_t end = at + n;
      if (end < text.size() && (text[end] == ',' || text[end] == '.')) ++end;
      return skip_spaces(text, end);
    }
  }
  return at;
}

bool valid(const LooseDate& d) {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return false;
  // With no year, a day that exists in a leap year is possible ("Feb 29"); "Feb 31" is not.
  return date::year_month_day{date::year{d.year == 0 ? 2000 : d.year},
                              date::month{static_cast<unsigned>(d.month)},
                              date::day{static_cast<unsigned>(d.day)}}
      .ok();
}

// A year after a day and a month: four digits, or two after '-' or '/' ("5-26-21", "7/6/23"),
// which name a year of this century. Returns the digits read, 0 when none.
std::size_t read_year(std::string_view text, std::size_t at, char sep, int& year) {
  const std::size_t n = read_number(text, at, 4, year);
  if (n == 4) return n;
  if (n == 2 && sep != '.') {
    year += 2000;
    return n;
  }
  return 0;
}

// Set by SlashedDaysFirst for one import; wasm runs one thread, a desktop import one per thread.
thread_local bool t_slashed_days_first = false;

// "15-01-2024", "15.01.2024", "02-13-2025", "7/5/2023", "5-26-21": a day, a month and a year.
// With '-' or '.' the day comes first, as most of the world writes it; with '/' the month does, as
// in the United States, unless the document being read writes them day first (SlashedDaysFirst).
// When the usual order names no day of the calendar ("02-13-2025") and the other order does, the
// other is meant.
std::optional<LooseDate> read_day_first_date(std::string_view text, std::size_t at, bool check) {
  int first = 0, second = 0, year = 0;
  std::size_t n = read_number(text, at, 2, first);
  if (n == 0 || at + n >= text.size() ||
      (text[at + n] != '-' && text[at + n] != '.' && text[at + n] != '/'))
    return {};
  const char sep = text[at + n];
  std::size_t pos = at + n + 1;
  if ((n = read_number(text, pos, 2, second)) == 0 || pos + n >= text.size() ||
      text[pos + n] != sep)
    return {};
  pos += n + 1;
  const std::size_t year_digits = read_year(text, pos, sep, year);
  if (year_digits == 0) return {};
  LooseDate usual;
  usual.year = year;
  const bool month_first = sep == '/' && !t_slashed_days_first;
  usual.month = month_first ? first : second;
  usual.day = month_first ? second : first;
  usual.length = pos + year_digits;
  if (!check || valid(usual)) return usual;
  LooseDate other = usual;
  std::swap(other.month, other.day);
  if (valid(other)) return other;
  return {};
}

std::optional<LooseDate> read_numeric_date(std::string_view text, std::size_t at, bool check) {
  LooseDate d;
  std::size_t n = read_number(text, at, 4, d.year);
  if (n != 4) return read_day_first_date(text, at, check);
  if (at + n >= text.size() || (text[at + n] != '-' && text[at + n] != '/')) return {};
  const char sep = text[at + n];
  std::size_t pos = at + n + 1;
  if ((n = read_number(text, pos, 2, d.month)) == 0 || pos + n >= text.size() ||
      text[pos + n] != sep)
    return {};
  pos += n + 1;
  if ((n = read_number(text, pos, 2, d.day)) == 0) return {};
  d.length = pos + n;
  if (check && !valid(d)) return {};
  return d;
}

// "2021年11月25日", "11月25日", "2021년 11월 25일": a date as Japanese, Chinese and Korean write
// it, each number followed by its unit (year, month, day); a space may set the digits apart
// from their units ("2025 年 3 月 15 日"), as many write Latin digits among Chinese characters.
std::optional<LooseDate> read_cjk_date(std::string_view text, std::size_t at, bool check) {
  constexpr std::string_view kYear[] = {"年", "년"};
  constexpr std::string_view kMonth[] = {"月", "월"};
  constexpr std::string_view kDay[] = {"日", "일"};
  const auto unit_at = [&](std::size_t pos, const std::string_view(&units)[2]) -> std::size_t {
    pos = skip_spaces(text, pos);
    for (std::string_view unit : units)
      if (text.substr(pos, unit.size()) == unit) return skip_spaces(text, pos + unit.size());
    return 0;
  };
  LooseDate d;
  std::size_t pos = at, n = 0, next = 0;
  int number = 0;
  if ((n = read_number(text, pos, 4, number)) == 0) return {};
  if (n == 4) {
    if ((next = unit_at(pos + n, kYear)) == 0) return {};
    d.year = number;
    pos = next;
    if ((n = read_number(text, pos, 2, number)) == 0) return {};
  }
  if (n > 2 || (next = unit_at(pos + n, kMonth)) == 0) return {};
  d.month = number;
  pos = next;
  if ((n = read_number(text, pos, 2, d.day)) == 0) return {};
  const std::size_t day_unit = skip_spaces(text, pos + n);
  for (std::string_view unit : kDay)
    if (text.substr(day_unit, unit.size()) == unit) d.length = day_unit + unit.size();
  if (d.length == 0) return {};
  if (check && !valid(d)) return {};
  return d;
}

// The end of a range of days after a first day ("14-19" in "January 14-19, 2026", "29–30"):
// where the text goes on after it, or `at` when no range follows; `last` is the range's last day.
std::size_t skip_day_range(std::string_view text, std::size_t at, int& last) {
  std::size_t pos = at;
  // "May 26 - 27th, 2018": set apart by spaces, as long as no time follows ("Jan 5 - 10:00").
  const bool spaced = text.substr(pos, 3) == " - " || text.substr(pos, 5) == " \xE2\x80\x93 ";
  if (spaced) ++pos;
  if (text.substr(pos, 1) == "-")
    pos += 1;
  else if (text.substr(pos, 3) == "\xE2\x80\x93")
    pos += 3;
  else
    return at;
  if (spaced) ++pos;
  const std::size_t n = read_number(text, pos, 2, last);
  if (n == 0 || last < 1 || last > 31) {
    last = 0;
    return at;
  }
  pos += n;
  pos = skip_ordinal(text, pos);
  if (spaced && pos < text.size() &&
      (text[pos] == ':' || text[pos] == '.' || alnum_char(text[pos]))) {
    last = 0;
    return at;
  }
  return pos;
}

// "January 15, 2024", "Jan 15 2024", "Jan 20", "15 January 2024", "18th April 2021", "Oct 30th",
// and the first day of a range, "January 14-19, 2026".
void read_zone(std::string_view text, LooseTime& time);
bool ends_a_time(std::string_view text, std::size_t at);

// Whether a zone ("UTC", " CEST", " Eastern") is named at `at`, right after a time's digits.
bool zone_named_at(std::string_view text, std::size_t at) {
  LooseTime zoned;
  zoned.length = at;
  read_zone(text, zoned);
  return zoned.zone_named || zoned.region;
}

// "15:30h", "22:00hrs", "14:00 hrs", "1430 hrs", "15:30 Uhr": the hour's mark some write after a
// 24-hour time; its length at `at`, or 0.
std::size_t hours_mark_length(std::string_view text, std::size_t at) {
  for (std::string_view mark : {"hrs", "hr", "h", " hrs", " hr", " Uhr"})
    if (text.substr(at, mark.size()) == mark &&
        (at + mark.size() == text.size() || !alpha(text[at + mark.size()])))
      return mark.size();
  return 0;
}

// "1936 UTC: v22.0.1 is released", "Feb 7 1506 UTC:": four digits that make a time of day,
// followed by a zone that ends the time (a colon, a dash, the end of the text), are a time
// written without a colon. "1200 EST customers" is a count, "Feb 9 2025 UTC" a year (below).
bool zoned_compact_clock_at(std::string_view text, std::size_t at) {
  int hhmm = 0;
  if (read_number(text, at, 4, hhmm) != 4 || hhmm / 100 > 23 || hhmm % 100 > 59 ||
      (at + 4 < text.size() && digit(text[at + 4])))
    return false;
  const std::size_t mark = hours_mark_length(text, at + 4);
  LooseTime zoned;
  zoned.length = at + 4 + mark;
  read_zone(text, zoned);
  const bool zone = zoned.zone_named || zoned.region;
  // "1545Z Status page updated": the military "Z" against the digits makes it a time by itself;
  // "hrs" does where punctuation, a dash or a zone ends it ("1430 hrs - Patch deployed", "0815hrs
  // PT"; "1000 hrs of compute" is a count).
  const bool zulu = mark == 0 && zoned.length == at + 5 && text[at + 4] == 'Z';
  if (mark > 0 && (zone || ends_a_time(text, at + 4 + mark))) return true;
  if (!zone) return false;
  if (zulu || ends_a_time(text, zoned.length)) return true;
  // "0401 UTC 2014-10-26 - eris reports": the day with its year, after the zone, ends the time.
  const std::size_t day_at = skip_spaces(text, zoned.length);
  const auto day = read_date_as_written(text.substr(day_at));
  return day && day->year != 0 && ends_a_time(text, day_at + day->length);
}

// Four digits after a month and day are its year when they can be one ("Feb 9 2025 UTC"); a
// time only when they cannot ("Feb 7 1506 UTC").
bool plausible_year(int year) { return year >= 1970 && year <= 2099; }

std::optional<LooseDate> read_word_date(std::string_view text, std::size_t at, bool check) {
  LooseDate d;
  std::size_t end = 0, n = 0;
  // "2025-DEC-5", "2025-Dec-05".
  if (read_number(text, at, 4, d.year) == 4 && at + 4 < text.size() && text[at + 4] == '-' &&
      (d.month = read_month(text, at + 5, end)) != 0 && end < text.size() && text[end] == '-' &&
      (n = read_number(text, end + 1, 2, d.day)) != 0 &&
      (end + 1 + n == text.size() || !(digit(text[end + 1 + n]) || alpha(text[end + 1 + n])))) {
    d.length = end + 1 + n;
    if (check && !valid(d)) return {};
    return d;
  }
  d = LooseDate{};
  // "2025 December 4th", "2025 August  27th": the year first, then the month by name.
  if (read_number(text, at, 4, d.year) == 4 && at + 4 < text.size() && text[at + 4] == ' ' &&
      plausible_year(d.year) && (d.month = read_month(text, skip_spaces(text, at + 4), end)) != 0 &&
      end < text.size() && text[end] == ' ') {
    std::size_t pos = skip_spaces(text, end);
    if ((n = read_number(text, pos, 2, d.day)) != 0) {
      pos += n;
      pos = skip_ordinal(text, pos);
      pos = skip_day_range(text, pos, d.last_day);  // "2024 November 4-8th"
      if (pos == text.size() || !alnum_char(text[pos])) {
        d.length = pos;
        if (check && !valid(d)) return {};
        return d;
      }
    }
  }
  d = LooseDate{};
  // "Apr-22-2022": the month by name, the day and the year joined by dashes.
  if ((d.month = read_month(text, at, end)) != 0 && end < text.size() && text[end] == '-' &&
      (n = read_number(text, end + 1, 2, d.day)) != 0 && end + 1 + n < text.size() &&
      text[end + 1 + n] == '-' && read_number(text, end + 2 + n, 4, d.year) == 4 &&
      (end + 6 + n == text.size() || !alnum_char(text[end + 6 + n]))) {
    d.length = end + 6 + n;
    if (check && !valid(d)) return {};
    return d;
  }
  d = LooseDate{};
  if ((d.month = read_month(text, at, end)) != 0) {
    std::size_t pos = skip_spaces(text, end);
    if ((n = read_number(text, pos, 2, d.day)) == 0) return {};
    pos += n;
    pos = skip_ordinal(text, pos);
    pos = skip_day_range(text, pos, d.last_day);
    d.length = pos;
    std::size_t year_at = pos;
    if (year_at < text.size() && text[year_at] == ',') ++year_at;
    year_at = skip_spaces(text, year_at);
    int year = 0;
    if (read_number(text, year_at, 4, year) == 4 &&
        ((pos < text.size() && text[pos] == ',') || plausible_year(year) ||
         !zoned_compact_clock_at(text, year_at))) {
      d.year = year;
      d.length = year_at + 4;
    }
  } else {
    if ((n = read_number(text, at, 2, d.day)) == 0) return {};
    std::size_t pos = at + n;
    // "10-Apr-2023", "16.Nov.2020", "22/Mar/2022": the day, the month by name and the year
    // joined by dashes, full stops or slashes, as a web server's log writes it (read_month takes
    // the full stop after "Nov." as its own).
    if (pos < text.size() && (text[pos] == '-' || text[pos] == '.' || text[pos] == '/') &&
        (d.month = read_month(text, pos + 1, end)) != 0) {
      const char joint = text[pos];
      std::size_t year_at = 0;
      if (end < text.size() && text[end] == joint)
        year_at = end + 1;
      else if (joint == '.' && text[end - 1] == '.')
        year_at = end;
      if (year_at != 0)
        if (read_number(text, year_at, 4, d.year) == 4 &&
            (year_at + 4 == text.size() || !alnum_char(text[year_at + 4]))) {
          d.length = year_at + 4;
          if (check && !valid(d)) return {};
          return d;
        }
      d.year = 0;
    }
    d.month = 0;
    // "18th April 2021", "1st of May".
    for (auto suffix : {"st", "nd", "rd", "th"})
      if (text.substr(pos, 2) == suffix && (pos + 2 == text.size() || !alpha(text[pos + 2])))
        pos += 2;
    pos = skip_spaces(text, pos);
    if (text.substr(pos, 3) == "of ") pos = skip_spaces(text, pos + 3);
    if ((d.month = read_month(text, pos, end)) == 0) return {};
    d.length = end;
    pos = end < text.size() && text[end] == ',' ? end + 1 : end;  // "6th November, 2022"
    pos = skip_spaces(text, pos);
    int year = 0;
    if (read_number(text, pos, 4, year) == 4) {
      d.year = year;
      d.length = pos + 4;
    }
  }
  if (check && !valid(d)) return {};
  return d;
}

// A month and day with no year written before a time: "03-26" ("[03-26 17:40]"), "02/07" in
// the order the document writes slashed days ("02/07 5:56 AM"), or the day first with full stops
// as German and much of Europe write it ("14.02. 13:05").
std::optional<LooseDate> read_month_day(std::string_view text, std::size_t at) {
  LooseDate d;
  int first = 0, second = 0;
  std::size_t n = read_number(text, at, 2, first);
  if (n == 0 || at + n >= text.size() ||
      (text[at + n] != '-' && text[at + n] != '.' && text[at + n] != '/'))
    return {};
  const char separator = text[at + n];
  if (separator == '-' && n != 2) return {};
  std::size_t pos = at + n + 1;
  const std::size_t m = read_number(text, pos, 2, second);
  if (m == 0 || (separator == '-' && m != 2)) return {};
  pos += m;
  if (separator == '.') {
    if (pos >= text.size() || text[pos] != '.') return {};
    ++pos;
    d.day = first;
    d.month = second;
  } else if (separator == '/' && (first > 12 || (t_slashed_days_first && second <= 12))) {
    d.day = first;
    d.month = second;
  } else {
    d.month = first;
    d.day = second;
  }
  d.length = pos;
  if (d.length >= text.size() || (text[d.length] != ' ' && text[d.length] != 'T')) return {};
  // Only before a clock: "14.02. Team met" and "1/2 of the nodes" are no dates.
  if (separator != '-') {
    int hour = 0;
    // "02/07 Monday 5:56 AM": the day's weekday may come before the clock.
    const std::size_t clock_at = skip_weekday(text, skip_spaces(text, d.length));
    const std::size_t h = read_number(text, clock_at, 2, hour);
    if (h == 0 || clock_at + h >= text.size() || text[clock_at + h] != ':') return {};
  }
  if (!valid(d)) return {};
  return d;
}

// The length of "AM", "pm", "a.m." or "P.M." at `at` (0 when there is none), and which it is.
std::size_t read_meridiem(std::string_view text, std::size_t at, bool& pm) {
  const std::string word = lowercase_ascii(text.substr(at, 4));
  std::size_t n = 0;
  if (word.starts_with("am") || word.starts_with("pm"))
    n = 2;
  else if (word == "a.m." || word == "p.m.")
    n = 4;
  else if (word.starts_with("a.m") || word.starts_with("p.m"))
    n = 3;  // "p.m" ending the text
  if (n == 0 || (at + n < text.size() && alpha(text[at + n]))) return 0;
  pm = word[0] == 'p';
  return n;
}

// "14:23", "14:23:05", "2:23 PM", "2:23pm", "2:23 p.m.", "8 pm", and "14h23" as much of Europe
// writes it.
bool read_clock(std::string_view text, std::size_t at, int& seconds, std::size_t& end,
                bool& meridiem_written) {
  int h = 0, m = 0, s = 0;
  std::size_t n = read_number(text, at, 2, h);
  if (n == 0 || at + n >= text.size()) return false;
  // Why two digits before the "h": "14h50" is a time, "2h30" more often a duration.
  const bool european = n == 2 && text[at + n] == 'h';
  const bool dotted = text[at + n] == '.';
  // "8 pm", "4am", "11 P.M.": an hour alone, which its half of the day makes a time.
  if (text[at + n] != ':' && !european && !dotted) {
    bool pm = false;
    const std::size_t after = text[at + n] == ' ' ? at + n + 1 : at + n;
    const std::size_t length = h >= 1 && h <= 12 ? read_meridiem(text, after, pm) : 0;
    if (length == 0) return false;
    seconds = (h % 12 + (pm ? 12 : 0)) * 3600;
    end = after + length;
    meridiem_written = true;
    return true;
  }
  std::size_t pos = at + n + 1;
  if (read_number(text, pos, 2, m) != 2) return false;
  pos += 2;
  // "10.42: the application became unavailable", "10.42am", as Britain and Australia write a
  // time; "3.14 release", "4.15 - fixed the leak" and "2.10:" (versions), "14.02." (a day) are
  // not times.
  if (dotted) {
    bool pm_unused = false;
    const bool closed = n == 2 && pos < text.size() && text[pos] == ':';
    if (!closed && read_meridiem(text, skip_spaces(text, pos), pm_unused) == 0) return false;
  }
  // "14h50m", "10h30 of engineering time": durations; "14h50:", "14h50 - " or "15h50 UTC" is a
  // time.
  if (european && !ends_a_time(text, pos) && !zone_named_at(text, pos)) return false;
  if (pos < text.size() && text[pos] == ':' && read_number(text, pos + 1, 2, s) == 2) {
    pos += 3;
    // "15:48:23.000Z", "12:55:42.018": the fraction of the second, read over.
    if (pos + 1 < text.size() && text[pos] == '.' && digit(text[pos + 1])) {
      ++pos;
      while (pos < text.size() && digit(text[pos])) ++pos;
    }
  }
  if (!european) pos += hours_mark_length(text, pos);
  const std::size_t after = skip_spaces(text, pos);
  bool pm = false;
  if (const std::size_t length = read_meridiem(text, after, pm)) {
    // "13:06 PM", "23:00 AM", "00:30 AM": a 24-hour time with a meridiem out of habit; the hour
    // says which half of the day it is.
    if (h >= 1 && h <= 12) {
      h = h % 12 + (pm ? 12 : 0);
      meridiem_written = true;
    }
    pos = after + length;
  } else if (h >= 1 && h <= 12 && pos < text.size() && (text[pos] == 'a' || text[pos] == 'p') &&
             (pos + 1 == text.size() || !alpha(text[pos + 1]))) {
    // "6:10p", "3:00a": the half of the day in a letter, as some bloggers write it.
    h = h % 12 + (text[pos] == 'p' ? 12 : 0);
    meridiem_written = true;
    ++pos;
  }
  if (h > 23 || m > 59 || s > 59) return false;
  seconds = h * 3600 + m * 60 + s;
  end = pos;
  return true;
}

// "頃", "ごろ", "左右", "경", "쯤" after a clock ("15時頃", "21:05경"): about then, as Japanese,
// Chinese and Korean write it; its length at `at`, 0 when none is there.
std::size_t about_then_after(std::string_view text, std::size_t at) {
  for (std::string_view about : {"頃", "ごろ", "左右", "경", "쯤"})
    if (text.substr(at, about.size()) == about) return about.size();
  return 0;
}

// " (approx)", " (approx.)", " (estimated)" after a time and its zone ("8:20AM PST (approx)"):
// about then, said in brackets; its length at `at`, 0 when none is there.
std::size_t approximation_after(std::string_view text, std::size_t at) {
  std::size_t pos = at;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos == at || pos >= text.size() || text[pos] != '(') return 0;
  const std::size_t close = text.find(')', pos);
  if (close == std::string_view::npos) return 0;
  const std::string word = lowercase_ascii(text.substr(pos + 1, close - pos - 1));
  for (std::string_view about : {"approx", "approx.", "approximately", "approximate", "est", "est.",
                                 "estimated", "roughly", "about", "circa", "ca."})
    if (word == about) return close + 1 - at;
  return 0;
}

// "6月17日(月)18時21分": the day of the week in brackets after a day, as Japanese writes it
// ("(月)", "（火）"), or Chinese ("(周一)", "（星期一）"): where the text goes on after it, or
// `at` when none is there.
std::size_t after_cjk_weekday(std::string_view text, std::size_t at) {
  static constexpr std::string_view kOpen[] = {"(", "\xEF\xBC\x88"};   // ( and U+FF08
  static constexpr std::string_view kClose[] = {")", "\xEF\xBC\x89"};  // ) and U+FF09
  static constexpr std::string_view kDays[] = {"月", "火", "水", "木", "金", "土", "日",
                                               "一", "二", "三", "四", "五", "六", "天"};
  for (std::string_view open : kOpen) {
    if (text.substr(at, open.size()) != open) continue;
    std::size_t pos = at + open.size();
    for (std::string_view week : {"星期", "周", "週"})
      if (text.substr(pos, week.size()) == week) {
        pos += week.size();
        break;
      }
    const auto day = std::find_if(std::begin(kDays), std::end(kDays), [&](std::string_view d) {
      return text.substr(pos, d.size()) == d;
    });
    if (day == std::end(kDays)) return at;
    pos += day->size();
    for (std::string_view close : kClose)
      if (text.substr(pos, close.size()) == close) return pos + close.size();
    return at;
  }
  return at;
}

// "15時30分", "午後3時", "午前10時47分", "午後0時30分" (half past noon), "3時半", "下午3点20分",
// "15時頃" (about then): a time as Japanese and Chinese write it, the hour and minute each followed
// by its unit, the half of the day before them. "3時間" (three hours) and "1点目" (the first point)
// are no times.
bool read_cjk_clock(std::string_view text, std::size_t at, int& seconds, std::size_t& end,
                    bool& meridiem_written, bool& approximate) {
  int half = 0;  // 1 before noon, 2 after
  for (const auto& [word, which] :
       {std::pair<std::string_view, int>{"午前", 1}, {"上午", 1}, {"午後", 2}, {"下午", 2}})
    if (text.substr(at, word.size()) == word) {
      half = which;
      at += word.size();
      break;
    }
  int h = 0, m = 0;
  std::size_t n = read_number(text, at, 2, h);
  if (n == 0) return false;
  std::size_t pos = at + n;
  bool hour_unit = false;
  for (std::string_view unit : {"時", "时", "点"})
    if (text.substr(pos, unit.size()) == unit) {
      const std::string_view next = text.substr(pos + unit.size(), 3);
      if (next == "間" || next == "目" || next == "数") return false;
      pos += unit.size();
      hour_unit = true;
      break;
    }
  if (!hour_unit) return false;
  if (const std::size_t k = read_number(text, pos, 2, m);
      k != 0 && text.substr(pos + k, 3) == "分") {
    pos += k + 3;
    // "18時21分14秒": the seconds, read over.
    int second = 0;
    if (const std::size_t k2 = read_number(text, pos, 2, second);
        k2 != 0 && text.substr(pos + k2, 3) == "秒" && second <= 59)
      pos += k2 + 3;
  } else if (text.substr(pos, 3) == "半") {  // half past
    m = 30;
    pos += 3;
  } else {
    m = 0;
  }
  if (const std::size_t about = about_then_after(text, pos)) {
    approximate = true;
    pos += about;
  }
  if (half != 0) {
    if (h > 12) return false;
    h = h % 12 + (half == 2 ? 12 : 0);
    meridiem_written = true;
  }
  if (h > 23 || m > 59) return false;
  seconds = h * 3600 + m * 60;
  end = pos;
  return true;
}

// Whether what follows `at` ends a time and its zone: nothing, punctuation, or a dash.
bool ends_a_time(std::string_view text, std::size_t at) {
  if (at >= text.size()) return true;
  if (std::string_view(":,;.)]").find(text[at]) != std::string_view::npos) return true;
  const std::string_view rest = text.substr(at);
  // "20:20 GST : The chain halts": a colon set apart by a space ends it too.
  return rest.starts_with(" -") || rest.starts_with(" :") || rest.starts_with(" \xE2\x80\x93") ||
         rest.starts_with(" \xE2\x80\x94");
}

std::size_t read_explicit_offset(std::string_view text, std::size_t at, int& offset);

// "Eastern", "Pacific Time", "PT" at `start`, after a time (in brackets when `paren`): a US
// region, whose offset depends on the day.
bool read_region_word(std::string_view text, std::size_t start, bool paren, LooseTime& time) {
  std::size_t n = 0;
  while (start + n < text.size() && alpha(text[start + n])) ++n;
  const std::string_view word = text.substr(start, n);
  const ZoneRegion* region = nullptr;
  for (const ZoneRegion& r : kGenericZones)
    if (word == r.words) region = &r;
  const bool abbreviation = region != nullptr;
  // "09:00 Central European Time": a region of two words, in capitals.
  if (n > 0 && text[start] >= 'A' && text[start] <= 'Z')
    for (const ZoneRegion& r : kZoneRegions) {
      const std::size_t size = r.words.size();
      if (r.words.find(' ') == std::string_view::npos ||
          lowercase_ascii(text.substr(start, size)) != r.words ||
          (start + size < text.size() && alpha(text[start + size])))
        continue;
      region = &r;
      n = size;
    }
  if (!region && n > 0 && text[start] >= 'A' && text[start] <= 'Z')
    for (const ZoneRegion& r : kZoneRegions)
      if (r.rule == StatedZone::Rule::UsDaylight && r.words.find('/') == std::string_view::npos &&
          lowercase_ascii(word) == r.words)
        region = &r;
  // "16:37 Denver time", "09:00 New York Time": a city's clock, only with its "time".
  bool city = false;
  if (!region && n > 0 && text[start] >= 'A' && text[start] <= 'Z')
    for (const ZoneRegion& r : kZoneCities) {
      const std::size_t size = r.words.size();
      if (r.words.find('/') != std::string_view::npos ||
          lowercase_ascii(text.substr(start, size)) != r.words ||
          (start + size < text.size() && alpha(text[start + size])))
        continue;
      region = &r;
      n = size;
      city = true;
    }
  if (!region) return false;
  std::size_t end = start + n;
  bool tail_read = false;
  for (std::string_view tail : {" Standard Time", " Daylight Time", " Time", " time"})
    if (text.substr(end, tail.size()) == tail) {
      end += tail.size();
      tail_read = true;
      break;
    }
  if ((region->rule == StatedZone::Rule::Fixed || city) && !tail_read) return false;
  if (paren) {
    if (end >= text.size() || text[end] != ')') return false;
    ++end;
  }
  // "09:00 Central European Time", "09:10 Central monitoring paged": words of the text. A zone
  // ends the time: the text, a bracket or punctuation, or a dash before the text follows it.
  // "12:21 PT gps noticed ...": "PT" in capitals is no word of the text, as "Central" can be.
  const bool bare_abbreviation = abbreviation && end == start + n;
  // "at 10:27am Eastern all indexes disappeared": after "am" or "pm" a region word is the zone.
  const bool after_meridiem = time.meridiem && region->rule != StatedZone::Rule::Fixed;
  if (!paren && !ends_a_time(text, end) &&
      !((bare_abbreviation || after_meridiem) && text[end] == ' '))
    return false;
  time.region = make_zone(region->rule, region->standard_x4 * 900);
  time.region_at = paren ? start - 1 : start;
  time.length = end;
  return true;
}

// " (17:14 UTC)" or " / 19:29 UTC" after "13:14 EDT": the same moment in another zone, read over;
// so is " (3:23PM)" after "15:23", the same clock on a 12-hour dial.
void read_restated_time(std::string_view text, LooseTime& time) {
  const std::size_t open = skip_spaces(text, time.length);
  if (open >= text.size() || (text[open] != '(' && text[open] != '/')) return;
  const bool slashed = text[open] == '/';
  int seconds = 0;
  bool meridiem = false;
  std::size_t end = 0;
  if (!read_clock(text, skip_spaces(text, open + 1), seconds, end, meridiem)) return;
  if (slashed) {
    // "3:29 PM EDT / 19:29 UTC": only a moment in a named zone after a zoned one is a restatement
    // ("14:05 / 14:20" may be a span).
    if (!time.zone_named && !time.region) return;
    LooseTime restated;
    restated.length = end;
    read_zone(text, restated);
    if (!restated.zone_named && !restated.region) return;
    // Two fixed offsets must name one instant: "14:05 UTC / 14:20 UTC" is a span.
    constexpr int kDay = 24 * 3600;
    if (time.zone_named && restated.zone_named &&
        ((time.seconds_of_day - time.utc_offset_seconds) -
         (seconds - restated.utc_offset_seconds)) %
                kDay !=
            0)
      return;
    time.length = restated.length;
    time.restated = true;
    return;
  }
  if (meridiem && !time.meridiem && seconds == time.seconds_of_day) {
    if (const std::size_t close = skip_spaces(text, end); close < text.size() && text[close] == ')')
      time.length = close + 1;
    return;
  }
  LooseTime restated;
  restated.length = end;
  read_zone(text, restated);
  if (!restated.zone_named && !restated.region) return;
  // "21:12 (16:12:26 UTC)": a time in the document's zone, restated as the logs wrote it; the
  // two clocks differ by whole half hours, as zones do ("14:05 (14:20 UTC)" is no restatement).
  constexpr int kHalfHour = 1800;
  if (!time.zone_named && !time.region &&
      (time.seconds_of_day / 60 * 60 - seconds / 60 * 60) % kHalfHour != 0)
    return;
  const std::size_t close = skip_spaces(text, restated.length);
  if (close >= text.size() || text[close] != ')') return;
  time.length = close + 1;
  time.restated = true;
}

void read_zone(std::string_view text, LooseTime& time) {
  std::size_t pos = skip_spaces(text, time.length);
  // "14:00Z", not the "Z" that opens "20:29:19  Z2M started".
  if (pos < text.size() && text[pos] == 'Z' &&
      (pos + 1 == text.size() || (!alpha(text[pos + 1]) && !digit(text[pos + 1])))) {
    time.zone_named = true;
    time.length = pos + 1;
    return;
  }
  // "16:55:00 -0500": an offset without its colon, after a time with seconds or ending the time
  // ("17:05 +1000 errors seen" counts errors).
  const bool with_seconds =
      time.length >= 6 && text[time.length - 3] == ':' && text[time.length - 6] == ':';
  if (pos < text.size() && (text[pos] == '+' || text[pos] == '-') && pos + 5 <= text.size() &&
      digit(text[pos + 1]) && digit(text[pos + 2]) && digit(text[pos + 3]) &&
      digit(text[pos + 4]) && (pos + 5 == text.size() || !alnum_char(text[pos + 5])) &&
      (with_seconds || ends_a_time(text, pos + 5))) {
    const int h = (text[pos + 1] - '0') * 10 + (text[pos + 2] - '0');
    const int m = (text[pos + 3] - '0') * 10 + (text[pos + 4] - '0');
    if (h <= 14 && m <= 59) {
      time.utc_offset_seconds = (text[pos] == '-' ? -1 : 1) * (h * 3600 + m * 60);
      time.zone_named = true;
      time.length = pos + 5;
    }
    return;
  }
  // "10:01-10:02" is a range, not an offset of -10:02: a minus offset written against the time
  // follows one with seconds ("16:55:00-05:00"), as ISO 8601 writes it, and is no time with
  // seconds itself ("10:01:00-10:02:00" is a range too).
  const bool range_like =
      pos < text.size() && text[pos] == '-' && pos == time.length &&
      (!with_seconds || (pos + 8 < text.size() && text[pos + 6] == ':' && digit(text[pos + 7]) &&
                         digit(text[pos + 8])));
  if (pos < text.size() && (text[pos] == '+' || text[pos] == '-') && pos + 6 <= text.size() &&
      !range_like && digit(text[pos + 1]) && digit(text[pos + 2]) && text[pos + 3] == ':') {
    int h = 0, m = 0;
    if (read_number(text, pos + 1, 2, h) == 2 && read_number(text, pos + 4, 2, m) == 2) {
      time.utc_offset_seconds = (text[pos] == '-' ? -1 : 1) * (h * 3600 + m * 60);
      time.zone_named = true;
      time.length = pos + 6;
    }
    return;
  }
  const bool paren = pos < text.size() && text[pos] == '(';  // "21:45 (UTC)"
  const std::size_t start = paren ? pos + 1 : pos;
  // "18:32 GMT+4", "09:00 (UTC-7)": the offset is the zone.
  int offset = 0;
  if (const std::size_t n = read_explicit_offset(text, start, offset)) {
    if (paren && (start + n >= text.size() || text[start + n] != ')')) return;
    time.zone_named = true;
    time.utc_offset_seconds = offset;
    time.length = start + n + (paren ? 1 : 0);
    return;
  }
  if (read_region_word(text, start, paren, time)) return;
  std::size_t n = 0;
  while (start + n < text.size() && text[start + n] >= 'A' && text[start + n] <= 'Z') ++n;
  if (n < 2 || n > 5 || (start + n < text.size() && alpha(text[start + n]))) return;
  if (paren && (start + n >= text.size() || text[start + n] != ')')) return;
  const std::string_view zone = text.substr(start, n);
  // "10:20 GST invoices failed": these zones' names are also everyday acronyms (a tax, IT), so
  // they name the zone only where the time ends with them ("18:32 GST: ...", "(GST)").
  const bool acronym = zone == "GST" || zone == "ICT" || zone == "ART" || zone == "WAT" ||
                       zone == "EAT" || zone == "MSK" || zone == "WIB" || zone == "PHT";
  if (acronym && !paren && !ends_a_time(text, start + n)) return;
  if (const ZoneName* z = zone_name(zone)) {
    time.zone_named = true;
    time.utc_offset_seconds = z->offset_hours_x4 * 900;
    time.abbreviation = z->name;
    std::size_t beside = skip_spaces(text, start + n + (paren ? 1 : 0));
    if (beside < text.size() && text[beside] == '(') ++beside;
    int spelt = 0;
    time.offset_spelt_out =
        read_explicit_offset(text, beside, spelt) > 0 && spelt == time.utc_offset_seconds;
  } else if (const auto meant = zone_most_often_meant(zone)) {
    time.zone_named = true;
    time.utc_offset_seconds = meant->offset_seconds;
    time.doubtful_zone = std::string(zone);
  } else if (std::find(kAmbiguousZones.begin(), kAmbiguousZones.end(), zone) !=
             kAmbiguousZones.end()) {
    time.unknown_zone = std::string(zone);
  } else {
    return;  // "14:40 CPU at 100%": a word of the text, not a zone
  }
  time.length = start + n + (paren ? 1 : 0);
}

// The day written after a time: "12:45 PM PST Saturday Oct 30th", "22:30 UTC (Oct 29)", "18:30,
// Nov 27, 2025" (after a comma, only a day with its year: "10:00, 5 engineers joined" is none).
void read_trailing_date(std::string_view text, LooseTime& time) {
  std::size_t pos = skip_spaces(text, time.length);
  const bool comma = pos < text.size() && text[pos] == ',';
  if (comma) {
    // The day ends the moment: nothing, a colon or a dash after it ("10:30, 2025-11-28 was
    // chosen as the cutover date" tells a day in its sentence).
    const std::size_t day_at = skip_spaces(text, pos + 1);
    const auto d = read_date_as_written(text.substr(day_at));
    if (!d || d->year == 0) return;
    const std::string_view after = text.substr(skip_spaces(text, day_at + d->length));
    if (!after.empty() && after.front() != ':' && after.front() != '-' &&
        !after.starts_with("\xE2\x80\x93") && !after.starts_with("\xE2\x80\x94"))
      return;
    pos = day_at;
  }
  const bool paren = pos < text.size() && text[pos] == '(';
  if (paren) ++pos;
  // "Around 17:09 CDT on June 13, ...": the day told after the time.
  const bool told_day = !paren && text.substr(pos, 3) == "on ";
  if (told_day) pos += 3;
  auto d = read_date_as_written(text.substr(pos));
  if (!d) return;
  std::size_t end = pos + d->length;
  if (paren) {
    if (end >= text.size() || text[end] != ')') return;
    ++end;
  }
  d->length = end;
  time.date = d;
  time.length = end;
}

// "(+1d)", "+1d", "(+2 days)", "(next day)" after a time: how many days later than the day the
// timeline had reached it falls on, as a timeline spanning midnight marks its times (which day
// it counts from is the importer's to say: ImportContext::resolve_time).
void read_days_later(std::string_view text, LooseTime& time) {
  std::size_t pos = skip_spaces(text, time.length);
  const bool paren = pos < text.size() && text[pos] == '(';
  if (paren) ++pos;
  int days = 0;
  const std::string rest = lowercase_ascii(text.substr(pos, 12));
  // "(next day)" in brackets only: "14:00 Next day delivery slots disappear" tells of a product.
  if (paren && rest.starts_with("next day")) {
    days = 1;
    pos += 8;
  } else if (rest.starts_with("+") && rest.size() > 1 && rest[1] >= '1' && rest[1] <= '9') {
    days = rest[1] - '0';
    pos += 2;
    if (rest.substr(2, 5) == " days")
      pos += 5;
    else if (rest.substr(2, 4) == " day")
      pos += 4;
    else if (rest.substr(2, 1) == "d")
      pos += 1;
    else
      return;
  } else {
    return;
  }
  if (paren) {
    if (pos >= text.size() || text[pos] != ')') return;
    ++pos;
  } else if (pos < text.size() && alpha(text[pos])) {
    return;
  }
  time.days_later = days;
  time.length = pos;
}

// "UTC-7", "UTC+2", "GMT+05:30", "UTC−7" (a minus sign) at `at`; its length, 0 when none.
std::size_t read_explicit_offset(std::string_view text, std::size_t at, int& offset) {
  if (text.substr(at, 3) != "UTC" && text.substr(at, 3) != "GMT") return 0;
  std::size_t pos = skip_spaces(text, at + 3);
  int sign = 0;
  if (pos < text.size() && text[pos] == '+')
    sign = 1, ++pos;
  else if (pos < text.size() && text[pos] == '-')
    sign = -1, ++pos;
  else if (text.substr(pos, 3) == "\xE2\x88\x92")
    sign = -1, pos += 3;
  if (sign == 0) return 0;
  int h = 0, m = 0;
  const std::size_t n = read_number(text, pos, 2, h);
  if (n == 0 || h > 14) return 0;
  pos += n;
  if (pos + 3 <= text.size() && text[pos] == ':' && read_number(text, pos + 1, 2, m) == 2) pos += 3;
  offset = sign * (h * 3600 + m * 60);
  return pos - at;
}

// The n-th (1-based; 0 for the last) Sunday of a month, as a day of the month.
unsigned sunday_of(int year, unsigned month, unsigned nth) {
  using namespace date;
  const sys_days day = nth == 0 ? sys_days(year_month_weekday_last{
                                      date::year{year}, date::month{month}, weekday_last{Sunday}})
                                : sys_days(year_month_weekday{date::year{year}, date::month{month},
                                                              weekday_indexed{Sunday, nth}});
  return static_cast<unsigned>(year_month_day{day}.day());
}

// True when a local moment (month, day, hour) is inside [from, to), both given as such triples.
bool within(int month, int day, int hour, int from_m, int from_d, int from_h, int to_m, int to_d,
            int to_h) {
  const int at = (month * 32 + day) * 24 + hour;
  return at >= (from_m * 32 + from_d) * 24 + from_h && at < (to_m * 32 + to_d) * 24 + to_h;
}

}  // namespace

std::optional<StatedZone> zone_most_often_meant(std::string_view abbreviation) {
  if (abbreviation == "IST") return make_zone(StatedZone::Rule::Fixed, 19800);
  return std::nullopt;
}

std::string find_ambiguous_zone(std::string_view text) {
  if (lowercase_ascii(text).find("time") == std::string::npos) return {};
  for (std::string_view zone : kAmbiguousZones)
    for (std::size_t at = text.find(zone); at != std::string_view::npos;
         at = text.find(zone, at + 1))
      if ((at == 0 || !alpha(text[at - 1])) &&
          (at + zone.size() == text.size() || !alpha(text[at + zone.size()])))
        return std::string(zone);
  return {};
}

// "(Paris, UTC+1)": a note in brackets of a few words, standing alone and holding no clock
// time, speaks of the times around it without saying "time". Only its offset counts: "(Berlin
// on-call, CET)" is an aside about a person, "(local: 10:20 CET)" one about a moment.
bool bracketed_note(std::string_view text) {
  text = trim(text);
  if (text.size() < 3 || text.front() != '(' || text.back() != ')') return false;
  const std::string_view inside = text.substr(1, text.size() - 2);
  if (inside.find_first_of("()") != std::string_view::npos) return false;
  for (std::size_t i = 1; i + 1 < inside.size(); ++i)
    if (inside[i] == ':' && digit(inside[i - 1]) && digit(inside[i + 1])) return false;
  return std::count(inside.begin(), inside.end(), ' ') < 4;
}

std::optional<StatedZone> find_stated_zone(std::string_view text, bool names_a_time) {
  const std::string lower = lowercase_ascii(text);
  // "All times in UTC", "Время сервера UTC+5", "Alle Zeiten in MEZ", "Heure de Paris": words
  // for time in the languages post-mortems are written in (Cyrillic keeps its capitals here).
  static constexpr std::string_view kTimeWords[] = {
      "time",
      "zeit",
      "heure",
      "hora",
      "czas",
      "tijd",
      "\xD0\xB2\xD1\x80\xD0\xB5\xD0\xBC\xD1\x8F",  // время
      "\xD0\x92\xD1\x80\xD0\xB5\xD0\xBC\xD1\x8F",  // Время
      "\xE6\x99\x82\xE5\x88\xBB",                  // 時刻
      "\xE6\x99\x82\xE9\x96\x93",                  // 時間
      "\xE6\x97\xB6\xE9\x97\xB4",                  // 时间
      "\xEC\x8B\x9C\xEA\xB0\x84"};                 // 시간
  const bool speaks_of_time =
      names_a_time ||
      std::any_of(std::begin(kTimeWords), std::end(kTimeWords),
                  [&](std::string_view word) { return lower.find(word) != std::string::npos; });
  if (!speaks_of_time && !bracketed_note(text)) return std::nullopt;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && alpha(text[i - 1])) continue;
    int offset = 0;
    if (read_explicit_offset(text, i, offset) > 0)
      return make_zone(StatedZone::Rule::Fixed, offset);
  }
  if (!speaks_of_time) return std::nullopt;
  // Abbreviations: two of one region ("PST/PDT") name the region; one alone names its offset.
  const ZoneName* first = nullptr;
  bool region = false;
  for (std::size_t i = 0; i < text.size();) {
    if (!alpha(text[i]) || (i > 0 && alpha(text[i - 1]))) {
      ++i;
      continue;
    }
    std::size_t n = 0;
    while (i + n < text.size() && alpha(text[i + n])) ++n;
    if (const ZoneName* z = zone_name(text.substr(i, n))) {
      if (!first)
        first = z;
      else if (z != first && z->region == first->region &&
               z->region_standard_x4 == first->region_standard_x4)
        region = true;
    }
    i += n;
  }
  if (first && region) return make_zone(first->region, first->region_standard_x4 * 900);
  if (!first)
    if (const ZoneRegion* r = generic_zone(text)) return make_zone(r->rule, r->standard_x4 * 900);
  // "Timeline (PDT)" over February's times, "All times EST" over July's: one abbreviation of a
  // region with daylight saving is stated with its region, whose offset follows the day, and the
  // offset it names (the importer reads the times at that offset and warns when the region's
  // clock differs that day). "GMT" and "WET" stay fixed: "GMT" is as often written for UTC.
  if (first && first->region != StatedZone::Rule::Fixed && first->name != "GMT" &&
      first->name != "WET")
    return StatedZone{first->region, first->region_standard_x4 * 900, first->name,
                      first->offset_hours_x4 * 900};
  if (first) return make_zone(StatedZone::Rule::Fixed, first->offset_hours_x4 * 900);
  // A region or city names a zone only where the text speaks of time: "US Eastern", "Pacific
  // time", "times in London"; not "the central database".
  const auto named_in = [&](const ZoneRegion& r) {
    for (std::size_t at = lower.find(r.words); at != std::string::npos;
         at = lower.find(r.words, at + 1)) {
      const std::size_t end = at + r.words.size();
      if ((at > 0 && alpha(lower[at - 1])) || (end < lower.size() && alpha(lower[end]))) continue;
      const std::string_view before = std::string_view(lower).substr(0, at);
      if (r.words.find('/') != std::string_view::npos || before.ends_with("us ") ||
          std::string_view(lower).substr(end).starts_with(" time") || before.ends_with("/") ||
          before.ends_with("times ") || before.ends_with("times in ") ||
          before.ends_with("times are ") || before.ends_with("times are in "))
        return true;
    }
    return false;
  };
  for (const ZoneRegion& r : kZoneRegions)
    if (named_in(r)) return make_zone(r.rule, r.standard_x4 * 900);
  for (const ZoneRegion& r : kZoneCities)
    if (named_in(r)) return make_zone(r.rule, r.standard_x4 * 900);
  return std::nullopt;
}

int utc_offset_at(const StatedZone& zone, const LooseDate& d, int seconds_of_day) {
  const int hour = seconds_of_day / 3600;
  switch (zone.rule) {
    case StatedZone::Rule::Fixed:
      return zone.offset_seconds;
    case StatedZone::Rule::UsDaylight: {
      // Second Sunday of March, 02:00 local, to the first Sunday of November, 02:00 local.
      const bool summer = within(d.month, d.day, hour, 3, static_cast<int>(sunday_of(d.year, 3, 2)),
                                 2, 11, static_cast<int>(sunday_of(d.year, 11, 1)), 2);
      return zone.offset_seconds + (summer ? 3600 : 0);
    }
    case StatedZone::Rule::EuDaylight: {
      // Last Sunday of March to the last Sunday of October, at 01:00 UTC.
      const int utc_hour = hour - zone.offset_seconds / 3600;
      const bool summer =
          within(d.month, d.day, utc_hour, 3, static_cast<int>(sunday_of(d.year, 3, 0)), 1, 10,
                 static_cast<int>(sunday_of(d.year, 10, 0)), 1);
      return zone.offset_seconds + (summer ? 3600 : 0);
    }
  }
  return zone.offset_seconds;
}

namespace {
std::optional<LooseDate> read_date_as_written(std::string_view text) {
  std::size_t at = skip_weekday(text, skip_spaces(text, 0));
  if (auto d = read_numeric_date(text, at, true)) return d;
  if (auto d = read_cjk_date(text, at, true)) return d;
  // "2023, Sept 21": the year first, then the month and day, where the day ends the date: the
  // text ends, punctuation or a time follows ("In 2022, March 3 outages hit ..." counts them).
  if (int year = 0;
      read_number(text, at, 4, year) == 4 && plausible_year(year) && text.substr(at + 4, 2) == ", ")
    if (auto d = read_word_date(text, at + 6, false); d && d->year == 0) {
      const std::size_t next = skip_spaces(text, d->length);
      if (next < text.size() && !digit(text[next]) &&
          std::string_view(":,.;)-").find(text[next]) == std::string_view::npos &&
          !text.substr(next).starts_with("\xE2\x80\x93"))
        return read_word_date(text, at, true);
      d->year = year;
      if (!valid(*d)) return std::nullopt;
      return d;
    }
  return read_word_date(text, at, true);
}
}  // namespace

bool writes_slashed_days_first(std::string_view text) {
  bool day_first = false;
  // Days counted roughly (31 to a month) in each order, for dates that both orders read.
  int month_first_low = INT_MAX, month_first_high = INT_MIN;
  int day_first_low = INT_MAX, day_first_high = INT_MIN;
  bool in_fence = false;  // a pasted log in a fenced block writes as its program does
  for (std::size_t line = 0; line < text.size();) {
    std::size_t line_end = text.find('\n', line);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view row = trim(text.substr(line, line_end - line));
    if (is_code_fence(row)) in_fence = !in_fence;
    for (std::size_t at = line; !in_fence && at < line_end; ++at) {
      if (!digit(text[at]) || (at > 0 && (digit(text[at - 1]) || text[at - 1] == '/'))) continue;
      int first = 0, second = 0, year = 0;
      const std::size_t n = read_number(text, at, 2, first);
      if (at + n >= line_end || text[at + n] != '/') continue;
      const std::size_t m = read_number(text, at + n + 1, 2, second);
      const std::size_t year_at = at + n + 1 + m;
      if (m == 0 || year_at >= line_end || text[year_at] != '/') continue;
      // A date's year has two digits or four, and nothing after them: "24/7/365" is no date.
      const std::size_t y = read_number(text, year_at + 1, 4, year);
      if ((y != 2 && y != 4) || (year_at + 1 + y < text.size() &&
                                 (digit(text[year_at + 1 + y]) || text[year_at + 1 + y] == '/')))
        continue;
      if (second > 12 && second <= 31 && first >= 1 && first <= 12)
        return false;  // "03/20/2025": the month first
      day_first = day_first || (first > 12 && first <= 31 && second >= 1 && second <= 12);
      if (first >= 1 && first <= 12 && second >= 1 && second <= 12) {
        const int month_first_days = year * 372 + first * 31 + second;
        const int day_first_days = year * 372 + second * 31 + first;
        month_first_low = std::min(month_first_low, month_first_days);
        month_first_high = std::max(month_first_high, month_first_days);
        day_first_low = std::min(day_first_low, day_first_days);
        day_first_high = std::max(day_first_high, day_first_days);
      }
    }
    line = line_end + 1;
  }
  // "06/04/2023", "07/04/2023", "10/04/2023": dates either order reads, which the day first puts
  // within a month and the month first across more than two. An incident's dates lie close
  // together ("03/04/2024" and "04/04/2024" a month apart stay month first).
  if (!day_first && month_first_low != INT_MAX)
    return day_first_high - day_first_low <= 31 && month_first_high - month_first_low > 62;
  return day_first;
}

SlashedDaysFirst::SlashedDaysFirst(bool days_first) : before_(t_slashed_days_first) {
  t_slashed_days_first = days_first;
}

SlashedDaysFirst::~SlashedDaysFirst() { t_slashed_days_first = before_; }

std::optional<LooseDate> read_slashed_day(std::string_view text) {
  text = text.substr(0, text.find_last_not_of(" :") + 1);
  LooseDate d;
  int first = 0, second = 0;
  const std::size_t at = skip_spaces(text, 0);
  const std::size_t n = read_number(text, at, 2, first);
  if (n == 0 || at + n >= text.size() || text[at + n] != '/') return {};
  const std::size_t m = read_number(text, at + n + 1, 2, second);
  if (m == 0 || at + n + 1 + m != text.size()) return {};
  // The month first, as the United States and East Asia write it, unless only the other order
  // names a day ("25/11").
  const bool day_first = first > 12 || (t_slashed_days_first && second <= 12);
  d.month = day_first ? second : first;
  d.day = day_first ? first : second;
  d.length = text.size();
  if (!valid(d)) return {};
  return d;
}

bool is_weekday(std::string_view text) {
  text = text.substr(0, text.find_last_not_of(" .,") + 1);
  const std::size_t start = skip_spaces(text, 0);
  return start < text.size() && skip_weekday(text, start) >= text.size();
}

std::optional<int> weekday_alone(std::string_view text) {
  text = trim(text);
  while (!text.empty() && (text.back() == ':' || text.back() == '.' || text.back() == ' '))
    text.remove_suffix(1);
  int weekday = -1;
  if (!text.empty() && skip_weekday(text, 0, &weekday) >= text.size()) return weekday;
  static constexpr std::array<std::string_view, 7> kWeekdaysElsewhere{
      " lundi lunes montag segunda segunda-feira lunedi luned\xC3\xAC maandag ",
      " mardi martes dienstag terca ter\xC3\xA7"
      "a ter\xC3\xA7"
      "a-feira martedi "
      "marted\xC3\xAC dinsdag ",
      " mercredi miercoles mi\xC3\xA9rcoles mittwoch quarta quarta-feira mercoledi "
      "mercoled\xC3\xAC woensdag ",
      " jeudi jueves donnerstag quinta quinta-feira giovedi gioved\xC3\xAC donderdag ",
      " vendredi viernes freitag sexta sexta-feira venerdi venerd\xC3\xAC vrijdag ",
      " samedi sabado s\xC3\xA1"
      "bado samstag sabato zaterdag ",
      " dimanche domingo sonntag domenica zondag "};
  const std::string word = " " + lowercase_ascii(text) + " ";
  for (std::size_t d = 0; d < kWeekdaysElsewhere.size(); ++d)
    if (kWeekdaysElsewhere[d].find(word) != std::string_view::npos) return static_cast<int>(d);
  return std::nullopt;
}

namespace {
std::optional<LooseDate> find_date_as_written(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && (alpha(text[i - 1]) || digit(text[i - 1]))) continue;
    // "resources-2018-04-09", "backup_2019-01-01": a date inside a name is no day of the text.
    if (i > 1 && (text[i - 1] == '-' || text[i - 1] == '_') &&
        (alpha(text[i - 2]) || digit(text[i - 2])))
      continue;
    if (auto d = read_date_as_written(text.substr(i)); d && d->year != 0) {
      d->length += i;
      return d;
    }
  }
  return std::nullopt;
}
}  // namespace

// "2022-02-02 1625: ..." after a full date: four digits with no colon, ending the time as a
// zone, punctuation or a dash does ("1625 UTC", "1625:"), so that "2022-02-02 1625 users" is no
// time. Without a year before them ("1936 UTC: v22.0.1 is released", "Feb 8 0117 UTC") the
// digits need a zone after them: "1625: 3 retries" stays a count.
bool read_compact_clock(std::string_view text, std::size_t at, bool after_full_date, int& seconds,
                        std::size_t& end) {
  int hhmm = 0;
  if (read_number(text, at, 4, hhmm) != 4 || (at + 4 < text.size() && digit(text[at + 4])))
    return false;
  const int h = hhmm / 100, m = hhmm % 100;
  if (h > 23 || m > 59) return false;
  const std::size_t mark = hours_mark_length(text, at + 4);
  if (after_full_date) {
    LooseTime zoned;
    zoned.length = at + 4 + mark;
    read_zone(text, zoned);
    if (!ends_a_time(text, at + 4 + mark) && !zoned.zone_named && !zoned.region) return false;
  } else if (!zoned_compact_clock_at(text, at)) {
    return false;
  }
  seconds = h * 3600 + m * 60;
  end = at + 4 + mark;
  return true;
}

// Whether the number that ends at `after` is a quantity or a version rather than a clock:
// "2024-07-10 12.40 GB written", "10.15 release rolled out", "12.5", "99.95%".
bool quantity_follows(std::string_view text, std::size_t after) {
  if (after < text.size() && (digit(text[after]) || text[after] == '.' || text[after] == '%'))
    return true;
  std::size_t word_end = skip_spaces(text, after);
  while (word_end < text.size() && alpha(text[word_end])) ++word_end;
  const std::string next =
      lowercase_ascii(text.substr(skip_spaces(text, after), word_end - skip_spaces(text, after)));
  for (std::string_view unit : {"kb", "mb", "gb", "tb", "kib", "mib", "gib", "tib", "ms", "s", "x",
                                "release", "version", "build", "patch", "percent"})
    if (next == unit) return true;
  return false;
}

// "2023-09-18 15.26 Compared the disk sizes": after a full date, a dotted time, two digits on
// each side, needs no half of the day to be a time ("15.26" alone may be a version).
bool read_dotted_clock_after_date(std::string_view text, std::size_t at, int& seconds,
                                  std::size_t& end) {
  int h = 0, m = 0;
  if (read_number(text, at, 2, h) != 2 || text.substr(at + 2, 1) != "." ||
      read_number(text, at + 3, 2, m) != 2 || h > 23 || m > 59)
    return false;
  const std::size_t after = at + 5;
  if (quantity_follows(text, after)) return false;
  seconds = h * 3600 + m * 60;
  end = after;
  return true;
}

std::size_t after_range_mark(std::string_view text, std::size_t at) {
  // "18:03 ~ 18:06", "18:03〜18:06": Japanese, Chinese and Korean writers mark a range with a
  // tilde or a wave dash.
  for (std::string_view mark :
       {"-", "\xE2\x80\x93", "\xE2\x80\x94", "to ", "~", "\xE3\x80\x9C", "\xEF\xBD\x9E"})
    if (text.substr(at, mark.size()) == mark) return skip_spaces(text, at + mark.size());
  return at;
}

// "08:02 - 10:30 AM ET": a range's start written bare takes the zone and the half of the day its
// end names (the morning when the end's half would put the start after the end).
void borrow_from_range_end(std::string_view text, LooseTime& time) {
  if (time.zone_named || time.region || time.meridiem) return;
  const std::size_t mark = skip_spaces(text, time.length);
  const std::size_t start = after_range_mark(text, mark);
  int end_seconds = 0;
  bool end_meridiem = false;
  std::size_t end = 0;
  if (start == mark || !read_clock(text, start, end_seconds, end, end_meridiem)) return;
  LooseTime last;
  last.length = end;
  read_zone(text, last);
  const int hour = time.seconds_of_day / 3600;
  if (end_meridiem && hour >= 1 && hour <= 12) {
    const int morning = time.seconds_of_day - (hour == 12 ? 12 * 3600 : 0);
    const int afternoon = morning + 12 * 3600;
    time.seconds_of_day =
        end_seconds >= 12 * 3600 && afternoon <= end_seconds ? afternoon : morning;
    time.meridiem = true;
  }
  if (last.zone_named || last.region) {
    time.zone_named = last.zone_named;
    time.utc_offset_seconds = last.utc_offset_seconds;
    time.region = last.region;
    time.unknown_zone = last.unknown_zone;
  }
}

// The words that open a sentence telling when something happened, before its clock time ("At",
// "Around", "By", "Shortly after", "After"), capitalised or not: their length, or 0. Those that say
// the moment is near the time, not at it, set `approximate`. ("By 5:00 PM, send the update" in a
// list of actions is a deadline: read_actions keeps such a list.)
std::size_t sentence_time_opener(std::string_view text, std::size_t at, bool& approximate) {
  struct Opener {
    std::string_view words;
    bool approximate;
  };
  static constexpr Opener kOpeners[] = {
      {"at about ", true},   {"at around ", true},     {"at approximately ", true},
      {"at roughly ", true}, {"at ", false},           {"around ", true},
      {"about ", true},      {"approximately ", true}, {"roughly ", true},
      {"by ", true},         {"shortly after ", true}, {"shortly before ", true},
      {"just after ", true}, {"just before ", true},   {"soon after ", true},
      {"after ", true},      {"before ", true}};
  if (at >= text.size()) return 0;
  for (const Opener& o : kOpeners) {
    const std::size_t end = at + o.words.size();
    // "At ~11:30am today": an approximate time after the opener.
    const std::size_t clock = end < text.size() && text[end] == '~' ? end + 1 : end;
    if (clock >= text.size() || !digit(text[clock])) continue;
    const char first = text[at];
    if ((first != o.words[0] && first != o.words[0] - ('a' - 'A')) ||
        text.substr(at + 1, o.words.size() - 1) != o.words.substr(1))
      continue;
    approximate = o.approximate;
    return o.words.size();
  }
  return 0;
}

namespace {
std::optional<LooseTime> read_time_as_written(std::string_view text) {
  LooseTime time;
  std::size_t at = skip_spaces(text, 0);
  // "[03-26 17:40]", "(7:30 UTC) Services operating normally": the moment in brackets.
  const char close_bracket = at >= text.size() ? 0
                             : text[at] == '[' ? ']'
                             : text[at] == '(' ? ')'
                                               : 0;
  const bool bracket = close_bracket != 0;
  if (bracket) at = skip_spaces(text, at + 1);
  // "~2025-03-03 19:30", "approx. 19:50": a moment written as about then, its day too.
  for (std::string_view about : {"~", "approx. ", "approx ", "ca. "})
    if (text.substr(at, about.size()) == about && at + about.size() < text.size() &&
        digit(text[at + about.size()])) {
      time.approximate = true;
      at += about.size();
      break;
    }
  // "At 11:03 UTC, two drives were added", "Around 17:09 CDT on June 13, servers logged
  // errors": a timeline told as sentences. The time must name its zone or end with punctuation
  // ("At 3 we" is no time, nor "At 10:30 we" in a summary).
  const std::size_t opener = bracket ? 0 : sentence_time_opener(text, at, time.approximate);
  const bool told = opener != 0;
  at += opener;
  // "On Sep 29 at 14:00, the build was deployed", "On June 17th, 2020 at approximately 18:00 UTC
  // the site went down", "On 23 April 2026, 1AM SAST, our alerts fired": a day and a time told
  // as a sentence, held to the same rule.
  // "On the 15 Mar 2020, around 9pm UTC the proposal was submitted": "the" before the day.
  bool told_on_day = false;
  if (!bracket && !told && (text.substr(at, 3) == "On " || text.substr(at, 3) == "on ")) {
    const std::size_t day_at = text.substr(at + 3, 4) == "the " ? at + 7 : at + 3;
    if (const auto day = read_date_as_written(text.substr(day_at))) {
      std::size_t after = skip_spaces(text, day_at + day->length);
      const bool comma = after < text.size() && text[after] == ',';
      if (comma) after = skip_spaces(text, after + 1);
      bool about = false;
      if ((text.substr(after, 3) == "at " && sentence_time_opener(text, after, about) != 0) ||
          (comma && after < text.size() && digit(text[after])) ||
          (comma && sentence_time_opener(text, after, about) != 0 && about)) {
        at = day_at;
        told_on_day = true;
      }
    }
  }
  const std::string_view from = text.substr(at);
  std::optional<LooseDate> d = read_date_as_written(from);
  // "At 2017/01/31 18:00 UTC, we detected ...": a day with its year and a clock, told as a
  // sentence; after "At" anything else is the clock itself ("At 11:03 UTC").
  if (told && d) {
    const std::size_t after = skip_spaces(from, d->length);
    if (d->year == 0 || after == d->length || after >= from.size() || !digit(from[after]))
      d.reset();
  }
  if (!d && !told) d = read_month_day(from, 0);
  // "Thurs 07:06 PDT: The team was paged": a weekday alone before the clock.
  if (!d && !told) {
    int weekday = -1;
    const std::size_t after = skip_weekday(text, at, &weekday);
    if (after > at && after < text.size() && digit(text[after]) && text[after - 1] == ' ') {
      time.weekday = weekday;
      at = after;
    }
  }
  if (d) {
    d->length += at;
    time.date = d;
    at = d->length;
    // "2024-01-15T14:23", "Jan 14, 10:18 AM", "February 15, 2024: 7:56am", "2023-01-04/11:34".
    if (at < text.size() && (text[at] == 'T' || text[at] == ',' || text[at] == '/')) ++at;
    if (at + 1 < text.size() && text[at] == ':' && text[at + 1] == ' ') ++at;
    at = skip_spaces(text, at);
    at = skip_spaces(text, after_cjk_weekday(text, at));
    // "02/07 Monday 5:56 AM": the day's weekday between it and the time.
    if (const std::size_t after = skip_weekday(text, at);
        after > at && after < text.size() && digit(text[after]) && text[after - 1] == ' ')
      at = after;
    // "2021-08-27: At 12:50:07 UTC, issue exploited", "2023-08-15 @ 08:02 AM ET:",
    // "Wednesday 2019-01-30 - 08:35", "November 4th -- 16:30" (a dash before the time).
    if (text.substr(at, 3) == "at " || text.substr(at, 3) == "At ") at += 3;
    // "Aug 9, approximately 09:14", "May 3, around 14:00": the day's time, about then.
    bool about = false;
    if (const std::size_t about_words = sentence_time_opener(text, at, about);
        about_words != 0 && about) {
      at += about_words;
      time.approximate = true;
    }
    // "06.Sep.2020 from 17:00 CET - 07.Sep.2020 10:15 CET": the start of a span.
    if (text.substr(at, 5) == "from " && at + 5 < text.size() && digit(text[at + 5])) at += 5;
    if (text.substr(at, 2) == "@ ") at += 2;
    for (std::string_view dash : {"- ", "-- ", "\xE2\x80\x93 ", "\xE2\x80\x94 "})
      if (text.substr(at, dash.size()) == dash && at + dash.size() < text.size() &&
          digit(text[at + dash.size()]))
        at += dash.size();
  }
  // "November 26, 2025 (17:06 UTC)": the day's time in brackets after it.
  const bool time_in_brackets_after_day = d && !bracket && at + 1 < text.size() &&
                                          text[at] == '(' &&
                                          (digit(text[at + 1]) || text[at + 1] == '~');
  if (time_in_brackets_after_day) ++at;
  if (at < text.size() && text[at] == '~') {
    time.approximate = true;
    at = skip_spaces(text, at + 1);
  } else if (text.substr(at, 2) == "\xC2\xB1") {  // "± 17:20 UTC": plus or minus, about then
    time.approximate = true;
    at = skip_spaces(text, at + 2);
  }
  // "24.05.2023 kl 01:09", "ca kl 07:25", "kl. 14.00" as Norwegian, Danish and Swedish write a
  // time ("klokken", about: "cirka").
  for (std::string_view about : {"ca. ", "ca "})
    if (text.substr(at, about.size()) == about && text.substr(at + about.size(), 2) == "kl") {
      time.approximate = true;
      at += about.size();
    }
  for (std::string_view clock : {"kl. ", "kl "})
    if (text.substr(at, clock.size()) == clock && at + clock.size() < text.size() &&
        digit(text[at + clock.size()])) {
      at += clock.size();
      break;
    }
  std::size_t end = 0;
  time.one_digit_hour = at + 1 < text.size() && digit(text[at]) && text[at + 1] == ':';
  if (!read_clock(text, at, time.seconds_of_day, end, time.meridiem) &&
      !read_compact_clock(text, at, d && d->year != 0, time.seconds_of_day, end) &&
      !(d && d->year != 0 && read_dotted_clock_after_date(text, at, time.seconds_of_day, end)) &&
      !read_cjk_clock(text, at, time.seconds_of_day, end, time.meridiem, time.approximate))
    return std::nullopt;
  time.length = end;
  // "21:05경", "21:05頃", "21:05左右": about then, after a clock written with a colon too.
  if (const std::size_t about = about_then_after(text, time.length)) {
    time.approximate = true;
    time.length += about;
  }
  read_zone(text, time);
  if (const std::size_t about = approximation_after(text, time.length)) {
    time.approximate = true;
    time.approximation = std::string(trim(text.substr(time.length, about)));
    time.length += about;
  }
  // "At 11:59am we determined": a told time is one when it names its zone, ends with punctuation
  // or says which half of the day it is in.
  if ((told || told_on_day) && !time.zone_named && !time.region &&
      !ends_a_time(text, time.length) && !time.meridiem)
    return std::nullopt;
  // "At 02:00 UTC every night, a cron job rotates ...": a schedule, not a moment of the story
  // ("At 10:00 UTC each node was restarted" is one).
  if (told || told_on_day) {
    std::string after = lowercase_ascii(text.substr(time.length, 24));
    if (after.starts_with(",")) after.erase(0, 1);
    for (std::string_view every : {" every ", " each "})
      if (after.starts_with(every))
        for (std::string_view period :
             {"night", "day", "morning", "evening", "hour", "week", "month", "minute", "sunday",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"})
          if (after.compare(every.size(), period.size(), period) == 0) return std::nullopt;
  }
  time.told = told || told_on_day;
  time.zone_end = time.length;
  read_restated_time(text, time);
  borrow_from_range_end(text, time);
  if (!time.date) read_trailing_date(text, time);
  if (!time.date) read_days_later(text, time);
  // "[03-26 17:40]", "(7:30 UTC) ...", and after a day "November 26, 2025 (17:06 UTC)": the
  // bracket closes after the time.
  const char closing = bracket ? close_bracket : time_in_brackets_after_day ? ')' : 0;
  if (closing != 0) {
    const std::size_t close = skip_spaces(text, time.length);
    // "(13:20 - 13:50 UTC)": a range in the brackets starts at its first time (its zone borrowed
    // above). What was read ends before the range, so that the range stays in the text as
    // ranges do.
    const std::size_t range_end = after_range_mark(text, close);
    if (range_end != close)
      if (auto last = read_time_as_written(text.substr(range_end))) {
        const std::size_t last_close = skip_spaces(text, range_end + last->length);
        if (last_close >= text.size() || text[last_close] != closing) return std::nullopt;
        return time;
      }
    if (close >= text.size() || text[close] != closing) return std::nullopt;
    time.length = close + 1;
  }
  return time;
}
}  // namespace

// "2026‑01‑22 14:28:08" written with non-breaking hyphens (U+2011), as word processors and
// some editors join a date so that it never wraps, or with U+2010 hyphens or U+2212 minus signs:
// the dates and times are read as if written with ASCII hyphens, and what was read is measured
// in the text as written.
namespace {
struct AsciiDashes {
  std::string text;                 // the text, each Unicode hyphen a '-'
  std::vector<std::size_t> source;  // for each offset in `text`, and its end, the written one
};

std::optional<AsciiDashes> with_ascii_dashes(std::string_view text) {
  static constexpr std::string_view kDashes[] = {"\xE2\x80\x90", "\xE2\x80\x91", "\xE2\x80\x92",
                                                 "\xE2\x88\x92"};
  // Only these four: curly quotes, en and em dashes share their first two bytes, and a text that
  // holds none of the four is read as it is, with no copy.
  if (std::none_of(std::begin(kDashes), std::end(kDashes),
                   [&](std::string_view d) { return text.find(d) != std::string_view::npos; }))
    return std::nullopt;
  AsciiDashes out;
  bool replaced = false;
  for (std::size_t i = 0; i < text.size();) {
    const bool dash = std::any_of(std::begin(kDashes), std::end(kDashes), [&](std::string_view d) {
      return text.substr(i, d.size()) == d;
    });
    out.source.push_back(i);
    out.text += dash ? '-' : text[i];
    replaced = replaced || dash;
    i += dash ? 3 : 1;
  }
  out.source.push_back(text.size());
  if (!replaced) return std::nullopt;
  return out;
}
}  // namespace

namespace {
// A date reader run on the text as if written with ASCII hyphens, the date's end measured in the
// text as written.
std::optional<LooseDate> date_with_ascii_dashes(
    std::string_view text, std::optional<LooseDate> (*read)(std::string_view)) {
  const auto ascii = with_ascii_dashes(text);
  if (!ascii) return read(text);
  auto d = read(ascii->text);
  if (d) d->length = ascii->source[d->length];
  return d;
}
}  // namespace

std::optional<LooseDate> read_date(std::string_view text) {
  return date_with_ascii_dashes(text, read_date_as_written);
}

std::optional<LooseDate> find_date(std::string_view text) {
  return date_with_ascii_dashes(text, find_date_as_written);
}

std::optional<LooseDate> find_compact_date(std::string_view text) {
  const auto apart = [&](std::size_t at) {
    return at >= text.size() || !std::isalnum(static_cast<unsigned char>(text[at]));
  };
  for (std::size_t at = 0; at + 8 <= text.size(); ++at) {
    if ((at > 0 && !apart(at - 1)) || !apart(at + 8)) continue;
    int digits = 0;
    if (read_number(text, at, 8, digits) != 8) continue;
    LooseDate d{digits / 10000, digits / 100 % 100, digits % 100, 0, at + 8};
    if (plausible_year(d.year) && is_calendar_day(d)) return d;
  }
  return std::nullopt;
}

std::string approximate_mark(const LooseTime& time) {
  return time.approximation.empty() ? "~ " : time.approximation + " ";
}

std::optional<LooseTime> read_time(std::string_view text) {
  const auto ascii = with_ascii_dashes(text);
  if (!ascii) return read_time_as_written(text);
  auto time = read_time_as_written(ascii->text);
  if (!time) return time;
  const auto written = [&](std::size_t at) { return ascii->source[at]; };
  if (time->date) time->date->length = written(time->date->length);
  time->region_at = written(time->region_at);
  time->zone_end = written(time->zone_end);
  time->length = written(time->length);
  return time;
}

bool impossible_date(std::string_view text) {
  if (const auto ascii = with_ascii_dashes(text)) return impossible_date(ascii->text);
  if (read_date_as_written(text)) return false;
  std::size_t at = skip_weekday(text, skip_spaces(text, 0));
  return read_numeric_date(text, at, false).has_value() ||
         read_cjk_date(text, at, false).has_value() || read_word_date(text, at, false).has_value();
}

bool is_calendar_day(const LooseDate& date) { return date.year != 0 && valid(date); }

std::optional<LooseTime> read_dotted_time(std::string_view text) {
  const std::size_t at = skip_spaces(text, 0);
  std::size_t dot = at;
  while (dot < text.size() && digit(text[dot])) ++dot;
  if (dot == at || dot - at > 2 || dot + 3 > text.size() || text[dot] != '.' ||
      !digit(text[dot + 1]) || !digit(text[dot + 2]) || quantity_follows(text, dot + 3))
    return std::nullopt;
  std::string clock(text);
  clock[dot] = ':';
  return read_time(clock);
}

namespace {
// The day on `weekday` (0 for Monday) among the seven from `earliest` days after `near` (a
// negative `earliest` looks back).
LooseDate on_weekday_within_a_week(const LooseDate& near, int weekday, int earliest) {
  const date::sys_days base{date::year{near.year} / near.month / near.day};
  // date::weekday counts from Sunday; ours from Monday.
  const int on = static_cast<int>(date::weekday{base}.c_encoding() + 6) % 7;
  const int shift = earliest + ((weekday - on - earliest) % 7 + 7) % 7;
  const date::year_month_day day{base + date::days{shift}};
  LooseDate result = near;
  result.year = static_cast<int>(day.year());
  result.month = static_cast<int>(static_cast<unsigned>(day.month()));
  result.day = static_cast<int>(static_cast<unsigned>(day.day()));
  return result;
}
}  // namespace

// A timeline runs forward from the day it has reached; the evening before is as far back.
LooseDate day_on_weekday(const LooseDate& near, int weekday) {
  return on_weekday_within_a_week(near, weekday, -1);
}

LooseDate nearest_weekday(const LooseDate& near, int weekday) {
  return on_weekday_within_a_week(near, weekday, -3);
}

std::string iso_date(const LooseDate& d) {
  if (d.year == 0) return "";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buffer;
}

LooseDate days_after(const LooseDate& d, int days) {
  const date::year_month_day later{date::sys_days{date::year{d.year} / d.month / d.day} +
                                   date::days{days}};
  return LooseDate{static_cast<int>(later.year()), static_cast<int>(unsigned(later.month())),
                   static_cast<int>(unsigned(later.day()))};
}

UtcSeconds to_utc(const LooseDate& d, const LooseTime& time) {
  const date::sys_days day = date::year{d.year} / d.month / d.day;
  return UtcSeconds{day.time_since_epoch()} + std::chrono::seconds{time.seconds_of_day} -
         std::chrono::seconds{time.utc_offset_seconds};
}

}  // namespace hindsight::core
