// The editor, driven through its widgets as a user drives it: metadata typed in place and undone
// as whole words, timeline rows added, timed, validated and pasted from logs, the lints beside
// the prose, and the document downloaded and copied exactly as the core exports it.
#include <gtest/gtest.h>

#include <string>

#include "core/lint/phase_progress.hpp"
#include "core/markdown/markdown_export.hpp"
#include "core/model/time_format.hpp"
#include "headless_ui.hpp"
#include "ui/panels/document_panel.hpp"
#include "ui/panels/editor_panel.hpp"
#include "ui/panels/library_panel.hpp"
#include "ui/panels/paste_dialog.hpp"
#include "ui_checks.hpp"

namespace hindsight::test {
namespace {

class Editor : public ::testing::Test {
 protected:
  void SetUp() override {
    ui.frames(3);
    ASSERT_TRUE(ui.click(ui::kNewPostmortemLabel));
  }
  bool go_to_phase(int number) { return ui.click_phase(number); }
  HeadlessUi ui;
};

TEST_F(Editor, TypingATitleIsOneUndoStepAndRedoBringsItBack) {
  ASSERT_TRUE(ui.click("Incident/##Title"));
  ui.press(ImGuiKey_End);
  ui.type(": database ");
  ui.type("outage");
  EXPECT_EQ(ui.open().incident.title, "Untitled post-mortem: database outage");
  ui.press(ImGuiKey_Z, true);
  EXPECT_EQ(ui.open().incident.title, "Untitled post-mortem");
  ui.press(ImGuiKey_Z, true, true);
  EXPECT_EQ(ui.open().incident.title, "Untitled post-mortem: database outage");
}

TEST_F(Editor, AnInvalidDateStaysInTheFieldAndNeverReachesThePostmortem) {
  ASSERT_TRUE(ui.click("Incident/##Date"));
  ui.type("2024-02-30");
  EXPECT_EQ(ui.open().incident.date, "");
  ui.press(ImGuiKey_End);
  ui.press(ImGuiKey_Backspace);
  ui.press(ImGuiKey_Backspace);
  ui.type("29");
  EXPECT_EQ(ui.open().incident.date, "2024-02-29");
}

TEST_F(Editor, EventsAreAddedTimedAndEnterOnTheLastRowAddsTheNext) {
  ASSERT_TRUE(ui.click("Prepare/Add event"));
  ASSERT_EQ(ui.open().timeline.size(), 1u);
  ASSERT_TRUE(ui.click("events/##date 0"));
  ui.type("2024-01-15");
  ASSERT_TRUE(ui.click("events/##time 0"));
  ui.type("14:23");
  ASSERT_TRUE(ui.click("events/##text 0"));
  ui.type("Alert fired: connection pool at 100%");
  ui.press(ImGuiKey_Enter);
  ASSERT_EQ(ui.open().timeline.size(), 2u);
  ASSERT_TRUE(ui.open().timeline[0].at.has_value());
  EXPECT_EQ(core::format_iso8601(*ui.open().timeline[0].at), "2024-01-15T14:23:00Z");
  EXPECT_EQ(ui.open().timeline[0].text, "Alert fired: connection pool at 100%");
  ui.type("Rolled back");  // the new row's text has focus
  EXPECT_EQ(ui.open().timeline[1].text, "Rolled back");
  // Once typing pauses, the phase checks are the core's for this post-mortem, its timeline's
  // warnings ("no Detected event", "no time") among them.
  ui.wait(1.0);
  EXPECT_EQ(ui.workspace.insights().progress, core::phase_progress(ui.open()));
  expect_no_id_collisions(ui);
}

TEST_F(Editor, ATimeThatIsNotOneIsKeptOutOfTheTimeline) {
  ASSERT_TRUE(ui.click("Prepare/Add event"));
  ASSERT_TRUE(ui.click("events/##date 0"));
  ui.type("2024-01-15");
  ASSERT_TRUE(ui.click("events/##time 0"));
  ui.type("25:61");
  ASSERT_TRUE(ui.click("events/##text 0"));
  EXPECT_FALSE(ui.open().timeline[0].at.has_value());
  ASSERT_TRUE(ui.click("events/##time 0"));
  ui.press(ImGuiKey_A, true);
  ui.type("14:05");
  ASSERT_TRUE(ui.open().timeline[0].at.has_value());
  EXPECT_EQ(core::format_iso8601(*ui.open().timeline[0].at), "2024-01-15T14:05:00Z");
}

TEST_F(Editor, PastedLinesBecomeEventsInOneUndoStepWithoutTheUntickedOne) {
  ASSERT_TRUE(ui.click("Prepare/Paste from logs or chat..."));
  ASSERT_TRUE(ui.has(std::string(ui::kPasteDialogName) + "/##Pasted lines"));
  ASSERT_TRUE(ui.click(std::string(ui::kPasteDialogName) + "/##Pasted lines"));
  ui.clipboard =
      "2024-01-15T14:23:00Z Alert fired: pool exhausted\n"
      "2024-01-15T14:30:00Z Rolled back the deploy\n"
      "2024-01-15T15:15:00Z Resolved: error rate normal\n";
  ui.press(ImGuiKey_V, true);
  ASSERT_TRUE(ui.click("preview/##line 2"));  // untick the rollback
  ASSERT_TRUE(ui.click(std::string(ui::kPasteDialogName) + "/Add 2 events##add"));
  ASSERT_EQ(ui.open().timeline.size(), 2u);
  EXPECT_EQ(ui.open().timeline[0].kind, core::EventKind::Detected);
  EXPECT_EQ(ui.open().timeline[1].kind, core::EventKind::Resolved);
  EXPECT_EQ(ui.workspace.insights().metrics.duration, std::chrono::seconds(52 * 60));
  ui.press(ImGuiKey_Z, true);
  EXPECT_TRUE(ui.open().timeline.empty());
}

TEST_F(Editor, ABlamefulSentenceGetsAMarkerOnceTypingPausesAndLosesItWhenRewritten) {
  ASSERT_TRUE(go_to_phase(5));
  ASSERT_TRUE(ui.click("Document/##What happened"));
  ui.type("Bob forgot to run the migration.");
  EXPECT_FALSE(ui.has("Document/Lint##/what_happened"));  // not on every keystroke
  ui.wait(1.0);
  EXPECT_TRUE(ui.has("Document/Lint##/what_happened"));
  ui.press(ImGuiKey_A, true);
  ui.type("The migration step was not in the deploy checklist.");
  ui.wait(1.0);
  EXPECT_EQ(ui.open().what_happened, "The migration step was not in the deploy checklist.");
  EXPECT_FALSE(ui.has("Document/Lint##/what_happened"));
}

// The list of what is missing above the fields keeps its height as findings come and go with a
// pause in typing: a field under the user's pointer stays where it was.
TEST_F(Editor, FieldsStayInPlaceWhenAFindingAppearsAboveThem) {
  ASSERT_TRUE(go_to_phase(5));
  ui.frames(2);
  const ui::UiItem* field = ui.items.find("Document/##What happened");
  ASSERT_NE(field, nullptr);
  const float top = field->y;
  ASSERT_TRUE(ui.click("Document/##What happened"));
  ui.type("Bob forgot to run the migration.");
  ui.wait(1.0);
  ASSERT_TRUE(ui.has("Document/Lint##/what_happened"));
  field = ui.items.find("Document/##What happened");
  ASSERT_NE(field, nullptr);
  EXPECT_EQ(field->y, top);
}

TEST_F(Editor, TheMarkdownIsExportedOnlyWhileTheDocumentPhaseShowsIt) {
  ASSERT_TRUE(ui.click("Incident/##Title"));
  ui.type("Cache stampede");
  ui.wait(1.0);  // past the pause: the lints ran, the preview is hidden
  EXPECT_TRUE(ui.workspace.insights().markdown.empty());
  ASSERT_TRUE(go_to_phase(5));
  ui.frames(2);
  EXPECT_EQ(ui.workspace.insights().markdown, core::export_markdown(ui.open()));
  const std::string shown = ui.workspace.insights().markdown;
  ASSERT_TRUE(go_to_phase(1));
  ASSERT_TRUE(ui.click("Incident/##Title"));
  ui.type(" after a deploy");
  ui.wait(1.0);
  EXPECT_EQ(ui.workspace.insights().markdown, shown);  // not exported again while hidden
  ASSERT_TRUE(go_to_phase(5));
  ui.frames(2);
  EXPECT_EQ(ui.workspace.insights().markdown, core::export_markdown(ui.open()));
  EXPECT_NE(ui.workspace.insights().markdown, shown);
  // Opened before typing paused: the preview is the post-mortem as it is, not the last pause's.
  ASSERT_TRUE(go_to_phase(1));
  ASSERT_TRUE(ui.click("Incident/##Title"));
  ui.type(" in the EU");
  ASSERT_TRUE(go_to_phase(5));
  ui.frames(2);
  EXPECT_EQ(ui.workspace.insights().markdown, core::export_markdown(ui.open()));
  // Typing beside the preview exports once typing pauses, not on every keystroke.
  const std::string before_typing = ui.workspace.insights().markdown;
  ASSERT_TRUE(ui.click("Document/##What happened"));
  ui.type("The pool filled.");
  EXPECT_EQ(ui.workspace.insights().markdown, before_typing);
  ui.wait(1.0);
  EXPECT_EQ(ui.workspace.insights().markdown, core::export_markdown(ui.open()));
}

TEST_F(Editor, DownloadAndCopyGiveExactlyTheCoreExport) {
  ASSERT_TRUE(ui.click("Incident/##Title"));
  ui.press(ImGuiKey_A, true);
  ui.type("Database connection pool exhausted");
  ASSERT_TRUE(go_to_phase(5));
  ASSERT_TRUE(ui.click(std::string("Document/") + ui::kDownloadMarkdownLabel));
  ASSERT_EQ(ui.downloads.size(), 1u);
  EXPECT_EQ(ui.downloads[0].file_name, core::markdown_file_name(ui.open()));
  EXPECT_EQ(ui.downloads[0].bytes, core::export_markdown(ui.open()));
  EXPECT_EQ(ui.downloads[0].mime_type, "text/markdown");
  ASSERT_TRUE(ui.click(std::string("Document/") + ui::kCopyMarkdownLabel));
  EXPECT_EQ(ui.clipboard, core::export_markdown(ui.open()));
  ASSERT_TRUE(ui.click(std::string("Document/") + ui::kExportHtmlLabel));
  ASSERT_EQ(ui.downloads.size(), 2u);
  EXPECT_EQ(ui.downloads[1].mime_type, "text/html");
  ui.press(ImGuiKey_S, true);
  EXPECT_EQ(ui.downloads.size(), 3u);
}

}  // namespace
}  // namespace hindsight::test
