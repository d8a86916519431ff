// Every Hindsight screen drawn headless, driven through the same labels the browser tests use.
#include <gtest/gtest.h>
#include <imgui.h>

#include "headless_ui.hpp"
#include "ui/dialog_about.hpp"
#include "ui/main_view.hpp"
#include "ui/panel_library.hpp"

namespace hindsight::test {
namespace {

void expect_all_items_inside(const HeadlessUi& ui) {
  for (const ui::UiItem& item : ui.items.items()) {
    EXPECT_GE(item.x, 0.0f) << item.label;
    EXPECT_GE(item.y, 0.0f) << item.label;
    EXPECT_LE(item.x + item.width, ui.width + 0.5f) << item.label;
    EXPECT_LE(item.y + item.height, ui.height + 0.5f) << item.label;
  }
}

TEST(Screens, EmptyLibraryShowsHindsightWindowAndNewButtonNotTheDemo) {
  HeadlessUi ui;
  ui.frames(3);
  EXPECT_TRUE(ui.has(ui::kMainWindowName));
  EXPECT_TRUE(ui.has(ui::kNewPostmortemLabel));
  EXPECT_TRUE(ui.has("File"));
  EXPECT_TRUE(ui.has("Help"));
  EXPECT_FALSE(ui.has("Dear ImGui Demo"));
  EXPECT_GT(ui.vertex_count(), 100);
  expect_all_items_inside(ui);
}

TEST(Screens, EmptyStateFitsASmallWindow) {
  HeadlessUi ui(480.0f, 360.0f);
  ui.frames(3);
  EXPECT_TRUE(ui.has(ui::kNewPostmortemLabel));
  expect_all_items_inside(ui);
}

TEST(Screens, ClickingNewPostmortemAddsItToTheLibraryList) {
  HeadlessUi ui;
  ui.frames(3);
  ASSERT_TRUE(ui.click(ui::kNewPostmortemLabel));
  ASSERT_EQ(ui.library.postmortems.size(), 1u);
  EXPECT_EQ(ui.library.postmortems[0].incident.title, "Untitled post-mortem");
  EXPECT_TRUE(ui.has("Delete"));  // the new row's button
  expect_all_items_inside(ui);
}

TEST(Screens, FileMenuCreatesAPostmortemToo) {
  HeadlessUi ui;
  ui.frames(3);
  ASSERT_TRUE(ui.click("File"));
  ASSERT_TRUE(ui.click("New post-mortem"));
  EXPECT_EQ(ui.library.postmortems.size(), 1u);
}

TEST(Screens, DeleteAsksForConfirmationAndCancelKeepsThePostmortem) {
  HeadlessUi ui;
  ui.frames(3);
  ASSERT_TRUE(ui.click(ui::kNewPostmortemLabel));
  ASSERT_TRUE(ui.click("Delete"));
  EXPECT_EQ(ui.library.postmortems.size(), 1u);
  EXPECT_TRUE(ui.has("Delete post-mortem?"));
  ASSERT_TRUE(ui.click("Cancel"));
  EXPECT_EQ(ui.library.postmortems.size(), 1u);
  EXPECT_FALSE(ui.has("Delete post-mortem?"));
}

TEST(Screens, ConfirmedDeleteRemovesThePostmortemAndShowsTheEmptyStateAgain) {
  HeadlessUi ui;
  ui.frames(3);
  ASSERT_TRUE(ui.click(ui::kNewPostmortemLabel));
  ASSERT_TRUE(ui.click("Delete"));
  ASSERT_TRUE(ui.click("Delete post-mortem"));
  EXPECT_TRUE(ui.library.postmortems.empty());
  EXPECT_TRUE(ui.has(ui::kNewPostmortemLabel));
  EXPECT_FALSE(ui.has("Delete"));
}

TEST(Screens, AboutDialogOpensFromHelpMenuAndCloses) {
  HeadlessUi ui;
  ui.frames(3);
  ASSERT_TRUE(ui.click("Help"));
  ASSERT_TRUE(ui.click("About Hindsight"));
  EXPECT_TRUE(ui.state.show_about);
  EXPECT_TRUE(ui.has(ui::kAboutWindowName));
  expect_all_items_inside(ui);
  ASSERT_TRUE(ui.click("Close"));
  EXPECT_FALSE(ui.state.show_about);
  EXPECT_FALSE(ui.has(ui::kAboutWindowName));
}

TEST(Screens, LightThemeFromViewMenuLightensTheBackground) {
  HeadlessUi ui;
  ui.frames(3);
  EXPECT_LT(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x, 0.2f);
  ASSERT_TRUE(ui.click("View"));
  ASSERT_TRUE(ui.click("Light theme"));
  EXPECT_EQ(ui.state.theme, ui::Theme::light);
  EXPECT_GT(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x, 0.9f);
}

}  // namespace
}  // namespace hindsight::test
