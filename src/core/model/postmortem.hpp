// The post-mortem: everything one blameless review holds, from the incident's metadata to the
// action items agreed at the end (docs/postmortem-workflow.md, phases 1-5).
// Owns: plain data and the value rules below. It knows nothing of how it is drawn, stored or
// exported; those live in ui/, platform/ and the codecs (json_codec, markdown_export/import).
//
// Value rules every codec relies on:
//   - Text is UTF-8 with LF line ends and no NUL. "Prose" fields hold Markdown as the team
//     wrote it, any Markdown at all; list entries (went well, could improve, lucky, confusion,
//     parking lot, follow-ups) hold Markdown too, and are not empty. Other text (titles, names,
//     table cells, labelled values) is plain text with no space, tab or line break at either end
//     or around a line break; names in a list (reviewers, attendees) hold no ',' or ';', and a
//     merged action's record is one line. Within these rules the Markdown file gives back every
//     value.
//   - Dates are "YYYY-MM-DD" or empty; a due date that names no day is kept as written.
//   - Times are UTC (sys_seconds); a timeline event may have no time when its source gave none.
//   - Action ids are never reused: see PostMortem::next_action_number.
//   - `unknown` holds JSON fields this version does not know, so that a newer file survives a
//     load and save by an older Hindsight. Markdown does not carry them.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace hindsight::core {

using UtcSeconds = std::chrono::sys_seconds;
using Json = nlohmann::json;

// `value` as JSON text (compact, or indented by `indent` spaces). Text that is not valid UTF-8 is
// written as U+FFFD instead of throwing: the web build cannot catch exceptions.
inline std::string json_text(const Json& value, int indent = -1) {
  return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

enum class Status { Draft, InReview, Published };

enum class EventKind {
  Detected,
  Acknowledged,
  InvestigationStarted,
  RootCauseIdentified,
  Mitigated,
  FixApplied,
  Resolved,
  Communication,
  Note,
};

enum class CauseCategory { Technical, Process, Communication, External, Unknown };
enum class Confidence { Confirmed, Likely, Unknown };

// The seed's five brainstorming categories (Phase 4).
enum class ActionCategory {
  DetectionMonitoring,
  Prevention,
  ResponseTools,
  Communication,
  Documentation
};
enum class ActionType { Prevent, Mitigate, Process, Other };
enum class Priority { High, Medium, Low };
enum class ActionStatus { Open, InProgress, Done, WontDo };
// The prioritisation exercise ("Too Many Action Items Generated"): must do or nice to have.
enum class Triage { Unsorted, MustDo, NiceToHave };

struct SeverityLevel {
  std::string name;         // "SEV-2"
  std::string description;  // "Service Degradation"
  Json unknown = Json::object();
  friend bool operator==(const SeverityLevel&, const SeverityLevel&) = default;
};

struct Incident {
  std::string title;
  std::string date;      // "YYYY-MM-DD" or empty
  std::string severity;  // a name from PostMortem::severity_scale, or empty
  Status status = Status::Draft;
  std::string impact;           // prose: who and what was affected
  std::string users_affected;   // as stated: "~500"
  std::string stated_duration;  // as written, when it is not what the timeline computes
  std::string author;
  std::string facilitator;
  std::vector<std::string> reviewers;
  std::vector<std::string> attendees;
  std::vector<std::string> tags;
  std::vector<std::string> services;
  Json unknown = Json::object();
  friend bool operator==(const Incident&, const Incident&) = default;
};

struct TimelineEvent {
  std::optional<UtcSeconds> at;
  EventKind kind = EventKind::Note;
  std::string text;
  std::string source;  // "PagerDuty", a log file, a Slack link
  Json unknown = Json::object();
  friend bool operator==(const TimelineEvent&, const TimelineEvent&) = default;
};

// The agenda's timer is stored as times, not as a counter, so that a reload (or another tab)
// shows the same clock: time used = used_seconds + (now - running_since) while it runs.
struct AgendaItem {
  std::string phase;                          // "Review the timeline"
  int minutes = 0;                            // the time box
  std::optional<UtcSeconds> running_since{};  // when its timer last started; empty while stopped
  int used_seconds = 0;                       // time used in the runs before running_since
  Json unknown = Json::object();
  friend bool operator==(const AgendaItem&, const AgendaItem&) = default;
};

struct KeyQuestion {
  std::string topic;     // "Detection"
  std::string question;  // "How did we discover the issue?"
  std::string notes;     // prose: the answers given in the meeting
  Json unknown = Json::object();
  friend bool operator==(const KeyQuestion&, const KeyQuestion&) = default;
};

struct Meeting {
  std::optional<UtcSeconds> held_at;
  std::vector<AgendaItem> agenda;
  std::string opening_statement;  // prose
  std::vector<KeyQuestion> key_questions;
  std::vector<std::string> went_well;
  std::vector<std::string> could_improve;
  std::vector<std::string> got_lucky;
  std::vector<std::string> confusion;  // moments people felt confused or uncertain
  std::vector<std::string> parking_lot;
  // The agenda item the meeting is on: -1 before it starts, agenda.size() once the last is done.
  int current_item = -1;
  std::vector<UtcSeconds> ground_rules_restated{};  // each time the facilitator restated them
  Json unknown = Json::object();
  friend bool operator==(const Meeting&, const Meeting&) = default;
};

struct FiveWhys {
  std::string problem;
  std::vector<std::string> whys;  // each answer to "Why?", in order
  std::string conclusion;
  Json unknown = Json::object();
  friend bool operator==(const FiveWhys&, const FiveWhys&) = default;
};

struct RootCause {
  std::string text;
  CauseCategory category = CauseCategory::Technical;
  Confidence confidence = Confidence::Confirmed;
  std::string id{};  // stable: "R1", "R2", ...; what an action's `addresses` names
  Json unknown = Json::object();
  friend bool operator==(const RootCause&, const RootCause&) = default;
};

struct RootCauseAnalysis {
  std::string summary;  // prose: the explanation of why this occurred
  std::vector<FiveWhys> five_whys;
  std::vector<RootCause> root_causes;
  std::vector<std::string> follow_up_investigations;
  Json unknown = Json::object();
  friend bool operator==(const RootCauseAnalysis&, const RootCauseAnalysis&) = default;
};

struct ActionItem {
  std::string id;  // stable: "A1", "A2", ... never reused within a post-mortem
  std::string action;
  ActionCategory category = ActionCategory::Prevention;
  ActionType type = ActionType::Prevent;
  Priority priority = Priority::Medium;
  std::string owner;
  std::string due;     // "YYYY-MM-DD", or as written when it names no day ("next sprint")
  std::string effort;  // "2 hours"
  ActionStatus status = ActionStatus::Open;
  std::string ticket;       // a link or an issue key
  std::string addresses{};  // the id of the root cause it addresses ("R2"), or empty
  Triage triage = Triage::Unsorted;
  std::vector<std::string> merged{};  // actions merged into this one, as written: "A3: Add alerts"
  Json unknown = Json::object();
  friend bool operator==(const ActionItem&, const ActionItem&) = default;
};

// A brainstormed improvement (Phase 4, "Generate Improvement Ideas"), jotted before it is
// worded as an action item.
struct Idea {
  ActionCategory category = ActionCategory::Prevention;
  std::string text;
  Json unknown = Json::object();
  friend bool operator==(const Idea&, const Idea&) = default;
};

struct ExtraSection {
  std::string title;
  std::string body;  // prose
  Json unknown = Json::object();
  friend bool operator==(const ExtraSection&, const ExtraSection&) = default;
};

struct PostMortem {
  std::string id;  // stable for the post-mortem's whole life, e.g. "pm-3f9c0a1b2d4e5f60"
  UtcSeconds created_at{};
  Incident incident;
  std::vector<SeverityLevel> severity_scale;  // default_severity_scale() unless configured
  std::vector<TimelineEvent> timeline;        // in the order the team keeps them
  Meeting meeting;
  RootCauseAnalysis analysis;
  std::vector<Idea> ideas;
  std::vector<ActionItem> actions;
  // prose: what the team wrote about its action items as a whole (how they were chosen and
  // ranked, where they are tracked, who follows them up), beside the items themselves
  std::string actions_notes;
  std::string executive_summary;  // prose
  std::string what_happened;      // prose
  std::string lessons_learned;    // prose
  std::vector<ExtraSection> extra_sections;
  // The number the next new action's id takes ("A<n>"). Value rule: always greater than every
  // action number in use, and than every number given before (to actions since removed), so an
  // id is never given twice. The codecs and add_action keep it so; a smaller value (actions set
  // directly in code) counts as one more than the highest number in use.
  std::uint64_t next_action_number{1};
  Json unknown = Json::object();
  friend bool operator==(const PostMortem&, const PostMortem&) = default;
};

}  // namespace hindsight::core
