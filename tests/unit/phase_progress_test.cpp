// Phase progress: the five phases' checks on a new post-mortem, each check completed by filling
// its field, lint findings and timeline warnings in the phase of their field, and an undone check
// not repeated when a finding already says it.
#include "core/lint/phase_progress.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "core/model/commands.hpp"
#include "core/model/seed_templates.hpp"
#include "core/model/time_format.hpp"
#include "unit/sample_asset.hpp"

namespace hindsight::core {
namespace {

PostMortem fresh() {
  return new_postmortem("pm-1", "Checkout outage", *parse_iso8601("2024-03-02T09:00:00Z"));
}

PhaseProgress of(const std::vector<PhaseProgress>& phases, Phase phase) {
  return phases.at(static_cast<std::size_t>(phase));
}

const PhaseCheck* find_check(const PhaseProgress& phase, std::string_view id) {
  for (const PhaseCheck& check : phase.checks)
    if (check.id == id) return &check;
  return nullptr;
}

std::vector<std::string> check_ids(const PhaseProgress& phase, bool done) {
  std::vector<std::string> ids;
  for (const PhaseCheck& check : phase.checks)
    if (check.done == done) ids.push_back(check.id);
  return ids;
}

std::vector<std::string> missing_ids(const PhaseProgress& phase) {
  std::vector<std::string> ids;
  for (const MissingItem& item : phase.missing) ids.push_back(item.id);
  return ids;
}

TimelineEvent event(EventKind kind, const char* iso, std::string text, std::string source = {}) {
  return {*parse_iso8601(iso), kind, std::move(text), std::move(source), Json::object()};
}

using Ids = std::vector<std::string>;

TEST(PhaseProgress, ListsTheFivePhasesInWorkflowOrder) {
  const auto phases = phase_progress(fresh());
  ASSERT_EQ(phases.size(), kPhaseCount);
  const std::vector<std::string> names{"Prepare", "Meeting", "Root cause", "Actions", "Document"};
  for (std::size_t i = 0; i < kPhaseCount; ++i) {
    EXPECT_EQ(phases[i].phase, static_cast<Phase>(i));
    EXPECT_EQ(phase_name(phases[i].phase), names[i]);
  }
}

TEST(PhaseProgress, NewPostmortemIsIncompleteInEveryPhaseWithWhatIsMissing) {
  const auto phases = phase_progress(fresh());
  for (const PhaseProgress& phase : phases) EXPECT_FALSE(phase.complete());

  const PhaseProgress& prepare = of(phases, Phase::Prepare);
  EXPECT_EQ(check_ids(prepare, true), Ids{"incident-title"});
  EXPECT_EQ(prepare.done, 1u);
  EXPECT_EQ(prepare.total(), 7u);
  // The empty timeline is reported once, by its two warnings, not by three checks as well.
  EXPECT_EQ(missing_ids(prepare), (Ids{"incident-date", "incident-severity", "incident-impact",
                                       "timeline-missing-detected", "timeline-missing-resolved"}));
  EXPECT_EQ(prepare.missing[3].source, MissingSource::Timeline);
  EXPECT_EQ(prepare.missing[3].path, "/timeline");

  const PhaseProgress& meeting = of(phases, Phase::Meeting);
  EXPECT_EQ(check_ids(meeting, true), Ids{"opening-statement"});
  EXPECT_EQ(missing_ids(meeting), (Ids{"meeting-held", "meeting-attendees", "key-questions",
                                       "went-well", "could-improve"}));
  EXPECT_EQ(meeting.missing[2].path, "/meeting/key_questions/0/notes");
  EXPECT_EQ(find_check(meeting, "key-questions")->label, "0 of 5 key questions answered");

  const PhaseProgress& root_cause = of(phases, Phase::RootCause);
  EXPECT_EQ(root_cause.done, 0u);
  EXPECT_EQ(root_cause.total(), 4u);
  EXPECT_EQ(missing_ids(root_cause), (Ids{"five-whys", "root-causes", "analysis-summary"}));

  const PhaseProgress& actions = of(phases, Phase::Actions);
  EXPECT_EQ(actions.done, 0u);
  EXPECT_EQ(actions.total(), 5u);
  EXPECT_EQ(missing_ids(actions), Ids{"actions-agreed"});
  EXPECT_EQ(actions.missing[0].path, "/actions");
  EXPECT_EQ(actions.missing[0].source, MissingSource::Check);

  const PhaseProgress& document = of(phases, Phase::Document);
  EXPECT_EQ(document.done, 0u);
  EXPECT_EQ(missing_ids(document), (Ids{"executive-summary", "what-happened", "lessons-learned",
                                        "author", "reviewers", "status"}));
  EXPECT_EQ(document.missing[0].message,
            "Summarise what happened and the key learnings in 2-3 sentences.");
}

struct Fill {
  Phase phase;
  const char* check;
  std::function<void(PostMortem&)> edit;
};

void edit_first_action(PostMortem& p, const std::function<void(ActionItem&)>& edit) {
  ActionItem action = p.actions.at(0);
  edit(action);
  ASSERT_TRUE(update_action(p, action.id, action));
}

TEST(PhaseProgress, FillingEachFieldCompletesItsCheck) {
  const std::vector<Fill> fills{
      {Phase::Prepare, "incident-date", [](PostMortem& p) { set_incident_date(p, "2024-03-01"); }},
      {Phase::Prepare, "incident-severity",
       [](PostMortem& p) { set_incident_severity(p, "SEV-2"); }},
      {Phase::Prepare, "incident-impact",
       [](PostMortem& p) { set_incident_text(p, IncidentText::Impact, "Checkout unavailable"); }},
      {Phase::Prepare, "timeline-detected-resolved",
       [](PostMortem& p) {
         add_event(p, event(EventKind::Detected, "2024-03-01T10:00:00Z", "Alert fired"));
         add_event(p, event(EventKind::Resolved, "2024-03-01T11:00:00Z", "Errors stopped"));
       }},
      {Phase::Prepare, "timeline-response",
       [](PostMortem& p) {
         add_event(p, event(EventKind::Mitigated, "2024-03-01T10:30:00Z", "Traffic drained"));
       }},
      {Phase::Prepare, "timeline-sources",
       [](PostMortem& p) {
         add_event(p, event(EventKind::Note, "2024-03-01T09:50:00Z", "Deploy", "Deploy log"));
       }},
      {Phase::Meeting, "meeting-held",
       [](PostMortem& p) { set_meeting_time(p, parse_iso8601("2024-03-02T10:00:00Z")); }},
      {Phase::Meeting, "meeting-attendees",
       [](PostMortem& p) { add_list_entry(p, TextList::Attendees, "Mike"); }},
      {Phase::Meeting, "key-questions",
       [](PostMortem& p) {
         for (std::size_t i = 0; i < p.meeting.key_questions.size(); ++i)
           set_key_question_notes(p, i, "Discussed at length.");
       }},
      {Phase::Meeting, "went-well",
       [](PostMortem& p) { add_list_entry(p, TextList::WentWell, "Fast detection"); }},
      {Phase::Meeting, "could-improve",
       [](PostMortem& p) { add_list_entry(p, TextList::CouldImprove, "Runbook was outdated"); }},
      {Phase::RootCause, "five-whys",
       [](PostMortem& p) {
         add_five_whys(p, {"Checkout failed", {"The cache was cold"}, ""});
       }},
      {Phase::RootCause, "root-causes",
       [](PostMortem& p) {
         add_root_cause(p,
                        {"Cache warm-up missing", CauseCategory::Technical, Confidence::Confirmed});
       }},
      {Phase::RootCause, "process-cause",
       [](PostMortem& p) {
         add_root_cause(p, {"Release checklist has no warm-up step", CauseCategory::Process,
                            Confidence::Confirmed});
       }},
      {Phase::RootCause, "analysis-summary",
       [](PostMortem& p) { set_prose(p, Prose::RootCauseSummary, "The cache was cold."); }},
      {Phase::Actions, "actions-agreed", [](PostMortem& p) { add_action(p, ActionItem{}); }},
      {Phase::Actions, "actions-concrete",
       [](PostMortem& p) {
         edit_first_action(p, [](ActionItem& a) {
           a.action = "Warm the cache before switching traffic in the deploy job";
         });
       }},
      {Phase::Actions, "action-owners",
       [](PostMortem& p) { edit_first_action(p, [](ActionItem& a) { a.owner = "Sarah"; }); }},
      {Phase::Actions, "action-due-dates",
       [](PostMortem& p) { edit_first_action(p, [](ActionItem& a) { a.due = "2024-03-09"; }); }},
      {Phase::Actions, "prevention-action",
       [](PostMortem& p) {
         edit_first_action(p, [](ActionItem& a) {
           a.priority = Priority::High;
           a.type = ActionType::Prevent;
         });
       }},
      {Phase::Document, "executive-summary",
       [](PostMortem& p) { set_prose(p, Prose::ExecutiveSummary, "Checkout failed for 1 hour."); }},
      {Phase::Document, "what-happened",
       [](PostMortem& p) { set_prose(p, Prose::WhatHappened, "A release shipped a cold cache."); }},
      {Phase::Document, "lessons-learned",
       [](PostMortem& p) { set_prose(p, Prose::LessonsLearned, "Warm caches before traffic."); }},
      {Phase::Document, "author",
       [](PostMortem& p) { set_incident_text(p, IncidentText::Author, "Sarah"); }},
      {Phase::Document, "reviewers",
       [](PostMortem& p) { add_list_entry(p, TextList::Reviewers, "Alex"); }},
      {Phase::Document, "status", [](PostMortem& p) { set_incident_status(p, Status::InReview); }},
  };
  PostMortem p = fresh();
  for (const Fill& fill : fills) {
    const PhaseProgress before = of(phase_progress(p), fill.phase);
    ASSERT_NE(find_check(before, fill.check), nullptr) << fill.check;
    EXPECT_FALSE(find_check(before, fill.check)->done) << fill.check;
    fill.edit(p);
    const PhaseProgress after = of(phase_progress(p), fill.phase);
    EXPECT_TRUE(find_check(after, fill.check)->done) << fill.check;
  }
  // Every check filled in, one after the other: each phase's checks are all done.
  for (const PhaseProgress& phase : phase_progress(p))
    EXPECT_EQ(phase.done, phase.total()) << phase_name(phase.phase);
}

TEST(PhaseProgress, KeyQuestionsCountTheAnsweredAndNameTheRest) {
  PostMortem p = fresh();
  for (std::size_t i : {0u, 1u, 3u}) set_key_question_notes(p, i, "Answered.");
  const PhaseProgress meeting = of(phase_progress(p), Phase::Meeting);
  const PhaseCheck* check = find_check(meeting, "key-questions");
  EXPECT_EQ(check->label, "3 of 5 key questions answered");
  EXPECT_FALSE(check->done);
  EXPECT_EQ(check->path, "/meeting/key_questions/2/notes");
  const MissingItem& item = meeting.missing.at(2);
  EXPECT_EQ(item.id, "key-questions");
  EXPECT_EQ(item.message,
            "Note the answers to \"What actions did we take and why?\" and \"What prevented "
            "this from being worse?\".");
}

TEST(PhaseProgress, TemplatePlaceholderDoesNotCountAsFilled) {
  PostMortem p = fresh();
  set_incident_text(p, IncidentText::Author, "[Name]");
  add_list_entry(p, TextList::Reviewers, "[Team]");
  const PhaseProgress document = of(phase_progress(p), Phase::Document);
  EXPECT_FALSE(find_check(document, "author")->done);
  EXPECT_FALSE(find_check(document, "reviewers")->done);
  set_incident_text(p, IncidentText::Author, "Sarah [SRE]");
  const PhaseProgress named = of(phase_progress(p), Phase::Document);
  EXPECT_TRUE(find_check(named, "author")->done);
}

TEST(PhaseProgress, BlamefulSentenceInWhatHappenedIsMissingFromDocument) {
  PostMortem p = sample_postmortem();
  set_prose(p, Prose::WhatHappened, "At 14:05 UTC John deployed broken code to production.");
  const auto phases = phase_progress(p);
  const PhaseProgress& document = of(phases, Phase::Document);
  EXPECT_EQ(document.done, document.total());
  ASSERT_EQ(document.missing.size(), 1u);
  EXPECT_EQ(document.missing[0].source, MissingSource::Lint);
  EXPECT_EQ(document.missing[0].id, "blameless-language");
  EXPECT_EQ(document.missing[0].path, "/what_happened");
  EXPECT_FALSE(document.missing[0].message.empty());
  EXPECT_FALSE(document.complete());
  for (Phase other : {Phase::Prepare, Phase::Meeting, Phase::RootCause, Phase::Actions})
    EXPECT_TRUE(of(phases, other).complete()) << phase_name(other);
}

TEST(PhaseProgress, TimelineOutOfOrderIsMissingFromPrepare) {
  PostMortem p = sample_postmortem();
  ASSERT_EQ(p.timeline[1].kind, EventKind::Detected);
  ASSERT_EQ(p.timeline[2].kind, EventKind::Acknowledged);
  move_event(p, 2, 1);  // Acknowledged at 14:24 now comes before Detected at 14:23
  const auto phases = phase_progress(p);
  const PhaseProgress& prepare = of(phases, Phase::Prepare);
  EXPECT_EQ(prepare.done, prepare.total());
  ASSERT_EQ(prepare.missing.size(), 1u);
  EXPECT_EQ(prepare.missing[0].source, MissingSource::Timeline);
  EXPECT_EQ(prepare.missing[0].id, "timeline-out-of-order");
  EXPECT_EQ(prepare.missing[0].path, "/timeline/2");
  EXPECT_EQ(prepare.missing[0].message,
            "Detected (2024-01-15 14:23 UTC) is listed after an event at 2024-01-15 14:24 UTC; "
            "sort the timeline by time.");
  EXPECT_FALSE(prepare.complete());
  EXPECT_TRUE(of(phases, Phase::Document).complete());
}

TEST(PhaseProgress, UndoneCheckIsNotRepeatedWhenALintFindingSaysIt) {
  PostMortem p = sample_postmortem();
  ActionItem second = p.actions.at(1);
  second.owner.clear();
  update_action(p, second.id, second);
  const PhaseProgress actions = of(phase_progress(p), Phase::Actions);
  const PhaseCheck* owners = find_check(actions, "action-owners");
  EXPECT_FALSE(owners->done);
  EXPECT_EQ(owners->path, "/actions/1/owner");
  ASSERT_EQ(actions.missing.size(), 1u);
  EXPECT_EQ(actions.missing[0], (MissingItem{MissingSource::Lint, "action-no-owner",
                                             "/actions/1/owner", "Action A2 has no owner."}));
}

TEST(PhaseProgress, RootCauseFindingsGoToRootCause) {
  PostMortem p = sample_postmortem();
  update_root_cause(
      p, 0, {"Human error during the release", CauseCategory::Technical, Confidence::Confirmed});
  p.analysis.root_causes.resize(1);
  const auto phases = phase_progress(p);
  const PhaseProgress& root_cause = of(phases, Phase::RootCause);
  // The undone "process-cause" check is said by the no-process-cause finding; lint()'s order.
  EXPECT_EQ(missing_ids(root_cause), (Ids{"no-process-cause", "single-root-cause",
                                          "blameless-language", "human-error-root-cause"}));
  EXPECT_EQ(root_cause.missing[3].path, "/analysis/root_causes/0/text");
  EXPECT_FALSE(find_check(root_cause, "process-cause")->done);
  EXPECT_TRUE(of(phases, Phase::Actions).complete());
}

TEST(PhaseProgress, FieldsBelongToThePhaseThatAsksForThem) {
  EXPECT_EQ(phase_of_path("/incident/impact"), Phase::Prepare);
  EXPECT_EQ(phase_of_path("/timeline/3"), Phase::Prepare);
  EXPECT_EQ(phase_of_path("/timeline"), Phase::Prepare);
  EXPECT_EQ(phase_of_path("/incident/attendees"), Phase::Meeting);
  EXPECT_EQ(phase_of_path("/meeting/held_at"), Phase::Meeting);
  EXPECT_EQ(phase_of_path("/analysis/five_whys/0/whys"), Phase::RootCause);
  EXPECT_EQ(phase_of_path("/actions/2/owner"), Phase::Actions);
  EXPECT_EQ(phase_of_path("/incident/author"), Phase::Document);
  EXPECT_EQ(phase_of_path("/what_happened"), Phase::Document);
  EXPECT_EQ(phase_of_path("/extra_sections/0/body"), Phase::Document);
  EXPECT_EQ(phase_of_path(""), Phase::Document);
  // A prefix counts only as a whole path segment.
  EXPECT_EQ(phase_of_path("/actionsx"), Phase::Document);
  EXPECT_EQ(phase_of_path("/timelines"), Phase::Document);
}

}  // namespace
}  // namespace hindsight::core
