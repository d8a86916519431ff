// Headings without text ("##" alone): marks that space a hand-written document's parts out, no
// sections. md4c gives them no position, so the importer finds the lines around them itself. A
// run of them stays in the text of the section it is in, as written; one under the title leaves
// the metadata below it in the document's head; a key question keeps its notes across one; and a
// file of 20,000 of them after 2 MB of prose imports in one pass.
#include <gtest/gtest.h>

#include <string>

#include "core/markdown/markdown_import.hpp"

namespace hindsight::core {
namespace {

int line_of(const ImportResult& r, const std::string& path) {
  const auto found = r.source_lines.find(path);
  return found == r.source_lines.end() ? 0 : found->second;
}

TEST(ImportEmptyHeadings, ARunOfThemSeparatesTextInTheSectionTheyAreIn) {
  const ImportResult r = import_markdown("# Outage\n\n## Appendix\n\n##\n\n##\n\nbody text\n");
  ASSERT_TRUE(r.postmortem);
  const std::vector<ExtraSection>& sections = r.postmortem->extra_sections;
  ASSERT_EQ(sections.size(), 1u);
  EXPECT_EQ(sections[0].title, "Appendix");
  EXPECT_EQ(sections[0].body, "##\n\n##\n\nbody text");  // kept as written
  EXPECT_EQ(line_of(r, "/extra_sections/0/title"), 3);
  EXPECT_EQ(line_of(r, "/extra_sections/0/body"), 5);
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

TEST(ImportEmptyHeadings, AKeyQuestionKeepsTheNotesAfterOne) {
  const ImportResult r = import_markdown(
      "# Outage\n\n## Meeting Notes\n\n### Key Questions\n\n"
      "#### **Detection:** How did we find out?\n\nThe error-rate alert paged.\n\n####\n\n"
      "More notes on it.\n");
  ASSERT_TRUE(r.postmortem);
  const auto& questions = r.postmortem->meeting.key_questions;
  ASSERT_EQ(questions.size(), 1u);
  EXPECT_EQ(questions[0].topic, "Detection");
  EXPECT_EQ(questions[0].notes, "The error-rate alert paged.\n\n####\n\nMore notes on it.");
  EXPECT_EQ(line_of(r, "/meeting/key_questions/0/notes"), 9);
}

TEST(ImportEmptyHeadings, TwentyThousandAfterTwoMegabytesImportInOnePassWithTheirLines) {
  constexpr int kHeadings = 20000;
  std::string markdown = "# Outage\n\n## What Happened\n\n";
  const std::string prose_line =
      "The queue drained slowly while the retry budget was spent on requests that could never "
      "succeed at all.\n";
  for (int i = 0; i < 20000; ++i) markdown += prose_line;
  markdown += "\n";
  for (int i = 0; i < kHeadings; ++i) markdown += "##\n";
  markdown += "\nlast body\n";
  ASSERT_GT(markdown.size(), 2'000'000u);

  const ImportResult r = import_markdown(markdown);
  ASSERT_TRUE(r.postmortem);
  EXPECT_TRUE(r.postmortem->extra_sections.empty());
  const std::string& story = r.postmortem->what_happened;
  EXPECT_TRUE(story.ends_with("##\n##\n\nlast body"));
  std::size_t marks = 0;
  for (std::size_t at = story.find("\n##\n"); at != std::string::npos;
       at = story.find("\n##\n", at + 1))
    ++marks;
  EXPECT_EQ(marks, static_cast<std::size_t>(kHeadings));
  EXPECT_EQ(line_of(r, "/what_happened"), 5);
}

}  // namespace
}  // namespace hindsight::core
