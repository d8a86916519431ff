// The meeting clock: timers stored as times, so that the same `now` gives the same clock after a
// reload, and each command's exact effect and its undo through History.
#include "core/model/meeting_clock.hpp"

#include <gtest/gtest.h>

#include "core/model/history.hpp"
#include "core/model/seed_templates.hpp"
#include "core/model/time_format.hpp"

namespace hindsight::core {
namespace {

using std::chrono::seconds;

UtcSeconds at(const char* iso) { return *parse_iso8601(iso); }

PostMortem with_agenda() {
  PostMortem pm = new_postmortem("pm-1", "Pool exhaustion", at("2024-01-16T09:00:00Z"));
  pm.meeting.agenda.resize(3);
  pm.meeting.agenda[0].phase = "Set the tone";
  pm.meeting.agenda[0].minutes = 5;
  pm.meeting.agenda[1].phase = "Review the timeline";
  pm.meeting.agenda[1].minutes = 20;
  pm.meeting.agenda[2].phase = "Wrap-up";
  pm.meeting.agenda[2].minutes = 5;
  return pm;
}

TEST(MeetingClock, StartRunsTheFirstItemFromNow) {
  PostMortem pm = with_agenda();
  ASSERT_TRUE(start_agenda(pm, at("2024-01-16T10:00:00Z")));
  EXPECT_EQ(pm.meeting.current_item, 0);
  EXPECT_EQ(pm.meeting.agenda[0].running_since, at("2024-01-16T10:00:00Z"));
  EXPECT_TRUE(agenda_running(pm.meeting));
  EXPECT_EQ(agenda_item_used(pm.meeting.agenda[0], at("2024-01-16T10:03:20Z")), seconds(200));
  EXPECT_FALSE(start_agenda(pm, at("2024-01-16T10:01:00Z"))) << "already running";
  EXPECT_EQ(pm.meeting.held_at, at("2024-01-16T10:00:00Z")) << "the meeting is held from now";
}

TEST(MeetingClock, StartingKeepsAMeetingTimeTheTeamSet) {
  PostMortem pm = with_agenda();
  pm.meeting.held_at = at("2024-01-16T09:55:00Z");
  ASSERT_TRUE(start_agenda(pm, at("2024-01-16T10:00:00Z")));
  EXPECT_EQ(pm.meeting.held_at, at("2024-01-16T09:55:00Z"));
}

TEST(MeetingClock, PauseKeepsTheTimeUsedAndResumeAddsToIt) {
  PostMortem pm = with_agenda();
  start_agenda(pm, at("2024-01-16T10:00:00Z"));
  ASSERT_TRUE(pause_agenda(pm, at("2024-01-16T10:02:00Z")));
  EXPECT_EQ(pm.meeting.agenda[0].used_seconds, 120);
  EXPECT_FALSE(pm.meeting.agenda[0].running_since);
  EXPECT_EQ(agenda_item_used(pm.meeting.agenda[0], at("2024-01-16T11:00:00Z")), seconds(120))
      << "a paused timer does not move";
  ASSERT_TRUE(start_agenda(pm, at("2024-01-16T10:10:00Z")));
  EXPECT_EQ(agenda_item_used(pm.meeting.agenda[0], at("2024-01-16T10:10:30Z")), seconds(150));
  ASSERT_TRUE(pause_agenda(pm, at("2024-01-16T10:11:00Z")));
  EXPECT_FALSE(pause_agenda(pm, at("2024-01-16T10:12:00Z"))) << "already paused";
}

TEST(MeetingClock, AdvanceStopsTheItemAndRunsTheNext) {
  PostMortem pm = with_agenda();
  start_agenda(pm, at("2024-01-16T10:00:00Z"));
  ASSERT_TRUE(advance_agenda(pm, at("2024-01-16T10:06:00Z")));
  EXPECT_EQ(pm.meeting.current_item, 1);
  EXPECT_EQ(pm.meeting.agenda[0].used_seconds, 360);
  EXPECT_FALSE(pm.meeting.agenda[0].running_since);
  EXPECT_EQ(pm.meeting.agenda[1].running_since, at("2024-01-16T10:06:00Z"));
  EXPECT_EQ(agenda_used(pm.meeting, at("2024-01-16T10:07:00Z")), seconds(420));
  EXPECT_EQ(agenda_planned(pm.meeting), std::chrono::minutes(30));
}

TEST(MeetingClock, AdvancingPastTheLastItemFinishesTheMeeting) {
  PostMortem pm = with_agenda();
  start_agenda(pm, at("2024-01-16T10:00:00Z"));
  advance_agenda(pm, at("2024-01-16T10:05:00Z"));
  advance_agenda(pm, at("2024-01-16T10:25:00Z"));
  ASSERT_TRUE(advance_agenda(pm, at("2024-01-16T10:31:00Z")));
  EXPECT_TRUE(agenda_finished(pm.meeting));
  EXPECT_EQ(pm.meeting.current_item, 3);
  EXPECT_FALSE(agenda_running(pm.meeting));
  EXPECT_EQ(agenda_used(pm.meeting, at("2024-01-16T12:00:00Z")), seconds(31 * 60));
  EXPECT_FALSE(advance_agenda(pm, at("2024-01-16T10:32:00Z")));
  EXPECT_FALSE(start_agenda(pm, at("2024-01-16T10:32:00Z")));
}

TEST(MeetingClock, AdvanceWhilePausedLeavesTheNextItemStopped) {
  PostMortem pm = with_agenda();
  ASSERT_TRUE(advance_agenda(pm, at("2024-01-16T10:00:00Z")));
  EXPECT_EQ(pm.meeting.current_item, 0) << "before the start, advancing opens the first item";
  ASSERT_TRUE(advance_agenda(pm, at("2024-01-16T10:00:00Z")));
  EXPECT_EQ(pm.meeting.current_item, 1);
  EXPECT_FALSE(agenda_running(pm.meeting));
}

TEST(MeetingClock, GoingToAnItemMovesTheRunningTimer) {
  PostMortem pm = with_agenda();
  start_agenda(pm, at("2024-01-16T10:00:00Z"));
  ASSERT_TRUE(go_to_agenda_item(pm, 2, at("2024-01-16T10:01:00Z")));
  EXPECT_EQ(pm.meeting.current_item, 2);
  EXPECT_EQ(pm.meeting.agenda[0].used_seconds, 60);
  EXPECT_EQ(pm.meeting.agenda[2].running_since, at("2024-01-16T10:01:00Z"));
  EXPECT_FALSE(go_to_agenda_item(pm, 3, at("2024-01-16T10:01:00Z")));
  EXPECT_FALSE(go_to_agenda_item(pm, 2, at("2024-01-16T10:01:00Z")));
}

TEST(MeetingClock, AClockThatWentBackAddsNoTime) {
  PostMortem pm = with_agenda();
  start_agenda(pm, at("2024-01-16T10:00:00Z"));
  EXPECT_EQ(agenda_item_used(pm.meeting.agenda[0], at("2024-01-16T09:59:00Z")), seconds(0));
  pause_agenda(pm, at("2024-01-16T09:59:00Z"));
  EXPECT_EQ(pm.meeting.agenda[0].used_seconds, 0);
}

TEST(MeetingClock, ResetClearsEveryTimer) {
  PostMortem pm = with_agenda();
  EXPECT_FALSE(reset_agenda(pm)) << "nothing to reset";
  start_agenda(pm, at("2024-01-16T10:00:00Z"));
  advance_agenda(pm, at("2024-01-16T10:05:00Z"));
  ASSERT_TRUE(reset_agenda(pm));
  PostMortem expected = with_agenda();
  expected.meeting.held_at = at("2024-01-16T10:00:00Z");  // it was held: reset keeps that
  EXPECT_EQ(pm, expected);
}

TEST(MeetingClock, AnEmptyAgendaHasNoClock) {
  PostMortem pm = with_agenda();
  pm.meeting.agenda.clear();
  const PostMortem before = pm;
  EXPECT_FALSE(start_agenda(pm, at("2024-01-16T10:00:00Z")));
  EXPECT_FALSE(advance_agenda(pm, at("2024-01-16T10:00:00Z")));
  EXPECT_FALSE(pause_agenda(pm, at("2024-01-16T10:00:00Z")));
  EXPECT_EQ(pm, before);
}

TEST(MeetingClock, GroundRulesAreRecordedEachTime) {
  PostMortem pm = with_agenda();
  record_ground_rules(pm, at("2024-01-16T10:12:00Z"));
  record_ground_rules(pm, at("2024-01-16T10:40:00Z"));
  EXPECT_EQ(pm.meeting.ground_rules_restated,
            (std::vector<UtcSeconds>{at("2024-01-16T10:12:00Z"), at("2024-01-16T10:40:00Z")}));
}

TEST(MeetingClock, EachTimerCommandIsOneUndoStep) {
  History history(with_agenda());
  const auto now = at("2024-01-16T10:00:00Z");
  ASSERT_TRUE(history.apply("Start timer", [&](PostMortem& pm) { start_agenda(pm, now); }));
  const PostMortem started = history.document();
  ASSERT_TRUE(
      history.apply("Next item", [&](PostMortem& pm) { advance_agenda(pm, now + seconds(90)); }));
  ASSERT_TRUE(history.undo());
  EXPECT_EQ(history.document(), started);
  ASSERT_TRUE(history.undo());
  EXPECT_EQ(history.document(), with_agenda());
  ASSERT_TRUE(history.redo());
  EXPECT_EQ(history.document(), started);
}

TEST(MeetingClock, TheDefaultAgendaFitsTheSeedsNinetyMinutes) {
  Meeting meeting;
  meeting.agenda = default_agenda();
  EXPECT_GE(agenda_planned(meeting), std::chrono::minutes(60));
  EXPECT_LE(agenda_planned(meeting), std::chrono::minutes(90));
}

}  // namespace
}  // namespace hindsight::core
