// Markdown export: the exact document for a post-mortem with every field set (a golden file),
// escaping in cells and lines, determinism, one-line diffs, and file names.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/markdown/markdown_export.hpp"
#include "core/markdown/markdown_import.hpp"
#include "core/model/seed_templates.hpp"
#include "core/model/time_format.hpp"
#include "support/fixtures.hpp"

namespace hindsight::core {
namespace {

UtcSeconds at(const char* iso) { return *parse_iso8601(iso); }

// The workflow's worked example, with every field of the model filled in.
PostMortem full_postmortem() {
  PostMortem p = new_postmortem("pm-0123456789abcdef", "Database Connection Pool Exhaustion",
                                at("2024-01-16T09:00:00Z"));
  Incident& in = p.incident;
  in.date = "2024-01-15";
  in.severity = "SEV-2";
  in.status = Status::InReview;
  in.impact = "~500 users, order processing delayed";
  in.users_affected = "~500";
  in.author = "Sarah";
  in.facilitator = "Alex";
  in.reviewers = {"Mike", "Zoë"};
  in.attendees = {"Sarah", "Mike", "Alex"};
  in.tags = {"database", "orders"};
  in.services = {"orders-api"};
  p.timeline = {
      {at("2024-01-15T14:23:00Z"), EventKind::Detected, "Alert fired for high error rate",
       "PagerDuty"},
      {at("2024-01-15T14:25:00Z"), EventKind::InvestigationStarted,
       "On-call engineer began investigation", ""},
      {at("2024-01-15T14:45:00Z"), EventKind::RootCauseIdentified,
       "Database connection pool exhausted", ""},
      {at("2024-01-15T15:10:00Z"), EventKind::FixApplied, "Increased connection pool size", ""},
      {at("2024-01-15T15:15:00Z"), EventKind::Resolved, "Error rates returned to normal", ""},
  };
  p.meeting.held_at = at("2024-01-16T10:00:00Z");
  p.meeting.key_questions[0].notes = "An alert on the error rate, within 2 minutes.";
  p.meeting.went_well = {"Fast detection (< 2 minutes)", "Clear communication in incident channel"};
  p.meeting.could_improve = {"Query performance not caught in code review"};
  p.meeting.got_lucky = {"The incident started outside peak hours"};
  p.meeting.confusion = {"Which dashboard showed the pool size"};
  p.meeting.parking_lot = {"Revisit the ORM's defaults"};
  RootCauseAnalysis& a = p.analysis;
  a.summary = "A new feature introduced an N+1 query pattern.";
  a.five_whys = {{"API requests failed with database connection errors",
                  {"Connection pool was exhausted", "Too many long-running queries",
                   "New feature introduced N+1 query pattern"},
                  "No automated performance testing for database queries"}};
  a.root_causes = {
      {"Missing performance testing in CI/CD", CauseCategory::Process, Confidence::Confirmed, "R1"},
      {"No monitoring for query execution time", CauseCategory::Technical, Confidence::Likely,
       "R2"}};
  a.follow_up_investigations = {"Measure query counts per request in staging"};
  p.actions = {{"A1", "Add alert for connection pool utilization > 80%",
                ActionCategory::DetectionMonitoring, ActionType::Mitigate, Priority::High, "Sarah",
                "2024-01-20", "2 hours", ActionStatus::InProgress, "OPS-101"},
               {"A2", "Add performance checklist item to PR template", ActionCategory::Prevention,
                ActionType::Process, Priority::Medium, "Team", "2024-01-22", "1 hour",
                ActionStatus::Open, ""}};
  p.executive_summary = "A new feature exhausted the database connection pool for 52 minutes.";
  p.what_happened =
      "At 14:23 UTC the error rate alert fired.\n\n- Orders were delayed\n- No data was lost";
  p.lessons_learned = "1. Performance impacts from new features need better testing";
  p.extra_sections = {{"Appendix: Graphs", "See the dashboard export."}};
  p.next_action_number = 3;
  return p;
}

TEST(MarkdownExport, FullPostmortemMatchesTheGoldenDocument) {
  const std::filesystem::path path =
      hindsight::testing::fixtures_dir() / "export/full-postmortem.md";
  const std::string exported = export_markdown(full_postmortem());
  if (std::getenv("HINDSIGHT_UPDATE_GOLDEN")) std::ofstream(path, std::ios::binary) << exported;
  EXPECT_EQ(exported, hindsight::testing::read_file(path));
}

TEST(MarkdownExport, GoldenDocumentImportsBackToTheSamePostmortem) {
  const ImportResult imported = import_markdown(export_markdown(full_postmortem()));
  ASSERT_TRUE(imported.postmortem);
  EXPECT_TRUE(imported.warnings.empty());
  EXPECT_EQ(*imported.postmortem, full_postmortem());
}

TEST(MarkdownExport, OutputUsesLfEndsInOneNewlineAndHasNoTrailingSpaces) {
  const std::string md = export_markdown(full_postmortem());
  EXPECT_EQ(md.find('\r'), std::string::npos);
  EXPECT_EQ(md.back(), '\n');
  EXPECT_NE(md[md.size() - 2], '\n');
  EXPECT_EQ(md.find(" \n"), std::string::npos);
  EXPECT_EQ(md.find("\t"), std::string::npos);
}

TEST(MarkdownExport, PipesLineBreaksAndMarkdownInCellsAreEscaped) {
  PostMortem p = full_postmortem();
  p.actions[0].action = "Alert when a|b > 80%\nthen *page* #oncall";
  const std::string md = export_markdown(p);
  EXPECT_NE(md.find("| Alert when a\\|b \\> 80%<br>then \\*page\\* \\#oncall |"),
            std::string::npos);
  const ImportResult imported = import_markdown(md);
  ASSERT_TRUE(imported.postmortem);
  EXPECT_EQ(imported.postmortem->actions[0].action, p.actions[0].action);
}

TEST(MarkdownExport, ListEntriesAreWrittenAsTheMarkdownTheyHold) {
  PostMortem p = full_postmortem();
  p.meeting.went_well = {"1. numbered",
                         "- dash",
                         "> quote",
                         "# hash",
                         "**bold** and `code`",
                         "first line\nsecond line"};
  const std::string md = export_markdown(p);
  EXPECT_NE(md.find("- 1. numbered\n- - dash\n- > quote\n- # hash\n- **bold** and `code`\n"
                    "- first line\n  second line\n"),
            std::string::npos)
      << md;
  EXPECT_EQ(import_markdown(md).postmortem->meeting.went_well, p.meeting.went_well);
}

TEST(MarkdownExport, ListEntriesThatWouldNotReadBackAreWrittenVerbatim) {
  PostMortem p = full_postmortem();
  p.meeting.went_well = {"  leading spaces", "---", "+", "a\n\nb", "ends with a space "};
  const std::string md = export_markdown(p);
  EXPECT_NE(md.find("- ```verbatim\n    leading spaces\n  ```\n- ```verbatim\n  ---\n  ```\n"),
            std::string::npos)
      << md;
  EXPECT_EQ(import_markdown(md).postmortem->meeting.went_well, p.meeting.went_well);
}

TEST(MarkdownExport, ProseThatWouldBreakItsSectionIsWrittenVerbatim) {
  PostMortem p = full_postmortem();
  p.what_happened = "## Timeline\nThis line looks like a section.";
  p.lessons_learned = "```\nan open fence";
  p.executive_summary = "Setext title\n===";
  const std::string md = export_markdown(p);
  EXPECT_NE(md.find("## What Happened\n\n```verbatim\n## Timeline\nThis line looks like a "
                    "section.\n```\n"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("````verbatim\n```\nan open fence\n````"), std::string::npos) << md;
  const ImportResult imported = import_markdown(md);
  ASSERT_TRUE(imported.postmortem);
  EXPECT_EQ(*imported.postmortem, p);
}

TEST(MarkdownExport, ProseThatReadsBackIsWrittenAsIs) {
  PostMortem p = full_postmortem();
  p.what_happened = "### A subheading\n\n- a list\n\n```\n## inside a closed fence\n```";
  const std::string md = export_markdown(p);
  EXPECT_NE(md.find("## What Happened\n\n" + p.what_happened + "\n"), std::string::npos) << md;
  EXPECT_EQ(import_markdown(md).postmortem->what_happened, p.what_happened);
}

TEST(MarkdownExport, OneFieldEditIsAOneLineDiff) {
  PostMortem p = full_postmortem();
  const std::string before = export_markdown(p);
  p.actions[1].owner = "Mike";
  const std::string after = export_markdown(p);
  std::istringstream a(before), b(after);
  std::string line_a, line_b;
  int differing = 0;
  while (std::getline(a, line_a) && std::getline(b, line_b)) differing += line_a != line_b;
  EXPECT_EQ(differing, 1);
  EXPECT_EQ(std::count(before.begin(), before.end(), '\n'),
            std::count(after.begin(), after.end(), '\n'));
}

TEST(MarkdownExport, DurationIsComputedFromTheTimelineUnlessStated) {
  PostMortem p = full_postmortem();
  EXPECT_NE(export_markdown(p).find("**Incident Duration:** 52 minutes\n"), std::string::npos);
  p.timeline.clear();
  EXPECT_EQ(export_markdown(p).find("Incident Duration"), std::string::npos);
  p.incident.stated_duration = "about an hour";
  EXPECT_NE(export_markdown(p).find("**Incident Duration:** about an hour\n"), std::string::npos);
}

TEST(MarkdownExport, FrontMatterCarriesASeverityScaleOnlyWhenItIsNotTheDefault) {
  PostMortem p = full_postmortem();
  EXPECT_EQ(export_markdown(p).find("severity_scale"), std::string::npos);
  p.severity_scale = {{"P1", "Everything is down"}, {"P2", ""}};
  p.incident.severity = "P1";
  const std::string md = export_markdown(p);
  EXPECT_NE(md.find("severity_scale: [{\"description\":\"Everything is down\",\"name\":\"P1\"},"
                    "{\"description\":\"\",\"name\":\"P2\"}]\n"),
            std::string::npos);
  EXPECT_NE(md.find("**Severity:** P1 (Everything is down)\n"), std::string::npos);
  EXPECT_EQ(import_markdown(md).postmortem->severity_scale, p.severity_scale);
}

// JSON keeps the keys it does not know in each struct's `unknown`; Markdown is written for people
// and does not carry them (only the front matter's own keys, kept under "front_matter").
TEST(MarkdownExport, UnknownFieldsOfEveryStructAreNotWritten) {
  const PostMortem plain = full_postmortem();
  PostMortem p = plain;
  const Json unknown = {{"zz_marker", "kept-only-in-json"}, {"zz_nested", {{"zz_marker", 1}}}};
  p.unknown = unknown;
  p.incident.unknown = unknown;
  for (SeverityLevel& level : p.severity_scale) level.unknown = unknown;
  for (TimelineEvent& event : p.timeline) event.unknown = unknown;
  p.meeting.unknown = unknown;
  for (AgendaItem& item : p.meeting.agenda) item.unknown = unknown;
  for (KeyQuestion& question : p.meeting.key_questions) question.unknown = unknown;
  p.analysis.unknown = unknown;
  for (FiveWhys& whys : p.analysis.five_whys) whys.unknown = unknown;
  for (RootCause& cause : p.analysis.root_causes) cause.unknown = unknown;
  for (ActionItem& action : p.actions) action.unknown = unknown;
  for (ExtraSection& section : p.extra_sections) section.unknown = unknown;
  const std::string md = export_markdown(p);
  EXPECT_EQ(md, export_markdown(plain));
  EXPECT_EQ(md.find("zz_"), std::string::npos);
}

TEST(MarkdownExport, FileNameIsIncidentDateAndTitleSlug) {
  PostMortem p = full_postmortem();
  EXPECT_EQ(markdown_file_name(p), "2024-01-15-database-connection-pool-exhaustion.md");
  p.incident.date = "";
  EXPECT_EQ(markdown_file_name(p), "2024-01-16-database-connection-pool-exhaustion.md");
  p.incident.title = "Über-Störung: café & crème brûlée!";
  EXPECT_EQ(markdown_file_name(p), "2024-01-16-uber-storung-cafe-creme-brulee.md");
  p.incident.title = "東京 🔥";
  EXPECT_EQ(markdown_file_name(p), "2024-01-16-postmortem.md");
  p.incident.title = std::string(30, 'a') + " " + std::string(30, 'b') + " ccc";
  EXPECT_EQ(markdown_file_name(p), "2024-01-16-" + std::string(30, 'a') + ".md");
}

}  // namespace
}  // namespace hindsight::core
