// Start-up in the browser: the library is listed from the stored index at the first frame and the
// records follow a slice per frame. Until a post-mortem's record arrives its row is listed but
// cannot be opened; what needs the whole library (an import's review, the sample, Export all)
// waits for it; and a change another tab made meanwhile is not undone by the older read.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>  // GetActiveID: which field is being typed in

#include "support/titled_postmortem.hpp"
#include "headless_ui.hpp"
#include "storage/library_index.hpp"
#include "storage/stored_record.hpp"
#include "ui/panels/library_panel.hpp"

namespace hindsight::test {
namespace {

core::PostMortem titled(const std::string& id, const std::string& title) {
  core::PostMortem pm = hindsight::testing::titled_postmortem(id, title);
  pm.incident.date = "2024-01-15";
  return pm;
}

storage::StoredRecord record_of(const core::PostMortem& pm, std::uint64_t revision) {
  return {pm.id, revision, storage::record_text(pm)};
}

// Storage as the browser hands it over at start-up: the index of `stored`, the records to follow.
storage::StoredData index_of(const std::vector<core::PostMortem>& stored) {
  storage::StoredData data;
  data.available = true;
  data.persistent = true;
  data.records_follow = true;
  data.index_json = "[";
  for (std::size_t i = 0; i < stored.size(); ++i)
    data.index_json += (i ? "," : "") + storage::record_summary(stored[i], 1);
  data.index_json += "]";
  return data;
}

std::string markdown(const std::string& id, const std::string& title) {
  return "---\nid: \"" + id + "\"\n---\n# " + title + "\n\n**Date:** 2024-01-15\n";
}

TEST(LibraryReading, TheFirstFrameListsEveryStoredPostmortemBeforeItsRecordIsRead) {
  HeadlessUi ui;
  const core::PostMortem disk = titled("pm-a", "Disk full");
  ui.workspace.load(index_of({disk, titled("pm-b", "Certificate expired")}));
  ui.frame();
  EXPECT_TRUE(ui.workspace.reading_library());
  EXPECT_TRUE(ui.library.postmortems.empty());
  EXPECT_TRUE(ui.has("##open Disk full"));
  EXPECT_TRUE(ui.has("##open Certificate expired"));
  EXPECT_FALSE(ui.has("Open"));  // nothing to open yet: the rows say they are being read
  ASSERT_TRUE(ui.click("##open Disk full"));
  EXPECT_EQ(ui.workspace.document(), nullptr);

  ui.workspace.receive_records({{record_of(disk, 4)}, false});
  ui.frame();
  EXPECT_EQ(ui.library.postmortems.size(), 1u);
  EXPECT_EQ(ui.workspace.saves().stored_revision("pm-a"), 4u);
  ASSERT_TRUE(ui.click("##open Disk full"));
  ASSERT_NE(ui.workspace.document(), nullptr);
  EXPECT_EQ(ui.open().incident.title, "Disk full");
  EXPECT_TRUE(ui.workspace.reading_library());
  ui.wait(2.0);
  EXPECT_TRUE(ui.writes.empty());  // reading writes nothing back
}

TEST(LibraryReading, TheLastSliceEndsTheReadingAndDropsEntriesWithNoRecord) {
  HeadlessUi ui;
  const core::PostMortem disk = titled("pm-a", "Disk full");
  const core::PostMortem unindexed = titled("pm-c", "DNS outage");
  ui.workspace.load(index_of({disk, titled("pm-gone", "Lost record")}));
  ui.frame();
  ui.workspace.receive_records({{record_of(disk, 1), record_of(unindexed, 2)}, false});
  ui.workspace.receive_records({{}, true});
  ui.frame();
  EXPECT_FALSE(ui.workspace.reading_library());
  EXPECT_EQ(ui.library.postmortems.size(), 2u);
  EXPECT_TRUE(ui.has("##open DNS outage"));
  EXPECT_FALSE(ui.has("##open Lost record"));
  EXPECT_TRUE(ui::still_reading(&ui.workspace.storage_info()).empty());
}

TEST(LibraryReading, AnotherTabsChangeMeanwhileIsNotUndoneByTheOlderRead) {
  HeadlessUi ui;
  const core::PostMortem disk = titled("pm-a", "Disk full");
  ui.workspace.load(index_of({disk}));
  ui.frame();
  ui.workspace.receive({storage::StorageEvent::Kind::changed, "pm-a", 0,
                        record_of(titled("pm-a", "Disk full on db-2"), 2)},
                       ui.now);
  ui.workspace.receive_records({{record_of(disk, 1)}, true});
  ui.frame();
  ASSERT_EQ(ui.library.postmortems.size(), 1u);
  EXPECT_EQ(ui.library.postmortems[0].incident.title, "Disk full on db-2");
  EXPECT_EQ(ui.workspace.saves().stored_revision("pm-a"), 2u);
  EXPECT_FALSE(ui.has("##open Disk full"));
}

TEST(LibraryReading, AnotherTabsChangeToAnUnreadPostmortemReplacesItsRowAndNamesItsTitle) {
  HeadlessUi ui;
  ui.workspace.load(index_of({titled("pm-a", "Disk full"), titled("pm-b", "DNS outage")}));
  ui.frames(2);
  ui.workspace.receive({storage::StorageEvent::Kind::changed, "pm-a", 0,
                        record_of(titled("pm-a", "Disk full on db-2"), 2)},
                       ui.now);
  ui.workspace.receive({storage::StorageEvent::Kind::changed, "pm-b", 0, std::nullopt}, ui.now);
  ui.frame();
  EXPECT_EQ(ui.status, "Deleted in another tab: DNS outage");
  EXPECT_TRUE(ui.has("##open Disk full on db-2"));
  EXPECT_FALSE(ui.has("##open Disk full"));
  EXPECT_FALSE(ui.has("##open DNS outage"));
  EXPECT_TRUE(ui::still_reading(&ui.workspace.storage_info()).empty());
}

TEST(LibraryReading, ADamagedRecordFromAnotherTabMeanwhileIsStillQuarantinedFromTheRead) {
  HeadlessUi ui;
  ui.workspace.load(index_of({titled("pm-a", "Disk full")}));
  ui.frame();
  const std::string damaged = "{\"schema\": 2, \"id\": \"pm-a\", \"incid";
  // The page reports a value it cannot read as a record with revision 0.
  ui.workspace.receive({storage::StorageEvent::Kind::changed, "pm-a", 0,
                        storage::StoredRecord{"pm-a", 0, damaged}},
                       ui.now);
  ui.workspace.receive_records({{{"pm-a", 3, damaged}}, true});
  ui.frame();
  ASSERT_EQ(ui.workspace.storage_info().quarantined->size(), 1u);
  EXPECT_EQ(ui.workspace.storage_info().quarantined->front().text, damaged);
}

TEST(LibraryReading, WhenStorageFailsMidReadTheRowsNotReadStayListedAndSavingIsOff) {
  HeadlessUi ui;
  const core::PostMortem disk = titled("pm-a", "Disk full");
  ui.workspace.load(index_of({disk, titled("pm-b", "DNS outage")}));
  ui.frames(2);
  ui.workspace.receive_records({{record_of(disk, 1)}, false});
  ui.workspace.receive({storage::StorageEvent::Kind::unavailable, "", 0, std::nullopt,
                        "the stored post-mortems did not arrive in time"},
                       ui.now);
  ui.workspace.receive_records({{}, true});
  ui.frames(2);
  EXPECT_FALSE(ui.workspace.reading_library());
  EXPECT_EQ(ui.workspace.saves().status().state, storage::SaveState::off);
  EXPECT_TRUE(ui.has("##open DNS outage"));
  EXPECT_TRUE(ui.workspace.storage_info().reading_failed);
  EXPECT_EQ(ui::still_reading(&ui.workspace.storage_info()).size(), 1u);
  ASSERT_TRUE(ui.click("##open Disk full"));
  EXPECT_NE(ui.workspace.document(), nullptr);
}

TEST(LibraryReading, FilesOpenedWhileReadingAreReviewedAgainstTheWholeLibraryOnceRead) {
  HeadlessUi ui;
  const core::PostMortem disk = titled("pm-a", "Disk full");
  ui.workspace.load(index_of({disk}));
  ui.frame();
  ui.workspace.receive_files({{"outage.md", markdown("pm-a", "Disk full on db-2")}});
  ui.frame();
  EXPECT_EQ(ui.workspace.import_plan(), nullptr);
  ui.workspace.receive_records({{record_of(disk, 1)}, true});
  ui.frame();
  ASSERT_NE(ui.workspace.import_plan(), nullptr);
  ASSERT_EQ(ui.workspace.import_plan()->candidates.size(), 1u);
  // The stored post-mortem is replaced, not duplicated under the same id.
  EXPECT_EQ(ui.workspace.import_plan()->candidates[0].action, transfer::ImportAction::replace);
}

TEST(LibraryReading, AHeldImportOpeningLaterLetsGoOfTheFieldBeingTypedIn) {
  HeadlessUi ui;
  const core::PostMortem disk = titled("pm-a", "Disk full");
  ui.workspace.load(index_of({disk, titled("pm-b", "DNS outage")}));
  ui.frames(2);
  ui.workspace.receive_records({{record_of(disk, 1)}, false});
  ui.workspace.receive_files({{"outage.md", markdown("pm-c", "Queue backlog")}});
  ui.frames(2);
  ASSERT_TRUE(ui.click("##open Disk full"));
  ui.frames(2);
  ASSERT_TRUE(ui.click("Incident/##Title"));
  ASSERT_NE(ImGui::GetActiveID(), 0u);
  ui.workspace.receive_records({{}, true});
  EXPECT_EQ(ImGui::GetActiveID(), 0u);
  ui.frame();
  EXPECT_EQ(ui.workspace.document(), nullptr);
  ASSERT_NE(ui.workspace.import_plan(), nullptr);
  EXPECT_EQ(ui.workspace.import_plan()->candidates.size(), 1u);
}

TEST(LibraryReading, TheSampleWaitsForTheLibrarySoAStoredSampleIsNotShadowed) {
  HeadlessUi ui;
  ui.workspace.load(index_of({titled("pm-a", "Disk full")}));
  ui.frames(2);
  ASSERT_TRUE(ui.click(ui::kOpenSampleLabel));
  EXPECT_EQ(ui.workspace.document(), nullptr);
  EXPECT_EQ(ui.status,
            "Hindsight is still reading the library from this browser's storage: try again in a "
            "moment.");
  ui.workspace.receive_records({{record_of(titled("pm-a", "Disk full"), 1)}, true});
  ui.frame();
  ASSERT_TRUE(ui.click(ui::kOpenSampleLabel));
  EXPECT_NE(ui.workspace.document(), nullptr);
}

TEST(LibraryReading, SearchFindsPostmortemsStillBeingReadByTheirPeopleAndServices) {
  HeadlessUi ui;
  core::PostMortem disk = titled("pm-a", "Disk full");
  disk.incident.services = {"Billing-API"};
  ui.workspace.load(index_of({disk, titled("pm-b", "Certificate expired")}));
  ui.frames(2);
  ASSERT_TRUE(ui.click("Library/##Search"));
  ui.type("billing");
  ui.frame();
  EXPECT_TRUE(ui.has("##open Disk full"));
  EXPECT_FALSE(ui.has("##open Certificate expired"));
}

}  // namespace
}  // namespace hindsight::test
