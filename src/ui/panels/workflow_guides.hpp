// The workflow's own guidance for the root cause and action phases (docs/postmortem-workflow.md,
// Phases 3 and 4 and the troubleshooting for "Too Many Action Items Generated" and "No Clear Root
// Cause Found"), as the panels show it beside the fields it guides: the brainstorming questions,
// the priority selection criteria, the uncertainty phrase, the BAD to GOOD action examples and
// the example consolidation.
// Contract: text only, quoted from the workflow; nothing here reads or changes a post-mortem.
#pragma once

#include <array>
#include <string_view>

#include "core/model/postmortem.hpp"

namespace hindsight::ui {

// The two questions that prompt ideas in one brainstorming category.
std::array<std::string_view, 2> brainstorm_questions(core::ActionCategory category);

// The selection criteria of one priority ("Prevents recurrence of this exact issue").
std::string_view priority_criterion(core::Priority priority);

// "Document Uncertainty": the phrase a facilitator starts the summary from.
inline constexpr std::string_view kUncertaintyPhrase =
    "Root Cause: Likely a combination of factors including X, Y, and Z. We don't have complete "
    "certainty, but evidence points to...";

struct ActionExample {
  std::string_view bad, good;
};
// "Concrete, Measurable Actions".
inline constexpr std::array<ActionExample, 3> kActionExamples{{
    {"Improve monitoring",
     "Add alert for connection pool utilization > 80% (Owner: Sarah, Due: Jan 20)"},
    {"Be more careful in code review",
     "Add performance checklist item to PR template (Owner: Team, Due: Jan 22)"},
    {"Better documentation",
     "Create runbook for database connection issues (Owner: Mike, Due: Jan 30)"},
}};

// "Prioritization Exercise".
inline constexpr std::array<std::string_view, 3> kPrioritisationSteps{
    "Group similar items",
    "Identify \"must do\" vs \"nice to have\"",
    "Apply 80/20 rule - which 20% of actions prevent 80% of similar issues?",
};
inline constexpr std::string_view kEightyTwentyQuestion =
    "Which 20% of these actions would prevent 80% of similar issues?";
inline constexpr std::array<std::string_view, 5> kConsolidationBefore{
    "Improve monitoring", "Add more alerts", "Better dashboards", "Update runbooks",
    "Monitoring training"};
inline constexpr std::array<std::string_view, 2> kConsolidationAfter{
    "Add 3 specific alerts for connection pool issues (Owner: Sarah)",
    "Create connection pool runbook (Owner: Mike)"};

// The list length at which the workflow calls for the exercise ("grows to 15+ items").
inline constexpr std::size_t kPrioritiseFrom = 15;

}  // namespace hindsight::ui
