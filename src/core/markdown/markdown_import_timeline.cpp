// The timeline reader of the Markdown import: tables of timed events, lists and paragraphs of
// "time - text" lines, and the date lines and headings that say which day later times fall on.
#include <algorithm>

#include "core/markdown/import_context.hpp"
#include "core/markdown/import_tables.hpp"
#include "core/markdown/markdown_text.hpp"
#include "core/markdown/markdown_vocabulary.hpp"
#include "core/model/enum_names.hpp"

namespace hindsight::core {
namespace {

// All the text of a block and the blocks inside it, nested lists included, one line each.
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

void add_event(ImportContext& cx, TimelineEvent event, int line) {
  const std::string path = field_path("/timeline", cx.postmortem.timeline.size());
  cx.locate(path, line);
  cx.locate(path + "/text", line);
  cx.postmortem.timeline.push_back(std::move(event));
}

// A day named on its own ("January 15, 2024", "**2024-01-15**", "Jan 15:"): later times fall on it.
bool read_day_line(ImportContext& cx, std::string_view text, int line) {
  const std::string plain = plain_text(trim(text));
  const auto date = read_date(plain);
  if (!date) {
    if (impossible_date(plain) && !read_time(plain))
      cx.warn(line,
              "\"" + plain + "\" is not a day of the calendar; later times keep the day before");
    return false;
  }
  const std::string_view rest = trim(std::string_view(plain).substr(date->length));
  // "2015-10-21 (all times UTC)": a note in parentheses may follow the day.
  const bool note = rest.size() >= 2 && rest.front() == '(' && rest.back() == ')';
  if (!rest.empty() && rest != ":" && !note) return false;
  LooseDate day = *date;
  if (day.year == 0) {
    LooseDate known;
    if (!cx.day_for_time(known)) return false;
    day.year = known.year;
  }
  cx.current_day = day;
  if (note)
    if (auto zone = find_stated_zone(rest)) {
      cx.stated_zone = zone;
      if (!zone->is_utc()) {
        TimelineEvent kept;  // "(times in PST)": the times were converted, the note stays
        kept.text = std::string(rest);
        add_event(cx, std::move(kept), line);
      }
    }
  return true;
}

// True when `after` (the text after a time) continues a range: " - 8:24", "–8:24", " to 8:24".
bool starts_range(std::string_view after) {
  after = trim(after);
  for (std::string_view sep : {"-", "\xE2\x80\x93", "\xE2\x80\x94", "to "}) {
    if (after.substr(0, sep.size()) != sep) continue;
    const std::string_view next = trim(after.substr(sep.size()));
    return !next.empty() && read_time(next).has_value();
  }
  return false;
}

// A heading that names a moment ("### 5:00 PM", "### 2019-10-20 9:14"): the entry the blocks
// under it describe.
std::optional<LooseTime> heading_time(std::string_view marked) {
  const std::string plain = plain_text(trim(marked));
  auto time = read_time(plain);
  if (!time) return std::nullopt;
  const std::string_view rest = trim(std::string_view(plain).substr(time->length));
  if (rest.empty() || rest == ":") return time;
  return std::nullopt;
}

// One line of a list or paragraph: "[**Label:**] [date] time [zone] - text".
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
      rest = l.label + " " + l.value;  // "**14:23** alert fired"
    } else if (apply_metadata(cx, l.label, l.value, line)) {
      return;
    }
  }
  if (auto time = read_time(rest)) {
    event.at = cx.resolve_time(*time, line);
    // Without a day the time cannot be stored as a moment: it stays in the text, as written. A
    // range ("8:20 - 8:24 ...") starts at its first time and stays in the text whole.
    if (event.at && !starts_range(std::string_view(rest).substr(time->length)))
      rest = std::string(strip_separator(std::string_view(rest).substr(time->length)));
    LabelledLine inner = split_label(rest);
    if (!inner.label.empty())
      if (auto kind = event_kind_from_label(inner.label)) {
        event.kind = *kind;
        rest = inner.value;
      }
  }
  event.text = rest;
  add_event(cx, std::move(event), line);
}

// A "Date" column's cell names the day of its row's time and of the rows below that leave it
// empty. Returns false when the cell holds something else.
bool read_date_cell(ImportContext& cx, const std::string& value) {
  const auto date = read_date(value);
  if (!date || !trim(std::string_view(value).substr(date->length)).empty()) return false;
  return read_day_line(cx, value, 0);
}

void read_time_cell(ImportContext& cx, const std::string& value, TimelineEvent& event, int line) {
  if (auto time = read_time(value);
      time && trim(std::string_view(value).substr(time->length)).empty()) {
    event.at = cx.resolve_time(*time, line);
    if (!event.at) event.text += value + " ";  // no day known: the time stays in the text
  } else {
    event.text += value + " ";
    cx.warn(line, "\"" + value + "\" is not a time; kept in the event's text");
  }
}

void read_timeline_table(ImportContext& cx, const MdBlock& table) {
  const TableView t = view_table(table);
  const bool kind_is_text = !has_column(t, Column::Text);
  // "Time (UTC)", "Date and Time in CET": the header's zone holds for this table only.
  const std::optional<StatedZone> section_zone = cx.stated_zone;
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    if (t.columns[c] == Column::Time || t.columns[c] == Column::Date)
      if (auto zone = find_stated_zone(t.headers[c])) {
        cx.stated_zone = zone;
        if (!zone->is_utc()) {
          TimelineEvent note;  // "Date and Time in CET": converted, and the note stays
          note.text = t.headers[c];
          add_event(cx, std::move(note), cx.first_line(table));
        }
      }
  for (const MdBlock* row : t.rows) {
    const int line = cx.first_line(*row);
    TimelineEvent event;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      const std::string value = cell(*row, c);
      if (t.columns[c] == Column::Date && !value.empty() && !read_date_cell(cx, value))
        read_time_cell(cx, value, event, line);
    }
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      const std::string value = cell(*row, c);
      switch (t.columns[c]) {
        case Column::Time:
          if (!value.empty()) read_time_cell(cx, value, event, line);
          break;
        case Column::Kind:
          if (auto kind = event_kind_from_label(value); kind && !kind_is_text)
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
    event.text =
        std::string(trim(event.text)) +
        extra_cells(t, *row,
                    {Column::Time, Column::Date, Column::Kind, Column::Text, Column::Source});
    add_event(cx, std::move(event), line);
  }
  cx.stated_zone = section_zone;
}

// True when a line starts an entry of its own: a time, a day, or a bold label.
bool starts_entry(std::string_view marked) {
  marked = trim(marked);
  if (!marked.empty() && marked.front() == kStrongBegin) return true;
  const std::string plain = plain_text(marked);
  return read_time(plain).has_value() || read_date(plain).has_value();
}

// The lines of a paragraph or list item, each entry with the lines that continue it (a sentence
// wrapped in the source) joined by spaces.
void read_timeline_lines(ImportContext& cx, std::string_view marked, int first_line) {
  const auto lines = split_lines(marked);
  std::string entry;
  int entry_line = first_line;
  for (std::size_t k = 0; k <= lines.size(); ++k) {
    const bool starts = k == lines.size() || starts_entry(lines[k]);
    if (starts && !trim(entry).empty()) read_event_line(cx, entry, entry_line);
    if (k == lines.size()) break;
    if (starts || entry.empty()) {
      entry = std::string(trim(lines[k]));
      entry_line = first_line + static_cast<int>(k);
    } else {
      entry += " " + std::string(trim(lines[k]));
    }
  }
}

void read_timeline_list(ImportContext& cx, const MdBlock& list) {
  for (const MdBlock& item : list.children) {
    read_timeline_lines(cx, block_text(item), cx.first_line(item));
    for (const MdBlock& child : item.children)
      if (child.kind == BlockKind::List) read_timeline_list(cx, child);
  }
}
}  // namespace

// "All times in PDT (UTC-7)", "Unless otherwise noted all events happened on 2019-10-21, and all
// times are in UTC.": a short paragraph or heading in the timeline section that states the zone
// of its times, or the day of all its events. Read before the entries, wherever it stands.
void state_timeline_zone(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                         std::size_t end) {
  bool day_stated = false;
  for (std::size_t i = begin; i < end && !(cx.stated_zone && day_stated); ++i) {
    const MdBlock& b = blocks[i];
    if (b.kind != BlockKind::Paragraph && b.kind != BlockKind::Heading) continue;
    const std::string plain = one_line(plain_text(b.text));
    // A statement about all times is short and is no entry of its own.
    if (plain.size() > 200 || read_time(plain) || read_date(plain)) continue;
    if (!cx.stated_zone)
      if (auto zone = find_stated_zone(plain)) cx.stated_zone = zone;
    const std::string lower = lowercase_ascii(plain);
    if (!day_stated && !cx.current_day && lower.find("all ") != std::string::npos &&
        (lower.find("events") != std::string::npos || lower.find("times") != std::string::npos))
      if (auto day = find_date(plain)) {
        cx.current_day = day;
        day_stated = true;
      }
  }
}

void read_timeline(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end) {
  if (!cx.stated_zone) state_timeline_zone(cx, blocks, begin, end);
  std::optional<std::size_t> entry;  // the event a time heading opened, which blocks describe
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    const int first = cx.first_line(b);
    if (entry && (b.kind == BlockKind::Paragraph || b.kind == BlockKind::List ||
                  b.kind == BlockKind::Quote)) {
      std::string& text = cx.postmortem.timeline[*entry].text;
      const std::string more = one_line(plain_text(block_text_deep(b)));
      if (!more.empty()) text += (text.empty() ? "" : " ") + more;
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
          if (time->date && time->date->year != 0) cx.current_day = time->date;
          TimelineEvent event;
          event.at = cx.resolve_time(*time, first);
          if (!event.at) event.text = plain_text(trim(b.text));
          entry = cx.postmortem.timeline.size();
          add_event(cx, std::move(event), first);
          break;
        }
        read_event_line(cx, b.text, first);
        break;
      case BlockKind::Paragraph:
        read_timeline_lines(cx, b.text, first);
        break;
      case BlockKind::Rule:
        break;
      default:
        cx.keep_unplaced(first, cx.last_line(b));
        break;
    }
  }
}
}  // namespace hindsight::core
