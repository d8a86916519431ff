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
  std::size_t length = 0;  // bytes read from the start of the text
};

struct LooseTime {
  std::optional<LooseDate> date;  // when the text carried a date
  int seconds_of_day = 0;
  int utc_offset_seconds = 0;  // from "+02:00"; 0 for "UTC", "Z" or nothing
  bool zone_named = false;     // "UTC", "Z" or an offset was written
  std::string unknown_zone;    // "PST": not understood, read as UTC
  std::size_t length = 0;
};

// A date at the start of `text` (after optional spaces and a weekday).
std::optional<LooseDate> read_date(std::string_view text);

// A time of day at the start of `text`, with or without a date before it.
std::optional<LooseTime> read_time(std::string_view text);

// "YYYY-MM-DD" for a date that names its year; empty otherwise.
std::string iso_date(const LooseDate& date);

// The UTC moment of a time on a date (year, month and day all known).
UtcSeconds to_utc(const LooseDate& date, const LooseTime& time);

}  // namespace hindsight::core
