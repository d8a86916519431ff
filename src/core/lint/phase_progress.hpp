// Phase progress: how far a post-mortem is through the workflow's five phases
// (docs/postmortem-workflow.md: Preparation, the meeting, root cause analysis, action items,
// documentation), as the editor's phase bar and its "what is still missing" list show it.
// Owns: the checks each phase asks for (derived from the workflow's checklists), and which phase
// each lint finding and timeline warning belongs to.
// Contract: a pure function of the post-mortem (no clock, no locale), linear in its size, so it
// can run after every edit. It never changes the post-mortem and never judges wording itself:
// the quality of what is written is lint()'s and timeline_warnings()'s, whose reports it sorts
// into phases. Paths are the lint paths ("/actions/2/owner", "/meeting/key_questions/1/notes");
// a timeline warning about one event names "/timeline/<index>", as the Markdown import does.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/lint/lint.hpp"
#include "core/model/postmortem.hpp"
#include "core/timeline/timeline_warnings.hpp"

namespace hindsight::core {

enum class Phase { Prepare, Meeting, RootCause, Actions, Document };

inline constexpr std::size_t kPhaseCount = 5;

std::string_view phase_name(Phase phase);  // "Prepare", "Meeting", "Root cause", ...

// One thing a phase asks for, done or not.
struct PhaseCheck {
  std::string id;     // stable: "timeline-detected-resolved", "key-questions", "action-owners"
  std::string label;  // for people: "3 of 5 key questions answered"
  bool done = false;
  std::string path;  // the field it concerns; when not done, the first field that is missing
  friend bool operator==(const PhaseCheck&, const PhaseCheck&) = default;
};

// Why a phase is not complete yet.
enum class MissingSource { Check, Lint, Timeline };

struct MissingItem {
  MissingSource source = MissingSource::Check;
  std::string id;       // the check id, the lint rule id or timeline_issue_id()
  std::string path;     // the field, as in PhaseCheck::path and Finding::path
  std::string message;  // one sentence for people
  friend bool operator==(const MissingItem&, const MissingItem&) = default;
};

struct PhaseProgress {
  Phase phase = Phase::Prepare;
  std::vector<PhaseCheck> checks;  // in the order the workflow asks for them
  std::size_t done = 0;            // how many checks are done
  // Undone checks first (in check order), then the phase's lint findings (in lint() order),
  // then its timeline warnings. An undone check is left out when a finding or warning at its
  // path already says the same (its "no owner" finding, its "no Detected event" warning).
  std::vector<MissingItem> missing;
  std::size_t total() const { return checks.size(); }
  bool complete() const { return done == checks.size() && missing.empty(); }
  friend bool operator==(const PhaseProgress&, const PhaseProgress&) = default;
};

// The five phases, in workflow order.
std::vector<PhaseProgress> phase_progress(const PostMortem& postmortem);
// The same, from lint(postmortem)'s findings when the caller has them already (the editor shows
// them beside the fields too), so the document is linted once.
std::vector<PhaseProgress> phase_progress(const PostMortem& postmortem,
                                          const std::vector<Finding>& findings);
// The same, with timeline_warnings(postmortem.timeline) the caller kept (the editor computes them
// when the timeline changes, not after every pause in typing).
std::vector<PhaseProgress> phase_progress(const PostMortem& postmortem,
                                          const std::vector<Finding>& findings,
                                          const std::vector<TimelineWarning>& warnings);

// The phase a field belongs to: the incident's facts and the timeline are prepared, attendees
// and the facilitator belong to the meeting, the author, reviewers and status to the document;
// "/meeting", "/analysis" and "/actions" name their phases; everything else (the whole document
// "", the prose sections, extra sections) is the document's.
Phase phase_of_path(std::string_view path);

// A stable id for a timeline issue: "timeline-missing-detected", "timeline-out-of-order", ...
std::string_view timeline_issue_id(TimelineIssue issue);

}  // namespace hindsight::core
