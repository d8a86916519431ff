// LintMemo: linting again with the memo of earlier runs gives exactly what a fresh lint gives.
#include <gtest/gtest.h>

#include "core/lint/lint.hpp"
#include "support/postmortem_generator.hpp"

namespace hindsight::core {
namespace {

constexpr const char* kBlameful = "Dave should have known better than to restart the primary.";

TEST(LintMemo, EveryRunGivesWhatAFreshLintGivesAsTheDocumentChanges) {
  testing::GeneratorOptions options;
  options.max_items = 12;
  std::size_t blameless_findings = 0;
  for (std::uint64_t seed = 1; seed <= 25; ++seed) {
    PostMortem p = testing::generate_postmortem(seed, options);
    LintMemo memo;
    for (int step = 0; step < 6; ++step) {
      if (step == 1 && !p.timeline.empty()) p.timeline.front().text = kBlameful;
      if (step == 2) p.what_happened += std::string(" ") + kBlameful;
      if (step == 3 && !p.timeline.empty()) p.timeline.front().text += " Then it recovered.";
      if (step == 4 && !p.timeline.empty()) p.timeline.erase(p.timeline.begin());
      if (step == 5) p.what_happened.clear();  // the text seen before is gone, then back below
      const std::vector<Finding> expected = lint(p);
      ASSERT_EQ(lint(p, memo), expected) << "seed " << seed << ", step " << step;
      for (const Finding& finding : expected)
        blameless_findings += finding.rule == kBlamelessLanguage ? 1 : 0;
    }
    p.what_happened = kBlameful;
    ASSERT_EQ(lint(p, memo), lint(p)) << "seed " << seed;
  }
  EXPECT_GT(blameless_findings, 25u);  // the memo was asked about blameful text, not only clean
}

TEST(LintMemo, TheSameTextInTwoFieldsIsReportedAtEachFieldsPath) {
  PostMortem p;
  p.what_happened = kBlameful;
  p.incident.impact = kBlameful;
  LintMemo memo;
  const std::vector<Finding> findings = lint(p, memo);
  EXPECT_EQ(findings, lint(p));
  std::size_t at_what_happened = 0, at_impact = 0;
  for (const Finding& finding : findings) {
    if (finding.rule != kBlamelessLanguage) continue;
    at_what_happened += finding.path == "/what_happened" ? 1 : 0;
    at_impact += finding.path == "/incident/impact" ? 1 : 0;
  }
  EXPECT_GE(at_what_happened, 1u);
  EXPECT_EQ(at_what_happened, at_impact);
}

}  // namespace
}  // namespace hindsight::core
