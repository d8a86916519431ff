// Timestamps as logs and chat tools write them, on top of loose_time's readings: fractional
// seconds, "+0000" offsets, zone names with their offsets, access-log stamps
// ("15/Jan/2024:14:23:01 +0000") and month-first slash dates ("1/15/2024 2:23 PM").
// Owns: reading one stamp at the start of a piece of text and saying how much it read. Never
// resolves a missing date or year: that is the paste parser's job.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/timeline/loose_time.hpp"

namespace hindsight::core {

struct PasteStamp {
  std::optional<LooseDate> date;  // when the stamp carried one (year 0 when it named none)
  bool iso_date = false;          // the date was written "YYYY-MM-DD"
  int seconds_of_day = 0;         // as written
  bool has_seconds = false;       // "14:23:05", not "14:23"
  bool twelve_hour = false;       // "2:23 PM": AM or PM was written
  bool zone_known = false;        // "Z", "UTC", an offset, or a name with one offset ("PST")
  int utc_offset_seconds = 0;     // when zone_known
  std::string zone;               // as written: "Z", "+02:00", "UTC", "PST", "IST"; empty if none
  std::size_t length = 0;         // bytes read from the start of the text
};

// The offset east of UTC of a zone abbreviation; nullopt when unknown or ambiguous ("IST" is
// India, Ireland or Israel; "CST" is US Central or China).
std::optional<int> zone_offset_seconds(std::string_view abbreviation);

// A date and time, or a time alone, at the start of `text` (after spaces). A time followed by a
// digit, a letter, ":<digit>" or a duration word ("14:23 minutes") is not read.
std::optional<PasteStamp> read_stamp(std::string_view text);

// "15/Jan/2024:14:23:01 +0000" at the start of `text`.
std::optional<PasteStamp> read_access_log_stamp(std::string_view text);

// "1/15/2024 2:23 PM" or "15/01/2024 14:23" at the start of `text`: month first, as US
// locales write it, unless the first number cannot be a month.
std::optional<PasteStamp> read_slash_stamp(std::string_view text);

}  // namespace hindsight::core
