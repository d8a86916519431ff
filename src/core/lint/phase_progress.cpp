// phase_progress(): each phase's checks, from the workflow's checklists, and the lint findings
// and timeline warnings sorted into the phase their field belongs to.
//   Prepare    Phase 1 "Gather Data" and "Create Initial Timeline": the incident's facts, a
//              timeline from detection to resolution with the steps between, and its sources.
//   Meeting    Phase 2: held and attended, the blameless opening, the five key questions, what
//              went well alongside what could be improved.
//   Root cause Phase 3: a 5 Whys chain, root causes that include process issues, the technical
//              explanation the Phase 5 document asks for.
//   Actions    Phase 4: agreed, concrete, owned, dated, and one that prevents recurrence.
//   Document   Phase 5's sections and header: summary, narrative, lessons, author, reviewers,
//              and out of draft once shared.
// Whether actions are vague, owned and dated, and whether one prevents recurrence, is read from
// lint()'s findings so that the bar and the lints can never disagree (so, like lint(), it asks
// owners and due dates of open and in-progress actions only).
#include "core/lint/phase_progress.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>

#include "core/lint/lint_checks.hpp"
#include "core/model/text.hpp"
#include "core/timeline/timeline_metrics.hpp"

namespace hindsight::core {
namespace {

constexpr std::array<std::string_view, kPhaseCount> kPhaseNames{"Prepare", "Meeting", "Root cause",
                                                                "Actions", "Document"};

// Written, and not a template's "[Name]" placeholder left in place.
bool is_filled(std::string_view text) {
  const std::string_view t = trim(text);
  if (t.empty()) return false;
  const bool placeholder =
      t.front() == '[' && t.back() == ']' && t.find_first_of("[]", 1) == t.size() - 1;
  return !placeholder;
}

bool any_filled(const std::vector<std::string>& entries) {
  return std::any_of(entries.begin(), entries.end(),
                     [](const std::string& entry) { return is_filled(entry); });
}

// One phase as it is built: its checks, each with the sentence that says what to do when it is
// not done and the finding or warning ids that already say it.
class PhaseBuilder {
 public:
  explicit PhaseBuilder(Phase phase) { progress_.phase = phase; }

  // An empty `todo` means another check of the phase already asks for the same field (no actions
  // at all: "agree actions" is the one thing to do, not "give every action an owner").
  void check(std::string_view id, std::string label, bool done, std::string path, std::string todo,
             std::initializer_list<std::string_view> covered_by = {}) {
    progress_.checks.push_back({std::string(id), std::move(label), done, std::move(path)});
    if (done) {
      ++progress_.done;
    } else if (!todo.empty()) {
      todos_.push_back({progress_.checks.size() - 1, std::move(todo),
                        std::vector<std::string_view>(covered_by)});
    }
  }

  // Room for `count` reports: a long timeline has thousands of warnings, moved once each.
  void expect_reports(std::size_t count) { reports_.reserve(count); }
  void report(MissingItem item) { reports_.push_back(std::move(item)); }

  PhaseProgress take() {
    progress_.missing.reserve(todos_.size() + reports_.size());
    for (Todo& todo : todos_) {
      const PhaseCheck& check = progress_.checks[todo.check];
      const bool said = std::any_of(reports_.begin(), reports_.end(), [&](const MissingItem& r) {
        return r.path == check.path && std::find(todo.covered_by.begin(), todo.covered_by.end(),
                                                 r.id) != todo.covered_by.end();
      });
      if (!said)
        progress_.missing.push_back(
            {MissingSource::Check, check.id, check.path, std::move(todo.message)});
    }
    std::move(reports_.begin(), reports_.end(), std::back_inserter(progress_.missing));
    return std::move(progress_);
  }

 private:
  struct Todo {
    std::size_t check = 0;
    std::string message;
    std::vector<std::string_view> covered_by;
  };
  PhaseProgress progress_;
  std::vector<Todo> todos_;
  std::vector<MissingItem> reports_;
};

// The first finding of `rule` whose path ends with `suffix`, if any.
const Finding* first_finding(const std::vector<Finding>& findings, std::string_view rule,
                             std::string_view suffix) {
  const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) {
    return f.rule == rule && f.path.ends_with(suffix);
  });
  return it == findings.end() ? nullptr : &*it;
}

void prepare_checks(const PostMortem& pm, PhaseBuilder& phase) {
  const Incident& incident = pm.incident;
  phase.check("incident-title", "Incident has a title", is_filled(incident.title),
              field_path(FieldId::Title), "Give the incident a title that names what failed.");
  phase.check("incident-date", "Incident date is set", !incident.date.empty(),
              field_path(FieldId::Date), "Set the date the incident started.");
  phase.check("incident-severity", "Severity is set", is_filled(incident.severity),
              field_path(FieldId::Severity), "Choose the incident's severity from the scale.");
  phase.check("incident-impact", "Impact is described", is_filled(incident.impact),
              field_path(FieldId::Impact),
              "Describe who and what was affected, e.g. \"~500 users, order processing delayed\".");
  const bool detected = milestone_time(pm.timeline, EventKind::Detected).has_value();
  const bool resolved = milestone_time(pm.timeline, EventKind::Resolved).has_value();
  phase.check("timeline-detected-resolved", "Timeline has detection and resolution",
              detected && resolved, "/timeline",
              "Add when the incident was detected and when it was resolved, with their times.",
              {timeline_issue_id(TimelineIssue::MissingDetected),
               timeline_issue_id(TimelineIssue::MissingResolved)});
  const bool response = std::any_of(pm.timeline.begin(), pm.timeline.end(), [](const auto& e) {
    return e.at && is_milestone(e.kind) && e.kind != EventKind::Detected &&
           e.kind != EventKind::Resolved;
  });
  // With no timeline at all, the warnings about its missing detection and resolution say it.
  const bool started = !pm.timeline.empty();
  phase.check(
      "timeline-response", "Timeline shows the response in between", response, "/timeline",
      !started
          ? ""
          : "Add the timed steps between detection and resolution: when investigation started, "
            "when the cause was found, when a fix was applied.");
  const bool sourced = std::any_of(pm.timeline.begin(), pm.timeline.end(),
                                   [](const TimelineEvent& e) { return is_filled(e.source); });
  phase.check("timeline-sources", "Timeline cites its sources", sourced, "/timeline",
              !started
                  ? ""
                  : "Note where events come from (alerts, logs, chat, status page updates) so that "
                    "readers can check them.");
}

void key_questions_check(const Meeting& meeting, PhaseBuilder& phase) {
  const auto& questions = meeting.key_questions;
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < questions.size(); ++i)
    if (!is_filled(questions[i].notes)) open.push_back(i);
  const std::size_t answered = questions.size() - open.size();
  std::string label = std::to_string(answered) + " of " + std::to_string(questions.size()) +
                      " key questions answered";
  if (questions.empty()) {
    phase.check("key-questions", std::move(label), false, "/meeting/key_questions",
                "Ask the key questions: detection, communication, response, contributing "
                "factors and resilience.");
    return;
  }
  std::string todo = "Note the answers to ";
  for (std::size_t n = 0; n < open.size(); ++n) {
    const KeyQuestion& q = questions[open[n]];
    if (n > 0) todo += n + 1 == open.size() ? " and " : ", ";
    todo += "\"" + std::string(trim(q.question.empty() ? q.topic : q.question)) + "\"";
  }
  todo += ".";
  phase.check("key-questions", std::move(label), open.empty(),
              open.empty() ? "/meeting/key_questions"
                           : field_path("/meeting/key_questions", open.front(), "notes"),
              std::move(todo));
}

void meeting_checks(const PostMortem& pm, PhaseBuilder& phase) {
  const Meeting& meeting = pm.meeting;
  phase.check("meeting-held", "Meeting time is recorded", meeting.held_at.has_value(),
              "/meeting/held_at",
              "Record when the meeting was held; within 24-48 hours of resolution memories are "
              "fresh.");
  phase.check("meeting-attendees", "Attendees are listed", any_filled(pm.incident.attendees),
              field_path(FieldId::Attendees), "List who took part in the meeting.");
  phase.check("opening-statement", "Opening statement sets a blameless tone",
              is_filled(meeting.opening_statement), field_path(FieldId::OpeningStatement),
              "Open the meeting by saying it is about learning and improving systems, not blame.");
  key_questions_check(meeting, phase);
  phase.check("went-well", "What went well is recorded", any_filled(meeting.went_well),
              field_path(FieldId::WentWell),
              "Note what went well alongside what went wrong, to celebrate good responses.",
              {kNothingWentWell});
  phase.check("could-improve", "What could be improved is recorded",
              any_filled(meeting.could_improve), field_path(FieldId::CouldImprove),
              "Note what could be improved: what slowed detection, response or communication.");
}

void five_whys_check(const RootCauseAnalysis& analysis, PhaseBuilder& phase) {
  const auto& chains = analysis.five_whys;
  const bool started = std::any_of(chains.begin(), chains.end(), [](const FiveWhys& c) {
    return is_filled(c.problem) && any_filled(c.whys);
  });
  std::string path = "/analysis/five_whys";
  if (!started && !chains.empty())
    path = field_path(path, 0, is_filled(chains.front().problem) ? "whys" : "problem");
  phase.check("five-whys", "A 5 Whys chain starts from the problem", started, std::move(path),
              "State the problem and ask \"Why?\" until you reach something a process or system "
              "change can fix.");
}

void root_cause_checks(const PostMortem& pm, PhaseBuilder& phase) {
  const RootCauseAnalysis& analysis = pm.analysis;
  five_whys_check(analysis, phase);
  const auto& causes = analysis.root_causes;
  const bool listed = std::any_of(causes.begin(), causes.end(),
                                  [](const RootCause& c) { return is_filled(c.text); });
  phase.check("root-causes", "Root causes are listed", listed, "/analysis/root_causes",
              "List the root causes the 5 Whys reached; there are usually several.",
              {kMissingRootCauses});
  const bool process = std::any_of(causes.begin(), causes.end(), [](const RootCause& c) {
    return c.category == CauseCategory::Process || c.category == CauseCategory::Communication;
  });
  phase.check("process-cause", "A root cause names a process or communication gap", process,
              "/analysis/root_causes",
              listed ? "Include the process causes: what in review, testing or communication let "
                       "this through?"
                     : "",
              {kNoProcessCause});
  phase.check("analysis-summary", "Technical explanation is written", is_filled(analysis.summary),
              field_path(FieldId::RootCauseSummary), "Explain technically why this occurred.");
}

// A check that holds when there are actions and lint() finds no `rule` at a path ending in
// `suffix`; when it does not hold, its path is the first such finding's.
void action_lint_check(const PostMortem& pm, const std::vector<Finding>& findings,
                       PhaseBuilder& phase, std::string_view id, std::string label,
                       std::string_view rule, std::string_view suffix) {
  const Finding* found = first_finding(findings, rule, suffix);
  const bool any = !pm.actions.empty();
  // No todo of its own: lint's finding at that path says what to do, and with no actions at all
  // "actions-agreed" does.
  phase.check(id, std::move(label), any && !found, found ? found->path : "/actions", "");
}

void action_checks(const PostMortem& pm, const std::vector<Finding>& findings,
                   PhaseBuilder& phase) {
  phase.check("actions-agreed", "Action items are agreed", !pm.actions.empty(), "/actions",
              "Agree a few concrete actions, each with an owner and a due date: better to "
              "complete 3 than start 10.");
  action_lint_check(pm, findings, phase, "actions-concrete",
                    "Every action is concrete and measurable", kVagueAction, "/action");
  action_lint_check(pm, findings, phase, "action-owners", "Every action has an owner",
                    kActionNoOwner, "/owner");
  action_lint_check(pm, findings, phase, "action-due-dates", "Every action has a due date",
                    kActionNoDue, "/due");
  action_lint_check(pm, findings, phase, "prevention-action",
                    "A high-priority action prevents recurrence", kNoPreventionAction, "/actions");
}

void document_checks(const PostMortem& pm, PhaseBuilder& phase) {
  phase.check("executive-summary", "Executive summary is written", is_filled(pm.executive_summary),
              field_path(FieldId::ExecutiveSummary),
              "Summarise what happened and the key learnings in 2-3 sentences.");
  phase.check("what-happened", "What happened is told", is_filled(pm.what_happened),
              field_path(FieldId::WhatHappened),
              "Tell what happened as a chronological narrative.");
  phase.check("lessons-learned", "Lessons learned are written", is_filled(pm.lessons_learned),
              field_path(FieldId::LessonsLearned),
              "Write down the lessons learned, so other teams can use them.");
  phase.check("author", "Author is named", is_filled(pm.incident.author),
              field_path(FieldId::Author), "Name the document's author.");
  phase.check("reviewers", "Reviewers are named", any_filled(pm.incident.reviewers),
              field_path(FieldId::Reviewers), "Name who reviews the document before it is shared.");
  phase.check("status", "Document is in review or published", pm.incident.status != Status::Draft,
              "/incident/status",
              "Set the status to In Review when the document is ready to share.");
}

bool under(std::string_view path, std::string_view prefix) {
  return path.starts_with(prefix) && (path.size() == prefix.size() || path[prefix.size()] == '/');
}

}  // namespace

std::string_view phase_name(Phase phase) { return kPhaseNames[static_cast<std::size_t>(phase)]; }

Phase phase_of_path(std::string_view path) {
  static constexpr std::array<std::pair<std::string_view, Phase>, 11> kPrefixes{{
      {model_field(FieldId::Attendees).path, Phase::Meeting},
      {model_field(FieldId::Facilitator).path, Phase::Meeting},
      {model_field(FieldId::Author).path, Phase::Document},
      {model_field(FieldId::Reviewers).path, Phase::Document},
      {"/incident/status", Phase::Document},
      {"/incident", Phase::Prepare},
      {"/severity_scale", Phase::Prepare},
      {"/timeline", Phase::Prepare},
      {"/meeting", Phase::Meeting},
      {"/analysis", Phase::RootCause},
      {"/actions", Phase::Actions},
  }};
  for (const auto& [prefix, phase] : kPrefixes)
    if (under(path, prefix)) return phase;
  return Phase::Document;
}

std::string_view timeline_issue_id(TimelineIssue issue) {
  switch (issue) {
    case TimelineIssue::MissingDetected:
      return "timeline-missing-detected";
    case TimelineIssue::MissingResolved:
      return "timeline-missing-resolved";
    case TimelineIssue::NoTime:
      return "timeline-no-time";
    case TimelineIssue::OutOfOrder:
      return "timeline-out-of-order";
    case TimelineIssue::RepeatedMilestone:
      return "timeline-repeated-milestone";
    case TimelineIssue::BeforeDetected:
      return "timeline-before-detected";
    case TimelineIssue::ResolvedBeforeMitigated:
      return "timeline-resolved-before-mitigated";
    case TimelineIssue::ResolvedBeforeFixApplied:
      return "timeline-resolved-before-fix-applied";
  }
  return "timeline";
}

std::vector<PhaseProgress> phase_progress(const PostMortem& postmortem) {
  return phase_progress(postmortem, lint(postmortem));
}

std::vector<PhaseProgress> phase_progress(const PostMortem& postmortem,
                                          const std::vector<Finding>& findings) {
  return phase_progress(postmortem, findings, timeline_warnings(postmortem.timeline));
}

std::vector<PhaseProgress> phase_progress(const PostMortem& postmortem,
                                          const std::vector<Finding>& findings,
                                          const std::vector<TimelineWarning>& warnings) {
  std::vector<PhaseBuilder> phases;
  for (std::size_t i = 0; i < kPhaseCount; ++i) phases.emplace_back(static_cast<Phase>(i));
  auto at = [&](Phase phase) -> PhaseBuilder& { return phases[static_cast<std::size_t>(phase)]; };

  std::array<std::size_t, kPhaseCount> reports{};
  for (const Finding& f : findings) ++reports[static_cast<std::size_t>(phase_of_path(f.path))];
  reports[static_cast<std::size_t>(Phase::Prepare)] += warnings.size();
  for (std::size_t i = 0; i < kPhaseCount; ++i) phases[i].expect_reports(reports[i]);

  for (const Finding& f : findings)
    at(phase_of_path(f.path)).report({MissingSource::Lint, f.rule, f.path, f.message});
  for (const TimelineWarning& w : warnings)
    at(Phase::Prepare)
        .report({MissingSource::Timeline, std::string(timeline_issue_id(w.issue)),
                 w.event ? field_path("/timeline", *w.event) : "/timeline", w.message});

  prepare_checks(postmortem, at(Phase::Prepare));
  meeting_checks(postmortem, at(Phase::Meeting));
  root_cause_checks(postmortem, at(Phase::RootCause));
  action_checks(postmortem, findings, at(Phase::Actions));
  document_checks(postmortem, at(Phase::Document));

  std::vector<PhaseProgress> result;
  result.reserve(kPhaseCount);
  for (PhaseBuilder& phase : phases) result.push_back(phase.take());
  return result;
}

}  // namespace hindsight::core
