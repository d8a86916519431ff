// Storage as the user meets it, through the real workspace frame: edits become writes within a
// second, stored records come back at start-up, unreadable ones are quarantined and downloadable
// as stored, another tab's change reloads a clean post-mortem and makes an edited one read-only
// until the user chooses, and with storage off nothing is written and the screen says so.
#include <gtest/gtest.h>

#include "core/json/json_codec.hpp"
#include "core/model/seed_templates.hpp"
#include "support/titled_postmortem.hpp"
#include "headless_ui.hpp"
#include "storage/stored_record.hpp"
#include "support/large_postmortem.hpp"
#include "ui/panels/editor_panel.hpp"
#include "ui/panels/library_panel.hpp"
#include "ui/panels/storage_notices.hpp"

namespace hindsight::test {
namespace {

core::PostMortem titled(const std::string& id, const std::string& title) {
  return hindsight::testing::titled_postmortem(id, title);
}

storage::StoredRecord record_of(const core::PostMortem& pm, std::uint64_t revision) {
  return {pm.id, revision, storage::record_text(pm)};
}

// Reports every write as stored, as the platform does.
void confirm_writes(HeadlessUi& ui) {
  for (const storage::Write& write : ui.writes)
    ui.workspace.receive({storage::StorageEvent::Kind::written, write.id, write.revision}, ui.now);
  ui.writes.clear();
}

void type_title(HeadlessUi& ui, const std::string& text) {
  ASSERT_TRUE(ui.click("Incident/##Title"));
  ui.press(ImGuiKey_A, true);
  ui.type(text);
  ui.press(ImGuiKey_Enter);
}

TEST(StorageScreen, ANewPostmortemAndItsEditsAreWrittenWithinASecond) {
  HeadlessUi ui;
  ui.workspace.load({true, {}, {}, {}, false});
  ui.frames(2);
  ASSERT_TRUE(ui.click(ui::kNewPostmortemLabel));
  type_title(ui, "Disk full on db-2");
  EXPECT_TRUE(ui.writes.empty());  // typing goes on: nothing is written mid-word
  ui.wait(1.0);
  ASSERT_FALSE(ui.writes.empty());
  const storage::Write& write = ui.writes.back();
  EXPECT_EQ(write.kind, storage::Write::Kind::put);
  EXPECT_EQ(write.base_revision, 0u);
  EXPECT_EQ(core::load_json(write.text).postmortem->incident.title, "Disk full on db-2");
  EXPECT_EQ(ui.workspace.saves().status().state, storage::SaveState::saving);
  confirm_writes(ui);
  ui.frame();
  EXPECT_EQ(ui.workspace.saves().status().message, "All changes saved");
}

TEST(StorageScreen, EveryChangeIsJournaledInTheFrameItIsMadeBeforeItsWrite) {
  HeadlessUi ui;
  ui.workspace.load({true, {}, {record_of(titled("pm-a", "Disk full"), 4)}, {}, false});
  ui.frames(2);
  ASSERT_TRUE(ui.click("##open Disk full"));
  ASSERT_TRUE(ui.click("Incident/##Title"));
  ui.journal.clear();
  ui.type("!");
  ASSERT_FALSE(ui.journal.empty());
  const storage::Write& entry = ui.journal.back();
  EXPECT_EQ(entry.id, "pm-a");
  EXPECT_EQ(entry.base_revision, 4u);
  EXPECT_EQ(entry.revision, 5u);
  EXPECT_EQ(core::load_json(entry.text).postmortem->incident.title, "Disk full!");
  EXPECT_TRUE(ui.writes.empty());  // the write itself waits for typing to pause
}

TEST(StorageScreen, ALongPostmortemIsJournaledByItsWritesNotAtEveryKeystroke) {
  HeadlessUi ui;
  core::PostMortem pm = testing::large_postmortem(2000, 100);  // about 0.4 MB of JSON
  pm.id = "pm-long";
  pm.incident.title = "Disk full";
  ASSERT_GT(storage::record_text(pm).size(), 256u * 1024u);
  ui.workspace.load({true, {}, {record_of(pm, 2)}, {}, false});
  ui.frames(2);
  ASSERT_TRUE(ui.click("##open Disk full"));
  ASSERT_TRUE(ui.click("Incident/##Title"));
  ui.journal.clear();
  ui.type("!");  // its size is not known yet: journaled once
  ASSERT_EQ(ui.journal.size(), 1u);
  ui.type("?");
  ui.type("#");
  EXPECT_EQ(ui.journal.size(), 1u);
  EXPECT_TRUE(ui.writes.empty());
  ui.wait(storage::SaveTracker::kLongestWait);
  ASSERT_EQ(ui.writes.size(), 1u);  // the page journals it as it starts the write
  EXPECT_EQ(core::load_json(ui.writes[0].text).postmortem->incident.title, "Disk full!?#");
}

TEST(StorageScreen, StoredPostmortemsAreInTheLibraryBeforeTheFirstFrame) {
  HeadlessUi ui;
  ui.workspace.load({true,
                     {},
                     {record_of(titled("pm-a", "Disk full"), 3),
                      record_of(titled("pm-b", "Certificate expired"), 1)},
                     {},
                     true});
  ui.frame();
  EXPECT_EQ(ui.library.postmortems.size(), 2u);
  EXPECT_TRUE(ui.has("##open Disk full"));
  EXPECT_TRUE(ui.has("##open Certificate expired"));
  EXPECT_EQ(ui.workspace.saves().stored_revision("pm-a"), 3u);
  EXPECT_TRUE(ui.writes.empty());  // loading writes nothing back
  ui.wait(2.0);
  EXPECT_TRUE(ui.writes.empty());
}

TEST(StorageScreen, AnUnreadableRecordIsListedAndDownloadsExactlyAsStored) {
  HeadlessUi ui;
  const std::string damaged = "{\"schema\": 2, \"id\": \"pm-bad\", \"incid";
  ui.workspace.load(
      {true, {}, {record_of(titled("pm-a", "Disk full"), 1), {"pm-bad", 4, damaged}}, {}, false});
  ui.frames(2);
  EXPECT_EQ(ui.library.postmortems.size(), 1u);
  ASSERT_TRUE(ui.click("Download as stored"));
  ASSERT_EQ(ui.downloads.size(), 1u);
  EXPECT_EQ(ui.downloads[0].file_name, "pm-bad.stored.json");
  EXPECT_EQ(ui.downloads[0].bytes, damaged);
  ui.wait(2.0);
  EXPECT_TRUE(ui.writes.empty());  // never rewritten or deleted
}

TEST(StorageScreen, AnotherTabsChangeReloadsAPostmortemWithNoUnsavedEdits) {
  HeadlessUi ui;
  ui.workspace.load({true, {}, {record_of(titled("pm-a", "Disk full"), 1)}, {}, false});
  ui.frames(2);
  ASSERT_TRUE(ui.click("##open Disk full"));
  ui.workspace.receive({storage::StorageEvent::Kind::changed, "pm-a", 0,
                        record_of(titled("pm-a", "Disk full on db-2"), 2)},
                       ui.now);
  ui.frame();
  EXPECT_EQ(ui.open().incident.title, "Disk full on db-2");
  EXPECT_EQ(ui.workspace.saves().stored_revision("pm-a"), 2u);
  EXPECT_FALSE(ui.workspace.storage_info().document_in_conflict);
  ui.wait(2.0);
  EXPECT_TRUE(ui.writes.empty());
}

TEST(StorageScreen, AnotherTabsChangeOverUnsavedEditsMakesTheEditorReadOnlyUntilTheUserChooses) {
  HeadlessUi ui;
  ui.workspace.load({true, {}, {record_of(titled("pm-a", "Disk full"), 1)}, {}, false});
  ui.frames(2);
  ASSERT_TRUE(ui.click("##open Disk full"));
  type_title(ui, "Mine");
  ui.workspace.receive(
      {storage::StorageEvent::Kind::changed, "pm-a", 0, record_of(titled("pm-a", "Theirs"), 2)},
      ui.now);
  ui.frames(2);
  EXPECT_TRUE(ui.workspace.storage_info().document_in_conflict);
  EXPECT_EQ(ui.workspace.saves().status().state, storage::SaveState::conflict);
  ASSERT_TRUE(ui.has(std::string("Editor/") + ui::kKeepMineLabel));
  // Read-only: typing changes nothing, and nothing is written.
  ASSERT_TRUE(ui.click("Incident/##Title"));
  ui.type("x");
  ui.wait(2.0);
  EXPECT_EQ(ui.open().incident.title, "Mine");
  EXPECT_TRUE(ui.writes.empty());

  ASSERT_TRUE(ui.click(std::string("Editor/") + ui::kKeepMineLabel));
  ui.wait(1.0);
  ASSERT_EQ(ui.writes.size(), 1u);
  EXPECT_EQ(ui.writes[0].base_revision, 2u);  // over the other tab's version, knowingly
  EXPECT_EQ(core::load_json(ui.writes[0].text).postmortem->incident.title, "Mine");
}

TEST(StorageScreen, TakingTheOtherTabsVersionShowsItAndWritesNothing) {
  HeadlessUi ui;
  ui.workspace.load({true, {}, {record_of(titled("pm-a", "Disk full"), 1)}, {}, false});
  ui.frames(2);
  ASSERT_TRUE(ui.click("##open Disk full"));
  type_title(ui, "Mine");
  ui.wait(1.0);
  ASSERT_EQ(ui.writes.size(), 1u);
  // The write is refused: another tab stored revision 2 first.
  ui.workspace.receive(
      {storage::StorageEvent::Kind::conflict, "pm-a", 0, record_of(titled("pm-a", "Theirs"), 2)},
      ui.now);
  ui.writes.clear();
  ui.frames(2);
  ASSERT_TRUE(ui.click(std::string("Editor/") + ui::kTakeStoredLabel));
  ui.frame();
  EXPECT_EQ(ui.open().incident.title, "Theirs");
  EXPECT_FALSE(ui.workspace.saves().has_unsaved());
  ui.wait(2.0);
  EXPECT_TRUE(ui.writes.empty());
}

TEST(StorageScreen, DeletingWritesARemovalAndUndoDeleteWritesItBack) {
  HeadlessUi ui;
  ui.workspace.load({true, {}, {record_of(titled("pm-a", "Disk full"), 5)}, {}, false});
  ui.frames(2);
  ASSERT_TRUE(ui.click("Delete"));
  ui.wait(1.0);
  ASSERT_EQ(ui.writes.size(), 1u);
  EXPECT_EQ(ui.writes[0].kind, storage::Write::Kind::remove);
  EXPECT_EQ(ui.writes[0].base_revision, 5u);
  confirm_writes(ui);
  ASSERT_TRUE(ui.click("Undo delete"));
  ui.wait(1.0);
  ASSERT_EQ(ui.writes.size(), 1u);
  EXPECT_EQ(ui.writes[0].kind, storage::Write::Kind::put);
  EXPECT_EQ(ui.writes[0].base_revision, 0u);
}

TEST(StorageScreen, WithStorageOffNothingIsWrittenAndTheLibrarySaysWhy) {
  HeadlessUi ui;
  ui.workspace.load({false, "this browser blocks storage for this page.", {}, {}, false});
  ui.frames(2);
  ASSERT_TRUE(ui.click(ui::kNewPostmortemLabel));
  type_title(ui, "Disk full");
  ui.wait(2.0);
  EXPECT_TRUE(ui.writes.empty());
  EXPECT_TRUE(ui.workspace.flush(ui.now).empty());
  EXPECT_EQ(ui.workspace.saves().status().state, storage::SaveState::off);
  EXPECT_EQ(ui.workspace.storage_info().status.state, storage::SaveState::off);
  // Export still works.
  ui.press(ImGuiKey_S, true);
  ASSERT_EQ(ui.downloads.size(), 1u);
}

TEST(StorageScreen, StorageClearedBehindTheAppsBackIsWrittenAgainFromThisTab) {
  HeadlessUi ui;
  ui.workspace.load({true,
                     {},
                     {record_of(titled("pm-a", "Disk full"), 2),
                      record_of(titled("pm-b", "Certificate expired"), 1)},
                     {},
                     false});
  ui.frames(2);
  ui.workspace.receive({storage::StorageEvent::Kind::cleared}, ui.now);
  ui.wait(1.0);
  ASSERT_EQ(ui.writes.size(), 2u);
  EXPECT_EQ(ui.writes[0].kind, storage::Write::Kind::put);
  EXPECT_EQ(ui.writes[1].kind, storage::Write::Kind::put);
  EXPECT_NE(ui.status.find("storage was cleared"), std::string::npos);
}

}  // namespace
}  // namespace hindsight::test
