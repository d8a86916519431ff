// Shared state of one Markdown import: the source text, its line index, the post-mortem being
// filled, the warnings and the source lines. Used by markdown_import*.cpp only.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/markdown/markdown_import.hpp"
#include "core/markdown/markdown_tree.hpp"
#include "core/markdown/markdown_vocabulary.hpp"
#include "core/timeline/loose_time.hpp"

namespace hindsight::core {

class ImportContext {
 public:
  explicit ImportContext(std::string_view source);

  std::string_view source() const { return source_; }
  int line_of(std::size_t offset) const;       // 1-based
  int first_line(const MdBlock& block) const;  // its first source line, fences included
  int last_line(const MdBlock& block) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  std::string_view line_text(int line) const;

  // Source lines [from, to] joined by '\n', without blank lines or a "---" rule at either end
  // and without spaces at line ends; the exact text when the lines are one verbatim block
  // (markdown_text.hpp). `first_used` (if given) receives the line the text starts on, 0 when it is
  // empty.
  std::string raw_lines(int from, int to, int* first_used = nullptr) const;

  // The source line of each top-level heading, by block index (0 for other blocks); set once the
  // document is parsed. md4c reports no position for a heading without text ("####").
  std::vector<int> heading_lines;
  // The line after the top-level heading blocks[i]: where its body starts, even when it is empty.
  int line_after_heading(const std::vector<MdBlock>& blocks, std::size_t i) const;

  // The document names its schema in the front matter, as every export does: it is read by the
  // format's own rules (docs/markdown-format.md), with none of the guesses made for documents
  // teams wrote by hand (inline action points, labelled paragraphs, a lead taken as summary), and
  // every section after Lessons Learned but the meeting notes at the end is an extra one. That
  // is what makes import(export(p)) give p back whatever its text says.
  bool written_by_hindsight = false;
  // The summary was read from a label in the lead ("**Summary**: ..."): the lead's sentences
  // after it go on it.
  bool summary_labelled_in_lead = false;

  // A list item's Markdown as written: the marker and the item's indentation taken off its
  // lines, spaces at line ends dropped; the exact text when the item holds one verbatim block.
  // With `nested` false (a hand-written document), lists inside the item are left out (they are
  // entries of their own) and the lines are joined into one.
  std::string item_markdown(const MdBlock& item, bool nested) const;

  void warn(int line, std::string message);
  // One warning for each message: "the time has no date; ..." said of 47 entries is said once, at
  // its first line, with the later lines named after it. Called once, when the import ends.
  void fold_repeated_warnings();
  // Records where a field's text came from; a field set twice keeps the line of the later text.
  void locate(std::string path, int line);

  // The day timeline times without a date fall on: the last date line seen, else the incident
  // date, the title's date, or the first date the lead or the summary names. Returns false when
  // no day is known.
  bool day_for_time(LooseDate& day) const;
  // The year of a month and day written without one, near a known day: "[12-05 16:21]" in the
  // post-mortem of a March outage happened the December before, "Jan 2" after a December 30
  // the January after (the year that puts the month nearest the known day's).
  static int year_near(const LooseDate& known, int month);
  std::optional<LooseDate> current_day;
  // The last day written on a line of its own in the timeline ("2019-03-20:"), as written: an
  // entry under it with no time keeps it in its text, since the model dates only moments.
  std::string day_label;
  std::optional<LooseDate> title_day;  // a date named in the title ("Outage on 2023-03-26")
  std::optional<LooseDate> lead_day;   // the first full date a paragraph before the sections names
  // A day stated apart from the text: under a "### Date" heading before the timeline, or in the
  // title of a first section that holds no times of its own ("## August 18-19, 2025 - Two
  // issues"). After the summary's day, the day of times that name none.
  std::optional<LooseDate> stated_day;
  // The front matter's "date" (a blog post's or a status page's): the day of times when nothing
  // else names one, as a post may be published days after its incident.
  std::optional<LooseDate> front_matter_day;
  std::optional<LooseDate> file_day;  // the day the file's name opens with (import_markdown)
  // The front matter's "date" when it names a time of day too ("2020-11-15 10:15:00"), as
  // written: a status page's moment of its first message, the text before its first update.
  std::optional<std::string> front_matter_moment;
  // The first full date written anywhere before the timeline section: the last guess.
  std::optional<LooseDate> early_day;
  std::optional<LooseDate> posted_day;  // the earliest day a status page's "Posted" line names
  std::optional<LooseDate> edited_day;  // the day the front matter says the page was last edited

  // The zone the document states for its timeline's times; times that name none are read in it.
  // With none stated they are read as UTC, and the first such time is warned about once.
  std::optional<StatedZone> stated_zone;
  std::optional<StatedZone> document_zone;
  // A zone the text suggests without stating it for all times (the incident's date line, the
  // first time written with its zone): read for times that name none when neither the timeline
  // nor an entry before them names one.
  std::optional<StatedZone> zone_hint;
  // Incident fields the front matter set (their paths): a label in the body may replace those,
  // once, but not a value another label of the body set.
  std::set<std::string_view> set_by_front_matter;
  bool reading_front_matter = false;  // stated before the timeline (state_document_zone)
  // Read in a section the importer names no part for ("## Bug 1 - Hair spaces in the title"):
  // there a "**Fix:**" label tells a fix made, an action done; in the timeline, the resolution
  // or the analysis it is part of their story.
  bool fixes_labelled_as_done = false;
  // The actions section being read is named for fixes ("## Fixes", "## What we shipped"), which
  // may also tell the change that set the incident off: its paragraphs are actions only when
  // they state work.
  bool section_names_fixes = false;
  // A new timeline part begins: a zone one of its entries names (ImportContext::resolve_time)
  // holds only for the entries after it in that part.
  void forget_told_zone() {
    zone_told_.reset();
    bare_time_read_ = false;
  }
  bool has_timeline_section = false;  // a section of the document is titled as the timeline
  int timeline_continuations_tried = 0;  // lists tried as going on with the timeline
  // Sentences of the document's sections that open with their time ("At 9:20 AM, we ..."): a
  // story told over several sections ("What happened?", "How did we respond?") is read in each.
  int told_times_in_sections = 0;
  std::string ambiguous_zone;  // "IST", when the document states its times in a zone so named
  // The moment of the last time read, so that a time written without "AM"/"PM" after ones
  // written with it can be placed in the afternoon when the morning would go back in time.
  std::optional<UtcSeconds> last_time;
  bool meridiem_seen = false;
  // "09:11 PM": halves written with a leading zero, so that "09:15" may be a 12-hour clock's.
  bool padded_meridiem_seen = false;
  // A time written with an hour of 0 or 13-23: the document uses the 24-hour clock, and "1:52"
  // after "12:16" is early morning, not the afternoon.
  bool clock_24h_seen = false;

  // A moment read from a table cell or a list line; nullopt (with a warning) when it has no day.
  std::optional<UtcSeconds> resolve_time(const LooseTime& time, int line);
  // A due date: ISO when it names a day (a missing year is taken from the incident), else as
  // written.
  std::string resolve_due(std::string_view text, int line);

  // Blocks a reader could not place: their source lines become an extra section named after
  // the section they were found in, so no text is lost.
  // `dedent`: up to that many spaces taken off each line (a block set in under a list item).
  void keep_unplaced(int from_line, int to_line, std::size_t dedent = 0);
  // Words kept as a paragraph of their own rather than as the source's lines (a heading's words,
  // which would read back as a heading).
  void keep_unplaced_text(const std::string& text, int line);
  // Lines of one table that are not adjacent in the source, kept as one table.
  void keep_unplaced_rows(const std::vector<int>& lines);
  void flush_unplaced(const std::string& section_title);
  void discard_unplaced() { unplaced_.clear(); }
  // The kept-aside text itself, for a field that wants it; `line` receives where it starts.
  std::string take_unplaced(int& line) {
    line = unplaced_line_;
    return std::exchange(unplaced_, std::string());
  }
  void put_back_unplaced(std::string text, int line) {
    unplaced_ = std::move(text);
    unplaced_line_ = line;
  }

  PostMortem postmortem;
  ImportResult result;
  std::unordered_set<std::string> action_ids;  // ids of the actions read so far
  std::uint64_t highest_action_number = 0;  // highest "A<n>" among them (or given before)
  // Actions written inline elsewhere ("Action point: ..."), added after the sections unless an
  // action with the same text was read.
  std::vector<std::pair<ActionItem, int>> inline_actions;
  // Work a resolution section commits to in its sentences, with their lines: actions only in a
  // document that lists none of its own.
  std::vector<std::pair<ActionItem, int>> committed_work;

 private:
  bool zone_assumption_warned_ = false;
  bool zone_abbreviation_warned_ = false;  // "All times EDT" over February's times, said once
  std::set<std::string> zones_read_out_of_season_;  // "PST" on a summer day: said once each
  // The zone an entry of this timeline named when none is stated, held for later entries that
  // name none; never once an entry without a zone was read as UTC before it.
  std::optional<LooseTime> zone_told_;
  // The day of the last time with no "(+1d)" after it, the day the first such mark counted
  // from, and the last time's day (in days since 1970) and second of the day, as written.
  std::optional<LooseDate> day_of_last_unmarked_time_;
  std::optional<LooseDate> day_before_marks_;
  std::optional<std::pair<long, int>> last_local_moment_;
  bool bare_time_read_ = false;
  // The day times without one fell on when last_time was set: a day line since then (a new
  // current_day) means a smaller time is that day's, not the next.
  std::optional<LooseDate> day_at_last_time_;
  std::optional<LooseDate> day_of_last_time_;  // the day the last time was read on
  int last_clock_hour_ = -1;                   // the last time's hour as written
  bool last_afternoon_ = false;                // the last time was read as the afternoon
  bool last_went_forward_ = true;  // the last time was no earlier than the one before it
  // The log stepped back to an earlier day ("July 17, 4:00" under "July 22, 5:30") and has not
  // gone forward since: it is written newest first, and no earlier clock is the afternoon. (One
  // entry out of order within a day, "(found later) 1:55 PM", says nothing of the log.)
  bool last_went_back_a_day_ = false;
  std::string_view source_;
  std::vector<std::size_t> line_starts_;
  std::string unplaced_;
  int unplaced_line_ = 0;
  int unplaced_end_ = 0;
};

// One line of a paragraph or list item split into "**Label:** value" parts. `label` is empty
// when the line has no bold label at its start.
struct LabelledLine {
  std::string label;
  std::string value;
};
LabelledLine split_label(std::string_view marked_line);
// "**DOING** the import checks the disk": a line opening with a bold word or phrase in capitals
// and no colon, split as a label. `label` is empty when the line has no such start.
LabelledLine split_capital_marker(std::string_view marked_line);

// An item of a loose list (items a blank line apart) holds its text in paragraphs, a tight one
// in its own text.
bool is_loose_item(const MdBlock& item);
// An item's own line: its text, or in a loose list the paragraph that opens it.
std::string_view item_head(const MdBlock& item);
// Whether [begin, end) holds lists and nothing else but rules, one list at least, whose items
// hold only paragraphs and lists of the same kind (no code, quote or table to keep as written).
bool holds_only_lists_of_words(const std::vector<MdBlock>& blocks, std::size_t begin,
                               std::size_t end);
// Plain text of an item or other container: its own text and its paragraphs, joined by '\n'.
std::string block_text(const MdBlock& block);
// All the text of a block and the blocks inside it, nested lists included, one line each.
std::string block_text_deep(const MdBlock& block);
// "<div style=...>" over "<p>9:30pm: Cory got an alert ...", "<p><i>2.</i> Add a standby": an
// HTML block of paragraphs marked up with text tags alone (p, br, div, span, i, em, b, strong,
// a, code, u, small; a list's ul, ol and li break lines too), as older blog posts write them. Its
// lines, tags removed and the common
// entities read; nothing when it holds other markup (a table, an image, a comment, a script).
std::optional<std::vector<std::string>> html_paragraphs(const MdBlock& block);

// Section readers (markdown_import_sections.cpp). Each reads blocks [begin, end) of a section.
using Blocks = std::vector<MdBlock>;
void read_timeline(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end);
// One line of a list or paragraph of a timeline: "[**Label:**] [date] time [zone] - text", a
// day line ("2019-03-20:") or an entry with no time.
void read_event_line(ImportContext& cx, std::string_view marked, int line);
// "## 8:25 AM - Initial Diagnosis", "## October 5, 8:23 AM: The Discovery": a heading that opens
// with its moment and goes on with a title. The title after the moment; nothing when the heading
// opens with no time, or nothing but times follows it ("## 8:20 - 8:24").
std::optional<std::string> title_after_moment(std::string_view marked);
// Such a heading, in a story told section by section: adds the entry at the moment (the title its
// text) and returns the title; nothing, adding nothing, when title_after_moment finds none or no
// day is known for the moment.
std::optional<std::string> read_timed_title(ImportContext& cx, std::string_view marked, int line);
// "**Resolved** - This incident has been resolved.\nNov 01, 07:20 PM GMT+3": an update as a
// status page lists it, its moment alone on the paragraph's last line. The entry line it makes,
// the moment first ("Nov 01, 07:20 PM GMT+3 **Resolved** - This incident ..."); nothing when
// the paragraph ends otherwise.
std::optional<std::string> update_with_moment_below(std::string_view marked);
// "Around 17:09 CDT on June 13, some servers logged errors. ... At about 17:15, we noticed
// ...", "[December 10, 2023 9:54 PM] Maintenance in progress ...": a timeline told as sentences
// or as a log of updates in a section of prose, in a document with no timeline section
// (markdown_import_narrative.cpp). Returns false, reading nothing, unless three sentences or
// more open with their time, or two updates with their day; else the entries are read and the
// rest of the section is kept aside (ImportContext::keep_unplaced) for the caller to place.
// `forms`: in a summary or the text before the first section, only a log of updates is read;
// sentences that open with their time stay the summary's.
// A story may also be read in a section with fewer than three such sentences when the sections
// of the document tell three or more (ImportContext::told_times_in_sections).
// `StatusPage`: the text before the first section, as UpdatesOnly, and its first message,
// before any update, falls at the front matter's moment (ImportContext::front_matter_moment).
enum class NarratedForms { StoryOrUpdates, UpdatesOnly, StatusPage };
bool read_narrated_timeline(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                            std::size_t end, NarratedForms forms);
// How many blocks of [begin, end) stamp an update on a line of their own ("**[ Update Mar 11,
// 11:00 a.m.]**", "### Resolved - December 12, 2023 7:47 AM"), as status pages write them.
int count_update_stamps(const Blocks& blocks, std::size_t begin, std::size_t end);
// How many sentences of the blocks [begin, end) open with their time as a story tells it.
int count_told_times(const Blocks& blocks, std::size_t begin, std::size_t end);
// The zone of a timeline part's times: a statement among blocks [begin, end) ("All times in PDT
// (UTC-7)"), else the document's; read before the entries.
void begin_timeline_zone(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                         std::size_t end);
// A heading that is only a moment ("### 5:00 PM", "## 23:27 ##", "### 2019-10-20 9:14"): the
// timeline entry the blocks under it describe.
std::optional<LooseTime> heading_time(std::string_view marked);
// "Update Friday 19th June 2020 13:00", "Service available: Thursday 25th June 14:30": a few words
// of title, then a day and a time that end the line (`plain`, markup removed).
struct TitledMoment {
  LooseTime time;
  std::string label;  // "Update", "Service available"
};
std::optional<TitledMoment> titled_moment(std::string_view plain);
// A list of two items or more, each opening with a time ("- 10:02 alerts fired"), but for at most
// one in eight after the first (a time mistyped or left out): a timeline wherever it is written.
bool is_timed_list(const MdBlock& list);
// "```" over "10:00 UTC - cloud open" and more: a fenced block whose lines, but for a stray one,
// open with times, two or more: a timeline written as plain text.
bool code_lists_times(const ImportContext& cx, const MdBlock& code);
// "| Time (UTC) | Event |" over rows of which two or more tell a time in the time column: a
// timeline's table, wherever it is written.
bool is_timed_table(const MdBlock& table);
// "nobody noticed until 8:40 AM.", "completed at 4:16 p.m. ET on June 15, 2020": a time told
// inside a sentence after a word that says when, as written (its day first), to open an entry
// with; nothing for a day the story does not date, nor outside a timeline for a schedule or a plan
// ("backups run daily at 02:00").
std::optional<std::string> moment_inside(std::string_view sentence, bool in_a_timeline);
// Paragraphs among blocks [begin, end) that keep a log: two or more, and most of them, open with
// a time ("1738: Cloudinary posted", "17:58 Jake saw it"), so that a section of prose ("## How was
// it fixed") holds a timeline.
bool paragraphs_keep_a_log(const Blocks& blocks, std::size_t begin, std::size_t end);
// A paragraph that logs: two of its lines or more, or its first, open with a clock (or a day and a
// clock) and a dash or colon ("19.33 - First customer reports packet loss").
bool paragraph_is_a_log(const MdBlock& b);
// "Update from Atrato" over "18.16 - First linecard flaps occured", "19.33 - First customer
// reports ..." in a section of prose or a page with no sections: paragraphs that log, three lines
// or more in all and two in one paragraph, in a document with no timeline section and a day to
// date them, none introduced as a schedule ("Our nightly jobs run on a fixed schedule:"). Those
// lines, and the lines that wrap an entry's sentence, are read as the timeline's entries; the
// lines before a paragraph's first entry, the sentences after its last and the other blocks are
// kept aside (ImportContext::keep_unplaced) for the caller to place. False, reading nothing,
// otherwise.
bool read_logged_lines(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end);
// "- 4:30 PM - Bigdata is down": an item whose first line opens with a time it does not tell in a
// sentence ("- At 02:00, a job had rotated the password" explains).
bool item_opens_with_its_time(const MdBlock& item);
// "* 4:30 PM - Bigdata is down": a list whose every item opens with a time, one item or more.
bool is_list_of_timed_entries(const MdBlock& b);
// "2025-01-21T09:30:00", "2018-11-08 16:55:00 -0500": a title that is a day and a time alone, and
// that moment; nothing for any other title.
std::optional<LooseTime> dated_moment_alone(std::string_view plain_title);
// "## 2018-11-08 16:55:00 -0500" over "- 16:55 - deployed": a section named by a day or a moment
// is part of the timeline; its heading names the day, and the zone, of the times under it.
// False, reading nothing, when `title` names no day.
bool read_dated_section(ImportContext& cx, std::string_view title, const Blocks& blocks,
                        std::size_t begin, std::size_t end, int line);
// "All times in PDT (UTC-7)." under the title: a statement about all times among blocks [begin,
// end), before the timeline section, kept in document_zone for a timeline that states none of
// its own; without one, the zone of a "**Date**: November 4, 2025, 16:00-17:00 CET" line or of
// the first time written with its zone, kept in zone_hint. Prose that
// merely names a zone ("customers in the Pacific time zone") is no such statement, and no day is
// taken from it.
void state_document_zone(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                         std::size_t end);
// Sets cx.zone_hint from the first time among `texts` (a text, and whether it is a list item's)
// that carries a zone; with `moments_only`, only a time that opens its text or follows "at".
void hint_zone_from(ImportContext& cx, const std::vector<std::pair<std::string, bool>>& texts,
                    bool moments_only);
// "At 18:30 PT, the laptop froze" in the root cause below the timeline, when nothing before the
// timeline stated or hinted at a zone: a hint too, from the paragraphs from `begin` (the block
// after the timeline's heading) to the end, the timeline's own among them.
void hint_zone_after_the_timeline(ImportContext& cx, const Blocks& blocks, std::size_t begin);
void read_actions(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end);
// "## Removal of the --l1.trustrpc flag" over paragraphs that say what will be done: a heading
// (of three or more words, no question) that names one piece of work, detailed by the paragraphs
// up to the next heading or `end`. `in_actions`: the heading is inside an actions section, which
// already says its parts are work ("### Internal monitoring" over what the team is changing).
bool names_work_detailed_below(const Blocks& blocks, std::size_t heading, std::size_t end,
                               bool in_actions = false);
// "Action point: ...", "Action item: ...", "TODO: ..." written anywhere: kept for
// add_inline_actions. Returns false when the text is no such line.
bool read_inline_action(ImportContext& cx, std::string_view marked, int line);
// "To prevent this in the future, we've made a few changes:" over a list, in a section that is
// not the action items': the list's items are actions, kept for add_inline_actions (the text
// stays where it is written).
void find_announced_actions(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                            std::size_t end);
// "## October 2021" over "- [x] Change the RPC address" and "- [ ] Complete a sync": in a section
// no part names, a task list is work to do (or done, ticked); its text stays with the section.
// `may_list_stages`: the section's title names the review's progress ("Status", "Checklist"), so
// a list whose items name no work ("[x] Root cause determined") ticks off the review's stages.
void find_task_lists(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end,
                     bool may_list_stages);
// "## Recovery" over "* Restart the listener", "* Add failure notifications": in a section that
// tells how the incident ended, a list most of whose items (two at least) say what to do, none
// in the past tense, is the work that follows (how it ended is told in the past tense). Its items
// are actions too.
void find_listed_orders(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                        std::size_t end);
// "Database optimization remains a priority to fix in the near future." in the account of how
// the incident was resolved: each sentence that commits to work still to do is kept for
// add_inline_actions, an action when the document lists none (the text stays where it is
// written).
void find_committed_work(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                         std::size_t end);
// "- **Adopt multi-region redundancy** — treat US-EAST-1 as a risk" among the lessons learned:
// each list item that opens with a verb is work recommended, kept as committed work is (an
// action when the document lists none; the lesson stays where it is written).
void find_recommended_work(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                           std::size_t end);
// The action items' section of a file Hindsight wrote (markdown_export.cpp): the notes, then the
// table of actions. Every table with an action's columns holds actions (the export writes notes
// that hold a table in a verbatim block, so another was added by hand); all else, also lines
// added around the table by hand, is the notes.
void read_written_actions(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                          std::size_t end, int first_line, int last_line);
// Adds the inline actions whose text no action read from a section already has, and the work a
// resolution committed to when the document has no other action.
void add_inline_actions(ImportContext& cx);
// `part` is where the section's body begins: a section titled "Root Causes" (RootCauses) or
// "5 Whys" (FiveWhys) holds that part from its first line; any other role starts with the summary.
void read_analysis(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end,
                   int body_first_line, int body_last_line, SectionRole part);
// A paragraph whose last sentence names root causes and ends in a colon, over a list ("CNI
// determined the following issues were the root cause of the slow down:"): the list holds the
// root causes. `in_analysis`: the paragraph is under the analysis' heading, where causes named in
// other words count too ("The outage resulted from three compounding factors:").
// root_cause_lead_in gives the first such paragraph in [begin, end), or `end`.
bool leads_into_root_causes(const Blocks& blocks, std::size_t i, std::size_t end, bool in_analysis);
std::size_t root_cause_lead_in(const Blocks& blocks, std::size_t begin, std::size_t end);
void read_meeting(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end,
                  int body_last_line);
// What a run of blocks with no section heading holds: 5-Whys lines (Analysis), a table of action
// items (Actions) or of timed events (Timeline); Unknown otherwise.
SectionRole sniff_role(const Blocks& blocks, std::size_t begin, std::size_t end);
void read_list_entries(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end,
                       std::vector<std::string>& entries, const std::string& path);

// Readers of layouts only teams write (markdown_import_placement.cpp); never called for a
// document Hindsight wrote. Each returns false, having read nothing, when the section is not
// written that way.
// Appends `text` to a prose field, after a blank line when the field already holds text.
void append_prose(ImportContext& cx, const ModelField& field, const std::string& text, int line);
// "- Summary: ...", "- Trigger: ...", "- Resolution: ..." as a line of the metadata: appends the
// value after the label, as the source writes it, to the prose field the label names (the
// summary, the impact, the story, the analysis, the lessons). False, having placed nothing, when
// the label names none, starts in lowercase, or the value is a fragment of under four words
// ("Resolution: Certificate renewed" stays a note, its label with it). The value runs from `line`
// to `to` (0: the one line).
bool place_labelled_prose(ImportContext& cx, const std::string& label, int line, int to = 0);
// Where a list item's text starts on its marker line ("- ", "  12. "): past the marker and the
// one to four spaces after it (one when more follow: the text is then indented code). 0 when the
// line has no list marker.
std::size_t item_content_column(std::string_view line);
// The value of a labelled line as the source writes it (its code, links and emphasis kept): the
// lines [from, to] after the label's colon, or with the label when it names one part of a field
// ("**Trigger**: ..."). Nothing when no colon is written.
std::optional<std::string> labelled_value_as_written(const ImportContext& cx,
                                                     const std::string& label, int from, int to);
// "**What has been done**" or "**Action items**" in bold alone over a list, with no colon and no
// bold title over another list beside it: a heading of the work below, as "#### What has been
// done" would be (one level under the heading before it).
void headings_from_bold_action_titles(MdBlock& root);
// "- **What Went Well**:" over a list nested under it, beside "- **What Could Be Improved**:"
// over its own: a list whose every item is a name alone over a nested list, most of them parts'
// names ("- 👍 What went well:", "- Where we got lucky:", "- Misc lessons learned"). Each item
// becomes a heading (one level under the heading before it) over its list.
void headings_from_labelled_part_lists(MdBlock& root);
// "**Summary**", "**Impact**", "**Root causes**:" alone on their lines under the title, before
// any section heading, two or more naming parts of a post-mortem: headings written as bold text,
// each one level under the title.
void headings_from_bold_part_titles(MdBlock& root);

// A summary with labelled lines: "User impact: ..." goes to the impact, "Duration: ..." to the
// incident's metadata, "**What happened?**:" alone on its line takes the paragraphs after it to
// what happened; the rest stays the summary.
bool read_summary_parts(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                        std::size_t end);
// Lessons with parts ("### What worked", "**What went wrong**", a paragraph opening "We were
// lucky"): each part goes to its list, the rest to the lessons learned.
bool read_lessons_parts(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end,
                        int first_line, int last_line);
// "**What went well?**" and "**What didn't go so well?**" over their lists, or such headings:
// blocks [begin, end) hold nothing but the review's lists under their titles, two or more of them
// went well, could improve, got lucky or still confusing (the others lessons or actions).
bool holds_review_lists(const Blocks& blocks, std::size_t begin, std::size_t end);
// A section titled by a metadata label ("## Attendees") over one list or one line: the field.
bool read_metadata_section(ImportContext& cx, const std::string& title, const Blocks& blocks,
                           std::size_t begin, std::size_t end);

}  // namespace hindsight::core

namespace hindsight::core {

// False when a metadata label names an incident field that already holds a value.
bool metadata_unset(const ImportContext& cx, std::string_view label);
// A figure of the incident written in the body ("**Duration:**", "**Impact:**", "**Users
// affected:**"): sets its field when empty; a document of several incidents gives each its own,
// and a later one is added to the field after the first (a duration or count after "; ", an
// impact as a paragraph of its own) rather than replace it. False, changing nothing, when the
// label names no such figure, the value cannot be read or the field holds it already.
bool add_incident_figure(ImportContext& cx, std::string_view label, std::string_view value,
                         int line);
// Sets the incident field a metadata label names ("Severity", "Reviewers", ...). Returns false
// when the label names no field or the value cannot be read (the caller keeps the line).
bool apply_metadata(ImportContext& cx, std::string_view label, std::string_view value, int line);

}  // namespace hindsight::core
