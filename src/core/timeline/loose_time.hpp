// Dates and times as people write them in post-mortems: "2024-01-15 14:23 UTC",
// "January 15, 2024", "Jan 20", "14:23", "2:23 PM", "2024-01-15T14:23:00Z".
// Owns: recognising them at the start of a piece of text and saying how much it read. It never
// guesses a year or a day: when the text lacks one the caller supplies it and warns.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

struct LooseDate {
  int year = 0;  // 0 when the text named none ("Jan 20")
  int month = 0;
  int day = 0;
  int last_day = 0;        // the range's last day ("January 14-19, 2026"), 0 when no range
  std::size_t length = 0;  // bytes read from the start of the text
};

// A time zone a document states for its times ("All times in PDT (UTC-7)", "(All times CEST)",
// "times in BST", "US Eastern", "Date and Time in CET"): a fixed offset, or a region whose offset
// follows its daylight-saving rule ("PST/PDT", "US/Pacific", "UK time").
struct StatedZone {
  enum class Rule { Fixed, UsDaylight, EuDaylight };
  Rule rule = Rule::Fixed;
  int offset_seconds = 0;  // the fixed offset, or the region's offset outside daylight saving
  // "All times EDT": the abbreviation that named the region, and the offset it names, which the
  // region's clock may not keep on the incident's day.
  std::string_view abbreviation;
  int abbreviation_offset_seconds = 0;
  bool is_utc() const { return rule == Rule::Fixed && offset_seconds == 0; }
};

// A zone by its rule and offset, with no abbreviation.
inline StatedZone make_zone(StatedZone::Rule rule, int offset_seconds) {
  StatedZone zone;
  zone.rule = rule;
  zone.offset_seconds = offset_seconds;
  return zone;
}

struct LooseTime {
  std::optional<LooseDate> date;  // when the text carried a date
  int seconds_of_day = 0;
  int utc_offset_seconds = 0;  // from "+02:00" or "PDT"; 0 for "UTC", "Z" or nothing
  bool zone_named = false;     // "UTC", "(UTC)", "Z", "PDT" or an offset was written
  std::string unknown_zone;    // "AST": ambiguous, read as UTC
  std::string doubtful_zone;   // "IST": read as the zone it most often names (India's)
  std::string_view abbreviation;  // "EST", when the time named its zone so
  // "7:09 AM Eastern", "00:30 PT": a US region written after the time, whose offset follows the
  // day's daylight saving (utc_offset_at); zone_named stays false, as no offset was written.
  std::optional<StatedZone> region;
  std::size_t region_at = 0;  // where the region's word starts
  std::size_t zone_end = 0;   // where the time and its zone end, before a restated time
  bool meridiem = false;
  bool approximate = false;  // "~14:18": the writer was not sure of the minute
  std::string approximation;  // "(approx)" after the time, as written; empty for "~" or "about"
  bool told = false;         // "At 17:03 UTC, ...": a time opening a sentence
  int weekday = -1;          // "Thurs 07:06 PDT": the day named by its weekday alone, 0 for Monday
  bool restated = false;     // "09:00 PST (17:00 UTC)": the time written again in another zone
  bool offset_spelt_out = false;  // "14:00 PST (UTC-8)": the abbreviation's offset beside it
  bool one_digit_hour = false;  // "1:52", as a 12-hour clock writes it; "08:45" is 24-hour
  // "00:10 UTC (+1d)", "01:05 (next day)": days later than a day the timeline had reached.
  int days_later = 0;
  std::size_t length = 0;
};

// A date at the start of `text` (after optional spaces and a weekday): "2024-01-15",
// "15-01-2024", "15.01.2024", "January 15, 2024", "15 Jan". A day that does not exist ("Feb 31")
// is no date; `impossible_date` tells such text apart from text that names no date at all.
// "7/5/2023" is July 5th, or May 7th while a SlashedDaysFirst(true) lives (read_slashed_day and
// read_time follow the same order).
std::optional<LooseDate> read_date(std::string_view text);
bool impossible_date(std::string_view text);

// What an entry's text opens with when its time is approximate: "~ ", or the words the writer
// put after the time ("(approx) "), so that they stay in the text.
std::string approximate_mark(const LooseTime& time);

// Whether a document writes slashed dates day first: it writes one only that order reads
// ("20/03/2025") and none only the month-first order reads ("03/20/2025"); or, writing only
// dates both orders read, the day first puts them within a month and the month first across
// more than two.
bool writes_slashed_days_first(std::string_view text);
// While one lives, slashed dates are read day first ("12/02/2025" is February 12th, not December
// 2nd): the convention of the document being imported, set for the length of its import.
class SlashedDaysFirst {
 public:
  explicit SlashedDaysFirst(bool days_first);
  ~SlashedDaysFirst();
  SlashedDaysFirst(const SlashedDaysFirst&) = delete;
  SlashedDaysFirst& operator=(const SlashedDaysFirst&) = delete;

 private:
  bool before_;
};

// A line that is only a month and a day joined by a slash ("11/25", "11/25:"), as a timeline's
// day is often written over its times; no year.
std::optional<LooseDate> read_slashed_day(std::string_view text);

// True when `text` is only the name of a day of the week ("Sun", "Tues", "Thursday").
bool is_weekday(std::string_view text);

// The day of the week (0 for Monday) that `text` alone names, in English or as French, Spanish,
// German, Portuguese, Italian and Dutch write it ("Thursday", "Jeudi", "Donnerstag",
// "quinta-feira"), a colon after it allowed; none for any other text.
std::optional<int> weekday_alone(std::string_view text);

// The first date with a year anywhere in `text`, read at a word's start ("Outage on
// 2023-03-26", "all events happened on 2019-10-21"); `length` is where it ends in `text`.
std::optional<LooseDate> find_date(std::string_view text);

// A day written as eight digits, year first, inside a name ("multi_vits_gan_20260127_resume27k",
// "incident-20240115"): no letter or digit touches the digits ("build 7c20231011af" is none),
// the year is 1970 to 2099 and the day is on the calendar. `length` is where the digits end.
std::optional<LooseDate> find_compact_date(std::string_view text);

// A time of day at the start of `text`, with or without a date before it. Also read: a month and
// day with no year before the time ("03-26 17:40"), the whole in brackets ("[03-26 17:40]"), and
// a day written after the time and its zone ("12:45 PM PST Saturday Oct 30th", "22:30 UTC (Oct
// 29)").
// A time restated in another zone in brackets after the first ("13:14 EDT (17:14 UTC)") is read
// over. `meridiem` tells whether "AM"/"PM" was written.
std::optional<LooseTime> read_time(std::string_view text);

// Where the time after a range's mark ("- ", "–", "—", "to ", "~", "〜") starts in `text` from
// `at`, or `at` when no mark is there.
std::size_t after_range_mark(std::string_view text, std::size_t at);

// The zone a piece of text states for times: it must speak of time ("times", "Time (UTC)") and
// name a zone. An explicit offset ("UTC-7") wins over the abbreviation it explains.
// `names_a_time`: the text is known to label times (a table's time column, "When (CET)").
std::optional<StatedZone> find_stated_zone(std::string_view text, bool names_a_time = false);
// The abbreviation of a zone that names more than one ("All times in IST": India, Ireland or
// Israel) where the text speaks of time; empty when it names none.
std::string find_ambiguous_zone(std::string_view text);
// The zone an ambiguous abbreviation most often names in post-mortems: "IST" is India Standard
// Time (UTC+05:30) far more often than Irish or Israel Standard Time; "AST" names none.
std::optional<StatedZone> zone_most_often_meant(std::string_view abbreviation);

// The offset from UTC of a local time on a day in a stated zone.
int utc_offset_at(const StatedZone& zone, const LooseDate& date, int seconds_of_day);

// Whether the date names its year and is a day of the calendar: "Feb 29" read without a year is a
// date, and becomes no day once the year supplied for it is 2023.
bool is_calendar_day(const LooseDate& date);
// "09.03 First alarm", "9.03 onwards ...": a time written with a full stop at the start of the
// text, as the start of a timeline's line writes it (elsewhere "12.40" is as often a quantity or
// a version). Not before a unit or a version word ("10.15 release").
std::optional<LooseTime> read_dotted_time(std::string_view text);
// The day on `weekday` (0 for Monday) from `near` on, up to six days later, or the day before.
LooseDate day_on_weekday(const LooseDate& near, int weekday);
// The day on `weekday` nearest `near`: up to three days before or after it.
LooseDate nearest_weekday(const LooseDate& near, int weekday);

// A number that orders dates as the calendar does (for comparing days, not counting them).
inline int day_order(const LooseDate& d) { return (d.year * 13 + d.month) * 32 + d.day; }

// "YYYY-MM-DD" for a date that names its year; empty otherwise.
std::string iso_date(const LooseDate& date);

// The day `days` after a day of the calendar (before it when negative).
LooseDate days_after(const LooseDate& date, int days);

// The UTC moment of a time on a date (year, month and day all known).
UtcSeconds to_utc(const LooseDate& date, const LooseTime& time);

}  // namespace hindsight::core
