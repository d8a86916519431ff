#include "core/markdown/markdown_export.hpp"

#include <date/date.h>

#include <algorithm>

#include "core/json/json_codec.hpp"
#include "core/markdown/markdown_text.hpp"
#include "core/markdown/markdown_tree.hpp"
#include "core/markdown/markdown_vocabulary.hpp"
#include "core/model/commands.hpp"
#include "core/model/enum_names.hpp"
#include "core/model/seed_templates.hpp"
#include "core/model/time_format.hpp"
#include "core/timeline/timeline_metrics.hpp"

namespace hindsight::core {
namespace {

// Whether prose written as is between a heading and the next reads back as the same text: no
// blank or space-ended line (the importer trims them), no heading at a level that would end the
// part it sits in, no rule at its end (a section divider), nothing left open that would swallow
// the next heading (a fence, an HTML comment or script block), and not itself a verbatim block.
bool prose_reads_back(std::string_view text, int lowest_free_level) {
  const auto lines = split_lines(text);
  if (trim(lines.front()).empty() || is_rule_or_blank(lines.back())) return false;
  for (std::string_view line : lines)
    if (!line.empty() && (line.back() == ' ' || line.back() == '\t')) return false;
  if (read_verbatim(lines)) return false;
  // Why one parse with a heading after it: what the text leaves open shows as that heading not
  // being read as one.
  constexpr std::string_view kProbe = "# \xE2\x80\x8B";
  const std::string probe = std::string(text) + "\n\n" + std::string(kProbe) + "\n";
  const std::optional<MdBlock> tree = parse_markdown_tree(probe);
  if (!tree || tree->children.size() < 2) return false;
  const MdBlock& last = tree->children.back();
  if (last.kind != BlockKind::Heading || last.level != 1 || last.text != kProbe.substr(2))
    return false;
  const MdBlock& before = tree->children[tree->children.size() - 2];
  if (before.kind == BlockKind::Rule) return false;
  for (std::size_t i = 0; i + 1 < tree->children.size(); ++i) {
    const MdBlock& b = tree->children[i];
    if (b.kind == BlockKind::Heading && b.level < lowest_free_level) return false;
  }
  return true;
}

// A list entry as the export writes it: after "- ", its later lines indented by two spaces.
std::string entry_item(std::string_view text) {
  std::string item = "- ";
  bool first = true;
  for (std::string_view line : split_lines(text)) {
    if (!first) item += line.empty() ? "\n" : "\n  ";
    item += line;
    first = false;
  }
  return item;
}

// Whether a list entry written as entry_item reads back as itself. The importer takes an item's
// lines from the one its text starts on through the last indented line after its text ends,
// so the text must start on the marker's line and hold no blank line; spaces at the ends are
// trimmed, and a verbatim block would be unwrapped.
bool entry_reads_back(std::string_view text) {
  if (text.empty()) return true;
  const auto lines = split_lines(text);
  if (trim(lines.front()).empty() || trim(lines.back()).empty()) return false;
  if (lines.front().front() == ' ' || lines.front().front() == '\t') return false;
  for (std::string_view line : lines)
    if (!line.empty() && (line.back() == ' ' || line.back() == '\t')) return false;
  if (read_verbatim(lines) || lines.front().substr(0, 3) == "```") return false;
  // Why no blank line: after one, whether md4c keeps the next lines in the item depends on what
  // came before the list (two blank lines then "  1. x" leave the item after a blank start).
  if (text.find("\n\n") != std::string_view::npos) return false;
  const std::string written = entry_item(text);
  const std::optional<MdBlock> tree = parse_markdown_tree(written);
  if (!tree || tree->children.size() != 1 || tree->children[0].children.size() != 1) return false;
  const MdBlock& item = tree->children[0].children[0];
  if (!item.has_source() || item.begin >= lines.front().size() + 2) return false;
  return true;
}

// Impact is a "**Impact:**" line when it is one, else a section of its own: a line would lose
// its line breaks and the spaces at its ends.
bool impact_is_prose(std::string_view impact) {
  return impact.find('\n') != std::string_view::npos || impact != trim(impact);
}

// The lowest heading level prose may use: below the document's sections, and below the
// subsections of the part it sits in.
constexpr int kFreeInSection = 3;
constexpr int kFreeInSubsection = 5;

// Collects the document and keeps its shape: blocks separated by one blank line, LF only.
class Writer {
 public:
  // Each line is written without spaces or tabs at its end: an empty field ("**Problem:** ")
  // would otherwise leave them, and diffs show them as noise.
  void block(std::string_view text) {
    if (!out_.empty()) out_ += "\n";
    line(text);
  }
  void line(std::string_view text) {  // continues the current block
    for (std::string_view l : split_lines(text)) {
      while (!l.empty() && (l.back() == ' ' || l.back() == '\t')) l.remove_suffix(1);
      out_ += l;
      out_ += '\n';
    }
  }
  void heading(int level, std::string_view title) {
    block(std::string(static_cast<std::size_t>(level), '#') + " " + std::string(title));
  }
  void section(std::string_view title) {  // the workflow's "---" between sections
    block("---");
    heading(2, title);
  }
  // Markdown as the team wrote it; in a verbatim block when it would not read back as itself,
  // or when `verbatim` asks for one.
  void prose(std::string_view text, int lowest_free_level = kFreeInSection, bool verbatim = false) {
    if (text.empty()) return;
    if (!verbatim && prose_reads_back(text, lowest_free_level)) {
      block(text);
      return;
    }
    if (!out_.empty()) out_ += "\n";
    out_ += verbatim_block(text);
    out_ += '\n';
  }
  // Entries hold Markdown as written: each is its item's text, later lines indented under the
  // marker; in a verbatim block when it would not read back as itself.
  void bullet_list(const std::vector<std::string>& items) {
    if (items.empty()) return;
    if (!out_.empty()) out_ += "\n";
    for (const std::string& item : items) {
      if (entry_reads_back(item)) {
        line(entry_item(item));
      } else {
        out_ += entry_item(verbatim_block(item));  // as is: its spaces are the text's
        out_ += '\n';
      }
    }
  }
  void table(const std::vector<std::string>& header,
             const std::vector<std::vector<std::string>>& rows) {
    block(row(header));
    std::string rule = "|";
    for (std::size_t i = 0; i < header.size(); ++i) rule += "---|";
    line(rule);
    for (const auto& cells : rows) line(row(cells));
  }
  std::string take() { return std::move(out_); }

 private:
  static std::string row(const std::vector<std::string>& cells) {
    std::string text = "|";
    for (const auto& cell : cells) text += cell.empty() ? " |" : " " + cell + " |";
    return text;
  }
  std::string out_;
};

std::string json_scalar(const Json& value) { return json_text(value); }

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string text;
  for (const auto& item : items) {
    if (!text.empty()) text += separator;
    text += item;
  }
  return text;
}

std::string format_table_time(const std::optional<UtcSeconds>& at) {
  if (!at) return "";
  const auto seconds = at->time_since_epoch().count() % 60;
  return format_date_time(*at, seconds != 0);
}

// Whether the scale names the default levels. Why not operator==: a level's JSON-only `unknown`
// fields are not Markdown's to carry, so they must not decide what the front matter says.
bool is_default_scale(const std::vector<SeverityLevel>& scale) {
  const std::vector<SeverityLevel> defaults = default_severity_scale();
  return std::equal(scale.begin(), scale.end(), defaults.begin(), defaults.end(),
                    [](const SeverityLevel& a, const SeverityLevel& b) {
                      return a.name == b.name && a.description == b.description;
                    });
}

void write_front_matter(Writer& w, const PostMortem& p) {
  std::string fm = "---\n";
  fm += "id: " + json_scalar(p.id) + "\n";
  fm += "schema: " + std::to_string(kSchemaVersion) + "\n";
  fm += "created_at: " + json_scalar(format_iso8601(p.created_at)) + "\n";
  fm += "tags: " + json_text(Json(p.incident.tags)) + "\n";
  fm += "services: " + json_text(Json(p.incident.services)) + "\n";
  if (!is_default_scale(p.severity_scale)) {
    Json scale = Json::array();
    for (const auto& level : p.severity_scale)
      scale.push_back({{"name", level.name}, {"description", level.description}});
    fm += "severity_scale: " + json_text(scale) + "\n";
  }
  // Only when actions were removed from the top: what the importer derives needs no line.
  if (p.next_action_number > least_next_action_number(p))
    fm += "next_action_number: " + std::to_string(p.next_action_number) + "\n";
  if (auto kept = p.unknown.find(kFrontMatterKey); kept != p.unknown.end() && kept->is_object())
    for (const auto& [key, value] : kept->items()) fm += key + ": " + json_text(value) + "\n";
  fm += "---";
  w.block(fm);
}

std::string severity_line(const PostMortem& p) {
  for (const auto& level : p.severity_scale)
    if (level.name == p.incident.severity && !level.description.empty())
      return escape_inline(level.name) + " (" + escape_inline(level.description) + ")";
  return escape_inline(p.incident.severity);
}

std::string duration_line(const PostMortem& p) {
  if (!p.incident.stated_duration.empty()) return p.incident.stated_duration;
  if (auto d = incident_duration(p.timeline)) return format_duration(*d);
  return "";
}

void write_metadata(Writer& w, const PostMortem& p) {
  const Incident& in = p.incident;
  auto field = [&](std::string_view label, const std::string& escaped_value) {
    if (!escaped_value.empty()) w.block("**" + std::string(label) + ":** " + escaped_value);
  };
  auto people = [](const std::vector<std::string>& names) {
    std::vector<std::string> escaped;
    for (const auto& n : names) escaped.push_back(escape_inline(n));
    return join(escaped, ", ");
  };
  field(kLabelDate, escape_inline(in.date));
  field(kLabelDuration, escape_inline(duration_line(p)));
  field(kLabelSeverity, severity_line(p));
  field(kLabelStatus, std::string(label_of(in.status)));
  if (!impact_is_prose(in.impact)) field(kLabelImpact, escape_inline(in.impact));
  field(kLabelUsersAffected, escape_inline(in.users_affected));
  field(kLabelAuthor, escape_inline(in.author));
  field(kLabelReviewers, people(in.reviewers));
  field(kLabelFacilitator, escape_inline(in.facilitator));
  field(kLabelAttendees, people(in.attendees));
}

void write_timeline(Writer& w, const PostMortem& p) {
  w.section(kSectionTimeline);
  if (p.timeline.empty()) return;
  std::vector<std::vector<std::string>> rows;
  for (const auto& e : p.timeline)
    rows.push_back({format_table_time(e.at), std::string(label_of(e.kind)), escape_inline(e.text),
                    escape_inline(e.source)});
  w.table({"Time (UTC)", "Event", "Description", "Source"}, rows);
}

// The whys as a numbered list: GitHub renders consecutive "Why? →" lines as one run-on
// paragraph, a list keeps one answer per line; the importer reads both forms.
void write_five_whys(Writer& w, const FiveWhys& chain) {
  w.block("**" + std::string(kLabelProblem) + ":** " + escape_inline(chain.problem));
  for (std::size_t i = 0; i < chain.whys.size(); ++i) {
    const std::string item =
        std::to_string(i + 1) + ". " + std::string(kWhyPrefix) + escape_inline(chain.whys[i]);
    if (i == 0)
      w.block(item);
    else
      w.line(item);
  }
  if (!chain.conclusion.empty())
    w.block("**" + std::string(kLabelConclusion) + ":** " + escape_inline(chain.conclusion));
}

void write_analysis(Writer& w, const RootCauseAnalysis& a) {
  w.section(kSectionAnalysis);
  w.prose(a.summary, kFreeInSubsection);
  if (!a.five_whys.empty()) {
    w.heading(3, kSubsectionFiveWhys);
    for (const auto& chain : a.five_whys) write_five_whys(w, chain);
  }
  if (!a.root_causes.empty()) {
    w.heading(3, kSubsectionRootCauses);
    std::vector<std::vector<std::string>> rows;
    for (const auto& c : a.root_causes)
      rows.push_back({escape_inline(c.id), escape_inline(c.text), std::string(label_of(c.category)),
                      std::string(label_of(c.confidence))});
    w.table({std::string(kColumnId), "Root Cause", "Category", "Confidence"}, rows);
  }
  if (!a.follow_up_investigations.empty()) {
    w.heading(3, kSubsectionFollowUps);
    w.bullet_list(a.follow_up_investigations);
  }
}

// The merged actions in one cell, one per line. Why a line break inside an entry becomes a
// space: "<br>" is what separates the entries, and an entry records one action ("A3: ...").
std::string merged_cell(const std::vector<std::string>& merged) {
  std::vector<std::string> entries;
  for (std::string entry : merged) {
    std::replace(entry.begin(), entry.end(), '\n', ' ');
    entries.push_back(escape_inline(entry));
  }
  return join(entries, "<br>");
}

// Whether `text` holds a table outside any list or quote.
bool holds_table(std::string_view text) {
  const std::optional<MdBlock> tree = parse_markdown_tree(text);
  return tree && std::any_of(tree->children.begin(), tree->children.end(),
                             [](const MdBlock& b) { return b.kind == BlockKind::Table; });
}

// The notes come first and the table of actions last: the importer reads every table with an
// action's columns in a Hindsight file's section as actions and all else as the notes, so notes
// that hold a table of their own are written in a verbatim block.
// The Addresses, Triage and Merged columns appear only when some action uses them, so a team
// that does not link, triage or merge keeps the workflow's table.
void write_actions(Writer& w, const std::vector<ActionItem>& actions, const std::string& notes) {
  w.section(kSectionActions);
  w.prose(notes, kFreeInSection, holds_table(notes));
  if (actions.empty()) return;
  const auto any = [&](auto used) { return std::any_of(actions.begin(), actions.end(), used); };
  const bool addresses = any([](const ActionItem& a) { return !a.addresses.empty(); });
  const bool triage = any([](const ActionItem& a) { return a.triage != Triage::Unsorted; });
  const bool merged = any([](const ActionItem& a) { return !a.merged.empty(); });
  std::vector<std::vector<std::string>> rows;
  for (const auto& a : actions) {
    rows.push_back({escape_inline(a.id), priority_marker(a.priority), escape_inline(a.action),
                    std::string(label_of(a.category)), std::string(label_of(a.type)),
                    escape_inline(a.owner), escape_inline(a.due), escape_inline(a.effort),
                    std::string(label_of(a.status)), escape_inline(a.ticket)});
    if (addresses) rows.back().push_back(escape_inline(a.addresses));
    if (triage) rows.back().push_back(std::string(label_of(a.triage)));
    if (merged) rows.back().push_back(merged_cell(a.merged));
  }
  std::vector<std::string> header{"ID",    "Priority", "Action", "Category", "Type",
                                  "Owner", "Due Date", "Effort", "Status",   "Ticket"};
  if (addresses) header.emplace_back(kColumnAddresses);
  if (triage) header.emplace_back(kColumnTriage);
  if (merged) header.emplace_back(kColumnMerged);
  w.table(header, rows);
}

bool meeting_is_empty(const Meeting& m, const std::vector<Idea>& ideas) {
  return !m.held_at && m.agenda.empty() && m.opening_statement.empty() && m.key_questions.empty() &&
         m.confusion.empty() && m.parking_lot.empty() && m.current_item == -1 &&
         m.ground_rules_restated.empty() && ideas.empty();
}

// "12:05": minutes and seconds, as a meeting clock shows them.
std::string clock_text(int seconds) {
  const std::string s = std::to_string(seconds % 60);
  return std::to_string(seconds / 60) + ":" + (s.size() < 2 ? "0" + s : s);
}

// The timer columns appear only once a timer has run, so a planned agenda stays two columns.
void write_agenda(Writer& w, const Meeting& m) {
  if (m.agenda.empty() && m.current_item == -1) return;
  w.heading(3, kSubsectionAgenda);
  const bool timers = std::any_of(m.agenda.begin(), m.agenda.end(), [](const AgendaItem& item) {
    return item.used_seconds != 0 || item.running_since;
  });
  if (!m.agenda.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& item : m.agenda) {
      rows.push_back({escape_inline(item.phase), std::to_string(item.minutes) + " min"});
      if (timers)
        rows.back().insert(rows.back().end(),
                           {clock_text(item.used_seconds), format_table_time(item.running_since)});
    }
    std::vector<std::string> header{"Phase", "Time Box"};
    if (timers)
      header.insert(header.end(), {std::string(kColumnUsed), std::string(kColumnRunningSince)});
    w.table(header, rows);
  }
  if (m.current_item == -1) return;
  const auto count = static_cast<int>(m.agenda.size());
  w.block("**" + std::string(kLabelCurrentItem) + ":** " +
          (m.current_item >= count
               ? std::string(kCurrentItemFinished)
               : std::to_string(m.current_item + 1) + " of " + std::to_string(count)));
}

void write_brainstorm(Writer& w, const std::vector<Idea>& ideas) {
  if (ideas.empty()) return;
  w.heading(3, kSubsectionBrainstorm);
  std::vector<std::string> lines;
  for (const Idea& idea : ideas)
    lines.push_back("- **" + std::string(label_of(idea.category)) + ":** " +
                    escape_inline(idea.text));
  w.block(join(lines, "\n"));
}

void write_meeting(Writer& w, const Meeting& m, const std::vector<Idea>& ideas) {
  if (meeting_is_empty(m, ideas)) return;
  w.section(kSectionMeeting);
  if (m.held_at)
    w.block("**" + std::string(kLabelHeld) + ":** " + format_table_time(m.held_at) + " UTC");
  if (!m.ground_rules_restated.empty()) {
    std::vector<std::string> times;
    for (const UtcSeconds& at : m.ground_rules_restated)
      times.push_back(format_table_time(at) + " UTC");
    w.block("**" + std::string(kLabelGroundRules) + ":** " + join(times, ", "));
  }
  write_agenda(w, m);
  if (!m.opening_statement.empty()) {
    w.heading(3, kSubsectionOpening);
    w.prose(m.opening_statement, kFreeInSubsection);
  }
  if (!m.key_questions.empty()) {
    w.heading(3, kSubsectionKeyQuestions);
    for (const auto& q : m.key_questions) {
      // A question with no topic is the heading alone: "**:**" would read back as text.
      w.heading(4, q.topic.empty()
                       ? escape_inline(q.question)
                       : "**" + escape_inline(q.topic) + ":** " + escape_inline(q.question));
      w.prose(q.notes, kFreeInSubsection);
    }
  }
  if (!m.confusion.empty()) {
    w.heading(3, kSubsectionConfusion);
    w.bullet_list(m.confusion);
  }
  if (!m.parking_lot.empty()) {
    w.heading(3, kSubsectionParkingLot);
    w.bullet_list(m.parking_lot);
  }
  write_brainstorm(w, ideas);
}

}  // namespace

std::string export_markdown(const PostMortem& p) {
  Writer w;
  write_front_matter(w, p);
  w.heading(1, std::string(kTitlePrefix) + escape_inline(p.incident.title));
  write_metadata(w, p);
  w.section(kSectionSummary);
  w.prose(p.executive_summary);
  if (impact_is_prose(p.incident.impact)) {
    w.section(kSectionImpact);
    w.prose(p.incident.impact);
  }
  w.section(kSectionWhatHappened);
  w.prose(p.what_happened);
  write_timeline(w, p);
  write_analysis(w, p.analysis);
  w.section(kSectionWentWell);
  w.bullet_list(p.meeting.went_well);
  w.section(kSectionCouldImprove);
  w.bullet_list(p.meeting.could_improve);
  if (!p.meeting.got_lucky.empty()) {
    w.section(kSectionLucky);
    w.bullet_list(p.meeting.got_lucky);
  }
  write_actions(w, p.actions, p.actions_notes);
  // Lessons Learned is always written; after it come the extra sections, whatever their titles
  // say, and last the meeting notes. An extra section named like the meeting notes is followed
  // by them, even empty, so that it is never the last.
  w.section(kSectionLessons);
  w.prose(p.lessons_learned);
  for (const auto& extra : p.extra_sections) {
    w.section(escape_inline(extra.title));
    w.prose(extra.body);
  }
  const bool meeting_named_extra =
      !p.extra_sections.empty() &&
      section_role(p.extra_sections.back().title) == SectionRole::Meeting;
  if (meeting_named_extra && meeting_is_empty(p.meeting, p.ideas))
    w.section(kSectionMeeting);
  else
    write_meeting(w, p.meeting, p.ideas);
  return w.take();
}

std::string markdown_file_name(const PostMortem& p) {
  std::string day = p.incident.date;
  if (day.size() != 10) day = format_date(p.created_at);
  std::string slug = slugify(p.incident.title, 60);
  if (slug.empty()) slug = "postmortem";
  return day + "-" + slug + ".md";
}

}  // namespace hindsight::core
