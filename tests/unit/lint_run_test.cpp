// LintRun: a lint done a slice at a time gives exactly lint(), whatever its budget, and a run
// dropped half way (its document changed) leaves the memo as correct as a finished one. The memo
// finds texts at their places, one row on or back, or anywhere once rows were sorted.
#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <string>
#include <utility>

#include "core/lint/lint.hpp"
#include "support/large_postmortem.hpp"
#include "support/postmortem_generator.hpp"

namespace hindsight::core {
namespace {

constexpr const char* kBlameful = "Dave should have known better than to restart the primary.";

TimelineEvent event(std::string text) {
  TimelineEvent e;
  e.text = std::move(text);
  return e;
}

// Steps `run` with `budget` until it is done; the number of steps.
std::size_t finish(LintRun& run, std::size_t budget) {
  std::size_t steps = 1;
  while (!run.step(budget)) ++steps;
  return steps;
}

PostMortem generated(std::uint64_t seed) {
  testing::GeneratorOptions options;
  options.max_items = 12;
  options.hostile = seed % 2 == 0;
  return testing::generate_postmortem(seed, options);
}

// A few edits of every kind a run must follow: a text changed, a row added, a row removed.
void edit(PostMortem& p, int kind) {
  if (kind == 0) p.what_happened += std::string(" ") + kBlameful;
  if (kind == 1) p.timeline.insert(p.timeline.begin(), event(kBlameful));
  if (kind == 2 && !p.timeline.empty()) p.timeline.erase(p.timeline.begin());
  if (kind == 3) std::reverse(p.timeline.begin(), p.timeline.end());
  if (kind == 4 && !p.actions.empty()) p.actions.front().action = "Be more careful";
}

TEST(LintRun, SteppedWithATinyBudgetGivesExactlyLint) {
  std::size_t findings = 0;
  for (std::uint64_t seed = 1; seed <= 25; ++seed) {
    const PostMortem p = generated(seed);
    const std::vector<Finding> expected = lint(p);
    LintMemo memo;
    LintRun run(p, memo);
    EXPECT_GT(finish(run, 1), 10u) << "seed " << seed;  // a field or an action a step
    ASSERT_EQ(run.take(), expected) << "seed " << seed;
    // Again with the memo of that run: every text is found, none checked again.
    const std::size_t linted = memo.texts_linted();
    LintRun again(p, memo);
    finish(again, 1);
    ASSERT_EQ(again.take(), expected) << "seed " << seed;
    EXPECT_EQ(memo.texts_linted(), linted) << "seed " << seed;
    findings += expected.size();
  }
  EXPECT_GT(findings, 100u);  // the runs had something to order
}

TEST(LintRun, AnUnlimitedBudgetFinishesInOneStep) {
  const PostMortem p = generated(7);
  LintMemo memo;
  LintRun run(p, memo);
  EXPECT_TRUE(run.step(std::numeric_limits<std::size_t>::max()));
  EXPECT_TRUE(run.done());
  EXPECT_EQ(run.take(), lint(p));
}

// Dropped after every possible number of steps, then a new run over the edited document, and a
// whole lint of a further edit with the same memo.
TEST(LintRun, ARunDroppedAtAnyStepLeavesTheMemoCorrectForTheEditedDocument) {
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    for (int kind = 0; kind <= 4; ++kind) {
      const PostMortem original = generated(seed);
      PostMortem before = original;  // typed into, then the pause's run is dropped
      before.timeline.push_back(event("Typed before the pause."));
      PostMortem after = before;
      edit(after, kind);
      PostMortem later = after;
      edit(later, (kind + 1) % 5);
      const std::vector<Finding> expected_after = lint(after), expected_later = lint(later);
      LintMemo memo;
      lint(original, memo);
      std::size_t steps = 0;
      // Every step count early on (each stage's start in a small document), then every tenth.
      for (std::size_t dropped_after = 0;; dropped_after += dropped_after < 20 ? 1 : 10) {
        {
          LintRun dropped(before, memo);
          bool done = false;
          for (std::size_t s = 0; s < dropped_after && !done; ++s) done = dropped.step(1);
          if (done) break;  // dropped once in every stage
          steps = dropped_after;
        }
        LintRun run(after, memo);
        finish(run, 7);
        ASSERT_EQ(run.take(), expected_after)
            << "seed " << seed << ", edit " << kind << ", dropped after " << dropped_after;
        ASSERT_EQ(lint(later, memo), expected_later)
            << "seed " << seed << ", edit " << kind << ", dropped after " << dropped_after;
        lint(original, memo);  // where the next drop starts from
      }
      EXPECT_GT(steps, 10u) << "seed " << seed;
    }
  }
}

// How many texts a run over the edited document checks again, after a run over the original.
std::size_t checked_again(PostMortem p, void (*change)(PostMortem&)) {
  LintMemo memo;
  lint(p, memo);
  change(p);
  const std::size_t before = memo.texts_linted();
  EXPECT_EQ(lint(p, memo), lint(p));
  return memo.texts_linted() - before;
}

TEST(LintMemo, AnEditedInsertedRemovedOrSortedRowChecksOnlyWhatIsNew) {
  const PostMortem p = testing::large_postmortem(200, 20);
  EXPECT_EQ(checked_again(p, [](PostMortem&) {}), 0u);
  EXPECT_EQ(checked_again(p, [](PostMortem& q) { q.timeline[150].text += "!"; }), 1u);
  EXPECT_EQ(checked_again(p,
                          [](PostMortem& q) {
                            q.timeline.insert(q.timeline.begin() + 100,
                                              event(kBlameful));
                          }),
            1u);
  EXPECT_EQ(checked_again(p, [](PostMortem& q) { q.timeline.erase(q.timeline.begin() + 7); }),
            0u);
  // Sorted rows are found through the memo's index once a few were missed at their places.
  EXPECT_LT(checked_again(p,
                          [](PostMortem& q) {
                            std::reverse(q.timeline.begin(), q.timeline.end());
                          }),
            20u);
}

TEST(LintMemo, TheSameTextEverywhereIsFoundAfterTheRowsMove) {
  PostMortem p = testing::large_postmortem(200, 0);
  for (std::size_t i = 0; i < p.timeline.size(); i += 2) p.timeline[i].text = kBlameful;
  LintMemo memo;
  ASSERT_EQ(lint(p, memo), lint(p));
  std::rotate(p.timeline.begin(), p.timeline.begin() + 3, p.timeline.end());
  ASSERT_EQ(lint(p, memo), lint(p));
  std::reverse(p.timeline.begin(), p.timeline.end());
  ASSERT_EQ(lint(p, memo), lint(p));
}

}  // namespace
}  // namespace hindsight::core
