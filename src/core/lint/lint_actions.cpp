// Action items (docs/postmortem-workflow.md, Phase 4, "Concrete, Measurable Actions" and "Too
// Many Action Items Generated"): every open action needs an owner, a due date and wording that
// says what will change; a list of 15 or more should be consolidated; and at least one
// high-priority action should prevent recurrence.
// Contract: done and won't-do actions are not checked for vagueness; wording is vague when it
// leans on words such as "improve", "better" or "be more careful" with no number or threshold to
// check it by, or is shorter than three words ("Update runbooks").
#include <algorithm>

#include "core/lint/lint_checks.hpp"
#include "core/lint/lint_words.hpp"

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

void check_action(const ActionItem& action, std::size_t index, std::vector<Finding>& findings) {
  const std::string path = "/actions/" + std::to_string(index);
  const std::string name = name_of(action, index);
  if (const auto offset = vague_wording(action.action))
    add(findings, kVagueAction, path + "/action", *offset,
        name + " is vague: it does not say what will change or how to tell it is done.",
        "Make it concrete and measurable, e.g. \"Add alert for connection pool utilization > "
        "80%\" instead of \"Improve monitoring\".");
  if (is_blank(action.owner))
    add(findings, kVagueAction, path + "/owner", 0, name + " has no owner.",
        "Name one owner (a person or a team) who will see it through, e.g. \"Owner: Sarah\".");
  if (is_blank(action.due))
    add(findings, kVagueAction, path + "/due", 0, name + " has no due date.",
        "Agree a due date so the action can be followed up, e.g. \"Due: Jan 20\".");
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

void lint_actions(const PostMortem& postmortem, std::vector<Finding>& findings) {
  for (std::size_t i = 0; i < postmortem.actions.size(); ++i)
    if (is_open(postmortem.actions[i])) check_action(postmortem.actions[i], i, findings);
  check_count(postmortem.actions, findings);
  check_prevention(postmortem, findings);
}

}  // namespace hindsight::core
