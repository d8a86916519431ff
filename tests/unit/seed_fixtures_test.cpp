// The workflow document's own example blocks (docs/postmortem-workflow.md), imported as a team
// would paste them: the Phase 1 timeline, the Phase 3 5 Whys, the Phase 4 action items table and
// the Phase 5 document. Each asserts exactly what lands in the model.
#include <gtest/gtest.h>

#include "core/markdown/markdown_export.hpp"
#include "core/markdown/markdown_import.hpp"
#include "core/model/time_format.hpp"
#include "support/fixtures.hpp"

namespace hindsight::core {
namespace {

PostMortem import_fixture(const std::string& name, std::vector<ImportWarning>* warnings = nullptr) {
  const std::string text = hindsight::testing::read_fixture("seed/" + name);
  EXPECT_FALSE(text.empty()) << name;
  ImportResult result = import_markdown(text);
  EXPECT_TRUE(result.postmortem) << result.error;
  if (warnings) *warnings = result.warnings;
  return result.postmortem.value_or(PostMortem{});
}

UtcSeconds at(const char* iso) { return *parse_iso8601(iso); }

TEST(SeedFixtures, Phase1TimelineBecomesTypedEventsWithImpact) {
  const PostMortem p = import_fixture("phase1-timeline.md");
  ASSERT_EQ(p.timeline.size(), 5u);
  const std::vector<std::tuple<EventKind, const char*, const char*>> expected{
      {EventKind::Detected, "2024-01-15T14:23:00Z", "Alert fired for high error rate"},
      {EventKind::InvestigationStarted, "2024-01-15T14:25:00Z",
       "On-call engineer began investigation"},
      {EventKind::RootCauseIdentified, "2024-01-15T14:45:00Z",
       "Database connection pool exhausted"},
      {EventKind::FixApplied, "2024-01-15T15:10:00Z", "Increased connection pool size"},
      {EventKind::Resolved, "2024-01-15T15:15:00Z", "Error rates returned to normal"}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(p.timeline[i].kind, std::get<0>(expected[i])) << i;
    EXPECT_EQ(p.timeline[i].at, at(std::get<1>(expected[i]))) << i;
    EXPECT_EQ(p.timeline[i].text, std::get<2>(expected[i])) << i;
  }
  EXPECT_EQ(p.incident.impact, "~500 users affected, order processing delayed");
  // "Duration: 52 minutes" is what the timeline computes, so nothing overrides it.
  EXPECT_EQ(p.incident.stated_duration, "");
  EXPECT_TRUE(p.extra_sections.empty());
}

TEST(SeedFixtures, Phase3FiveWhysBecomesAChainAndRootCauses) {
  const PostMortem p = import_fixture("phase3-five-whys.md");
  EXPECT_EQ(p.incident.title, "Example: Database Connection Pool Exhaustion");
  ASSERT_EQ(p.analysis.five_whys.size(), 1u);
  const FiveWhys& chain = p.analysis.five_whys[0];
  EXPECT_EQ(chain.problem, "API requests failed with database connection errors");
  EXPECT_EQ(chain.whys, (std::vector<std::string>{
                            "Connection pool was exhausted", "Too many long-running queries",
                            "New feature introduced N+1 query pattern",
                            "Code review didn't catch the performance issue",
                            "We don't have automated performance testing for database queries"}));
  ASSERT_EQ(p.analysis.root_causes.size(), 3u);
  EXPECT_EQ(p.analysis.root_causes[0].text, "Missing performance testing in CI/CD");
  EXPECT_EQ(p.analysis.root_causes[0].category, CauseCategory::Process);
  EXPECT_EQ(p.analysis.root_causes[1].text,
            "Code review checklist doesn't include query performance");
  EXPECT_EQ(p.analysis.root_causes[2].text, "No monitoring for query execution time");
  EXPECT_EQ(p.analysis.root_causes[2].category, CauseCategory::Technical);
  EXPECT_EQ(p.analysis.summary, "");
  EXPECT_TRUE(p.extra_sections.empty());
}

TEST(SeedFixtures, Phase4TableBecomesActionItemsWithPriorityMarkers) {
  std::vector<ImportWarning> warnings;
  const PostMortem p = import_fixture("phase4-action-items.md", &warnings);
  ASSERT_EQ(p.actions.size(), 4u);
  EXPECT_EQ(p.actions[0].id, "A1");
  EXPECT_EQ(p.actions[0].priority, Priority::High);
  EXPECT_EQ(p.actions[0].action, "Add connection pool monitoring alert");
  EXPECT_EQ(p.actions[0].owner, "Sarah");
  EXPECT_EQ(p.actions[0].effort, "2 hours");
  EXPECT_EQ(p.actions[2].priority, Priority::Medium);
  EXPECT_EQ(p.actions[2].owner, "Team");
  EXPECT_EQ(p.actions[3].priority, Priority::Low);
  EXPECT_EQ(p.actions[3].action, "Document connection pool tuning guide");
  // "Jan 20" names no year and the block names no incident date: kept as written, with a warning.
  EXPECT_EQ(p.actions[0].due, "Jan 20");
  ASSERT_EQ(warnings.size(), 4u);
  EXPECT_EQ(warnings[0].line, 5);
  // The selection criteria are no action items; they are the notes on them, word for word.
  EXPECT_TRUE(p.extra_sections.empty());
  EXPECT_EQ(p.actions_notes,
            "### Action Items Template\n\n**Selection Criteria:**\n- High: Prevents recurrence of "
            "this exact issue\n"
            "- Medium: Improves detection or response\n"
            "- Low: General improvements or nice-to-haves");
}

TEST(SeedFixtures, Phase5DocumentFillsMetadataAndSections) {
  const PostMortem p = import_fixture("phase5-document.md");
  EXPECT_EQ(p.incident.title, "Database Connection Pool Exhaustion");
  EXPECT_EQ(p.incident.date, "2024-01-15");
  EXPECT_EQ(p.incident.severity, "SEV-2");
  EXPECT_EQ(p.incident.impact, "~500 users, order processing delayed");
  EXPECT_EQ(p.incident.stated_duration, "52 minutes");  // no timeline to compute it from
  EXPECT_EQ(p.incident.author, "[Name]");
  EXPECT_EQ(p.incident.reviewers, std::vector<std::string>{"[Team]"});
  EXPECT_EQ(p.executive_summary, "Brief 2-3 sentence summary of what happened and key learnings.");
  EXPECT_EQ(p.what_happened, "Chronological narrative of the incident.");
  EXPECT_EQ(p.analysis.summary, "Technical explanation of why this occurred.");
  EXPECT_EQ(p.meeting.went_well,
            (std::vector<std::string>{"Fast detection (< 2 minutes)",
                                      "Clear communication in incident channel",
                                      "Effective collaboration between teams"}));
  EXPECT_EQ(p.meeting.could_improve.size(), 3u);
  EXPECT_EQ(p.lessons_learned,
            "1. Performance impacts from new features need better testing\n"
            "2. Database monitoring has gaps we need to address\n"
            "3. Code review checklists should include performance considerations");
  // The timeline placeholder sentence is kept as an untimed note.
  ASSERT_EQ(p.timeline.size(), 1u);
  EXPECT_EQ(p.timeline[0].text, "Detailed timeline with UTC timestamps.");
  EXPECT_FALSE(p.timeline[0].at.has_value());
  // "[Table from Phase 4]" is no table: the section is kept as written.
  ASSERT_EQ(p.extra_sections.size(), 1u);
  EXPECT_EQ(p.extra_sections[0].title, "Action Items");
  EXPECT_EQ(p.extra_sections[0].body, "[Table from Phase 4]");
}

TEST(SeedFixtures, ImportedSeedDocumentsReachTheCanonicalFormInOneStep) {
  for (const char* name : {"phase1-timeline.md", "phase3-five-whys.md", "phase4-action-items.md",
                           "phase5-document.md"}) {
    const std::string once = export_markdown(import_fixture(name));
    const ImportResult again = import_markdown(once);
    ASSERT_TRUE(again.postmortem);
    EXPECT_EQ(export_markdown(*again.postmortem), once) << name;
  }
}

}  // namespace
}  // namespace hindsight::core
