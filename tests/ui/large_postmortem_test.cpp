// Long documents on every screen: a post-mortem of 10,000 timeline events and 1,000 actions is
// opened and each built phase drawn, scrolled and edited without asserts or id collisions, and
// only the visible rows are drawn. A pause in typing lints it a slice a frame.
#include <gtest/gtest.h>

#include "core/lint/lint.hpp"
#include "headless_ui.hpp"
#include "support/large_postmortem.hpp"
#include "ui/panels/editor_panel.hpp"
#include "ui_checks.hpp"

namespace hindsight::test {
namespace {

TEST(LargePostmortem, EveryPhaseDrawsTenThousandEventsWithoutCollisions) {
  HeadlessUi ui;
  core::add_postmortem(ui.library, testing::large_postmortem(10000, 1000));
  ui.frames(3);
  ASSERT_TRUE(ui.click("##open " + ui.library.postmortems[0].incident.title));
  ASSERT_NE(ui.workspace.document(), nullptr);
  ASSERT_EQ(ui.open().timeline.size(), 10000u);
  ui.frames(3);
  expect_no_id_collisions(ui);
  // Only the rows in view are drawn: far fewer widgets than events.
  std::size_t text_cells = 0;
  for (const ui::UiItem& item : ui.items.items()) text_cells += item.label.rfind("##text ", 0) == 0;
  EXPECT_GT(text_cells, 3u);
  EXPECT_LT(text_cells, 80u);
  // Scroll to the end of the table and edit the last event.
  ImGui::GetIO().AddMousePosEvent(ui.width / 2, ui.height - 40);
  for (int i = 0; i < 400; ++i) {
    ImGui::GetIO().AddMouseWheelEvent(0, -50);
    ui.frame();
  }
  expect_no_id_collisions(ui);
  ASSERT_TRUE(ui.has("events/##text 9999"));
  ASSERT_TRUE(ui.click("events/##text 9999"));
  ui.press(ImGuiKey_End);
  ui.type(" (last)");
  EXPECT_EQ(ui.open().timeline[9999].text.substr(ui.open().timeline[9999].text.size() - 7),
            " (last)");
  ASSERT_TRUE(ui.click_phase(5));
  ui.wait(1.0);
  expect_no_id_collisions(ui);
  EXPECT_TRUE(ui.has("Document/Download Markdown"));
}

// The findings of before stay shown while a run goes on, each of its frames asks for the next, an
// edit drops it, and once its findings are published (exactly lint()'s) nothing asks for frames.
TEST(LargePostmortem, APauseInTypingLintsASliceAFrameAndPublishesOnlyWhenTheRunEnds) {
  HeadlessUi ui;
  // Long enough for a few slices; shorter than the longest, as each lint from scratch in a debug
  // build takes seconds.
  core::add_postmortem(ui.library, testing::large_postmortem(4000, 400));
  ui.frames(3);
  ASSERT_TRUE(ui.click("##open " + ui.library.postmortems[0].incident.title));
  const ui::DocumentInsights& insights = ui.workspace.insights();
  const std::vector<core::Finding> opened = insights.findings;  // linted at once on opening
  EXPECT_EQ(insights.lint_revision, ui.workspace.document()->history.revision());
  ASSERT_TRUE(ui.click("events/##text 0"));
  ui.press(ImGuiKey_End);
  ui.type(" Dave should have known better than to restart the primary.");

  ui.now += 1.0;  // a pause: the run starts and takes its first slice
  ui.frame();
  EXPECT_TRUE(ui.workspace.linting());
  EXPECT_EQ(insights.findings, opened);
  ASSERT_TRUE(ui.redraw_at.has_value());
  EXPECT_LE(*ui.redraw_at, ui.now);
  ui.type("!");  // typing again: the next frame drops the run and waits for the next pause
  ui.frame();
  EXPECT_FALSE(ui.workspace.linting());
  EXPECT_EQ(insights.findings, opened);

  const std::uint64_t revision = ui.workspace.document()->history.revision();
  ui.now += 1.0;
  int frames = 0;
  while (insights.lint_revision != revision && frames < HeadlessUi::kMaxLintFrames) {
    ui.frame();
    ++frames;
    if (insights.lint_revision == revision) break;
    EXPECT_TRUE(ui.workspace.linting());
    EXPECT_EQ(insights.findings, opened) << "frame " << frames;
    ASSERT_TRUE(ui.redraw_at.has_value());
    EXPECT_LE(*ui.redraw_at, ui.now);
  }
  EXPECT_GT(frames, 2);  // a slice a frame
  EXPECT_FALSE(ui.workspace.linting());
  EXPECT_EQ(insights.findings, core::lint(ui.open()));
  EXPECT_FALSE(insights.findings_for("/timeline/0/text").empty());

  ui.wait(5.0);  // the edit is saved
  ui.frame();
  EXPECT_FALSE(ui.workspace.linting());
  EXPECT_FALSE(ui.redraw_at.has_value());  // idle: nothing asks for another frame
}

TEST(LargePostmortem, TheSampleDrawsEveryPhaseWithoutCollisions) {
  HeadlessUi ui;
  ui.frames(3);
  ASSERT_TRUE(ui.click("Library/Open the sample"));
  ui.wait(1.0);
  expect_no_id_collisions(ui);
  expect_all_items_inside(ui);
  ASSERT_TRUE(ui.click_phase(5));
  ui.wait(1.0);
  EXPECT_TRUE(ui.has("Document/Download Markdown"));
  expect_no_id_collisions(ui);
}

}  // namespace
}  // namespace hindsight::test
