// Where the importer puts the parts of sections teams write by hand: labelled lines inside a
// summary, a lessons section split into what worked, what didn't and where the team got lucky,
// bold labels for the trigger, detection and resolution, a "Resolution" section, a section named
// after the post-mortem itself, and a section listing the attendees. And that a document
// Hindsight wrote is never read with these guesses.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/json/json_codec.hpp"
#include "core/markdown/markdown_export.hpp"
#include "core/markdown/markdown_import.hpp"
#include "core/model/seed_templates.hpp"

namespace hindsight::core {
namespace {

PostMortem read_postmortem(std::string_view markdown) {
  ImportResult result = import_markdown(markdown);
  EXPECT_TRUE(result.postmortem) << result.error;
  return result.postmortem.value_or(PostMortem{});
}

using Entries = std::vector<std::string>;

TEST(MarkdownImportPlacement, SummaryLabelsFillImpactAndDurationAndKeepTheRest) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## Summary\n\n"
      "Description: Builds failed on CI<br>\n"
      "Runner pool: linux-x64<br>\n"
      "Component: build bots<br>\n"
      "Duration: 16h 45m<br>\n"
      "User impact: Team members could not merge.\n"
      "Nobody outside the team noticed.\n");
  EXPECT_EQ(p.executive_summary, "Builds failed on CI\nRunner pool: linux-x64");
  EXPECT_EQ(p.incident.services, std::vector<std::string>{"build bots"});
  EXPECT_EQ(p.incident.stated_duration, "16h 45m");
  EXPECT_EQ(p.incident.impact, "Team members could not merge.\nNobody outside the team noticed.");
  EXPECT_TRUE(p.extra_sections.empty());
}

TEST(MarkdownImportPlacement, SummaryLabelsWithBreaksInsideLinesAreSplitAtTheBreaks) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## Summary\n\n"
      "Description: the site was offline for most users for several\n"
      "hours.<br> Duration: 15 hours 40 minutes<br> User impact: Potential new users,\n"
      "anyone visiting the site\n");
  EXPECT_EQ(p.executive_summary, "the site was offline for most users for several\nhours.");
  EXPECT_EQ(p.incident.stated_duration, "15 hours 40 minutes");
  EXPECT_EQ(p.incident.impact, "Potential new users,\nanyone visiting the site");
}

TEST(MarkdownImportPlacement, ImpactLabelInSummaryIsFollowedByTheImpactSection) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## Summary\n\nThe site was down.\n\nUser impact: Nobody could log in.\n\n"
      "## Impact\n\nSign-ups dropped for a day.\n");
  EXPECT_EQ(p.executive_summary, "The site was down.");
  EXPECT_EQ(p.incident.impact, "Nobody could log in.\n\nSign-ups dropped for a day.");
  EXPECT_TRUE(p.extra_sections.empty());
}

TEST(MarkdownImportPlacement, BoldLabelAloneOnItsLineTakesTheParagraphsAfterIt) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## Summary\n\nWe scaled the cluster up.\n\n"
      "**The underlying issue**:  \nEach zone has a small subnet.\n\nEvery pod takes an "
      "address.\n\n"
      "**What happened?**:  \nOn Saturday the load balancers could not scale.\n\n"
      "We moved one zone at a time.\n");
  EXPECT_EQ(p.executive_summary, "We scaled the cluster up.");
  EXPECT_EQ(p.analysis.summary, "Each zone has a small subnet.\n\nEvery pod takes an address.");
  EXPECT_EQ(p.what_happened,
            "On Saturday the load balancers could not scale.\n\nWe moved one zone at a time.");
}

TEST(MarkdownImportPlacement, LowercaseWordBeforeAColonInSummaryProseStaysProse) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## Summary\n\nThe change had a wide\nimpact: every login failed.\n");
  EXPECT_EQ(p.executive_summary, "The change had a wide\nimpact: every login failed.");
  EXPECT_EQ(p.incident.impact, "");
}

TEST(MarkdownImportPlacement, LessonsSubsectionsFillWentWellCouldImproveAndLucky) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## Summary\n\nDown.\n\n## Lessons learned\n\nWe learned a lot.\n\n"
      "### What worked\n\n* Owners were clear.\n\n"
      "### Where we got lucky\n\nThe outage was on a quiet day.\n\n"
      "### What didn't work\n\nAlerts mailed one person.\n\nDNS took hours.\n");
  EXPECT_EQ(p.lessons_learned, "We learned a lot.");
  EXPECT_EQ(p.meeting.went_well, (Entries{"Owners were clear."}));
  EXPECT_EQ(p.meeting.got_lucky, (Entries{"The outage was on a quiet day."}));
  EXPECT_EQ(p.meeting.could_improve, (Entries{"Alerts mailed one person.", "DNS took hours."}));
  EXPECT_TRUE(p.extra_sections.empty());
}

TEST(MarkdownImportPlacement, BoldHeadingsInLessonsSplitItLikeHeadings) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## Lessons Learned\n\n**What went well**\n\n* Monitoring alerted fast\n\n"
      "**What went wrong**\n\n* Out of practice\n* Budget exceeded\n\n"
      "**Where we got lucky**\n\n* Logs had stack traces\n");
  EXPECT_EQ(p.lessons_learned, "");
  EXPECT_EQ(p.meeting.went_well, (Entries{"Monitoring alerted fast"}));
  EXPECT_EQ(p.meeting.could_improve, (Entries{"Out of practice", "Budget exceeded"}));
  EXPECT_EQ(p.meeting.got_lucky, (Entries{"Logs had stack traces"}));
}

TEST(MarkdownImportPlacement, UnknownLessonsSubsectionStaysInTheLessons) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## Lessons learned\n\n### What worked\n\n* Paging\n\n"
      "### Process\n\nWe need a deploy freeze.\n");
  EXPECT_EQ(p.meeting.went_well, (Entries{"Paging"}));
  EXPECT_EQ(p.lessons_learned, "### Process\n\nWe need a deploy freeze.");
}

TEST(MarkdownImportPlacement, SectionNamedPostmortemIsTheLessonsAndItsLuckIsGotLucky) {
  const PostMortem p = read_postmortem(
      "# Incident report\n\nA crate went missing.\n\n## Resolution\n\nWe deployed a fix.\n\n"
      "## Postmortem\n\nDeploying took too long.\n\n"
      "We were lucky that two of us\nwere online.\n\nOur logging was not good enough.\n");
  EXPECT_EQ(p.what_happened, "We deployed a fix.");
  EXPECT_EQ(p.lessons_learned, "Deploying took too long.\n\nOur logging was not good enough.");
  EXPECT_EQ(p.meeting.got_lucky, (Entries{"We were lucky that two of us\nwere online."}));
  EXPECT_TRUE(p.extra_sections.empty());
}

TEST(MarkdownImportPlacement, ResolutionSectionFollowsWhatHappened) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## What happened\n\nThe disk filled up.\n\n## Resolution\n\nWe cleared it.\n");
  EXPECT_EQ(p.what_happened, "The disk filled up.\n\nWe cleared it.");
  EXPECT_TRUE(p.extra_sections.empty());
}

// "Trigger", "Resolution" and "Detection" name one part of the analysis or the story: each label
// stays with its text, which tells which part it is.
TEST(MarkdownImportPlacement, BoldTriggerDetectionAndResolutionLabelsStayWithTheirText) {
  const PostMortem p = read_postmortem(
      "# Example\n\n## Search outage\n\n**Summary**: Search was down.\n\n"
      "**Root Causes**: A resource leak.\n\n**Trigger**: A surge of traffic.\n\n"
      "**Resolution**: Added capacity.\n\n**Detection**: Monitoring paged on-call.\n");
  EXPECT_EQ(p.executive_summary, "Search was down.");
  EXPECT_EQ(p.analysis.summary, "A resource leak.\n\n**Trigger**: A surge of traffic.");
  EXPECT_EQ(p.what_happened,
            "**Resolution**: Added capacity.\n\n**Detection**: Monitoring paged on-call.");
  EXPECT_TRUE(p.extra_sections.empty());
}

TEST(MarkdownImportPlacement, AttendeesSectionListFillsTheAttendees) {
  const PostMortem p =
      read_postmortem("# Outage\n\n## Summary\n\nDown.\n\n## Attendees\n\n- RF SC AN\n- Dana\n");
  EXPECT_EQ(p.incident.attendees, (Entries{"RF SC AN", "Dana"}));
  EXPECT_TRUE(p.extra_sections.empty());
}

TEST(MarkdownImportPlacement, AttendeesSectionWithProseIsKeptAsWritten) {
  const PostMortem p =
      read_postmortem("# Outage\n\n## Attendees\n\nEveryone on call joined.\n\nSome left early.\n");
  EXPECT_TRUE(p.incident.attendees.empty());
  ASSERT_EQ(p.extra_sections.size(), 1u);
  EXPECT_EQ(p.extra_sections[0].title, "Attendees");
}

TEST(MarkdownImportPlacement, DocumentHindsightWroteIsReadWithoutTheseGuesses) {
  PostMortem p;
  p.severity_scale = default_severity_scale();
  p.incident.title = "Outage";
  p.executive_summary = "User impact: kept in the summary.\n\nDuration: also kept.";
  p.lessons_learned = "### What worked\n\nWe were lucky that this stays in the lessons.";
  p.extra_sections.push_back({"Attendees", "- Dana"});
  p.extra_sections.push_back({"Postmortem", "Written as an extra section."});
  const ImportResult again = import_markdown(export_markdown(p));
  ASSERT_TRUE(again.postmortem) << again.error;
  EXPECT_EQ(to_json(*again.postmortem).dump(1), to_json(p).dump(1));
}

// What the readers of resolution sections, remediation sections and incident parts must leave
// alone: advice to the reader, a condition, a story of more than one sentence, the present tense,
// a label that names no explanation.
TEST(MarkdownImportPlacement, ResolutionSentencesBecomeActionsOnlyWhenTheyCommitToWork) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## Resolution\n\n"
      "You will need to restart your node in the future. The fix will be in 1.2.\n\n"
      "If the alert had fired, we would have been paged going forward.\n\n"
      "We plan to add a canary stage going forward.\n");
  ASSERT_EQ(p.actions.size(), 1u);
  EXPECT_EQ(p.actions[0].action, "We plan to add a canary stage going forward.");
  EXPECT_NE(p.what_happened.find("We plan to add a canary stage"), std::string::npos);
}

TEST(MarkdownImportPlacement, OnlyAOneSentenceParagraphOfWhatWasSparedMovesToTheImpact) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## Recovery\n\n"
      "EU customers were unaffected.\n\n"
      "The database was not impacted. Its replicas lagged for an hour.\n");
  EXPECT_EQ(p.incident.impact, "EU customers were unaffected.");
  EXPECT_EQ(p.what_happened, "The database was not impacted. Its replicas lagged for an hour.");
}

TEST(MarkdownImportPlacement, RemediationParagraphsInThePresentStayAsWritten) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## Remediation\n\n"
      "We run a nightly job that compacts the index.\n\n"
      "We reverted the release at 10:05.\n\n"
      "- Add an alert on compaction time\n");
  EXPECT_EQ(p.what_happened, "We reverted the release at 10:05.");
  ASSERT_EQ(p.actions.size(), 1u);
  EXPECT_EQ(p.actions_notes, "We run a nightly job that compacts the index.");
}

TEST(MarkdownImportPlacement, IncidentPartLabelsSayWhetherTheyExplainOrTellTheStory) {
  const PostMortem p = read_postmortem(
      "# Outages\n\n## Timeline\n\n### May 2, 2026 - Cache\n\n"
      "**Why it failed:** The cache had no size limit.\n\n"
      "**Critical issue:** Logins slowed down too.\n\n"
      "**Detection:** A customer wrote to support.\n\n"
      "**Timeline:**\n\n- **10:00 UTC** - Cache fills\n- **10:20 UTC** - Cache flushed\n\n"
      "**Note:** The flush took two attempts.\n");
  EXPECT_EQ(p.analysis.summary, "**Why it failed:** The cache had no size limit.");
  EXPECT_EQ(p.what_happened,
            "**Critical issue:** Logins slowed down too.\n\n"
            "**Detection:** A customer wrote to support.");
  ASSERT_EQ(p.timeline.size(), 4u);
  EXPECT_EQ(p.timeline[3].text, "The flush took two attempts.");
}

TEST(MarkdownImportPlacement, LaterIncidentsFiguresAreAddedToTheFirstsNotRepeated) {
  const PostMortem p = read_postmortem(
      "# Outages\n\n## Timeline\n\n"
      "### May 2, 2026 - Cache\n\n**Duration:** 20 minutes\n**Impact:** Slow logins\n\n"
      "**Timeline:**\n\n- **10:00 UTC** - Cache fills\n\n"
      "### May 9, 2026 - Queue\n\n**Duration:** 20 minutes\n**Impact:** Delayed emails\n\n"
      "**Timeline:**\n\n- **11:00 UTC** - Queue stalls\n");
  EXPECT_EQ(p.incident.stated_duration, "20 minutes");
  EXPECT_EQ(p.incident.impact, "Slow logins\n\nDelayed emails");
}

TEST(MarkdownImportPlacement, ResolutionCommitmentsAreNoActionsBesideAListOfThemOrWhenNoWork) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## Resolution\n\n"
      "After the fix, customers will be able to update their billing address again.\n\n"
      "Data integrity is a priority for us, so we restored from the verified backup.\n\n"
      "Going forward, the bundle will be reloaded automatically whenever a certificate changes.\n\n"
      "We will continue to monitor the service closely in the coming weeks.\n\n"
      "We will add checksum verification to prevent this in the future.\n\n"
      "## Action items\n\n- Add checksum verification before each rebuild\n");
  ASSERT_EQ(p.actions.size(), 1u);
  EXPECT_EQ(p.actions[0].action, "Add checksum verification before each rebuild");
}

TEST(MarkdownImportPlacement, WhatWasSparedAsTheReasonForAStepStaysInTheStory) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## Resolution\n\n"
      "Since the secondary region was not impacted, we failed traffic over to it at 14:32.\n");
  EXPECT_EQ(p.incident.impact, "");
  EXPECT_EQ(p.what_happened,
            "Since the secondary region was not impacted, we failed traffic over to it at 14:32.");
}

TEST(MarkdownImportPlacement, ProseAfterAListOfActionsIsNoActionAndANewOneIsNoDetail) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## Remediation\n\n- Add a canary stage\n- Alert on the 5xx rate\n\n"
      "Test both regions in the quarterly failover drill.\n\n"
      "- Document the rollback\n\n"
      "Review of the crash logs showed a null pointer.\n\n"
      "- Add an Android 9 device to the lab\n\n"
      "Test coverage for Android 9 was low.\n");
  ASSERT_EQ(p.actions.size(), 5u);
  EXPECT_EQ(p.actions[1].action, "Alert on the 5xx rate");
  EXPECT_EQ(p.actions[2].action, "Test both regions in the quarterly failover drill.");
  EXPECT_EQ(p.actions[3].action, "Document the rollback");
  EXPECT_EQ(p.actions[4].action, "Add an Android 9 device to the lab");
}

TEST(MarkdownImportPlacement, TimedPartLabelsStayEntriesAndFiguresNeverReplaceTheFrontMatter) {
  const PostMortem p = read_postmortem(
      "---\nduration: 65 minutes in total\n---\n# Outages on 2026-03-03\n\n## Timeline\n\n"
      "**Duration:** 11 hours\n\n**Timeline:**\n\n- **14:10 UTC** - Push\n\n"
      "**Detection:** 14:12 UTC, via the checkout alert\n\n"
      "### Second outage\n\n**Duration:** 1 hour\n");
  EXPECT_EQ(p.incident.stated_duration, "65 minutes in total; 11 hours; 1 hour");
  ASSERT_EQ(p.timeline.size(), 3u);
  EXPECT_EQ(p.timeline[1].kind, EventKind::Detected);
  EXPECT_EQ(p.timeline[1].text, "via the checkout alert");
  EXPECT_EQ(p.what_happened, "");
}

TEST(MarkdownImportPlacement, KnownSeverityWithWordsOfItsOwnStaysAsWritten) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## Impact\n\n**Severity:** SEV-2 (raised to SEV-1 at 14:30)\n\n"
      "Checkout failed.\n");
  EXPECT_EQ(p.incident.severity, "");
  EXPECT_EQ(p.incident.impact,
            "**Severity:** SEV-2 (raised to SEV-1 at 14:30)\n\nCheckout failed.");
}

TEST(MarkdownImportPlacement, LeadInsThatTellAStepStayEntriesAndBrokenLinksDoNotStopTheImport) {
  const PostMortem p = read_postmortem(
      "# Outage on 2026-02-11\n\n## Timeline\n\n"
      "On-call acknowledged the page\n\n<img src=\"page.png\" />\n\n"
      "Rolled back to the previous build:\n\n- https://example.com/pull/1\n"
      "- https://example.com/pull/2\n\n"
      "Links:\n\n- (https://grafana.example.com/d/q)\n- x (https://example.com/a)\n");
  ASSERT_GE(p.timeline.size(), 2u);
  EXPECT_EQ(p.timeline[0].text, "On-call acknowledged the page");
  EXPECT_EQ(p.timeline[1].text, "Rolled back to the previous build:");
}

}  // namespace
}  // namespace hindsight::core
