// The library screen, driven through its widgets: create, open, close, duplicate, delete with
// undo, search and sort, and the first-start welcome.
#include <gtest/gtest.h>

#include "headless_ui.hpp"
#include "ui/panels/editor_panel.hpp"
#include "ui/panels/library_panel.hpp"
#include "ui_checks.hpp"

namespace hindsight::test {
namespace {

// Creates a post-mortem, gives it a title and returns to the library.
void add_titled(HeadlessUi& ui, const std::string& title) {
  ASSERT_TRUE(ui.click(ui::kNewPostmortemLabel));
  ASSERT_TRUE(ui.click("Incident/##Title"));
  ui.press(ImGuiKey_A, true);
  ui.type(title);
  ASSERT_TRUE(ui.click(std::string("Editor/") + ui::kBackToLibraryLabel));
}

TEST(LibraryScreen, FirstStartOffersTheSampleAndANewPostmortem) {
  HeadlessUi ui;
  ui.frames(3);
  EXPECT_TRUE(ui.has(std::string("Library/") + ui::kOpenSampleLabel));
  EXPECT_TRUE(ui.has(std::string("Library/") + ui::kNewPostmortemLabel));
  expect_all_items_inside(ui);
}

TEST(LibraryScreen, NewPostmortemOpensItInTheEditorAndBackListsIt) {
  HeadlessUi ui;
  ui.frames(3);
  ASSERT_TRUE(ui.click(ui::kNewPostmortemLabel));
  ASSERT_NE(ui.workspace.document(), nullptr);
  EXPECT_EQ(ui.open().incident.title, "Untitled post-mortem");
  EXPECT_TRUE(ui.library.postmortems.empty());  // checked out: its only copy is the open one
  ASSERT_TRUE(ui.click(std::string("Editor/") + ui::kBackToLibraryLabel));
  EXPECT_EQ(ui.workspace.document(), nullptr);
  ASSERT_EQ(ui.library.postmortems.size(), 1u);
  EXPECT_TRUE(ui.has("##open Untitled post-mortem"));
  expect_no_id_collisions(ui);
}

TEST(LibraryScreen, ClickingARowOpensThatPostmortem) {
  HeadlessUi ui;
  ui.frames(3);
  add_titled(ui, "Disk full on db-2");
  add_titled(ui, "Certificate expired");
  ASSERT_TRUE(ui.click("##open Disk full on db-2"));
  ASSERT_NE(ui.workspace.document(), nullptr);
  EXPECT_EQ(ui.open().incident.title, "Disk full on db-2");
}

TEST(LibraryScreen, DeleteRemovesAtOnceAndUndoDeleteBringsItBack) {
  HeadlessUi ui;
  ui.frames(3);
  add_titled(ui, "Disk full on db-2");
  ASSERT_TRUE(ui.click("Delete"));
  EXPECT_TRUE(ui.library.postmortems.empty());
  EXPECT_FALSE(ui.has("##open Disk full on db-2"));
  ASSERT_TRUE(ui.click("Undo delete"));
  ASSERT_EQ(ui.library.postmortems.size(), 1u);
  EXPECT_EQ(ui.library.postmortems[0].incident.title, "Disk full on db-2");
  EXPECT_TRUE(ui.has("##open Disk full on db-2"));
}

TEST(LibraryScreen, DuplicateAddsACopyWithItsOwnId) {
  HeadlessUi ui;
  ui.frames(3);
  add_titled(ui, "Disk full on db-2");
  ASSERT_TRUE(ui.click("Duplicate"));
  ASSERT_EQ(ui.library.postmortems.size(), 2u);
  EXPECT_TRUE(ui.has("##open Copy of Disk full on db-2"));
  EXPECT_NE(ui.library.postmortems[0].id, ui.library.postmortems[1].id);
}

TEST(LibraryScreen, SearchShowsOnlyMatchingRows) {
  HeadlessUi ui;
  ui.frames(3);
  add_titled(ui, "Disk full on db-2");
  add_titled(ui, "Certificate expired");
  ASSERT_TRUE(ui.click("Library/##Search"));
  ui.type("CERT");
  EXPECT_TRUE(ui.has("##open Certificate expired"));
  EXPECT_FALSE(ui.has("##open Disk full on db-2"));
  ui.type("zzz");
  EXPECT_FALSE(ui.has("##open Certificate expired"));
  EXPECT_FALSE(ui.has("Delete"));
}

TEST(LibraryScreen, SortingByTitleOrdersRowsAlphabeticallyBothWays) {
  HeadlessUi ui;
  ui.frames(3);
  add_titled(ui, "b outage");
  add_titled(ui, "A outage");
  add_titled(ui, "c outage");
  ASSERT_TRUE(ui.click("Title"));
  auto y_of = [&](const char* title) { return ui.items.find(std::string("##open ") + title)->y; };
  EXPECT_LT(y_of("A outage"), y_of("b outage"));
  EXPECT_LT(y_of("b outage"), y_of("c outage"));
  ASSERT_TRUE(ui.click("Title"));
  EXPECT_GT(y_of("A outage"), y_of("b outage"));
}

TEST(LibraryScreen, OpenTheSampleShowsACompletePostmortem) {
  HeadlessUi ui;
  ui.frames(3);
  ASSERT_TRUE(ui.click(ui::kOpenSampleLabel));
  ASSERT_NE(ui.workspace.document(), nullptr);
  EXPECT_FALSE(ui.open().timeline.empty());
  EXPECT_FALSE(ui.open().actions.empty());
  EXPECT_FALSE(ui.open().executive_summary.empty());
  // Opening it again opens the same one, not a second copy.
  ASSERT_TRUE(ui.click(std::string("Editor/") + ui::kBackToLibraryLabel));
  ASSERT_TRUE(ui.click(ui::kOpenSampleLabel));
  ASSERT_TRUE(ui.click(std::string("Editor/") + ui::kBackToLibraryLabel));
  EXPECT_EQ(ui.library.postmortems.size(), 1u);
}

}  // namespace
}  // namespace hindsight::test
