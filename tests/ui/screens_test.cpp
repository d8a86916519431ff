// Every Hindsight screen drawn headless, driven through the same labels the browser tests use.
#include <gtest/gtest.h>
#include <imgui.h>

#include "headless_ui.hpp"
#include "ui/dialog_about.hpp"
#include "ui/main_view.hpp"
#include "ui/panels/library_panel.hpp"
#include "ui_checks.hpp"

namespace hindsight::test {
namespace {

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
  HeadlessUi ui(640.0f, 480.0f);
  ui.frames(3);
  EXPECT_TRUE(ui.has(ui::kNewPostmortemLabel));
  EXPECT_TRUE(ui.has(ui::kOpenSampleLabel));
  expect_all_items_inside(ui);
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

TEST(Screens, CtrlPlusAndCtrlMinusStepTheTextSizeAndCtrlZeroResetsIt) {
  HeadlessUi ui;
  ui.frames(3);
  ui.press(ImGuiKey_Equal, true);
  EXPECT_FLOAT_EQ(ui.state.fonts.size_factor, 1.1f);
  ui.press(ImGuiKey_Equal, true);
  EXPECT_FLOAT_EQ(ui.state.fonts.size_factor, 1.25f);
  ui.press(ImGuiKey_Minus, true);
  ui.press(ImGuiKey_Minus, true);
  ui.press(ImGuiKey_Minus, true);
  EXPECT_FLOAT_EQ(ui.state.fonts.size_factor, 0.9f);
  ui.press(ImGuiKey_0, true);
  EXPECT_FLOAT_EQ(ui.state.fonts.size_factor, 1.0f);
}

}  // namespace
}  // namespace hindsight::test
