// The blameless-language lint's tone model: that it reads the fixture files exactly as its trainer
// (scripts/train_blame_model.py) did, that it was trained on the files as they are, how it splits
// and tokenises text, and how its findings join the rules'.
#include "core/lint/lint_blameless_tone.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <sstream>
#include <string>
#include <vector>

#include "core/lint/lint.hpp"
#include "support/fixtures.hpp"

namespace hindsight::core {
namespace {

// The trainer's reading of a fixture: blank lines and lines starting with '#' skipped; in a public
// fixture's .fields file, the sentence after its field ("/what_happened | text").
std::vector<std::string> fixture_lines(const std::string& relative) {
  std::istringstream in(hindsight::testing::read_fixture(relative));
  const bool fields = relative.ends_with(".fields");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (line.find_first_not_of(" \t\r") == std::string::npos || line[0] == '#') continue;
    if (fields) {
      const std::size_t bar = line.find(" | ");
      if (bar == std::string::npos) {
        ADD_FAILURE() << relative << ": a line without its field: " << line;
        continue;
      }
      line = line.substr(bar + 3);
    }
    lines.push_back(line);
  }
  return lines;
}

// The files of a set, as the trainer names them.
std::vector<std::string> set_files(std::string_view set, std::string_view kind) {
  if (set == "public") {
    std::vector<std::string> files;
    for (const std::string& name : hindsight::testing::fixture_files("public", ".fields"))
      files.push_back("public/" + name);
    return files;
  }
  if (set == "corpus") return {"lint/" + std::string(kind) + ".txt"};
  return {"lint/" + std::string(set) + "-" + std::string(kind) + ".txt"};
}

// A line's score as the trainer writes it: its best unit's, "-" for a line with no word.
std::string line_score(std::string_view line) {
  std::string best = "-";
  int top = 0;
  for (const ToneUnit& unit : tone_units(line)) {
    const int score = tone_score(line.substr(unit.begin, unit.end - unit.begin));
    if (best == "-" || score > top) top = score, best = std::to_string(score);
  }
  return best;
}

unsigned long long fnv1a64(std::string_view bytes) {
  unsigned long long hash = 0xcbf29ce484222325ull;
  for (const char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return hash;
}

TEST(BlamelessTone, ScoresEveryLineOfEveryFixtureFileAsTheTrainerDid) {
  // The sets of blameful and blameless lines (learnt from up to fresh109, fresh110 to fresh119
  // only counted), the published paragraphs and the public post-mortems' sentences (blameless).
  ASSERT_EQ(tone_model_counts().size(), 279u);
  for (const BlamelessToneCount& count : tone_model_counts()) {
    int lines = 0, flagged = 0;
    std::string scores;
    for (const std::string& file : set_files(count.set, count.kind))
      for (const std::string& line : fixture_lines(file)) {
        ++lines;
        const std::string score = line_score(line);
        flagged += score != "-" && std::stoi(score) >= tone_threshold() ? 1 : 0;
        scores += score + "\n";
      }
    EXPECT_EQ(lines, count.lines) << count.set << " " << count.kind;
    EXPECT_EQ(flagged, count.flagged) << count.set << " " << count.kind;
    EXPECT_EQ(fnv1a64(scores), count.scores_fnv1a64) << count.set << " " << count.kind;
  }
}

// The table is front-coded; decoded, it must be sorted and unique, or the lookup misses features.
TEST(BlamelessTone, FeaturesDecodeSortedAndUnique) { EXPECT_TRUE(tone_features_sorted()); }

TEST(BlamelessTone, WasTrainedOnTheTrainingFilesAsTheyAreNow) {
  // The two files of the 129 sets learnt from (the published paragraphs among them), the public
  // post-mortems' .fields files, the app's sample post-mortem and the trainer
  // (../../assets/sample-postmortem.md, ../../scripts/train_blame_model.py: the wasm tests embed
  // them at /assets and /scripts).
  ASSERT_EQ(tone_training_files().size(), 258u + set_files("public", "blameless").size() + 2u);
  for (const BlamelessToneTrainingFile& file : tone_training_files())
    EXPECT_EQ(fnv1a64(hindsight::testing::read_fixture(file.path)), file.fnv1a64)
        << file.path
        << " changed since the tone model was trained: run scripts/train_blame_model.py";
}

TEST(BlamelessTone, TokensMarkNamesHandlesAndPossessives) {
  EXPECT_EQ(
      tone_tokens("The deploy by Owen broke on Monday; Dana\u2019s rollback didn\u2019t help? "
                  "@sam"),
      (std::vector<std::string>{"the", "deploy", "by", "<NAME>", "broke", "on", "monday", "dana",
                                "'s", "rollback", "didn't", "help", "?", "<NAME>"}));
  // A Title-case word inside a sentence is a name; starting one, it is a word the model knows.
  EXPECT_EQ(tone_tokens("It broke. Rollback failed, said Rollback."),
            (std::vector<std::string>{"it", "broke", "rollback", "failed", "said", "<NAME>"}));
}

TEST(BlamelessTone, UnitsJoinShortSentencesToTheirNeighbours) {
  const std::string text =
      "Really, Owen? You deployed to prod from your own laptop.\n"
      "Action: add a confirmation prompt to the drop command. Owner: Yuki.\n"
      "\n"
      "ok";
  const auto units = tone_units(text);
  ASSERT_EQ(units.size(), 3u);
  EXPECT_EQ(text.substr(units[0].begin, units[0].end - units[0].begin),
            "Really, Owen? You deployed to prod from your own laptop.");
  EXPECT_EQ(text.substr(units[1].begin, units[1].end - units[1].begin),
            "Action: add a confirmation prompt to the drop command. Owner: Yuki.");
  EXPECT_EQ(text.substr(units[2].begin, units[2].end - units[2].begin), "ok");
}

TEST(BlamelessTone, FindsASentenceTheRulesMissAtItsStart) {
  const std::string text =
      "The deploy finished at noon on the second day. Of course the intern ran it on prod.";
  EXPECT_TRUE(lint_blameless_rules(text).empty());
  const auto findings = lint_blameless_text(text, "/what_happened");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, kBlamelessLanguage);
  EXPECT_EQ(findings[0].path, "/what_happened");
  EXPECT_EQ(findings[0].offset, 47u);
  EXPECT_EQ(findings[0].message,
            "\"Of course the intern ran it...\" reads as blaming a person (its tone, its sarcasm "
            "or its question at someone); describe what happened and what the system allowed.");
  EXPECT_EQ(findings[0].suggestion,
            "Say what the person saw and did, and what in the system let it happen, e.g. \"The "
            "deploy tool let one change reach every region at once\".");
}

TEST(BlamelessTone, AUnitTheRulesFlagGetsNoSecondFinding) {
  // The model alone would flag this unit too; the rules' finding on "@sarah" stands for it.
  const std::string text = "Of course the intern ran it on prod, and @sarah ignored the alert.";
  EXPECT_GE(tone_score(text), tone_threshold());
  const auto rules = lint_blameless_rules(text);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(lint_blameless_text(text), rules);
}

TEST(BlamelessTone, ALongTextGetsAFindingForEachUnitItFlags) {
  const std::string flagged = "Of course the intern ran it on prod again. ";
  const std::string plain = "The deploy tool let one change reach every region at once. ";
  std::string text;
  for (int i = 0; i < 1000; ++i) text += i % 2 == 0 ? flagged : plain;
  const auto findings = lint_blameless_text(text);
  ASSERT_EQ(findings.size(), 500u);
  for (std::size_t i = 0; i < findings.size(); ++i)
    EXPECT_EQ(findings[i].offset, i * (flagged.size() + plain.size()));
}

}  // namespace
}  // namespace hindsight::core
