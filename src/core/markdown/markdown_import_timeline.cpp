// The timeline reader of the Markdown import: tables of timed events, lists and paragraphs of
// "time - text" lines, and the date lines and headings that say which day later times fall on. In
// a timeline written by hand, paragraphs of story go to what happened and a "Root causes:" list to
// the analysis.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <utility>

#include "core/markdown/import_context.hpp"
#include "core/markdown/import_status_page.hpp"
#include "core/markdown/import_tables.hpp"
#include "core/markdown/markdown_text.hpp"
#include "core/markdown/markdown_vocabulary.hpp"
#include "core/model/enum_names.hpp"

namespace hindsight::core {
namespace {

void add_event(ImportContext& cx, TimelineEvent event, int line) {
  std::string path = field_path("/timeline", cx.postmortem.timeline.size());
  cx.locate(path + "/text", line);
  cx.locate(std::move(path), line);
  // No blank at either end: a table cell, as the export writes an event, trims them.
  trim_in_place(event.text);
  cx.postmortem.timeline.push_back(std::move(event));
}

// "11/25" over the times of that day: the reading of month and day, in either order, nearest the
// day already known, at most two weeks before it or two months after ("05/11" in a German
// timeline of November 5th). None without a known day, or far from it: "1/2" and "24/7" stay text.
std::optional<LooseDate> slashed_day_near(const ImportContext& cx, std::string_view plain) {
  constexpr long kMostDaysBefore = 14;
  constexpr long kMostDaysAfter = 62;
  const auto written = read_slashed_day(plain);
  LooseDate known;
  if (!written || !cx.day_for_time(known)) return std::nullopt;
  std::optional<LooseDate> nearest;
  long nearest_gap = 0;
  for (const bool swapped : {false, true}) {
    LooseDate day = *written;
    if (swapped) std::swap(day.month, day.day);
    day.year = ImportContext::year_near(known, day.month);
    if (!is_calendar_day(day)) continue;
    const long after = static_cast<long>(
        std::chrono::duration_cast<std::chrono::hours>(to_utc(day, {}) - to_utc(known, {}))
            .count() /
        24);
    const long gap = std::labs(after);
    if (after >= -kMostDaysBefore && after <= kMostDaysAfter && (!nearest || gap < nearest_gap)) {
      nearest = day;
      nearest_gap = gap;
    }
  }
  return nearest;
}

// A day named on its own ("January 15, 2024", "**2024-01-15**", "Jan 15:"): later times fall on it.
bool read_day_line(ImportContext& cx, std::string_view text, int line) {
  std::string plain = plain_text(trim(text));
  // "#### [2026-07-01]" over "[07:33] ..." lines: the day in the brackets its times are written in;
  // "[[2026-07-01]]", a wiki's link to the day's page, as well.
  const std::size_t opening = plain.find_first_not_of('[');
  const std::size_t closing = plain.find_first_of("[]", opening);
  if (opening > 0 && opening <= 2 && closing != std::string::npos &&
      plain.size() - closing == opening &&
      plain.find_first_not_of(']', closing) == std::string::npos)
    plain = plain.substr(opening, closing - opening);
  // "On March 4th:": the day, introduced as a sentence would.
  if (plain.size() > 3 && (plain.starts_with("On ") || plain.starts_with("on ")) &&
      read_date(std::string_view(plain).substr(3)))
    plain.erase(0, 3);
  auto date = read_date(plain);
  if (!date) date = slashed_day_near(cx, plain);
  // "* Jeudi" over "  * 8:15: Scale manuel": a weekday alone, the next such day from the day the
  // timeline has reached; the first, the one nearest the incident's date (a trigger may come days
  // before it), said in a warning.
  if (LooseDate known; !date && cx.day_for_time(known))
    if (const auto weekday = weekday_alone(plain)) {
      if (cx.current_day) {
        cx.current_day = day_on_weekday(*cx.current_day, *weekday);
      } else {
        const LooseDate day = nearest_weekday(known, *weekday);
        cx.current_day = day;
        if (day_order(day) != day_order(known))
          cx.warn(line, "\"" + plain + "\" was read as " + iso_date(day) + ", the " + plain +
                            " nearest the incident's date");
      }
      cx.day_label = std::string(trim(plain));
      return true;
    }
  if (!date) {
    if (impossible_date(plain) && !read_time(plain))
      cx.warn(line,
              "\"" + plain + "\" is not a day of the calendar; later times keep the day before");
    return false;
  }
  std::string_view rest = trim(std::string_view(plain).substr(date->length));
  // "2015-10-21 (all times UTC)", "2020-04-28 (all times CET):": a note in parentheses may
  // follow the day.
  if (rest.size() > 1 && rest.back() == ':') rest = trim(rest.substr(0, rest.size() - 1));
  // "2023/05/11 Thursday (UTC)": a weekday before a note of the zone adds nothing either.
  if (const std::size_t open = rest.find(" ("); open != std::string_view::npos &&
                                                is_weekday(rest.substr(0, open)) &&
                                                find_stated_zone(rest.substr(open), true))
    rest = trim(rest.substr(open));
  // "2026-07-02 UTC", "[2026-07-02 PDT]", "2026-07-02 (PDT)": a zone's name alone after the day
  // states the zone of the times under it.
  const std::string_view bare =
      rest.starts_with('(') && rest.ends_with(')') ? rest.substr(1, rest.size() - 2) : rest;
  const bool zone_alone =
      bare.size() >= 2 && bare.size() <= 5 &&
      std::all_of(bare.begin(), bare.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
      find_stated_zone(bare, true);
  // "2021-03-04 (Thursday)": a weekday in brackets says nothing the day does not either.
  const bool weekday_in_brackets = rest.size() >= 2 && rest.front() == '(' && rest.back() == ')' &&
                                   is_weekday(rest.substr(1, rest.size() - 2));
  const bool note = zone_alone || (rest.size() >= 2 && rest.front() == '(' && rest.back() == ')' &&
                                   !weekday_in_brackets);
  // "2025-07-26 Saturday": the weekday adds nothing the day does not say.
  if (!rest.empty() && rest != ":" && !note && !is_weekday(rest) && !weekday_in_brackets)
    return false;
  LooseDate day = *date;
  if (day.year == 0) {
    LooseDate known;
    if (!cx.day_for_time(known)) return false;
    day.year = ImportContext::year_near(known, day.month);
    if (!is_calendar_day(day)) {  // "Feb 29" in 2023
      cx.warn(line, "\"" + plain + "\" is not a day of the calendar in " +
                        std::to_string(day.year) + "; later times keep the day before");
      return false;
    }
  }
  cx.current_day = day;
  cx.day_label = std::string(trim(std::string_view(plain).substr(0, date->length)));
  if (note) {
    const auto zone = find_stated_zone(zone_alone ? bare : rest, zone_alone);
    if (zone) cx.stated_zone = zone;
    // "(times in PST)": the times were converted, the note stays; so does "(all times in UTC)",
    // and "(approximate)", which says what no field holds. A zone's name alone in UTC ("2026-07-02
    // UTC") says nothing the entries' times do not.
    if (!zone || !zone->is_utc() || !zone_alone) {
      TimelineEvent kept;
      // "2020-04-10 (approximate)" whole, without the colon that may close a day line
      kept.text = zone ? std::string(rest) : plain.substr(0, plain.find_last_not_of(": ") + 1);
      add_event(cx, std::move(kept), line);
    }
  }
  return true;
}

// True when `after` (the text after a time) continues a range: " - 8:24", "–8:24", " to 8:24",
// "-24:00" (midnight, as a range's end writes it).
bool starts_range(std::string_view after) {
  after = trim(after);
  const std::size_t next = after_range_mark(after, 0);
  if (next == 0) return false;
  const std::string_view end = after.substr(next);
  return read_time(end).has_value() ||
         (end.starts_with("24:00") &&
          (end.size() == 5 || !std::isdigit(static_cast<unsigned char>(end[5]))));
}

// "- 07:36 Pods start": a paragraph or list under a timed heading whose first line is an entry of
// its own, not more about the heading's.
bool opens_with_a_time(const MdBlock& b) {
  const MdBlock* first = &b;
  while ((first->kind == BlockKind::List || first->kind == BlockKind::Quote) &&
         !first->children.empty())
    first = &first->children[0];
  const std::string text = plain_text(block_text(*first));
  const auto lines = split_lines(text);
  return !lines.empty() && read_time(trim(lines.front())).has_value();
}

// Moves the day later times without one fall on to `day`. Days only move forward: an earlier day
// ("2019-10-20 00:55" under "all events happened on 2019-10-21") looks back at one event and
// leaves the others on their day.
void move_day_forward(ImportContext& cx, const LooseDate& day) {
  if (!cx.current_day || cx.current_day->year == 0 || day_order(day) > day_order(*cx.current_day))
    cx.current_day = day;
}

// A time that names its own day ("00:03 UTC (Oct 30)", "02-14-2025 1:10 pm") moves the day later
// times without one fall on: "05:39 UTC" on the next line is on October 30 too.
void follow_written_day(ImportContext& cx, const LooseTime& time) {
  if (!time.date) return;
  LooseDate day = *time.date;
  if (day.year == 0) {
    LooseDate known;
    if (!cx.day_for_time(known)) return;
    day.year = ImportContext::year_near(known, day.month);
  }
  move_day_forward(cx, day);
}

// "First detected: 2024-09-20 11:24", "Time of Detection: 2025-08-18 23:25 UTC (alerts)": a
// label whose value is a moment, or opens with one that names its day or zone (words after a bare
// clock may make it a span: "Time to detect: 0:25 after the first error").
std::optional<LooseTime> labelled_moment(std::string_view plain) {
  const LabelledLine named = split_label(plain);
  // "Duration: 1:30", "Date: 2024-09-20 10:00": metadata, not a moment of the incident.
  if (named.label.empty() || meta_field(named.label) != MetaField::Unknown) return std::nullopt;
  auto time = read_time(named.value);
  if (!time) return std::nullopt;
  const bool alone = trim(std::string_view(named.value).substr(time->length)).empty();
  if (!alone && !time->date && !time->zone_named && !time->region) return std::nullopt;
  return time;
}

// The text of a labelled moment: its label and what follows the moment ("Time of Detection
// (alerts)"); a range ("00:35-02:43 UTC") stays whole after the label, as ranges do elsewhere.
std::string labelled_moment_text(const LabelledLine& named, const LooseTime& time) {
  const std::string_view after = std::string_view(named.value).substr(time.length);
  std::string text = time.approximate ? approximate_mark(time) + named.label : named.label;
  if (starts_range(after)) return text + ": " + named.value;
  const std::string_view rest = strip_separator(after);
  // "Infection: March 3, 2025 (04:12 UTC) - earliest modified file": the dash that set the
  // words apart becomes the label's colon.
  const std::string_view set_apart = trim(after);
  const bool separated = set_apart.starts_with("-") || set_apart.starts_with("\xE2\x80\x93") ||
                         set_apart.starts_with("\xE2\x80\x94");
  return rest.empty() ? text : text + (separated ? ": " : " ") + std::string(rest);
}

// "At 11:15 we scaled out the service", "By&nbsp;11:58, all was reserved": in a timeline, a line
// that opens with "At", "Around" or "By" and a clock tells its moment, though prose elsewhere may
// not (read_time asks such a time for a zone or punctuation). "At" is taken out of `rest`, as a
// told time's is; "Around" and "By" leave the moment approximate (the entry's "~"). Only
// capitalised: a wrapped line that goes on "at 10:05 ..." continues its sentence.
std::optional<LooseTime> read_time_after_opener(std::string& rest) {
  // "On November 26, at 0:37 after a closer inspection ...": the day, then the time; read as
  // "November 26 0:37 after ...", the day and the time one moment.
  if (rest.starts_with("On ")) {
    const auto day = read_date(std::string_view(rest).substr(3));
    if (day && day->length > 0) {
      std::size_t at = 3 + day->length;
      if (rest.compare(at, 1, ",") == 0) ++at;
      if (rest.compare(at, 4, " at ") == 0) {
        std::string moment = rest.substr(3, day->length) + " " + rest.substr(at + 4);
        if (const auto time = read_time(moment); time && time->date) {
          rest = std::move(moment);
          return time;
        }
      }
    }
  }
  // French and German write them "À", "À partir de" (from), "Vers", "environ" (about), "Um",
  // "Gegen"; "environ" in lower case, as an entry's first word.
  static constexpr std::string_view kExact[] = {"At", "\xC3\x80", "\xC3\x80 partir de",
                                                "A partir de", "Um"};
  for (std::string_view opener : {"At", "Around", "By", "\xC3\x80 partir de", "A partir de",
                                  "\xC3\x80", "Vers", "Environ", "environ", "Um", "Gegen"}) {
    if (!rest.starts_with(opener)) continue;
    std::size_t gap = opener.size();
    if (rest.compare(gap, 2, "\xC2\xA0") == 0) {
      gap += 2;  // a no-break space, as a blog's HTML writes "At&nbsp;11:15"
    } else if (rest.compare(gap, 1, " ") == 0) {
      gap += 1;
    } else {
      continue;
    }
    const std::string_view clock = std::string_view(rest).substr(gap);
    // A clock with its minutes: "At 3 we" and "At 10 o'clock" are no moments.
    const std::size_t colon = clock.find(':');
    if (colon == 0 || colon > 2 || colon + 3 > clock.size() ||
        !std::all_of(clock.begin(), clock.begin() + static_cast<std::ptrdiff_t>(colon),
                     [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    if (auto time = read_time(clock)) {
      rest.erase(0, gap);
      time->approximate = time->approximate || std::find(std::begin(kExact), std::end(kExact),
                                                         opener) == std::end(kExact);
      return time;
    }
  }
  return std::nullopt;
}
}  // namespace

// Where a sentence of an entry's text opens with a clock time and a dash or colon ("... work
// continues. 16:20 - We expect ...", "... this issue. 2015/01/22 08:35 - A problem ..."), or
// npos. Not a span ("14:00 - 16:00: maintenance window"), and a clock without its day later in
// the day than `after_seconds`.
std::size_t later_timed_sentence(std::string_view text, int after_seconds) {
  for (std::size_t at = text.find(". "); at != std::string_view::npos;
       at = text.find(". ", at + 1)) {
    const std::size_t start = at + 2;
    if (start >= text.size() || text[start] < '0' || text[start] > '9') continue;
    // "2015/01/22 08:35 - A problem ...": a later entry may name its day too.
    const auto time = read_time(text.substr(start));
    if (!time || time->told || (!time->date && time->seconds_of_day <= after_seconds)) continue;
    const std::string_view after = text.substr(start + time->length);
    if (starts_range(after)) continue;
    for (std::string_view mark : {" - ", " \xE2\x80\x93 ", ": ", " : "})
      if (after.starts_with(mark)) return start;
  }
  return std::string_view::npos;
}

void read_event_line(ImportContext& cx, std::string_view marked, int line) {
  if (read_day_line(cx, marked, line)) return;
  TimelineEvent event;
  LabelledLine l = split_label(marked);
  std::string rest = plain_text(trim(marked));
  if (!l.label.empty() && trim(marked).front() == kStrongBegin) {
    if (auto kind = event_kind_from_label(l.label)) {
      event.kind = *kind;
      rest = l.value;
    } else if (read_time(l.label)) {
      rest = l.value.empty() ? l.label : l.label + " " + l.value;  // "**14:23** alert fired"
    } else if ((meta_field(l.label) == MetaField::Duration ||
                !read_time(plain_text(l.value))) &&  // "**Impact:** 14:10 UTC - 502s": an entry
               (add_incident_figure(cx, l.label, l.value, line) ||
                (metadata_unset(cx, l.label) && apply_metadata(cx, l.label, l.value, line)))) {
      return;
    }
  }
  // "First detected: 2024-09-20 11:24": a moment named by its label.
  if (!read_time(rest))
    if (const auto time = labelled_moment(rest)) {
      const LabelledLine named = split_label(rest);
      event.at = cx.resolve_time(*time, line);
      follow_written_day(cx, *time);
      if (event.at) {
        if (auto kind = event_kind_from_label(named.label)) event.kind = *kind;
        event.text = labelled_moment_text(named, *time);
        add_event(cx, std::move(event), line);
        return;
      }
    }
  // "**Update: 18:52** We have identified ...": a status page's update, told at its time.
  // A status the update gives ("Identified Feb 23 02:30 UTC") stays with its text: "Identified:
  // We declared ..."; the word "Update" itself tells nothing more than the kind.
  if (const std::size_t label = update_label_length(rest); label != 0 && !read_time(rest))
    if (auto moment = read_time(std::string_view(rest).substr(label))) {
      event.kind = EventKind::Communication;
      std::string status = rest.substr(0, label);
      while (!status.empty() && std::string_view(" :-").find(status.back()) != std::string::npos)
        status.pop_back();
      const bool edit_alone = names_an_edit(status);
      rest.erase(0, label);
      if (!edit_alone) {
        const std::size_t after = moment->length;
        const std::string_view told = strip_separator(std::string_view(rest).substr(after));
        rest =
            rest.substr(0, after) + " " + status + (told.empty() ? "" : ": " + std::string(told));
      }
    }
  // "09.03 First alarm on Slack": a timeline's line may open with a dotted time.
  auto time = read_time(rest);
  if (!time) time = read_dotted_time(rest);
  if (!time) time = read_time_after_opener(rest);
  if (time) {
    event.at = cx.resolve_time(*time, line);
    follow_written_day(cx, *time);
    // Without a day the time cannot be stored as a moment: it stays in the text, as written. A
    // range ("8:20 - 8:24 ...") starts at its first time and stays in the text whole.
    if (event.at && !starts_range(std::string_view(rest).substr(time->length))) {
      rest = std::string(strip_separator(std::string_view(rest).substr(time->length)));
      // The model's moments are exact: "about then" stays with the text.
      if (time->approximate) rest = approximate_mark(*time) + rest;
    }
    LabelledLine inner = split_label(rest);
    if (!inner.label.empty())
      if (auto kind = event_kind_from_label(inner.label)) {
        event.kind = *kind;
        rest = inner.value;
      }
  }
  if (!event.at) {
    // "### October 21, 2025 - Redis Overload", "January 29, 2024 The connector was set up": a
    // day with no time opens the day later times fall on, and the line stays as written.
    auto day = read_date(rest);
    // "* Date: Friday, December 03, 2021" among the entries: the day of those after it.
    if (!day)
      if (const LabelledLine dated = split_label(rest);
          !dated.label.empty() && meta_field(dated.label) == MetaField::Date)
        day = read_date(dated.value);
    if (day && day->year != 0) move_day_forward(cx, *day);
    // "2019-03-20:" then "* CVEs were requested": the entry happened that day, at no stated time.
    if (!day && !cx.day_label.empty() && !rest.empty()) rest = cx.day_label + ": " + rest;
  }
  event.text = rest;
  // "2023-03-14 09:30 - Servers overheated. Work continues. 16:20 - We expect to be back
  // tomorrow.": a later time that opens a sentence of a timed entry opens an entry of its own.
  if (event.at && !cx.written_by_hindsight)
    if (const std::size_t later = later_timed_sentence(event.text, time ? time->seconds_of_day : 0);
        later != std::string::npos) {
      std::string next = event.text.substr(later);
      event.text = std::string(trim(std::string_view(event.text).substr(0, later)));
      add_event(cx, std::move(event), line);
      read_event_line(cx, next, line);
      return;
    }
  add_event(cx, std::move(event), line);
}

namespace {

// A "Date" column's cell names the day of its row's time and of the rows below that leave it
// empty; `header_year` is the year its header names ("Date (2021)"), 0 when none. Returns false
// when the cell holds something else.
bool read_date_cell(ImportContext& cx, const std::string& value, int header_year) {
  auto date = read_date(value);
  if (!date || !trim(std::string_view(value).substr(date->length)).empty()) return false;
  if (date->year == 0 && header_year != 0) {
    date->year = header_year;
    cx.current_day = date;
    return true;
  }
  return read_day_line(cx, value, 0);
}

// The year a column's header names in parentheses: "Date (2021)" -> 2021; 0 when none.
int year_in_header(std::string_view header) {
  const auto open = header.find('(');
  if (open == std::string_view::npos) return 0;
  const auto close = header.find(')', open);
  const std::string_view inside = trim(header.substr(open + 1, close - open - 1));
  if (inside.size() != 4 ||
      !std::all_of(inside.begin(), inside.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return 0;
  return std::stoi(std::string(inside));
}

// "0730": four digits that make a 24-hour time of day, written with their colon ("07:30").
std::optional<std::string> four_digit_clock(std::string_view text) {
  if (text.size() < 4 ||
      !std::all_of(text.begin(), text.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[2] - '0') * 10 + (text[3] - '0');
  if (hours > 23 || minutes > 59) return std::nullopt;
  return std::string(text.substr(0, 2)) + ":" + std::string(text.substr(2, 2));
}

// "0730" alone in a time column: that clock. Outside a time column four digits are a count or a
// year unless a zone follows them ("0730 UTC").
std::string colon_clock(const std::string& value) {
  if (value.size() != 4) return value;
  return four_digit_clock(value).value_or(value);
}

// A moment's cell: in a time column, four digits are a clock ("0730").
void read_time_cell(ImportContext& cx, const std::string& written, TimelineEvent& event, int line,
                    bool in_time_column = false) {
  const std::string value = in_time_column ? colon_clock(written) : written;
  if (auto time = read_time(value);
      time && trim(std::string_view(value).substr(time->length)).empty()) {
    event.at = cx.resolve_time(*time, line);
    follow_written_day(cx, *time);
    if (!event.at)
      event.text += written + " ";  // no day known: the time stays in the text
    else if (time->approximate)
      event.text += approximate_mark(*time);
  } else if (time && starts_range(std::string_view(value).substr(time->length))) {
    // "16:21-16:56": the range starts at its first time and stays in the text whole.
    event.at = cx.resolve_time(*time, line);
    follow_written_day(cx, *time);
    event.text += written + " ";
  } else {
    event.text += written + " ";
    cx.warn(line, "\"" + written + "\" is not " +
                      (impossible_date(written) ? "a day of the calendar" : "a time") +
                      "; kept in the event's text");
  }
}

// Of a row's moment columns that name their zone, the one whose cell tells the moment most
// fully: a time with its day before a time alone ("2026-06-19 ~17:00" beside "~05:00"), then
// the first. None when no cell holds a time.
std::optional<std::size_t> moment_column(const TableView& t,
                                         const std::vector<std::optional<StatedZone>>& zones,
                                         const MdBlock& row) {
  std::optional<std::size_t> best;
  bool best_dated = false;
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    if (!zones[c] || t.columns[c] != Column::Time) continue;
    const auto time = read_time(cell(row, c));
    if (!time) continue;
    const bool dated = time->date.has_value();
    if (!best || (dated && !best_dated)) {
      best = c;
      best_dated = dated;
    }
  }
  return best;
}

void read_timeline_table(ImportContext& cx, const MdBlock& table) {
  TableView t = view_table(table);
  const auto is_moment = [](Column c) { return c == Column::Time || c == Column::Date; };
  // "| Kiedy | Co się stało |": a timeline's table whose columns have names of no language known
  // here; its first column holds the moments when two of its cells or more tell a time (a
  // "| Metric | Value |" table of durations, "0:14", holds them in another).
  if (!t.columns.empty() && t.columns.front() == Column::Unknown &&
      std::none_of(t.columns.begin(), t.columns.end(), is_moment) &&
      std::count_if(t.rows.begin(), t.rows.end(),
                    [&](const MdBlock* row) { return read_time(cell(*row, 0)).has_value(); }) >= 2)
    t.columns.front() = Column::Time;
  // "| Timestamp | Note |", "| Time | Update |", "| Time (UTC) | Action |": beside the time, the
  // one column of another name is what happened.
  if (!has_column(t, Column::Text) && !has_column(t, Column::Kind) &&
      std::count_if(t.columns.begin(), t.columns.end(), [&](Column c) { return !is_moment(c); }) ==
          1)
    *std::find_if(t.columns.begin(), t.columns.end(), [&](Column c) { return !is_moment(c); }) =
        Column::Text;
  const bool kind_is_text = !has_column(t, Column::Text);
  // "Time (UTC)", "Date and Time in CET": the header's zone holds for this table only.
  const std::optional<StatedZone> section_zone = cx.stated_zone;
  std::vector<std::optional<StatedZone>> zones(t.columns.size());
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    if (t.columns[c] == Column::Time || t.columns[c] == Column::Date)
      zones[c] = find_stated_zone(t.headers[c], true);
  // "| NZST | UTC | Event |": each row's moment written in two zones or more, read from the cell
  // that tells it most fully (moment_column) in that cell's zone; the others stay in the text.
  const bool zone_per_column =
      std::count_if(zones.begin(), zones.end(), [](const auto& z) { return z.has_value(); }) > 1;
  for (std::size_t c = 0; c < t.columns.size() && !zone_per_column; ++c)
    if (zones[c]) {
      cx.stated_zone = zones[c];
      if (!zones[c]->is_utc()) {
        TimelineEvent note;  // "Date and Time in CET": converted, and the note stays
        note.text = t.headers[c];
        add_event(cx, std::move(note), cx.first_line(table));
      }
    }
  int header_year = 0;
  const auto date_columns = std::count(t.columns.begin(), t.columns.end(), Column::Date);
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    if (t.columns[c] == Column::Date && header_year == 0)
      header_year = year_in_header(t.headers[c]);
  ParsedCells<EventKind> kinds;
  cx.postmortem.timeline.reserve(cx.postmortem.timeline.size() + t.rows.size());
  for (const MdBlock* row : t.rows) {
    const int line = cx.first_line(*row);
    // "| 1/30 | |": a row that names only the day of the rows below it, in the time column.
    std::size_t filled = 0, filled_column = 0;
    for (std::size_t c = 0; c < t.columns.size(); ++c)
      if (!cell(*row, c).empty()) ++filled, filled_column = c;
    if (filled == 1 && t.columns[filled_column] == Column::Time &&
        !read_time(cell(*row, filled_column)) && read_day_line(cx, cell(*row, filled_column), line))
      continue;
    TimelineEvent event;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      if (t.columns[c] != Column::Date) continue;
      const std::string value = cell(*row, c);
      // "| Sun | Oct 31 | 21:33 |": a "Day" column of weekday names beside a "Date" column
      // repeats what the date says.
      if (value.empty()) continue;
      if (date_columns > 1 && is_weekday(value)) continue;
      if (!read_date_cell(cx, value, header_year)) read_time_cell(cx, value, event, line);
    }
    const std::optional<std::size_t> moment =
        zone_per_column ? moment_column(t, zones, *row) : std::nullopt;
    std::string restated;  // the moment as the other zones' columns write it
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      const Column column = t.columns[c];
      if (column != Column::Time && column != Column::Kind && column != Column::Text &&
          column != Column::Source)
        continue;
      const std::string value = cell(*row, c);
      switch (column) {
        case Column::Time:
          if (value.empty()) break;
          if (!zone_per_column) {
            read_time_cell(cx, value, event, line, true);
          } else if (moment == c) {
            cx.stated_zone = zones[c];
            read_time_cell(cx, value, event, line, true);
          } else if (value != "-" && value != "\xE2\x80\x93" && value != "\xE2\x80\x94") {
            restated += " (" + t.headers[c] + ": " + value + ")";  // not "—": no moment there
          }
          break;
        case Column::Kind:
          if (auto kind = kinds.get(value, event_kind_from_label); kind && !kind_is_text)
            event.kind = *kind;
          else if (!value.empty())
            event.text += value + (kind_is_text ? "" : " ");
          break;
        case Column::Text:
          event.text += value;
          break;
        case Column::Source:
          append_cell(event.source, value);
          break;
        default:
          break;
      }
    }
    event.text += restated;
    trim_in_place(event.text);
    event.text =
        with_extra_cells(std::move(event.text), t, *row,
                         {Column::Time, Column::Date, Column::Kind, Column::Text, Column::Source});
    add_event(cx, std::move(event), line);
  }
  cx.stated_zone = section_zone;
}

// " - ", " – ", ": " after an entry's clock: the mark a log sets between a time and its text.
bool opens_with_an_entry_mark(std::string_view after) {
  for (std::string_view mark : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ": ", " : "})
    if (after.starts_with(mark)) return true;
  return false;
}

// "19.33 - First customer reports packet loss", "09.03 First alarm": a line that opens with a
// dotted clock and then a mark or a capital, as a log writes its entries (a wrapped line may
// open with a figure: "2.50 per cent of requests").
bool is_dotted_entry(std::string_view plain) {
  const auto time = read_dotted_time(plain);
  if (!time) return false;
  const std::string_view after = plain.substr(time->length);
  return opens_with_an_entry_mark(after) ||
         (after.size() > 1 && after[0] == ' ' && after[1] >= 'A' && after[1] <= 'Z');
}

// True when a line starts an entry of its own: a time, a day, or a bold label.
bool starts_entry(std::string_view marked) {
  marked = trim(marked);
  if (!marked.empty() && marked.front() == kStrongBegin) return true;
  std::string plain = plain_text(marked);
  return read_time(plain).has_value() || read_date(plain).has_value() ||
         read_time_after_opener(plain).has_value() || is_dotted_entry(plain);
}

// The source line each of `count` lines of a paragraph's text comes from, the paragraph starting
// on `first_line`. A "<br>" breaks a line the source does not: inside a source line it starts
// another line of the text on the same source line; at a line's end it adds an empty one.
std::vector<int> source_line_of_each(const ImportContext& cx, int first_line, std::size_t count) {
  std::vector<int> lines;
  for (int line = first_line; lines.size() < count; ++line) {
    if (line > cx.line_count()) {  // the text and the source disagree: keep inside the file
      lines.push_back(cx.line_count());
      continue;
    }
    const std::string_view text = cx.line_text(line);
    lines.push_back(line);
    for (std::size_t at = text.find("<br"); at != std::string_view::npos && lines.size() < count;
         at = text.find("<br", at + 3)) {
      const std::size_t close = text.find('>', at);
      if (close == std::string_view::npos) break;
      const std::string_view tag = text.substr(at, close + 1 - at);
      if (tag != "<br>" && tag != "<br/>" && tag != "<br />") continue;
      lines.push_back(line);
    }
  }
  lines.resize(count);
  return lines;
}

// The lines of a paragraph or list item, each entry with the lines that continue it (a sentence
// wrapped in the source) joined by spaces.
void read_timeline_lines(ImportContext& cx, std::string_view marked, int first_line) {
  if (const auto update = update_with_moment_below(marked)) {
    read_event_line(cx, *update, first_line);
    return;
  }
  const auto lines = split_lines(marked);
  const std::vector<int> source_lines = source_line_of_each(cx, first_line, lines.size());
  std::string entry;
  int entry_line = first_line;
  for (std::size_t k = 0; k <= lines.size(); ++k) {
    const bool starts = k == lines.size() || starts_entry(lines[k]);
    if (starts && !trim(entry).empty()) read_event_line(cx, entry, entry_line);
    if (k == lines.size()) break;
    // A "<br>" ending a source line leaves an empty line the source does not have.
    if (lines[k].empty()) continue;
    if (starts || entry.empty()) {
      entry = std::string(trim(lines[k]));
      entry_line = source_lines[k];
    } else {
      entry += " " + std::string(trim(lines[k]));
    }
  }
}

// A paragraph of a hand-written timeline part whose entries come under their own
// "**Timeline:**" label: the writer set the entries apart, so a paragraph outside them that opens
// with no time or date, no event label ("**Detected:**", "**Note:**") and no incident field
// ("**Duration:**") tells the story, and belongs in what happened rather than in an undated
// event. A label that names a part of the story as well as an event ("**Resolution:**") opens
// story too.
bool is_narrative(std::string_view marked) {
  for (std::string_view line : split_lines(marked)) {
    const std::string plain = plain_text(trim(line));
    if (read_time(plain) || read_date(plain)) return false;
  }
  const LabelledLine l = split_label(marked);
  if (l.label.empty()) return true;
  // "**Detection:** 14:12 UTC, via the alert" is an entry: its time opens the value.
  if (event_kind_from_label(l.label))
    return names_a_part(l.label) && section_role(l.label) == SectionRole::WhatHappened &&
           !read_time(plain_text(l.value)) && !labelled_moment(plain_text(l.value));
  return !(read_time(l.label) || meta_field(l.label) != MetaField::Unknown ||
           section_role(l.label) == SectionRole::Timeline);
}

// A "**Timeline:**" paragraph alone: the label over a part's entries.
bool is_entries_label(const MdBlock& b) {
  const std::string_view text = trim(b.text);
  if (b.kind != BlockKind::Paragraph || text.empty() || text.front() != kStrongBegin) return false;
  const LabelledLine l = split_label(text);
  return l.value.empty() && section_role(l.label) == SectionRole::Timeline;
}

// True when the blocks from `i` up to the next heading hold an entries label.
bool part_labels_its_entries(const Blocks& blocks, std::size_t i, std::size_t end) {
  for (; i < end && blocks[i].kind != BlockKind::Heading; ++i)
    if (is_entries_label(blocks[i])) return true;
  return false;
}

// "**Root causes:**" over a list, inside a timeline of several incidents.
bool opens_root_cause_list(const Blocks& blocks, std::size_t i, std::size_t end) {
  if (i + 1 >= end || blocks[i + 1].kind != BlockKind::List) return false;
  const std::string_view text = trim(blocks[i].text);
  if (text.empty() || text.front() != kStrongBegin) return false;
  const LabelledLine l = split_label(text);
  return l.value.empty() && meta_field(l.label) == MetaField::RootCausesList;
}

// True when a line names something rather than telling what someone did: no word in it ends in
// "-ed" ("Queue depth over the incident", not "On-call acknowledged the page").
bool names_a_thing(std::string_view plain) {
  std::size_t start = 0;
  while (start < plain.size()) {
    std::size_t end = plain.find_first_of(" :,.", start);
    if (end == std::string_view::npos) end = plain.size();
    const std::string word = lowercase_ascii(plain.substr(start, end - start));
    if (word.size() > 3 && word.ends_with("ed")) return false;
    start = end + 1;
  }
  return true;
}

// "links to grafana during incident window:" over a list of links, "Full service degradation
// timeline" over a chart: a paragraph with no time that introduces the links or captions the
// image after it. Neither is an event; both are kept as written.
bool introduces_what_follows(const Blocks& blocks, std::size_t i, std::size_t end) {
  if (i + 1 >= end || blocks[i].kind != BlockKind::Paragraph) return false;
  const std::string plain = plain_text(trim(blocks[i].text));
  if (plain.empty() || split_lines(plain).size() != 1 || read_time(plain) || read_date(plain) ||
      !split_label(trim(blocks[i].text)).label.empty() || !names_a_thing(plain))
    return false;
  const MdBlock& next = blocks[i + 1];
  if (next.kind == BlockKind::Html)
    return plain.back() != '.' && next.text.find("<img") != std::string::npos;
  if (next.kind != BlockKind::List || plain.back() != ':' || next.children.size() < 2) return false;
  // Each item one link ("[overview](https://...)" reads "overview (https://...)"): a list of
  // steps with no time is still the timeline's, as entries of their own.
  return std::all_of(next.children.begin(), next.children.end(), [](const MdBlock& item) {
    const std::string text(trim(plain_text(block_text(item))));
    const std::size_t url = text.rfind("http");
    return item.children.empty() && url != std::string::npos &&
           (url == 0 || (url >= 2 && text.ends_with(")") && text.compare(url - 2, 2, " (") == 0)) &&
           text.find(' ', url) == std::string::npos;
  });
}

// "1955: NewRelic alerts us", "0900 - Luke comes online": four digits that make a time of day,
// then a colon or a dash. Nothing when the item opens otherwise.
std::optional<std::string> with_clock_colon(std::string_view text) {
  const auto clock = text.size() < 6 ? std::nullopt : four_digit_clock(text);
  const std::string_view after = text.substr(std::min<std::size_t>(4, text.size()));
  if (!clock ||
      !(after.starts_with(":") || after.starts_with(" -") || after.starts_with(" \xE2\x80\x93")))
    return std::nullopt;
  return *clock + std::string(after);
}

// "1738: Cloudinary posted", "~1940: a plan was made", "[1758](https://chat/p1): Jake saw it": a
// paragraph that opens with such a time, perhaps approximate or as a link's text (its address is
// kept after the paragraph's text). The paragraph with the time's colon written; nothing when it
// opens otherwise.
std::optional<std::string> paragraph_with_clock_colon(std::string_view marked) {
  marked = trim(marked);
  const std::string approximate = marked.starts_with("~") ? "~" : "";
  marked.remove_prefix(approximate.size());
  std::string address;
  std::string text(marked);
  // The tree writes a link's address after its text: "1758 (https://chat/p1): Jake saw it".
  if (marked.size() > 8 && marked.substr(4, 2) == " (")
    if (const std::size_t close = marked.find(')', 6);
        close != std::string_view::npos &&
        marked.substr(6, close - 6).find(' ') == std::string_view::npos) {
      address = std::string(marked.substr(4, close + 1 - 4));
      text = std::string(marked.substr(0, 4)) + std::string(marked.substr(close + 1));
    }
  const auto written = with_clock_colon(text);
  if (!written) return std::nullopt;
  return approximate + *written + address;
}

// How many paragraphs among blocks [begin, end) open with such a time; none when every one of
// them reads as a year ("2015: we moved to the new data centre").
std::size_t compact_paragraphs_in(const Blocks& blocks, std::size_t begin, std::size_t end) {
  std::size_t count = 0;
  bool all_years = true;
  for (std::size_t i = begin; i < end && i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::Paragraph) continue;
    const auto written = paragraph_with_clock_colon(blocks[i].text);
    if (!written) continue;
    ++count;
    const std::string_view digits = std::string_view(*written).substr(written->front() == '~');
    all_years = all_years && (digits.starts_with("19") || digits.starts_with("20"));
  }
  return all_years ? 0 : count;
}

// A timeline list whose every item (two or more) opens with such a time writes its times without
// the colon; "1625: 3 retries" alone is a count.
bool lists_compact_times(const MdBlock& list) {
  return list.children.size() >= 2 &&
         std::all_of(list.children.begin(), list.children.end(), [](const MdBlock& item) {
           return with_clock_colon(block_text(item)).has_value();
         });
}

// True when an item of the list opens with a time of its own ("- 10:05 alert", "- 1005 - alert").
// "- Update #1 at 2018-09-22 23:15 EDT" over a list of the update's points: an item whose first
// line is a few words of title and the dated moment that ends it, as an entry line reads it: the
// moment first, the title as its label ("2018-09-22 23:15 EDT Update #1:"). Nothing for an item
// with no points under it ("- Daily deployment completed at 4:16 p.m. ET on June 15, 2023" is a
// sentence) or any other line.
std::optional<std::string> titled_item_line(const MdBlock& item) {
  if (std::none_of(item.children.begin(), item.children.end(),
                   [](const MdBlock& child) { return child.kind == BlockKind::List; }))
    return std::nullopt;
  const std::string plain = plain_text(trim(split_lines(block_text(item)).front()));
  const auto titled = titled_moment(plain);
  if (!titled || !titled->time.date || titled->time.date->year == 0) return std::nullopt;
  std::string_view label = titled->label;
  for (std::string_view joint : {" at", " on", " @"})
    if (label.ends_with(joint)) label.remove_suffix(joint.size());
  std::string_view moment = trim(std::string_view(plain).substr(titled->label.size()));
  if (moment.starts_with(":") || moment.starts_with("-")) moment = trim(moment.substr(1));
  if (moment.ends_with(":")) moment.remove_suffix(1);
  return std::string(moment) + " " + std::string(label) + ":";
}

// Titled items ("- Update #1 at 2018-09-22 23:15 EDT" over its points) time a list only where
// most of its items are titled or open with their time: a dated point among an entry's details
// ("- Approved by CAB on 2024-04-30 10:00 UTC" over its ticket) stays a detail.
bool times_an_item(const MdBlock& list) {
  const auto opens = [](const MdBlock& item) {
    return item_opens_with_its_time(item) || with_clock_colon(block_text(item)).has_value();
  };
  if (std::any_of(list.children.begin(), list.children.end(), opens)) return true;
  const auto titled = std::count_if(list.children.begin(), list.children.end(),
                                    [](const MdBlock& item) { return titled_item_line(item); });
  return titled > 0 && 2 * static_cast<std::size_t>(titled) > list.children.size();
}

// "- Daily deployment completed at 4:16 p.m. ET on June 15, 2020", "... a decision we took at
// 12:57 UTC.": an item or paragraph of a timeline that tells its time inside its first line, with
// that moment written first, to be read as an entry at that moment with its text whole.
std::string told_moment_first(const ImportContext& cx, std::string text) {
  if (cx.written_by_hindsight || trim(text).empty()) return text;
  const std::string first = plain_text(split_lines(text).front());
  if (read_time(trim(first))) return text;
  if (const auto moment = moment_inside(first, true)) return *moment + " " + text;
  return text;
}

// "```" over "Mar 13 04:52:05 host sshd[1]: Accepted publickey" and more: a fenced block whose
// lines, two or more and all but one in five, open with a time.
bool is_fenced_timed_log(const ImportContext& cx, const MdBlock& code) {
  if (code.kind != BlockKind::Code || !code.has_source() ||
      !is_code_fence(trim(cx.line_text(cx.first_line(code)))))
    return false;
  std::size_t lines = 0, timed = 0;
  for (const std::string_view line : split_lines(code.text)) {
    if (trim(line).empty()) continue;
    ++lines;
    timed += read_time(trim(line)).has_value();
  }
  return timed >= 2 && lines - timed <= std::max<std::size_t>(1, lines / 5);
}

void read_timeline_list(ImportContext& cx, const MdBlock& list) {
  const bool compact = lists_compact_times(list);
  for (const MdBlock& item : list.children) {
    const auto titled = cx.written_by_hindsight ? std::nullopt : titled_item_line(item);
    // "- **2025-03-13 04:52:05** The logs show failed logins:" over a fenced log: the log's
    // lines are evidence of the entry, no entries of their own; it is kept as written, as a
    // log under an entry's heading is. A command or a snippet that is no timed log stays in the
    // entry's text.
    std::vector<const MdBlock*> logs;
    if (!cx.written_by_hindsight && opens_with_a_time(item))
      for (const MdBlock& child : item.children)
        if (is_fenced_timed_log(cx, child)) logs.push_back(&child);
    std::string text;
    if (logs.empty()) {
      text = block_text(item);
    } else {
      MdBlock own = item;
      std::erase_if(own.children, [&](const MdBlock& c) { return is_fenced_timed_log(cx, c); });
      text = block_text(own);
    }
    if (!compact) text = told_moment_first(cx, text);
    if (titled && !compact) {
      const std::size_t line_end = text.find('\n');
      text = *titled + (line_end == std::string::npos ? "" : "\n" + text.substr(line_end + 1));
    }
    const std::size_t before = cx.postmortem.timeline.size();
    read_timeline_lines(cx, compact ? *with_clock_colon(text) : text, cx.first_line(item));
    // "1. **15 December 2024, 04:01 – Initial Detection**" over "- StatusCake detects the
    // outage": points with no time of their own describe the entry above them.
    const bool timed_entry =
        cx.postmortem.timeline.size() == before + 1 && cx.postmortem.timeline.back().at.has_value();
    for (const MdBlock* log : logs) {
      const std::string_view fence = cx.line_text(cx.first_line(*log));
      cx.keep_unplaced(cx.first_line(*log), cx.last_line(*log),
                       std::min(fence.size(), fence.find_first_not_of(' ')));
    }
    for (const MdBlock& child : item.children) {
      if (child.kind != BlockKind::List) continue;
      if (timed_entry && !times_an_item(child)) {
        for (const MdBlock& point : child.children)
          append_detail(cx.postmortem.timeline.back().text,
                        one_line(plain_text(block_text_deep(point))));
        continue;
      }
      read_timeline_list(cx, child);
    }
  }
}
}  // namespace

bool paragraphs_keep_a_log(const Blocks& blocks, std::size_t begin, std::size_t end) {
  std::size_t paragraphs = 0, timed = 0;
  const std::size_t compact = compact_paragraphs_in(blocks, begin, end);
  for (std::size_t i = begin; i < end && i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::Paragraph) continue;
    ++paragraphs;
    const auto time = read_time(plain_text(trim(split_lines(blocks[i].text).front())));
    timed += (time && !time->told) ||
             (compact > 0 && paragraph_with_clock_colon(blocks[i].text).has_value());
  }
  return timed >= 2 && timed * 3 >= paragraphs * 2;
}

namespace {
// "18.16 - First linecard flaps occured", "07:30 – Incident started", "09:22: Second fix": a line
// that opens with a clock (or a day and a clock) and a mark after it, as a log writes its
// entries; its moment. A sentence that tells its time ("At 09:22 we ...") is none.
std::optional<LooseTime> logged_moment(std::string_view line) {
  const std::string plain = plain_text(trim(line));
  auto time = read_time(plain);
  if (!time) time = read_dotted_time(plain);
  if (!time || time->told) return std::nullopt;
  const std::string_view after = std::string_view(plain).substr(time->length);
  if (!starts_range(after) && !opens_with_an_entry_mark(after)) return std::nullopt;
  return time;
}

// The lines of a paragraph that a log writes: the first of them (its first logged line when it
// has two or more, or its first line when that one is logged), the last, how many, and whether
// one names its day with the year.
struct LogLines {
  std::size_t first = 0;
  std::size_t last = 0;
  std::size_t count = 0;
  bool dated = false;
};
std::optional<LogLines> log_lines_of(const MdBlock& b) {
  if (b.kind != BlockKind::Paragraph) return std::nullopt;
  const auto lines = split_lines(b.text);
  LogLines log;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const auto time = logged_moment(lines[k]);
    if (!time) continue;
    if (log.count == 0) log.first = k;
    log.last = k;
    ++log.count;
    log.dated = log.dated || (time->date && time->date->year != 0);
  }
  if (log.count >= 2 || (log.count == 1 && log.first == 0)) return log;
  return std::nullopt;
}

// "Our nightly jobs run on a fixed schedule:" over "01:00 - database backup": what comes before
// a paragraph's log (its own lines before the first entry, or the paragraph above) introduces a
// schedule, not the incident's log.
bool introduces_a_schedule(const Blocks& blocks, std::size_t i, const LogLines& log) {
  const auto lines = split_lines(blocks[i].text);
  for (std::size_t k = 0; k < log.first; ++k)
    if (tells_a_schedule(plain_text(lines[k]))) return true;
  return i > 0 && blocks[i - 1].kind == BlockKind::Paragraph && log.first == 0 &&
         tells_a_schedule(plain_text(split_lines(blocks[i - 1].text).back()));
}

bool ends_a_sentence(std::string_view line) {
  line = trim(line);
  return !line.empty() && (line.back() == '.' || line.back() == '!' || line.back() == '?');
}
}  // namespace

bool paragraph_is_a_log(const MdBlock& b) { return log_lines_of(b).has_value(); }

bool read_logged_lines(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                       std::size_t end) {
  if (cx.written_by_hindsight || cx.has_timeline_section) return false;
  constexpr std::size_t kFewestLoggedLines = 3;  // two could be a note's times
  std::size_t logged = 0;
  bool several_a_paragraph = false, dated = false;
  for (std::size_t i = begin; i < end && i < blocks.size(); ++i) {
    const auto log = log_lines_of(blocks[i]);
    if (!log) continue;
    if (introduces_a_schedule(blocks, i, *log)) return false;
    logged += log->count;
    several_a_paragraph = several_a_paragraph || log->count >= 2;
    dated = dated || log->dated;
  }
  LooseDate incident_day;
  const bool day_known = dated || cx.day_for_time(incident_day);
  if (logged < kFewestLoggedLines || !several_a_paragraph || !day_known) return false;
  begin_timeline_zone(cx, blocks, begin, end);
  for (std::size_t i = begin; i < end && i < blocks.size(); ++i) {
    const MdBlock& b = blocks[i];
    const int line = cx.first_line(b);
    const auto log = log_lines_of(b);
    if (!log) {
      if (b.kind != BlockKind::Rule) cx.keep_unplaced(line, cx.last_line(b));
      continue;
    }
    const auto lines = split_lines(b.text);
    // "Update from Atrato" over the log: the lines before its first entry stay prose; so do
    // the sentences after its last entry once that entry's sentence has ended ("Problem
    // solved. We later learned ..."): the lines between entries wrap them.
    std::size_t after_last = log->last + 1;
    while (after_last < lines.size() && !ends_a_sentence(lines[after_last - 1])) ++after_last;
    if (log->first > 0) cx.keep_unplaced(line, line + static_cast<int>(log->first) - 1);
    const std::size_t from = static_cast<std::size_t>(lines[log->first].data() - b.text.data());
    const std::size_t to = after_last < lines.size()
                               ? static_cast<std::size_t>(lines[after_last].data() - b.text.data())
                               : b.text.size();
    read_timeline_lines(cx, trim(std::string_view(b.text).substr(from, to - from)),
                        line + static_cast<int>(log->first));
    if (after_last < lines.size())
      cx.keep_unplaced(line + static_cast<int>(after_last), cx.last_line(b));
  }
  return true;
}

bool item_opens_with_its_time(const MdBlock& item) {
  const auto time = read_time(plain_text(trim(split_lines(block_text(item)).front())));
  return time && !time->told;
}

bool is_list_of_timed_entries(const MdBlock& b) {
  return b.kind == BlockKind::List &&
         std::all_of(b.children.begin(), b.children.end(), item_opens_with_its_time);
}

std::optional<std::string> title_after_moment(std::string_view marked) {
  const std::string plain = plain_text(trim(marked));
  const auto time = read_time(plain);
  if (!time || time->told) return std::nullopt;
  const std::string rest(trim(strip_separator(std::string_view(plain).substr(time->length))));
  if (rest.empty() || read_time(rest)) return std::nullopt;
  return rest;
}

std::optional<std::string> read_timed_title(ImportContext& cx, std::string_view marked, int line) {
  auto title = title_after_moment(marked);
  if (!title) return std::nullopt;
  const auto time = read_time(plain_text(trim(marked)));
  TimelineEvent event;
  event.at = cx.resolve_time(*time, line);
  if (!event.at) return std::nullopt;
  follow_written_day(cx, *time);
  event.text = *title;
  add_event(cx, std::move(event), line);
  return title;
}

std::optional<std::string> update_with_moment_below(std::string_view marked) {
  const auto lines = split_lines(trim(marked));
  if (lines.size() < 2) return std::nullopt;
  // "Posted Sep 10, 2024 - 02:42 UTC": a status page's line under each update.
  const auto moment = posted_moment(lines.back());
  if (!moment) return std::nullopt;
  std::string entry = *moment;
  for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
    // "14:05 - Error rate alert fired\nNov 01, 2023 14:20": lines of entries of their own.
    if (read_time(plain_text(trim(lines[k])))) return std::nullopt;
    entry += " " + std::string(trim(lines[k]));
  }
  return entry;
}

// A heading that names a moment ("### 5:00 PM", "### 2019-10-20 9:14"): the entry the blocks
// under it describe.
std::optional<LooseTime> heading_time(std::string_view marked) {
  const std::string plain = plain_text(trim(marked));
  auto time = read_time(plain);
  if (!time) return std::nullopt;
  const std::string_view rest = trim(std::string_view(plain).substr(time->length));
  if (rest.empty() || rest == ":") return time;
  // "## 2:07pm CST {#2-07pm-cst}": the anchor Hugo, Pandoc and kramdown let a heading carry.
  if (rest.starts_with("{#") && rest.find('}') == rest.size() - 1) return time;
  return std::nullopt;
}

std::optional<TitledMoment> titled_moment(std::string_view plain) {
  plain = trim(plain);
  if (read_time(plain)) return std::nullopt;  // "17.Feb.2021 18:00 - 18.Feb.2021 07:30": a span
  std::size_t at = 0;
  for (int words = 1; words <= 5; ++words) {
    at = plain.find(' ', at);
    if (at == std::string_view::npos) return std::nullopt;
    while (at < plain.size() && plain[at] == ' ') ++at;
    const std::string_view rest = plain.substr(at);
    const auto time = read_time(rest);
    if (!time || time->told || !time->date) continue;
    const std::string_view after = trim(rest.substr(time->length));
    if (!after.empty() && after != ":") continue;
    std::string_view label = trim(plain.substr(0, at));
    while (!label.empty() && (label.back() == ':' || label.back() == '-' || label.back() == ' '))
      label.remove_suffix(1);
    if (label.empty()) return std::nullopt;
    return TitledMoment{*time, std::string(label)};
  }
  return std::nullopt;
}

// "All times in PDT (UTC-7)", "Unless otherwise noted all events happened on 2019-10-21, and all
// times are in UTC.": a short paragraph or heading in the timeline section that states the zone
// of its times, or the day of all its events. Read before the entries, wherever it stands.
static void state_timeline_zone(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                                std::size_t end) {
  bool day_stated = false;
  // The section's own heading may state both: "Timeline (all times UTC) Monday May 10th, 2021".
  const bool titled = begin > 0 && begin <= blocks.size() &&
                      blocks[begin - 1].kind == BlockKind::Heading &&
                      section_role(plain_text(blocks[begin - 1].text)) == SectionRole::Timeline;
  for (std::size_t i = titled ? begin - 1 : begin; i < end && !(cx.stated_zone && day_stated);
       ++i) {
    const MdBlock& b = blocks[i];
    // "> All times in CST": a statement set apart as a quote, too.
    if (b.kind != BlockKind::Paragraph && b.kind != BlockKind::Heading &&
        b.kind != BlockKind::Quote)
      continue;
    const std::string plain =
        one_line(plain_text(b.kind == BlockKind::Quote ? block_text_deep(b) : b.text));
    // A statement about all times is short and is no entry of its own.
    if (plain.size() > 200 || read_time(plain) || read_date(plain)) continue;
    if (!cx.stated_zone)
      if (auto zone = find_stated_zone(plain)) cx.stated_zone = zone;
    if (!cx.stated_zone && cx.ambiguous_zone.empty()) {
      cx.ambiguous_zone = find_ambiguous_zone(plain);
      cx.stated_zone = zone_most_often_meant(cx.ambiguous_zone);
    }
    const std::string lower = lowercase_ascii(plain);
    if (!day_stated && !cx.current_day && lower.find("all ") != std::string::npos &&
        (lower.find("events") != std::string::npos || lower.find("times") != std::string::npos))
      if (auto day = find_date(plain)) {
        cx.current_day = day;
        day_stated = true;
      }
  }
}

std::optional<LooseTime> dated_moment_alone(std::string_view plain_title) {
  const auto time = read_time(plain_title);
  if (!time || !time->date || time->date->year == 0 ||
      !trim(plain_title.substr(time->length)).empty())
    return std::nullopt;
  return time;
}

bool read_dated_section(ImportContext& cx, std::string_view title, const Blocks& blocks,
                        std::size_t begin, std::size_t end, int line) {
  if (begin >= end) return false;  // an empty "## 2024-01-01" stays, as an extra section
  const std::string plain = plain_text(trim(title));
  if (const auto time = dated_moment_alone(plain)) {
    if (time->zone_named)
      cx.stated_zone = make_zone(StatedZone::Rule::Fixed, time->utc_offset_seconds);
    if (time->region) cx.stated_zone = time->region;
    cx.current_day = time->date;
    cx.day_label = iso_date(*time->date);
    // The heading's moment is an entry unless the section opens with one of its own: the first
    // paragraph describes it, or it is the heading's text.
    if (!opens_with_a_time(blocks[begin])) {
      TimelineEvent event;
      event.at = cx.resolve_time(*time, line);
      const MdBlock& under = blocks[begin];
      // "## 2025-01-21T14:00:00" over "* We are analysing the database server": a status
      // page's update written as bullets, none timed, which are its text.
      const bool bullets =
          under.kind == BlockKind::List &&
          std::none_of(under.children.begin(), under.children.end(),
                       [](const MdBlock& item) { return opens_with_a_time(item); });
      const bool described = under.kind == BlockKind::Paragraph || bullets;
      if (bullets)
        for (const MdBlock& item : under.children)
          append_detail(event.text, one_line(plain_text(block_text_deep(item))));
      else
        event.text = described ? one_line(plain_text(under.text)) : plain;
      add_event(cx, std::move(event), described ? cx.first_line(blocks[begin]) : line);
      if (described) ++begin;
    }
  } else if (!read_day_line(cx, title, line)) {
    return false;
  }
  read_timeline(cx, blocks, begin, end);
  return true;
}

void state_document_zone(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                         std::size_t end) {
  for (std::size_t i = begin; i < end && i < blocks.size() && !cx.document_zone; ++i) {
    if (blocks[i].kind != BlockKind::Paragraph) continue;
    const std::string plain = one_line(plain_text(blocks[i].text));
    const std::string lower = lowercase_ascii(plain);
    const bool about_all_times = lower.find("all times") != std::string::npos ||
                                 lower.starts_with("times ") || lower.starts_with("(times ");
    if (plain.size() > 120 || !about_all_times) continue;
    cx.document_zone = find_stated_zone(plain);
    if (!cx.document_zone && cx.ambiguous_zone.empty()) {
      cx.ambiguous_zone = find_ambiguous_zone(plain);
      cx.document_zone = zone_most_often_meant(cx.ambiguous_zone);
    }
  }
  if (cx.document_zone || !cx.ambiguous_zone.empty()) return;
  // No statement about all times: the zone of the incident's date line ("**Date**: November 4,
  // 2025, 16:00-17:00 CET"), else of the first time written with its zone ("From 05:15 PM to
  // 02:00 AM WAT"), is a hint (ImportContext::zone_hint).
  for (std::size_t i = begin; i < end && i < blocks.size() && !cx.zone_hint; ++i)
    if (blocks[i].kind == BlockKind::Paragraph)
      for (const std::string_view line : split_lines(blocks[i].text))
        if (const LabelledLine l = split_label(line);
            !l.label.empty() && meta_field(l.label) == MetaField::Date && !cx.zone_hint)
          cx.zone_hint = find_stated_zone(l.value, true);
  // Paragraphs, and the items of lists ("- On Saturday, Aug 31 at 10:27am Eastern all indexes
  // disappeared" in a summary written as points); an item's UTC ("- Tue Oct 11 12:24:02 UTC: We
  // are going through the queue") is that update's, and says nothing of other times.
  std::vector<std::pair<std::string, bool>> texts;  // the text, and whether it is an item's
  for (std::size_t i = begin; i < end && i < blocks.size(); ++i) {
    if (blocks[i].kind == BlockKind::Paragraph) texts.emplace_back(blocks[i].text, false);
    if (blocks[i].kind == BlockKind::List)
      for (const MdBlock& item : blocks[i].children) texts.emplace_back(block_text(item), true);
  }
  hint_zone_from(cx, texts, false);
}

void hint_zone_from(ImportContext& cx, const std::vector<std::pair<std::string, bool>>& texts,
                    bool moments_only) {
  for (const auto& [text, item] : texts) {
    if (cx.zone_hint) break;
    const std::string plain = one_line(plain_text(text));
    for (std::size_t at = 0; at < plain.size() && !cx.zone_hint; ++at) {
      if (!std::isdigit(static_cast<unsigned char>(plain[at])) ||
          (at > 0 && std::isalnum(static_cast<unsigned char>(plain[at - 1]))))
        continue;
      const auto time = read_time(std::string_view(plain).substr(at));
      if (!time) continue;
      // An item's time tells a moment when it opens the item or follows "at": "works
      // 9:00am-5:00pm Eastern" tells office hours.
      const std::string_view before = trim(std::string_view(plain).substr(0, at));
      const bool moment =
          (!item && !moments_only) || before.empty() || before.ends_with(" at") || before == "At";
      if (!moment) {
      } else if (time->region) {
        cx.zone_hint = time->region;
      } else if (time->zone_named && (!item || time->utc_offset_seconds != 0)) {
        cx.zone_hint = make_zone(StatedZone::Rule::Fixed, time->utc_offset_seconds);
      }
      at += time->length;
    }
  }
}

void hint_zone_after_the_timeline(ImportContext& cx, const Blocks& blocks, std::size_t begin) {
  if (cx.document_zone || cx.zone_hint || !cx.ambiguous_zone.empty()) return;
  // Paragraphs, and the items of lists that open with a moment in the sections after the
  // timeline's that tell the incident ("- At 8:22 am GMT+1, the staff called the support
  // engineer" under "Root cause and resolution"), not its actions or lessons ("Run the failover
  // drill at 10:00 PST"); an entry's own zone holds for that entry only.
  std::vector<std::pair<std::string, bool>> texts;
  const int level = begin > 0 ? blocks[begin - 1].level : 1;
  bool past_the_timeline = false;
  bool tells_the_incident = false;
  for (std::size_t i = begin; i < blocks.size(); ++i) {
    if (blocks[i].kind == BlockKind::Heading && blocks[i].level <= level) {
      past_the_timeline = true;
      const SectionRole role = section_role(plain_text(blocks[i].text));
      tells_the_incident = role == SectionRole::Unknown || role == SectionRole::WhatHappened ||
                           role == SectionRole::Analysis || role == SectionRole::Summary;
    }
    if (blocks[i].kind == BlockKind::Paragraph) texts.emplace_back(blocks[i].text, false);
    if (blocks[i].kind == BlockKind::List && past_the_timeline && tells_the_incident)
      for (const MdBlock& item : blocks[i].children)
        if (const std::string text = plain_text(trim(block_text(item)));
            text.starts_with("At ") || read_time(text))
          texts.emplace_back(block_text(item), true);
  }
  hint_zone_from(cx, texts, true);
}

// "    - 11:16 ::::: keys revoked": a list indented four spaces under the timeline's heading,
// which Markdown reads as code, is read as the list it was meant to be when every line is a list
// item opening with a time (an indented log has no list markers). A fenced block of lines that
// open with times ("2023-06-17 18:05 Block created") is the timeline written as plain text when
// `fenced_entries`: the section holds no list or table of entries and nothing introduces the
// block as a log ("the application log showed:"). False, reading nothing, otherwise: the block
// is kept as written.
// "┌────┐", "│    │", "└────┘": a line of a box drawn around a timeline, nothing but its frame.
static bool is_frame_line(std::string_view line) {
  line = trim(line);
  if (line.empty()) return false;
  for (std::size_t at = 0; at < line.size();) {
    // U+2500 to U+257F, the box-drawing block: E2 94 80 to E2 95 BF in UTF-8.
    if (line[at] == ' ') {
      ++at;
    } else if (line.size() - at >= 3 && line.substr(at, 2) == "\xE2\x94") {
      at += 3;
    } else if (line.size() - at >= 3 && line.substr(at, 2) == "\xE2\x95") {
      at += 3;
    } else {
      return false;
    }
  }
  return true;
}

// "│  22:42:08  docker compose stop   │": a line inside such a box, its sides taken off.
static std::string_view unframed(std::string_view line) {
  static constexpr std::string_view kSide = "\xE2\x94\x82";  // U+2502
  line = trim(line);
  if (line.starts_with(kSide)) line = trim(line.substr(kSide.size()));
  if (line.ends_with(kSide)) line = trim(line.substr(0, line.size() - kSide.size()));
  return line;
}

namespace {
// How a code block's lines read as timeline entries: its lines, whether a box is drawn around
// them, whether Markdown took it as code for its indent.
struct CodeLines {
  std::vector<std::string_view> lines;
  bool indented = false;
  bool framed = false;

  static bool bulleted(std::string_view t) {
    return t.starts_with("- ") || t.starts_with("* ") || t.starts_with("+ ");
  }
  // An entry's text: the line without its box's sides and its list marker, if it has them.
  static std::string_view entry_text(std::string_view line) {
    const std::string_view t = unframed(line);
    return bulleted(t) ? trim(t.substr(2)) : t;
  }
  // Fenced: a line set in under an entry ("01:25:02 - FAILURE" over "         - Mass I/O
  // errors") goes on with its text, as a box's lines do.
  bool goes_on(std::string_view line) const {
    return framed || (!indented && (line.starts_with(" ") || line.starts_with("\t")));
  }
};

// The block's lines when they are entries (see read_code_entries); none otherwise.
std::optional<CodeLines> code_entry_lines(const ImportContext& cx, const MdBlock& code,
                                          bool fenced_entries) {
  if (code.kind != BlockKind::Code) return std::nullopt;
  CodeLines c;
  const std::string_view source = cx.line_text(cx.first_line(code));
  c.indented = source.starts_with("    ") || source.starts_with("\t");
  if (!c.indented && !fenced_entries) return std::nullopt;
  c.lines = split_lines(code.text);
  // Drawn in a box: the lines under an entry's time go on with its text. A box drawn as a table
  // ("│ 21:05 │ router rebooted │") is kept as written.
  c.framed = std::any_of(c.lines.begin(), c.lines.end(), is_frame_line);
  if (c.framed && std::any_of(c.lines.begin(), c.lines.end(), [](std::string_view line) {
        return unframed(line).find("\xE2\x94\x82") != std::string_view::npos;
      }))
    return std::nullopt;
  std::size_t lines = 0, timed = 0;
  bool continues = false;  // a line here would go on with an entry's text
  for (const std::string_view line : c.lines) {
    const std::string_view t = CodeLines::entry_text(line);
    if (is_frame_line(line) || t.empty()) {
      continues = continues && !is_frame_line(line) && !trim(line).empty();
      continue;
    }
    if (c.indented && !CodeLines::bulleted(trim(line))) return std::nullopt;
    const bool has_time = read_time(t).has_value();
    if (!has_time && c.goes_on(line) && continues) continue;
    ++lines;
    timed += has_time;
    continues = has_time;
  }
  // Indented: every line an entry. Fenced: nearly every line opens with a time (a stray line,
  // such as a fence closed wrongly, is kept as a note).
  if (timed < 2 ||
      (c.indented ? timed != lines : lines - timed > std::max<std::size_t>(1, lines / 5)))
    return std::nullopt;
  return c;
}
}  // namespace

bool code_lists_times(const ImportContext& cx, const MdBlock& code) {
  return code_entry_lines(cx, code, true).has_value();
}

static bool read_code_entries(ImportContext& cx, const MdBlock& code, bool fenced_entries) {
  const auto c = code_entry_lines(cx, code, fenced_entries);
  if (!c) return false;
  int line = cx.first_line(code) + (c->indented ? 0 : 1);
  bool entry_open = false;
  for (const std::string_view raw : c->lines) {
    const std::string_view t = CodeLines::entry_text(raw);
    if (is_frame_line(raw) || t.empty()) {
      entry_open = entry_open && !is_frame_line(raw) && !trim(raw).empty();
    } else if (c->goes_on(raw) && entry_open && !read_time(t)) {
      append_detail(cx.postmortem.timeline.back().text, std::string(t));
    } else {
      read_event_line(cx, t, line);
      entry_open = read_time(t).has_value();
    }
    ++line;
  }
  return true;
}

bool is_timed_list(const MdBlock& list) {
  if (list.kind != BlockKind::List || list.children.size() < 2) return false;
  const auto timed = [](const MdBlock& item) {
    return opens_with_a_time(item) || labelled_moment(plain_text(item_head(item)));
  };
  // A long log may hold an entry whose time is mistyped or left out ("15.26", "Incident
  // declared"): it opens with a time and at most one item in eight has none.
  const auto untimed = static_cast<std::size_t>(
      std::count_if(list.children.begin(), list.children.end(), std::not_fn(timed)));
  return timed(list.children.front()) && untimed * 8 <= list.children.size();
}

bool is_timed_table(const MdBlock& table) {
  if (table.kind != BlockKind::Table) return false;
  const TableView t = view_table(table);
  const auto time = std::find(t.columns.begin(), t.columns.end(), Column::Time);
  if (time == t.columns.end()) return false;
  const auto c = static_cast<std::size_t>(time - t.columns.begin());
  return std::count_if(t.rows.begin(), t.rows.end(), [&](const MdBlock* row) {
           return read_time(cell(*row, c)).has_value();
         }) >= 2;
}

namespace {
// "* 16:37 Denver - Mark updated the plugins", "* 16:55 Denver - ...": the same city written
// after the time of every timed entry of a timeline's lists, three or more, names the clock they
// were read on, as "16:37 Denver time" does one entry's (a city after some times only names a
// place: "14:10 Amsterdam - edge nodes drained" among UTC entries). Not a speaker ("09:02 Austin:
// paged the DBA"). Its zone; nothing when no city is written so.
std::optional<StatedZone> clock_city_of_entries(const Blocks& blocks, std::size_t begin,
                                                std::size_t end) {
  std::string city;
  std::size_t timed = 0;
  for (std::size_t i = begin; i < end; ++i) {
    if (blocks[i].kind != BlockKind::List) continue;
    for (const MdBlock& item : blocks[i].children) {
      const std::string line = one_line(plain_text(split_lines(item_head(item)).front()));
      const auto time = read_time(line);
      if (!time) continue;
      if (time->zone_named || time->region) return std::nullopt;
      std::string_view after = trim(std::string_view(line).substr(time->length));
      const std::size_t stop = std::min({after.find(" - "), after.find(" \xE2\x80\x93 "),
                                         after.find(':'), after.find(','), after.size()});
      if (stop < after.size() && after[stop] == ':') return std::nullopt;
      const std::string_view candidate = trim(after.substr(0, stop));
      const bool capitalised = !candidate.empty() && candidate.front() >= 'A' &&
                               candidate.front() <= 'Z' && candidate.size() <= 20;
      // "20:09 DEnver": the same city, typed in haste.
      if (!capitalised || (timed > 0 && lowercase_ascii(candidate) != lowercase_ascii(city)))
        return std::nullopt;
      if (timed == 0) city = std::string(candidate);
      ++timed;
    }
  }
  if (timed < 3) return std::nullopt;
  return find_stated_zone("all times are " + city + " time");
}
}  // namespace

void begin_timeline_zone(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                         std::size_t end) {
  state_timeline_zone(cx, blocks, begin, end);
  if (!cx.stated_zone && !cx.document_zone && !cx.written_by_hindsight)
    cx.stated_zone = clock_city_of_entries(blocks, begin, end);
  if (!cx.stated_zone) cx.stated_zone = cx.document_zone;
}

namespace {
// The entry a moment standing alone opens, for the blocks under it to describe; its index.
std::size_t open_entry_at(ImportContext& cx, const LooseTime& time, std::string_view marked,
                          int line) {
  if (time.date && time.date->year != 0) cx.current_day = time.date;
  TimelineEvent event;
  event.at = cx.resolve_time(time, line);
  if (!event.at) event.text = plain_text(trim(marked));
  const std::size_t index = cx.postmortem.timeline.size();
  add_event(cx, std::move(event), line);
  return index;
}
}  // namespace

namespace {
// A paragraph of images with no words ("![](graph.png)"): the tree gives it no text, and its
// Markdown is kept as written.
bool shows_only_images(const MdBlock& b) {
  return b.kind == BlockKind::Paragraph && b.has_source() && trim(plain_text(b.text)).empty();
}
}  // namespace

void read_timeline(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end) {
  begin_timeline_zone(cx, blocks, begin, end);
  std::optional<std::size_t> entry;  // the event a time heading opened, which blocks describe
  bool labelled_part = !cx.written_by_hindsight && part_labels_its_entries(blocks, begin, end);
  // Paragraphs that write their times without the colon, two or more: "1738: ..." is a time.
  const bool compact_paragraphs = compact_paragraphs_in(blocks, begin, end) >= 2;
  const bool listed = std::any_of(
      blocks.begin() + static_cast<std::ptrdiff_t>(begin),
      blocks.begin() + static_cast<std::ptrdiff_t>(end),
      [](const MdBlock& b) { return b.kind == BlockKind::List || b.kind == BlockKind::Table; });
  // The block before block i ends with a colon: it announces what follows.
  const auto announced = [&](std::size_t i) {
    return i > begin && trim(plain_text(block_text_deep(blocks[i - 1]))).ends_with(':');
  };
  std::size_t entries_before_block = cx.postmortem.timeline.size();
  for (std::size_t i = begin; i < end; ++i) {
    const bool previous_block_added = cx.postmortem.timeline.size() > entries_before_block;
    entries_before_block = cx.postmortem.timeline.size();
    const MdBlock& b = blocks[i];
    const int first = cx.first_line(b);
    if (b.kind == BlockKind::Heading)
      labelled_part = !cx.written_by_hindsight && part_labels_its_entries(blocks, i + 1, end);
    if (entry &&
        (b.kind == BlockKind::Paragraph || b.kind == BlockKind::List ||
         b.kind == BlockKind::Quote) &&
        !opens_with_a_time(b) && !shows_only_images(b)) {
      append_detail(cx.postmortem.timeline[*entry].text, one_line(plain_text(block_text_deep(b))));
      continue;
    }
    // "<p>9:30pm: Cory got an alert ...": entries written as HTML paragraphs are read as lines;
    // such paragraphs that open with no time go on describing the entry before them.
    if (!cx.written_by_hindsight && b.kind == BlockKind::Html)
      if (const auto lines = html_paragraphs(b)) {
        std::string joined;
        for (const std::string& line : *lines) joined += (joined.empty() ? "" : "\n") + line;
        const bool timed = std::any_of(lines->begin(), lines->end(), [](const std::string& line) {
          const auto time = read_time(line);
          return time && (time->date || time->meridiem || line.find(':') != std::string::npos);
        });
        if (timed) {
          read_timeline_lines(cx, joined, first);
          entry.reset();
          if (!cx.postmortem.timeline.empty() && cx.postmortem.timeline.back().at)
            entry = cx.postmortem.timeline.size() - 1;
          continue;
        }
        if (entry) {
          std::replace(joined.begin(), joined.end(), '\n', ' ');
          append_detail(cx.postmortem.timeline[*entry].text, joined);
          continue;
        }
      }
    // A log or an image pasted under an entry is kept as written, and what follows it still
    // describes the entry.
    if (entry && (b.kind == BlockKind::Code || b.kind == BlockKind::Html || shows_only_images(b))) {
      cx.keep_unplaced(first, cx.last_line(b));
      continue;
    }
    entry.reset();
    switch (b.kind) {
      case BlockKind::Table:
        read_timeline_table(cx, b);
        break;
      case BlockKind::List:
        read_timeline_list(cx, b);
        break;
      case BlockKind::Heading:
        // A date names the day of later times; a time opens an entry the blocks under it
        // describe; any other heading ("Detection Phase") stays in place as a note.
        if (auto time = heading_time(b.text)) {
          entry = open_entry_at(cx, *time, b.text, first);
          break;
        }
        if (const auto labelled =
                cx.written_by_hindsight ? std::nullopt : titled_moment(plain_text(trim(b.text)))) {
          entry = open_entry_at(cx, labelled->time, b.text, first);
          TimelineEvent& event = cx.postmortem.timeline[*entry];
          if (event.at) event.text = labelled->label;
          break;
        }
        {
          // "### 07:35 - Pending pods noticed": a timed entry with a title, which the blocks
          // under it describe as they do a bare time's.
          const std::size_t before = cx.postmortem.timeline.size();
          read_event_line(cx, b.text, first);
          if (cx.postmortem.timeline.size() == before + 1 && cx.postmortem.timeline.back().at)
            entry = before;
        }
        break;
      case BlockKind::Paragraph:
        if (shows_only_images(b)) {
          cx.keep_unplaced(first, cx.last_line(b));  // "![](graph.png)": no words to read
        } else if (!cx.written_by_hindsight && opens_root_cause_list(blocks, i, end)) {
          read_analysis(cx, blocks, i, i + 2, first, cx.last_line(blocks[i + 1]),
                        SectionRole::Analysis);
          ++i;
        } else if (!cx.written_by_hindsight && introduces_what_follows(blocks, i, end)) {
          cx.keep_unplaced(first, cx.last_line(blocks[i + 1]));
          ++i;
        } else if (!cx.written_by_hindsight && split_lines(b.text).size() == 1 &&
                   heading_time(b.text) && i + 1 < end && blocks[i + 1].kind != BlockKind::Rule) {
          // "*2023-06-08 10:50 UTC*" alone over the paragraphs that tell the update: a moment
          // written as a heading is.
          entry = open_entry_at(cx, *heading_time(b.text), b.text, first);
        } else if (labelled_part && is_entries_label(b)) {
          break;  // structure, like a heading: the entries follow
        } else if (labelled_part && is_narrative(b.text)) {
          // "**What "excessive parallelism" means:** ...": the story stops to explain how the
          // failure worked, which is analysis.
          const LabelledLine l = split_label(trim(b.text));
          const FieldId field = !l.label.empty() && labels_an_explanation(l.label)
                                    ? FieldId::RootCauseSummary
                                    : FieldId::WhatHappened;
          append_prose(cx, model_field(field), cx.raw_lines(first, cx.last_line(b)), first);
        } else if (const auto compact =
                       compact_paragraphs ? paragraph_with_clock_colon(b.text) : std::nullopt) {
          read_timeline_lines(cx, *compact, first);
        } else {
          read_timeline_lines(cx, told_moment_first(cx, b.text), first);
        }
        break;
      case BlockKind::Rule:
        break;
      case BlockKind::Quote:
        // "> 06:00 fejta changes e2e-runner.sh": entries written in a quote, as some templates
        // set the timeline apart; a quote that opens otherwise is kept as written.
        if (!cx.written_by_hindsight && opens_with_a_time(b) &&
            std::all_of(b.children.begin(), b.children.end(),
                        [](const MdBlock& c) { return c.kind == BlockKind::Paragraph; })) {
          for (const MdBlock& part : b.children)
            read_timeline_lines(cx, part.text, cx.first_line(part));
          break;
        }
        // "AWS replied just after midnight UTC:" over the reply, quoted in paragraphs: the quote
        // completes the entry that announced it.
        if (!cx.written_by_hindsight && previous_block_added && announced(i) &&
            blocks[i - 1].kind == BlockKind::Paragraph &&
            std::all_of(b.children.begin(), b.children.end(),
                        [](const MdBlock& c) { return c.kind == BlockKind::Paragraph; })) {
          append_detail(cx.postmortem.timeline.back().text,
                        one_line(plain_text(block_text_deep(b))));
          break;
        }
        cx.keep_unplaced(first, cx.last_line(b));
        break;
      case BlockKind::Code:
        if (!cx.written_by_hindsight && read_code_entries(cx, b, !listed && !announced(i))) break;
        cx.keep_unplaced(first, cx.last_line(b));
        break;
      default:
        cx.keep_unplaced(first, cx.last_line(b));
        break;
    }
  }
}
}  // namespace hindsight::core
