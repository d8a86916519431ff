// Commands: each verb's exact effect on a post-mortem. Every test compares the whole post-mortem
// with the expected one, so a command that touched anything else would fail.
#include "core/model/commands.hpp"

#include <gtest/gtest.h>

#include "core/model/seed_templates.hpp"
#include "core/model/time_format.hpp"

namespace hindsight::core {
namespace {

UtcSeconds at(const char* iso) { return *parse_iso8601(iso); }

TimelineEvent event(std::optional<UtcSeconds> time, EventKind kind, std::string text) {
  return {time, kind, std::move(text), {}, Json::object()};
}

ActionItem action(std::string id, std::string text) {
  ActionItem a;
  a.id = std::move(id);
  a.action = std::move(text);
  return a;
}

PostMortem sample() {
  PostMortem pm =
      new_postmortem("pm-1", "Database connection pool exhaustion", at("2024-01-16T09:00:00Z"));
  pm.incident.tags = {"database"};
  pm.timeline = {event(at("2024-01-15T14:23:00Z"), EventKind::Detected, "Alert fired"),
                 event(at("2024-01-15T14:45:00Z"), EventKind::RootCauseIdentified, "Pool"),
                 event(at("2024-01-15T15:15:00Z"), EventKind::Resolved, "Error rates normal")};
  pm.analysis.five_whys = {{"API requests failed", {"Pool exhausted", "Long queries"}, ""}};
  pm.analysis.root_causes = {
      {"Missing performance tests", CauseCategory::Process, Confidence::Confirmed}};
  pm.actions = {action("A1", "Add pool alert"), action("A2", "Add query performance test")};
  pm.extra_sections = {{"Appendix", "Graphs"}};
  return pm;
}

class Commands : public ::testing::Test {
 protected:
  PostMortem pm = sample();
  PostMortem expected = sample();
};

// --- The incident ---

TEST_F(Commands, SetIncidentTextSetsEachFieldWithLfLineEnds) {
  set_incident_text(pm, IncidentText::Title, "Pool exhaustion");
  set_incident_text(pm, IncidentText::Impact, "Orders delayed\r\nfor ~500 users\rin EU");
  set_incident_text(pm, IncidentText::UsersAffected, "~500");
  set_incident_text(pm, IncidentText::StatedDuration, "about an hour");
  set_incident_text(pm, IncidentText::Author, "Sarah");
  set_incident_text(pm, IncidentText::Facilitator, "Mike");
  expected.incident.title = "Pool exhaustion";
  expected.incident.impact = "Orders delayed\nfor ~500 users\nin EU";
  expected.incident.users_affected = "~500";
  expected.incident.stated_duration = "about an hour";
  expected.incident.author = "Sarah";
  expected.incident.facilitator = "Mike";
  EXPECT_EQ(pm, expected);
}

TEST_F(Commands, SetIncidentDateAcceptsACalendarDayOrEmpty) {
  EXPECT_TRUE(set_incident_date(pm, "2024-02-29"));
  expected.incident.date = "2024-02-29";
  EXPECT_EQ(pm, expected);
  for (const char* bad : {"2023-02-29", "2024-13-01", "2024-1-15", "15/01/2024", "2024-01-15 "})
    EXPECT_FALSE(set_incident_date(pm, bad)) << bad;
  EXPECT_EQ(pm, expected);
  EXPECT_TRUE(set_incident_date(pm, ""));
  expected.incident.date = "";
  EXPECT_EQ(pm, expected);
}

TEST_F(Commands, SetIncidentSeverityAcceptsANameFromTheScaleOrEmpty) {
  EXPECT_TRUE(set_incident_severity(pm, "SEV-2"));
  expected.incident.severity = "SEV-2";
  EXPECT_EQ(pm, expected);
  EXPECT_FALSE(set_incident_severity(pm, "SEV-9"));
  EXPECT_FALSE(set_incident_severity(pm, "sev-2"));
  EXPECT_EQ(pm, expected);
  EXPECT_TRUE(set_incident_severity(pm, ""));
  expected.incident.severity = "";
  EXPECT_EQ(pm, expected);
}

TEST_F(Commands, SetIncidentStatus) {
  set_incident_status(pm, Status::InReview);
  expected.incident.status = Status::InReview;
  EXPECT_EQ(pm, expected);
}

// --- Lists ---

TEST_F(Commands, EachTextListIsItsOwnField) {
  const std::vector<std::pair<TextList, std::vector<std::string>*>> lists{
      {TextList::Reviewers, &expected.incident.reviewers},
      {TextList::Attendees, &expected.incident.attendees},
      {TextList::Tags, &expected.incident.tags},
      {TextList::Services, &expected.incident.services},
      {TextList::WentWell, &expected.meeting.went_well},
      {TextList::CouldImprove, &expected.meeting.could_improve},
      {TextList::GotLucky, &expected.meeting.got_lucky},
      {TextList::Confusion, &expected.meeting.confusion},
      {TextList::ParkingLot, &expected.meeting.parking_lot},
      {TextList::FollowUpInvestigations, &expected.analysis.follow_up_investigations}};
  for (const auto& [list, field] : lists) {
    EXPECT_TRUE(add_list_entry(pm, list, "entry"));
    field->push_back("entry");
    EXPECT_EQ(pm, expected);
    EXPECT_EQ(list_entries(pm, list), *field);
  }
}

TEST_F(Commands, ListEntriesAreKeptToOneParagraph) {
  EXPECT_TRUE(add_list_entry(pm, TextList::WentWell, "\nFast detection\r\n\r\n  \n(< 2 min)\n"));
  expected.meeting.went_well = {"Fast detection\n(< 2 min)"};
  EXPECT_EQ(pm, expected);
  EXPECT_TRUE(update_list_entry(pm, TextList::WentWell, 0, "Clear\n\ncommunication"));
  expected.meeting.went_well = {"Clear\ncommunication"};
  EXPECT_EQ(pm, expected);
}

TEST_F(Commands, NamesAreListedOnceButNotesMayRepeat) {
  EXPECT_FALSE(add_list_entry(pm, TextList::Tags, "database"));
  EXPECT_TRUE(add_list_entry(pm, TextList::Reviewers, "Alex"));
  EXPECT_FALSE(add_list_entry(pm, TextList::Reviewers, "Alex"));
  EXPECT_TRUE(add_list_entry(pm, TextList::ParkingLot, "Ask DBA"));
  EXPECT_TRUE(add_list_entry(pm, TextList::ParkingLot, "Ask DBA"));
  expected.incident.reviewers = {"Alex"};
  expected.meeting.parking_lot = {"Ask DBA", "Ask DBA"};
  EXPECT_EQ(pm, expected);
}

TEST_F(Commands, UpdateRemoveAndMoveListEntries) {
  for (const char* tag : {"orders", "sev-2", "pool"}) add_list_entry(pm, TextList::Tags, tag);
  EXPECT_TRUE(update_list_entry(pm, TextList::Tags, 1, "checkout"));
  EXPECT_TRUE(move_list_entry(pm, TextList::Tags, 3, 0));
  EXPECT_TRUE(remove_list_entry(pm, TextList::Tags, 2));
  expected.incident.tags = {"pool", "database", "sev-2"};
  EXPECT_EQ(pm, expected);
  EXPECT_FALSE(update_list_entry(pm, TextList::Tags, 3, "x"));
  EXPECT_FALSE(remove_list_entry(pm, TextList::Tags, 3));
  EXPECT_FALSE(move_list_entry(pm, TextList::Tags, 0, 3));
  EXPECT_FALSE(move_list_entry(pm, TextList::Services, 0, 0));
  EXPECT_EQ(pm, expected);
}

// --- Prose ---

TEST_F(Commands, SetProseSetsEachFieldWithLfLineEnds) {
  set_prose(pm, Prose::ExecutiveSummary, "Summary\r\n\r\nMore");
  set_prose(pm, Prose::WhatHappened, "Narrative");
  set_prose(pm, Prose::LessonsLearned, "1. Test\r2. Monitor");
  set_prose(pm, Prose::RootCauseSummary, "N+1 queries");
  set_prose(pm, Prose::Opening, "Thank you all for joining.");
  expected.executive_summary = "Summary\n\nMore";
  expected.what_happened = "Narrative";
  expected.lessons_learned = "1. Test\n2. Monitor";
  expected.analysis.summary = "N+1 queries";
  expected.meeting.opening_statement = "Thank you all for joining.";
  EXPECT_EQ(pm, expected);
}

// --- The timeline ---

TEST_F(Commands, AddEventAppendsAndReturnsItsIndex) {
  const auto fix = event(at("2024-01-15T15:10:00Z"), EventKind::FixApplied, "Pool size\r\n50");
  EXPECT_EQ(add_event(pm, fix), 3u);
  expected.timeline.push_back(event(fix.at, EventKind::FixApplied, "Pool size\n50"));
  EXPECT_EQ(pm, expected);
}

TEST_F(Commands, UpdateRemoveAndMoveEvents) {
  const auto note = event(std::nullopt, EventKind::Note, "Paged DBA");
  EXPECT_TRUE(update_event(pm, 1, note));
  EXPECT_TRUE(move_event(pm, 0, 2));
  EXPECT_TRUE(remove_event(pm, 0));
  expected.timeline = {expected.timeline[2], expected.timeline[0]};
  EXPECT_EQ(pm, expected);
  EXPECT_FALSE(update_event(pm, 2, note));
  EXPECT_FALSE(remove_event(pm, 2));
  EXPECT_FALSE(move_event(pm, 2, 0));
  EXPECT_EQ(pm, expected);
}

TEST_F(Commands, MoveBackwardShiftsTheEntriesBetween) {
  EXPECT_TRUE(move_event(pm, 2, 0));
  expected.timeline = {expected.timeline[2], expected.timeline[0], expected.timeline[1]};
  EXPECT_EQ(pm, expected);
  EXPECT_TRUE(move_event(pm, 1, 1));
  EXPECT_EQ(pm, expected);
}

TEST_F(Commands, SortTimelineKeepsUntimedEventsAfterTheirPredecessor) {
  pm.timeline = {event(std::nullopt, EventKind::Note, "lead"),
                 event(at("2024-01-15T15:00:00Z"), EventKind::Resolved, "late"),
                 event(std::nullopt, EventKind::Note, "after late"),
                 event(at("2024-01-15T14:00:00Z"), EventKind::Detected, "early"),
                 event(at("2024-01-15T15:00:00Z"), EventKind::Note, "same time, listed later"),
                 event(at("2024-01-15T14:30:00Z"), EventKind::Mitigated, "middle"),
                 event(std::nullopt, EventKind::Note, "after middle")};
  sort_timeline_by_time(pm);
  std::vector<std::string> texts;
  for (const TimelineEvent& e : pm.timeline) texts.push_back(e.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"lead", "early", "middle", "after middle", "late",
                                             "after late", "same time, listed later"}));
}

// --- The meeting ---

TEST_F(Commands, SetMeetingTime) {
  set_meeting_time(pm, at("2024-01-16T10:00:00Z"));
  expected.meeting.held_at = at("2024-01-16T10:00:00Z");
  EXPECT_EQ(pm, expected);
  set_meeting_time(pm, std::nullopt);
  expected.meeting.held_at.reset();
  EXPECT_EQ(pm, expected);
}

TEST_F(Commands, AgendaItems) {
  const std::size_t count = pm.meeting.agenda.size();
  EXPECT_EQ(add_agenda_item(pm, {"Wrap up", 5}), count);
  expected.meeting.agenda.push_back({"Wrap up", 5});
  EXPECT_EQ(pm, expected);
  EXPECT_TRUE(update_agenda_item(pm, count, {"Wrap up", 10}));
  EXPECT_TRUE(move_agenda_item(pm, count, 0));
  EXPECT_TRUE(remove_agenda_item(pm, 1));
  expected.meeting.agenda.pop_back();
  expected.meeting.agenda[0] = {"Wrap up", 10};
  EXPECT_EQ(pm, expected);
  EXPECT_FALSE(update_agenda_item(pm, count, {"x", 1}));
  EXPECT_FALSE(remove_agenda_item(pm, count));
  EXPECT_EQ(pm, expected);
}

TEST_F(Commands, KeyQuestions) {
  const std::size_t count = pm.meeting.key_questions.size();
  EXPECT_EQ(add_key_question(pm, {"Tooling", "What slowed us down?", ""}), count);
  EXPECT_TRUE(set_key_question_notes(pm, 0, "PagerDuty\r\nalert"));
  EXPECT_TRUE(update_key_question(pm, 1, {"Talk", "Who knew?", "Nobody"}));
  EXPECT_TRUE(remove_key_question(pm, 2));
  expected.meeting.key_questions.push_back({"Tooling", "What slowed us down?", ""});
  expected.meeting.key_questions[0].notes = "PagerDuty\nalert";
  expected.meeting.key_questions[1] = {"Talk", "Who knew?", "Nobody"};
  expected.meeting.key_questions.erase(expected.meeting.key_questions.begin() + 2);
  EXPECT_EQ(pm, expected);
  EXPECT_FALSE(set_key_question_notes(pm, count, "x"));
  EXPECT_FALSE(update_key_question(pm, count, {}));
  EXPECT_FALSE(remove_key_question(pm, count));
  EXPECT_EQ(pm, expected);
}

// --- Root cause analysis ---

TEST_F(Commands, FiveWhysChains) {
  EXPECT_EQ(add_five_whys(pm, {"Checkout slow", {"Cache\n\ncold"}, ""}), 1u);
  EXPECT_TRUE(set_five_whys_problem(pm, 1, "Checkout timed out"));
  EXPECT_TRUE(set_five_whys_conclusion(pm, 1, "Warm the cache"));
  expected.analysis.five_whys.push_back({"Checkout timed out", {"Cache\ncold"}, "Warm the cache"});
  EXPECT_EQ(pm, expected);
  EXPECT_TRUE(remove_five_whys(pm, 0));
  expected.analysis.five_whys.erase(expected.analysis.five_whys.begin());
  EXPECT_EQ(pm, expected);
  EXPECT_FALSE(set_five_whys_problem(pm, 1, "x"));
  EXPECT_FALSE(set_five_whys_conclusion(pm, 1, "x"));
  EXPECT_FALSE(remove_five_whys(pm, 1));
  EXPECT_EQ(pm, expected);
}

TEST_F(Commands, Whys) {
  EXPECT_TRUE(add_why(pm, 0, "N+1 query\r\n\r\npattern"));
  EXPECT_TRUE(update_why(pm, 0, 1, "Too many long-running queries"));
  EXPECT_TRUE(move_why(pm, 0, 2, 0));
  EXPECT_TRUE(remove_why(pm, 0, 1));
  expected.analysis.five_whys[0].whys = {"N+1 query\npattern", "Too many long-running queries"};
  EXPECT_EQ(pm, expected);
  EXPECT_FALSE(add_why(pm, 1, "x"));
  EXPECT_FALSE(update_why(pm, 0, 2, "x"));
  EXPECT_FALSE(update_why(pm, 1, 0, "x"));
  EXPECT_FALSE(remove_why(pm, 0, 2));
  EXPECT_FALSE(remove_why(pm, 1, 0));
  EXPECT_FALSE(move_why(pm, 1, 0, 0));
  EXPECT_EQ(pm, expected);
}

TEST_F(Commands, RootCauses) {
  const RootCause review{"Checklist misses queries", CauseCategory::Process, Confidence::Likely};
  EXPECT_EQ(add_root_cause(pm, review), 1u);
  EXPECT_TRUE(update_root_cause(
      pm, 0, {"No query monitoring", CauseCategory::Technical, Confidence::Unknown}));
  EXPECT_TRUE(move_root_cause(pm, 1, 0));
  RootCause added = review;
  added.id = "R1";  // the first id free: the sample's cause has none
  expected.analysis.root_causes = {
      added, {"No query monitoring", CauseCategory::Technical, Confidence::Unknown}};
  EXPECT_EQ(pm, expected);
  EXPECT_TRUE(remove_root_cause(pm, 0));
  expected.analysis.root_causes.erase(expected.analysis.root_causes.begin());
  EXPECT_EQ(pm, expected);
  EXPECT_FALSE(update_root_cause(pm, 1, review));
  EXPECT_FALSE(remove_root_cause(pm, 1));
  EXPECT_FALSE(move_root_cause(pm, 0, 1));
  EXPECT_EQ(pm, expected);
}

// --- Action items ---

TEST_F(Commands, NextActionIdIsOneMoreThanTheHighestPresent) {
  EXPECT_EQ(next_action_id(pm), "A3");
  pm.actions = {action("A7", ""), action("A2", "")};
  EXPECT_EQ(next_action_id(pm), "A8");
  pm.actions.clear();
  EXPECT_EQ(next_action_id(pm), "A1");
}

TEST_F(Commands, NextActionIdIgnoresOtherIds) {
  pm.actions = {action("A", ""),      action("a9", ""),  action("A1b", ""),
                action("OPS-12", ""), action("A-4", ""), action("A1234567890123456789", "")};
  EXPECT_EQ(next_action_id(pm), "A1");
  pm.actions.push_back(action("A012", ""));
  EXPECT_EQ(next_action_id(pm), "A13");
}

TEST_F(Commands, AddActionAssignsTheNextIdWhateverWasGiven) {
  EXPECT_EQ(add_action(pm, action("A1", "Update review\r\nchecklist")), "A3");
  expected.actions.push_back(action("A3", "Update review\nchecklist"));
  expected.next_action_number = 4;
  EXPECT_EQ(pm, expected);
}

TEST_F(Commands, ActionIdsAreNeverReusedEvenAfterTheHighestIsRemoved) {
  EXPECT_TRUE(remove_action(pm, "A1"));
  EXPECT_EQ(add_action(pm, action("", "Runbook")), "A3");
  EXPECT_TRUE(remove_action(pm, "A3"));
  EXPECT_EQ(next_action_id(pm), "A4");
  EXPECT_EQ(add_action(pm, action("", "Runbook")), "A4");
  EXPECT_TRUE(remove_action(pm, "A4"));
  EXPECT_TRUE(remove_action(pm, "A2"));
  EXPECT_EQ(add_action(pm, action("", "Alert")), "A5");
  std::vector<std::string> ids;
  for (const ActionItem& a : pm.actions) ids.push_back(a.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"A5"}));
  EXPECT_EQ(pm.next_action_number, 6u);
}

TEST_F(Commands, MergedAwayActionsKeepTheirNumbersRetired) {
  pm.next_action_number = 3;  // A1 and A2 were given
  EXPECT_TRUE(merge_actions(pm, "A1", "A2"));
  EXPECT_EQ(next_action_id(pm), "A3");
  EXPECT_EQ(add_action(pm, action("", "Runbook")), "A3");
}

TEST_F(Commands, CounterBelowTheHighestInUseCountsAsOneMore) {
  pm.actions = {action("A7", ""), action("OPS-3", "")};
  pm.next_action_number = 0;  // built in code
  EXPECT_EQ(least_next_action_number(pm), 8u);
  EXPECT_EQ(next_action_id(pm), "A8");
  pm.next_action_number = 5;
  EXPECT_EQ(add_action(pm, action("", "")), "A8");
  EXPECT_EQ(pm.next_action_number, 9u);
  pm.next_action_number = 20;
  EXPECT_EQ(next_action_id(pm), "A20");
  pm.actions.clear();
  EXPECT_EQ(least_next_action_number(pm), 1u);
}

TEST_F(Commands, UpdateActionKeepsItsId) {
  ActionItem changed = action("A9", "Add pool alert at 80%");
  changed.owner = "Sarah";
  changed.due = "2024-01-20";
  EXPECT_TRUE(update_action(pm, "A1", changed));
  changed.id = "A1";
  expected.actions[0] = changed;
  EXPECT_EQ(pm, expected);
  EXPECT_FALSE(update_action(pm, "A9", changed));
  EXPECT_EQ(pm, expected);
}

TEST_F(Commands, RemoveAndMoveActions) {
  add_action(pm, action("", "Tuning guide"));
  EXPECT_TRUE(move_action(pm, 2, 0));
  EXPECT_TRUE(remove_action(pm, "A2"));
  expected.actions = {action("A3", "Tuning guide"), expected.actions[0]};
  expected.next_action_number = 4;
  EXPECT_EQ(pm, expected);
  EXPECT_FALSE(remove_action(pm, "A2"));
  EXPECT_FALSE(move_action(pm, 0, 2));
  EXPECT_EQ(pm, expected);
}

TEST_F(Commands, SetActionStatusAndPriority) {
  EXPECT_TRUE(set_action_status(pm, "A2", ActionStatus::Done));
  EXPECT_TRUE(set_action_priority(pm, "A2", Priority::High));
  expected.actions[1].status = ActionStatus::Done;
  expected.actions[1].priority = Priority::High;
  EXPECT_EQ(pm, expected);
  EXPECT_FALSE(set_action_status(pm, "A5", ActionStatus::Done));
  EXPECT_FALSE(set_action_priority(pm, "A5", Priority::Low));
  EXPECT_EQ(pm, expected);
}

// --- Extra sections ---

TEST_F(Commands, ExtraSections) {
  EXPECT_EQ(add_section(pm, {"Glossary", "Pool: a set of connections"}), 1u);
  EXPECT_TRUE(set_section_title(pm, 1, "Terms"));
  EXPECT_TRUE(set_section_body(pm, 0, "Graphs\r\nand logs"));
  EXPECT_TRUE(move_section(pm, 1, 0));
  expected.extra_sections = {{"Terms", "Pool: a set of connections"},
                             {"Appendix", "Graphs\nand logs"}};
  EXPECT_EQ(pm, expected);
  EXPECT_TRUE(remove_section(pm, 1));
  expected.extra_sections.pop_back();
  EXPECT_EQ(pm, expected);
  EXPECT_FALSE(set_section_title(pm, 1, "x"));
  EXPECT_FALSE(set_section_body(pm, 1, "x"));
  EXPECT_FALSE(remove_section(pm, 1));
  EXPECT_FALSE(move_section(pm, 1, 0));
  EXPECT_EQ(pm, expected);
}

}  // namespace
}  // namespace hindsight::core
