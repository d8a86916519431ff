// The root-cause and action verbs added for facilitating phases 3 and 4: 5-Whys branches and
// conclusions, root cause ids, action links, triage, merges, follow-up investigations and
// brainstormed ideas. Each test compares whole values, so a command that touched anything else
// would fail, and the undo test proves a command is one step.
#include <gtest/gtest.h>

#include "core/model/commands.hpp"
#include "core/model/history.hpp"
#include "core/model/time_format.hpp"
#include "core/timeline/phase_questions.hpp"

namespace hindsight::core {
namespace {

PostMortem with_chain() {
  PostMortem pm;
  pm.id = "pm-1";
  FiveWhys chain;
  chain.problem = "API requests failed";
  chain.whys = {"Pool exhausted", "Long queries", "N+1 pattern"};
  pm.analysis.five_whys.push_back(chain);
  return pm;
}

ActionItem action(std::string text, std::string owner = "") {
  ActionItem a;
  a.action = std::move(text);
  a.owner = std::move(owner);
  return a;
}

TEST(FiveWhysCommands, InsertPutsAWhyBeforeTheIndex) {
  PostMortem pm = with_chain();
  ASSERT_TRUE(insert_why(pm, 0, 1, "Retries\n\npiled up"));
  EXPECT_EQ(pm.analysis.five_whys[0].whys,
            (std::vector<std::string>{"Pool exhausted", "Retries\npiled up", "Long queries",
                                      "N+1 pattern"}));
  ASSERT_TRUE(insert_why(pm, 0, 4, "Last"));
  EXPECT_EQ(pm.analysis.five_whys[0].whys.back(), "Last");
  EXPECT_FALSE(insert_why(pm, 0, 6, "Past the end"));
  EXPECT_FALSE(insert_why(pm, 1, 0, "No such chain"));
}

TEST(FiveWhysCommands, BranchCopiesTheProblemAndTheWhysUpToTheStep) {
  PostMortem pm = with_chain();
  ASSERT_EQ(branch_five_whys(pm, 0, 1), 1u);
  ASSERT_EQ(pm.analysis.five_whys.size(), 2u);
  const FiveWhys& branch = pm.analysis.five_whys[1];
  EXPECT_EQ(branch.problem, "API requests failed");
  EXPECT_EQ(branch.whys, (std::vector<std::string>{"Pool exhausted", "Long queries"}));
  EXPECT_EQ(branch.conclusion, "");
  EXPECT_EQ(pm.analysis.five_whys[0], with_chain().analysis.five_whys[0]);
  EXPECT_FALSE(branch_five_whys(pm, 0, 3));
  EXPECT_FALSE(branch_five_whys(pm, 2, 0));
}

TEST(FiveWhysCommands, ConcludeMakesARootCauseWithTheNextId) {
  PostMortem pm = with_chain();
  ASSERT_EQ(conclude_why(pm, 0, 2, Confidence::Likely), "R1");
  ASSERT_EQ(conclude_why(pm, 0, 1, Confidence::Confirmed), "R2");
  ASSERT_EQ(pm.analysis.root_causes.size(), 2u);
  EXPECT_EQ(pm.analysis.root_causes[0].text, "N+1 pattern");
  EXPECT_EQ(pm.analysis.root_causes[0].confidence, Confidence::Likely);
  EXPECT_EQ(pm.analysis.root_causes[1].id, "R2");
  EXPECT_EQ(pm.analysis.five_whys[0].conclusion, "N+1 pattern") << "the first conclusion stays";
  EXPECT_FALSE(conclude_why(pm, 0, 3, Confidence::Likely));
}

TEST(FiveWhysCommands, ABlankWhyCannotBeConcluded) {
  PostMortem pm = with_chain();
  add_why(pm, 0, "  ");
  const PostMortem before = pm;
  EXPECT_FALSE(conclude_why(pm, 0, 3, Confidence::Confirmed));
  EXPECT_EQ(pm, before);
}

TEST(RootCauseCommands, IdsAreNeverGivenTwiceWhileTheirCauseExists) {
  PostMortem pm;
  RootCause cause;
  cause.text = "Missing tests";
  cause.id = "R7";  // an id the caller passes is replaced
  EXPECT_EQ(add_root_cause(pm, cause), 0u);
  EXPECT_EQ(pm.analysis.root_causes[0].id, "R1");
  pm.analysis.root_causes[0].id = "R7";  // as loaded from a file
  add_root_cause(pm, cause);
  EXPECT_EQ(pm.analysis.root_causes[1].id, "R8");
  cause.text = "Edited";
  ASSERT_TRUE(update_root_cause(pm, 1, cause));
  EXPECT_EQ(pm.analysis.root_causes[1].id, "R8") << "an update keeps the id";
  EXPECT_EQ(next_root_cause_id(pm), "R9");
}

TEST(RootCauseCommands, RemovingACauseUnlinksTheActionsThatNamedIt) {
  PostMortem pm = with_chain();
  conclude_why(pm, 0, 0, Confidence::Confirmed);
  conclude_why(pm, 0, 1, Confidence::Confirmed);
  const std::string a1 = add_action(pm, action("Add pool alert"));
  const std::string a2 = add_action(pm, action("Add query test"));
  ASSERT_TRUE(link_action(pm, a1, "R1"));
  ASSERT_TRUE(link_action(pm, a2, "R2"));
  ASSERT_TRUE(remove_root_cause(pm, 0));
  EXPECT_EQ(pm.actions[0].addresses, "");
  EXPECT_EQ(pm.actions[1].addresses, "R2");
}

TEST(ActionCommands, LinkNamesAnExistingRootCauseOrNothing) {
  PostMortem pm = with_chain();
  conclude_why(pm, 0, 0, Confidence::Confirmed);
  const std::string id = add_action(pm, action("Add pool alert"));
  EXPECT_FALSE(link_action(pm, id, "R9"));
  EXPECT_FALSE(link_action(pm, "A9", "R1"));
  EXPECT_EQ(pm.actions[0].addresses, "");
  ASSERT_TRUE(link_action(pm, id, "R1"));
  EXPECT_EQ(pm.actions[0].addresses, "R1");
  ASSERT_TRUE(link_action(pm, id, ""));
  EXPECT_EQ(pm.actions[0].addresses, "");
}

TEST(ActionCommands, TriageMarksMustDoOrNiceToHave) {
  PostMortem pm;
  const std::string id = add_action(pm, action("Add pool alert"));
  ASSERT_TRUE(set_action_triage(pm, id, Triage::MustDo));
  EXPECT_EQ(pm.actions[0].triage, Triage::MustDo);
  EXPECT_FALSE(set_action_triage(pm, "A5", Triage::NiceToHave));
}

TEST(ActionCommands, MergeKeepsBothTextsAndFillsWhatTheKeptOneLacks) {
  PostMortem pm;
  ActionItem first = action("Add more alerts");
  first.priority = Priority::Low;
  ActionItem second = action("Better dashboards", "Sarah");
  second.priority = Priority::High;
  second.due = "2024-01-20";
  second.owner = "Sarah";
  const std::string keep = add_action(pm, first);
  const std::string other = add_action(pm, second);
  ASSERT_TRUE(merge_actions(pm, keep, other));
  ASSERT_EQ(pm.actions.size(), 1u);
  const ActionItem& merged = pm.actions[0];
  EXPECT_EQ(merged.id, "A1");
  EXPECT_EQ(merged.action, "Add more alerts; Better dashboards");
  EXPECT_EQ(merged.merged, (std::vector<std::string>{"A2: Better dashboards"}));
  EXPECT_EQ(merged.owner, "Sarah");
  EXPECT_EQ(merged.due, "2024-01-20");
  EXPECT_EQ(merged.priority, Priority::High);
}

TEST(ActionCommands, MergeCarriesEarlierMergesAlong) {
  PostMortem pm;
  const std::string a = add_action(pm, action("Improve monitoring", "Mike"));
  const std::string b = add_action(pm, action("Add more alerts"));
  const std::string c = add_action(pm, action("Monitoring training"));
  ASSERT_TRUE(merge_actions(pm, b, c));
  ASSERT_TRUE(merge_actions(pm, a, b));
  ASSERT_EQ(pm.actions.size(), 1u);
  EXPECT_EQ(pm.actions[0].action, "Improve monitoring; Add more alerts; Monitoring training");
  EXPECT_EQ(pm.actions[0].merged,
            (std::vector<std::string>{"A2: Add more alerts; Monitoring training",
                                      "A3: Monitoring training"}));
  EXPECT_EQ(pm.actions[0].owner, "Mike");
}

TEST(ActionCommands, MergeRefusesTheSameOrAnUnknownAction) {
  PostMortem pm;
  const std::string a = add_action(pm, action("Add alert"));
  const PostMortem before = pm;
  EXPECT_FALSE(merge_actions(pm, a, a));
  EXPECT_FALSE(merge_actions(pm, a, "A9"));
  EXPECT_EQ(pm, before);
}

TEST(ActionCommands, AFollowUpInvestigationBecomesAProcessAction) {
  PostMortem pm;
  add_list_entry(pm, TextList::FollowUpInvestigations, "why the pool never recovered");
  EXPECT_EQ(investigate_follow_up(pm, 0), "A1");
  ASSERT_EQ(pm.actions.size(), 1u);
  EXPECT_EQ(pm.actions[0].action, "Conduct deeper investigation into why the pool never recovered");
  EXPECT_EQ(pm.actions[0].type, ActionType::Process);
  EXPECT_EQ(pm.analysis.follow_up_investigations.size(), 1u) << "the question stays listed";
  EXPECT_FALSE(investigate_follow_up(pm, 1));
}

TEST(ActionCommands, FollowUpsAndIdeasTakeNumbersNeverGivenBefore) {
  PostMortem pm;
  EXPECT_EQ(add_action(pm, action("Add alert")), "A1");
  ASSERT_TRUE(remove_action(pm, "A1"));
  add_list_entry(pm, TextList::FollowUpInvestigations, "why the pool never recovered");
  EXPECT_EQ(investigate_follow_up(pm, 0), "A2");
  ASSERT_TRUE(remove_action(pm, "A2"));
  Idea idea;
  idea.text = "Runbook";
  add_idea(pm, idea);
  EXPECT_EQ(promote_idea(pm, 0), "A3");
  EXPECT_EQ(pm.next_action_number, 4u);
}

TEST(IdeaCommands, AnIdeaBecomesAnActionOfItsCategory) {
  PostMortem pm;
  Idea idea;
  idea.category = ActionCategory::DetectionMonitoring;
  idea.text = "Alert on pool > 80%";
  EXPECT_EQ(add_idea(pm, idea), 0u);
  idea.text = "Runbook";
  add_idea(pm, idea);
  EXPECT_EQ(promote_idea(pm, 0), "A1");
  ASSERT_EQ(pm.actions.size(), 1u);
  EXPECT_EQ(pm.actions[0].action, "Alert on pool > 80%");
  EXPECT_EQ(pm.actions[0].category, ActionCategory::DetectionMonitoring);
  ASSERT_EQ(pm.ideas.size(), 1u);
  EXPECT_EQ(pm.ideas[0].text, "Runbook");
  EXPECT_FALSE(promote_idea(pm, 1));
}

TEST(IdeaCommands, EditAndRemove) {
  PostMortem pm;
  Idea idea;
  idea.text = "Draft";
  add_idea(pm, idea);
  idea.text = "Line one\r\n\r\nline two";
  ASSERT_TRUE(update_idea(pm, 0, idea));
  EXPECT_EQ(pm.ideas[0].text, "Line one\nline two");
  EXPECT_FALSE(update_idea(pm, 1, idea));
  ASSERT_TRUE(remove_idea(pm, 0));
  EXPECT_TRUE(pm.ideas.empty());
  EXPECT_FALSE(promote_idea(pm, 0));
}

TEST(AnalysisCommands, BranchConcludeAndMergeEachUndoAsOneStep) {
  History history(with_chain());
  ASSERT_TRUE(history.apply("Branch", [](PostMortem& pm) { branch_five_whys(pm, 0, 1); }));
  ASSERT_TRUE(history.apply("Conclude",
                            [](PostMortem& pm) { conclude_why(pm, 0, 2, Confidence::Likely); }));
  ASSERT_TRUE(history.apply("Add", [](PostMortem& pm) {
    add_action(pm, action("One"));
    add_action(pm, action("Two"));
  }));
  const PostMortem before_merge = history.document();
  ASSERT_TRUE(history.apply("Merge", [](PostMortem& pm) { merge_actions(pm, "A1", "A2"); }));
  ASSERT_TRUE(history.undo());
  EXPECT_EQ(history.document(), before_merge);
  history.undo();
  history.undo();
  EXPECT_EQ(history.document().analysis.root_causes.size(), 0u);
  history.undo();
  EXPECT_EQ(history.document(), with_chain());
}

TimelineEvent event(const char* iso, EventKind kind) {
  TimelineEvent e;
  e.at = *parse_iso8601(iso);
  e.kind = kind;
  return e;
}

TEST(PhaseQuestions, EachEventOfALongIncidentNamesItsPhase) {
  const std::vector<TimelineEvent> timeline = {
      event("2024-01-15T09:00:00Z", EventKind::Detected),
      event("2024-01-15T09:40:00Z", EventKind::Acknowledged),
      event("2024-01-15T11:00:00Z", EventKind::RootCauseIdentified),
      event("2024-01-15T14:00:00Z", EventKind::Resolved),
      event("2024-01-15T15:00:00Z", EventKind::Note)};
  const TimelineMetrics metrics = compute_timeline_metrics(timeline);
  EXPECT_EQ(phase_of_event(metrics, 0), IncidentPhase::Detection);
  EXPECT_EQ(phase_of_event(metrics, 1), IncidentPhase::Investigation);
  EXPECT_EQ(phase_of_event(metrics, 2), IncidentPhase::Resolution);
  EXPECT_EQ(phase_of_event(metrics, 4), IncidentPhase::Recovery);
  EXPECT_EQ(phase_of_event(compute_timeline_metrics({timeline[0], timeline[1]}), 0), std::nullopt)
      << "a short incident has no phases";
}

TEST(PhaseQuestions, AddsEachPhaseQuestionOnce) {
  PostMortem pm;
  KeyQuestion asked;
  asked.topic = "Investigation Phase";
  asked.question = "Our own wording";
  add_key_question(pm, asked);
  EXPECT_FALSE(phase_questions_asked(pm));
  EXPECT_EQ(add_phase_questions(pm), 3u);
  ASSERT_EQ(pm.meeting.key_questions.size(), 4u);
  EXPECT_EQ(pm.meeting.key_questions[0].question, "Our own wording");
  EXPECT_EQ(pm.meeting.key_questions[1].topic, "Detection Phase");
  EXPECT_EQ(pm.meeting.key_questions[1].question, phase_questions()[0].question);
  EXPECT_EQ(pm.meeting.key_questions[3].topic, "Recovery Phase");
  EXPECT_TRUE(phase_questions_asked(pm));
  EXPECT_EQ(add_phase_questions(pm), 0u);
}

}  // namespace
}  // namespace hindsight::core
