// The action counter in Markdown: a document says `next_action_number` in its front matter only
// when numbers above its highest action were given before, and the importer never hands out a
// number below it, nor below one more than the highest action id it reads.
#include <gtest/gtest.h>

#include "core/markdown/markdown_export.hpp"
#include "core/markdown/markdown_import.hpp"
#include "core/model/commands.hpp"
#include "core/model/seed_templates.hpp"
#include "core/model/time_format.hpp"

namespace hindsight::core {
namespace {

PostMortem with_three_actions() {
  PostMortem p = new_postmortem("pm-0123456789abcdef", "Cache stampede",
                                *parse_iso8601("2024-03-02T10:00:00Z"));
  for (const char* text : {"Add jitter to cache expiry", "Alert on miss rate", "Write runbook"}) {
    ActionItem action;
    action.action = text;
    add_action(p, std::move(action));
  }
  return p;
}

PostMortem imported(std::string_view markdown) {
  ImportResult result = import_markdown(markdown);
  EXPECT_TRUE(result.postmortem) << result.error;
  return result.postmortem.value_or(PostMortem{});
}

TEST(MarkdownActionCounter, OrdinaryDocumentHasNoCounterLine) {
  const PostMortem p = with_three_actions();
  ASSERT_EQ(p.next_action_number, 4u);
  const std::string markdown = export_markdown(p);
  EXPECT_EQ(markdown.find("next_action_number"), std::string::npos) << markdown;
  EXPECT_EQ(imported(markdown), p);
}

TEST(MarkdownActionCounter, RemovedHighestActionKeepsItsNumberThroughExportAndImport) {
  PostMortem p = with_three_actions();
  ASSERT_TRUE(remove_action(p, "A3"));
  const std::string markdown = export_markdown(p);
  EXPECT_NE(markdown.find("\nnext_action_number: 4\n"), std::string::npos) << markdown;
  PostMortem back = imported(markdown);
  EXPECT_EQ(back, p);
  EXPECT_EQ(export_markdown(back), markdown);
  EXPECT_EQ(add_action(back, ActionItem{}), "A4");
}

TEST(MarkdownActionCounter, EveryActionRemovedStillKeepsTheCounter) {
  PostMortem p = with_three_actions();
  for (const char* id : {"A1", "A2", "A3"}) ASSERT_TRUE(remove_action(p, id));
  const PostMortem back = imported(export_markdown(p));
  EXPECT_EQ(back, p);
  EXPECT_EQ(next_action_id(back), "A4");
}

TEST(MarkdownActionCounter, CounterBelowTheHighestIdReadIsRaisedPastIt) {
  const PostMortem p = imported(R"(---
next_action_number: 2
---
# Outage

## Action Items

| ID | Action |
|---|---|
| A5 | Add alert |
)");
  EXPECT_EQ(p.next_action_number, 6u);
  EXPECT_EQ(export_markdown(p).find("next_action_number"), std::string::npos);
}

TEST(MarkdownActionCounter, ActionWithoutIdTakesANumberNotGivenBefore) {
  const PostMortem p = imported(R"(---
next_action_number: 9
---
# Outage

## Action Items

| ID | Action |
|---|---|
| A2 | Add alert |
|  | Write runbook |
)");
  ASSERT_EQ(p.actions.size(), 2u);
  EXPECT_EQ(p.actions[1].id, "A9");
  EXPECT_EQ(p.next_action_number, 10u);
}

TEST(MarkdownActionCounter, HandWrittenDocumentCountsFromItsHighestId) {
  const PostMortem p = imported("# Outage\n\n## Action Items\n\n- [ ] Add alert\n- [ ] Runbook\n");
  ASSERT_EQ(p.actions.size(), 2u);
  EXPECT_EQ(p.next_action_number, 3u);
}

TEST(MarkdownActionCounter, CounterThatIsNoPositiveNumberIsIgnoredWithAWarning) {
  const ImportResult r = import_markdown("---\nnext_action_number: \"soon\"\n---\n# Outage\n");
  ASSERT_TRUE(r.postmortem);
  EXPECT_EQ(r.postmortem->next_action_number, 1u);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].line, 2);
  EXPECT_EQ(r.warnings[0].message, "next_action_number \"soon\" is not a number above 0; ignored");
}

}  // namespace
}  // namespace hindsight::core
