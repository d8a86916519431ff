// Reading a pasted chunk of logs or chat into timeline events the facilitator can pick from.
// Owns: turning pasted text (syslog, journalctl, kubectl, access and error logs, ISO-8601 lines,
// Slack and Teams copies, bare times under date lines) into one entry per non-blank line, each
// an event start, a continuation of the event before it, or an untimed line offered as an event.
// Never drops or reorders a line, never invents a date (a time with no date anywhere is marked
// for the caller to ask about), and never touches a post-mortem: adding the chosen events is the
// caller's single undoable step.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

struct PasteContext {
  std::string incident_date;  // "YYYY-MM-DD", or empty: the day for lines that carry no date
  int year = 0;  // the year of dates written without one ("Jan 15"); 0: the incident date's year
  // The zone of times written without one, in minutes east of UTC (-480 for PST). Such times are
  // still marked zone_assumed.
  int assumed_utc_offset_minutes = 0;
};

enum class PasteRole {
  EventStart,    // a line that carries a time (or the time of a chat message)
  Continuation,  // a line without a time after an event: its text joined that event's text
  Untimed,       // a line on its own, offered as an event without a time
};

// The layout a line was recognised as. Date lines, table headers and journal markers other than
// boots start unticked; every other entry that can become an event starts ticked.
enum class PasteFormat {
  Plain,          // any other line (a continuation or an untimed note)
  Iso8601,        // "2024-01-15T14:23:01Z ...", "2024-01-15 14:23 UTC - ..."
  Syslog,         // "Jan 15 14:23:01 host prog[123]: msg" (journalctl's default output too)
  Klog,           // "E0115 14:23:01.123456  1 file.go:42] msg" (Kubernetes components)
  AccessLog,      // '10.0.0.1 - - [15/Jan/2024:14:23:01 +0000] "GET / HTTP/1.1" 502 ...'
  NginxError,     // "2024/01/15 14:23:01 [error] 1#1: *5 connect() failed ..."
  KubectlEvent,   // a row of `kubectl get events` or of `kubectl describe`'s Events table
  Chat,           // Slack or Teams: "[2:23 PM] Alice: text", "Alice Smith  2:23 PM"
  BareTime,       // "14:23 text", "2:23 PM text", "2024-01-15 14:23 text" without a known layout
  EmbeddedTime,   // an ISO-8601 time inside the line ("level=error ts=2024-01-15T14:23:01Z ...")
  JournalMarker,  // "-- Boot 3f2a... --", "-- Logs begin at ... --"
  DateLine,     // a line that is only a date ("January 15, 2024", "Monday, January 15th", "Today")
  TableHeader,  // "LAST SEEN   TYPE   REASON   OBJECT   MESSAGE", "Events:", "----"
};

struct PasteEntry {
  int line = 0;  // 1-based line number in the pasted text (blank lines count)
  PasteRole role = PasteRole::Untimed;
  PasteFormat format = PasteFormat::Plain;
  std::string line_text;  // the line as pasted, without its line break

  // EventStart: the moment in UTC when the date is known.
  std::optional<UtcSeconds> at;
  // EventStart without a date anywhere (no date on the line, no date line, no incident date):
  // the time of day as written and its zone's offset; `at` stays empty until the caller
  // supplies a date (parse again with PasteContext::incident_date set).
  bool date_missing = false;
  int seconds_of_day = 0;      // as written, in the line's own zone (a chat follow-up
                               // written "11:09" under "11:07 PM" reads as 23:09)
  int utc_offset_seconds = 0;  // the zone's offset east of UTC, as written or assumed
  bool zone_assumed = false;   // no zone written, or one Hindsight cannot tell ("IST"): see zone
  std::string zone;            // the zone as written: "Z", "+02:00", "UTC", "PST"; empty if none
  int days_rolled = 0;  // days added because the clock went backwards past midnight (chat copies)

  EventKind kind = EventKind::Note;  // guessed from the words of `text` (see event_cues.hpp)
  // EventStart/Untimed: the event's text, continuations joined with '\n'. Continuation: the
  // line's own text; its kind and source are those of its event.
  std::string text;
  std::string source;  // the chat speaker, the syslog program, "kubectl", "nginx", ...

  bool suggested = true;   // the initial state of the entry's tick box
  std::size_t event = 0;   // Continuation: the index in `entries` of the event it joined
  std::vector<int> lines;  // EventStart/Untimed: this line and the lines joined into it
};

struct PasteResult {
  std::vector<PasteEntry> entries;  // one per non-blank line, in the order pasted
};

// Reads `text` (UTF-8, LF or CRLF line breaks, an optional byte-order mark). Linear in its size.
PasteResult parse_paste(std::string_view text, const PasteContext& context);

// The timeline event an EventStart or Untimed entry proposes (`at` empty when its date is
// missing or it has no time).
TimelineEvent to_timeline_event(const PasteEntry& entry);

// The events of the ticked entries, in pasted order. `ticked[i]` belongs to entries[i];
// Continuation entries are skipped (their text is already in their event).
std::vector<TimelineEvent> chosen_events(const PasteResult& result,
                                         const std::vector<bool>& ticked);

}  // namespace hindsight::core
