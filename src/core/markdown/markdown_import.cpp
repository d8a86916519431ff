#include "core/markdown/markdown_import.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <set>
#include <span>
#include <utility>

#include "core/json/json_codec.hpp"
#include "core/json/root_cause_ids.hpp"
#include "core/markdown/front_matter.hpp"
#include "core/markdown/import_admonitions.hpp"
#include "core/markdown/import_context.hpp"
#include "core/markdown/import_filed_title.hpp"
#include "core/markdown/import_footnotes.hpp"
#include "core/markdown/import_html_lists.hpp"
#include "core/markdown/import_italic_titles.hpp"
#include "core/markdown/import_pipe_rows.hpp"
#include "core/markdown/import_plain_text.hpp"
#include "core/markdown/import_separators.hpp"
#include "core/markdown/import_status_page.hpp"
#include "core/markdown/import_tables.hpp"
#include "core/markdown/markdown_text.hpp"
#include "core/markdown/markdown_vocabulary.hpp"
#include "core/model/enum_names.hpp"
#include "core/model/seed_templates.hpp"
#include "core/model/time_format.hpp"
#include "core/model/utf8.hpp"
#include "core/timeline/timeline_metrics.hpp"

namespace hindsight::core {
namespace {

// LF line ends, no BOM, and U+FFFD for NUL as CommonMark reads it: the text kept as written
// (prose, list entries) then says what the parsed text says.
std::string normalise(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::string out;
  out.reserve(text.size());
  // The runs between CRs and NULs are copied whole; each is found by memchr, so a file with
  // neither (most) is one copy.
  const auto next_of = [&](char c, std::size_t from) {
    if (from >= text.size()) return text.size();
    const void* at = std::memchr(text.data() + from, c, text.size() - from);
    return at ? static_cast<std::size_t>(static_cast<const char*>(at) - text.data()) : text.size();
  };
  std::size_t next_cr = next_of('\r', 0), next_nul = next_of('\0', 0);
  std::size_t start = 0;
  for (std::size_t i = std::min(next_cr, next_nul); i < text.size();
       i = std::min(next_cr, next_nul)) {
    out.append(text.substr(start, i - start));
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += "\xEF\xBF\xBD";
    }
    start = i + 1;
    if (next_cr < start) next_cr = next_of('\r', start);
    if (next_nul < start) next_nul = next_of('\0', start);
  }
  out.append(text.substr(start));
  return out;
}

// A front-matter value as the text of a metadata line: a list becomes "a, b".
std::string metadata_text(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (!value.is_array()) return json_text(value);
  std::string text;
  for (const Json& item : value) {
    if (!text.empty()) text += ", ";
    text += item.is_string() ? item.get<std::string>() : json_text(item);
  }
  return text;
}

// "title", "date", "severity", "author" and the other metadata labels fill the incident; a value
// that cannot be read is kept with the unknown keys.
bool apply_front_matter_metadata(ImportContext& cx, const std::string& key, const Json& value,
                                 int line) {
  // "heading:" and "headline:" title a post where a site's theme names the field so.
  const std::string name = lowercase_ascii(key);
  if ((name == "title" ||
       ((name == "heading" || name == "headline") && cx.postmortem.incident.title.empty())) &&
      value.is_string()) {
    cx.postmortem.incident.title = value.get<std::string>();
    cx.locate("/incident/title", line);
    return true;
  }
  return meta_field(key) != MetaField::Unknown &&
         apply_metadata(cx, key, metadata_text(value), line);
}

// A non-empty list of {"name": "...", "description": "..."} with a name in each.
bool is_severity_scale(const Json& value) {
  if (!value.is_array() || value.empty()) return false;
  return std::all_of(value.begin(), value.end(), [](const Json& level) {
    if (!level.is_object()) return false;
    const auto name = level.find("name");
    const auto description = level.find("description");
    return name != level.end() && name->is_string() && !name->get<std::string>().empty() &&
           (description == level.end() || description->is_string());
  });
}

// The value of the first of `keys` that `item` holds as text, or nothing.
template <std::size_t N>
const Json* text_at(const Json& item, const std::string_view (&keys)[N]) {
  for (std::string_view key : keys)
    if (const auto at = item.find(std::string(key)); at != item.end() && at->is_string())
      return &*at;
  return nullptr;
}
constexpr std::string_view kUpdateTextKeys[] = {"content",     "message", "text",   "body",
                                                "description", "update",  "details"};
constexpr std::string_view kUpdateMomentKeys[] = {"date", "time",   "datetime",   "timestamp",
                                                  "at",   "posted", "created_at", "updated_at"};
constexpr std::string_view kUpdateStatusKeys[] = {"status", "state", "title", "type"};

// "incident_states:" over "- status: update" items with "content:" and "date:": a status page's
// updates kept in the front matter (a Jekyll theme's). Two or more of them name their day and time.
bool is_update_log(const Json& value) {
  if (!value.is_array() || value.size() < 2) return false;
  int timed = 0;
  for (const Json& item : value) {
    if (!item.is_object() || !text_at(item, kUpdateTextKeys)) return false;
    if (const Json* moment = text_at(item, kUpdateMomentKeys))
      if (const auto time = read_time(moment->get<std::string>()); time && time->date) ++timed;
  }
  return timed >= 2;
}

// Each update an entry: at its moment, else (the first, before any update) at the front matter's
// date, its status as the entry's label ("2021-03-23 14:00 Update: Our provider will reroute").
void read_update_log(ImportContext& cx, const Json& log, int line) {
  for (const Json& item : log) {
    const Json* moment = text_at(item, kUpdateMomentKeys);
    std::string at = moment ? moment->get<std::string>() : std::string();
    if (at.empty() && cx.postmortem.timeline.empty() && cx.front_matter_moment)
      at = *cx.front_matter_moment;
    std::string status;  // "investigating" -> "Investigating: "
    if (const Json* word = text_at(item, kUpdateStatusKeys);
        word && !word->get<std::string>().empty()) {
      status = word->get<std::string>() + ": ";
      status[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(status[0])));
    }
    const std::string text = one_line(text_at(item, kUpdateTextKeys)->get<std::string>());
    // An update with no moment is an entry with no time, its text kept.
    read_event_line(cx, (at.empty() ? "" : at + " ") + status + text, line);
  }
}

// "date:", or the day a blog dated its post ("pubDate: Jan 16, 2025", "published:",
// "publishedAt:", "posted_on:", "datetime: 2019-11-29T21:00", "created: 2024-03-02"), its words
// joined however the site's generator likes: the day the post's own words ("today", a day with no
// year) count from. "modified_at: 2023-10-20": the day a page was last edited, no day of the
// incident: it gives the year of a day the summary opens with, when none says when the page was
// posted. The first of each counts.
void note_the_posts_days(ImportContext& cx, std::string_view key, const std::string& value) {
  static constexpr std::string_view kDayKeys[] = {
      "date",        "pubdate",       "publishdate", "published", "publishedat",
      "publishedon", "datepublished", "posted",      "postedat",  "postedon",
      "datetime",    "created",       "createdon"};
  static constexpr std::string_view kEditedKeys[] = {"modified", "modifiedat", "lastmodified",
                                                     "updated",  "updatedat",  "lastupdated"};
  std::string name = lowercase_ascii(trim(key));
  std::erase_if(name, [](char c) { return c == '_' || c == '-'; });
  const auto named = [&](std::span<const std::string_view> keys) {
    return std::find(keys.begin(), keys.end(), name) != keys.end();
  };
  if (named(kEditedKeys) && !cx.edited_day)
    if (const auto day = read_date(value); day && day->year != 0) cx.edited_day = day;
  if (named(kDayKeys) && !cx.front_matter_day)
    if (const auto day = read_date(value); day && day->year != 0) {
      cx.front_matter_day = day;
      if (const auto time = read_time(value);
          name == "date" && time && time->date && time->length == value.size())
        cx.front_matter_moment = value;
    }
}

void apply_front_matter(ImportContext& cx, const FrontMatter& fm) {
  PostMortem& p = cx.postmortem;
  std::vector<std::size_t> update_logs;  // read once the front matter's date is known
  for (std::size_t i = 0; i < fm.entries.size(); ++i) {
    const std::string& key = fm.entries[i].first;  // not a structured binding: clang 14
    const Json& value = fm.entries[i].second;      // cannot capture those in a lambda
    const int line = fm.entry_lines[i];
    if (value.is_string()) note_the_posts_days(cx, key, value.get<std::string>());
    auto strings = [&](std::vector<std::string>& target) {
      target.clear();
      if (value.is_array()) {
        for (const Json& v : value)
          target.push_back(v.is_string() ? v.get<std::string>() : json_text(v));
      } else if (value.is_string() && !value.get<std::string>().empty()) {
        apply_metadata(cx, key, value.get<std::string>(), line);
      }
    };
    if (key == "id" && value.is_string()) {
      p.id = value.get<std::string>();
    } else if (key == "created_at" && value.is_string() &&
               parse_iso8601(value.get<std::string>())) {
      p.created_at = *parse_iso8601(value.get<std::string>());
    } else if (key == "schema") {
      cx.written_by_hindsight = true;
      if (!value.is_number_integer() || value.get<int>() > kSchemaVersion)
        cx.warn(line, "written by a newer Hindsight (schema " + json_text(value) +
                          "); read as schema " + std::to_string(kSchemaVersion));
    } else if (key == "tags") {
      strings(p.incident.tags);
    } else if (key == "services") {
      strings(p.incident.services);
    } else if (key == "next_action_number") {
      // Numbers below it were given to actions since removed: none is given again, not even to
      // an action of this document that has no id.
      const bool positive = value.is_number_unsigned()
                                ? value.get<std::uint64_t>() > 0
                                : value.is_number_integer() && value.get<std::int64_t>() > 0;
      if (positive)
        cx.highest_action_number =
            std::max(cx.highest_action_number, value.get<std::uint64_t>() - 1);
      else
        cx.warn(line,
                "next_action_number " + json_text(value) + " is not a number above 0; ignored");
    } else if (key == "severity_scale" && is_severity_scale(value)) {
      p.severity_scale.clear();
      for (const Json& level : value)
        p.severity_scale.push_back({level.value("name", ""), level.value("description", "")});
    } else if (is_update_log(value)) {
      update_logs.push_back(i);
    } else if (!apply_front_matter_metadata(cx, key, value, line)) {
      p.unknown[std::string(kFrontMatterKey)][key] = value;
    }
  }
  for (const std::size_t i : update_logs)
    read_update_log(cx, fm.entries[i].second, fm.entry_lines[i]);
}

// Without a creation time in the front matter (a document written by hand), a post-mortem dates
// from its incident rather than from 1970: the incident's day, else a day its title names ("March
// 26th, 2019 Boskos Outage"), else the day of its earliest timed event, else a day its summary
// names ("On 18th April 2021, a researcher..."), at 00:00 UTC. With none it keeps the model's
// default.
void settle_created_at(PostMortem& p, const FrontMatter& fm) {
  for (std::size_t i = 0; i < fm.entries.size(); ++i)
    if (fm.entries[i].first == "created_at" && fm.entries[i].second.is_string() &&
        parse_iso8601(fm.entries[i].second.get<std::string>()))
      return;
  std::optional<UtcSeconds> day;
  if (!p.incident.date.empty()) day = parse_iso8601(p.incident.date + "T00:00:00Z");
  if (const auto title_day = find_date(p.incident.title); !day && title_day)
    day = parse_iso8601(iso_date(*title_day) + "T00:00:00Z");
  if (!day)
    for (const TimelineEvent& event : p.timeline)
      if (event.at && (!day || *event.at < *day)) day = event.at;
  if (const auto summary_day = find_date(p.executive_summary); !day && summary_day)
    day = parse_iso8601(iso_date(*summary_day) + "T00:00:00Z");
  if (day) p.created_at = std::chrono::floor<std::chrono::days>(*day);
}

// "Post-Mortem: X", "Postmortem - X", "Post Mortem — X" -> "X".
std::string strip_title_prefix(std::string title) {
  for (std::string_view prefix : {"post-mortem", "postmortem", "post mortem"}) {
    if (!starts_with_ci(title, prefix)) continue;
    // Blanks before the separator go; those at the title's end are the title's own.
    std::string_view after = std::string_view(title).substr(prefix.size());
    while (!after.empty() && (after.front() == ' ' || after.front() == '\t'))
      after.remove_prefix(1);
    for (std::string_view sep : {":", "-", "\xE2\x80\x94", "\xE2\x80\x93"}) {
      if (after.substr(0, sep.size()) == sep) {
        std::string_view value = after.substr(sep.size());
        if (!value.empty() && value[0] == ' ') value.remove_prefix(1);
        return std::string(value);
      }
    }
    if (trim(after).empty()) return "";
  }
  return title;
}

// "Root Cause Analysis: K3s VM IP Allocation Incident": the kind of document, then after a colon
// what it is about, is a title, whatever part of a post-mortem the kind names.
// Only the names of whole documents count: "# Timeline: all times in UTC" is a section.
bool names_its_subject(std::string_view heading) {
  heading = trim(heading);
  // ":rotating_light: Root Cause Analysis: Checkout outage": an emoji's name comes first.
  if (heading.starts_with(":"))
    if (const std::size_t end = heading.find(':', 1);
        end != std::string_view::npos &&
        heading.substr(1, end - 1).find(' ') == std::string_view::npos)
      heading = trim(heading.substr(end + 1));
  const std::size_t colon = heading.find(':');
  if (colon == std::string_view::npos) return false;
  const std::string kind = lowercase_ascii(trim(heading.substr(0, colon)));
  const std::string_view subject = trim(heading.substr(colon + 1));
  return (kind == "root cause analysis" || kind == "rca" || kind == "incident report" ||
          kind == "incident review" || kind == "post incident review" ||
          kind == "post-incident review") &&
         subject.find(' ') != std::string_view::npos;
}

struct Outline {
  std::size_t title = std::string::npos;  // index of the title heading
  int section_level = 2;
  std::vector<std::size_t> sections;  // indices of section headings, in order
  // Subheadings taken as actions by their words ("### Root Cause Remediations" under the
  // analysis), or by the actions section they are under.
  std::set<std::size_t> actions_by_words;
  // Subheadings that name no part, taken as sections because a sibling before them was
  // ("### Diagnosis" after a promoted "### Timeline" under "## Technical Details"): the part of
  // the section they are under, as they would be with no sibling promoted.
  std::map<std::size_t, SectionRole> parts_of_their_section;
  // The headings over the title in a file of post-mortems that holds one ("# Postmortems", "##
  // 22/Mar/2022"): where it is filed, the first its collection's name, the others its days.
  std::vector<std::size_t> filed_in;
};

// The parts of a post-mortem told in prose chapter after chapter, whose subheadings that name no
// part of their own are more of them: the story and the analysis.
bool tells_in_chapters(SectionRole role) {
  return role == SectionRole::WhatHappened || role == SectionRole::Analysis;
}

// Whether the blocks under a heading, up to the next one at its level or above, hold a list or a
// table, or a paragraph that states the team's work ("We will link the status page ...").
bool groups_work(const Blocks& blocks, std::size_t heading) {
  for (std::size_t i = heading + 1; i < blocks.size(); ++i) {
    const MdBlock& b = blocks[i];
    if (b.kind == BlockKind::Heading && b.level <= blocks[heading].level) break;
    if (b.kind == BlockKind::List || b.kind == BlockKind::Table ||
        (b.kind == BlockKind::Paragraph && states_the_teams_work(plain_text(b.text))))
      return true;
  }
  return false;
}

// The level sections are written at: 2 when any "##" heading exists, else 1 when a "#" heading
// other than the title does, else the highest level used ("### Summary" under "# Title").
// Headings before `first` are no part of the document's outline (those over a filed title).
int section_level_of(const Blocks& blocks, std::size_t title, std::size_t first) {
  int highest = 7;
  bool any_h2 = false, other_h1 = false;
  std::size_t h2_count = 0, parts_under_h2 = 0, h1_parts = 0, h2_parts = 0;
  bool h2_names_a_part = false;
  bool h2_before_other_h1 = false;  // a "##" heading comes under the title before any other "#"
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const MdBlock& b = blocks[i];
    if (b.kind != BlockKind::Heading || i == title || i < first) continue;
    h2_before_other_h1 = h2_before_other_h1 || (b.level == 2 && !other_h1);
    any_h2 = any_h2 || b.level == 2;
    other_h1 = other_h1 || b.level == 1;
    highest = std::min(highest, b.level);
    const SectionRole role = handwritten_section_role(plain_text(b.text));
    if (b.level == 2) {
      ++h2_count;
      h2_names_a_part = h2_names_a_part || role != SectionRole::Unknown;
      // A part a "##" heading names by its name that would not stand as a section of its own
      // under a "#" one ("## Impact" under "# Summary").
      if (const SectionRole named = section_role(plain_text(b.text));
          named != SectionRole::Unknown && named != SectionRole::Timeline &&
          named != SectionRole::Actions && named != SectionRole::WentWell &&
          named != SectionRole::CouldImprove && named != SectionRole::Lucky)
        ++h2_parts;
    }
    if (b.level == 1 && role != SectionRole::Unknown) ++h1_parts;
    if (b.level == 3 && h2_count == 1 && role != SectionRole::Unknown) ++parts_under_h2;
  }
  // "# Incident Report Number: 2015-004" over "## Mail Delivery Delays" over "### What
  // happened?", "### What was the timeline of the incident?": one heading at the second level
  // that names no part, the incident's name, over the parts at the third.
  if (title != std::string::npos && !other_h1 && h2_count == 1 && !h2_names_a_part &&
      parts_under_h2 >= 2)
    return 3;
  // "# Background", "# Recovery" with "## Timeline (UTC)" under it, "# Lessons learned" over
  // "## No tests for deletion": the parts at the first level, when no "##" heading under them is
  // named as a part a "#" one would hold ("## What happened?" under "# Root Cause Analysis").
  if (h1_parts >= 2 && h2_parts == 0 && !h2_before_other_h1) return 1;
  if (any_h2) return 2;
  if (other_h1) return 1;
  return highest == 7 ? 2 : highest;
}

// "### Things that went well" under "# Root Cause", "### Timeline" under "# Context": a heading
// below the section level that names a part of the post-mortem its section does not hold starts a
// section of its own. Lessons and meeting notes hold what went well; sections hold their own kind.
bool starts_a_section_of_its_own(SectionRole role, SectionRole section) {
  switch (role) {
    case SectionRole::WentWell:
    case SectionRole::CouldImprove:
    case SectionRole::Lucky:
      return section != SectionRole::Lessons && section != SectionRole::Meeting &&
             section != SectionRole::WentWell && section != SectionRole::CouldImprove &&
             section != SectionRole::Lucky;
    case SectionRole::Actions:  // "### Follow-up" in a timeline is a phase of the incident
      return section != role && section != SectionRole::Meeting && section != SectionRole::Timeline;
    case SectionRole::Timeline:
      return section != role && section != SectionRole::Meeting;
    default:
      return false;
  }
}

// The part a heading below the section level names, inside a section of role `section`: by its
// name ("### Timeline"; under a section that names no part, by its words too), or, for a list
// under a title that names work by when it is due ("### Short-term") or, under the analysis,
// whose last words name work to be done ("### Root Cause Remediations" under "## Root Cause
// Analysis"), actions.
SectionRole subheading_role(const Blocks& blocks, std::size_t heading, SectionRole section) {
  const std::string title = plain_text(blocks[heading].text);
  if (section == SectionRole::Lessons && names_improvements_alone(title))
    return SectionRole::CouldImprove;
  SectionRole role = section_role(title);
  // "### What has been done", "### What we've fixed": the work since, told as done.
  // Not under the story: "### What we changed" under "## Background" is the change that set it off.
  if (role == SectionRole::Unknown && names_work_done(title) &&
      section != SectionRole::WhatHappened && section != SectionRole::Timeline &&
      section != SectionRole::Summary)
    role = SectionRole::Actions;
  // "### Remediation Steps (recommended)" under "## INCIDENT: Exposed token", a section that
  // names no part: a title read as a section's would be, by its words.
  if (role == SectionRole::Unknown && section == SectionRole::Unknown)
    role = handwritten_section_role(title);
  // "## What will we change to ensure this doesn't happen again?" under "# Root Cause Analysis":
  // the work ahead, asked as a question after the causes.
  if (role == SectionRole::Unknown &&
      (section == SectionRole::Analysis || section == SectionRole::RootCauses) &&
      handwritten_section_role(title) == SectionRole::Actions)
    role = SectionRole::Actions;
  // "### Improving the cache hit rate" under "## Background": the story's account.
  if (role == SectionRole::Actions && section != SectionRole::Unknown &&
      names_work_by_its_gerund(title))
    role = SectionRole::Unknown;
  // "### Short-term (Recommended)" over a list, under "## Resolution": the work ahead (under the
  // impact, its course).
  const bool by_horizon = role == SectionRole::Unknown && section != SectionRole::Impact &&
                          section != SectionRole::Timeline && names_work_by_its_horizon(title);
  if (!by_horizon && ((section != SectionRole::Analysis && section != SectionRole::RootCauses) ||
                      !ends_naming_actions(title)))
    return role;
  for (std::size_t i = heading + 1; i < blocks.size() && blocks[i].kind != BlockKind::Heading;
       ++i) {
    // "### Short-term fixes" over "- Rolled back the index build", or over a table whose first
    // row does: what was done then. "### Medium-Term Improvements" over a table of them, with
    // their priority and effort, or a list: the work ahead.
    const MdBlock& b = blocks[i];
    if (b.kind != BlockKind::List && b.kind != BlockKind::Table) continue;
    const MdBlock* first = nullptr;
    if (b.kind == BlockKind::List && !b.children.empty()) first = &b.children[0];
    for (const MdBlock& row : b.children)
      if (b.kind == BlockKind::Table && !row.header && !row.children.empty() && !first)
        first = &row.children[0];
    if (by_horizon && first) {
      const std::string text = lowercase_ascii(plain_text(block_text(*first)));
      const std::string verb = text.substr(0, text.find(' '));
      if (verb.size() > 4 && verb.ends_with("ed")) return role;
    }
    return SectionRole::Actions;
  }
  return role;
}

// True when a line of the blocks [begin, end) up to the next heading of `level` or above, or a
// row of a table there, carries a clock time (in a code block too, unless `read_code` is false).
bool holds_times(const Blocks& blocks, std::size_t begin, int level, bool read_code = true) {
  const auto timed = [read_code](const MdBlock& b, const auto& self) -> bool {
    if (!read_code && b.kind == BlockKind::Code) return false;
    // "At 02:00, a nightly job had rotated the password" explains; it is no entry of a timeline.
    for (const std::string_view line : split_lines(b.text))
      if (const auto time = read_time(trim(plain_text(line))); time && !time->told) return true;
    return std::any_of(b.children.begin(), b.children.end(),
                       [&](const MdBlock& c) { return self(c, self); });
  };
  for (std::size_t i = begin; i < blocks.size(); ++i) {
    if (blocks[i].kind == BlockKind::Heading && blocks[i].level <= level) break;
    if (timed(blocks[i], timed)) return true;
  }
  return false;
}

// "### Causes" after the rows of a "## Timeline" table: a subsection of the timeline that names
// another part of the post-mortem, with no clock time in it or in the timeline after it, is that
// part, not a phase of the incident ("### Resolution" over "- 14:02 rolled back"; "### Actions
// Taken" between "### Detection" and "### Escalation", both timed). So is an afterword
// ("### Postscript", "### References") with no clock time in it or after it but in code.
bool leaves_the_timeline(const Blocks& blocks, std::size_t heading, SectionRole section,
                         int section_level) {
  if (section != SectionRole::Timeline) return false;
  const std::string title = plain_text(blocks[heading].text);
  // "### Appendix: alert log": the times of a log pasted in it tell no phase.
  if (names_an_afterword(title)) return !holds_times(blocks, heading + 1, section_level, false);
  const SectionRole role = handwritten_section_role(title);
  // A log pasted in an appendix further down tells no phase either.
  return role != SectionRole::Unknown && role != SectionRole::Timeline &&
         !holds_times(blocks, heading + 1, blocks[heading].level) &&
         !holds_times(blocks, heading + 1, section_level, false);
}

// `s` by value: a paragraph that leads into root causes ends its prose part early.
// The day a section's title opens with, before the title's words: "2025 December 4th: Brief DB
// outage", "October 21, 2025 - Redis overload".
std::optional<LooseDate> day_titling_section(std::string_view title) {
  const std::string plain(trim(title));
  const auto day = read_date(plain);
  if (!day || day->year == 0) return std::nullopt;
  const std::string_view rest = trim(std::string_view(plain).substr(day->length));
  for (std::string_view separator : {":", "-", "\xE2\x80\x93", "\xE2\x80\x94"})
    if (rest.starts_with(separator) && !trim(rest.substr(separator.size())).empty() &&
        !read_time(trim(rest.substr(separator.size()))))
      return day;
  return std::nullopt;
}

// "### April 25th, 2018" over "(8:15 UTC) Service restored" in a log of incidents under "## Past
// incidents": a heading that is only a day, or a day and the incident's name ("### 10-Apr-2023:
// Bigdata down"), over entries with clock times, is a part of the timeline in a section of no
// known part.
bool opens_a_dated_part(const Blocks& blocks, std::size_t heading, SectionRole section) {
  if (section != SectionRole::Unknown) return false;  // "### 2024-03-05" under "## Impact" stays
  const std::string plain = plain_text(blocks[heading].text);
  const auto day = read_date(plain);
  const bool only_a_day =
      day && day->year != 0 && trim(std::string_view(plain).substr(day->length)).empty();
  return (only_a_day || day_titling_section(plain)) &&
         holds_times(blocks, heading + 1, blocks[heading].level);
}

// "Checkout outage on May 2, 2024" repeats the front matter's "Checkout outage": one holds the
// other, whatever the case.
bool same_title(std::string_view heading, std::string_view front_matter_title) {
  const std::string a = lowercase_ascii(trim(strip_title_prefix(std::string(heading))));
  const std::string b = lowercase_ascii(trim(front_matter_title));
  return !a.empty() && !b.empty() &&
         (a.find(b) != std::string::npos || b.find(a) != std::string::npos);
}

// `front_matter_title`: the title the front matter named, if any, so no heading needs to be taken
// for it. A blog post (Hugo, Jekyll) titles itself there and writes its sections as "#"
// headings: when there are several, or "###" headings but no "##" under one, only a "#" heading
// repeating that title is the title heading.
// `hand_written`: not exported by Hindsight, whose sections are all at the section level.
Outline outline_of(const Blocks& blocks, std::string_view front_matter_title, bool hand_written) {
  Outline o;
  const bool titled_elsewhere = !front_matter_title.empty();
  const auto h1_count = std::count_if(blocks.begin(), blocks.end(), [](const MdBlock& b) {
    return b.kind == BlockKind::Heading && b.level == 1;
  });
  int below_h1 = 7;  // the highest level of the other headings
  for (const MdBlock& b : blocks)
    if (b.kind == BlockKind::Heading && b.level > 1) below_h1 = std::min(below_h1, b.level);
  const bool h1_are_sections = titled_elsewhere && (h1_count > 1 || (below_h1 > 2 && below_h1 < 7));
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const MdBlock& b = blocks[i];
    if (o.title != std::string::npos || b.kind != BlockKind::Heading || b.level != 1) continue;
    const std::string text = plain_text(b.text);
    if (section_role(text) != SectionRole::Unknown && !names_its_subject(text)) continue;
    if (h1_are_sections && !same_title(text, front_matter_title)) continue;
    o.title = i;
  }
  if (hand_written && o.title != std::string::npos)
    if (auto filed = filed_title(blocks, o.title)) {
      o.title = filed->title;
      o.filed_in = std::move(filed->filed_in);
    }
  o.section_level = section_level_of(blocks, o.title, o.filed_in.empty() ? 0 : o.title);
  const bool has_h1 = std::any_of(blocks.begin(), blocks.end(), [](const MdBlock& b) {
    return b.kind == BlockKind::Heading && b.level == 1;
  });
  SectionRole section = SectionRole::Unknown;  // the role of the section the heading is in
  // Its title is a moment ("## 2018-09-23 02:20 UTC"): the section is that moment's account.
  bool section_is_a_moment = false;
  int promoted_level = 0;  // the level of the last heading taken as a section of its own, if any
  int actions_above = 0;   // the level of an actions heading above the section level, if any
  // Under "## Post Mortem" after a status page's updates, "#### Summary of Incident" and
  // "#### Action Items": the report's parts, each a section.
  bool in_the_report = false;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const MdBlock& b = blocks[i];
    if (b.kind != BlockKind::Heading || i == o.title || (!o.filed_in.empty() && i < o.title))
      continue;
    if (b.level > o.section_level) {
      // A heading level with the promoted one ends it: "### Contributing factors" after a
      // promoted "### Timeline" is a section too (known, or kept as an extra one). Before the
      // first section, a heading naming a part opens one: "### Summary:" under the title, with
      // "## Lessons Learned" further down.
      const bool opens_the_parts =
          o.sections.empty() && section_role(plain_text(b.text)) != SectionRole::Unknown;
      const SectionRole role = subheading_role(blocks, i, section);
      if (hand_written && (opens_the_parts || !o.sections.empty()) &&
          (opens_the_parts || (promoted_level != 0 && b.level <= promoted_level) ||
           (in_the_report &&
            (handwritten_section_role(plain_text(b.text)) != SectionRole::Unknown ||
             meta_field(plain_text(b.text)) != MetaField::Unknown)) ||
           starts_a_section_of_its_own(role, section) ||
           leaves_the_timeline(blocks, i, section, o.section_level) ||
           (section_is_a_moment && names_an_afterword(plain_text(b.text)) &&
            !holds_times(blocks, i + 1, o.section_level, false)) ||
           opens_a_dated_part(blocks, i, section))) {
        if (role == SectionRole::Actions && section_role(plain_text(b.text)) != role)
          o.actions_by_words.insert(i);
        // "### Changes that need to be made" over a list after "### Problems during recovery"
        // under "## Corrective Measures": a group of the actions again, not a part of its own.
        // ("### Customer communication" over a paragraph of what was done tells of the incident.)
        if (role == SectionRole::Unknown && section == SectionRole::Actions &&
            promoted_level != 0 && b.level <= promoted_level && groups_work(blocks, i))
          o.actions_by_words.insert(i);
        else if (role == SectionRole::Unknown && tells_in_chapters(section) &&
                 promoted_level != 0 && b.level <= promoted_level &&
                 !names_an_aside(plain_text(b.text)) && !read_time(plain_text(b.text)) &&
                 meta_field(plain_text(b.text)) == MetaField::Unknown)
          o.parts_of_their_section[i] = section;
        o.sections.push_back(i);
        promoted_level = promoted_level == 0 ? b.level : std::min(promoted_level, b.level);
      }
      continue;
    }
    // "## 23:27 ##" among "### 23:21 ###" entries: an entry written one level too high.
    if (hand_written && section == SectionRole::Timeline && heading_time(b.text)) continue;
    // "# Future works" over "## Removal of the flag" and "## Better monitoring": under an actions
    // heading above the section level, the headings at the section level that name a piece of
    // work are its actions, up to the first that does not ("## References" is a section).
    if (hand_written && actions_above != 0 && b.level == o.section_level &&
        section_role(plain_text(b.text)) == SectionRole::Unknown &&
        names_work_detailed_below(blocks, i, blocks.size()))
      continue;
    actions_above =
        b.level < o.section_level && section_role(plain_text(b.text)) == SectionRole::Actions
            ? b.level
            : 0;
    promoted_level = 0;
    section = section_role(plain_text(b.text));
    section_is_a_moment = heading_time(b.text).has_value();
    in_the_report = hand_written && holds_the_report(plain_text(b.text));
    // "## **October 13th Proton Outage Post Mortem**" under front matter titled so: the title
    // written again, over the text it leads.
    if (hand_written && titled_elsewhere && o.title == std::string::npos && o.sections.empty() &&
        lowercase_ascii(trim(plain_text(b.text))) == lowercase_ascii(trim(front_matter_title))) {
      o.title = i;
      continue;
    }
    // With no "# Title", a first heading that names no known section is the title.
    // ("##### Updates:" over a post's updates is a part, under the front matter's title).
    if (!has_h1 && !titled_elsewhere && o.title == std::string::npos && o.sections.empty() &&
        section_role(plain_text(b.text)) == SectionRole::Unknown &&
        !names_only_updates(plain_text(b.text))) {
      o.title = i;
      continue;
    }
    o.sections.push_back(i);
  }
  return o;
}

// The source line of every top-level heading (0 for other blocks), in one pass. md4c reports no
// position for a heading without text: such a heading is the first "#" line after what came
// before it, so each heading of a run of empty ones ("##" lines) takes its own line, and the
// lines searched for one are never searched again.
std::vector<int> heading_lines(const ImportContext& cx, const Blocks& blocks) {
  std::vector<int> lines(blocks.size(), 0);
  int next_free = 1;  // the first line after the blocks placed so far
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const bool heading = blocks[i].kind == BlockKind::Heading;
    if (int first = cx.first_line(blocks[i]); first > 0) {
      if (heading) lines[i] = first;
      next_free = std::max(next_free, cx.last_line(blocks[i]) + 1);
      continue;
    }
    if (!heading) continue;
    int line = next_free;
    while (line <= cx.line_count() && trim(cx.line_text(line)).substr(0, 1) != "#") ++line;
    lines[i] = line <= cx.line_count() ? line : next_free;
    next_free = lines[i] + 1;
  }
  return lines;
}

int heading_end_line(const ImportContext& cx, const Blocks& blocks, const std::vector<int>& lines,
                     std::size_t index) {
  const int last = cx.last_line(blocks[index]);
  return last > 0 ? last : lines[index];
}

// Metadata as a two-column table ("| **Severity** | SEV-2 |"), its header row included when it
// holds a pair. Rows that name no field are kept in the notes. False when the table is no such
// table or names no field at all (it is then kept whole).
bool read_metadata_table(ImportContext& cx, const MdBlock& table) {
  if (table.children.empty() || table.children.front().children.size() != 2) return false;
  std::vector<int> kept;
  bool any = false;
  for (const MdBlock& row : table.children) {
    if (row.children.size() < 2) continue;
    const std::string label = plain_text(trim(row.children[0].text));
    const std::string value = plain_text(trim(row.children[1].text));
    const int line = cx.first_line(row);
    if (label.empty() && value.empty()) continue;
    std::string_view name = trim(label);
    if (!name.empty() && name.back() == ':') name.remove_suffix(1);
    if (apply_metadata(cx, name, value, line))
      any = true;
    else
      kept.push_back(line);
  }
  if (!any) return false;
  // Under their header row, when it names no field, the rows left stay a table.
  const int header = cx.first_line(table.children.front());
  if (!kept.empty() && kept.front() == header) {
    kept.insert(kept.begin() + 1, header + 1);  // the delimiter row, "| --- | --- |"
    cx.keep_unplaced_rows(kept);
    return true;
  }
  for (int line : kept) cx.keep_unplaced(line, line);
  return true;
}

// The one block of blocks [begin, end) (rules aside) when it is of `kind`; null otherwise.
const MdBlock* only_block(const Blocks& blocks, std::size_t begin, std::size_t end,
                          BlockKind kind) {
  const MdBlock* only = nullptr;
  for (std::size_t i = begin; i < end; ++i) {
    if (blocks[i].kind == BlockKind::Rule) continue;
    if (blocks[i].kind != kind || only != nullptr) return nullptr;
    only = &blocks[i];
  }
  return only;
}

// "## Incident metadata" over "| Date | 2026-07-25 |", "| Severity | SEV-3 |", ...: a section
// titled as the incident's facts that holds only a two-column table, at least half of whose rows
// name a field of the incident, is the incident's metadata.
bool read_metadata_table_section(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                                 std::size_t end) {
  const MdBlock* table = only_block(blocks, begin, end, BlockKind::Table);
  if (table == nullptr || table->children.empty() || table->children.front().children.size() != 2)
    return false;
  std::size_t rows = 0, named = 0;
  for (const MdBlock& row : table->children) {
    if (row.children.size() < 2) continue;
    ++rows;
    std::string label = plain_text(trim(row.children[0].text));
    if (!label.empty() && label.back() == ':') label.pop_back();
    if (meta_field(label) != MetaField::Unknown) ++named;
  }
  return named >= 2 && named * 2 >= rows && read_metadata_table(cx, *table);
}

// "## 2. Incident Details" over "- **Services Affected**: Celestia Mainnet Validator",
// "- **Users Impacted**: Internal users" and "- **Incident Severity**: Critical": a section titled
// as the incident's facts that holds only a list of one-line labelled items, two or more and at
// least half of them naming a field of the incident, is the incident's metadata. An item naming
// no field, or one whose value cannot be read, is kept as written.
bool read_metadata_list_section(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                                std::size_t end) {
  const MdBlock* list = only_block(blocks, begin, end, BlockKind::List);
  if (list == nullptr) return false;
  std::size_t named = 0;
  for (const MdBlock& item : list->children) {
    if (!item.children.empty() || item.text.find('\n') != std::string::npos) return false;
    const LabelledLine l = split_label(item.text);
    if (l.label.empty()) return false;
    if (meta_field(l.label) != MetaField::Unknown) ++named;
  }
  if (named < 2 || named * 2 < list->children.size()) return false;
  for (const MdBlock& item : list->children) {
    const LabelledLine l = split_label(item.text);
    const int line = cx.first_line(item);
    if (!apply_metadata(cx, l.label, l.value, line)) cx.keep_unplaced(line, line);
  }
  return true;
}

// "## Outages" over "### 16.Nov.2020 14:42 MEZ - 16:14 MEZ", "### 06.Nov.2020 15:33 UTC" and
// "### From 23.Jan.2020 to 10.Feb.2020", or "### Update Friday 19th June 2020 13:00": headings
// most of which open with a day and a time or end with them, two or more, make a log of entries
// (a status history), each heading an entry the blocks under it describe.
bool headings_are_dated_moments(const Blocks& blocks, std::size_t begin, std::size_t end) {
  std::size_t headings = 0, timed = 0;
  for (std::size_t i = begin; i < end; ++i) {
    if (blocks[i].kind != BlockKind::Heading) continue;
    ++headings;
    const std::string title = plain_text(trim(blocks[i].text));
    if (const auto time = read_time(title);
        (time && !time->told && time->date && time->date->year != 0) || titled_moment(title))
      ++timed;
  }
  return timed >= 2 && timed * 2 >= headings;
}

// "**Timeline (UTC):**" or "Key events:" alone on a line: a paragraph that names the timeline.
bool names_the_timeline(const MdBlock& b) {
  if (b.kind != BlockKind::Paragraph || split_lines(b.text).size() != 1) return false;
  std::string title = plain_text(trim(b.text));
  while (!title.empty() && (title.back() == ':' || title.back() == ' ')) title.pop_back();
  return !title.empty() && section_role(title) == SectionRole::Timeline;
}

// An entry with no time that notes something of the timeline ("(all times in PDT)", "Here is the
// timeline of what happened:"), found at `line`.
void add_timeline_note(ImportContext& cx, std::string text, int line) {
  const std::string path = field_path("/timeline", cx.postmortem.timeline.size());
  cx.locate(path, line);
  cx.locate(path + "/text", line);
  TimelineEvent note;
  note.text = std::move(text);
  cx.postmortem.timeline.push_back(std::move(note));
}

// "Here is the timeline of what happened, all times in Pacific Time:": a sentence that
// introduces the timeline listed under it.
bool introduces_the_timeline(const MdBlock& b) {
  if (b.kind != BlockKind::Paragraph || split_lines(b.text).size() != 1) return false;
  std::string text = lowercase_ascii(plain_text(trim(b.text)));
  // "下面是当日时间线：" (below is the day's timeline): a fullwidth colon, and the timeline named
  // in its last sentence with no spaces around the word.
  static constexpr std::string_view kFullwidthColon = "\xEF\xBC\x9A";
  if (text.ends_with(kFullwidthColon)) {
    text.resize(text.size() - kFullwidthColon.size());
    const std::size_t stop = text.rfind("\xE3\x80\x82");  // U+3002, the ideographic full stop
    return section_role(stop == std::string::npos ? text : text.substr(stop + 3)) ==
           SectionRole::Timeline;
  }
  return text.ends_with(":") && (" " + text).find(" timeline") != std::string::npos;
}

// A list whose entries name clock times ("On Sep 29 at 14:00, ..."), not a schedule of weeks, or
// a fenced block of timed lines.
bool lists_times(const ImportContext& cx, const MdBlock& list) {
  // A fenced log beside a timeline section ("The load balancer log shows the timeline of a
  // failing request:") is evidence, not the timeline.
  if (!cx.has_timeline_section && code_lists_times(cx, list)) return true;
  return list.kind == BlockKind::List &&
         std::count_if(list.children.begin(), list.children.end(), [](const MdBlock& item) {
           return read_time(trim(plain_text(item_head(item)))).has_value();
         }) >= 2;
}

// In a section of no known part ("## Technical details") or of what happened, a list under a
// sentence that introduces it as the timeline is the timeline, the sentence its opening note; the
// rest of the section is kept
// aside (ImportContext::keep_unplaced) for the caller to place.
bool read_introduced_timeline(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                              std::size_t end) {
  bool any = false;
  for (std::size_t i = begin; i + 1 < end; ++i)
    if (introduces_the_timeline(blocks[i]) && lists_times(cx, blocks[i + 1])) any = true;
  if (!any) return false;
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    if (i + 1 < end && introduces_the_timeline(b) && lists_times(cx, blocks[i + 1])) {
      if (!cx.stated_zone)
        if (auto zone = find_stated_zone(plain_text(b.text))) cx.stated_zone = zone;
      // "2025 年 3 月 15 日上午，... 下面是当日时间线：" (on March 15, ...; below is the day's
      // timeline): the day it names is the day of the times listed under it.
      // A date the incident states ("**Date:** 2024-03-05") wins over one the sentence names
      // ("The following timeline was compiled on 2024-03-07").
      if (const auto day = find_date(plain_text(b.text));
          day && day->year != 0 && cx.postmortem.incident.date.empty())
        cx.current_day = day;
      // "Timeline:" alone is the list's title; a sentence more ("Here is the timeline of what
      // happened, all times in Pacific Time:") is a note that opens it, no entry of its own
      // though it may name a time ("starting at 10.42am"). Sentences of the story before it on
      // its line keep it in the story.
      if (names_the_timeline(b) || sentences_of(plain_text(b.text)).size() != 1) {
        cx.keep_unplaced(cx.first_line(b), cx.last_line(b));
      } else {
        const int line = cx.first_line(b);
        add_timeline_note(cx, cx.raw_lines(line, cx.last_line(b)), line);
      }
      read_timeline(cx, blocks, i + 1, i + 2);
      ++i;
      continue;
    }
    if (b.kind != BlockKind::Rule) cx.keep_unplaced(cx.first_line(b), cx.last_line(b));
  }
  return true;
}

// Timed paragraphs in a row that make a timeline, written as a list with no marks: three, as
// one or two may be a lead's sentences that open with a time.
constexpr std::size_t kFewestTimedParagraphs = 3;

// A timeline written in the text before the first section, in a document with few headings:
// a paragraph naming it over its list, table or fenced lines, a list of timed entries, or a list
// item naming it ("- **Timeline**:") over them. Returns how many blocks it took: none when [i]
// starts none.
std::size_t read_preamble_timeline(ImportContext& cx, const Blocks& blocks, std::size_t i,
                                   std::size_t end) {
  const MdBlock& b = blocks[i];
  if (names_the_timeline(b) && i + 1 < end &&
      (blocks[i + 1].kind == BlockKind::List || blocks[i + 1].kind == BlockKind::Table ||
       code_lists_times(cx, blocks[i + 1]))) {
    if (!cx.stated_zone)
      if (auto zone = find_stated_zone(plain_text(b.text))) cx.stated_zone = zone;
    read_timeline(cx, blocks, i + 1, i + 2);
    return 2;
  }
  if (is_timed_list(b)) {
    read_timeline(cx, blocks, i, i + 1);
    return 1;
  }
  // "Update from Atrato" over "18.16 - First linecard flaps occured" and more, a line each, in a
  // page's text with no sections: the paragraphs that log from here on.
  if (paragraph_is_a_log(b)) {
    std::size_t last = i + 1;
    while (last < end && paragraph_is_a_log(blocks[last])) ++last;
    if (read_logged_lines(cx, blocks, i, last)) return last - i;
  }
  // "01:00 - Maintenance completed." over "09:28 - Customer complaints received." and more, a
  // blank line between each: a list its author wrote without Markdown's marks, or with a bullet
  // Markdown does not read ("– 20:06 UTC : CPU load ...", as a web page's copied text keeps it).
  const auto unmarked = [](std::string_view text) {
    text = trim(text);
    for (std::string_view glyph : {"\u2013 ", "\u2014 ", "\u2022 ", "\u00B7 "})
      if (text.starts_with(glyph)) return trim(text.substr(glyph.size()));
    return text;
  };
  // Not in a document with a timeline section of its own, nor sentences that tell their time
  // ("At 14:02 UTC our API began ..."): a lead's story.
  const auto timed_line = [&](const MdBlock& p) {
    if (cx.has_timeline_section || p.kind != BlockKind::Paragraph ||
        p.text.find('\n') != std::string::npos)
      return false;
    const std::string plain = plain_text(unmarked(p.text));
    const auto time = read_time(std::string_view(plain).substr(update_label_length(plain)));
    return time && !time->told;
  };
  std::size_t run = i;
  while (run < end && timed_line(blocks[run])) ++run;
  if (run - i < kFewestTimedParagraphs) return 0;
  Blocks list(1);
  list[0].kind = BlockKind::List;
  list[0].begin = blocks[i].begin;
  list[0].end = blocks[run - 1].end;
  for (std::size_t k = i; k < run; ++k) {
    list[0].children.push_back(blocks[k]);
    list[0].children.back().kind = BlockKind::Item;
    list[0].children.back().text = std::string(unmarked(blocks[k].text));
  }
  read_timeline(cx, list, 0, 1);
  return run - i;
}

// "- **Context**:" over "- 2024-09-20 11:21: pipeline unpaused" and more: an item of the
// metadata list that holds the timeline. Its label is the timeline's name, as a heading is.
bool read_timeline_item(ImportContext& cx, const MdBlock& item) {
  // A tight item holds its text; a loose one ("- **Key events**" and a blank line) a paragraph.
  const std::string own(item_head(item));
  const LabelledLine l = split_label(own);
  const std::string name = plain_text(trim(own));
  const bool only_a_name =
      l.label.empty() ? !name.empty() && name.size() <= 40 && name.back() != '.' : l.value.empty();
  // The name and one list, nothing else: any other block would have no place.
  const std::size_t list = is_loose_item(item) ? 1 : 0;
  if (!only_a_name || item.children.size() != list + 1 ||
      item.children[list].kind != BlockKind::List)
    return false;
  const std::string title = l.label.empty() ? name : l.label;
  const bool named_timeline = section_role(title) == SectionRole::Timeline;
  if (!is_timed_list(item.children[list]) && !named_timeline) return false;
  if (!named_timeline) {  // "Context", "Key events": kept as a note, as a heading in a timeline is
    add_timeline_note(cx, title, cx.first_line(item));
  }
  read_timeline(cx, item.children, list, list + 1);
  return true;
}

void read_preamble(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    if (b.kind == BlockKind::Rule) continue;
    if (!cx.written_by_hindsight)
      if (const std::size_t taken = read_preamble_timeline(cx, blocks, i, end)) {
        i += taken - 1;
        continue;
      }
    const int first = cx.first_line(b);
    if (b.kind == BlockKind::Paragraph && cx.written_by_hindsight) {
      // One field per paragraph: its "<br>"s are line breaks in the value.
      const LabelledLine l = split_label(b.text);
      if (l.label.empty() || !apply_metadata(cx, l.label, l.value, first))
        cx.keep_unplaced(first, cx.last_line(b));
      continue;
    }
    if (b.kind == BlockKind::Paragraph) {
      const auto lines = split_lines(b.text);
      for (std::size_t k = 0; k < lines.size(); ++k) {
        const int line = first + static_cast<int>(k);
        const LabelledLine l = split_label(lines[k]);
        // "**Impact**:" with nothing after it, last in its paragraph, over a list: the list is
        // the part the label names.
        if (!l.label.empty() && k + 1 == lines.size() && trim(plain_text(l.value)).empty() &&
            i + 1 < end && blocks[i + 1].kind == BlockKind::List &&
            place_labelled_prose(cx, l.label, line, cx.last_line(blocks[i + 1]))) {
          ++i;
          break;
        }
        bool used = !l.label.empty() && apply_metadata(cx, l.label, l.value, line);
        // "Title: Datacenter Move outage" over a page with no title heading (a Pelican page's
        // metadata) titles it.
        if (!used && cx.postmortem.incident.title.empty() && !trim(l.value).empty() &&
            lowercase_ascii(trim(plain_text(l.label))) == "title") {
          cx.postmortem.incident.title = std::string(trim(plain_text(l.value)));
          cx.locate("/incident/title", line);
          used = true;
        }
        // "**Summary**: Staging was down ...", "**Root Causes**: ...": a bold label that names a
        // part of the post-mortem, as the SRE book's template writes a post-mortem's head; its
        // value runs over the lines up to the next label.
        // Only when each line of the paragraph is a line of the source ("<br>" or a code span
        // over two lines would part them), so the value is read from its own lines.
        if (!used && !l.label.empty() && trim(lines[k]).front() == kStrongBegin &&
            cx.last_line(b) - first + 1 == static_cast<int>(lines.size())) {
          // The value goes on to the next line that opens with a label of its own: in bold, or
          // one of the incident's ("Date:"); "Redis: the TTL ..." wraps the value.
          const auto opens_a_label = [&](std::string_view next) {
            const LabelledLine n = split_label(next);
            return !n.label.empty() &&
                   ((!trim(next).empty() && trim(next).front() == kStrongBegin) ||
                    meta_field(n.label) != MetaField::Unknown);
          };
          std::size_t value_end = k + 1;
          while (value_end < lines.size() && !opens_a_label(lines[value_end])) ++value_end;
          const bool summary_unset = cx.postmortem.executive_summary.empty();
          if (place_labelled_prose(cx, l.label, line, first + static_cast<int>(value_end) - 1)) {
            cx.summary_labelled_in_lead =
                cx.summary_labelled_in_lead ||
                (summary_unset && !cx.postmortem.executive_summary.empty());
            k = value_end - 1;
            continue;
          }
        }
        if (!used) cx.keep_unplaced(line, line);
      }
      continue;
    }
    if (b.kind == BlockKind::List) {
      for (const MdBlock& item : b.children) {
        const int line = cx.first_line(item);
        if (!cx.written_by_hindsight && read_timeline_item(cx, item)) continue;
        const LabelledLine l = split_label(block_text(item));
        const bool one_line = item.children.empty() && item.text.find('\n') == std::string::npos;
        if (l.label.empty() || !(apply_metadata(cx, l.label, l.value, line) ||
                                 (one_line && place_labelled_prose(cx, l.label, line))))
          cx.keep_unplaced(line, cx.last_line(item));
      }
      continue;
    }
    if (b.kind == BlockKind::Table && read_metadata_table(cx, b)) continue;
    cx.keep_unplaced(first, cx.last_line(b));
  }
}

// Callers pass the role of a prose section (Summary, Impact, WhatHappened or Lessons).
const ModelField& prose_model_field(SectionRole role) {
  const ModelField* field = section_field(role);
  if (field == nullptr || field->kind != FieldKind::Prose)
    field = &model_field(FieldId::LessonsLearned);
  return *field;
}

std::string& prose_field(PostMortem& p, SectionRole role, std::string& path) {
  const ModelField& field = prose_model_field(role);
  path = field.path;
  return *field.text(p);
}

std::vector<std::string>* list_field(PostMortem& p, SectionRole role, std::string& path) {
  const ModelField* field = section_field(role);
  if (field == nullptr || !is_list(*field)) return nullptr;
  path = field->path;
  return field->list(p);
}

void add_extra_section(ImportContext& cx, const std::string& title, int from, int to) {
  int first = 0;
  std::string body = cx.raw_lines(from, to, &first);
  const std::string path = "/extra_sections/" + std::to_string(cx.postmortem.extra_sections.size());
  cx.locate(path + "/title", from - 1);
  cx.locate(path + "/body", first);
  cx.postmortem.extra_sections.push_back({title, std::move(body)});
}

// A section written as bold-labelled paragraphs ("**Summary**: ...", "**Action Items**:" over a
// table), as the SRE book's example post-mortem is. True when at least one label named a field.
bool read_labelled_paragraphs(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                              std::size_t end) {
  PostMortem& p = cx.postmortem;
  SectionRole pending = SectionRole::Unknown;  // a label with no text names the next block
  int label_first = 0, label_last = 0;         // that label's lines
  // A label whose next block is no list of its part ("**Root cause — two-step exposure
  // chain:**" over a paragraph) stays as written before it.
  const auto keep_pending_label = [&] {
    if (pending != SectionRole::Unknown) cx.keep_unplaced(label_first, label_last);
    pending = SectionRole::Unknown;
  };
  bool placed_any = false;
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    const int first = cx.first_line(b), last = cx.last_line(b);
    std::string path;
    if (pending != SectionRole::Unknown && b.kind != BlockKind::Paragraph) {
      if (pending == SectionRole::Actions) {
        read_actions(cx, blocks, i, i + 1);
      } else if (pending == SectionRole::Timeline) {
        read_timeline(cx, blocks, i, i + 1);
      } else if (auto* list = list_field(p, pending, path)) {
        read_list_entries(cx, blocks, i, i + 1, *list, path);
      } else {
        keep_pending_label();
        cx.keep_unplaced(first, last);
      }
      pending = SectionRole::Unknown;
      continue;
    }
    keep_pending_label();
    const bool bold =
        b.kind == BlockKind::Paragraph && !b.text.empty() && b.text[0] == kStrongBegin;
    if (!bold) {
      cx.keep_unplaced(first, last);
      continue;
    }
    const auto lines = split_lines(b.text);
    const LabelledLine l = split_label(lines[0]);
    const std::string label = l.label.empty() ? plain_text(lines[0]) : l.label;
    std::string value = l.value;
    for (std::size_t k = 1; k < lines.size(); ++k) value += "\n" + plain_text(lines[k]);
    const SectionRole role = section_role(label);
    // A part's text keeps its code, links and emphasis.
    const auto as_written = [&] {
      return l.label.empty() ? value
                             : labelled_value_as_written(cx, l.label, first, last).value_or(value);
    };
    if (role == SectionRole::Summary || role == SectionRole::Impact ||
        role == SectionRole::WhatHappened || role == SectionRole::Lessons) {
      if (value.empty()) {
        cx.keep_unplaced(first, last);
        continue;
      }
      // "**Resolution**:" after "**Detection**:": both parts of what happened, in their order.
      append_prose(cx, prose_model_field(role), as_written(), first);
    } else if (role == SectionRole::Analysis && !value.empty()) {
      p.analysis.summary += (p.analysis.summary.empty() ? "" : "\n\n") + as_written();
      cx.locate("/analysis/summary", first);
    } else if (role != SectionRole::Unknown && value.empty()) {
      pending = role;
      label_first = first;
      label_last = last;
    } else if (lines.size() != 1 || l.label.empty() ||
               !apply_metadata(cx, l.label, l.value, first)) {
      cx.keep_unplaced(first, last);
      continue;
    }
    placed_any = true;
  }
  keep_pending_label();
  return placed_any;
}

// "Timeline (all times in PST/PDT)": the times are converted from the zone the title states, and
// the note stays as the first entry so every reader still sees what the team wrote.
void keep_timeline_note(ImportContext& cx, const std::string& title, int line) {
  // A timeline's title speaks of time in any language ("Хронология (12.03.2025, MSK)").
  const auto zone = find_stated_zone(title, true);
  if (zone) cx.stated_zone = zone;
  // "## Timeline, day two (2021-03-03)": the day its times fall on.
  if (const auto day = find_date(title); day && day->year != 0) cx.current_day = day;
  const auto open = title.find_first_of("([");  // "(all times in PDT)", "[all in EAT]"
  if (open == std::string::npos || (zone && zone->is_utc())) return;
  std::string note = title.substr(open);
  if (note.back() == ':') note.pop_back();  // "Timeline [all in EAT]:" in plain text
  add_timeline_note(cx, std::move(note), line);
}

// Whether text left before the first section is sentences only: no quote, list, table, heading,
// "Label: value" line or note of the times' zone ("All times in PDT.").
bool only_sentences(std::string_view text) {
  for (std::string_view line : split_lines(text)) {
    line = trim(line);
    if (line.empty()) continue;
    if (std::string_view(">|-*+#`").find(line.front()) != std::string_view::npos ||
        !split_label(line).label.empty() || (line.size() < 120 && find_stated_zone(line)))
      return false;
  }
  return true;
}

// The paragraphs of prose a lead that long holds are more than a summary tells.
constexpr int kStoryParagraphs = 5;
// A paragraph of a story, not a line of fact ("No customer data was lost.").
constexpr std::size_t kStoryParagraphBytes = 80;

// Paragraphs of prose in `text` (blocks between blank lines), each at least a story's length;
// lists, tables and quotes do not count.
int story_paragraph_count(std::string_view text) {
  int count = 0;
  for (std::size_t from = 0; from < text.size();) {
    std::size_t to = text.find("\n\n", from);
    if (to == std::string_view::npos) to = text.size();
    const std::string_view block = trim(text.substr(from, to - from));
    from = to + 2;
    if (block.size() < kStoryParagraphBytes || item_content_column(block) != 0 ||
        std::string_view("|>`~").find(block.front()) != std::string_view::npos)
      continue;
    ++count;
  }
  return count;
}

// A heading's words as written after its "#" marks (which would read back as a heading where
// the words are kept as text).
std::string heading_as_written(const ImportContext& cx, const MdBlock& heading) {
  if (!heading.has_source()) return plain_text(heading.text);
  return std::string(cx.source().substr(heading.begin, heading.end - heading.begin));
}

// The prose between the title and the first section ("At 01:38 UTC the site went down...") is
// the summary, or opens it when a summary section follows: then only if it is sentences alone.
// Lines that look like "Label: value" metadata Hindsight does not know stay in the notes.
void take_lead_as_summary(ImportContext& cx, const Blocks& blocks, const Outline& o) {
  // A summary labelled in the lead ("**Summary**: ...") goes on in the lead's sentences.
  if (!cx.postmortem.executive_summary.empty() && !cx.summary_labelled_in_lead) return;
  const bool has_summary = std::any_of(o.sections.begin(), o.sections.end(), [&](std::size_t h) {
    return section_role(plain_text(blocks[h].text)) == SectionRole::Summary;
  });
  int line = 0;
  std::string lead = cx.take_unplaced(line);
  if (lead.empty()) return;
  // "Internal post-mortem: <link>" over the paragraph that tells the incident: the labelled
  // paragraphs stay in the notes, and sentences after them are the summary.
  std::size_t start = 0;
  // Each paragraph's first line alone is read, so a lead of thousands of lines is read once.
  const auto first_line_at = [&](std::size_t at) {
    const std::size_t end = lead.find('\n', at);
    return std::string_view(lead).substr(at, end == std::string::npos ? end : end - at);
  };
  while (start < lead.size() && !split_label(first_line_at(start)).label.empty()) {
    const std::size_t gap = lead.find("\n\n", start);
    start = gap == std::string::npos ? lead.size() : gap + 2;
    while (start < lead.size() && lead[start] == '\n') ++start;
  }
  std::string summary = lead.substr(start);
  // After a labelled summary, only sentences go on it: a label left in the lead ("**Root
  // Causes**:" over its paragraph) names text of another part.
  const bool labels_left = summary.starts_with("**") || summary.find("\n\n**") != std::string::npos;
  if (summary.empty() || ((has_summary || start > 0) && !only_sentences(summary)) ||
      (cx.summary_labelled_in_lead && (start > 0 || labels_left || !only_sentences(summary)))) {
    cx.put_back_unplaced(std::move(lead), line);
    return;
  }
  const int summary_line =
      line + static_cast<int>(
                 std::count(lead.begin(), lead.begin() + static_cast<std::ptrdiff_t>(start), '\n'));
  if (start > 0) {
    std::string labels = lead.substr(0, start);
    while (!labels.empty() && labels.back() == '\n') labels.pop_back();
    cx.put_back_unplaced(std::move(labels), line);
  }
  if (cx.summary_labelled_in_lead) {
    cx.postmortem.executive_summary += "\n\n" + summary;
    return;
  }
  // A lead of many paragraphs before the sections (a blog post telling its night, quotes and
  // commands and all), or a page of them with no section at all, is the story when no section
  // tells it: its first paragraph, sentences alone, is the summary.
  const bool story_told_elsewhere =
      has_summary || std::any_of(o.sections.begin(), o.sections.end(), [&](std::size_t h) {
        const SectionRole role = handwritten_section_role(plain_text(blocks[h].text));
        return role == SectionRole::WhatHappened || role == SectionRole::Timeline;
      });
  const std::size_t first_break = summary.find("\n\n");
  // The first paragraph must tell something: a sentence or more, not a question or a word, nor
  // a byline ("Posted by Jane Doe on March 4, 2021.") or a dated update ("March 4, 2021 - We are
  // aware ...", "Resolved - ...").
  const auto tells = [](std::string_view paragraph) {
    paragraph = trim(paragraph);
    const std::string opening = lowercase_ascii(paragraph.substr(0, 24));
    for (std::string_view byline :
         {"posted ", "by ", "written ", "published ", "author", "update", "resolved",
          "investigating", "monitoring", "identified", "incident report for"})
      if (opening.starts_with(byline)) return false;
    if (const auto day = read_date(paragraph); day && day->length <= 24) return false;
    return !paragraph.empty() && (paragraph.back() == '.' || paragraph.back() == '!') &&
           std::count(paragraph.begin(), paragraph.end(), ' ') >= 4;
  };
  if (!story_told_elsewhere && start == 0 && first_break != std::string::npos &&
      story_paragraph_count(summary) >= kStoryParagraphs &&
      only_sentences(summary.substr(0, first_break)) && tells(summary.substr(0, first_break))) {
    std::size_t rest = first_break;
    while (rest < summary.size() && summary[rest] == '\n') ++rest;
    const int rest_line =
        summary_line +
        static_cast<int>(
            std::count(summary.begin(), summary.begin() + static_cast<std::ptrdiff_t>(rest), '\n'));
    append_prose(cx, model_field(FieldId::WhatHappened), summary.substr(rest), rest_line);
    summary.resize(first_break);
  }
  cx.postmortem.executive_summary = std::move(summary);
  cx.locate("/executive_summary", summary_line);
}

// The text kept aside (ImportContext::keep_unplaced) while a section was read, appended to
// `field` where it started.
void place_kept_aside(ImportContext& cx, const ModelField& field) {
  int line = 0;
  const std::string kept = cx.take_unplaced(line);
  if (!kept.empty()) append_prose(cx, field, kept, line);
}

// A status page's updates in [begin, end) with no section heading: the timeline. Paragraphs of
// sentences before the first update ("Posts and notifications are not appearing on user feeds.")
// tell the incident: its summary, when none is written. The rest is kept aside
// (ImportContext::keep_unplaced). False, reading nothing, when no updates are found.
bool read_status_page(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end) {
  ImportContext trial = cx;
  if (!read_narrated_timeline(trial, blocks, begin, end, NarratedForms::StatusPage)) return false;
  const auto first_update =
      trial.result.source_lines.line_of(field_path("/timeline", cx.postmortem.timeline.size()));
  std::size_t lead_end = begin;
  while (first_update && lead_end < end && blocks[lead_end].kind == BlockKind::Paragraph &&
         cx.last_line(blocks[lead_end]) < *first_update)
    ++lead_end;
  // "Incident Report for Example Cloud" over the lead, a page's subtitle, is no sentence of it.
  const auto ends_a_sentence = [](const MdBlock& b) {
    const std::string_view text = trim(b.text);
    return !text.empty() && std::string_view(".!?").find(text.back()) != std::string_view::npos;
  };
  std::size_t lead_begin = begin;
  while (lead_begin < lead_end && !ends_a_sentence(blocks[lead_begin])) ++lead_begin;
  std::string lead;
  for (std::size_t i = lead_begin; i < lead_end; ++i)
    lead += (lead.empty() ? "" : "\n\n") +
            cx.raw_lines(cx.first_line(blocks[i]), cx.last_line(blocks[i]));
  if (lead.empty() || !cx.postmortem.executive_summary.empty() || !only_sentences(lead) ||
      find_stated_zone(plain_text(lead)) ||
      !std::all_of(blocks.begin() + static_cast<std::ptrdiff_t>(lead_begin),
                   blocks.begin() + static_cast<std::ptrdiff_t>(lead_end), ends_a_sentence)) {
    cx = std::move(trial);
    return true;
  }
  for (std::size_t i = begin; i < lead_begin; ++i)
    cx.keep_unplaced(cx.first_line(blocks[i]), cx.last_line(blocks[i]));
  if (!read_narrated_timeline(cx, blocks, lead_end, end, NarratedForms::StatusPage)) {
    cx = std::move(trial);
    return true;
  }
  const int from = cx.first_line(blocks[lead_begin]);
  cx.postmortem.executive_summary = std::move(lead);
  cx.locate("/executive_summary", from);
  return true;
}

struct Section {
  std::string title;
  SectionRole role;
  bool repeated = false;   // another section with the same role came before, and this one names
                           // no part of the field ("Resolution")
  bool retitled = false;   // another section came before under this very title
  bool opening = false;    // no section came before it but the summary, the impact and sections
                           // of no known part
  std::size_t begin, end;  // blocks after the heading
  int heading_line, first_line, last_line;
};

// The section's text, as written, without the paragraphs and lists `claims` placed elsewhere (it
// is given each paragraph and list and its first line, and returns true when it took the block);
// `first` is the line the text starts on.
template <class Claims>
std::string section_text_without(ImportContext& cx, const Blocks& blocks, const Section& s,
                                 Claims claims, int& first) {
  std::string text;
  int from = s.first_line;
  auto keep_until = [&](int to) {
    int piece_first = 0;
    const std::string piece = cx.raw_lines(from, to, &piece_first);
    if (piece.empty()) return;
    if (text.empty()) first = piece_first;
    text += text.empty() ? piece : "\n\n" + piece;
  };
  for (std::size_t i = s.begin; i < s.end; ++i) {
    const MdBlock& b = blocks[i];
    const int line = cx.first_line(b);
    if ((b.kind != BlockKind::Paragraph && b.kind != BlockKind::List) || line <= 0 ||
        !claims(b, line))
      continue;
    keep_until(line - 1);
    from = cx.last_line(b) + 1;
  }
  keep_until(s.last_line);
  return text;
}

// "**Affected customers:** 305 teams", "**Duration:** 5 hours" and "**Severity:** Major" as
// paragraphs of an Impact section: figures of the incident, taken into their fields (a severity
// only when the document set none, a duration or count after one stated earlier); the rest of
// the section, in order, is the impact.
void read_impact_figures(ImportContext& cx, const Blocks& blocks, const Section& s) {
  int first = 0;
  const std::string text = section_text_without(
      cx, blocks, s,
      [&](const MdBlock& b, int line) {
        const std::string_view raw = trim(b.text);
        if (b.kind != BlockKind::Paragraph || raw.empty() || raw.front() != kStrongBegin ||
            split_lines(raw).size() != 1)
          return false;
        const LabelledLine l = split_label(raw);
        const MetaField field = meta_field(l.label);
        if (l.value.empty()) return false;
        if (field == MetaField::Severity)
          return metadata_unset(cx, l.label) && apply_metadata(cx, l.label, l.value, line);
        return field != MetaField::Impact && add_incident_figure(cx, l.label, l.value, line);
      },
      first);
  append_prose(cx, model_field(FieldId::Impact), text, first);
}

// The most lists a document's story parts may be tried as going on with its timeline.
constexpr int kMostContinuationsTried = 8;

// `after` is `before` with entries added, each timed, none before the last moment of `before`
// and none the same as one of its entries.
bool continues_the_timeline(const std::vector<TimelineEvent>& before,
                            const std::vector<TimelineEvent>& after) {
  std::optional<UtcSeconds> last;
  for (const TimelineEvent& e : before)
    if (e.at && (!last || *e.at > *last)) last = e.at;
  if (!last || after.size() <= before.size()) return false;
  return std::all_of(after.begin() + static_cast<std::ptrdiff_t>(before.size()), after.end(),
                     [&](const TimelineEvent& e) {
                       // One at that moment goes on from it, unless it retells an entry there.
                       return e.at && *e.at >= *last &&
                              std::none_of(before.begin(), before.end(),
                                           [&](const TimelineEvent& told) {
                                             return told.at == e.at && told.text == e.text;
                                           });
                     });
}

// A section that tells one part of what happened ("Resolution and recovery"): its sentences that
// commit to work still to do are actions too, and a paragraph that says what the incident spared
// ("the majority of the netspace was not impacted") is part of the impact.
void read_story_part(ImportContext& cx, const Blocks& blocks, const Section& s) {
  find_committed_work(cx, blocks, s.begin, s.end);
  // "## How was it fixed" over "### 28 Feb 2017" and "1738: Cloudinary posted ...": the
  // timeline, in a document with no timeline section.
  if (!cx.written_by_hindsight && !cx.has_timeline_section &&
      paragraphs_keep_a_log(blocks, s.begin, s.end)) {
    read_timeline(cx, blocks, s.begin, s.end);
    place_kept_aside(cx, model_field(FieldId::WhatHappened));
    return;
  }
  // "## How did we respond?" over "At 9:20 AM, we managed to ...": a story that tells its times,
  // here or over the document's sections, read as the timeline, as the story before it is.
  if (read_narrated_timeline(cx, blocks, s.begin, s.end, NarratedForms::StoryOrUpdates)) {
    place_kept_aside(cx, model_field(FieldId::WhatHappened));
    return;
  }
  int first = 0;
  const std::string text = section_text_without(
      cx, blocks, s,
      [&](const MdBlock& b, int line) {
        // "## Resolution" over "- 30 March 2013 12:28 - Matt mailed ...", "## What happened"
        // over "| Time (UTC) | Event |": entries of the timeline, in a document with no
        // timeline section of its own to retell.
        if (b.kind == BlockKind::Table) {
          if (cx.has_timeline_section || !is_timed_table(b)) return false;
          read_timeline(cx, Blocks{b}, 0, 1);
          return true;
        }
        if (b.kind == BlockKind::List) {
          if (!is_timed_list(b)) return false;
          if (!cx.has_timeline_section) {
            read_timeline(cx, Blocks{b}, 0, 1);
            return true;
          }
          // Beside a timeline, a list that goes on after its last moment ("## Recovery" over
          // the night's work once the attack was found) continues it; one that goes back over
          // its moments retells it, and stays in the story.
          // Each try copies the model: a few tries, so that a document of many lists is read
          // in linear time.
          if (cx.timeline_continuations_tried++ >= kMostContinuationsTried) return false;
          ImportContext trial = cx;
          read_timeline(trial, Blocks{b}, 0, 1);
          if (!continues_the_timeline(cx.postmortem.timeline, trial.postmortem.timeline))
            return false;
          cx = std::move(trial);
          return true;
        }
        if (!says_what_was_spared(plain_text(b.text))) return false;
        append_prose(cx, model_field(FieldId::Impact), cx.raw_lines(line, cx.last_line(b)), line);
        return true;
      },
      first);
  append_prose(cx, model_field(FieldId::WhatHappened), text, first);
  // What the entries read out of it kept aside (a log under an entry) stays in its story.
  place_kept_aside(cx, model_field(FieldId::WhatHappened));
}

// True when the paragraphs among blocks [begin, end) tell what their writers did or met, in the
// first person and the past ("I rebooted the server", "we noticed the queue growing"): two
// sentences or more, and a fifth of them at least.
bool narrates_the_writers_past(const Blocks& blocks, std::size_t begin, std::size_t end) {
  int told = 0, sentences = 0;
  for (std::size_t i = begin; i < end && i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::Paragraph) continue;
    for (const std::string& sentence : sentences_of(one_line(plain_text(blocks[i].text)))) {
      ++sentences;
      if (tells_the_writers_past(sentence)) ++told;
    }
  }
  return told >= 2 && told * 5 >= sentences;
}

// A chapter of a story told under titles of its own ("## Something is wrong here", "## The
// first upgrade"): the section goes on the story under its title, one level below the part,
// and the headings inside it ("### Replacing the disk") as far below the title as they were.
// `part`: the prose field it goes on, the story unless another part goes on the same way.
void read_story_chapter(ImportContext& cx, const Blocks& blocks, const Section& s, int level,
                        const ModelField& part = model_field(FieldId::WhatHappened)) {
  int first = 0;
  std::string body = cx.raw_lines(s.first_line, s.last_line, &first);
  const int deeper = 3 - level;
  if (deeper > 0 && !body.empty()) {
    std::vector<std::string> lines;
    for (const std::string_view line : split_lines(body)) lines.emplace_back(line);
    for (std::size_t i = s.begin; i < s.end; ++i) {
      if (blocks[i].kind != BlockKind::Heading) continue;
      const int at = cx.first_line(blocks[i]) - first;
      if (at < 0 || at >= static_cast<int>(lines.size())) continue;
      std::string& line = lines[static_cast<std::size_t>(at)];
      const std::size_t marks = line.find_first_not_of(' ');
      // An ATX heading ("### Title"); an underlined one keeps its form.
      if (marks == std::string::npos || marks > 3 || line[marks] != '#') continue;
      const int written = static_cast<int>(line.find_first_not_of('#', marks) - marks);
      line.insert(marks, static_cast<std::size_t>(std::min(deeper, 6 - written)), '#');
    }
    body.clear();
    for (const std::string& line : lines) body += (body.empty() ? "" : "\n") + line;
  }
  // The title as written ("The `fsync` surprise"), its markers and anchor taken off.
  std::string_view title = trim(cx.line_text(cx.first_line(blocks[s.begin - 1])));
  if (title.starts_with('#')) {
    title = trim(title.substr(std::min(title.find_first_not_of('#'), title.size())));
    const std::size_t closing = title.find_last_not_of('#');
    if (closing != std::string_view::npos && closing + 1 < title.size() && title[closing] == ' ')
      title = trim(title.substr(0, closing));
  }
  append_prose(cx, part,
               "### " + without_empty_anchors(title) + (body.empty() ? "" : "\n\n" + body),
               s.heading_line);
}

// True when a paragraph among blocks [begin, end) holds a line labelling an incident field
// ("**Severity:** SEV-2", "**Author:** Dana Lee").
bool holds_metadata_lines(const Blocks& blocks, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end && i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::Paragraph) continue;
    for (const std::string_view line : split_lines(blocks[i].text))
      if (const LabelledLine l = split_label(line);
          !l.label.empty() && meta_field(l.label) != MetaField::Unknown)
        return true;
  }
  return false;
}

// True when a paragraph's line or a list's item among blocks [begin, end) opens with a label
// naming an incident field ("- **Severity:** SEV2", "Duration: 2 hours").
bool labels_facts(const Blocks& blocks, std::size_t begin, std::size_t end) {
  if (holds_metadata_lines(blocks, begin, end)) return true;
  for (std::size_t i = begin; i < end && i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::List) continue;
    for (const MdBlock& item : blocks[i].children)
      if (const LabelledLine l = split_label(item.text);
          !l.label.empty() && meta_field(l.label) != MetaField::Unknown)
        return true;
  }
  return false;
}

// The first date with a year a paragraph or list (its items, their lists) names on a line.
std::optional<LooseDate> first_full_date(const MdBlock& b) {
  for (const std::string_view line : split_lines(b.text))
    if (auto day = find_date(plain_text(line)); day && day->year != 0) return day;
  for (const MdBlock& child : b.children)
    if (child.kind != BlockKind::Code && child.kind != BlockKind::Table)
      if (auto day = first_full_date(child)) return day;
  return std::nullopt;
}

// Whether a title holds one of `words` (each between spaces, " at a glance "), its markup and
// punctuation read as spaces.
bool title_holds(std::string_view title, std::initializer_list<std::string_view> words) {
  std::string key = " " + lowercase_ascii(plain_text(title)) + " ";
  for (char& c : key)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = ' ';
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return key.find(w) != std::string::npos; });
}

// "Updates", "Status updates", "Alerts", "Incident log": a title that names a log of updates
// (not "Agenda", "Support hours" or "Maintenance window", which list times too).
bool names_updates(std::string_view title) {
  return title_holds(title, {" update ", " updates ", " status ", " log ", " history ", " alerts ",
                             " notices ", " announcements ", " events "});
}

// "Customer Communication", "Comms", "Notifications sent": a title that names the messages the
// team sent.
bool names_communications(std::string_view title) {
  return title_holds(title, {" communication ", " communications ", " comms ", " notifications "});
}

// A list of two timed items or more, two in three of its items or more.
bool is_mostly_timed_list(const MdBlock& b) {
  if (b.kind != BlockKind::List) return false;
  const auto timed = std::count_if(b.children.begin(), b.children.end(), item_opens_with_its_time);
  return timed >= 2 && timed * 3 >= static_cast<long>(b.children.size()) * 2;
}

// "## Customer Communication" over "- **08:15 UTC**: Initial notification about the delays" and
// more, in a document with a day to date them: the messages sent, each an event of the timeline
// of the kind Communication, beside a timeline section too (they are not a retelling of it). The
// rest of the section is kept aside (ImportContext::keep_unplaced) for the caller to place.
bool read_communications(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                         std::size_t end) {
  const auto first = blocks.begin() + static_cast<std::ptrdiff_t>(begin);
  const auto last = blocks.begin() + static_cast<std::ptrdiff_t>(end);
  LooseDate known;  // with no day to date them, the messages stay in their section as written
  if (!cx.day_for_time(known) || std::none_of(first, last, is_mostly_timed_list)) return false;
  for (std::size_t i = begin; i < end; ++i) {
    if (!is_mostly_timed_list(blocks[i])) {
      cx.keep_unplaced(cx.first_line(blocks[i]), cx.last_line(blocks[i]));
      continue;
    }
    const std::size_t before = cx.postmortem.timeline.size();
    read_timeline(cx, blocks, i, i + 1);
    for (std::size_t k = before; k < cx.postmortem.timeline.size(); ++k)
      if (cx.postmortem.timeline[k].kind == EventKind::Note)
        cx.postmortem.timeline[k].kind = EventKind::Communication;
  }
  return true;
}

// "| Time (UTC) | Workflow run | ... |" over rows timed "2026-03-02T02:04:42Z", or "- 2026-03-02
// 01:10 UTC first failure" and more: two entries or more, most of them with their day and time,
// which make a timeline whatever their section is titled ("## Evidence", "## Sequence").
bool holds_dated_entries(const MdBlock& b) {
  const auto dated_moment = [](std::string_view text) {
    const auto time = read_time(plain_text(trim(text)));
    return time && !time->told && time->date && time->date->year != 0;
  };
  std::size_t dated = 0, entries = 0;
  if (b.kind == BlockKind::List) {
    for (const MdBlock& item : b.children) {
      ++entries;
      dated += dated_moment(split_lines(block_text(item)).front());
    }
  } else if (b.kind == BlockKind::Table) {
    const TableView t = view_table(b);
    const auto time_column = std::find(t.columns.begin(), t.columns.end(), Column::Time);
    if (time_column == t.columns.end()) return false;
    for (const MdBlock* row : t.rows) {
      ++entries;
      dated += dated_moment(cell(*row, static_cast<std::size_t>(time_column - t.columns.begin())));
    }
  }
  return dated >= 2 && dated * 3 >= entries * 2;
}

// "Related incidents", "Previous outages", "References": a section of other events than this
// incident's, whose dated entries are no timeline of it.
bool names_other_incidents(std::string_view title) {
  const std::string key = " " + lowercase_ascii(plain_text(title)) + " ";
  for (std::string_view word : {"related", "previous", "prior", "similar", "past ", "other ",
                                "reference", "see also", "links"})
    if (key.find(word) != std::string::npos) return true;
  return false;
}

// "## Incident metadata", "## Details", "## At a glance": a title that names the incident's facts
// (not "Glossary", "Previous similar incident").
bool names_incident_facts(std::string_view title) {
  return !names_other_incidents(title) &&
         title_holds(title, {" metadata ", " meta data ", " details ", " information ", " info ",
                             " overview ", " at a glance ", " key facts ", " facts ",
                             " properties ", " incident card "});
}

// "## Updates" over "* 15:23 (3:23PM): Network connectivity is lost" and more, one item perhaps
// with no time of its own ("* Final Update: As of 17:30"), in a document with no timeline
// section and a day to date them: the timeline, its lists read as entries; the rest is kept aside
// (ImportContext::keep_unplaced) for the caller to place.
bool read_listed_updates(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                         std::size_t end) {
  LooseDate known;
  const auto first = blocks.begin() + static_cast<std::ptrdiff_t>(begin);
  const auto last = blocks.begin() + static_cast<std::ptrdiff_t>(end);
  const bool dated = std::any_of(first, last, holds_dated_entries);
  if (cx.has_timeline_section ||
      (!dated && (!cx.day_for_time(known) || std::none_of(first, last, is_mostly_timed_list))))
    return false;
  begin_timeline_zone(cx, blocks, begin, end);
  for (std::size_t i = begin; i < end; ++i) {
    if (is_mostly_timed_list(blocks[i]) || holds_dated_entries(blocks[i])) {
      read_timeline(cx, blocks, i, i + 1);
      continue;
    }
    // "__28-Oct-2020: Cluster jobs failed__" over the next list: the day of its times.
    if (blocks[i].kind == BlockKind::Paragraph && split_lines(blocks[i].text).size() == 1)
      if (const auto day = find_date(plain_text(blocks[i].text)); day && day->year != 0)
        cx.current_day = day;
    cx.keep_unplaced(cx.first_line(blocks[i]), cx.last_line(blocks[i]));
  }
  return true;
}

// "## What happened" over "| Time (UTC) | Event |": the timeline's tables read as its entries, the
// rest of the blocks kept for the story.
bool read_timed_tables(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                       std::size_t end) {
  if (std::none_of(blocks.begin() + static_cast<std::ptrdiff_t>(begin),
                   blocks.begin() + static_cast<std::ptrdiff_t>(end), is_timed_table))
    return false;
  for (std::size_t i = begin; i < end; ++i)
    if (is_timed_table(blocks[i]))
      read_timeline(cx, blocks, i, i + 1);
    else if (blocks[i].kind != BlockKind::Rule)
      cx.keep_unplaced(cx.first_line(blocks[i]), cx.last_line(blocks[i]));
  return true;
}

// A timeline inside a section that tells what happened, or in a summary, of a document with no
// timeline section: a list the section introduces as the timeline, or a timeline told in prose
// (a summary's only as a log of updates). The rest of the section is kept aside
// (ImportContext::keep_unplaced) for the caller to place.
bool read_timeline_in_story(ImportContext& cx, const Blocks& blocks, const Section& s) {
  if (cx.has_timeline_section) return false;  // a list or story beside it retells it
  return read_introduced_timeline(cx, blocks, s.begin, s.end) ||
         read_timed_tables(cx, blocks, s.begin, s.end) ||
         read_logged_lines(cx, blocks, s.begin, s.end) ||
         read_narrated_timeline(cx, blocks, s.begin, s.end,
                                s.role == SectionRole::Summary ? NarratedForms::UpdatesOnly
                                                               : NarratedForms::StoryOrUpdates);
}

// Whether the first block in [begin, end) but rules is a paragraph of words (not an image alone,
// "![](banner.png)" over a table of facts).
bool opens_with_prose(const Blocks& blocks, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i)
    if (blocks[i].kind != BlockKind::Rule)
      return blocks[i].kind == BlockKind::Paragraph && !trim(plain_text(blocks[i].text)).empty();
  return false;
}

// A section of no known part read as the timeline, its moments logged or told ("## Second
// Incident" over "At 2017/01/31 22:00 UTC - We got paged ..."): its title becomes a note before
// them. The note is added first and taken back when the section holds no moments: trying the
// reading on a copy of the import instead made a document of many such sections import in
// quadratic time. False, reading nothing, when it holds none.
bool read_moments_of_section(ImportContext& cx, const Blocks& blocks, const Section& s) {
  auto& timeline = cx.postmortem.timeline;
  const std::size_t note_at = timeline.size();
  const bool titled = !trim(s.title).empty();
  if (titled) timeline.emplace_back().text = s.title;
  if (read_logged_lines(cx, blocks, s.begin, s.end) ||
      read_narrated_timeline(cx, blocks, s.begin, s.end, NarratedForms::StoryOrUpdates)) {
    if (titled) {
      const std::string path = field_path("/timeline", note_at);
      cx.locate(path, s.heading_line);
      cx.locate(path + "/text", s.heading_line);
    }
    return true;
  }
  if (titled) timeline.erase(timeline.begin() + static_cast<std::ptrdiff_t>(note_at));
  return false;
}

// A section of a log of incidents that lists its entries and has no part of its own under a
// heading.
bool section_lists_timed_entries(const Blocks& blocks, std::size_t begin, std::size_t end) {
  bool listed = false;
  for (std::size_t i = begin; i < end; ++i) {
    if (blocks[i].kind == BlockKind::Heading) return false;
    listed = listed || is_list_of_timed_entries(blocks[i]);
  }
  return listed;
}

constexpr long kFewestTimedTitles = 2;

// The section's timed lists as timeline entries, and what else it holds as an extra section
// under `title`.
void read_entries_keeping_the_rest(ImportContext& cx, const Blocks& blocks, const Section& s,
                                   const std::string& title) {
  for (std::size_t i = s.begin; i < s.end; ++i)
    if (is_list_of_timed_entries(blocks[i]))
      read_timeline(cx, blocks, i, i + 1);
    else
      cx.keep_unplaced(cx.first_line(blocks[i]), cx.last_line(blocks[i]));
  int line = s.first_line;
  std::string rest = cx.take_unplaced(line);
  const std::string path = "/extra_sections/" + std::to_string(cx.postmortem.extra_sections.size());
  cx.locate(path + "/title", s.heading_line);
  cx.locate(path + "/body", line);
  cx.postmortem.extra_sections.push_back({title, std::move(rest)});
}

// The day stated apart from the text (ImportContext::stated_day): under a "### Date" (or "###
// 発生日時") heading before the timeline, else in the title of a first section that holds no
// times of its own.
std::optional<LooseDate> day_stated_apart(const Blocks& blocks, const Outline& o) {
  for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::Heading) continue;
    const std::string title = plain_text(blocks[i].text);
    if (section_role(title) == SectionRole::Timeline) break;
    // "## Incident Date" over "- Discovered: Sept 3, 2019" too.
    if ((blocks[i + 1].kind == BlockKind::Paragraph || blocks[i + 1].kind == BlockKind::List) &&
        meta_field(title) == MetaField::Date)
      if (auto day = first_full_date(blocks[i + 1]); day && day->year != 0) return day;
  }
  if (o.sections.empty()) return std::nullopt;
  const std::size_t first = o.sections.front();
  if (holds_times(blocks, first + 1, blocks[first].level)) return std::nullopt;
  return day_titling_section(plain_text(blocks[first].text));
}

// The text kept aside in a section of actions, as the notes on them, under the section's title
// ("### Prevention") unless it is the first section of actions and its title names nothing but
// them ("## Action Items", "## Remediation"): notes of a later section do not read as more of
// the first's, and a title that says more ("## Summary and next steps") keeps saying it.
// `actions_before`: the actions read before this section.
void place_actions_notes(ImportContext& cx, const std::string& title, std::size_t actions_before) {
  int line = 0;
  std::string kept = cx.take_unplaced(line);
  if (kept.empty()) return;
  if (!cx.postmortem.actions_notes.empty() || actions_before > 0 ||
      !names_action_items_alone(title))
    kept = "### " + escape_inline(title) + "\n\n" + kept;
  append_prose(cx, model_field(FieldId::ActionsNotes), kept, line);
}

// "The Unfortunate Incident: A Costly Mistake": a section title whose words after a colon name
// no part of their own.
bool says_more_after_its_name(std::string_view title) {
  const std::size_t colon = title.find(':');
  if (colon == std::string_view::npos) return false;
  const std::string_view after = trim(title.substr(colon + 1));
  return std::any_of(after.begin(), after.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }) &&
         section_role(after) == SectionRole::Unknown;
}

void read_section(ImportContext& cx, const Blocks& blocks, Section s) {
  PostMortem& p = cx.postmortem;
  std::string path;
  switch (s.role) {
    case SectionRole::Summary:
    case SectionRole::Impact:
    case SectionRole::WhatHappened:
    case SectionRole::Lessons: {
      std::string& field = prose_field(p, s.role, path);
      // A second lessons section under another title that holds nothing but the review's lists
      // ("# Key Takeaways" after the review's "# General Questions") adds their entries to
      // theirs; one with text of its own stays apart.
      if (!cx.written_by_hindsight && s.repeated && !s.retitled && s.role == SectionRole::Lessons &&
          holds_review_lists(blocks, s.begin, s.end) &&
          read_lessons_parts(cx, blocks, s.begin, s.end, s.first_line, s.last_line)) {
        cx.flush_unplaced(s.title);
        return;
      }
      if (!cx.written_by_hindsight && !s.repeated) {
        // From a paragraph that introduces a list of root causes on, the section is analysis.
        if (s.role != SectionRole::Lessons) {
          const std::size_t lead_in = root_cause_lead_in(blocks, s.begin, s.end);
          if (lead_in != s.end && lead_in > s.begin) {
            const int analysis_line = cx.first_line(blocks[lead_in]);
            read_analysis(cx, blocks, lead_in, s.end, analysis_line, s.last_line,
                          SectionRole::Unknown);
            s.end = lead_in;
            s.last_line = analysis_line - 1;
          }
        }
        // A document written by hand may have put text in the field already (a labelled line
        // of its summary, "**Impact**:" in the metadata): the section's text follows it.
        if (s.role == SectionRole::Summary && read_summary_parts(cx, blocks, s.begin, s.end))
          return;
        if (s.role == SectionRole::Lessons &&
            read_lessons_parts(cx, blocks, s.begin, s.end, s.first_line, s.last_line)) {
          cx.flush_unplaced(s.title);
          return;
        }
        if (s.role == SectionRole::Impact) {
          read_impact_figures(cx, blocks, s);
          return;
        }
        if (s.role == SectionRole::WhatHappened && names_a_part(s.title)) {
          read_story_part(cx, blocks, s);
          return;
        }
        if ((s.role == SectionRole::WhatHappened || s.role == SectionRole::Summary) &&
            read_timeline_in_story(cx, blocks, s)) {
          place_kept_aside(cx, prose_model_field(s.role));
          return;
        }
        int first = 0;
        std::string text = cx.raw_lines(s.first_line, s.last_line, &first);
        // "## The Unfortunate Incident: A Costly Mistake": the words after the part's name are
        // the writer's, kept as the title of what follows.
        if (!text.empty() && says_more_after_its_name(s.title))
          text = "### " + escape_inline(s.title) + "\n\n" + text;
        append_prose(cx, prose_model_field(s.role), text, first);
        return;
      }
      if (!field.empty()) {
        // A second one is kept as an extra section, but for the timeline it tells.
        if (!cx.written_by_hindsight && s.role == SectionRole::WhatHappened &&
            read_timeline_in_story(cx, blocks, s)) {
          cx.flush_unplaced(s.title);
          return;
        }
        // "## Narrative" after "## What happened": the story goes on, under its title. So do the
        // summary and the impact in the document's opening ("## Summary" after an "## Overview"
        // of facts, "# Summary of Disruptions" after "# Overview"). A summary pasted twice under
        // one title, or again after the timeline, stays apart with the warning below, and so
        // do a "## Resolution Summary" and one listing facts ("- **Severity:** SEV2").
        if (!cx.written_by_hindsight &&
            (s.role == SectionRole::WhatHappened ||
             (s.opening && !s.retitled && !sums_up_another_part(s.title) &&
              !labels_facts(blocks, s.begin, s.end) &&
              (s.role == SectionRole::Summary || s.role == SectionRole::Impact)))) {
          read_story_chapter(cx, blocks, s, blocks[s.begin - 1].level, prose_model_field(s.role));
          return;
        }
        break;  // kept as an extra section below
      }
      int first = 0;
      field = cx.raw_lines(s.first_line, s.last_line, &first);
      cx.locate(path, first);
      return;
    }
    case SectionRole::Timeline:
      keep_timeline_note(cx, s.title, s.heading_line);
      cx.day_label.clear();   // a day named in another section is no label of this one's entries
      cx.forget_told_zone();  // nor is its zone
      read_timeline(cx, blocks, s.begin, s.end);
      break;
    case SectionRole::Actions: {
      if (cx.written_by_hindsight) {
        read_written_actions(cx, blocks, s.begin, s.end, s.first_line, s.last_line);
        break;
      }
      const std::size_t before = p.actions.size();
      cx.section_names_fixes = names_fixes(s.title);
      read_actions(cx, blocks, s.begin, s.end);
      cx.section_names_fixes = false;
      // "## Fixes applied", "## What we shipped": work its writer gave no status of its own is
      // done.
      if (names_work_done(s.title))
        for (std::size_t k = before; k < p.actions.size(); ++k)
          if (p.actions[k].status == ActionStatus::Open) p.actions[k].status = ActionStatus::Done;
      // What a section says around the actions it lists (why they were chosen, how they are
      // ranked, where they are tracked) is the notes on them. A section of prose alone ("##
      // Moving Forward") stays apart under its title, with the work its sentences commit to.
      if (p.actions.size() > before &&
          std::any_of(blocks.begin() + static_cast<std::ptrdiff_t>(s.begin),
                      blocks.begin() + static_cast<std::ptrdiff_t>(s.end), [](const MdBlock& b) {
                        return b.kind == BlockKind::List || b.kind == BlockKind::Table ||
                               b.kind == BlockKind::Heading;
                      }))
        place_actions_notes(cx, s.title, before);
      break;
    }
    case SectionRole::Analysis:
      // "## Technical details" that tells the timeline ("Here is the timeline of what
      // happened:" over a timed list, or a story of timed sentences), with no timeline section
      // beside it: the timeline, and what else it holds the analysis.
      if (!cx.written_by_hindsight && !s.repeated && !cx.has_timeline_section &&
          names_a_part(s.title) &&
          (read_introduced_timeline(cx, blocks, s.begin, s.end) ||
           read_timeline_in_story(cx, blocks, s))) {
        place_kept_aside(cx, model_field(FieldId::RootCauseSummary));
        break;
      }
      read_analysis(cx, blocks, s.begin, s.end, s.first_line, s.last_line,
                    subsection_role(s.title));
      break;
    case SectionRole::Meeting:
      read_meeting(cx, blocks, s.begin, s.end, s.last_line);
      break;
    default:
      if (auto* list = list_field(p, s.role, path)) {
        read_list_entries(cx, blocks, s.begin, s.end, *list, path);
        break;
      }
      if (!cx.written_by_hindsight && read_metadata_section(cx, s.title, blocks, s.begin, s.end))
        return;
      if (!cx.written_by_hindsight && names_incident_facts(s.title) &&
          (read_metadata_table_section(cx, blocks, s.begin, s.end) ||
           read_metadata_list_section(cx, blocks, s.begin, s.end)))
        break;
      if (!cx.written_by_hindsight && !cx.has_timeline_section && !names_other_incidents(s.title) &&
          headings_are_dated_moments(blocks, s.begin, s.end)) {
        read_timeline(cx, blocks, s.begin, s.end);
        break;
      }
      if (!cx.written_by_hindsight && read_introduced_timeline(cx, blocks, s.begin, s.end)) break;
      if (!cx.written_by_hindsight && names_communications(s.title) &&
          read_communications(cx, blocks, s.begin, s.end))
        break;
      if (!cx.written_by_hindsight &&
          (names_updates(s.title) ||
           (!names_other_incidents(s.title) &&
            std::any_of(blocks.begin() + static_cast<std::ptrdiff_t>(s.begin),
                        blocks.begin() + static_cast<std::ptrdiff_t>(s.end),
                        holds_dated_entries))) &&
          read_listed_updates(cx, blocks, s.begin, s.end)) {
        cx.has_timeline_section = true;  // one such section: a later one retells or plans
        break;
      }
      if (read_moments_of_section(cx, blocks, s)) break;
      if (!cx.written_by_hindsight && read_labelled_paragraphs(cx, blocks, s.begin, s.end)) break;
      cx.discard_unplaced();  // nothing placed: the section is kept whole, as written
      add_extra_section(cx, s.title, s.first_line, s.last_line);
      return;
  }
  if (s.role == SectionRole::Summary || s.role == SectionRole::Impact ||
      s.role == SectionRole::WhatHappened || s.role == SectionRole::Lessons) {
    // "## Resolution Summary" after "## Executive Summary": the part it repeats is named, as
    // its title does not say it.
    const std::string_view part = s.role == SectionRole::Summary   ? "summary"
                                  : s.role == SectionRole::Impact  ? "impact"
                                  : s.role == SectionRole::Lessons ? "lessons"
                                                                   : "what happened";
    cx.warn(s.heading_line,
            s.retitled ? "a second \"" + s.title + "\" section was kept as an extra section"
                       : "\"" + s.title + "\" is a second " + std::string(part) +
                             " section; it was kept as an extra section");
    add_extra_section(cx, s.title, s.first_line, s.last_line);
    return;
  }
  cx.flush_unplaced(s.title);
}

// Inline action items ("Action point: ...") in the blocks of a section that is not the action
// items': each is offered to read_inline_action with the lines that continue it.
void find_inline_actions(ImportContext& cx, const MdBlock& b) {
  if (b.kind == BlockKind::Paragraph || (b.kind == BlockKind::Item && !b.text.empty())) {
    const auto lines = split_lines(b.text);
    const int first = cx.first_line(b);
    const auto labelled = [](std::string_view line) {
      return !split_label(line).label.empty() || !split_capital_marker(line).label.empty();
    };
    for (std::size_t k = 0; k < lines.size(); ++k) {
      if (!labelled(lines[k])) continue;
      std::size_t end = k + 1;
      while (end < lines.size() && !labelled(lines[end])) ++end;
      std::string text;
      for (std::size_t j = k; j < end; ++j) text += (j > k ? "\n" : "") + std::string(lines[j]);
      if (read_inline_action(cx, text, first + static_cast<int>(k))) k = end - 1;
    }
  }
  if (b.kind == BlockKind::Code || b.kind == BlockKind::Table) return;
  for (const MdBlock& child : b.children) find_inline_actions(cx, child);
}

void settle_duration(ImportContext& cx) {
  std::string& stated = cx.postmortem.incident.stated_duration;
  if (auto computed = incident_duration(cx.postmortem.timeline);
      computed && stated == format_duration(*computed))
    stated.clear();
}

// Root causes keep the ids the document gives them; a repeated one is renumbered, and causes
// with none (documents written before ids, causes read from lists) get assign_root_cause_ids'
// ids. An action's link to a root cause the document does not have is dropped.
void settle_root_cause_links(ImportContext& cx) {
  auto& causes = cx.postmortem.analysis.root_causes;
  const auto line_of = [&](const std::string& path) {
    const auto found = cx.result.source_lines.find(path);
    return found == cx.result.source_lines.end() ? 0 : found->second;
  };
  std::set<std::string> seen;
  for (std::size_t i = 0; i < causes.size(); ++i) {
    if (causes[i].id.empty() || seen.insert(causes[i].id).second) continue;
    cx.warn(line_of("/analysis/root_causes/" + std::to_string(i) + "/text"),
            "root cause id " + causes[i].id + " is used twice; renumbered");
    causes[i].id.clear();
  }
  assign_root_cause_ids(causes);
  auto& actions = cx.postmortem.actions;
  for (std::size_t i = 0; i < actions.size(); ++i) {
    const std::string& id = actions[i].addresses;
    if (id.empty() ||
        std::any_of(causes.begin(), causes.end(), [&](const RootCause& c) { return c.id == id; }))
      continue;
    cx.warn(line_of("/actions/" + std::to_string(i)), "action " + actions[i].id + " addresses " +
                                                          id +
                                                          ", which names no root cause; "
                                                          "the link was dropped");
    actions[i].addresses.clear();
  }
}

// The lines that define a link ("[gpl]: https://...") outside every block: the parser consumed
// them, so no reader sees them.
std::vector<std::string> consumed_link_definitions(const ImportContext& cx, const Blocks& blocks) {
  std::vector<bool> held(static_cast<std::size_t>(cx.line_count()) + 2, false);
  for (const MdBlock& b : blocks) {
    const int first = cx.first_line(b), last = cx.last_line(b);
    for (int line = std::max(first, 1); first > 0 && line <= last && line <= cx.line_count();
         ++line)
      held[static_cast<std::size_t>(line)] = true;
  }
  std::vector<std::string> definitions;
  for (int line = 1; line <= cx.line_count(); ++line) {
    const std::string_view text = cx.line_text(line);
    const std::size_t indent = text.find_first_not_of(' ');
    if (held[static_cast<std::size_t>(line)] || indent == std::string_view::npos || indent > 3 ||
        text[indent] != '[' || text.find("]:", indent) == std::string_view::npos)
      continue;
    definitions.emplace_back(trim(text));
  }
  return definitions;
}

// The days of the week the text names in full ("On Tuesday at 02:01 AM UTC"), 0 for Monday.
std::vector<int> weekdays_named(std::string_view text) {
  std::vector<int> named;
  for (std::size_t at = 0; at < text.size();) {
    const auto is_letter = [&](std::size_t k) {
      return std::isalpha(static_cast<unsigned char>(text[k])) != 0;
    };
    if (!is_letter(at)) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && is_letter(end)) ++end;
    // Six letters or more: the names in full, not "Sun" or "Wed" that other words share.
    if (end - at >= 6)
      if (const auto day = weekday_alone(text.substr(at, end - at)))
        if (std::find(named.begin(), named.end(), *day) == named.end()) named.push_back(*day);
    at = end;
  }
  return named;
}

// "02-03-2021-outage-post-mortem.md": a day written with the year last, day first or month
// first. The reading that alone is a day of the calendar, or that alone falls on a day of the
// week the text names ("On Tuesday at 02:01"); nothing when that does not settle it.
std::optional<LooseDate> day_written_year_last(std::string_view name, std::string_view text) {
  int parts[3] = {0, 0, 0};
  std::size_t at = 0;
  for (int k = 0; k < 3; ++k) {
    const int width = k == 2 ? 4 : 2;
    if (k > 0 && at < name.size() && (name[at] == '-' || name[at] == '_'))
      ++at;
    else if (k > 0)
      return std::nullopt;
    for (int w = 0; w < width; ++w, ++at) {
      if (at >= name.size() || !std::isdigit(static_cast<unsigned char>(name[at])))
        return std::nullopt;
      parts[k] = parts[k] * 10 + (name[at] - '0');
    }
  }
  if (at < name.size() && std::isdigit(static_cast<unsigned char>(name[at]))) return std::nullopt;
  const LooseDate day_first{parts[2], parts[1], parts[0]};
  const LooseDate month_first{parts[2], parts[0], parts[1]};
  const bool day_first_ok = is_calendar_day(day_first);
  const bool month_first_ok = is_calendar_day(month_first);
  if (!day_first_ok || !month_first_ok || parts[0] == parts[1]) {
    if (day_first_ok) return day_first;
    if (month_first_ok) return month_first;
    return std::nullopt;
  }
  const auto falls_on_a_named_day = [&](const LooseDate& d) {
    for (int weekday : weekdays_named(text))
      if (day_order(nearest_weekday(d, weekday)) == day_order(d)) return true;
    return false;
  };
  const bool day_first_named = falls_on_a_named_day(day_first);
  if (day_first_named == falls_on_a_named_day(month_first)) return std::nullopt;
  return day_first_named ? day_first : month_first;
}

// "2019-03-18-galaxy-downtime.md", "20220420_listener_failure.md", "posts/2024_01_15 db.md": the
// day a file's name opens with (its folders left out), with its year; also one written with the
// year last that the text settles (day_written_year_last); nothing for any other name.
std::optional<LooseDate> day_of_file_name(std::string_view file_name, std::string_view text) {
  const std::size_t slash = file_name.find_last_of("/\\");
  const std::string_view name =
      slash == std::string_view::npos ? file_name : file_name.substr(slash + 1);
  LooseDate day;
  std::size_t at = 0;
  for (auto [part, width] : {std::pair{&day.year, 4}, {&day.month, 2}, {&day.day, 2}}) {
    if (part != &day.year && at < name.size() && (name[at] == '-' || name[at] == '_')) ++at;
    for (int k = 0; k < width; ++k, ++at) {
      if (at >= name.size() || !std::isdigit(static_cast<unsigned char>(name[at])))
        return day_written_year_last(name, text);
      *part = *part * 10 + (name[at] - '0');
    }
  }
  // The day ends where a word or the extension starts: "20220420123" is a number.
  if (at < name.size() && std::isdigit(static_cast<unsigned char>(name[at]))) return std::nullopt;
  if (!is_calendar_day(day)) return std::nullopt;
  return day;
}

}  // namespace

// A story told in chapters under titles of their own ("## Something is wrong here", "## The
// first upgrade", "## Upgrade number 2"), in a hand-written document with no part named for the
// story or its timeline: the headings of the sections of no known part, before the first part
// told after the story (its analysis, actions, lessons), from the first to the last that narrate
// what the writers did, two at least. Not a section that holds clock times, names a part under
// it ("### Root cause") or is an aside ("Acknowledgements", "Appendix", "Why the alert didn't
// fire"); each chapter goes on the story under its title.
std::set<std::size_t> chapters_of_the_story(const Blocks& blocks, const Outline& o) {
  const auto role_of = [&](std::size_t h) {
    return o.actions_by_words.count(h) ? SectionRole::Actions
                                       : handwritten_section_role(plain_text(blocks[h].text));
  };
  std::size_t told_after = o.sections.size();
  for (std::size_t k = 0; k < o.sections.size(); ++k) {
    const SectionRole role = role_of(o.sections[k]);
    if (role == SectionRole::WhatHappened || role == SectionRole::Timeline) return {};
    if (role != SectionRole::Unknown && role != SectionRole::Summary &&
        role != SectionRole::Impact && told_after == o.sections.size())
      told_after = k;
  }
  std::vector<bool> may_be(told_after, false);
  std::size_t first = told_after, last = 0, narrated = 0;
  for (std::size_t k = 0; k < told_after; ++k) {
    const std::size_t h = o.sections[k];
    const std::size_t next = k + 1 < o.sections.size() ? o.sections[k + 1] : blocks.size();
    const std::string title = plain_text(blocks[h].text);
    const bool names_a_part_under_it =
        std::any_of(blocks.begin() + static_cast<std::ptrdiff_t>(h + 1),
                    blocks.begin() + static_cast<std::ptrdiff_t>(next), [](const MdBlock& b) {
                      return b.kind == BlockKind::Heading &&
                             section_role(plain_text(b.text)) != SectionRole::Unknown;
                    });
    may_be[k] = role_of(h) == SectionRole::Unknown && !read_time(title) && !find_date(title) &&
                !names_an_aside(title) && !names_a_part_under_it &&
                !holds_times(blocks, h + 1, blocks[h].level, false);
    if (may_be[k] && narrates_the_writers_past(blocks, h + 1, next)) {
      first = std::min(first, k);
      last = k;
      ++narrated;
    }
  }
  std::set<std::size_t> chapters;
  if (narrated < 2) return chapters;
  for (std::size_t k = first; k <= last; ++k)
    if (may_be[k]) chapters.insert(o.sections[k]);
  return chapters;
}

ImportResult import_markdown(std::string_view markdown, std::string_view file_name) {
  if (const auto bad = invalid_utf8_offset(markdown); bad != std::string_view::npos) {
    ImportResult failed;
    failed.error =
        "the file is not UTF-8 text (invalid byte at offset " + std::to_string(bad) + ")";
    return failed;
  }
  std::string text = normalise(markdown);
  // "20/03/2025" anywhere in the document: its "12/02/2025" is February 12th too.
  const SlashedDaysFirst date_order(writes_slashed_days_first(text));
  const FrontMatter fm = read_front_matter(text);
  // Blank out the front matter so md4c sees empty lines and every offset keeps its line.
  for (std::size_t i = 0; i < fm.end; ++i)
    if (text[i] != '\n') text[i] = ' ';
  ImportContext cx(text);
  cx.file_day = day_of_file_name(file_name, text);
  cx.postmortem.severity_scale = default_severity_scale();
  cx.reading_front_matter = true;
  apply_front_matter(cx, fm);
  cx.reading_front_matter = false;
  if (!fm.unread.empty()) {
    // Comments and nested lines the reader does not map are kept as written, in a YAML block so
    // that a "# comment" does not read back as a heading.
    std::string body = "```yaml";
    for (const std::string& line : fm.unread) body += "\n" + line;
    body += "\n```";
    cx.locate("/extra_sections/0/body", fm.unread_line);
    cx.postmortem.extra_sections.push_back({"Front matter", std::move(body)});
  }

  std::optional<MdBlock> root = parse_markdown_tree(text);
  if (!root) {
    ImportResult failed;
    failed.error = "the Markdown parser could not read the file (out of memory)";
    return failed;
  }
  if (!cx.written_by_hindsight) {
    outline_plain_text(*root, text, !cx.postmortem.incident.title.empty());
    separators_as_rules(*root);
    open_admonitions(*root, text);
    stamp_status_updates(*root);
    lists_from_html(*root);
    lists_from_pipe_rows(*root, text);
    headings_from_bold_part_titles(*root);
    headings_from_bold_action_titles(*root);
    headings_from_italic_titles(*root, text);
    headings_from_labelled_part_lists(*root);
  }
  const Blocks& blocks = root->children;
  const Outline o = outline_of(blocks, cx.postmortem.incident.title, !cx.written_by_hindsight);
  cx.heading_lines = heading_lines(cx, blocks);
  const std::vector<int>& lines = cx.heading_lines;
  if (o.title != std::string::npos) {
    // "# [#](https://docs.example.org/dns.html#dns-failure)DNS failure": a documentation site's
    // permalink and anchors are no part of a hand-written title.
    std::string heading = strip_title_prefix(
        cx.written_by_hindsight ? plain_text(blocks[o.title].text)
                                : without_empty_anchors(plain_text(blocks[o.title].text)));
    // A front matter title the heading does not repeat (the site's page title) is kept there.
    if (!cx.postmortem.incident.title.empty() &&
        lowercase_ascii(cx.postmortem.incident.title) != lowercase_ascii(heading))
      cx.postmortem.unknown[std::string(kFrontMatterKey)]["title"] = cx.postmortem.incident.title;
    cx.postmortem.incident.title = std::move(heading);
    cx.locate("/incident/title", lines[o.title]);
  }
  // A date in the title ("Build breakage on 2016-11-08") is the day of timeline times when the
  // document names no other.
  cx.title_day = find_date(cx.postmortem.incident.title);
  // "Postmortem: multi_vits_gan_20260127_resume27k": a run or file named for its day.
  if (!cx.title_day) cx.title_day = find_compact_date(cx.postmortem.incident.title);
  for (std::size_t i = 0; i < blocks.size() && (o.sections.empty() || i < o.sections.front()); ++i)
    if (blocks[i].kind == BlockKind::Paragraph && !cx.written_by_hindsight)
      if (auto day = find_date(plain_text(blocks[i].text)); day && day->year != 0) {
        cx.lead_day = day;
        break;
      }
  // "Yesterday esm.sh deployed breaking changes" opening a post dated Jan 16, or "We had our
  // first major outage last night" under the title "Post-mortem from last night's outage", with
  // no day written before the first section: the incident fell the day before the post.
  if (!cx.written_by_hindsight && !cx.lead_day && cx.front_matter_day) {
    bool yesterday = false, dated = false;
    auto read_lead = [&](const std::string& plain) {
      const std::string lead = " " + lowercase_ascii(plain) + " ";
      dated = dated || find_date(plain).has_value();
      // Whole words: "yesterday's", "last night," (not "the last nightly build").
      for (std::string_view words : {" yesterday", " last night"})
        for (std::size_t at = lead.find(words); at != std::string::npos && !yesterday;
             at = lead.find(words, at + 1))
          yesterday = !std::isalpha(static_cast<unsigned char>(lead[at + words.size()]));
    };
    read_lead(cx.postmortem.incident.title);
    for (std::size_t i = 0; i < blocks.size() && (o.sections.empty() || i < o.sections.front());
         ++i)
      if (blocks[i].kind == BlockKind::Paragraph) read_lead(plain_text(blocks[i].text));
    if (yesterday && !dated) cx.lead_day = days_after(*cx.front_matter_day, -1);
  }
  if (!cx.written_by_hindsight) cx.stated_day = day_stated_apart(blocks, o);
  // "... the outage that occurred on January 21, 2024." under a heading of its own, "- **Start
  // Time:** February 10, 2025, 09:00 (UTC)" in a list: the first full date written before the
  // timeline, the day of its times when nothing else names one.
  if (!cx.written_by_hindsight)
    for (std::size_t i = 0; i < blocks.size() && !cx.early_day; ++i) {
      if (blocks[i].kind == BlockKind::Heading &&
          section_role(plain_text(blocks[i].text)) == SectionRole::Timeline)
        break;
      if (blocks[i].kind == BlockKind::Paragraph || blocks[i].kind == BlockKind::List ||
          blocks[i].kind == BlockKind::Table)
        cx.early_day = first_full_date(blocks[i]);
    }
  // "Posted Jan 27, 2025 - 17:07 EST" below a status page's updates: the earliest day one names.
  if (!cx.written_by_hindsight)
    for (const MdBlock& b : blocks)
      if (b.kind == BlockKind::Paragraph)
        for (const std::string_view line : split_lines(b.text))
          if (const auto moment = stamped_moment(line))
            if (const auto day = read_time(*moment)->date;
                day && day->year != 0 &&
                (!cx.posted_day || day_order(*day) < day_order(*cx.posted_day)))
              cx.posted_day = day;
  const std::size_t preamble_begin = o.title == std::string::npos ? 0 : o.title + 1;
  const std::size_t preamble_end = o.sections.empty() ? blocks.size() : o.sections.front();
  // "All times in PDT (UTC-7)." under the title, or in the summary, holds for the timeline below.
  if (!cx.written_by_hindsight) {
    const auto timeline = std::find_if(o.sections.begin(), o.sections.end(), [&](std::size_t h) {
      return section_role(plain_text(blocks[h].text)) == SectionRole::Timeline;
    });
    // With no timeline section, a timeline told in prose may be in any section.
    state_document_zone(cx, blocks, 0, timeline == o.sections.end() ? blocks.size() : *timeline);
    if (timeline != o.sections.end()) hint_zone_after_the_timeline(cx, blocks, *timeline + 1);
    cx.has_timeline_section = timeline != o.sections.end();
    if (!o.sections.empty())
      cx.told_times_in_sections = count_told_times(blocks, o.sections.front() + 1, blocks.size());
  }
  const std::size_t preamble_last = std::max(preamble_begin, preamble_end);
  // A document with no section headings, such as one block of the workflow pasted alone, is
  // read by what it holds.
  const int preamble_first_line =
      o.title == std::string::npos ? 1 : heading_end_line(cx, blocks, lines, o.title) + 1;
  const int preamble_last_line =
      preamble_last < blocks.size() ? lines[preamble_last] - 1 : cx.line_count();
  // Text before the title heading is kept too, first in the notes.
  std::string before_title;
  int before_title_line = 0;
  std::optional<std::size_t> filed_day;  // the day heading a filed post-mortem is under
  if (o.title != std::string::npos) {
    // Up to the title or the first section, whichever comes first: sections are read below.
    const std::size_t before_end =
        o.sections.empty() ? o.title : std::min(o.title, o.sections.front());
    read_preamble(cx, blocks, 0, o.filed_in.empty() ? before_end : o.filed_in.front());
    // Where the post-mortem is filed: the collection's name is kept in the notes as written
    // after its "#" (which would read back as a heading); its day, read after the head (whose
    // own date comes first), is the incident's.
    for (const std::size_t h : o.filed_in) {
      if (!filed_day && filed_day_of(plain_text(blocks[h].text)))
        filed_day = h;
      else
        cx.keep_unplaced_text(heading_as_written(cx, blocks[h]), lines[h]);
    }
    before_title = cx.take_unplaced(before_title_line);
  }
  // What comes before the first section of a document Hindsight wrote is its metadata.
  const SectionRole preamble_role = cx.written_by_hindsight
                                        ? SectionRole::Unknown
                                        : sniff_role(blocks, preamble_begin, preamble_last);
  switch (preamble_role) {
    case SectionRole::Analysis:
      read_analysis(cx, blocks, preamble_begin, preamble_last, preamble_first_line,
                    preamble_last_line, SectionRole::Analysis);
      break;
    case SectionRole::Actions:
    case SectionRole::Timeline: {
      // "**Date of incident**: ...", "**Authors**: ..." over the table of actions: the
      // metadata first, then the table and what follows it.
      std::size_t table = preamble_begin;
      while (table < preamble_last && (blocks[table].kind != BlockKind::Table ||
                                       sniff_role(blocks, table, table + 1) != preamble_role))
        ++table;
      // The head runs to its last paragraph of labelled lines (and the list a label with nothing
      // after it ends that paragraph over); what follows it, checklists too, is the part's.
      std::size_t head_end = preamble_begin;
      if (table < preamble_last && labels_facts(blocks, preamble_begin, table))
        for (std::size_t i = preamble_begin; i < table; ++i)
          if (blocks[i].kind == BlockKind::Paragraph &&
              !split_label(split_lines(blocks[i].text).front()).label.empty()) {
            head_end = i + 1;
            const LabelledLine last = split_label(split_lines(blocks[i].text).back());
            if (i + 1 < table && blocks[i + 1].kind == BlockKind::List && !last.label.empty() &&
                trim(plain_text(last.value)).empty())
              head_end = i + 2;
          }
      if (head_end > preamble_begin) {
        read_preamble(cx, blocks, preamble_begin, head_end);
        take_lead_as_summary(cx, blocks, o);
      }
      if (preamble_role == SectionRole::Actions)
        read_actions(cx, blocks, head_end, preamble_last);
      else
        read_timeline(cx, blocks, head_end, preamble_last);
      break;
    }
    default: {
      // A status page's updates with no section heading: the timeline; the rest is kept in the
      // notes. Metadata lines may open the page ("Title:", "Date:" as Pelican writes a page's
      // head), read first: they date the updates, when two or more are stamped on lines of
      // their own (a report's lead with its edit notes stays the summary).
      std::size_t updates_begin = preamble_begin;
      while (updates_begin < preamble_last &&
             holds_metadata_lines(blocks, updates_begin, updates_begin + 1))
        ++updates_begin;
      if (updates_begin > preamble_begin &&
          !holds_metadata_lines(blocks, updates_begin, preamble_last) &&
          count_update_stamps(blocks, updates_begin, preamble_last) >= 2) {
        ImportContext trial = cx;  // the metadata's day, to tell whether updates follow
        read_preamble(trial, blocks, preamble_begin, updates_begin);
        if (read_status_page(trial, blocks, updates_begin, preamble_last)) {
          cx = std::move(trial);
          break;
        }
      }
      if (!holds_metadata_lines(blocks, preamble_begin, preamble_last) &&
          read_status_page(cx, blocks, preamble_begin, preamble_last))
        break;
      read_preamble(cx, blocks, preamble_begin, preamble_last);
      if (!cx.written_by_hindsight) take_lead_as_summary(cx, blocks, o);
    }
  }
  if (filed_day) {
    const MdBlock& heading = blocks[*filed_day];
    if (!(cx.postmortem.incident.date.empty() &&
          apply_metadata(cx, "Date", *filed_day_of(plain_text(heading.text)), lines[*filed_day]))) {
      if (before_title.empty()) before_title_line = lines[*filed_day];
      before_title += (before_title.empty() ? "" : "\n\n") + heading_as_written(cx, heading);
    }
  }
  if (!before_title.empty()) {
    int line = 0;
    const std::string after = cx.take_unplaced(line);
    cx.put_back_unplaced(before_title + (after.empty() ? "" : "\n\n" + after), before_title_line);
  }
  cx.flush_unplaced("Notes");

  bool lessons_read = false;
  std::set<SectionRole> roles_read;
  std::set<std::string> titles_read;  // lowercase
  // Sections whose headings open with their moment ("## 8:25 AM - Initial Diagnosis"): two or more
  // tell a story section by section; one alone ("## 02:00 UTC - Nightly backup") is a section.
  // With sections headed by a day and time alone ("## 2025-01-21T09:30:00", read below as dated
  // sections), one titled ("## 2025-01-21T18:00:00 - Service is back") is one more such entry.
  const auto titled_moments =
      std::count_if(o.sections.begin(), o.sections.end(),
                    [&](std::size_t h) { return title_after_moment(blocks[h].text).has_value(); });
  const auto timed_titles =
      titled_moments == 0
          ? 0
          : titled_moments +
                std::count_if(o.sections.begin(), o.sections.end(), [&](std::size_t h) {
                  return dated_moment_alone(plain_text(trim(blocks[h].text))).has_value();
                });
  // Sections headed by a clock time alone ("## 2:07pm CST", "## 5:05pm CST"; a day as well makes
  // a dated section, read below): two or more are the entries of a timeline told section by
  // section, each section's text its entry's.
  const auto clock_alone = [&](std::size_t h) {
    const auto time = heading_time(blocks[h].text);
    return time && !time->date;
  };
  // "## Update Mar 11, 2025, 11:00 a.m.", "## Resolved - December 12, 2023 7:47 AM": sections
  // headed by an update's word and its day and time, a status page's log told section by section
  // (a day with no year, in a document that names the year).
  LooseDate year_known;
  const bool year_named = cx.day_for_time(year_known);
  const auto update_label = [&](std::size_t h) -> std::optional<std::string> {
    auto stamp = titled_moment(plain_text(trim(blocks[h].text)));
    if (!stamp || !names_an_update(stamp->label) || (stamp->time.date->year == 0 && !year_named))
      return std::nullopt;
    return std::move(stamp->label);
  };
  const auto update_alone = [&](std::size_t h) { return update_label(h).has_value(); };
  // "## Monitoring - Mar 01, 2020 - 23:40 PST" under a post-mortem with a timeline section of its
  // own: the status page's updates it was posted with, read beside that timeline. Not an edit's
  // "## Update 2024-03-05": a post's note on itself.
  const auto status_alone = [&](std::size_t h) {
    const auto label = update_label(h);
    return label && !names_an_edit(*label);
  };
  const auto stamp_alone = [&](std::size_t h) { return clock_alone(h) || update_alone(h); };
  const auto moment_titles = std::count_if(o.sections.begin(), o.sections.end(), stamp_alone);
  struct TitledDay {
    int level;                        // the level of the heading that named the day
    std::optional<LooseDate> before;  // the day before it, for the sections after its own
  };
  std::optional<TitledDay> titled_day;
  // "### Background" beside "### What happened": the story is the section that says so, the
  // background the setting it is told in, kept under its own heading. Beside "## Detection" or
  // "## Resolution" alone, which tell one part of the story, the background opens it.
  const auto sets_the_scene = [&](std::size_t h) {
    return names_the_background(plain_text(blocks[h].text));
  };
  const bool story_titled = !cx.written_by_hindsight &&
                            std::any_of(o.sections.begin(), o.sections.end(), [&](std::size_t h) {
                              const std::string title = plain_text(blocks[h].text);
                              return handwritten_section_role(title) == SectionRole::WhatHappened &&
                                     !sets_the_scene(h) && !names_a_part(title);
                            });
  const std::set<std::size_t> story_chapters =
      cx.written_by_hindsight ? std::set<std::size_t>{} : chapters_of_the_story(blocks, o);
  for (std::size_t k = 0; k < o.sections.size(); ++k) {
    const std::size_t h = o.sections[k];
    const std::size_t next = k + 1 < o.sections.size() ? o.sections[k + 1] : blocks.size();
    Section s;
    // "Recovery Process <a href="#recovery-process" id="recovery-process"></a>": the title,
    // without the anchor a documentation site wrote into it.
    s.title = cx.written_by_hindsight ? plain_text(blocks[h].text)
                                      : without_empty_anchors(plain_text(blocks[h].text));
    s.role = cx.written_by_hindsight       ? section_role(s.title)
             : o.actions_by_words.count(h) ? SectionRole::Actions
                                           : handwritten_section_role(s.title);
    const auto part_of = o.parts_of_their_section.find(h);
    const bool part_of_its_section =
        part_of != o.parts_of_their_section.end() && s.role == SectionRole::Unknown;
    if (part_of_its_section) s.role = part_of->second;
    // A background after "## Detection" has missed the story's opening: kept under its heading.
    if ((story_titled || roles_read.count(SectionRole::WhatHappened) > 0) &&
        s.role == SectionRole::WhatHappened && sets_the_scene(h))
      s.role = SectionRole::Unknown;
    // "# General Questions" over "**What went well?**", "**What didn't go so well?**" and their
    // lists: the team's review, read as the lessons section. After a review already read, such a
    // section ("## Customer support notes") is one group's, kept under its title.
    if (s.role == SectionRole::Unknown && !cx.written_by_hindsight &&
        cx.postmortem.meeting.went_well.empty() && cx.postmortem.meeting.could_improve.empty() &&
        holds_review_lists(blocks, h + 1, next))
      s.role = SectionRole::Lessons;
    // "## Incident Overview" over a table of facts is read as any section of facts is; "## Open
    // Questions" over anything but lists of them (questions answered, a subsection a question)
    // is kept as written.
    if (!cx.written_by_hindsight &&
        ((names_an_incident_overview(s.title) && !opens_with_prose(blocks, h + 1, next)) ||
         (names_open_questions(s.title) && !holds_only_lists_of_words(blocks, h + 1, next))))
      s.role = SectionRole::Unknown;
    s.opening = std::all_of(roles_read.begin(), roles_read.end(), [](SectionRole r) {
      return r == SectionRole::Unknown || r == SectionRole::Summary || r == SectionRole::Impact;
    });
    s.repeated = !roles_read.insert(s.role).second && !names_a_part(s.title);
    s.retitled = !titles_read.insert(lowercase_ascii(trim(s.title))).second;
    s.begin = h + 1;
    s.end = next;
    s.heading_line = lines[h];
    // A part of the analysis keeps its heading with its text, as it would have in the section it
    // is a part of (the story's reader writes a chapter's title itself).
    s.first_line = part_of_its_section && s.role == SectionRole::Analysis
                       ? lines[h]
                       : heading_end_line(cx, blocks, lines, h) + 1;
    s.last_line = next < blocks.size() ? lines[next] - 1 : cx.line_count();
    const bool meeting_last = k + 1 == o.sections.size() && s.role == SectionRole::Meeting;
    if (cx.written_by_hindsight && lessons_read && !meeting_last) {
      add_extra_section(cx, s.title, s.first_line, s.last_line);
      continue;
    }
    if (s.role == SectionRole::Unknown && !cx.written_by_hindsight) {
      // "## Date: December 08, 2022": a metadata line written as a heading. With text under it
      // the section is kept too, heading and all.
      const LabelledLine l = split_label(blocks[h].text);
      if (!l.label.empty() && metadata_unset(cx, l.label) &&
          apply_metadata(cx, l.label, l.value, s.heading_line) && s.begin == s.end)
        continue;
      // "##" with no text over the metadata lines: a separator, not a section of its own.
      if (trim(s.title).empty() && k == 0) {
        read_preamble(cx, blocks, s.begin, s.end);
        cx.flush_unplaced("Notes");
        for (std::size_t i = s.begin; i < s.end; ++i) find_inline_actions(cx, blocks[i]);
        find_announced_actions(cx, blocks, s.begin, s.end);
        continue;
      }
    }
    // "## 2025 December 4th: Brief DB outage": one incident of a log of several; its times
    // without a day fall on the heading's, also when the log runs newest first, up to the next
    // heading at its level or above.
    if (titled_day && blocks[h].level <= titled_day->level) {
      cx.current_day = titled_day->before;
      titled_day.reset();
    }
    if (s.role == SectionRole::Unknown && !cx.written_by_hindsight)
      if (const auto day = day_titling_section(s.title)) {
        titled_day = TitledDay{blocks[h].level, cx.current_day};
        cx.current_day = day;
      }
    // "##### Updates:" over "13:15 CEST: New rumor: ..." paragraphs: a log of timed updates is
    // the timeline (updates with their days are read as listed updates below).
    if (s.role == SectionRole::Unknown && !cx.written_by_hindsight && !cx.has_timeline_section &&
        names_only_updates(s.title) && holds_times(blocks, s.begin, blocks[h].level) &&
        !std::any_of(blocks.begin() + static_cast<std::ptrdiff_t>(s.begin),
                     blocks.begin() + static_cast<std::ptrdiff_t>(s.end), holds_dated_entries))
      s.role = SectionRole::Timeline;
    // "## Lead Up" told in prose, with no clock time, is the story that led to the incident.
    if (s.role == SectionRole::Timeline && !cx.written_by_hindsight && names_the_lead_up(s.title) &&
        !holds_times(blocks, s.begin, blocks[h].level))
      s.role = SectionRole::WhatHappened;
    // "### 10-Apr-2023: Bigdata down" over "* 4:30 PM - Bigdata is currently down": the
    // incident's entries; its heading stays, over what else the section holds. "## 8:25 AM -
    // Initial Diagnosis" in a story told in such sections, with no timeline section: the title is
    // the entry at that moment, and the section's text stays under the title alone.
    bool read_already = false;
    bool read_as_update = false;  // a status page's update, its heading stamped with its moment
    if (story_chapters.count(h) > 0) {
      read_story_chapter(cx, blocks, s, blocks[h].level);
      read_already = true;
    } else if (s.role == SectionRole::Unknown && !cx.written_by_hindsight && titled_day &&
               titled_day->level == blocks[h].level &&
               section_lists_timed_entries(blocks, s.begin, s.end)) {
      read_entries_keeping_the_rest(cx, blocks, s, s.title);
      read_already = true;
    } else if (s.role == SectionRole::Unknown && !cx.written_by_hindsight &&
               ((!cx.has_timeline_section &&
                 ((moment_titles >= kFewestTimedTitles && stamp_alone(h)) || update_alone(h))) ||
                (cx.has_timeline_section && status_alone(h)))) {
      // "## Resolved - Aug 09, 2023 - 16:02 UTC": an update a status page stamped, alone too.
      begin_timeline_zone(cx, blocks, s.begin, s.end);
      read_timeline(cx, blocks, h, s.end);
      read_already = true;
      read_as_update = update_alone(h);
    } else if (s.role == SectionRole::Unknown && !cx.written_by_hindsight &&
               !cx.has_timeline_section && timed_titles >= kFewestTimedTitles) {
      begin_timeline_zone(cx, blocks, s.begin, s.end);
      if (const auto title = read_timed_title(cx, blocks[h].text, s.heading_line)) {
        read_entries_keeping_the_rest(cx, blocks, s, *title);
        read_already = true;
      }
    }
    if (!read_already && s.role == SectionRole::Unknown && !cx.written_by_hindsight &&
        read_dated_section(cx, blocks[h].text, blocks, s.begin, s.end, s.heading_line)) {
      cx.flush_unplaced(s.title);
      continue;
    }
    if (!read_already) read_section(cx, blocks, s);
    lessons_read = lessons_read || s.role == SectionRole::Lessons;
    if (s.role != SectionRole::Actions && !cx.written_by_hindsight) {
      cx.fixes_labelled_as_done = s.role == SectionRole::Unknown;
      for (std::size_t i = s.begin; i < s.end; ++i) find_inline_actions(cx, blocks[i]);
      if (s.role != SectionRole::Timeline) find_announced_actions(cx, blocks, s.begin, s.end);
      cx.fixes_labelled_as_done = false;
      if (s.role == SectionRole::Unknown)
        find_task_lists(cx, blocks, s.begin, s.end, names_review_progress(s.title));
      if (s.role == SectionRole::WhatHappened && names_a_part(s.title))
        find_listed_orders(cx, blocks, s.begin, s.end);
      // Work the text commits to ("We will add an alert"): actions of a document that lists
      // none. Not in a status page's update ("We are looking into it" tells its news).
      if (s.role != SectionRole::Timeline && s.role != SectionRole::Meeting && !read_as_update)
        find_committed_work(cx, blocks, s.begin, s.end);
      if (s.role == SectionRole::Lessons) find_recommended_work(cx, blocks, s.begin, s.end);
    }
  }
  if (!cx.written_by_hindsight) {
    for (std::size_t i = 0; i < preamble_last && i < blocks.size(); ++i)
      if (i != o.title) find_inline_actions(cx, blocks[i]);
    if (preamble_role != SectionRole::Actions && preamble_role != SectionRole::Timeline) {
      find_announced_actions(cx, blocks, 0, std::min(preamble_last, blocks.size()));
      find_committed_work(cx, blocks, 0, std::min(preamble_last, blocks.size()));
    }
  }
  add_inline_actions(cx);
  if (!cx.written_by_hindsight) place_footnotes(cx.postmortem);
  place_link_definitions(cx.postmortem, consumed_link_definitions(cx, blocks));
  settle_root_cause_links(cx);
  settle_duration(cx);
  // "Outage of wire.com on 2023-01-04": a hand-written title's day is the incident's when no
  // line names another and no timed entry comes before it ("Retrospective held 2024-03-12" over
  // a timeline of 2024-03-05 names the meeting's day).
  // So is the day its file's name opens with, when the text names none.
  for (const auto& day : {cx.title_day, cx.file_day}) {
    if (cx.written_by_hindsight || !cx.postmortem.incident.date.empty() || !day || day->year == 0)
      continue;
    const std::string iso = iso_date(*day);
    const bool earlier = std::any_of(
        cx.postmortem.timeline.begin(), cx.postmortem.timeline.end(),
        [&](const TimelineEvent& e) { return e.at && format_iso8601(*e.at).substr(0, 10) < iso; });
    if (!earlier) cx.postmortem.incident.date = iso;
  }
  cx.postmortem.next_action_number = cx.highest_action_number + 1;
  settle_created_at(cx.postmortem, fm);
  cx.fold_repeated_warnings();
  cx.result.postmortem = std::move(cx.postmortem);
  return std::move(cx.result);
}

}  // namespace hindsight::core
