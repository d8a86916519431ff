// The Root cause and Actions phases, driven through their widgets as a facilitator drives them:
// 5 Whys ladders typed step by step, branched and concluded; the uncertainty path; ideas
// brainstormed and promoted; action items typed row after row, their lints shown and gone once
// rewritten, due dates validated, the view sorted, two actions merged in the prioritisation
// exercise, and the notes on the action items typed in their dialog.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/markdown/markdown_export.hpp"
#include "headless_ui.hpp"
#include "ui/panels/actions_notes_dialog.hpp"
#include "ui/panels/actions_panel.hpp"
#include "ui/panels/due_text.hpp"
#include "ui/panels/prioritise_dialog.hpp"
#include "ui/panels/root_cause_panel.hpp"
#include "ui/panels/root_cause_table.hpp"
#include "ui/panels/why_ladder.hpp"
#include "ui/panels/workflow_guides.hpp"
#include "ui_checks.hpp"

namespace hindsight::test {
namespace {

using Whys = std::vector<std::string>;

class Analysis : public ::testing::Test {
 protected:
  void SetUp() override {
    ui.frames(3);
    ASSERT_TRUE(ui.click(ui::kNewPostmortemLabel));
  }
  const core::RootCauseAnalysis& analysis() const { return ui.open().analysis; }
  const std::vector<core::ActionItem>& actions() const { return ui.open().actions; }

  // A chain with its problem and `whys`, typed as a user does: Enter after each step.
  void type_chain(const std::string& problem, const Whys& whys) {
    const std::size_t chain = analysis().five_whys.size();
    ASSERT_TRUE(ui.click(std::string("Five whys/") + ui::kAddChainLabel));
    ASSERT_TRUE(ui.click("Five whys/##problem " + std::to_string(chain)));
    ui.press(ImGuiKey_A, true);
    ui.type(problem);
    ui.press(ImGuiKey_Enter);
    for (std::size_t i = 0; i < whys.size(); ++i) {
      if (i > 0) ui.press(ImGuiKey_Enter);
      ui.type(whys[i]);  // the new step has focus
    }
  }

  // Actions typed into the table: Add action once, then Enter after each.
  void type_actions(const std::vector<std::string>& texts) {
    ASSERT_TRUE(ui.click(std::string("Actions/") + ui::kAddActionLabel));
    for (std::size_t i = 0; i < texts.size(); ++i) {
      if (i > 0) ui.press(ImGuiKey_Enter);
      ui.type(texts[i]);
    }
  }

  HeadlessUi ui;
};

const Whys kPoolWhys{"Connection pool was exhausted", "Too many long-running queries",
                     "New feature introduced N+1 query pattern",
                     "Code review didn't catch the performance issue",
                     "We don't have automated performance testing for database queries"};

TEST_F(Analysis, EnterOnTheLastStepAddsTheNextAndTheLadderKeepsEveryStep) {
  ASSERT_TRUE(ui.click_phase(3));
  type_chain("API requests failed with database connection errors", kPoolWhys);
  ASSERT_EQ(analysis().five_whys.size(), 1u);
  EXPECT_EQ(analysis().five_whys[0].problem, "API requests failed with database connection errors");
  EXPECT_EQ(analysis().five_whys[0].whys, kPoolWhys);
  // Typing a step is one undo step.
  ui.press(ImGuiKey_Z, true);
  EXPECT_EQ(analysis().five_whys[0].whys.back(), "");
  expect_no_id_collisions(ui);
  expect_all_items_inside(ui);
}

TEST_F(Analysis, BranchingAStepStartsAChainWithTheWhysUpToIt) {
  ASSERT_TRUE(ui.click_phase(3));
  type_chain("Checkout errors", {"Pool exhausted", "Queries held connections", "Retry loop"});
  ASSERT_TRUE(ui.click("Five whys/Branch##0.1"));
  ASSERT_EQ(analysis().five_whys.size(), 2u);
  EXPECT_EQ(analysis().five_whys[1].problem, "Checkout errors");
  EXPECT_EQ(analysis().five_whys[1].whys, (Whys{"Pool exhausted", "Queries held connections"}));
  ASSERT_TRUE(ui.click("Five whys/##why 1.1"));
  ui.press(ImGuiKey_Enter);
  ui.type("No timeout on slow queries");
  EXPECT_EQ(analysis().five_whys[1].whys.size(), 3u);
  EXPECT_EQ(analysis().five_whys[1].whys[2], "No timeout on slow queries");
  EXPECT_EQ(analysis().five_whys[0].whys.size(), 3u);
}

TEST_F(Analysis, InsertAboveAndRemoveComeFromTheStepMenu) {
  ASSERT_TRUE(ui.click_phase(3));
  type_chain("Checkout errors", {"Pool exhausted", "Retry loop"});
  ASSERT_TRUE(ui.click("Five whys/...##step 0.1"));
  ASSERT_TRUE(ui.click("Insert step above##step"));
  EXPECT_EQ(analysis().five_whys[0].whys, (Whys{"Pool exhausted", "", "Retry loop"}));
  ASSERT_TRUE(ui.click("Five whys/...##step 0.0"));
  ASSERT_TRUE(ui.click("Remove step##step"));
  EXPECT_EQ(analysis().five_whys[0].whys, (Whys{"", "Retry loop"}));
}

TEST_F(Analysis, ConcludingAStepAsLikelyAddsARootCauseAndMarksTheStep) {
  ASSERT_TRUE(ui.click_phase(3));
  type_chain("Checkout errors", {"Pool exhausted", "No performance tests for queries"});
  ASSERT_TRUE(ui.click("Five whys/Conclude##0.1"));
  ASSERT_TRUE(ui.click("Likely##conclude"));
  ASSERT_EQ(analysis().root_causes.size(), 1u);
  EXPECT_EQ(analysis().root_causes[0].text, "No performance tests for queries");
  EXPECT_EQ(analysis().root_causes[0].confidence, core::Confidence::Likely);
  EXPECT_EQ(analysis().five_whys[0].conclusion, "No performance tests for queries");
  // The cause is in the table, editable; concluding the same step again is not offered.
  EXPECT_TRUE(ui.has("Causes/##cause 0"));
  ASSERT_TRUE(ui.click("Five whys/Conclude##0.1"));
  EXPECT_FALSE(ui.has("Likely##conclude"));
  ASSERT_TRUE(ui.click("Causes/##category 0"));
  ASSERT_TRUE(ui.click("Process"));
  EXPECT_EQ(analysis().root_causes[0].category, core::CauseCategory::Process);
}

TEST_F(Analysis, RootCauseLintsAreWrittenBesideTheTextTheyAreAbout) {
  ASSERT_TRUE(ui.click_phase(3));
  type_chain("Checkout errors", {"Pool exhausted", "Human error"});
  ui.wait(1.0);
  EXPECT_TRUE(ui.has("Five whys/Lint##/analysis/five_whys/0/whys/1"));
  EXPECT_TRUE(ui.has("Five whys/Lint##/analysis/five_whys/0/whys"));  // fewer than five whys
  ASSERT_TRUE(ui.click("Five whys/##why 0.1"));
  ui.press(ImGuiKey_A, true);
  ui.type("The deploy checklist has no step for pool limits");
  ui.wait(1.0);
  EXPECT_FALSE(ui.has("Five whys/Lint##/analysis/five_whys/0/whys/1"));
  ASSERT_TRUE(ui.click(std::string("Causes/") + ui::kAddRootCauseLabel));
  ASSERT_TRUE(ui.click("Causes/##cause 0"));
  ui.type("Operator error");
  ui.wait(1.0);
  EXPECT_TRUE(ui.has("Causes/Lint##/analysis/root_causes"));  // a single cause
  EXPECT_TRUE(ui.has("Causes/Lint##/analysis/root_causes/0/text"));
}

TEST_F(Analysis, NoClearRootCauseAddsTheUncertaintyPhraseAndInvestigationsBecomeActions) {
  ASSERT_TRUE(ui.click_phase(3));
  ASSERT_TRUE(ui.click("Causes/##Summary"));
  ui.type("The pool ran out.");
  ASSERT_TRUE(ui.click(std::string("Causes/") + ui::kDocumentUncertaintyLabel));
  EXPECT_EQ(analysis().summary, "The pool ran out.\n\n" + std::string(ui::kUncertaintyPhrase));
  ASSERT_TRUE(ui.click("Causes/##Add investigation"));
  ui.type("the retry path under load");
  ui.press(ImGuiKey_Enter);
  ui.type("pool sizing");  // focus stays for the next one
  ui.press(ImGuiKey_Enter);
  ASSERT_EQ(analysis().follow_up_investigations,
            (Whys{"the retry path under load", "pool sizing"}));
  ASSERT_TRUE(ui.click("Causes/Make it an action##0"));
  ASSERT_EQ(actions().size(), 1u);
  EXPECT_NE(actions()[0].action.find("the retry path under load"), std::string::npos);
  EXPECT_EQ(analysis().follow_up_investigations.size(), 2u);
}

TEST_F(Analysis, IdeasAreTypedOneAfterAnotherAndMadeActions) {
  ASSERT_TRUE(ui.click_phase(4));
  ASSERT_TRUE(ui.click("brainstorm/##new idea detection_monitoring"));
  ui.type("Alert on pool utilisation");
  ui.press(ImGuiKey_Enter);
  ui.type("Dashboard for query time");
  ui.press(ImGuiKey_Enter);
  ASSERT_EQ(ui.open().ideas.size(), 2u);
  EXPECT_EQ(ui.open().ideas[1].text, "Dashboard for query time");
  EXPECT_EQ(ui.open().ideas[1].category, core::ActionCategory::DetectionMonitoring);
  ASSERT_TRUE(ui.click("brainstorm/Make action##idea 0"));
  ASSERT_EQ(actions().size(), 1u);
  EXPECT_EQ(actions()[0].action, "Alert on pool utilisation");
  EXPECT_EQ(actions()[0].category, core::ActionCategory::DetectionMonitoring);
  ASSERT_EQ(ui.open().ideas.size(), 1u);
  ASSERT_TRUE(ui.click("brainstorm/x##idea 0"));
  EXPECT_TRUE(ui.open().ideas.empty());
}

TEST_F(Analysis, ActionsAreTypedRowAfterRowWithEnter) {
  ASSERT_TRUE(ui.click_phase(4));
  type_actions({"Add alert for pool utilisation > 80%", "Create query performance test in CI",
                "Add N+1 check to the PR template"});
  ASSERT_EQ(actions().size(), 3u);
  EXPECT_EQ(actions()[0].id, "A1");
  EXPECT_EQ(actions()[2].id, "A3");
  EXPECT_EQ(actions()[1].action, "Create query performance test in CI");
  EXPECT_EQ(actions()[2].action, "Add N+1 check to the PR template");
  ASSERT_TRUE(ui.click("actions/##owner A2"));
  ui.type("Mike");
  EXPECT_EQ(actions()[1].owner, "Mike");
  expect_no_id_collisions(ui);
  expect_all_items_inside(ui);
}

TEST_F(Analysis, NotesOnTheActionItemsAreTypedInTheirDialogAndExportedBeforeTheTable) {
  ASSERT_TRUE(ui.click_phase(4));
  type_actions({"Add alert for pool utilisation > 80%"});
  ASSERT_TRUE(ui.click(std::string("Actions/") + ui::kActionsNotesLabel));
  ASSERT_TRUE(ui.has(ui::kActionsNotesDialogName));
  ASSERT_TRUE(ui.click(std::string(ui::kActionsNotesDialogName) + "/##Notes"));
  ui.type("Ranked by the team on Friday; tracked in OPS-42.");
  EXPECT_EQ(ui.open().actions_notes, "Ranked by the team on Friday; tracked in OPS-42.");
  const std::string markdown = core::export_markdown(ui.open());
  const std::size_t notes = markdown.find("Ranked by the team on Friday; tracked in OPS-42.");
  ASSERT_NE(notes, std::string::npos);
  EXPECT_LT(markdown.find("## Action Items"), notes);
  EXPECT_LT(notes, markdown.find("| A1 |"));
  // A blameful note is flagged beside the field, and beside the button once the dialog closes.
  ui.press(ImGuiKey_A, true);
  ui.type("Bob should have known better than to skip the canary.");
  ui.wait(1.0);
  EXPECT_TRUE(ui.has(std::string(ui::kActionsNotesDialogName) + "/Lint##/actions_notes"));
  expect_no_id_collisions(ui);
  expect_all_items_inside(ui);
  ASSERT_TRUE(ui.click(std::string(ui::kActionsNotesDialogName) + "/Close##notes"));
  EXPECT_FALSE(ui.has(ui::kActionsNotesDialogName));
  EXPECT_TRUE(ui.has("Actions/Lint##/actions_notes"));
  // The table keeps the screen's height: the dialog takes none of it.
  EXPECT_TRUE(ui.has("actions/##action A1"));
}

TEST_F(Analysis, AVagueActionIsFlaggedAndTheFlagGoesWhenItIsRewritten) {
  ASSERT_TRUE(ui.click_phase(4));
  type_actions({"Improve monitoring"});
  ui.wait(1.0);
  EXPECT_TRUE(ui.has("actions/Lint##/actions/0/action"));
  EXPECT_TRUE(ui.has("actions/Lint##/actions/0/owner"));
  ASSERT_TRUE(ui.click("actions/##action A1"));
  ui.press(ImGuiKey_A, true);
  ui.type("Add alert for connection pool utilization > 80%");
  ui.wait(1.0);
  EXPECT_FALSE(ui.has("actions/Lint##/actions/0/action"));
  EXPECT_TRUE(ui.has("actions/Lint##/actions/0/owner"));  // still nobody owns it
}

TEST_F(Analysis, ADueDateIsADayOrWordsKeptAndFlaggedButNeverAFailedDate) {
  ASSERT_TRUE(ui.click_phase(4));
  type_actions({"Add alert for connection pool utilization > 80%"});
  ASSERT_TRUE(ui.click("actions/##due A1"));
  ui.type("2024-02-30");
  EXPECT_EQ(actions()[0].due, "");
  ASSERT_TRUE(ui.click("actions/##owner A1"));
  ASSERT_TRUE(ui.click("actions/##due A1"));  // the failed date is still in its cell
  ui.press(ImGuiKey_End);
  ui.press(ImGuiKey_Backspace);
  ui.press(ImGuiKey_Backspace);
  ui.type("29");
  EXPECT_EQ(actions()[0].due, "2024-02-29");
  ui.wait(1.0);
  EXPECT_FALSE(ui.has("actions/Lint##/actions/0/due"));
  ui.press(ImGuiKey_A, true);
  ui.type("next sprint");
  ui.wait(1.0);
  EXPECT_EQ(actions()[0].due, "next sprint");
  EXPECT_TRUE(ui.has("actions/Lint##/actions/0/due"));
}

TEST(DueText, DaysWordsAndDatesThatAreNot) {
  EXPECT_EQ(ui::classify_due(""), ui::DueKind::Empty);
  EXPECT_EQ(ui::classify_due("  "), ui::DueKind::Empty);
  EXPECT_EQ(ui::classify_due("2024-01-20"), ui::DueKind::Day);
  EXPECT_EQ(ui::classify_due("2024-02-29"), ui::DueKind::Day);
  EXPECT_EQ(ui::classify_due("2023-02-29"), ui::DueKind::NotADay);
  EXPECT_EQ(ui::classify_due("2024-1-20"), ui::DueKind::NotADay);
  EXPECT_EQ(ui::classify_due("20/01/2024"), ui::DueKind::NotADay);
  EXPECT_EQ(ui::classify_due("next sprint"), ui::DueKind::Words);
  EXPECT_EQ(ui::classify_due("Jan 20"), ui::DueKind::Words);
}

TEST_F(Analysis, SortingByAColumnOrdersTheViewNotTheList) {
  ASSERT_TRUE(ui.click_phase(4));
  type_actions({"Create runbook for database connection issues",
                "Add alert for connection pool utilization > 80%"});
  const auto y_of = [&](const std::string& path) {
    const ui::UiItem* item = ui.items.find(path);
    return item ? item->y : -1.0f;
  };
  ASSERT_EQ(actions().size(), 2u);
  EXPECT_LT(y_of("actions/##action A1"), y_of("actions/##action A2"));
  ASSERT_TRUE(ui.click("actions/Action"));  // the header
  EXPECT_GT(y_of("actions/##action A1"), y_of("actions/##action A2"));
  EXPECT_EQ(actions()[0].id, "A1");  // the list keeps its order
  EXPECT_EQ(actions()[1].id, "A2");
  ASSERT_TRUE(ui.click("actions/Action"));  // descending
  ASSERT_TRUE(ui.click("actions/Action"));  // back to the list's order
  EXPECT_LT(y_of("actions/##action A1"), y_of("actions/##action A2"));
}

TEST_F(Analysis, ThePrioritisationExerciseMergesTwoPickedActionsAndSortsMustDo) {
  ASSERT_TRUE(ui.click_phase(4));
  type_actions({"Add more alerts", "Improve monitoring", "Create connection pool runbook"});
  ASSERT_TRUE(ui.click(std::string("Actions/") + ui::kPrioritiseLabel));
  ASSERT_TRUE(ui.has(ui::kPrioritiseDialogName));
  ASSERT_TRUE(ui.click("exercise/##pick A2"));
  ASSERT_TRUE(ui.click("exercise/##pick A1"));
  ASSERT_TRUE(ui.click(std::string(ui::kPrioritiseDialogName) + "/Merge picked##merge"));
  ASSERT_EQ(actions().size(), 2u);
  EXPECT_EQ(actions()[0].id, "A1");
  EXPECT_EQ(actions()[0].action, "Add more alerts; Improve monitoring");
  EXPECT_EQ(actions()[0].merged, (Whys{"A2: Improve monitoring"}));
  ASSERT_TRUE(ui.click("exercise/Must do##A1"));
  ASSERT_TRUE(ui.click("exercise/Nice to have##A3"));
  EXPECT_EQ(actions()[0].triage, core::Triage::MustDo);
  EXPECT_EQ(actions()[1].triage, core::Triage::NiceToHave);
  expect_no_id_collisions(ui);
  ASSERT_TRUE(ui.click(std::string(ui::kPrioritiseDialogName) + "/Close##prioritise"));
  EXPECT_FALSE(ui.has(ui::kPrioritiseDialogName));
}

TEST_F(Analysis, FifteenActionsBringTheTooManyNoteAndTheExerciseListsThemAll) {
  ASSERT_TRUE(ui.click_phase(4));
  std::vector<std::string> texts;
  for (int i = 1; i <= 15; ++i)
    texts.push_back("Add alert number " + std::to_string(i) + " for the pool");
  type_actions(texts);
  ASSERT_EQ(actions().size(), 15u);
  ui.wait(1.0);
  const auto& findings = ui.workspace.insights().findings;
  EXPECT_TRUE(std::any_of(findings.begin(), findings.end(), [](const core::Finding& f) {
    return f.rule == core::kTooManyActions && f.path == "/actions";
  }));
  EXPECT_TRUE(ui.has("Actions/Lint##/actions"));
  ASSERT_TRUE(ui.click(std::string("Actions/") + ui::kPrioritiseLabel));
  EXPECT_TRUE(ui.has("exercise/##pick A15"));
  expect_no_id_collisions(ui);
}

// The ladders scroll vertically, so what is below the fold is outside the window by design; no
// item may reach past the right edge, where nothing scrolls.
TEST(AnalysisSample, TheSamplesRootCauseAndActionsPhasesFitTheWidthWithoutCollisions) {
  HeadlessUi ui;
  ui.frames(3);
  ASSERT_TRUE(ui.click("Library/Open the sample"));
  for (int phase : {3, 4}) {
    ASSERT_TRUE(ui.click_phase(phase));
    ui.wait(1.0);
    expect_no_id_collisions(ui);
    for (const ui::UiItem& item : ui.items.items()) {
      EXPECT_GE(item.x, 0.0f) << item.label;
      EXPECT_LE(item.x + item.width, ui.width + 0.5f) << item.window << "/" << item.label;
    }
  }
  ASSERT_FALSE(ui.open().actions.empty());
  EXPECT_TRUE(ui.has("actions/##action " + ui.open().actions.front().id));
}

}  // namespace
}  // namespace hindsight::test
