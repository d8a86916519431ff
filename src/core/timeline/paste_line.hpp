// One pasted line read on its own: which layout it has, the stamp it carries, its text without
// the stamp and log noise, and who or what wrote it. Owns the per-layout rules (syslog's
// "host prog[pid]:", access logs, nginx error logs, klog, chat speakers, date lines, journal
// markers). Never looks at other lines and never resolves a date: the paste parser does both.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/timeline/paste_parser.hpp"
#include "core/timeline/paste_time.hpp"

namespace hindsight::core {

struct PasteLine {
  PasteFormat format = PasteFormat::Plain;
  PasteStamp stamp;
  std::string text;    // what the line says, stamp and prefixes removed
  std::string source;  // speaker, program, ...
};

// A line (trimmed) that carries a time in one of the known layouts; nullopt when it has none.
std::optional<PasteLine> read_timed_line(std::string_view line);

struct PasteDateLine {
  std::optional<LooseDate> date;  // the date written (year 0 when none); empty for a relative day
  int days_before_incident = 0;   // "Today": 0, "Yesterday": 1 (only when `date` is empty)
};

// A line (trimmed) that is only a date: "2024-01-15", "January 15, 2024", "15 Jan 2024",
// "Monday, January 15th", "Today", "Yesterday", with an optional trailing ':'.
std::optional<PasteDateLine> read_date_line(std::string_view line);

// journalctl's "-- Boot 3f2a... --", "-- Logs begin at ... --", "-- Reboot --".
bool is_journal_marker(std::string_view line);
bool is_boot_marker(std::string_view line);  // the markers worth an event: boots and reboots

}  // namespace hindsight::core
