#include "core/markdown/import_context.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <type_traits>
#include <unordered_map>

#include <date/date.h>

#include "core/markdown/import_tables.hpp"
#include "core/markdown/markdown_text.hpp"
#include "core/markdown/markdown_vocabulary.hpp"
#include "core/model/enum_names.hpp"

namespace hindsight::core {
namespace {

bool is_setext_underline(std::string_view line) {
  const std::string_view t = trim(line);
  return !t.empty() && (std::all_of(t.begin(), t.end(), [](char c) { return c == '='; }) ||
                        std::all_of(t.begin(), t.end(), [](char c) { return c == '-'; }));
}

}  // namespace

std::size_t item_content_column(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;  // items in lists may sit at any depth
  const std::size_t marker = i;
  if (i < line.size() && (line[i] == '-' || line[i] == '+' || line[i] == '*')) {
    ++i;
  } else {
    while (i < line.size() && i - marker < 9 && line[i] >= '0' && line[i] <= '9') ++i;
    if (i == marker || i >= line.size() || (line[i] != '.' && line[i] != ')')) return 0;
    ++i;
  }
  if (i == line.size()) return i;
  if (line[i] != ' ' && line[i] != '\t') return 0;
  std::size_t spaces = 0;
  while (i + spaces < line.size() && line[i + spaces] == ' ') ++spaces;
  if (i + spaces == line.size() || spaces > 4) return i + 1;
  return i + spaces;
}

namespace {

// A list item with nothing after its marker ("-", "  3.").
bool is_empty_item(std::string_view line) {
  const std::string_view t = trim(line);
  return !t.empty() && item_content_column(t) == t.size();
}

// A list or item whose first text is that of a code block.
bool opens_with_code(const MdBlock& block) {
  const MdBlock* b = &block;
  while ((b->kind == BlockKind::List || b->kind == BlockKind::Item) && b->text.empty()) {
    const auto first = std::find_if(b->children.begin(), b->children.end(),
                                    [](const MdBlock& child) { return child.has_source(); });
    if (first == b->children.end()) return false;
    b = &*first;
  }
  return b->kind == BlockKind::Code;
}

std::vector<std::string> split_names(std::string_view value) {
  std::vector<std::string> names;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    if (i == value.size() || value[i] == ',' || value[i] == ';') {
      const std::string_view name = trim(value.substr(start, i - start));
      if (!name.empty()) names.emplace_back(name);
      start = i + 1;
    }
  }
  return names;
}

}  // namespace

ImportContext::ImportContext(std::string_view source) : source_(source) {
  // One pass: lines of a post-mortem run to a few dozen bytes, so a guess at their number spares
  // most of the growth without a counting pass over the text.
  line_starts_.reserve(source.size() / 32 + 1);
  line_starts_.push_back(0);
  for (std::size_t i = source.find('\n'); i != std::string_view::npos && i + 1 < source.size();
       i = source.find('\n', i + 1))
    line_starts_.push_back(i + 1);
}

int ImportContext::line_of(std::size_t offset) const {
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<int>(it - line_starts_.begin());
}

std::string_view ImportContext::line_text(int line) const {
  if (line < 1 || line > line_count()) return {};
  const std::size_t start = line_starts_[static_cast<std::size_t>(line - 1)];
  std::size_t end = source_.find('\n', start);
  if (end == std::string_view::npos) end = source_.size();
  return source_.substr(start, end - start);
}

int ImportContext::first_line(const MdBlock& block) const {
  if (!block.has_source()) return -1;
  int line = line_of(block.begin);
  if (block.kind == BlockKind::Code && line > 1 && is_code_fence(line_text(line - 1))) --line;
  // A list whose first item opens with a fence ("- ```verbatim"): its text starts a line later.
  if ((block.kind == BlockKind::List || block.kind == BlockKind::Item) && line > 1 &&
      opens_with_code(block)) {
    const std::string_view above = line_text(line - 1);
    const std::size_t column = item_content_column(above);
    if (column > 0 && is_code_fence(above.substr(std::min(column, above.size())))) --line;
  }
  // Empty items ("-") before the first text are still the list's.
  if (block.kind == BlockKind::List)
    while (line > 1 && is_empty_item(line_text(line - 1))) --line;
  return line;
}

int ImportContext::last_line(const MdBlock& block) const {
  if (!block.has_source()) return -1;
  int line = line_of(block.end > block.begin ? block.end - 1 : block.begin);
  if (block.kind == BlockKind::Code && line < line_count() && is_code_fence(line_text(line + 1)))
    ++line;
  if (block.kind == BlockKind::Heading && trim(line_text(line)).substr(0, 1) != "#" &&
      line < line_count() && is_setext_underline(line_text(line + 1)))
    ++line;
  // Lines still under a list's last item that hold no text of it: the closing fence of a block
  // in it, a setext underline; in a list Hindsight wrote, every line indented under the item
  // (a table's rule, say), since it indents each line of an entry and leaves no blank one.
  if (block.kind == BlockKind::List || block.kind == BlockKind::Item)
    while (line < line_count() && line_text(line + 1).substr(0, 2) == "  " &&
           (written_by_hindsight
                ? !trim(line_text(line + 1)).empty()
                : is_code_fence(line_text(line + 1)) || is_setext_underline(line_text(line + 1))))
      ++line;
  // Empty items ("-") after the last text are still the list's.
  if (block.kind == BlockKind::List)
    while (line < line_count() && is_empty_item(line_text(line + 1))) ++line;
  // "> ```" closing a code block that ends the quote holds no text, but is the quote's.
  if (block.kind == BlockKind::Quote && line < line_count()) {
    const std::string_view next = trim(line_text(line + 1));
    if (next.starts_with('>') && is_code_fence(trim(next.substr(1)))) ++line;
  }
  return line;
}

int ImportContext::line_after_heading(const std::vector<MdBlock>& blocks, std::size_t i) const {
  const int last = last_line(blocks[i]);
  if (last > 0 || i >= heading_lines.size()) return last + 1;
  return heading_lines[i] + 1;
}

std::string ImportContext::raw_lines(int from, int to, int* first_used) const {
  from = std::max(from, 1);
  to = std::min(to, line_count());
  while (from <= to && trim(line_text(from)).empty()) ++from;
  while (to >= from && is_rule_or_blank(line_text(to))) --to;
  // No text starts on no line: an empty section at the end of the file names no line past it.
  if (first_used) *first_used = from <= to ? from : 0;
  if (from < to && line_text(from).substr(0, 3) == "```") {
    std::vector<std::string_view> lines;
    for (int line = from; line <= to; ++line) lines.push_back(line_text(line));
    if (auto text = read_verbatim(lines)) return std::move(*text);
  }
  std::string text;
  for (int line = from; line <= to; ++line) {
    if (line > from) text += '\n';
    std::string_view content = line_text(line);
    while (!content.empty() && (content.back() == ' ' || content.back() == '\t'))
      content.remove_suffix(1);
    text += content;
  }
  return text;
}

std::string ImportContext::item_markdown(const MdBlock& item, bool nested) const {
  const int first = first_line(item);
  if (first < 1) return "";
  const std::size_t column = item_content_column(line_text(first));
  std::vector<std::string_view> lines;
  auto take = [&](int from, int to) {
    for (int line = from; line <= to; ++line) {
      std::string_view text = line_text(line);
      if (line == first) {
        text.remove_prefix(std::min(column, text.size()));
      } else {
        std::size_t indent = 0;
        while (indent < text.size() && indent < column && text[indent] == ' ') ++indent;
        text.remove_prefix(indent);
      }
      lines.push_back(text);
    }
  };
  if (nested) {
    take(first, last_line(item));
    if (auto verbatim = read_verbatim(lines)) return std::move(*verbatim);
  } else {
    // The item's own text and blocks; its lists are entries of their own.
    const auto list =
        std::find_if(item.children.begin(), item.children.end(),
                     [](const MdBlock& c) { return c.kind == BlockKind::List && c.has_source(); });
    if (!item.text.empty())
      take(first, list == item.children.end() ? last_line(item) : first_line(*list) - 1);
    for (const MdBlock& child : item.children)
      if (child.kind != BlockKind::List && child.has_source())
        take(first_line(child), last_line(child));
  }
  while (!lines.empty() && trim(lines.back()).empty()) lines.pop_back();
  // In a hand-written document the lines of an entry are the writer's wrapping: they join into
  // one.
  std::string text;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = nested ? lines[i] : trim(lines[i]);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (i > 0 && (nested || !line.empty())) text += nested ? "\n" : " ";
    text += line;
  }
  return text;
}

void ImportContext::warn(int line, std::string message) {
  result.warnings.push_back({line, std::move(message)});
}

void ImportContext::fold_repeated_warnings() {
  std::vector<ImportWarning> folded;
  std::vector<std::vector<int>> later_lines;
  std::unordered_map<std::string, std::size_t> first_of;
  for (ImportWarning& warning : result.warnings) {
    const auto [at, added] = first_of.try_emplace(warning.message, folded.size());
    if (added) {
      folded.push_back(std::move(warning));
      later_lines.emplace_back();
    } else if (warning.line > 0 && warning.line != folded[at->second].line) {
      later_lines[at->second].push_back(warning.line);
    }
  }
  for (std::size_t i = 0; i < folded.size(); ++i) {
    std::vector<int>& lines = later_lines[i];
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    if (lines.empty()) continue;
    std::string& message = folded[i].message;
    if (lines.size() > 3) {
      message += " (also on " + std::to_string(lines.size()) + " later lines, up to line " +
                 std::to_string(lines.back()) + ")";
      continue;
    }
    message += lines.size() == 1 ? " (also on line " : " (also on lines ";
    for (std::size_t k = 0; k < lines.size(); ++k)
      message += (k == 0 ? "" : k + 1 == lines.size() ? " and " : ", ") + std::to_string(lines[k]);
    message += ")";
  }
  result.warnings = std::move(folded);
}

void ImportContext::locate(std::string path, int line) {
  if (line > 0) result.source_lines.record(std::move(path), line);
}

namespace {
// "-05:00", "+05:30": an offset from UTC as ISO 8601 writes it.
std::string utc_offset_text(int seconds) {
  const int minutes = std::abs(seconds) / 60;
  char text[16];
  std::snprintf(text, sizeof text, "%c%02d:%02d", seconds < 0 ? '-' : '+', minutes / 60,
                minutes % 60);
  return text;
}

// "IST names India's, Ireland's and Israel's clocks; the time was read as India Standard Time
// (UTC+05:30)".
std::string doubtful_zone_warning(const std::string& zone, std::string_view what_was_read) {
  const auto meant = zone_most_often_meant(zone);
  return zone + ", which names more than one zone; " + std::string(what_was_read) +
         " read as India Standard Time (UTC" + utc_offset_text(meant ? meant->offset_seconds : 0) +
         ")";
}

// "PDT is not kept on 2015-02-27 (its region's clock is at UTC-08:00 that day); the times were
// read as written, at UTC-07:00"; where the moment was restated in UTC beside it, "EDT is not kept
// on 2024-01-10; the times were read on its region's clock (UTC-05:00)".
std::string out_of_season_warning(std::string_view abbreviation, const LooseDate& day,
                                  int written_offset, int on_the_day, bool read_as_written) {
  const std::string not_kept = std::string(abbreviation) + " is not kept on " + iso_date(day);
  if (!read_as_written)
    return not_kept + "; the times were read on its region's clock (UTC" +
           utc_offset_text(on_the_day) + ")";
  return not_kept + " (its region's clock is at UTC" + utc_offset_text(on_the_day) +
         " that day); the times were read as written, at UTC" + utc_offset_text(written_offset);
}
}  // namespace

bool ImportContext::day_for_time(LooseDate& day) const {
  const auto take = [&day](const std::optional<LooseDate>& candidate) {
    if (!candidate || candidate->year == 0) return false;
    day = *candidate;
    return true;
  };
  // In order: the day the timeline has reached, the incident's date, a day the title names, the
  // lead's first date ("On December 7, 2023 for 35 minutes the service was slow."), the summary's,
  // a day stated apart from the text, the front matter's, the first written before the timeline,
  // the file name's.
  // Each is read only if those before it name none. A blog dates its post days after the
  // incident, so before an incident date only the front matter gave comes a day the title names
  // before it ("Network Outage 2016-12-17" over "date: 2016-12-19"), then one the lead names in
  // the two weeks before it ("On Monday, March 3rd, 2025, ..." over "date: 2025-03-07"; "Since
  // January 15, 2025 we have been moving ..." is background).
  const auto incident = read_date(postmortem.incident.date);
  const bool post_dated = set_by_front_matter.count(model_field(FieldId::Date).path) > 0 &&
                          incident && incident->year != 0;
  const auto before_post = [&](const std::optional<LooseDate>& d) {
    return post_dated && d && d->year != 0 && day_order(*d) < day_order(*incident);
  };
  constexpr int kTwoWeeks = 14;
  const bool lead_before_post =
      before_post(lead_day) && day_order(days_after(*lead_day, kTwoWeeks)) >= day_order(*incident);
  // "On Wednesday, 4th October, ..." opening the summary (or the impact) of a page dated
  // 2023-10-20: that day, in the year nearest the page's. A day told later in the text may be
  // another incident's or a plan's.
  const auto summary_day = [&]() -> std::optional<LooseDate> {
    if (auto told = find_date(postmortem.executive_summary)) return told;
    const auto& page = front_matter_day ? front_matter_day
                       : posted_day     ? posted_day
                       : edited_day     ? edited_day
                                        : file_day;
    if (!page || page->year == 0) return std::nullopt;
    for (const std::string* text : {&postmortem.executive_summary, &postmortem.incident.impact}) {
      const std::string_view opening = trim(*text);
      if (!lowercase_ascii(opening.substr(0, 3)).starts_with("on ")) continue;
      if (auto told = read_date(opening.substr(3));
          told && told->year == 0 && told->month != 0 && told->day != 0) {
        told->year = year_near(*page, told->month);
        return told;
      }
    }
    return std::nullopt;
  };
  return take(current_day) || (before_post(title_day) && take(title_day)) ||
         (lead_before_post && take(lead_day)) || take(incident) || take(title_day) ||
         take(lead_day) || take(summary_day()) || take(stated_day) || take(front_matter_day) ||
         take(early_day) || take(posted_day) || take(file_day);
}

namespace {
// Days since 1970-01-01 of a day with its year: days between two days are a subtraction.
long day_number(const LooseDate& d) {
  return date::sys_days{date::year{d.year} / d.month / d.day}.time_since_epoch().count();
}
}  // namespace

int ImportContext::year_near(const LooseDate& known, int month) {
  const int months_later = month - known.month;
  return known.year + (months_later > 6 ? -1 : months_later < -6 ? 1 : 0);
}

std::optional<UtcSeconds> ImportContext::resolve_time(const LooseTime& written, int line) {
  LooseTime time = written;
  // "All times EST" over July, and "09:10 EST" on an entry: the entry's abbreviation is the
  // statement's, read on the same clock.
  if (stated_zone && !stated_zone->abbreviation.empty() &&
      time.abbreviation == stated_zone->abbreviation)
    time.zone_named = false;
  if (!time.unknown_zone.empty())
    warn(line, "time zone " + time.unknown_zone + " is not known; the time was read as UTC");
  if (!time.doubtful_zone.empty())
    warn(line, doubtful_zone_warning(time.doubtful_zone, "the time was"));
  LooseDate day;
  if (time.date && time.date->year != 0) {
    day = *time.date;
  } else if (!day_for_time(day)) {
    warn(line, "the time has no date and no incident date is known; it was kept without a time");
    return std::nullopt;
  } else if (time.date) {
    day.year = year_near(day, time.date->month);
    day.month = time.date->month;
    day.day = time.date->day;
    if (!is_calendar_day(day)) {
      warn(line, "the date has no year, and in " + std::to_string(day.year) +
                     " it is not a day of the calendar; it was kept without a time");
      return std::nullopt;
    }
    warn(line, "the date has no year; " + std::to_string(day.year) + " was assumed");
  } else if (time.weekday >= 0) {
    day = day_on_weekday(day, time.weekday);
    current_day = day;  // the day the timeline has reached
  } else if (time.days_later > 0) {
    // "(+1d)" counts from the day the first such mark would have fallen on ("00:10 (+1d)" then
    // "00:15 (+1d)" are on the same day), or from the day of the last time written without one
    // when only that keeps the timeline going forward ("21:00" on the second day, then "02:10
    // (next day)" is on the third).
    if (!day_before_marks_) day_before_marks_ = day;
    day = days_after(*day_before_marks_, time.days_later);
    if (day_of_last_unmarked_time_ && last_local_moment_) {
      const auto after_last = [&](const LooseDate& d) {
        return (day_number(d) - last_local_moment_->first) * 86400L + time.seconds_of_day -
               last_local_moment_->second;
      };
      const LooseDate after_unmarked = days_after(*day_of_last_unmarked_time_, time.days_later);
      const long from_first = after_last(day), from_unmarked = after_last(after_unmarked);
      if (from_unmarked >= 0 && (from_first < 0 || from_unmarked < from_first))
        day = after_unmarked;
    }
    current_day = day;
  } else if (!current_day) {
    warn(line, "the time has no date; the incident date " + iso_date(day) + " was assumed");
  }
  // "Around 17:09 CDT on June 13, ..." then "At about 17:15, ...": with no zone stated for the
  // timeline, the zone an earlier time named holds for later times that name none; not after a
  // time already read as UTC, nor from one that gives UTC beside it ("09:00 PST (17:00 UTC)").
  if (!stated_zone && time.unknown_zone.empty()) {
    if (time.zone_named || time.region) {
      if (!bare_time_read_ && !time.restated) zone_told_ = time;
    } else if (zone_told_) {
      time.zone_named = zone_told_->zone_named;
      time.utc_offset_seconds = zone_told_->utc_offset_seconds;
      time.region = zone_told_->region;
    } else if (zone_hint) {
      time.region = zone_hint;  // its offset on the day, below
    } else {
      bare_time_read_ = true;
    }
  }
  // "8/18/23, ~4:00 PM PST", "14:05 EDT" in February: an abbreviation of a region that keeps
  // daylight saving, on a day its clocks keep the other offset. The name is taken at its word,
  // the offset it names, as readers convert by it (a writer may mean the region's clock, which
  // the text does not say); a warning names the region's clock that day, for the team to
  // correct. Where the moment is restated in UTC beside it ("14:05 EDT (19:05 UTC)"), the
  // region's clock, as the writer reckoned it. Not where the offset is spelt out beside it ("PST
  // (UTC-8)"), nor MST, which Arizona keeps all summer.
  if (time.zone_named && !time.abbreviation.empty() && !time.region && !time.offset_spelt_out &&
      time.abbreviation != "MST")
    if (const auto zone = find_stated_zone(time.abbreviation, true);
        zone && zone->rule != StatedZone::Rule::Fixed) {
      const int on_the_day = utc_offset_at(*zone, day, time.seconds_of_day);
      if (on_the_day != time.utc_offset_seconds) {
        if (zones_read_out_of_season_.insert(std::string(time.abbreviation)).second)
          warn(line, out_of_season_warning(time.abbreviation, day, time.utc_offset_seconds,
                                           on_the_day, !time.restated));
        if (time.restated) time.utc_offset_seconds = on_the_day;
      }
    }
  if (time.region) {
    time.utc_offset_seconds = utc_offset_at(*time.region, day, time.seconds_of_day);
  } else if (!time.zone_named && time.unknown_zone.empty()) {
    if (stated_zone) {
      time.utc_offset_seconds = utc_offset_at(*stated_zone, day, time.seconds_of_day);
      if (!ambiguous_zone.empty() && !zone_assumption_warned_) {
        zone_assumption_warned_ = true;
        warn(line, "the timeline states its times in " +
                       doubtful_zone_warning(ambiguous_zone, "they were"));
      }
      // "All times PST" over July's times, "Timeline (PDT)" over February's: read as written,
      // with a warning (see above).
      if (!stated_zone->abbreviation.empty() &&
          time.utc_offset_seconds != stated_zone->abbreviation_offset_seconds) {
        if (!zone_abbreviation_warned_)
          warn(line, out_of_season_warning(stated_zone->abbreviation, day,
                                           stated_zone->abbreviation_offset_seconds,
                                           time.utc_offset_seconds, true));
        zone_abbreviation_warned_ = true;
        time.utc_offset_seconds = stated_zone->abbreviation_offset_seconds;
      }
    } else if (!zone_assumption_warned_) {
      zone_assumption_warned_ = true;
      warn(line, ambiguous_zone.empty()
                     ? "the timeline states no time zone; its times were read as UTC"
                     : "the timeline states its times in " + ambiguous_zone +
                           ", which names more than one zone; they were read as UTC");
    }
  }
  meridiem_seen = meridiem_seen || time.meridiem;
  const int hour = time.seconds_of_day / 3600;
  padded_meridiem_seen = padded_meridiem_seen || (time.meridiem && !time.one_digit_hour &&
                                                  hour % 12 != 0 && hour % 12 < 10);
  // "09:15" with no half written is a 24-hour clock's too: a 12-hour one writes "9:15".
  clock_24h_seen =
      clock_24h_seen ||
      (!time.meridiem && (hour == 0 || hour >= 13 || (hour < 10 && !time.one_digit_hour)));
  // "5:00 PM" then "5:30": the second is the afternoon too, not eleven hours earlier. So is
  // "1:52" after "12:16" in a document that writes no hour past 12 (and no leading zero:
  // "08:45" after "10:30" is a 24-hour clock's morning, told out of order).
  UtcSeconds at = to_utc(day, time);
  LooseDate day_told = day;  // the day the time falls on, once a step past midnight is read
  // A time that writes the day of the one before it ("2015-02-27 12:39", "2015-02-27 1:50";
  // "Sept 3 11:19" after "Sept 3, 11:11pm" where the document writes its halves) is read as one
  // without a date.
  const auto key = [](const std::optional<LooseDate>& d) { return d ? day_order(*d) : 0; };
  // A dated stamp with a leading zero ("Sep 10, 2024 - 01:59 UTC", as status pages write under
  // each update) is a 24-hour clock's, whatever halves the document writes elsewhere.
  const bool padded_morning =
      !time.meridiem && !time.one_digit_hour && hour < 10 && !padded_meridiem_seen;
  const bool same_written_day = time.date &&
                                (time.one_digit_hour || (meridiem_seen && !padded_morning)) &&
                                key(day) == key(day_of_last_time_);
  // "12:39" then "1:50" is the afternoon also where evenings are written "19:00": a clock's hour
  // after noon, or after a time already read as the afternoon, with no leading zero, in a
  // timeline running forward (one written newest first goes back from "12:40" to "9:55").
  const bool after_noon =
      time.one_digit_hour && last_went_forward_ && (last_clock_hour_ == 12 || last_afternoon_);
  // A log that has just gone back in time ("July 22, 5:30" over "July 17, 4:00") is written
  // newest first: "July 17, 3:00" below them is earlier still, not the afternoon.
  const bool afternoon =
      (meridiem_seen || (!clock_24h_seen && time.one_digit_hour) || after_noon) && !time.meridiem &&
      (!time.date || same_written_day) && last_time && !last_went_back_a_day_ && hour >= 1 &&
      hour < 12 && at < *last_time && at + std::chrono::hours{12} >= *last_time;
  last_clock_hour_ = hour;
  last_afternoon_ = afternoon;
  if (afternoon) {
    at += std::chrono::hours{12};
    if (!meridiem_seen)
      warn(line, clock_24h_seen ? "the time is earlier than the one before it, which is past "
                                  "noon; the afternoon was assumed"
                                : "the time is earlier than the one before it and the timeline "
                                  "writes no hour past 12; the afternoon was assumed");
  }
  // "23:55 ... completes the migration" then "07:00 Prow is merging again": a time with no date
  // more than half a day before the one above it, on the same day line, is the next morning;
  // later times without a date fall on that day too.
  if (!time.date && last_time && at + std::chrono::hours{12} < *last_time &&
      key(current_day) == key(day_at_last_time_)) {
    int days = 0;
    for (; at < *last_time; ++days) at += std::chrono::hours{24};
    current_day = days_after(day, days);
    day_told = *current_day;
    warn(line,
         "the time is earlier than the one before it and has no date; the next day was "
         "assumed");
  }
  // A step back within the day, or the same moment read again, leaves it as it was.
  if (!last_time || at > *last_time)
    last_went_back_a_day_ = false;
  else if (at < *last_time && day_of_last_time_ && day_order(day) < day_order(*day_of_last_time_))
    last_went_back_a_day_ = true;
  day_at_last_time_ = current_day;
  day_of_last_time_ = day;
  last_local_moment_ = std::pair{day_number(day_told), time.seconds_of_day};
  if (time.days_later == 0) day_of_last_unmarked_time_ = day_told;
  last_went_forward_ = !last_time || at >= *last_time;
  last_time = at;
  return at;
}

std::string ImportContext::resolve_due(std::string_view text, int line) {
  text = trim(text);
  // Hindsight writes a due date as the model holds it: a day it could not place stays words.
  if (written_by_hindsight) return std::string(text);
  const auto date = read_date(text);
  if (!date || trim(text.substr(date->length)).size() > 0) return std::string(text);
  if (date->year != 0) return iso_date(*date);
  LooseDate incident;
  if (auto known = read_date(postmortem.incident.date)) {
    incident = *known;
  } else {
    warn(line, "due date \"" + std::string(text) +
                   "\" has no year and no incident date is known; kept as written");
    return std::string(text);
  }
  LooseDate due = *date;
  due.year = incident.year + (due.month < incident.month ? 1 : 0);
  warn(line, "due date \"" + std::string(text) + "\" has no year; read as " + iso_date(due));
  return iso_date(due);
}

void ImportContext::keep_unplaced(int from_line, int to_line, std::size_t dedent) {
  std::string text = raw_lines(from_line, to_line);
  if (text.empty()) return;
  if (dedent > 0) {
    std::string out;
    for (const std::string_view line : split_lines(text)) {
      const std::size_t spaces = std::min(dedent, line.find_first_not_of(' '));
      out += std::string(line.substr(std::min(spaces, line.size()))) + "\n";
    }
    out.pop_back();
    text = std::move(out);
  }
  if (unplaced_.empty()) unplaced_line_ = from_line;
  // Pieces that were adjacent in the source stay adjacent (a list right under its paragraph).
  if (!unplaced_.empty()) unplaced_ += from_line == unplaced_end_ + 1 ? "\n" : "\n\n";
  unplaced_ += text;
  unplaced_end_ = to_line;
}

void ImportContext::keep_unplaced_text(const std::string& text, int line) {
  if (text.empty()) return;
  if (unplaced_.empty())
    unplaced_line_ = line;
  else
    unplaced_ += "\n\n";
  unplaced_ += text;
  unplaced_end_ = line;
}

void ImportContext::keep_unplaced_rows(const std::vector<int>& lines) {
  std::string text;
  for (int line : lines)
    if (const std::string row = raw_lines(line, line); !row.empty())
      text += (text.empty() ? "" : "\n") + row;
  if (text.empty()) return;
  if (unplaced_.empty())
    unplaced_line_ = lines.front();
  else
    unplaced_ += "\n\n";
  unplaced_ += text;
  unplaced_end_ = lines.back();
}

void ImportContext::flush_unplaced(const std::string& section_title) {
  if (unplaced_.empty()) return;
  const std::string path = field_path("/extra_sections", postmortem.extra_sections.size());
  postmortem.extra_sections.push_back({section_title, std::move(unplaced_)});
  locate(path + "/body", unplaced_line_);
  unplaced_.clear();
}

LabelledLine split_label(std::string_view line) {
  line = trim(line);
  LabelledLine out;
  std::string_view label, rest;
  if (!line.empty() && line[0] == kStrongBegin) {
    const auto close = line.find(kStrongEnd);
    if (close == std::string_view::npos) return {"", plain_text(line)};
    label = line.substr(1, close - 1);
    rest = line.substr(close + 1);
    if (!label.empty() && label.back() == ':') {
      label.remove_suffix(1);
    } else if (!rest.empty() && rest[0] == ':') {
      rest.remove_prefix(1);
    } else {
      return {"", plain_text(line)};
    }
  } else {
    const auto colon = line.find(": ");
    if (colon == std::string_view::npos || colon > 40) return {"", plain_text(line)};
    label = line.substr(0, colon);
    rest = line.substr(colon + 1);
  }
  out.label = plain_text(trim(label));
  out.value = plain_text(trim(rest));
  return out;
}

LabelledLine split_capital_marker(std::string_view line) {
  line = trim(line);
  const auto close = line.find(kStrongEnd);
  if (line.empty() || line[0] != kStrongBegin || close == std::string_view::npos) return {};
  const std::string marker = plain_text(line.substr(1, close - 1));
  if (marker.empty() || marker != trim(marker) || marker == lowercase_ascii(marker)) return {};
  for (const char c : marker)
    if (c >= 'a' && c <= 'z') return {};
  return {marker, plain_text(trim(line.substr(close + 1)))};
}

std::string block_text_deep(const MdBlock& block) {
  std::string text = block.text;
  for (const MdBlock& child : block.children) {
    const std::string inner = block_text_deep(child);
    if (inner.empty()) continue;
    if (!text.empty()) text += '\n';
    text += inner;
  }
  return text;
}

std::optional<std::vector<std::string>> html_paragraphs(const MdBlock& block) {
  if (block.kind != BlockKind::Html) return std::nullopt;
  static constexpr std::string_view kBreaking[] = {"p", "br", "div", "ul", "ol", "li"};
  static constexpr std::string_view kInline[] = {"span", "i",    "em", "b",    "strong",
                                                 "a",    "code", "u",  "small"};
  constexpr std::size_t kLongestEntity = 32;  // "&CounterClockwiseContourIntegral;" and less
  const std::string_view html = block.text;
  std::string text;
  for (std::size_t at = 0; at < html.size();) {
    // "&amp;", "&rsquo;", "&#8212;": read as the Markdown parser reads them.
    if (html[at] == '&') {
      const std::size_t end = html.find(';', at);
      if (end != std::string_view::npos && end - at > 1 && end - at <= kLongestEntity &&
          std::all_of(html.begin() + static_cast<std::ptrdiff_t>(at + 1),
                      html.begin() + static_cast<std::ptrdiff_t>(end), [](char c) {
                        return std::isalnum(static_cast<unsigned char>(c)) || c == '#';
                      })) {
        append_entity(text, html.substr(at, end + 1 - at));
        at = end + 1;
        continue;
      }
    }
    if (html[at] != '<') {
      text += html[at++];
      continue;
    }
    const std::size_t close = html.find('>', at);
    if (close == std::string_view::npos) return std::nullopt;
    std::size_t name = at + 1;
    if (name < close && html[name] == '/') ++name;
    std::size_t name_end = name;
    while (name_end < close && std::isalpha(static_cast<unsigned char>(html[name_end]))) ++name_end;
    const std::string tag = lowercase_ascii(html.substr(name, name_end - name));
    const auto named = [&](std::string_view t) { return t == tag; };
    if (std::any_of(std::begin(kBreaking), std::end(kBreaking), named))
      text += '\n';
    else if (std::none_of(std::begin(kInline), std::end(kInline), named))
      return std::nullopt;
    at = close + 1;
  }
  std::vector<std::string> lines;
  for (const std::string_view line : split_lines(text))
    if (const std::string_view kept = trim(line); !kept.empty()) lines.emplace_back(kept);
  if (lines.empty()) return std::nullopt;
  return lines;
}

bool is_loose_item(const MdBlock& item) {
  return item.text.empty() && !item.children.empty() &&
         item.children.front().kind == BlockKind::Paragraph;
}

std::string_view item_head(const MdBlock& item) {
  return is_loose_item(item) ? item.children.front().text : item.text;
}

namespace {
bool is_list_of_words(const MdBlock& list) {
  return std::all_of(list.children.begin(), list.children.end(), [](const MdBlock& item) {
    return std::all_of(item.children.begin(), item.children.end(), [](const MdBlock& child) {
      return child.kind == BlockKind::Paragraph ||
             (child.kind == BlockKind::List && is_list_of_words(child));
    });
  });
}
}  // namespace

bool holds_only_lists_of_words(const std::vector<MdBlock>& blocks, std::size_t begin,
                               std::size_t end) {
  bool listed = false;
  for (std::size_t i = begin; i < end; ++i) {
    if (blocks[i].kind == BlockKind::Rule) continue;
    if (blocks[i].kind != BlockKind::List || !is_list_of_words(blocks[i])) return false;
    listed = true;
  }
  return listed;
}

std::string block_text(const MdBlock& block) {
  std::string text = block.text;
  for (const MdBlock& child : block.children) {
    if (child.kind == BlockKind::List) continue;
    std::string inner = block_text(child);
    // A code block's text ends with its last line's break; inside an item's text it would be a
    // trailing line break that no export can write back.
    while (!inner.empty() && inner.back() == '\n') inner.pop_back();
    if (inner.empty()) continue;
    if (!text.empty()) text += '\n';
    text += inner;
  }
  return text;
}

bool metadata_unset(const ImportContext& cx, std::string_view label) {
  const Incident& in = cx.postmortem.incident;
  switch (meta_field(label)) {
    case MetaField::Date:
      return in.date.empty();
    case MetaField::Duration:
      return in.stated_duration.empty();
    case MetaField::Impact:
      return in.impact.empty();
    case MetaField::Severity:
      return in.severity.empty();
    case MetaField::UsersAffected:
      return in.users_affected.empty();
    case MetaField::Author:
      return in.author.empty();
    default:
      return true;
  }
}

namespace {
// True when `words` appears in `text` with no letter or digit joined to either end: "1 hour" is
// not in "11 hours", "45 minutes" is in "14:10-14:55 UTC (45 minutes)".
bool contains_words(std::string_view text, std::string_view words) {
  const auto joined = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  for (std::size_t at = text.find(words); at != std::string_view::npos;
       at = text.find(words, at + 1)) {
    const std::size_t end = at + words.size();
    if ((at == 0 || !joined(text[at - 1])) && (end == text.size() || !joined(text[end])))
      return true;
  }
  return false;
}

// "~2,000 users", "3 customers", "all customers in eu-west", "about 200 teams": a value that
// counts people (its first word a number, or a word of quantity) rather than names systems.
bool counts_people(std::string_view lower) {
  if (lower.substr(0, lower.find(' ')).find_first_of("0123456789~<>") != std::string_view::npos)
    return true;
  for (std::string_view quantity :
       {"all ", "some ", "most ", "many ", "few ", "no ", "about ", "approximately ", "around ",
        "roughly ", "up to ", "over ", "under ", "every "})
    if (lower.starts_with(quantity)) return true;
  return false;
}
}  // namespace

bool add_incident_figure(ImportContext& cx, std::string_view label, std::string_view value,
                         int line) {
  const MetaField figure = meta_field(label);
  if (figure != MetaField::Duration && figure != MetaField::Impact &&
      figure != MetaField::UsersAffected)
    return false;
  const ModelField& field = model_field(figure == MetaField::Duration ? FieldId::StatedDuration
                                        : figure == MetaField::Impact ? FieldId::Impact
                                                                      : FieldId::UsersAffected);
  std::string& now = *field.text(cx.postmortem);
  const std::string text(trim(value));
  if (now.empty()) return apply_metadata(cx, label, value, line);
  // A value the field holds already, or one that restates a value it holds ("45 minutes" and
  // "14:10-14:55 UTC (45 minutes)"), is no other incident's: it stays where it is written.
  const std::string_view separator = field.kind == FieldKind::Prose ? "\n\n" : "; ";
  std::size_t start = 0;
  while (start <= now.size()) {
    const std::size_t end = std::min(now.find(separator, start), now.size());
    const std::string_view held = trim(std::string_view(now).substr(start, end - start));
    if (text.empty() || contains_words(held, text) || contains_words(text, held)) return false;
    start = end + separator.size();
  }
  // Once a figure is added to one the front matter gave, the body's own label no longer
  // replaces it.
  cx.set_by_front_matter.erase(field.path);
  now += std::string(separator) + text;
  return true;
}

namespace {
// ", ~15:11 UTC", " 09:30": what follows a day on a date line is a time of that same day in UTC
// (a time in another zone may fall on another day in UTC: "2023-08-26 21:14 PDT"; "(report
// written)" is no time).
bool tells_a_time_of_that_day(std::string_view rest) {
  while (!rest.empty() && std::string_view(" ,~@-").find(rest.front()) != std::string_view::npos)
    rest.remove_prefix(1);
  if (rest.starts_with("at ")) rest.remove_prefix(3);
  if (rest.empty() || !std::isdigit(static_cast<unsigned char>(rest.front())) || !read_time(rest))
    return false;
  const auto zone = find_stated_zone(rest, true);
  return !zone || zone->is_utc();
}
}  // namespace

bool apply_metadata(ImportContext& cx, std::string_view label, std::string_view value, int line) {
  Incident& in = cx.postmortem.incident;
  const std::string text(trim(value));
  // "**Owner:**" or "**Root cause — two-step exposure chain:**" alone on its line in a
  // hand-written document sets nothing: the line stays where it was written, as text.
  if (text.empty() && !cx.written_by_hindsight && !cx.reading_front_matter) return false;
  auto located = [&](std::string path) {
    cx.locate(std::move(path), line);
    return true;
  };
  // A field the body set already keeps its value: a second "Impact:" (a log of several incidents
  // gives each its own) stays where it was written rather than replace the first. The body's
  // label replaces the front matter's value, as it always did.
  auto put = [&](FieldId id, auto parsed) {
    const ModelField& field = model_field(id);
    const bool replaceable =
        cx.reading_front_matter || cx.set_by_front_matter.erase(field.path) > 0;
    if (cx.reading_front_matter) cx.set_by_front_matter.insert(field.path);
    if constexpr (std::is_same_v<decltype(parsed), std::string>) {
      std::string& now = *field.text(cx.postmortem);
      if (!now.empty() && now != parsed && !replaceable) return false;
      now = std::move(parsed);
    } else {
      auto& now = *field.list(cx.postmortem);
      if (!now.empty() && now != parsed && !replaceable) return false;
      now = std::move(parsed);
    }
    return located(std::string(field.path));
  };
  switch (meta_field(label)) {
    case MetaField::Date: {
      const auto date = read_date(text);
      if (!date && impossible_date(text))
        cx.warn(line, "\"" + text + "\" is not a day of the calendar; kept as written");
      if (!date || date->year == 0) return false;
      // "Date/time: 2023-08-26 21:14 PDT": more than a day, which the date field cannot hold;
      // the day is the incident's date, and the line is kept as written. A sentence's full stop
      // ends the day: "7th September, 2022.".
      const std::string_view rest =
          trim(std::string_view(text).substr(std::min(date->length, text.size())));
      if (!rest.empty() && rest != ".") {
        if (in.date.empty() && !cx.reading_front_matter && tells_a_time_of_that_day(rest))
          put(FieldId::Date, iso_date(*date));
        return false;
      }
      return put(FieldId::Date, iso_date(*date));
    }
    case MetaField::Duration:
      return put(FieldId::StatedDuration, text);
    case MetaField::Severity: {
      // "**Severity:** [Critical]": a template's brackets, filled in, around the level.
      // An unfilled one ("[SEV-1 / SEV-2 / SEV-3]") lists the choices and keeps them.
      const bool bracketed = text.size() > 2 && text.front() == '[' && text.back() == ']' &&
                             text.find(']') == text.size() - 1 &&
                             text.find_first_of("/|") == std::string::npos;
      std::string name = bracketed ? text.substr(1, text.size() - 2) : text, description;
      if (const auto open = name.find(" ("); open != std::string::npos && name.back() == ')') {
        description = name.substr(open + 2, name.size() - open - 3);
        name.resize(open);
      }
      auto& scale = cx.postmortem.severity_scale;
      const auto level = std::find_if(scale.begin(), scale.end(),
                                      [&](const SeverityLevel& l) { return l.name == name; });
      const bool known = level != scale.end();
      // "SEV-2 (raised to SEV-1 at 14:30)": a known level with words of its own, which the
      // field cannot hold; the line is kept as written.
      if (known && !description.empty() && description != level->description) return false;
      if (!known && !name.empty()) {
        scale.push_back({name, description});
        cx.warn(line, "severity \"" + name + "\" is not in the severity scale; it was added");
      }
      return put(FieldId::Severity, name);
    }
    case MetaField::Status: {
      const auto status = from_label<Status>(text);
      if (!status) return false;
      in.status = *status;
      return located("/incident/status");
    }
    case MetaField::Impact:
      return put(FieldId::Impact, text);
    case MetaField::UsersAffected:
      return put(FieldId::UsersAffected, text);
    case MetaField::Author:
      return put(FieldId::Author, text);
    case MetaField::Facilitator:
      return put(FieldId::Facilitator, text);
    case MetaField::Reviewers:
      return put(FieldId::Reviewers, split_names(text));
    case MetaField::Attendees:
      return put(FieldId::Attendees, split_names(text));
    case MetaField::Tags:
      return put(FieldId::Tags, split_names(text));
    case MetaField::Services: {
      const std::string lower = lowercase_ascii(text);
      const std::string named_by = lowercase_ascii(trim(plain_text(label)));
      // "Affected:", "Component:", "Project:" also head a sentence or an answer ("Project: we
      // were halfway through moving to Bazel.", "Affected: N/A"): only names are services.
      if (named_by.find("service") == std::string::npos &&
          named_by.find("system") == std::string::npos &&
          (text.empty() || text.back() == '.' || std::count(text.begin(), text.end(), ' ') >= 10 ||
           lower == "none" || lower == "n/a" || lower == "na" || lower == "yes" || lower == "no" ||
           lower == "unknown" || lower == "tbd" || lower == "everyone" || lower == "everybody"))
        return false;
      // "Affected: ~2,000 users", "Affected: all customers in eu-west": who, not what, was hit.
      if (named_by == "affected" && counts_people(lower)) return put(FieldId::UsersAffected, text);
      return put(FieldId::Services, split_names(text));
    }
    case MetaField::Held: {
      const auto time = read_time(text);
      if (!time) return false;
      cx.postmortem.meeting.held_at = cx.resolve_time(*time, line);
      cx.locate("/meeting/held_at", line);
      return cx.postmortem.meeting.held_at.has_value();
    }
    case MetaField::GroundRules: {
      // "2024-01-16 10:05 UTC, 2024-01-16 10:40 UTC": every time must read, or the line is kept.
      std::vector<UtcSeconds> times;
      for (const std::string& written : split_names(text)) {
        const auto time = read_utc_time(cx, written, line);
        if (!time) return false;
        times.push_back(*time);
      }
      cx.postmortem.meeting.ground_rules_restated = std::move(times);
      cx.locate("/meeting/ground_rules_restated", line);
      return true;
    }
    default:
      return false;
  }
}

}  // namespace hindsight::core
