// Headings without text ("##" alone): md4c gives them no position, so the importer finds their
// lines itself. Over text after a section, each heading of a run keeps its own line and no
// section takes another's heading into its body, a key question keeps its notes when an empty
// one follows, and a file of 20,000 of them after 2 MB of prose imports in one pass. Under the
// title, or over nothing but the next heading, one is a separator: the metadata below it is the
// document's head, and no nameless section is made.
#include <gtest/gtest.h>

#include <string>

#include "core/markdown/markdown_import.hpp"

namespace hindsight::core {
namespace {

int line_of(const ImportResult& r, const std::string& path) {
  const auto found = r.source_lines.find(path);
  return found == r.source_lines.end() ? 0 : found->second;
}

TEST(ImportEmptyHeadings, EachHeadingOfARunKeepsItsOwnLineAndBody) {
  const ImportResult r = import_markdown("# Outage\n\n## Appendix\n\n##\n\n##\n\nbody text\n");
  ASSERT_TRUE(r.postmortem);
  const std::vector<ExtraSection>& sections = r.postmortem->extra_sections;
  ASSERT_EQ(sections.size(), 3u);
  EXPECT_EQ(sections[0].title, "Appendix");
  EXPECT_EQ(sections[1].title, "");
  EXPECT_EQ(sections[1].body, "");
  EXPECT_EQ(sections[2].title, "");
  EXPECT_EQ(sections[2].body, "body text");
  EXPECT_EQ(line_of(r, "/extra_sections/0/title"), 3);
  EXPECT_EQ(line_of(r, "/extra_sections/1/title"), 5);
  EXPECT_EQ(line_of(r, "/extra_sections/2/title"), 7);
  EXPECT_EQ(line_of(r, "/extra_sections/2/body"), 9);
}

TEST(ImportEmptyHeadings, OneUnderTheTitleLeavesTheMetadataBelowItInTheHead) {
  const ImportResult r = import_markdown(
      "# Chain halt\n\n##\n\n**Authors**: Anmol, Puneet\n**Impact**:\n"
      "1. Downtime for about four hours and a half.\n2. The channel closed for good.\n\n"
      "| Action Item | Owner |\n| --- | --- |\n| Sync the Go version on every node | Core team |\n"
      "\n##\n## Timeline\n\n- 2022-11-06 16:42 UTC: App hash mismatch reported\n");
  ASSERT_TRUE(r.postmortem);
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(p.incident.author, "Anmol, Puneet");
  EXPECT_EQ(p.incident.impact,
            "1. Downtime for about four hours and a half.\n2. The channel closed for good.");
  ASSERT_EQ(p.actions.size(), 1u);
  EXPECT_EQ(p.actions[0].action, "Sync the Go version on every node");
  EXPECT_EQ(p.actions[0].owner, "Core team");
  ASSERT_EQ(p.timeline.size(), 1u);
  EXPECT_TRUE(p.timeline[0].at.has_value());
  EXPECT_TRUE(p.extra_sections.empty());
}

TEST(ImportEmptyHeadings, OneOverTextAfterTheTimelineKeepsItsChecklistOutOfIt) {
  const ImportResult r = import_markdown(
      "# Duplicate writes\n\n## Timeline\n\n- 2024-05-02 09:10 UTC: Duplicate rows seen\n\n"
      "##\n\n- [ ] Dedupe writes in the ingest job\n");
  ASSERT_TRUE(r.postmortem);
  ASSERT_EQ(r.postmortem->timeline.size(), 1u);
  ASSERT_EQ(r.postmortem->actions.size(), 1u);
  EXPECT_EQ(r.postmortem->actions[0].action, "Dedupe writes in the ingest job");
}

TEST(ImportEmptyHeadings, AKeyQuestionKeepsItsNotesWhenAnEmptyQuestionHeadingFollows) {
  const ImportResult r = import_markdown(
      "# Outage\n\n## Meeting Notes\n\n### Key Questions\n\n"
      "#### **Detection:** How did we find out?\n\nThe error-rate alert paged.\n\n####\n\n"
      "Notes under no question.\n");
  ASSERT_TRUE(r.postmortem);
  const auto& questions = r.postmortem->meeting.key_questions;
  ASSERT_EQ(questions.size(), 2u);
  EXPECT_EQ(questions[0].topic, "Detection");
  EXPECT_EQ(questions[0].notes, "The error-rate alert paged.");
  EXPECT_EQ(questions[1].question, "");
  EXPECT_EQ(questions[1].notes, "Notes under no question.");
  EXPECT_EQ(line_of(r, "/meeting/key_questions/0/notes"), 9);
}

TEST(ImportEmptyHeadings, TwentyThousandEmptyHeadingsAfterTwoMegabytesImportWithTheirLines) {
  constexpr int kHeadings = 20000;
  std::string markdown = "# Outage\n\n## What Happened\n\n";
  const std::string prose_line =
      "The queue drained slowly while the retry budget was spent on requests that could never "
      "succeed at all.\n";
  for (int i = 0; i < 20000; ++i) markdown += prose_line;
  const int first_heading_line = 4 + 20000 + 2;  // after the prose and one blank line
  markdown += "\n";
  for (int i = 0; i < kHeadings; ++i) markdown += "##\n";
  markdown += "\nlast body\n";
  ASSERT_GT(markdown.size(), 2'000'000u);

  const ImportResult r = import_markdown(markdown);
  ASSERT_TRUE(r.postmortem);
  const std::vector<ExtraSection>& sections = r.postmortem->extra_sections;
  ASSERT_EQ(sections.size(), static_cast<std::size_t>(kHeadings));
  EXPECT_EQ(sections.back().body, "last body");
  int misplaced = 0;
  for (int i = 0; i < kHeadings; ++i) {
    const std::string path = "/extra_sections/" + std::to_string(i) + "/title";
    if (line_of(r, path) != first_heading_line + i) ++misplaced;
    if (i + 1 < kHeadings && !sections[static_cast<std::size_t>(i)].body.empty()) ++misplaced;
  }
  EXPECT_EQ(misplaced, 0);
}

}  // namespace
}  // namespace hindsight::core
