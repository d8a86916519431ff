// Markdown for the meeting's clock, restated ground rules, brainstormed ideas, root cause ids and
// the actions' links, triage and merges: the exact text written, the same model read back, and
// documents written without them read as before.
#include <gtest/gtest.h>

#include "core/markdown/markdown_export.hpp"
#include "core/markdown/markdown_import.hpp"
#include "core/model/time_format.hpp"

namespace hindsight::core {
namespace {

UtcSeconds at(const char* iso) { return *parse_iso8601(iso); }

// Only what these fields need; no key questions or agenda defaults.
PostMortem small_postmortem() {
  PostMortem p;
  p.id = "pm-1";
  p.created_at = at("2024-01-16T09:00:00Z");
  p.incident.title = "Pool exhaustion";
  p.meeting.agenda = {{"Set the tone", 5, std::nullopt, 290},
                      {"Review the timeline", 30, at("2024-01-16T10:05:00Z"), 65},
                      {"Wrap-up", 5}};
  p.meeting.current_item = 1;
  p.meeting.ground_rules_restated = {at("2024-01-16T10:01:00Z"), at("2024-01-16T10:31:30Z")};
  p.analysis.root_causes = {
      {"Pool too small", CauseCategory::Technical, Confidence::Confirmed, "R1"},
      {"No load test", CauseCategory::Process, Confidence::Likely, "R3"}};
  p.ideas = {{ActionCategory::DetectionMonitoring, "Alert on pool usage"},
             {ActionCategory::Documentation, "Runbook for *pool* exhaustion"}};
  p.actions = {{.id = "A1",
                .action = "Add pool alert > 80%",
                .owner = "Sarah",
                .due = "2024-01-20",
                .addresses = "R1",
                .triage = Triage::MustDo,
                .merged = {"A3: Add more alerts", "A4: Page the DBA"}},
               {.id = "A2", .action = "Load test each release", .triage = Triage::NiceToHave}};
  return p;
}

std::string section(const std::string& markdown, const std::string& from, const std::string& to) {
  const auto begin = markdown.find(from);
  if (begin == std::string::npos) return "";
  const auto end = markdown.find(to, begin + from.size());
  return markdown.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

TEST(MarkdownMeetingFields, MeetingNotesWriteGroundRulesTimersCurrentItemAndBrainstorm) {
  const std::string markdown = export_markdown(small_postmortem());
  EXPECT_EQ(section(markdown, "## Meeting Notes", "\n## "),
            "## Meeting Notes\n"
            "\n"
            "**Ground Rules Restated:** 2024-01-16 10:01 UTC, 2024-01-16 10:31:30 UTC\n"
            "\n"
            "### Agenda\n"
            "\n"
            "| Phase | Time Box | Used | Running Since (UTC) |\n"
            "|---|---|---|---|\n"
            "| Set the tone | 5 min | 4:50 | |\n"
            "| Review the timeline | 30 min | 1:05 | 2024-01-16 10:05 |\n"
            "| Wrap-up | 5 min | 0:00 | |\n"
            "\n"
            "**Current Agenda Item:** 2 of 3\n"
            "\n"
            "### Brainstorm\n"
            "\n"
            "- **Detection & Monitoring:** Alert on pool usage\n"
            "- **Documentation:** Runbook for \\*pool\\* exhaustion\n");
}

TEST(MarkdownMeetingFields, RootCausesTableHasAnIdColumn) {
  const std::string markdown = export_markdown(small_postmortem());
  EXPECT_EQ(section(markdown, "### Root Causes", "\n---"),
            "### Root Causes\n"
            "\n"
            "| ID | Root Cause | Category | Confidence |\n"
            "|---|---|---|---|\n"
            "| R1 | Pool too small | Technical | Confirmed |\n"
            "| R3 | No load test | Process | Likely |\n");
}

TEST(MarkdownMeetingFields, ActionsTableGainsAddressesTriageAndMergedColumnsWhenUsed) {
  const std::string markdown = export_markdown(small_postmortem());
  EXPECT_EQ(
      section(markdown, "| ID | Priority", "\n\n"),
      "| ID | Priority | Action | Category | Type | Owner | Due Date | Effort | Status | Ticket | "
      "Addresses | Triage | Merged |\n"
      "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
      "| A1 | \xF0\x9F\x9F\xA1 Medium | Add pool alert \\> 80% | Prevention | Prevent | Sarah | "
      "2024-01-20 | | Open | | R1 | Must Do | A3: Add more alerts<br>A4: Page the DBA |\n"
      "| A2 | \xF0\x9F\x9F\xA1 Medium | Load test each release | Prevention | Prevent | | | | Open "
      "| | | Nice to Have | |");
}

TEST(MarkdownMeetingFields, ActionsTableKeepsTheWorkflowColumnsWhenNoActionUsesTheNewOnes) {
  PostMortem p = small_postmortem();
  for (ActionItem& a : p.actions) a = {.id = a.id, .action = a.action};
  const std::string markdown = export_markdown(p);
  EXPECT_NE(
      markdown.find("| ID | Priority | Action | Category | Type | Owner | Due Date | Effort | "
                    "Status | Ticket |\n|---|---|---|---|---|---|---|---|---|---|\n"),
      std::string::npos);
  EXPECT_EQ(markdown.find("Triage"), std::string::npos);
}

TEST(MarkdownMeetingFields, AgendaWithoutTimerStateKeepsTwoColumnsAndNoCurrentItem) {
  PostMortem p = small_postmortem();
  for (AgendaItem& item : p.meeting.agenda) item = {item.phase, item.minutes};
  p.meeting.current_item = -1;
  const std::string markdown = export_markdown(p);
  EXPECT_NE(markdown.find("| Phase | Time Box |\n|---|---|\n| Set the tone | 5 min |\n"),
            std::string::npos);
  EXPECT_EQ(markdown.find("Current Agenda Item"), std::string::npos);
}

TEST(MarkdownMeetingFields, EveryNewFieldImportsBackToTheSameModel) {
  const PostMortem original = small_postmortem();
  const ImportResult imported = import_markdown(export_markdown(original));
  ASSERT_TRUE(imported.postmortem.has_value());
  EXPECT_TRUE(imported.warnings.empty());
  EXPECT_EQ(imported.postmortem->meeting, original.meeting);
  EXPECT_EQ(imported.postmortem->analysis, original.analysis);
  EXPECT_EQ(imported.postmortem->ideas, original.ideas);
  EXPECT_EQ(imported.postmortem->actions, original.actions);
}

TEST(MarkdownMeetingFields, FinishedMeetingReadsBackAsFinished) {
  PostMortem p = small_postmortem();
  p.meeting.current_item = 3;
  p.meeting.agenda[1].running_since.reset();
  const std::string markdown = export_markdown(p);
  EXPECT_NE(markdown.find("**Current Agenda Item:** finished\n"), std::string::npos);
  const ImportResult imported = import_markdown(markdown);
  ASSERT_TRUE(imported.postmortem.has_value());
  EXPECT_EQ(imported.postmortem->meeting.current_item, 3);
}

TEST(MarkdownMeetingFields, RootCausesWithoutIdsGetR1ToRnOnImport) {
  const ImportResult imported = import_markdown(
      "# Post-Mortem: Outage\n\n## Root Cause Analysis\n\n### Root Causes\n\n"
      "| Root Cause | Category | Confidence |\n|---|---|---|\n"
      "| Pool too small | Technical | Confirmed |\n| No load test | Process | Likely |\n");
  ASSERT_TRUE(imported.postmortem.has_value());
  const auto& causes = imported.postmortem->analysis.root_causes;
  ASSERT_EQ(causes.size(), 2u);
  EXPECT_EQ(causes[0].id, "R1");
  EXPECT_EQ(causes[0].text, "Pool too small");
  EXPECT_EQ(causes[1].id, "R2");
  EXPECT_EQ(causes[1].text, "No load test");
}

TEST(MarkdownMeetingFields, LinkToAMissingRootCauseIsDroppedWithAWarning) {
  const ImportResult imported = import_markdown(
      "# Post-Mortem: Outage\n\n## Action Items\n\n"
      "| ID | Action | Owner | Addresses |\n|---|---|---|---|\n"
      "| A1 | Add pool alert > 80% | Sarah | R9 |\n");
  ASSERT_TRUE(imported.postmortem.has_value());
  EXPECT_EQ(imported.postmortem->actions[0].addresses, "");
  ASSERT_EQ(imported.warnings.size(), 1u);
  EXPECT_EQ(imported.warnings[0].line, 7);
  EXPECT_EQ(imported.warnings[0].message,
            "action A1 addresses R9, which names no root cause; the link was dropped");
}

TEST(MarkdownMeetingFields, IdeaWithoutACategoryLabelIsKeptWithTheDefaultCategory) {
  const ImportResult imported = import_markdown(
      "# Post-Mortem: Outage\n\n## Meeting Notes\n\n### Brainstorm\n\n- Cache the pool size\n");
  ASSERT_TRUE(imported.postmortem.has_value());
  ASSERT_EQ(imported.postmortem->ideas.size(), 1u);
  EXPECT_EQ(imported.postmortem->ideas[0].category, ActionCategory::Prevention);
  EXPECT_EQ(imported.postmortem->ideas[0].text, "Cache the pool size");
  ASSERT_EQ(imported.warnings.size(), 1u);
  EXPECT_EQ(imported.warnings[0].line, 7);
}

}  // namespace
}  // namespace hindsight::core
