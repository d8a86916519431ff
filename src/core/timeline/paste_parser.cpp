#include "core/timeline/paste_parser.hpp"

#include <optional>

#include "core/model/text.hpp"
#include "core/timeline/event_cues.hpp"
#include "core/timeline/loose_time.hpp"
#include "core/timeline/paste_line.hpp"
#include "core/timeline/paste_table.hpp"

namespace hindsight::core {
namespace {

constexpr int kDay = 24 * 3600;
// How far back a chat clock must jump before it counts as the next day: "11:58 PM" then
// "12:03 AM" is 24 hours back minus 5 minutes; messages pasted slightly out of order are not.
constexpr int kRolloverJump = 12 * 3600;

std::optional<LooseDate> full_date(std::string_view iso) {
  auto d = read_date(iso);
  if (!d || d->year == 0) return std::nullopt;
  return d;
}

class PasteReader {
 public:
  PasteReader(const PasteContext& context, std::size_t lines)
      : context_(context), incident_(full_date(context.incident_date)) {
    result_.entries.reserve(lines);
    year_ = context.year != 0 ? context.year : (incident_ ? incident_->year : 0);
  }

  void read_line(int number, std::string_view raw) {
    const std::string_view line = trim(raw);
    if (line.empty()) {
      table_.reset();  // a blank line ends a kubectl table, but not an event's message
      return;
    }
    PasteEntry entry;
    entry.line = number;
    entry.line_text = std::string(raw);
    entry.text = std::string(line);
    if (table_ && read_table_line(raw, entry)) return;
    if (is_event_table_furniture(raw)) return add_structure(entry, PasteFormat::TableHeader, false);
    if (auto layout = read_event_table_header(raw)) {
      table_ = std::move(layout);
      return add_structure(entry, PasteFormat::TableHeader, false);
    }
    if (is_journal_marker(line)) {
      return add_structure(entry, PasteFormat::JournalMarker, is_boot_marker(line));
    }
    if (auto date_line = read_date_line(line)) {
      set_current_date(*date_line);
      return add_structure(entry, PasteFormat::DateLine, false);
    }
    if (auto timed = read_timed_line(line)) return add_timed(entry, *timed);
    add_untimed(entry);
  }

  PasteResult finish() {
    for (auto& entry : result_.entries)
      if (entry.role != PasteRole::Continuation && entry.format != PasteFormat::DateLine &&
          entry.format != PasteFormat::TableHeader)
        entry.kind = guess_event_kind(entry.text);
    for (auto& entry : result_.entries) {
      if (entry.role != PasteRole::Continuation) continue;
      entry.kind = result_.entries[entry.event].kind;
      entry.source = result_.entries[entry.event].source;
    }
    return std::move(result_);
  }

 private:
  bool read_table_line(std::string_view raw, PasteEntry& entry) {
    auto row = read_event_table_row(*table_, raw);
    if (!row) {
      if (is_event_table_furniture(raw)) {
        add_structure(entry, PasteFormat::TableHeader, false);
        return true;
      }
      table_.reset();
      return false;
    }
    entry.text = std::move(row->text);
    entry.source = "kubectl";
    if (row->stamp) {
      PasteLine timed;
      timed.format = PasteFormat::KubectlEvent;
      timed.stamp = *row->stamp;
      timed.text = entry.text;
      timed.source = entry.source;
      add_timed(entry, timed);
    } else {
      add_structure(entry, PasteFormat::KubectlEvent, true);
    }
    open_event_.reset();  // a table row is one event; the next line is not its continuation
    return true;
  }

  void add_structure(PasteEntry& entry, PasteFormat format, bool suggested) {
    entry.format = format;
    entry.role = PasteRole::Untimed;
    entry.suggested = suggested;
    entry.lines.push_back(entry.line);
    open_event_.reset();
    result_.entries.push_back(std::move(entry));
  }

  void add_untimed(PasteEntry& entry) {
    if (open_event_) {
      PasteEntry& event = result_.entries[*open_event_];
      if (!event.text.empty()) event.text.push_back('\n');
      event.text.append(entry.text);
      event.lines.push_back(entry.line);
      entry.role = PasteRole::Continuation;
      entry.event = *open_event_;
      entry.suggested = false;
      result_.entries.push_back(std::move(entry));
      return;
    }
    entry.role = PasteRole::Untimed;
    entry.lines.push_back(entry.line);
    result_.entries.push_back(std::move(entry));
  }

  void add_timed(PasteEntry& entry, const PasteLine& timed) {
    entry.role = PasteRole::EventStart;
    entry.format = timed.format;
    entry.text = timed.text;
    entry.source = timed.source;
    // A time alone under a speaker's message: the same speaker's next message.
    if (timed.format == PasteFormat::BareTime && timed.text.empty() && !speaker_.empty()) {
      entry.format = PasteFormat::Chat;
      entry.source = speaker_;
    }
    if (entry.format == PasteFormat::Chat) {
      speaker_ = entry.source;
    } else if (entry.format != PasteFormat::BareTime) {
      speaker_.clear();
    }
    const PasteStamp& stamp = timed.stamp;
    entry.seconds_of_day = stamp.seconds_of_day;
    if (entry.format == PasteFormat::Chat) follow_chat_clock(entry, stamp);
    entry.zone = stamp.zone;
    entry.zone_assumed = !stamp.zone_known;
    entry.utc_offset_seconds =
        stamp.zone_known ? stamp.utc_offset_seconds : context_.assumed_utc_offset_minutes * 60;
    std::optional<LooseDate> day;
    if (stamp.date) {
      day = with_year(*stamp.date);
    } else {
      day = current_set_ ? current_ : incident_;
      entry.days_rolled = roll(entry.seconds_of_day - entry.utc_offset_seconds);
      if (day) day = days_after(*day, entry.days_rolled);
    }
    if (day) {
      LooseTime time;
      time.seconds_of_day = entry.seconds_of_day;
      time.utc_offset_seconds = entry.utc_offset_seconds;
      entry.at = to_utc(*day, time);
    } else {
      entry.date_missing = true;
    }
    entry.lines.push_back(entry.line);
    open_event_ = result_.entries.size();
    result_.entries.push_back(std::move(entry));
  }

  // Slack writes the time of a follow-up message without AM or PM ("11:09" under
  // "Alice Smith  11:07 PM"): take the half of the day that follows the message before.
  void follow_chat_clock(PasteEntry& entry, const PasteStamp& stamp) {
    const int hour = entry.seconds_of_day / 3600;
    if (!stamp.twelve_hour && chat_twelve_hour_ && hour >= 1 && hour <= 12 && chat_seconds_) {
      const int morning = entry.seconds_of_day % (12 * 3600);
      const int evening = morning + 12 * 3600;
      auto ahead = [&](int seconds) { return (seconds - *chat_seconds_ + kDay) % kDay; };
      entry.seconds_of_day = ahead(morning) <= ahead(evening) ? morning : evening;
    } else {
      chat_twelve_hour_ = stamp.twelve_hour;
    }
    chat_seconds_ = entry.seconds_of_day;
  }

  // A date written without a year takes the context's; December then January moves to the
  // next year (a syslog spanning New Year).
  std::optional<LooseDate> with_year(LooseDate d) {
    if (d.year != 0) return d;
    if (year_ == 0) return std::nullopt;
    if (last_month_ != 0 && d.month + 6 < last_month_) ++years_rolled_;
    last_month_ = d.month;
    d.year = year_ + years_rolled_;
    return d;
  }

  // Days to add to a time read without a date: one more each time the clock jumps back past
  // midnight.
  int roll(int utc_seconds_of_day) {
    int value = utc_seconds_of_day + days_rolled_ * kDay;
    if (last_value_ && value < *last_value_ - kRolloverJump) {
      ++days_rolled_;
      value += kDay;
    }
    last_value_ = value;
    return days_rolled_;
  }

  void set_current_date(const PasteDateLine& line) {
    current_set_ = true;
    days_rolled_ = 0;
    last_value_.reset();
    if (line.date) {
      LooseDate day = *line.date;
      if (day.year == 0) day.year = year_;
      current_ = day.year != 0 ? std::optional<LooseDate>(day) : std::nullopt;
    } else {
      current_ = incident_
                     ? std::optional<LooseDate>(days_after(*incident_, -line.days_before_incident))
                     : std::nullopt;
    }
  }

  const PasteContext& context_;
  std::optional<LooseDate> incident_;
  int year_ = 0;
  PasteResult result_;
  std::optional<std::size_t> open_event_;
  std::optional<EventTableLayout> table_;
  bool current_set_ = false;
  std::optional<LooseDate> current_;  // the last date line's day (empty when it is unknown)
  int days_rolled_ = 0;
  std::optional<int> last_value_;
  int last_month_ = 0;
  int years_rolled_ = 0;
  std::string speaker_;
  bool chat_twelve_hour_ = false;    // the last chat stamp with its own clock was "2:23 PM"
  std::optional<int> chat_seconds_;  // the time of day of the last chat message
};

}  // namespace

PasteResult parse_paste(std::string_view text, const PasteContext& context) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const auto lines = split_lines(text);
  PasteReader reader(context, lines.size());
  int number = 0;
  for (std::string_view line : lines) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    reader.read_line(++number, line);
  }
  return reader.finish();
}

TimelineEvent to_timeline_event(const PasteEntry& entry) {
  TimelineEvent event;
  event.at = entry.at;
  event.kind = entry.kind;
  event.text = entry.text;
  event.source = entry.source;
  return event;
}

std::vector<TimelineEvent> chosen_events(const PasteResult& result,
                                         const std::vector<bool>& ticked) {
  std::vector<TimelineEvent> events;
  for (std::size_t i = 0; i < result.entries.size() && i < ticked.size(); ++i)
    if (ticked[i] && result.entries[i].role != PasteRole::Continuation)
      events.push_back(to_timeline_event(result.entries[i]));
  return events;
}

}  // namespace hindsight::core
