// The blameless-language lint's tone model, asked by lint_blameless_text about each unit (a
// sentence; a short one joined to a neighbour) no rule found anything in: a logistic regression
// over its words, trained by scripts/train_blame_model.py on the lint fixtures and, as blameless
// text, real post-mortems' sentences. It reads what the rules cannot enumerate:
// sarcasm, rhetorical questions at a person, sanctions in plain words, "Root cause: the
// engineer". The weights are generated into blameless_tone_model.inc.
// Contract: the units, tokens, features and integer scores here are those of the trainer, so a
// line is flagged here exactly when the trainer counted it flagged (a unit test checks every
// fixture set); time linear in the length of the text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hindsight::core {

// A sentence the model reads at once, [begin, end) in the text: a sentence of at least eight
// words; a shorter one is read with the next sentence on its line, or with the one before it
// when it ends the line.
struct ToneUnit {
  std::size_t begin = 0;
  std::size_t end = 0;
};
std::vector<ToneUnit> tone_units(std::string_view text);

// The unit's words as the model sees them: lower-cased, "?" and "!" kept, a name or @handle as
// "<NAME>", a possessive "'s" on its own.
std::vector<std::string> tone_tokens(std::string_view unit);

// The unit's score in the model's integer weight steps, and whether it reads as blame.
int tone_score(std::string_view unit);
int tone_threshold();  // the score from which a unit reads as blame
bool tone_features_sorted();  // the model's features, decoded, are sorted and unique
bool reads_as_blame(std::string_view unit);

// What the trainer counted: lines of one fixture file the model alone flags.
struct BlamelessToneCount {
  std::string_view set;   // "corpus", "fresh8", ..., "public" (real post-mortems' sentences)
  std::string_view kind;  // "blameful" or "blameless"
  int flagged = 0;
  int lines = 0;
  // FNV-1a 64 of each line's score (its best unit's tone_score, "-" for a line with no word),
  // one decimal a line: any difference between the trainer's reading and this one shows.
  unsigned long long scores_fnv1a64 = 0;
};
const std::vector<BlamelessToneCount>& tone_model_counts();
// Each file the model was trained on (relative to tests/fixtures) and the FNV-1a 64 hash of its
// bytes when it was.
struct BlamelessToneTrainingFile {
  std::string_view path;
  unsigned long long fnv1a64 = 0;
};
const std::vector<BlamelessToneTrainingFile>& tone_training_files();

}  // namespace hindsight::core
