// Timeline metrics: milestones, the durations teams report, phases of long incidents, and the
// warnings that explain a missing or surprising number.
#include "core/timeline/timeline_metrics.hpp"

#include <gtest/gtest.h>

#include "core/model/time_format.hpp"

namespace hindsight::core {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;
using Indices = std::vector<std::size_t>;

UtcSeconds at(const char* iso) { return *parse_iso8601(iso); }

TimelineEvent event(const char* iso, EventKind kind, std::string text = {}) {
  return {at(iso), kind, std::move(text), {}, Json::object()};
}

TimelineEvent untimed(EventKind kind, std::string text = {}) {
  return {std::nullopt, kind, std::move(text), {}, Json::object()};
}

std::vector<TimelineIssue> issues(const TimelineMetrics& m) {
  std::vector<TimelineIssue> out;
  for (const TimelineWarning& w : m.warnings) out.push_back(w.issue);
  return out;
}

// The workflow's Phase 1 example timeline.
std::vector<TimelineEvent> workflow_example() {
  return {event("2024-01-15T14:23:00Z", EventKind::Detected, "Alert fired for high error rate"),
          event("2024-01-15T14:25:00Z", EventKind::InvestigationStarted),
          event("2024-01-15T14:45:00Z", EventKind::RootCauseIdentified),
          event("2024-01-15T15:10:00Z", EventKind::FixApplied),
          event("2024-01-15T15:15:00Z", EventKind::Resolved)};
}

// An incident over three calendar days, with a note before detection and one after resolution.
std::vector<TimelineEvent> multi_day() {
  return {event("2024-03-01T21:50:00Z", EventKind::Note, "Deploy of v2.3 began"),
          event("2024-03-01T22:10:00Z", EventKind::Detected),
          event("2024-03-01T22:40:00Z", EventKind::Acknowledged),
          event("2024-03-01T23:05:00Z", EventKind::InvestigationStarted),
          event("2024-03-02T03:30:00Z", EventKind::Communication, "Status page updated"),
          event("2024-03-02T09:15:00Z", EventKind::RootCauseIdentified),
          event("2024-03-02T11:00:00Z", EventKind::Mitigated),
          event("2024-03-02T16:30:00Z", EventKind::FixApplied),
          event("2024-03-03T02:45:00Z", EventKind::Resolved),
          event("2024-03-03T08:00:00Z", EventKind::Note, "Backlog drained and verified")};
}

TEST(TimelineMetrics, WorkflowExampleLastsFiftyTwoMinutes) {
  const TimelineMetrics m = compute_timeline_metrics(workflow_example());
  EXPECT_EQ(m.start, at("2024-01-15T14:23:00Z"));
  ASSERT_TRUE(m.duration);
  EXPECT_EQ(*m.duration, minutes(52));
  EXPECT_EQ(format_duration(*m.duration), "52 minutes");
  EXPECT_EQ(m.to_detect, seconds(0));
  EXPECT_EQ(m.to_acknowledge, std::nullopt);
  EXPECT_EQ(m.to_root_cause, minutes(22));
  EXPECT_EQ(m.to_mitigate, std::nullopt);
  EXPECT_EQ(m.to_resolve, minutes(52));
  EXPECT_TRUE(m.phases.empty());
  EXPECT_TRUE(m.warnings.empty());
}

TEST(TimelineMetrics, ExistingHelpersAgreeWithTheMetrics) {
  const auto timeline = workflow_example();
  EXPECT_EQ(incident_duration(timeline), minutes(52));
  EXPECT_EQ(milestone_time(timeline, EventKind::FixApplied), at("2024-01-15T15:10:00Z"));
  EXPECT_EQ(milestone_time(timeline, EventKind::Mitigated), std::nullopt);
}

TEST(TimelineMetrics, MultiDayIncidentDurations) {
  const TimelineMetrics m = compute_timeline_metrics(multi_day());
  EXPECT_EQ(m.start, at("2024-03-01T21:50:00Z"));
  EXPECT_EQ(m.duration, hours(28) + minutes(35));
  EXPECT_EQ(format_duration(*m.duration), "1 day 4 hours");
  EXPECT_EQ(m.to_detect, minutes(20));
  EXPECT_EQ(m.to_acknowledge, minutes(30));
  EXPECT_EQ(m.to_root_cause, hours(11) + minutes(5));
  EXPECT_EQ(m.to_mitigate, hours(12) + minutes(50));
  EXPECT_EQ(m.to_resolve, hours(28) + minutes(35));
  EXPECT_TRUE(m.warnings.empty());
}

TEST(TimelineMetrics, MultiDayIncidentIsSplitIntoFourPhases) {
  const TimelineMetrics m = compute_timeline_metrics(multi_day());
  const std::vector<PhaseSpan> expected{
      {IncidentPhase::Detection, at("2024-03-01T21:50:00Z"), at("2024-03-01T22:40:00Z"), {0, 1}},
      {IncidentPhase::Investigation,
       at("2024-03-01T22:40:00Z"),
       at("2024-03-02T09:15:00Z"),
       {2, 3, 4}},
      {IncidentPhase::Resolution,
       at("2024-03-02T09:15:00Z"),
       at("2024-03-03T02:45:00Z"),
       {5, 6, 7, 8}},
      {IncidentPhase::Recovery, at("2024-03-03T02:45:00Z"), at("2024-03-03T08:00:00Z"), {9}}};
  EXPECT_EQ(m.phases, expected);
}

TEST(TimelineMetrics, PhasesStartOnlyAfterMoreThanFourHours) {
  auto timeline = std::vector<TimelineEvent>{event("2024-01-15T10:00:00Z", EventKind::Detected),
                                             event("2024-01-15T14:00:00Z", EventKind::Resolved)};
  EXPECT_TRUE(compute_timeline_metrics(timeline).phases.empty());
  timeline[1].at = at("2024-01-15T14:00:01Z");
  const std::vector<PhaseSpan> expected{
      {IncidentPhase::Detection, at("2024-01-15T10:00:00Z"), at("2024-01-15T14:00:01Z"), {0, 1}}};
  EXPECT_EQ(compute_timeline_metrics(timeline).phases, expected);
}

TEST(TimelineMetrics, LongIncidentWithoutInvestigationMilestonesStaysInDetection) {
  const std::vector<TimelineEvent> timeline{
      event("2024-01-15T10:00:00Z", EventKind::Detected),
      untimed(EventKind::Note, "Someone restarted the cache"),
      event("2024-01-15T15:00:00Z", EventKind::Resolved),
      event("2024-01-15T16:00:00Z", EventKind::Communication)};
  const std::vector<PhaseSpan> expected{
      {IncidentPhase::Detection, at("2024-01-15T10:00:00Z"), at("2024-01-15T15:00:00Z"), {0, 2}},
      {IncidentPhase::Recovery, at("2024-01-15T15:00:00Z"), at("2024-01-15T16:00:00Z"), {3}}};
  EXPECT_EQ(compute_timeline_metrics(timeline).phases, expected);
}

TEST(TimelineMetrics, RootCauseFoundAfterResolutionBelongsToRecovery) {
  const std::vector<TimelineEvent> timeline{
      event("2024-01-15T10:00:00Z", EventKind::Detected),
      event("2024-01-15T10:10:00Z", EventKind::InvestigationStarted),
      event("2024-01-15T15:00:00Z", EventKind::Resolved),
      event("2024-01-16T09:00:00Z", EventKind::RootCauseIdentified)};
  const std::vector<PhaseSpan> expected{
      {IncidentPhase::Detection, at("2024-01-15T10:00:00Z"), at("2024-01-15T10:10:00Z"), {0}},
      {IncidentPhase::Investigation,
       at("2024-01-15T10:10:00Z"),
       at("2024-01-15T15:00:00Z"),
       {1, 2}},
      {IncidentPhase::Recovery, at("2024-01-15T15:00:00Z"), at("2024-01-16T09:00:00Z"), {3}}};
  const TimelineMetrics m = compute_timeline_metrics(timeline);
  EXPECT_EQ(m.phases, expected);
  EXPECT_EQ(m.to_root_cause, hours(23));
}

TEST(TimelineMetrics, PhaseLabelsFollowTheWorkflow) {
  EXPECT_EQ(phase_label(IncidentPhase::Detection), "Detection Phase");
  EXPECT_EQ(phase_label(IncidentPhase::Investigation), "Investigation Phase");
  EXPECT_EQ(phase_label(IncidentPhase::Resolution), "Resolution Phase");
  EXPECT_EQ(phase_label(IncidentPhase::Recovery), "Recovery Phase");
}

TEST(TimelineMetrics, EmptyTimelineHasNoNumbersAndTwoWarnings) {
  const TimelineMetrics m = compute_timeline_metrics({});
  EXPECT_EQ(m.start, std::nullopt);
  EXPECT_EQ(m.duration, std::nullopt);
  EXPECT_EQ(m.to_detect, std::nullopt);
  EXPECT_EQ(m.to_resolve, std::nullopt);
  ASSERT_EQ(m.warnings.size(), 2u);
  EXPECT_EQ(m.warnings[0],
            (TimelineWarning{TimelineIssue::MissingDetected, std::nullopt,
                             "The timeline has no timed Detected event, so the incident's "
                             "duration and the times from detection are unknown."}));
  EXPECT_EQ(m.warnings[1],
            (TimelineWarning{TimelineIssue::MissingResolved, std::nullopt,
                             "The timeline has no timed Resolved event, so the incident's "
                             "duration and time to resolve are unknown."}));
}

TEST(TimelineMetrics, UntimedMilestonesDoNotCount) {
  const std::vector<TimelineEvent> timeline{untimed(EventKind::Detected),
                                            event("2024-01-15T10:00:00Z", EventKind::Note),
                                            event("2024-01-15T10:30:00Z", EventKind::Resolved)};
  const TimelineMetrics m = compute_timeline_metrics(timeline);
  EXPECT_EQ(m.start, at("2024-01-15T10:00:00Z"));
  EXPECT_EQ(m.duration, std::nullopt);
  EXPECT_EQ(m.to_detect, std::nullopt);
  EXPECT_EQ(issues(m),
            (std::vector<TimelineIssue>{TimelineIssue::MissingDetected, TimelineIssue::NoTime}));
  EXPECT_EQ(m.warnings[1].event, 0u);
  EXPECT_EQ(m.warnings[1].message,
            "This Detected event has no time, so durations and phases leave it out.");
}

TEST(TimelineMetrics, FirstOfARepeatedMilestoneCounts) {
  const std::vector<TimelineEvent> timeline{event("2024-01-15T10:00:00Z", EventKind::Detected),
                                            event("2024-01-15T10:20:00Z", EventKind::Detected),
                                            event("2024-01-15T11:00:00Z", EventKind::Resolved)};
  const TimelineMetrics m = compute_timeline_metrics(timeline);
  EXPECT_EQ(m.duration, hours(1));
  ASSERT_EQ(m.warnings.size(), 1u);
  EXPECT_EQ(m.warnings[0], (TimelineWarning{TimelineIssue::RepeatedMilestone, 1u,
                                            "Detected appears more than once; the first one, "
                                            "2024-01-15 10:00 UTC, counts."}));
}

TEST(TimelineMetrics, MilestoneBeforeDetectedHasNoTimeFromDetection) {
  const std::vector<TimelineEvent> timeline{event("2024-01-15T10:00:00Z", EventKind::Acknowledged),
                                            event("2024-01-15T10:05:00Z", EventKind::Detected),
                                            event("2024-01-15T10:30:00Z", EventKind::Resolved)};
  const TimelineMetrics m = compute_timeline_metrics(timeline);
  EXPECT_EQ(m.to_acknowledge, std::nullopt);
  EXPECT_EQ(m.to_detect, minutes(5));
  ASSERT_EQ(m.warnings.size(), 1u);
  EXPECT_EQ(m.warnings[0],
            (TimelineWarning{TimelineIssue::BeforeDetected, 0u,
                             "Acknowledged (2024-01-15 10:00 UTC) is earlier than Detected "
                             "(2024-01-15 10:05 UTC)."}));
}

TEST(TimelineMetrics, ResolvedBeforeMitigatedAndFixAppliedIsReportedOnResolved) {
  const std::vector<TimelineEvent> timeline{event("2024-01-15T10:00:00Z", EventKind::Detected),
                                            event("2024-01-15T10:30:00Z", EventKind::Resolved),
                                            event("2024-01-15T10:40:00Z", EventKind::Mitigated),
                                            event("2024-01-15T10:50:00Z", EventKind::FixApplied)};
  const TimelineMetrics m = compute_timeline_metrics(timeline);
  ASSERT_EQ(issues(m), (std::vector<TimelineIssue>{TimelineIssue::ResolvedBeforeMitigated,
                                                   TimelineIssue::ResolvedBeforeFixApplied}));
  EXPECT_EQ(m.warnings[0].event, 1u);
  EXPECT_EQ(m.warnings[0].message,
            "Resolved (2024-01-15 10:30 UTC) is earlier than Mitigated (2024-01-15 10:40 UTC).");
  EXPECT_EQ(m.warnings[1].event, 1u);
  EXPECT_EQ(m.warnings[1].message,
            "Resolved (2024-01-15 10:30 UTC) is earlier than Fix Applied (2024-01-15 10:50 UTC).");
}

TEST(TimelineMetrics, EventsListedAfterLaterOnesAreOutOfOrder) {
  const std::vector<TimelineEvent> timeline{event("2024-01-15T10:00:00Z", EventKind::Detected),
                                            event("2024-01-15T10:30:00Z", EventKind::Note),
                                            event("2024-01-15T10:20:00Z", EventKind::Note),
                                            event("2024-01-15T10:25:00Z", EventKind::Resolved)};
  const TimelineMetrics m = compute_timeline_metrics(timeline);
  ASSERT_EQ(issues(m),
            (std::vector<TimelineIssue>{TimelineIssue::OutOfOrder, TimelineIssue::OutOfOrder}));
  EXPECT_EQ(m.warnings[0].event, 2u);
  EXPECT_EQ(m.warnings[0].message,
            "Note (2024-01-15 10:20 UTC) is listed after an event at 2024-01-15 10:30 UTC; sort "
            "the timeline by time.");
  EXPECT_EQ(m.warnings[1].event, 3u);
  EXPECT_EQ(m.duration, minutes(25));
}

TEST(TimelineMetrics, WarningsAreOrderedByEventThenIssue) {
  const std::vector<TimelineEvent> timeline{
      event("2024-01-15T10:00:00Z", EventKind::Acknowledged),  // before Detected
      event("2024-01-15T10:05:00Z", EventKind::Detected),
      untimed(EventKind::Note),                             // no time
      event("2024-01-15T10:30:00Z", EventKind::Resolved),   // before Fix Applied
      event("2024-01-15T10:20:00Z", EventKind::Mitigated),  // out of order
      event("2024-01-15T10:40:00Z", EventKind::FixApplied),
      event("2024-01-15T10:04:00Z", EventKind::Detected)};  // out of order, repeated
  const TimelineMetrics m = compute_timeline_metrics(timeline);
  EXPECT_EQ(issues(m), (std::vector<TimelineIssue>{
                           TimelineIssue::BeforeDetected, TimelineIssue::NoTime,
                           TimelineIssue::ResolvedBeforeFixApplied, TimelineIssue::OutOfOrder,
                           TimelineIssue::OutOfOrder, TimelineIssue::RepeatedMilestone}));
  std::vector<std::optional<std::size_t>> events;
  for (const TimelineWarning& w : m.warnings) events.push_back(w.event);
  EXPECT_EQ(events, (std::vector<std::optional<std::size_t>>{0u, 2u, 3u, 4u, 6u, 6u}));
}

TEST(TimelineMetrics, MilestoneKindsExcludeCommunicationAndNote) {
  EXPECT_TRUE(is_milestone(EventKind::Detected));
  EXPECT_TRUE(is_milestone(EventKind::Resolved));
  EXPECT_FALSE(is_milestone(EventKind::Communication));
  EXPECT_FALSE(is_milestone(EventKind::Note));
}

TEST(TimelineMetricsKey, MatchesATimelineWhoseTextsChangedButNotOneWithOtherTimesKindsOrOrder) {
  const auto timeline = multi_day();
  const TimelineMetricsKey key(timeline);
  auto edited = timeline;
  edited[4].text = "Status page updated twice";
  edited[4].source = "Statuspage";
  EXPECT_TRUE(key.matches(edited));
  EXPECT_EQ(compute_timeline_metrics(edited).duration, compute_timeline_metrics(timeline).duration);

  auto retimed = timeline;
  retimed[8].at = at("2024-03-03T03:00:00Z");
  EXPECT_FALSE(key.matches(retimed));
  auto rekinded = timeline;
  rekinded[7].kind = EventKind::Note;
  EXPECT_FALSE(key.matches(rekinded));
  auto untimed_one = timeline;
  untimed_one[0].at.reset();
  EXPECT_FALSE(key.matches(untimed_one));
  auto reordered = timeline;
  std::swap(reordered[1], reordered[2]);
  EXPECT_FALSE(key.matches(reordered));
  auto shorter = timeline;
  shorter.pop_back();
  EXPECT_FALSE(key.matches(shorter));
  EXPECT_TRUE(TimelineMetricsKey({}).matches({}));
}

}  // namespace
}  // namespace hindsight::core
