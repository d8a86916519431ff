// Headings without text ("##" alone): md4c gives them no position, so the importer finds their
// lines itself. Each heading of a run keeps its own line, no section takes another's heading
// into its body, a key question keeps its notes when an empty one follows, and a file of 20,000
// of them after 2 MB of prose imports in one pass.
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
