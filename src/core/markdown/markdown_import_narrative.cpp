// The timeline a team told in prose rather than listed, in a section of prose ("## Technical
// details", "## What happened", a status page's body) of a document with no timeline section:
// - a story: each sentence that opens with its time ("At 17:42, AWS acknowledged the problem.",
//   "Around 17:09 CDT on June 13, ...") starts an entry, and the sentences after it continue the
//   entry up to the next such sentence or the paragraph's end; once a story is told, so does a
//   sentence that tells its time inside it ("nobody noticed until 8:40 AM.");
// - a log of updates: a paragraph that opens with its dated moment ("[December 10, 2023 9:54 PM]
//   Maintenance in progress", "Update 2024-06-28 @ 10:20 CEST: ..."), or ends with it as a status
//   page theme writes it ("... {{< track "2026-02-17 13:56:00" >}}", a line each in one
//   paragraph), is an entry; so is a heading naming an update's moment ("### Update 27.08.2022
//   10:00 Uhr:"), with the blocks under it. A status page's first paragraph, before its first
//   update, is its first message, at the moment its front matter's date names.
// A paragraph that opens otherwise continues the entry before it (the story goes on), or stays
// prose where no entry came before; so does any other block. Nothing is read unless three
// sentences or more open with their time, or two updates with their day (a time or two in a
// story is no timeline), nor a story with no day known to date it. The times are read in the
// zone the section or the document states, as a timeline section's are.
#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "core/markdown/import_context.hpp"
#include "core/markdown/import_tables.hpp"
#include "core/markdown/markdown_text.hpp"

namespace hindsight::core {
namespace {

constexpr int kFewestToldTimes = 3;
constexpr int kFewestDatedMoments = 2;

bool dated(const LooseTime& time) { return time.date && time.date->year != 0; }

// "[December 10, 2023 9:54 PM] Update", "2023-12-10 21:54 maintenance began": a moment with its
// day, not told as a sentence.
bool opens_an_update(const LooseTime& time) { return dated(time) && !time.told; }

// "14:05 UTC Update: A fix is out.", the entry line update_opening gives for "Update 14:05 UTC:
// A fix is out.": a moment with no day, then the update's word and a colon. Such a moment falls
// on the day the document names, as a log of updates written on the incident's day.
bool opens_a_labelled_update(std::string_view part) {
  const auto time = read_time(part);
  if (!time || time->told) return false;
  const std::string after = lowercase_ascii(trim(part.substr(time->length)));
  return std::any_of(std::begin(kUpdateWords), std::end(kUpdateWords), [&](std::string_view w) {
    return after.starts_with(w) && after.compare(w.size(), 2, ": ") == 0;
  });
}

bool opens_with_its_time(std::string_view part, NarratedForms forms) {
  const auto time = read_time(part);
  return time && (opens_an_update(*time) || opens_a_labelled_update(part) ||
                  (time->told && forms == NarratedForms::StoryOrUpdates));
}

// "The incident should be resolved now. {{< track "2026-02-23 18:50:00" >}}": the moment a
// Hugo status page theme (cState) writes after an update, moved before the text: "2026-02-23
// 18:50:00 The incident should be resolved now.". Nothing when the paragraph ends otherwise.
std::optional<std::string> tracked_update(std::string_view text) {
  static constexpr std::string_view kOpen = "{{< track \"", kClose = "\" >}}";
  text = trim(text);
  const std::size_t open = text.rfind(kOpen);
  if (open == std::string_view::npos || !text.ends_with(kClose)) return std::nullopt;
  const std::string_view moment =
      text.substr(open + kOpen.size(), text.size() - kClose.size() - open - kOpen.size());
  const auto time = read_time(moment);
  if (!time || !dated(*time) || time->length != moment.size()) return std::nullopt;
  return std::string(moment) + " " + std::string(trim(text.substr(0, open)));
}

// The length of the word of an update ("Update", "RESOLVED") that opens `text` before a space; 0
// when none does.
std::size_t update_word_length(std::string_view text) {
  const std::string lower = lowercase_ascii(text.substr(0, 16));
  for (std::string_view w : kUpdateWords)
    if (lower.starts_with(w) && lower.compare(w.size(), 1, " ") == 0) return w.size();
  return 0;
}

// "2020-06-05 10:27 Update 5", "2020-05-28 09:00 Edit": a stamp written moment first, then the
// update's word and its number; `edit` when the word names the post's edit, not an update.
struct MomentFirstStamp {
  LooseTime time;
  bool edit;
};
std::optional<MomentFirstStamp> moment_first_stamp(std::string_view stamp) {
  const auto time = read_time(stamp);
  if (!time || !time->date) return std::nullopt;
  const std::string rest(trim(stamp.substr(time->length)));
  const std::size_t word = update_word_length(rest + " ");
  if (word == 0) return std::nullopt;
  const std::string_view number = trim(std::string_view(rest).substr(word));
  if (!std::all_of(number.begin(), number.end(),
                   [](char c) { return (c >= '0' && c <= '9') || c == '#'; }))
    return std::nullopt;
  const std::string name = rest.substr(0, word);
  return MomentFirstStamp{*time, names_an_edit(name) && lowercase_ascii(name) != "update"};
}

// "### Update 27.08.2022 10:00 Uhr:", "### Resolved - December 12, 2023 7:47 AM": a heading that
// names an update's moment, with its day, after no word, one or two; or a paragraph of one line
// that does so after the word of an update, as status pages write their updates' stamps over
// their text ("**[ Update Mar 11, 11:00 a.m.]**", "Resolved 2024-03-04 11:05"). An edit's word
// ("Update", "Edited") stamps only in emphasis, in brackets or before a colon: a bare "Updated
// 2024-06-28 10:20" line is a post's edit note. The entry line it gives reads the moment first and
// keeps the words as the entry's label ("27.08.2022 10:00 Uhr Update:"). A moment that names no
// year (`year_named` false) dates an entry only in a document that names the year.
struct UpdateStamp {
  std::string entry;
  bool year_named;
};
std::optional<UpdateStamp> update_stamp(const MdBlock& b) {
  const bool heading = b.kind == BlockKind::Heading;
  if (!heading && (b.kind != BlockKind::Paragraph || split_lines(trim(b.text)).size() != 1))
    return std::nullopt;
  const std::string_view marked = trim(b.text);
  std::string plain = plain_text(marked);
  const bool colon = trim(plain).ends_with(":");
  while (!plain.empty() && (plain.back() == ':' || plain.back() == ' ')) plain.pop_back();
  std::string_view stamp = plain;
  const bool bracketed = stamp.starts_with("[") && stamp.ends_with("]");
  if (bracketed) stamp = trim(stamp.substr(1, stamp.size() - 2));
  while (!stamp.empty() && (stamp.back() == ':' || stamp.back() == ' ')) stamp.remove_suffix(1);
  const bool emphasised = marked.starts_with("*") || marked.starts_with("_");
  const bool bold = !marked.empty() && marked.front() == kStrongBegin;
  if (!heading && (emphasised || bracketed || bold)) {
    if (const auto first = moment_first_stamp(stamp); first && !first->edit)
      return UpdateStamp{std::string(stamp) + ":", dated(first->time)};
  }
  if (!heading) {
    const std::size_t word = update_word_length(stamp);
    if (word == 0) return std::nullopt;
    const std::string lower = lowercase_ascii(stamp.substr(0, word));
    const bool edit = lower.starts_with("upd") || lower.starts_with("edit");
    if (edit && !emphasised && !bracketed && !colon) return std::nullopt;
  }
  if (const auto time = read_time(stamp);
      time && time->date && trim(stamp.substr(time->length)).empty())
    return UpdateStamp{std::string(stamp), dated(*time)};
  // "Update Mar 11": the month is no word of the label; a label of one word or two.
  const auto titled = titled_moment(stamp);
  if (!titled || std::count(titled->label.begin(), titled->label.end(), ' ') > 1 ||
      (!heading && !names_an_update(titled->label)))
    return std::nullopt;
  // "Resolved:" after the moment, as an entry's label, names the entry's kind.
  const std::string_view moment = trim(stamp.substr(stamp.size() - titled->time.length));
  return UpdateStamp{std::string(moment) + " " + titled->label + ":", dated(titled->time)};
}

// "[December 11, 2023 4:55 AM] Resolved" over the update's lines: the moment and a word or two
// of status, titling the text below them ("... Resolved: The mirror is back.").
bool titles_the_lines_below(std::string_view line) {
  const std::string plain = plain_text(trim(line));
  const auto time = read_time(plain);
  if (!time || !dated(*time)) return false;
  const std::string_view rest = trim(std::string_view(plain).substr(time->length));
  return !rest.empty() && std::count(rest.begin(), rest.end(), ' ') < 3 &&
         std::string_view(".!?:").find(rest.back()) == std::string_view::npos;
}

// "::: update Resolved | 2020-08-31T13:36:00Z" over the update's lines and a closing ":::": an
// update in the container Statusfy (and other markdown-it sites) writes, its moment after a pipe.
// The entry line it makes, the moment first ("2020-08-31T13:36:00Z Resolved: ..."); the
// container's name and fences are structure, not text. Nothing when the paragraph is no such
// container.
std::optional<std::string> container_update(std::string_view marked) {
  auto lines = split_lines(trim(marked));
  if (lines.size() < 2 || !lines.front().starts_with("::: ")) return std::nullopt;
  const std::string opening = plain_text(trim(lines.front().substr(4)));
  const std::size_t pipe = opening.rfind(" | ");
  if (pipe == std::string::npos) return std::nullopt;
  const std::string moment(trim(std::string_view(opening).substr(pipe + 3)));
  const auto time = read_time(moment);
  if (!time || !dated(*time) || time->length != moment.size()) return std::nullopt;
  if (trim(lines.back()) == ":::") lines.pop_back();
  // "update Resolved": the container's name, as its fences, is structure; the status is text.
  std::string_view label = std::string_view(opening).substr(0, pipe);
  if (const std::size_t space = label.find(' '); space != std::string_view::npos)
    label.remove_prefix(space + 1);
  std::string entry = moment + " " + std::string(trim(label)) + ":";
  for (std::size_t k = 1; k < lines.size(); ++k) entry += " " + plain_text(trim(lines[k]));
  return entry;
}

// "[Update 2014-09-16 14:18 CEST]: DNS settings look right now.", "Update 2024-06-28 @ 10:20
// CEST: another post covers it.", "UPDATE 13 Jan 19:00 UTC: The queue is draining.", "Resolved
// 15:10 UTC: Error rates are normal.": a paragraph that opens with the word "Update" or a status
// and the update's moment, dated or followed by a colon. The entry line it gives, the moment
// first ("2024-06-28 @ 10:20 CEST Update: another post ...", "15:10 UTC Resolved: ..."); nothing
// when the paragraph opens otherwise.
std::optional<std::string> update_opening(std::string_view plain) {
  std::string_view rest = trim(plain);
  if (rest.starts_with("[") || rest.starts_with("(")) rest.remove_prefix(1);
  const std::string word = lowercase_ascii(rest.substr(0, update_word_length(rest)));
  if (word.empty()) return std::nullopt;
  // The four words of an edit are all "Update" in the entry; a status keeps its word as written.
  const bool edit = word.starts_with("upd") || word.starts_with("edit");
  const std::string label = edit ? "Update" : std::string(rest.substr(0, word.size()));
  rest.remove_prefix(word.size() + 1);
  const bool dash = rest.starts_with("- ");
  if (rest.starts_with("@ ") || dash) rest.remove_prefix(2);
  // "Update on 10:15:00: MariaDB is available again", "Update at 14:05 UTC: ...".
  if (rest.starts_with("on ") || rest.starts_with("at ")) rest.remove_prefix(3);
  const auto time = read_time(rest);
  if (!time) return std::nullopt;
  std::string_view after = rest.substr(time->length);
  // With no day, only a colon after the moment says it times the update: "Update 14:05 UTC:";
  // or brackets after the status and its dash, as cState pages write an update's time ("*Update*
  // - (4:27 PM PST) We are ...").
  const bool bracketed_after_dash = dash && (rest.starts_with("(") || rest.starts_with("["));
  if (!dated(*time) && !bracketed_after_dash &&
      (time->told || (!trim(after).starts_with(":") && !trim(after).starts_with("]:"))))
    return std::nullopt;
  while (!after.empty() && std::string_view("])-: ").find(after.front()) != std::string_view::npos)
    after.remove_prefix(1);
  if (after.empty()) return std::nullopt;
  return std::string(rest.substr(0, time->length)) + " " + label + ": " + std::string(after);
}

// A paragraph's parts: its sentences, or the one entry a tracked update makes of it.
std::vector<std::string> paragraph_parts(const MdBlock& b) {
  if (b.kind != BlockKind::Paragraph) return {};
  const auto lines = split_lines(b.text);
  std::string text = one_line(plain_text(b.text));
  if (lines.size() > 1 && titles_the_lines_below(lines.front()))
    text = plain_text(trim(lines.front())) + ": " +
           one_line(plain_text(b.text.substr(lines.front().size() + 1)));
  // "First message." over "**Issue identified:** ... {{< track "2020-05-30 14:23:00" >}}": a
  // status page's log in one paragraph (cState), an update a line (its lines broken hard, which
  // the tree does not tell apart), each opening with its status and ending with its moment. The
  // text before the first update is its first message; a line after an update with no moment of
  // its own continues it.
  if (lines.size() > 1 && b.text.find("{{< track \"") != std::string::npos) {
    std::vector<std::string> parts;
    std::string segment;  // the lines read since the last update or status
    int updates = 0;
    bool message_before_update = false;
    const auto close = [&] {
      if (segment.empty()) return;
      if (updates == 0) {
        parts.push_back(segment);
        message_before_update = true;
      } else {
        parts.back() += " " + segment;
      }
      segment.clear();
    };
    for (const std::string_view line : lines) {
      if (!split_label(trim(line)).label.empty()) close();
      if (const std::string plain = plain_text(trim(line)); !plain.empty() && plain != "\\")
        segment += segment.empty() ? plain : " " + plain;
      // Only a line that ends with a moment closes an update: reading the segment again at
      // every line would take time growing with the square of a long paragraph's lines.
      if (auto update = line.ends_with(">}}") || line.find(">}} ") != std::string_view::npos
                            ? tracked_update(segment)
                            : std::nullopt) {
        ++updates;
        parts.push_back(*update);
        segment.clear();
      }
    }
    close();
    if (updates >= 2 || (updates == 1 && message_before_update)) return parts;
  }
  if (auto tracked = tracked_update(text)) return {*tracked};
  // "***Investigating*** {{< track "2022-03-28T19:52:00+01:00" >}}" over the update's lines.
  if (lines.size() > 1)
    if (auto head = tracked_update(plain_text(trim(lines.front()))))
      return {*head + ": " + one_line(plain_text(b.text.substr(lines.front().size() + 1)))};
  if (auto update = container_update(b.text)) return {*update};
  if (auto update = update_with_moment_below(b.text)) return {plain_text(*update)};
  if (auto update = update_opening(text)) return {*update};
  return sentences_of(text);
}

// The plain text of a block under an update's heading, on one line: a list's items joined by
// "; ".
std::string detail_of(const MdBlock& b) {
  if (b.kind != BlockKind::List) return one_line(plain_text(b.text));
  std::string text;
  for (const MdBlock& item : b.children)
    if (const std::string part = one_line(plain_text(block_text(item))); !part.empty()) {
      if (!text.empty())
        text += std::string_view(".!?;").find(text.back()) != std::string_view::npos ? " " : "; ";
      text += part;
    }
  return text;
}

// "02:45 UTC", "2023-07-10 22:13:00 UTC": a moment alone in its paragraph or heading ("#### 11:28
// UTC"), over the update it times, as a status page (cState) writes its updates. It names its
// zone or its day: a bare "02:00" between two halves of a sentence, or a shift in a schedule, is
// none.
std::optional<LooseTime> moment_alone(const MdBlock& b) {
  if ((b.kind != BlockKind::Paragraph && b.kind != BlockKind::Heading) ||
      split_lines(b.text).size() != 1 || b.text.find('`') != std::string::npos)
    return std::nullopt;
  auto time = heading_time(b.text);
  // "#### Mon 09:00 UTC": a weekday alone dates no update of a log.
  if (time && ((!time->zone_named && !time->region && !time->date) || time->weekday >= 0))
    return std::nullopt;
  return time;
}

// Whether a log runs newest first: as the days its moments write say, else as its clocks take
// the shorter time to run through (01:20, 00:40, 22:13 is three hours read from the end, two
// days read from the start).
bool newest_first(const std::vector<LooseTime>& moments) {
  const LooseTime* first = nullptr;  // the first and the last moment that name their day
  const LooseTime* last = nullptr;
  for (const LooseTime& m : moments)
    if (dated(m)) {
      if (!first) first = &m;
      last = &m;
    }
  if (first != last) {
    const auto order = [](const LooseTime& m) {
      return static_cast<long>(day_order(*m.date)) * 86400 + m.seconds_of_day;
    };
    if (order(*first) != order(*last)) return order(*first) > order(*last);
  }
  constexpr long kDay = 86400;
  long forward = 0, back = 0;
  for (std::size_t k = 1; k < moments.size(); ++k) {
    const long step = moments[k].seconds_of_day - moments[k - 1].seconds_of_day;
    forward += (step % kDay + kDay) % kDay;
    back += (-step % kDay + kDay) % kDay;
  }
  return back < forward;
}

// The day each moment of a log falls on, read in time's order (a log written newest first from
// its end): a moment's own day, else the day of the nearest moment that names one, a day more for
// each time its clock runs back past midnight on the way (before it in time, a day less). With
// no moment naming its day, the first in time falls on `known`. None when no day is known.
std::vector<std::optional<LooseDate>> days_of_moments(const std::vector<LooseTime>& moments,
                                                      std::optional<LooseDate> known) {
  std::vector<std::optional<LooseDate>> days(moments.size());
  const bool reversed = newest_first(moments);
  std::vector<std::size_t> order(moments.size());
  for (std::size_t n = 0; n < moments.size(); ++n) order[n] = reversed ? moments.size() - 1 - n : n;
  // The midnights passed from the first moment in time to each.
  std::vector<int> passed(moments.size(), 0);
  for (std::size_t n = 1; n < order.size(); ++n)
    passed[order[n]] = passed[order[n - 1]] +
                       (moments[order[n]].seconds_of_day < moments[order[n - 1]].seconds_of_day);
  // The day a moment names: "Mar 11" in the year nearest the day `known` ("Jan 1" after a
  // document dated December 31 is in the next year).
  const auto day_named = [&](const LooseTime& m) -> std::optional<LooseDate> {
    if (dated(m) || !m.date || !known) return dated(m) ? m.date : std::nullopt;
    LooseDate day = *m.date;
    day.year = ImportContext::year_near(*known, day.month);
    return day;
  };
  // The anchor: the first moment in time that names its day, else `known` on the first.
  std::optional<LooseDate> anchor_day = known;
  int anchor_passed = 0;
  for (const std::size_t k : order)
    if (const auto day = day_named(moments[k])) {
      anchor_day = day;
      anchor_passed = passed[k];
      break;
    }
  if (!anchor_day) return days;
  for (const std::size_t k : order) {
    if (const auto day = day_named(moments[k])) {
      anchor_day = day;
      anchor_passed = passed[k];
    }
    days[k] = days_after(*anchor_day, passed[k] - anchor_passed);
  }
  return days;
}

}  // namespace

// "we had no idea about the problem until 8:40 AM.", "the first status post was made at 18:51,
// a lag of 37 minutes": a time told inside a sentence, after a word that says when, with the day
// written before that word ("ended on 24th October about 7:00 PM") or after the time ("at 4:16
// p.m. ET on June 15, 2020") when there is one. The moment as written, day first, to open an
// entry with; nothing when the sentence tells none. A schedule ("backups run every day at
// 02:00.") tells no moment, but in a timeline, whose entries are events.
std::optional<std::string> moment_inside(std::string_view sentence, bool in_a_timeline) {
  static constexpr std::array<std::string_view, 6> kNextDays = {
      "the following day", "the next day",        "the following morning",
      "the next morning",  "the following night", "the next night"};
  static constexpr std::string_view kWhenWords[] = {"at ", "until ", "till ", "around ", "about ",
                                                    "approximately ", "after ", "before ", "by ",
                                                    "since ", "as of ",
                                                    // "The alert was received @ 23:38"
                                                    "@ "};
  // Words of a schedule or a plan, anywhere in the sentence: "backups run daily at 02:00", "we
  // will review it at 15:00", "to be updated at 18:00"; and of a day the story does not date,
  // just before the time or after it: "on Friday at 16:30", "at 15:00 tomorrow".
  static constexpr std::string_view kPlan[] = {" scheduled ", " will ",  " going to ", " plan to ",
                                               " planned ",   " to be ", " if ",       " booked "};
  static constexpr std::string_view kUndatedDays[] = {
      "monday",    "tuesday",  "wednesday", "thursday", "friday",    "saturday", "sunday",
      "yesterday", "tomorrow", "previous",  "next",     "following", "before"};
  // Words of data whose moment a time names: "the backup taken @ 02:00".
  static constexpr std::string_view kDataWords[] = {"snapshot", "backup", "state", "taken",
                                                    "restor",   "dump",   "copy",  "data"};
  const std::string lower = lowercase_ascii(sentence);
  for (std::size_t pos = 1; pos < lower.size(); ++pos) {
    if (lower[pos - 1] != ' ') continue;
    for (const std::string_view word : kWhenWords) {
      if (lower.compare(pos, word.size(), word) != 0) continue;
      const std::size_t clock = pos + word.size();
      // "at ~11:50 a.m. ET": an approximate time.
      const std::size_t digits = clock + (lower.compare(clock, 1, "~") == 0 ? 1 : 0);
      if (digits >= lower.size() || !std::isdigit(static_cast<unsigned char>(lower[digits])))
        continue;
      // Read as a sentence that opens with it: a bare "at 10:30 we" is no moment. A moment is
      // short: a window after the word keeps a long line's scan linear.
      auto time = read_time("at " + std::string(sentence.substr(clock, 80)));
      // "As of 17:30" opens what it tells, after a label at most ("Final Update: As of
      // 17:30"); "restored to its state as of 13:45", "the snapshot taken @ 02:00" date data.
      if (word == "@ " || word == "as of ") {
        const std::string_view lead = trim(std::string_view(lower).substr(0, pos));
        if (word == "as of " && !lead.empty() && !lead.ends_with(":")) continue;
        const std::string_view near = lead.substr(lead.size() > 24 ? lead.size() - 24 : 0);
        if (std::any_of(std::begin(kDataWords), std::end(kDataWords),
                        [&](std::string_view w) { return near.find(w) != std::string_view::npos; }))
          continue;
        // "@ 23:38 to inform", "As of 17:30 (5:30PM)": these words mark a moment, whatever
        // follows its clock.
        std::size_t end = digits;
        while (end < lower.size() &&
               (std::isdigit(static_cast<unsigned char>(lower[end])) || lower[end] == ':'))
          ++end;
        if (!time && lower.find(':', digits) < end)
          time = read_time("at " + std::string(sentence.substr(clock, end - clock)));
      }
      // "at 4:16 p.m. ET on June 15, 2020": a day told after the time is part of the moment.
      const bool day_after = time && time->date && !read_date(sentence.substr(clock));
      if (!time || !time->told || (time->date && !day_after)) continue;
      const std::string_view before = std::string_view(lower).substr(0, pos);
      std::string words = " " + lower + " ";
      for (char& c : words)
        if (c == ',' || c == '.' || c == ';') c = ' ';
      const auto says = [&](std::string_view cue) { return words.find(cue) != std::string::npos; };
      if (std::any_of(std::begin(kPlan), std::end(kPlan), says)) return std::nullopt;
      // A timeline's entry names a schedule's run ("Daily deployment completed at 4:16 p.m."); a
      // schedule told next to the time is still none ("Backups run daily at 02:00").
      const std::string near_time =
          " " + std::string(before.substr(before.size() > 20 ? before.size() - 20 : 0)) + " ";
      if (std::any_of(std::begin(kScheduleCues), std::end(kScheduleCues),
                      [&](std::string_view cue) {
                        return in_a_timeline ? near_time.find(cue) != std::string::npos : says(cue);
                      }))
        return std::nullopt;
      // "The backup job runs at 02:00 every night": a schedule's words just after the time.
      const std::string_view after_clock =
          std::string_view(words).substr(std::min(words.size(), pos + 1 + word.size()), 30);
      for (std::string_view repeat :
           {" every night", " every day", " every morning", " every evening", " every hour",
            " each night", " each day", " daily", " nightly", " hourly", " weekly", " via cron"})
        if (after_clock.find(repeat) != std::string_view::npos) return std::nullopt;
      // "completed at 05:00 UTC the following day", "The next morning, at 08:10 UTC, ...": a day
      // later, marked as a timeline marks a time past midnight ("(next day)").
      const std::string_view after_time =
          std::string_view(lower).substr(std::min(lower.size(), clock + time->length - 3), 24);
      std::string lead(trim(before));
      while (!lead.empty() && (lead.back() == ',' || lead.back() == ' ')) lead.pop_back();
      if (lead.ends_with(" at") || lead == "at") lead.erase(lead.size() - 2);
      while (!lead.empty() && (lead.back() == ',' || lead.back() == ' ')) lead.pop_back();
      const bool next_day =
          !day_after && std::any_of(kNextDays.begin(), kNextDays.end(), [&](std::string_view next) {
            return trim(after_time).starts_with(next) || lead.ends_with(next);
          });
      const std::size_t near = before.size() > 24 ? before.size() - 24 : 0;
      if (!next_day &&
          std::any_of(std::begin(kUndatedDays), std::end(kUndatedDays), [&](std::string_view day) {
            return before.substr(near).find(day) != std::string_view::npos;
          }))
        return std::nullopt;
      // "at 15:00 UTC tomorrow", "at 9 pm tonight": a day the story does not date, after it.
      if (!next_day)
        for (std::string_view day : {"tomorrow", "tonight", "next "})
          if (after_time.substr(0, 16).find(day) != std::string_view::npos) return std::nullopt;
      std::string moment(sentence.substr(clock, (day_after ? time->length : time->zone_end) - 3));
      if (next_day) moment += " (next day)";
      // "on 24th October about 7:00 PM": the day the words before name.
      for (std::size_t on = before.rfind("on "); on != std::string_view::npos && on + 3 < pos;
           on = std::string_view::npos) {
        if (on > 0 && before[on - 1] != ' ') break;
        const auto day = read_date(sentence.substr(on + 3, pos - on - 3));
        if (!day) break;
        const std::string_view gap = trim(before.substr(on + 3 + day->length));
        if (gap.empty() || gap == ",")
          moment = std::string(sentence.substr(on + 3, day->length)) + " " + moment;
      }
      return moment;
    }
  }
  return std::nullopt;
}

int count_update_stamps(const Blocks& blocks, std::size_t begin, std::size_t end) {
  return static_cast<int>(
      std::count_if(blocks.begin() + static_cast<std::ptrdiff_t>(begin),
                    blocks.begin() + static_cast<std::ptrdiff_t>(end),
                    [](const MdBlock& b) { return update_stamp(b).has_value(); }));
}

int count_told_times(const Blocks& blocks, std::size_t begin, std::size_t end) {
  int told = 0;
  for (std::size_t i = begin; i < end && i < blocks.size(); ++i)
    for (const std::string& part : paragraph_parts(blocks[i]))
      if (const auto time = read_time(part);
          time && time->told && opens_with_its_time(part, NarratedForms::StoryOrUpdates))
        ++told;
  return told;
}

bool read_narrated_timeline(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                            std::size_t end, NarratedForms forms) {
  if (cx.written_by_hindsight || cx.has_timeline_section) return false;
  int told = 0, updates = 0, labelled = 0;  // labelled: updates whose moments name no year
  // A labelled update with a status ("Resolved 15:10 UTC:") or a day ("UPDATE 13 Jan 19:00
  // UTC:"): without one, "Update 18:00 UTC:" notes may be a post's edits, not the incident's log.
  bool labelled_status_or_day = false;
  bool page_written = false;  // an update is written as a status page's generator writes one
  std::vector<std::size_t> moment_blocks;  // the paragraphs and headings of a moment alone
  std::vector<LooseTime> moments;
  LooseDate known;
  const bool day_known = cx.day_for_time(known);
  // A stamp whose moment names no year dates its update in a document that names the year. A
  // stamp written as a paragraph counts only beside another: one is a note in the prose.
  const auto stamp_dates = [&](const MdBlock& b) {
    const auto stamp = update_stamp(b);
    return stamp && (stamp->year_named || day_known);
  };
  const bool paragraph_stamps =
      std::count_if(blocks.begin() + static_cast<std::ptrdiff_t>(begin),
                    blocks.begin() + static_cast<std::ptrdiff_t>(end), [&](const MdBlock& b) {
                      return b.kind == BlockKind::Paragraph && stamp_dates(b);
                    }) >= kFewestDatedMoments;
  const auto stamps_an_update = [&](const MdBlock& b) {
    return (b.kind == BlockKind::Heading || paragraph_stamps) && stamp_dates(b);
  };
  for (std::size_t i = begin; i < end; ++i) {
    if (stamps_an_update(blocks[i])) ++updates;
    // An update as a status page's generator writes it (cState's track, Statusfy's container).
    if (blocks[i].kind == BlockKind::Paragraph &&
        (blocks[i].text.find("{{< track \"") != std::string::npos ||
         container_update(blocks[i].text)))
      page_written = true;
    if (auto moment = moment_alone(blocks[i])) {
      moment_blocks.push_back(i);
      moments.push_back(*moment);
      if (!dated(*moment)) continue;
    }
    for (const std::string& part : paragraph_parts(blocks[i]))
      if (const auto time = read_time(part); time && opens_with_its_time(part, forms)) {
        if (opens_an_update(*time)) {
          ++updates;
        } else if (opens_a_labelled_update(part)) {
          ++labelled;
          const std::string label = lowercase_ascii(trim(part.substr(time->length)));
          labelled_status_or_day = labelled_status_or_day || time->date.has_value() ||
                                   !names_an_edit(label.substr(0, label.find(':')));
        } else {
          ++told;
        }
      }
  }
  if (day_known && labelled_status_or_day) updates += labelled;
  // Moments alone in their paragraphs: a log of updates when two or more have a day to fall on.
  std::vector<std::optional<LooseDate>> moment_days;
  if (moments.size() >= static_cast<std::size_t>(kFewestDatedMoments)) {
    moment_days =
        days_of_moments(moments, day_known ? std::optional<LooseDate>(known) : std::nullopt);
    for (std::size_t k = 0; k < moments.size(); ++k)
      if (!dated(moments[k]) && moment_days[k]) ++updates;
  }
  const bool story_told = told + updates >= kFewestToldTimes ||
                          (told > 0 && cx.told_times_in_sections >= kFewestToldTimes &&
                           forms == NarratedForms::StoryOrUpdates);
  // A status page's first message counts as an update when its front matter dates it (a blog
  // post's date is when it was published, not its first message's).
  if (forms == NarratedForms::StatusPage && cx.front_matter_moment && page_written) ++updates;
  if (updates < kFewestDatedMoments && (!story_told || !day_known)) return false;
  cx.forget_told_zone();  // a timeline part of its own
  begin_timeline_zone(cx, blocks, begin, end);
  bool entry_open = false;    // the timeline's last entry is one this section told
  bool under_update = false;  // the blocks since an update's heading describe its entry
  // A status page's first message, before any update: at the moment its front matter dates it.
  std::optional<std::string> first_message_at;
  if (forms == NarratedForms::StatusPage && page_written && updates >= kFewestDatedMoments)
    first_message_at = cx.front_matter_moment;
  // The first message is the page's first paragraph.
  std::size_t first_paragraph = begin;
  while (first_paragraph < end && blocks[first_paragraph].kind != BlockKind::Paragraph)
    ++first_paragraph;
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    const int line = cx.first_line(b);
    const bool moment_of_log =
        !moment_days.empty() &&
        std::find(moment_blocks.begin(), moment_blocks.end(), i) != moment_blocks.end();
    if (!moment_of_log && (b.kind == BlockKind::Heading || stamps_an_update(b))) {
      const bool update = stamps_an_update(b);
      if (update)
        read_event_line(cx, update_stamp(b)->entry, line);
      else
        cx.keep_unplaced(line, cx.last_line(b));
      under_update = entry_open = update;
      continue;
    }
    if (const auto at = std::find(moment_blocks.begin(), moment_blocks.end(), i);
        at != moment_blocks.end() && !moment_days.empty()) {
      const std::size_t k = static_cast<std::size_t>(at - moment_blocks.begin());
      const std::string written = plain_text(trim(b.text));
      // A moment that names its day, with or without its year, is read as written.
      if (moments[k].date || !moment_days[k]) {
        read_event_line(cx, written, line);
      } else {
        read_event_line(cx, iso_date(*moment_days[k]) + " " + written, line);
      }
      under_update = entry_open = true;
      continue;
    }
    // "- 12:07 AM UTC: The issue is identified" before a status page's updates: the report's own
    // timeline, an entry an item.
    if (!under_update && b.children.size() >= 2 && is_list_of_timed_entries(b)) {
      read_timeline(cx, blocks, i, i + 1);
      entry_open = false;
      continue;
    }
    // A rule ends the update above it: what follows is the post's own text.
    if (b.kind == BlockKind::Rule) under_update = false;
    // So does the post's edit note stamped moment first ("**2020-05-28 09:00 Edit**"), kept
    // with the text below it in the notes.
    if (b.kind == BlockKind::Paragraph)
      if (const auto first = moment_first_stamp(plain_text(trim(b.text))); first && first->edit) {
        under_update = entry_open = false;
        cx.keep_unplaced(line, cx.last_line(b));
        continue;
      }
    if (under_update) {
      if (b.kind == BlockKind::Paragraph || b.kind == BlockKind::List || b.kind == BlockKind::Quote)
        append_detail(cx.postmortem.timeline.back().text, detail_of(b));
      else
        cx.keep_unplaced(line, cx.last_line(b));
      continue;
    }
    const std::vector<std::string> parts = paragraph_parts(b);
    // In a story, a sentence that tells its time inside it opens an entry too, at that moment.
    const auto told_inside = [&](const std::string& part) {
      return forms == NarratedForms::StoryOrUpdates && story_told &&
                     !opens_with_its_time(part, forms)
                 ? moment_inside(part, false)
                 : std::nullopt;
    };
    const auto opens = [&](const std::string& part) {
      return opens_with_its_time(part, forms) || told_inside(part).has_value();
    };
    const bool tells_times = std::any_of(parts.begin(), parts.end(), opens);
    // The first message is the page's first paragraph, an update right after it (in the same
    // paragraph or the next block): a blog post's opening paragraph stays its prose.
    const auto update_follows = [&] {
      if (std::any_of(parts.begin(), parts.end(), opens)) return true;
      std::size_t next = i + 1;
      while (next < end && blocks[next].kind == BlockKind::Rule) ++next;
      if (next == end) return false;
      const auto next_parts = paragraph_parts(blocks[next]);
      return stamps_an_update(blocks[next]) || moment_alone(blocks[next]) ||
             (!next_parts.empty() && opens(next_parts.front()));
    };
    const bool first_message = i == first_paragraph && first_message_at &&
                               (parts.empty() || !opens(parts.front())) && update_follows();
    if (!first_message && (!tells_times || (!entry_open && !opens(parts.front())))) {
      if (b.kind != BlockKind::Rule) cx.keep_unplaced(line, cx.last_line(b));
      entry_open = false;
      continue;
    }
    if (!entry_open && !first_message && !parts.empty() && opens(parts.front()))
      first_message_at.reset();  // the page opens with an update: no message before it
    std::string pending;  // parts not yet read: an entry, or what continues the last one
    bool pending_opens_entry = false;
    if (first_message) {
      pending = *first_message_at;
      pending_opens_entry = true;
      first_message_at.reset();
    }
    const auto read_pending = [&] {
      if (pending.empty()) return;
      if (pending_opens_entry) {
        read_event_line(cx, pending, line);
      } else {
        std::string& text = cx.postmortem.timeline.back().text;
        text += text.empty() ? pending : " " + pending;
      }
      pending.clear();
    };
    for (const std::string& part : parts) {
      if (opens(part)) {
        read_pending();
        pending_opens_entry = true;
        // The moment first, as an entry line reads it; the sentence stays whole after it.
        const auto inside = told_inside(part);
        pending = inside ? *inside + " " + part : part;
      } else {
        pending += pending.empty() ? part : " " + part;
      }
    }
    read_pending();
    entry_open = true;
  }
  return true;
}

}  // namespace hindsight::core
