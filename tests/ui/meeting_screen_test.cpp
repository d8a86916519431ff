// Phase 2, Meeting, driven through its widgets as a facilitator drives it: the agenda's timers
// started, advanced and overrun against a moving wall clock, time boxes edited, the ground rules
// restated, the timeline walked event by event with a confusing moment marked, the key questions
// and lists filled with quick add, and the presenter view toggled by button and keys.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>  // GetActiveID: which field has the keyboard

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/model/library.hpp"
#include "core/model/seed_templates.hpp"
#include "core/timeline/phase_questions.hpp"
#include "headless_ui.hpp"
#include "ui/fonts.hpp"
#include "ui/panels/agenda_timer.hpp"
#include "ui/panels/meeting_opening.hpp"
#include "ui/panels/meeting_panel.hpp"
#include "ui/panels/presenter_view.hpp"
#include "ui/panels/timeline_walk.hpp"
#include "ui_checks.hpp"

namespace hindsight::test {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

core::TimelineEvent event(core::UtcSeconds at, core::EventKind kind, std::string text) {
  core::TimelineEvent e;
  e.at = at;
  e.kind = kind;
  e.text = std::move(text);
  return e;
}

// A post-mortem as a team brings it to the meeting: the seed's agenda and questions and a
// timeline from detection to resolution lasting `length`.
core::PostMortem incident(std::string id, std::string title, seconds length) {
  const core::UtcSeconds start{seconds{1705328400}};  // 2024-01-15 14:20 UTC
  core::PostMortem pm = core::new_postmortem(std::move(id), std::move(title), start);
  pm.timeline = {
      event(start, core::EventKind::Detected, "Alert fired: checkout error rate above 5%"),
      event(start + minutes(4), core::EventKind::Acknowledged, "On-call acknowledged the page"),
      event(start + minutes(20), core::EventKind::InvestigationStarted,
            "Connection pool graphs reviewed"),
      event(start + length - minutes(10), core::EventKind::Mitigated, "Rolled back to v2.3.1"),
      event(start + length, core::EventKind::Resolved, "Error rate back to baseline"),
  };
  return pm;
}

// The clock's reading in `window`, from its label "<reading>###clock"; "" when none is drawn.
std::string clock(const std::string& window, const HeadlessUi& ui) {
  for (const ui::UiItem& item : ui.items.items()) {
    const std::size_t at = item.label.rfind("###clock");
    if (item.window == window && at != std::string::npos && at + 8 == item.label.size())
      return item.label.substr(0, at);
  }
  return "";
}

class Meeting : public ::testing::Test {
 protected:
  void open(seconds length = minutes(52)) {
    core::add_postmortem(ui.library, incident("pm-meeting", "Checkout errors", length));
    ui.frames(3);
    ASSERT_TRUE(ui.click("##open Checkout errors"));
    ASSERT_NE(ui.workspace.document(), nullptr);
    ASSERT_TRUE(ui.click_phase(2));
  }
  std::string clock(const std::string& window) const { return test::clock(window, ui); }
  ImGuiID active_id() const { return ImGui::GetActiveID(); }
  const core::Meeting& meeting() const { return ui.open().meeting; }
  HeadlessUi ui;
};

TEST_F(Meeting, ThePhaseShowsTheSeedAgendaWithItsTimeBoxes) {
  open();
  EXPECT_TRUE(ui.has("Agenda/Set the tone##agenda 0"));
  EXPECT_TRUE(ui.has("Agenda/Review the timeline##agenda 1"));
  EXPECT_TRUE(ui.has("Agenda/##minutes 5"));
  EXPECT_TRUE(ui.has("Agenda/Start"));
  EXPECT_EQ(clock("Agenda"), "");  // not started: no item, no clock
  expect_all_items_inside(ui);
  expect_no_id_collisions(ui);
}

// A facilitator clicks Start, then Next item a moment later: the buttons must not move between.
TEST_F(Meeting, StartingTheMeetingLeavesTheButtonsWhereTheyWere) {
  open();
  const float next_before = ui.items.find("Agenda/Next item")->y;
  const float start_before = ui.items.find("Agenda/Start")->y;
  ASSERT_TRUE(ui.click("Agenda/Start"));
  ui.frames(3);
  EXPECT_EQ(ui.items.find("Agenda/Next item")->y, next_before);
  EXPECT_EQ(ui.items.find("Agenda/Start")->y, start_before);
}

TEST_F(Meeting, StartRunsTheFirstItemAndTheClockRedrawsOnceASecond) {
  open();
  ASSERT_TRUE(ui.click("Agenda/Start"));
  EXPECT_EQ(meeting().current_item, 0);
  EXPECT_EQ(meeting().agenda[0].running_since, ui.utc_now);
  ui.utc_now += seconds(90);
  ui.frame();
  EXPECT_EQ(clock("Agenda"), "3:30 left");
  // The frame asked to be drawn again within the second (other parts may ask for sooner).
  ASSERT_TRUE(ui.redraw_at.has_value());
  EXPECT_LE(*ui.redraw_at, ui.now + 1.0);
  // The clock's own wish: exactly one second on, while it runs, and none once it is paused.
  const auto wish = [&] {
    const ui::FrameInput input{ui.library, ui.workspace.document(), &ui.workspace.insights(),
                               ui.utc_now, 2000.0};
    ui::FrameOutput output;
    ui::request_clock_redraw(input, output);
    return output.redraw_at;
  };
  EXPECT_EQ(wish(), std::optional<double>(2001.0));
  ASSERT_TRUE(ui.click("Agenda/Pause"));
  EXPECT_FALSE(meeting().agenda[0].running_since.has_value());
  EXPECT_EQ(meeting().agenda[0].used_seconds, 90);
  EXPECT_EQ(wish(), std::nullopt);
}

TEST_F(Meeting, NextItemCarriesTheRunningTimerToTheNextItem) {
  open();
  ASSERT_TRUE(ui.click("Agenda/Start"));
  ui.utc_now += seconds(250);
  ASSERT_TRUE(ui.click("Agenda/Next item"));
  EXPECT_EQ(meeting().current_item, 1);
  EXPECT_EQ(meeting().agenda[0].used_seconds, 250);
  EXPECT_EQ(meeting().agenda[1].running_since, ui.utc_now);
  ui.utc_now += seconds(61);
  ASSERT_TRUE(ui.click("Agenda/Next item"));
  EXPECT_EQ(meeting().current_item, 2);
  EXPECT_EQ(meeting().agenda[1].used_seconds, 61);
  EXPECT_EQ(ui.workspace.document()->history.undo_label(), "Undo Next agenda item");
}

TEST_F(Meeting, AnOverrunReadsAsTimeOverNotNegativeTimeLeft) {
  open();
  ASSERT_TRUE(ui.click("Agenda/Start"));
  ui.utc_now += minutes(5) + seconds(192);
  ui.frame();
  EXPECT_EQ(clock("Agenda"), "3:12 over");
  ui.utc_now += minutes(60);
  ui.frame();
  EXPECT_EQ(clock("Agenda"), "1:03:12 over");
}

TEST_F(Meeting, TypedMinutesAreOneUndoStepAndKeepTheRunningTimer) {
  open();
  ASSERT_TRUE(ui.click("Agenda/Start"));
  ui.utc_now += seconds(30);
  ASSERT_TRUE(ui.click("Agenda/##minutes 0"));
  ui.press(ImGuiKey_A, true);
  ui.type("1");
  ui.type("2");
  EXPECT_EQ(meeting().agenda[0].minutes, 12);
  EXPECT_TRUE(meeting().agenda[0].running_since.has_value());
  ui.press(ImGuiKey_Enter);
  ui.frame();
  EXPECT_EQ(clock("Agenda"), "11:30 left");
  ui.press(ImGuiKey_Z, true);
  EXPECT_EQ(meeting().agenda[0].minutes, 5);
  // A zero-minute box is over as soon as any time is used.
  ASSERT_TRUE(ui.click("Agenda/##minutes 0"));
  ui.press(ImGuiKey_A, true);
  ui.type("0");
  ui.press(ImGuiKey_Enter);
  EXPECT_EQ(meeting().agenda[0].minutes, 0);
  EXPECT_EQ(clock("Agenda"), "0:30 over");
}

TEST_F(Meeting, TheTimerKeepsRunningWhileAnotherPhaseIsShown) {
  open();
  ASSERT_TRUE(ui.click("Agenda/Start"));
  ASSERT_TRUE(ui.click_phase(1));
  ui.utc_now += seconds(125);
  ui.frame();
  ASSERT_TRUE(ui.click_phase(2));
  EXPECT_EQ(clock("Agenda"), "2:55 left");
}

TEST_F(Meeting, ClickingAnAgendaItemMakesItCurrent) {
  open();
  ASSERT_TRUE(ui.click("Agenda/Key questions##agenda 2"));
  EXPECT_EQ(meeting().current_item, 2);
  EXPECT_EQ(clock("Agenda"), std::to_string(meeting().agenda[2].minutes) + ":00 left");
  // The agenda's item opens its tool: the key questions.
  EXPECT_TRUE(ui.has("Questions/##Notes##question 0"));
}

TEST_F(Meeting, RestatingTheGroundRulesShowsTheScriptAndRecordsEachTime) {
  open();
  ASSERT_TRUE(ui.click(std::string("Agenda/") + ui::kRestateGroundRulesLabel));
  EXPECT_TRUE(ui.has(ui::kGroundRulesWindow));
  ASSERT_EQ(meeting().ground_rules_restated.size(), 1u);
  EXPECT_EQ(meeting().ground_rules_restated[0], ui.utc_now);
  ASSERT_TRUE(ui.click("Ground rules/Done"));
  EXPECT_FALSE(ui.has(ui::kGroundRulesWindow));
  ui.utc_now += minutes(3);
  ASSERT_TRUE(ui.click(std::string("Agenda/") + ui::kRestateGroundRulesLabel));
  ASSERT_EQ(meeting().ground_rules_restated.size(), 2u);
  EXPECT_EQ(meeting().ground_rules_restated[1], ui.utc_now);
  ui.press(ImGuiKey_Escape);
  EXPECT_FALSE(ui.has(ui::kGroundRulesWindow));
}

TEST_F(Meeting, TheWalkThroughStepsByButtonsAndArrowKeysAndMarksConfusion) {
  open();
  ASSERT_TRUE(ui.click("Meeting/Walk-through"));
  ASSERT_TRUE(ui.click("Walk/Next"));
  ASSERT_TRUE(ui.click("Walk/Next"));
  ui.press(ImGuiKey_RightArrow);
  ui.press(ImGuiKey_LeftArrow);
  ui.press(ImGuiKey_LeftArrow);
  // Now on the second event: mark it with a note.
  ASSERT_TRUE(ui.click("Walk/##confusion note"));
  ui.type("nobody knew who owned the page");
  ASSERT_TRUE(ui.click(std::string("Walk/") + ui::kMarkConfusionLabel));
  ASSERT_EQ(meeting().confusion.size(), 1u);
  EXPECT_EQ(meeting().confusion[0],
            "2024-01-15 14:24 UTC, \"On-call acknowledged the page\": nobody knew who owned the "
            "page");
  // Without a note the moment alone is listed.
  ASSERT_TRUE(ui.click(std::string("Walk/") + ui::kMarkConfusionLabel));
  ASSERT_EQ(meeting().confusion.size(), 2u);
  EXPECT_EQ(meeting().confusion[1], "2024-01-15 14:24 UTC, \"On-call acknowledged the page\"");
  EXPECT_EQ(ui.workspace.document()->history.undo_label(), "Undo Mark confusion");
}

TEST_F(Meeting, TheWalkThroughCorrectsTextInPlaceAndAddsAMissingEventAfterTheCurrent) {
  open();
  ASSERT_TRUE(ui.click("Meeting/Walk-through"));
  ASSERT_TRUE(ui.click("Walk/Next"));
  ASSERT_TRUE(ui.click("Walk/##event text"));
  ui.press(ImGuiKey_End, true);
  ui.type(" (Dana)");
  EXPECT_EQ(ui.open().timeline[1].text, "On-call acknowledged the page (Dana)");
  ui.press(ImGuiKey_Z, true);
  EXPECT_EQ(ui.open().timeline[1].text, "On-call acknowledged the page");
  ASSERT_TRUE(ui.click("Walk/##missing event"));
  ui.type("Status page updated");
  ui.press(ImGuiKey_Enter);
  ASSERT_EQ(ui.open().timeline.size(), 6u);
  EXPECT_EQ(ui.open().timeline[2].text, "Status page updated");
  EXPECT_FALSE(ui.open().timeline[2].at.has_value());
  EXPECT_EQ(ui.open().timeline[3].text, "Connection pool graphs reviewed");
}

TEST_F(Meeting, ALongIncidentShowsPhasesAndAddsThePhaseQuestionsOnce) {
  open(hours(5));
  ASSERT_TRUE(ui.click("Meeting/Walk-through"));
  ASSERT_TRUE(ui.has(std::string("Walk/") + ui::kAddPhaseQuestionsLabel));
  ASSERT_TRUE(ui.click(std::string("Walk/") + ui::kAddPhaseQuestionsLabel));
  const auto& questions = meeting().key_questions;
  ASSERT_EQ(questions.size(), 5u + core::phase_questions().size());
  for (std::size_t i = 0; i < core::phase_questions().size(); ++i) {
    EXPECT_EQ(questions[5 + i].topic, core::phase_label(core::phase_questions()[i].phase));
    EXPECT_EQ(questions[5 + i].question, core::phase_questions()[i].question);
  }
  // All four are there now: a second click adds nothing.
  ASSERT_TRUE(ui.click(std::string("Walk/") + ui::kAddPhaseQuestionsLabel));
  EXPECT_EQ(meeting().key_questions.size(), 9u);
}

TEST_F(Meeting, AShortIncidentOffersNoStageQuestions) {
  open(minutes(52));
  ASSERT_TRUE(ui.click("Meeting/Walk-through"));
  EXPECT_TRUE(ui.has("Walk/Next"));
  EXPECT_FALSE(ui.has(std::string("Walk/") + ui::kAddPhaseQuestionsLabel));
}

TEST_F(Meeting, KeyQuestionNotesAreTypedOneQuestionAtATime) {
  open();
  ASSERT_TRUE(ui.click("Meeting/Key questions"));
  ASSERT_TRUE(ui.click("Questions/##Notes##question 0"));
  ui.type("A customer ");
  ui.type("emailed support");
  EXPECT_EQ(meeting().key_questions[0].notes, "A customer emailed support");
  ASSERT_TRUE(ui.click("Questions/Resilience: What prevented this from being worse?##ask 4"));
  EXPECT_FALSE(ui.has("Questions/##Notes##question 0"));
  ASSERT_TRUE(ui.click("Questions/##Notes##question 4"));
  ui.type("The rollback script");
  EXPECT_EQ(meeting().key_questions[4].notes, "The rollback script");
  ui.press(ImGuiKey_Z, true);
  EXPECT_EQ(meeting().key_questions[4].notes, "");
  EXPECT_EQ(meeting().key_questions[0].notes, "A customer emailed support");
}

// In the browser the text input stops whenever no field wants it, and a key typed in that gap is
// lost: Enter must leave the field wanting text in the very frame it adds the entry, and a key in
// the next frame must land in the next entry.
TEST_F(Meeting, QuickAddNeverLetsGoOfTheKeyboardBetweenEntries) {
  open();
  ASSERT_TRUE(ui.click("Meeting/Lists"));
  ASSERT_TRUE(ui.click("Lists/##Add parking lot"));
  ui.type("Retry budget");
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiKey_Enter, true);
  ui.frame();
  EXPECT_TRUE(io.WantTextInput) << "the field let go of the keyboard on Enter";
  io.AddKeyEvent(ImGuiKey_Enter, false);
  io.AddInputCharactersUTF8("R");
  ui.frame();
  ui.type("unbook owners");
  ui.press(ImGuiKey_Enter);
  EXPECT_EQ(meeting().parking_lot, (std::vector<std::string>{"Retry budget", "Runbook owners"}));
}

TEST_F(Meeting, QuickAddKeepsTheFocusForTheNextEntry) {
  open();
  ASSERT_TRUE(ui.click("Meeting/Lists"));
  ASSERT_TRUE(ui.click("Lists/##Add went well"));
  const ImGuiID field = ui.items.find("Lists/##Add went well")->id;
  ui.type("Rollback took two minutes");
  ui.press(ImGuiKey_Enter);
  EXPECT_EQ(active_id(), field);
  ui.type("The alert fired within a minute");
  ui.press(ImGuiKey_Enter);
  EXPECT_EQ(active_id(), field);
  ASSERT_EQ(meeting().went_well.size(), 2u);
  EXPECT_EQ(meeting().went_well[0], "Rollback took two minutes");
  EXPECT_EQ(meeting().went_well[1], "The alert fired within a minute");
  for (const char* noun : {"could improve", "got lucky", "confusion", "parking lot"}) {
    ASSERT_TRUE(ui.click(std::string("Lists/##Add ") + noun));
    ui.type(std::string("An entry for ") + noun);
    ui.press(ImGuiKey_Enter);
  }
  EXPECT_EQ(meeting().could_improve, std::vector<std::string>{"An entry for could improve"});
  EXPECT_EQ(meeting().got_lucky, std::vector<std::string>{"An entry for got lucky"});
  EXPECT_EQ(meeting().confusion, std::vector<std::string>{"An entry for confusion"});
  EXPECT_EQ(meeting().parking_lot, std::vector<std::string>{"An entry for parking lot"});
  ASSERT_TRUE(ui.click("went well/x##went well 0"));
  EXPECT_EQ(meeting().went_well, std::vector<std::string>{"The alert fired within a minute"});
  expect_all_items_inside(ui);
  expect_no_id_collisions(ui);
}

TEST_F(Meeting, AttendeesAreAddedFromTheMeeting) {
  open();
  ASSERT_TRUE(ui.click("Meeting/Set the tone"));
  ASSERT_TRUE(ui.click("Tone/##Add Attendees"));
  ui.type("Dana Ortiz");
  ui.press(ImGuiKey_Enter);
  ui.type("Sam Lee");
  ui.press(ImGuiKey_Enter);
  EXPECT_EQ(ui.open().incident.attendees, (std::vector<std::string>{"Dana Ortiz", "Sam Lee"}));
}

TEST_F(Meeting, ThePresenterViewTogglesByButtonAndKeysButNotWhileTyping) {
  open();
  const std::string leave = std::string(ui::kPresenterWindow) + "/" + ui::kLeavePresenterLabel;
  ASSERT_TRUE(ui.click(std::string("Agenda/") + ui::kPresenterViewLabel));
  EXPECT_TRUE(ui.has(leave));
  ui.press(ImGuiKey_Escape);
  EXPECT_FALSE(ui.has(leave));
  ui.press(ImGuiKey_F5);
  EXPECT_TRUE(ui.has(leave));
  ui.press(ImGuiKey_P);
  EXPECT_FALSE(ui.has(leave));
  ui.press(ImGuiKey_P);
  EXPECT_TRUE(ui.has(leave));
  ASSERT_TRUE(ui.click(leave));
  EXPECT_FALSE(ui.has(leave));
  // A P typed into a field is a letter.
  ASSERT_TRUE(ui.click("Meeting/Lists"));
  ASSERT_TRUE(ui.click("Lists/##Add parking lot"));
  ui.press(ImGuiKey_P);
  EXPECT_FALSE(ui.has(leave));
}

TEST_F(Meeting, ThePresenterViewShowsTheCurrentItemsClockFillingTheWindow) {
  open();
  ASSERT_TRUE(ui.click("Agenda/Start"));
  ASSERT_TRUE(ui.click("Agenda/Next item"));
  ui.utc_now += minutes(meeting().agenda[1].minutes + 1);
  ui.press(ImGuiKey_F5);
  EXPECT_EQ(clock(ui::kPresenterWindow), "1:00 over");
  const ui::UiItem* window = ui.items.find(ui::kPresenterWindow);
  ASSERT_NE(window, nullptr);
  EXPECT_FLOAT_EQ(window->width, ui.width);
  EXPECT_FLOAT_EQ(window->height, ui.height);
  EXPECT_TRUE(ui.state.fonts.want_presenter);
  expect_all_items_inside(ui);
}

TEST_F(Meeting, TheLargeFaceIsWantedOnlyInTheMeetingPhase) {
  open();
  EXPECT_TRUE(ui.state.fonts.want_presenter);
  ASSERT_TRUE(ui.click_phase(1));
  EXPECT_FALSE(ui.state.fonts.want_presenter);
}

// At a laptop's 1280x720 and a projector's 1920x1080, with the large face loaded as the app loads
// it for this phase: every tool and the presenter view fit, nothing is cut off or overlaps.
TEST(MeetingScreens, EveryToolAndThePresenterViewFitLaptopAndProjectorScreens) {
  for (const auto& [width, height] : {std::pair{1280.0f, 720.0f}, std::pair{1920.0f, 1080.0f}}) {
    HeadlessUi ui(width, height);
    core::add_postmortem(ui.library, incident("pm-meeting", "Checkout errors", minutes(52)));
    ui.frames(3);
    ASSERT_TRUE(ui.click("##open Checkout errors"));
    ASSERT_TRUE(ui.click_phase(2));
    ASSERT_TRUE(ui.state.fonts.want_presenter);
    ui::rebuild_fonts(ui.state.fonts, 1.0f);
    unsigned char* pixels = nullptr;
    int atlas_width = 0, atlas_height = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &atlas_width, &atlas_height);
    ASSERT_NE(ui.state.fonts.presenter, nullptr);
    ui.frames(2);  // laid out with the large face before the click aims at a button
    ASSERT_TRUE(ui.click("Agenda/Start"));
    for (const char* tool : {"Set the tone", "Walk-through", "Key questions", "Lists"}) {
      ASSERT_TRUE(ui.click(std::string("Meeting/") + tool)) << tool;
      ui.frames(2);
      SCOPED_TRACE(std::string(tool) + " at " + std::to_string(static_cast<int>(width)));
      EXPECT_TRUE(ui.has(std::string("Agenda/") + ui::kRestateGroundRulesLabel));
      expect_all_items_inside(ui);
      expect_no_id_collisions(ui);
    }
    EXPECT_TRUE(ui.has("Lists/##Add parking lot"));
    ui.press(ImGuiKey_F5);
    EXPECT_EQ(clock(ui::kPresenterWindow, ui), "5:00 left");
    expect_all_items_inside(ui);
  }
}

TEST(ConfusionEntry, NamesTheMomentByTimeAndTextAndAddsTheNote) {
  core::TimelineEvent e =
      event(core::UtcSeconds{seconds{1705328640}}, core::EventKind::Note, "  Pool at 100%  ");
  EXPECT_EQ(ui::confusion_entry(e, ""), "2024-01-15 14:24 UTC, \"Pool at 100%\"");
  EXPECT_EQ(ui::confusion_entry(e, "  why no alert? "),
            "2024-01-15 14:24 UTC, \"Pool at 100%\": why no alert?");
  e.at.reset();
  EXPECT_EQ(ui::confusion_entry(e, ""), "Untimed event, \"Pool at 100%\"");
}

TEST(AgendaClock, FormatsMinutesAndHoursAndNeverShowsANegativeSign) {
  EXPECT_EQ(ui::format_clock(seconds(0)), "0:00");
  EXPECT_EQ(ui::format_clock(seconds(65)), "1:05");
  EXPECT_EQ(ui::format_clock(seconds(-192)), "3:12");
  EXPECT_EQ(ui::format_clock(seconds(3600 + 125)), "1:02:05");
  core::AgendaItem item{"Review the timeline", 1};
  item.used_seconds = 59;
  EXPECT_EQ(ui::time_left_text(item, core::UtcSeconds{}), "0:01 left");
  item.used_seconds = 60;
  EXPECT_EQ(ui::time_left_text(item, core::UtcSeconds{}), "0:00 left");
  item.used_seconds = 61;
  EXPECT_EQ(ui::time_left_text(item, core::UtcSeconds{}), "0:01 over");
}

}  // namespace
}  // namespace hindsight::test
