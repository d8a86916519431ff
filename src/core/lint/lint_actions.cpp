// Action items (docs/postmortem-workflow.md, Phase 4, "Concrete, Measurable Actions" and "Too
// Many Action Items Generated"): every open action needs an owner, a due date written as a day
// (YYYY-MM-DD) and wording that says what will change; a list of 15 or more should be
// consolidated; and at least one high-priority action should prevent recurrence.
// Contract: each problem of an action has its own rule (vague-action, action-no-owner,
// action-no-due, action-relative-due), so a view can show each on the action's row; done and
// won't-do actions are not checked. Wording is vague when it leans on words such as "improve",
// "better" or "be more careful" with no number or threshold to check it by, or is shorter than
// three words ("Update runbooks"). A due date as written ("next sprint") is kept by the model and
// only flagged here. Each suggestion carries the workflow's matching BAD -> GOOD example.
#include <algorithm>

#include "core/lint/lint_checks.hpp"
#include "core/lint/lint_words.hpp"
#include "core/model/text.hpp"
#include "core/timeline/loose_time.hpp"

namespace hindsight::core {
namespace {

constexpr std::size_t kActionLimit = 15;
constexpr std::size_t kMinimumWords = 3;

bool is_open(const ActionItem& action) {
  return action.status == ActionStatus::Open || action.status == ActionStatus::InProgress;
}

std::string name_of(const ActionItem& action, std::size_t index) {
  return "Action " + (action.id.empty() ? std::to_string(index + 1) : action.id);
}

bool is_vague_word(std::string_view w) {
  return is_one_of(
      w, {"improve",  "improved", "improving", "enhance",   "strengthen", "optimize", "optimise",
          "better",   "careful",  "carefully", "awareness", "ensure",     "try",      "remember",
          "consider", "more",     "properly",  "various",   "generally",  "robust",   "etc"});
}

// A number, a percentage or a comparison: something to check the action by.
bool has_measure(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '%' || c == '<' || c == '>' || c == '=';
  });
}

// The byte offset where vague wording starts, if the action is vague.
std::optional<std::size_t> vague_wording(std::string_view text) {
  const std::vector<Word> words = split_words(text);
  if (words.empty()) return 0;
  if (!has_measure(text))
    for (const Word& word : words)
      if (is_vague_word(word.lower)) return word.offset;
  if (words.size() < kMinimumWords) return words.front().offset;
  return std::nullopt;
}

// The workflow's "Concrete, Measurable Actions" examples.
struct Example {
  std::string_view bad;
  std::string_view good;
};
constexpr Example kMonitoringExample{
    "Improve monitoring",
    "Add alert for connection pool utilization > 80% (Owner: Sarah, Due: Jan 20)"};
constexpr Example kReviewExample{
    "Be more careful in code review",
    "Add performance checklist item to PR template (Owner: Team, Due: Jan 22)"};
constexpr Example kDocumentationExample{
    "Better documentation",
    "Create runbook for database connection issues (Owner: Mike, Due: Jan 30)"};

// The example closest to what the action is about: reviews and care, documentation, else
// monitoring.
const Example& example_for(const ActionItem& action) {
  for (const Word& word : split_words(action.action)) {
    if (is_one_of(word.lower, {"review", "reviews", "careful", "carefully", "checklist", "pr"}))
      return kReviewExample;
    if (is_one_of(word.lower,
                  {"documentation", "docs", "document", "documented", "runbook", "runbooks"}))
      return kDocumentationExample;
  }
  if (action.category == ActionCategory::Documentation) return kDocumentationExample;
  return kMonitoringExample;
}

std::string bad_to_good(const Example& example) {
  return "\"" + std::string(example.bad) + "\" \xE2\x86\x92 \"" + std::string(example.good) + "\"";
}

// Whether a due date is written as one calendar day, "YYYY-MM-DD".
bool is_iso_day(std::string_view due) {
  const std::optional<LooseDate> day = read_date(due);
  return day && day->year != 0 && day->length == due.size() && iso_date(*day) == due;
}

// The ISO day a due date names, the incident's year filling a missing one ("Jan 20" in a 2024
// incident -> "2024-01-20"); empty when it names no day ("next sprint").
std::string iso_day_for(std::string_view due, const Incident& incident) {
  std::optional<LooseDate> day = read_date(due);
  if (!day || day->length != due.size()) return {};
  if (day->year == 0) {
    const std::optional<LooseDate> incident_day = read_date(incident.date);
    if (!incident_day || incident_day->year == 0) return {};
    day->year = incident_day->year;
  }
  return iso_date(*day);
}

void check_due(const ActionItem& action, const std::string& path, const std::string& name,
               const Incident& incident, std::vector<Finding>& findings) {
  if (is_blank(action.due)) {
    add(findings, kActionNoDue, path + "/due", 0, name + " has no due date.",
        "Agree a due date so the action can be followed up: " +
            bad_to_good(example_for(action)) + ".");
    return;
  }
  const std::string_view due = trim(action.due);
  if (is_iso_day(due)) return;
  const std::string day = iso_day_for(due, incident);
  add(findings, kActionRelativeDue, path + "/due", 0,
      name + "'s due date \"" + std::string(due) +
          "\" is not a calendar day written as YYYY-MM-DD, so it cannot be followed up by date.",
      day.empty() ? "Agree the day it is due and write it as YYYY-MM-DD, e.g. \"2024-01-20\"."
                  : "Write it as \"" + day + "\".");
}

void check_action(const ActionItem& action, std::size_t index, const Incident& incident,
                  std::vector<Finding>& findings) {
  const std::string path = field_path("/actions", index);
  const std::string name = name_of(action, index);
  // The example is looked up only for a finding that shows it: most actions need none.
  if (const auto offset = vague_wording(action.action))
    add(findings, kVagueAction, path + "/action", *offset,
        name + " is vague: it does not say what will change or how to tell it is done.",
        "Make it concrete and measurable: " + bad_to_good(example_for(action)) + ".");
  if (is_blank(action.owner))
    add(findings, kActionNoOwner, path + "/owner", 0, name + " has no owner.",
        "Name one owner (a person or a team) who will see it through: " +
            bad_to_good(example_for(action)) + ".");
  check_due(action, path, name, incident, findings);
}

void check_count(const std::vector<ActionItem>& actions, std::vector<Finding>& findings) {
  if (actions.size() < kActionLimit) return;
  add(findings, kTooManyActions, "/actions", 0,
      std::to_string(actions.size()) +
          " action items: too many to complete; better to complete 3 than start 10.",
      "Group similar items, mark each \"must do\" or \"nice to have\", and apply the 80/20 rule: "
      "keep the 20% of actions that prevent 80% of similar issues.");
}

void check_prevention(const PostMortem& postmortem, std::vector<Finding>& findings) {
  const auto& actions = postmortem.actions;
  if (actions.empty() && postmortem.analysis.root_causes.empty()) return;
  const bool prevents = std::any_of(actions.begin(), actions.end(), [](const ActionItem& a) {
    return a.priority == Priority::High && a.type == ActionType::Prevent &&
           a.status != ActionStatus::WontDo;
  });
  if (prevents) return;
  add(findings, kNoPreventionAction, "/actions", 0,
      "No high-priority action prevents this issue from recurring.",
      "Add one, e.g. \"Create database query performance test\": High priority is for actions "
      "that prevent recurrence of this exact issue.");
}

}  // namespace

void lint_action(const PostMortem& postmortem, std::size_t index, std::vector<Finding>& findings) {
  if (is_open(postmortem.actions[index]))
    check_action(postmortem.actions[index], index, postmortem.incident, findings);
}

void lint_action_list(const PostMortem& postmortem, std::vector<Finding>& findings) {
  check_count(postmortem.actions, findings);
  check_prevention(postmortem, findings);
}

}  // namespace hindsight::core
