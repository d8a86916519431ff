// Long documents on every screen: a post-mortem of 10,000 timeline events and 1,000 actions is
// opened and each built phase drawn, scrolled and edited without asserts or id collisions, and
// only the visible rows are drawn.
#include <gtest/gtest.h>

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
