// Opening files and "Export all" as the user meets them, through the real workspace frame: files
// become a preview and nothing changes until Import; Import creates or replaces and writes each
// post-mortem; Cancel changes nothing; Undo import puts the library back and writes that too; a
// refused file is listed with its reason; Ctrl+O asks the platform for its file picker; and the
// "Export all" archive plans back to the same library.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/json/json_codec.hpp"
#include "core/model/seed_templates.hpp"
#include "headless_ui.hpp"
#include "transfer/export_all.hpp"
#include "ui/panels/import_dialog.hpp"
#include "ui/panels/library_panel.hpp"

namespace hindsight::test {
namespace {

const std::string kImport = std::string(ui::kImportDialogName) + "/";
const std::string kList = std::string(ui::kImportListName) + "/";

std::string markdown(const std::string& id, const std::string& title) {
  return "---\nid: \"" + id + "\"\n---\n# " + title + "\n\n**Date:** 2024-01-15\n";
}

core::PostMortem titled(const std::string& id, const std::string& title) {
  core::PostMortem pm = core::new_postmortem(id, title, core::UtcSeconds{std::chrono::seconds{1}});
  pm.incident.date = "2024-01-15";
  return pm;
}

// A workspace with storage on and the library screen drawn.
void start(HeadlessUi& ui) {
  ui.workspace.load({true, {}, {}, {}, true});
  ui.frames(2);
}

// Reports every write as stored, as the platform does (the next write of an id waits for it).
void confirm_writes(HeadlessUi& ui) {
  for (const storage::Write& write : ui.writes)
    ui.workspace.receive({storage::StorageEvent::Kind::written, write.id, write.revision}, ui.now);
  ui.writes.clear();
}

std::set<std::string> written_ids(const HeadlessUi& ui) {
  std::set<std::string> ids;
  for (const storage::Write& write : ui.writes) ids.insert(write.id);
  return ids;
}

TEST(FilesScreen, TwoMarkdownFilesArePreviewedAndNothingChangesUntilImport) {
  HeadlessUi ui;
  start(ui);
  ui.workspace.receive_files({{"outage.md", markdown("pm-a", "Disk full")},
                              {"certs.md", markdown("pm-b", "Certificate expired")}});
  ui.frames(3);
  EXPECT_TRUE(ui.has(kList + "New: Disk full (outage.md)##candidate0"));
  EXPECT_TRUE(ui.has(kList + "New: Certificate expired (certs.md)##candidate1"));
  EXPECT_TRUE(ui.has(kImport + "Import 2##import"));
  EXPECT_TRUE(ui.library.postmortems.empty());
  ui.wait(2.0);
  EXPECT_TRUE(ui.writes.empty());
}

TEST(FilesScreen, ImportCreatesBothAndWritesThem) {
  HeadlessUi ui;
  start(ui);
  ui.workspace.receive_files({{"outage.md", markdown("pm-a", "Disk full")},
                              {"certs.md", markdown("pm-b", "Certificate expired")}});
  ui.frames(3);
  ASSERT_TRUE(ui.click(kImport + "Import 2##import"));
  EXPECT_EQ(ui.status, "Imported 2 post-mortems");
  ASSERT_EQ(ui.library.postmortems.size(), 2u);
  EXPECT_TRUE(core::find_postmortem(ui.library, "pm-a"));
  EXPECT_TRUE(core::find_postmortem(ui.library, "pm-b"));
  EXPECT_EQ(ui.workspace.import_plan(), nullptr);
  EXPECT_FALSE(ui.has(kImport + "Import 2##import"));  // the preview has closed
  ui.wait(1.0);
  EXPECT_EQ(written_ids(ui), (std::set<std::string>{"pm-a", "pm-b"}));
  for (const storage::Write& write : ui.writes) {
    EXPECT_EQ(write.kind, storage::Write::Kind::put);
    EXPECT_EQ(core::load_json(write.text).postmortem->id, write.id);
  }
  EXPECT_TRUE(ui.has("##open Disk full"));
  EXPECT_TRUE(ui.has(ui::kUndoImportLabel));
}

TEST(FilesScreen, AReplacementListsItsChangesAndImportReplacesInPlace) {
  HeadlessUi ui;
  start(ui);
  ui.workspace.receive_files({{"outage.md", markdown("pm-a", "Disk full")}});
  ui.frames(3);
  ASSERT_TRUE(ui.click(kImport + "Import 1##import"));
  ui.wait(1.0);
  confirm_writes(ui);

  ui.workspace.receive_files({{"outage.md", markdown("pm-a", "Disk full on db-2")}});
  ui.frames(3);
  EXPECT_TRUE(ui.has(kList + "Replaces: Disk full on db-2 (outage.md)##candidate0"));
  const transfer::ImportPlan* plan = ui.workspace.import_plan();
  ASSERT_NE(plan, nullptr);
  ASSERT_EQ(plan->candidates.size(), 1u);
  EXPECT_EQ(plan->candidates[0].action, transfer::ImportAction::replace);
  EXPECT_EQ(plan->candidates[0].changes,
            (std::vector<transfer::FieldChange>{
                {"incident \xE2\x80\xBA title", "Disk full", "Disk full on db-2"}}));
  EXPECT_EQ(core::find_postmortem(ui.library, "pm-a")->incident.title, "Disk full");
  ASSERT_TRUE(ui.click(kImport + "Import 1##import"));
  ASSERT_EQ(ui.library.postmortems.size(), 1u);
  EXPECT_EQ(ui.library.postmortems[0].incident.title, "Disk full on db-2");
  ui.wait(1.0);
  EXPECT_EQ(written_ids(ui), (std::set<std::string>{"pm-a"}));
}

TEST(FilesScreen, CancelChangesNothingAndWritesNothing) {
  HeadlessUi ui;
  start(ui);
  ui.library.postmortems.push_back(titled("pm-a", "Disk full"));
  ui.workspace.receive_files({{"outage.md", markdown("pm-a", "Disk full on db-2")},
                              {"certs.md", markdown("pm-b", "Certificate expired")}});
  ui.frames(3);
  ASSERT_TRUE(ui.click(kImport + "Cancel##import"));
  EXPECT_EQ(ui.status, "Import cancelled: nothing changed");
  ASSERT_EQ(ui.library.postmortems.size(), 1u);
  EXPECT_EQ(ui.library.postmortems[0].incident.title, "Disk full");
  EXPECT_EQ(ui.workspace.import_plan(), nullptr);
  EXPECT_FALSE(ui.has(ui::kUndoImportLabel));
  ui.wait(2.0);
  EXPECT_TRUE(ui.writes.empty());
}

TEST(FilesScreen, UndoImportRestoresTheLibraryAndWritesIt) {
  HeadlessUi ui;
  start(ui);
  const core::PostMortem original = titled("pm-a", "Disk full");
  ui.library.postmortems.push_back(original);
  ui.workspace.receive_files({{"outage.md", markdown("pm-a", "Disk full on db-2")},
                              {"certs.md", markdown("pm-b", "Certificate expired")}});
  ui.frames(3);
  ASSERT_TRUE(ui.click(kImport + "Import 2##import"));
  ui.wait(1.0);
  confirm_writes(ui);

  ASSERT_TRUE(ui.click(ui::kUndoImportLabel));
  EXPECT_EQ(ui.status, "Undid the import of 2 post-mortems");
  ASSERT_EQ(ui.library.postmortems.size(), 1u);
  EXPECT_EQ(ui.library.postmortems[0], original);
  EXPECT_FALSE(ui.has(ui::kUndoImportLabel));
  ui.wait(1.0);
  ASSERT_EQ(ui.writes.size(), 2u);
  for (const storage::Write& write : ui.writes) {
    if (write.id == "pm-a") {
      EXPECT_EQ(write.kind, storage::Write::Kind::put);
      EXPECT_EQ(core::load_json(write.text).postmortem->incident.title, "Disk full");
    } else {
      EXPECT_EQ(write.id, "pm-b");
      EXPECT_EQ(write.kind, storage::Write::Kind::remove);
    }
  }
}

TEST(FilesScreen, AnEditAfterTheImportEndsItsUndo) {
  HeadlessUi ui;
  start(ui);
  ui.workspace.receive_files({{"outage.md", markdown("pm-a", "Disk full")}});
  ui.frames(3);
  ASSERT_TRUE(ui.click(kImport + "Import 1##import"));
  ASSERT_TRUE(ui.has(ui::kUndoImportLabel));
  ASSERT_TRUE(ui.click("##open Disk full"));
  ASSERT_TRUE(ui.click("Incident/##Title"));
  ui.press(ImGuiKey_A, true);
  ui.type("Disk full!");
  ui.press(ImGuiKey_Enter);
  ASSERT_TRUE(ui.click("File"));
  ASSERT_TRUE(ui.click("Close post-mortem"));
  EXPECT_TRUE(ui.has("##open Disk full!"));
  EXPECT_FALSE(ui.has(ui::kUndoImportLabel));
}

TEST(FilesScreen, ARefusedFileIsListedWithItsReasonAndTheOthersStillImport) {
  HeadlessUi ui;
  start(ui);
  ui.workspace.receive_files(
      {{"outage.md", markdown("pm-a", "Disk full")},
       {"photo.md", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)}},
      {{"huge.md", "This file is larger than 50 MB; Hindsight opens files up to 50 MB."}});
  ui.frames(3);
  EXPECT_TRUE(ui.has(kList + "Not imported: photo.md##problem0"));
  EXPECT_TRUE(ui.has(kList + "Not imported: huge.md##problem1"));
  const transfer::ImportPlan* plan = ui.workspace.import_plan();
  ASSERT_NE(plan, nullptr);
  ASSERT_EQ(plan->problems.size(), 2u);
  EXPECT_EQ(plan->problems[0].source, "photo.md");
  EXPECT_NE(plan->problems[0].reason.find("binary"), std::string::npos) << plan->problems[0].reason;
  ASSERT_TRUE(ui.click(kImport + "Import 1##import"));
  ASSERT_EQ(ui.library.postmortems.size(), 1u);
  EXPECT_EQ(ui.library.postmortems[0].id, "pm-a");
}

TEST(FilesScreen, OnlyRefusedFilesOfferNothingToImport) {
  HeadlessUi ui;
  start(ui);
  ui.workspace.receive_files({{"broken.json", "{\"id\": "}});
  ui.frames(3);
  ASSERT_TRUE(ui.has(kImport + "Import 0##import"));
  ASSERT_TRUE(ui.click(kImport + "Import 0##import"));  // disabled: nothing happens
  EXPECT_NE(ui.workspace.import_plan(), nullptr);
  EXPECT_TRUE(ui.library.postmortems.empty());
  EXPECT_TRUE(ui.has(kList + "Not imported: broken.json##problem0"));
}

TEST(FilesScreen, FilesArrivingWhileAPostmortemIsOpenCheckItInFirstSoItIsReplacedNotDuplicated) {
  HeadlessUi ui;
  start(ui);
  ui.library.postmortems.push_back(titled("pm-a", "Disk full"));
  ui.frames(2);
  ASSERT_TRUE(ui.click("##open Disk full"));
  ASSERT_NE(ui.workspace.document(), nullptr);
  ui.workspace.receive_files({{"outage.md", markdown("pm-a", "Disk full on db-2")}});
  ui.frames(3);
  EXPECT_EQ(ui.workspace.document(), nullptr);
  EXPECT_TRUE(ui.has(kList + "Replaces: Disk full on db-2 (outage.md)##candidate0"));
  ASSERT_TRUE(ui.click(kImport + "Import 1##import"));
  ASSERT_EQ(ui.library.postmortems.size(), 1u);
  EXPECT_EQ(ui.library.postmortems[0].incident.title, "Disk full on db-2");
}

TEST(FilesScreen, CtrlOAsksForTheFilePickerOnBothScreens) {
  HeadlessUi ui;
  start(ui);
  ui.press(ImGuiKey_O, true);
  EXPECT_EQ(ui.file_pickers, 1);
  ASSERT_TRUE(ui.click(ui::kNewPostmortemLabel));
  ui.press(ImGuiKey_O, true);
  EXPECT_EQ(ui.file_pickers, 2);
}

TEST(FilesScreen, TheWelcomeScreenAndTheFileMenuOpenTheFilePicker) {
  HeadlessUi ui;
  start(ui);
  ASSERT_TRUE(ui.click(std::string("Library/") + ui::kOpenFilesLabel));
  EXPECT_EQ(ui.file_pickers, 1);
  ASSERT_TRUE(ui.click("File"));
  ASSERT_TRUE(ui.click(ui::kOpenFilesLabel));
  EXPECT_EQ(ui.file_pickers, 2);
}

TEST(FilesScreen, ExportAllIsAnArchiveThatPlansBackToTheSameLibraryWithTheOpenPostmortem) {
  HeadlessUi ui;
  start(ui);
  ui.library.postmortems.push_back(titled("pm-a", "Disk full"));
  ui.library.postmortems.push_back(titled("pm-b", "Certificate expired"));
  ui.frames(2);
  ASSERT_TRUE(ui.click("##open Disk full"));
  ASSERT_TRUE(ui.click("Incident/##Title"));
  ui.press(ImGuiKey_A, true);
  ui.type("Disk full on db-2");
  ui.press(ImGuiKey_Enter);
  ASSERT_TRUE(ui.click("File"));
  ASSERT_TRUE(ui.click(ui::kExportAllLabel));
  ASSERT_EQ(ui.archives.size(), 1u);
  const workspace::Archive& archive = ui.archives[0];
  EXPECT_EQ(archive.file_name, "hindsight-2024-01-15.zip");
  EXPECT_EQ(ui.status, "Exported 2 post-mortems to hindsight-2024-01-15.zip");
  EXPECT_NE(ui.workspace.document(), nullptr);  // still open for editing

  std::vector<transfer::IncomingFile> files;
  for (const transfer::ArchiveEntry& entry : archive.entries)
    files.push_back({archive.file_name + "/" + entry.name, entry.bytes});
  const transfer::ImportPlan plan = transfer::plan_import(files, core::Library{});
  EXPECT_TRUE(plan.problems.empty());
  ASSERT_EQ(plan.candidates.size(), 2u);
  std::vector<core::PostMortem> expected = {ui.open(), ui.library.postmortems[0]};
  std::vector<core::PostMortem> imported = {plan.candidates[0].postmortem,
                                            plan.candidates[1].postmortem};
  const auto by_id = [](const core::PostMortem& a, const core::PostMortem& b) {
    return a.id < b.id;
  };
  std::sort(expected.begin(), expected.end(), by_id);
  std::sort(imported.begin(), imported.end(), by_id);
  EXPECT_EQ(imported, expected);
  EXPECT_EQ(imported[0].incident.title, "Disk full on db-2");
}

TEST(FilesScreen, ExportAllIsDisabledWhenThereIsNothingToExport) {
  HeadlessUi ui;
  start(ui);
  ASSERT_TRUE(ui.click("File"));
  ASSERT_TRUE(ui.click(ui::kExportAllLabel));
  EXPECT_TRUE(ui.archives.empty());
}

}  // namespace
}  // namespace hindsight::test
