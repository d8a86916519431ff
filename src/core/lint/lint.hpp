// Lints: the workflow's advice turned into checks a team can run on a post-mortem, in the app and
// from the command line (`hindsight lint`).
// Contract: pure functions of the model (LintMemo and LintRun only spread lint()'s work over
// edits and frames); findings name the field by the same paths as ImportResult::source_lines
// ("/actions/2/action"), so callers can point at a line.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

struct Finding {
  std::string rule;        // stable id: "blameless-language", "vague-action", ...
  std::string path;        // the field: "/what_happened", "/actions/2/action", "" for the whole
  std::size_t offset = 0;  // byte offset of the finding inside that field's text
  std::string message;     // what is wrong, in one sentence
  std::string suggestion;  // what to write or do instead; may be empty
  friend bool operator==(const Finding&, const Finding&) = default;
};

// The rules, by stable id.
inline constexpr std::string_view kBlamelessLanguage = "blameless-language";
inline constexpr std::string_view kHumanErrorRootCause = "human-error-root-cause";
inline constexpr std::string_view kSingleRootCause = "single-root-cause";
inline constexpr std::string_view kNoProcessCause = "no-process-cause";
inline constexpr std::string_view kShallowFiveWhys = "shallow-five-whys";
inline constexpr std::string_view kMissingRootCauses = "missing-root-causes";
inline constexpr std::string_view kUncertainWithoutFollowUp = "uncertain-without-follow-up";
inline constexpr std::string_view kVagueAction = "vague-action";  // the wording only
inline constexpr std::string_view kActionNoOwner = "action-no-owner";
inline constexpr std::string_view kActionNoDue = "action-no-due";
// A due date that names no calendar day as YYYY-MM-DD ("next sprint", "Jan 20").
inline constexpr std::string_view kActionRelativeDue = "action-relative-due";
inline constexpr std::string_view kTooManyActions = "too-many-actions";
inline constexpr std::string_view kNoPreventionAction = "no-prevention-action";
inline constexpr std::string_view kLateReview = "late-review";
inline constexpr std::string_view kNothingWentWell = "nothing-went-well";

// Every finding for this post-mortem, in the model's field order (postmortem.hpp): findings on
// the whole document first, then each field's, by offset, then by rule id.
std::vector<Finding> lint(const PostMortem& postmortem);

// What lint() found in each text the last time, for linting the same post-mortem again after an
// edit: the blameless-language rules (most of lint's work) then check only the texts that changed.
// A post-mortem of 10,000 events has 10,000 texts, and an edit changes one.
// Contract: lint(p, memo) == lint(p) whatever the memo saw before, including runs left
// unfinished. It keeps the texts of the latest finished run and those that runs left unfinished
// since then checked: one post-mortem's worth, and the versions of the texts edited meanwhile.
class LintMemo {
 public:
  // Starts a run: what a run left unfinished (never ended) is kept for the next lookups.
  void begin_run();
  // The blameless-language findings of `text`, with an empty path. A run looks up its texts in
  // the same order each time (the field order): the text at the same place in the last run is
  // compared first, so the usual run costs a comparison per text and no hashing.
  const std::vector<Finding>& blameless(std::string_view text);
  // Ends a run: texts not looked up since the previous call are forgotten.
  void end_run();
  // How many texts blameless() has checked itself rather than found: the work it did.
  std::size_t texts_linted() const { return texts_linted_; }

 private:
  struct Entry {
    std::string text;
    std::vector<Finding> findings;
    std::size_t place;  // in the run that made or last took it; kNowhere for a copy
  };
  static constexpr std::size_t kNowhere = ~std::size_t{0};
  Entry* near(std::size_t place, std::string_view text);
  Entry* elsewhere(std::size_t place, std::string_view text);
  void build_index();

  // Looked up by string_view: a run looks up every text, and a key copied for each lookup would
  // copy the whole document.
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };
  // Each run's texts by their place in it; a taken entry of the last run is null. Entries are
  // owned one by one, so a key of `index_` stays valid while an entry moves between runs.
  std::vector<std::unique_ptr<Entry>> previous_, current_;
  // Every text of the last run and the new ones of this run, built only once a run has missed
  // the places it expected several times (rows sorted or moved): most runs never hash a text.
  std::unordered_map<std::string_view, Entry*, TextHash, std::equal_to<>> index_;
  bool indexed_ = false;
  std::ptrdiff_t shift_ = 0;  // rows inserted (-) or deleted (+) before the current place
  std::size_t misses_ = 0;    // lookups this run that found nothing near their place
  std::size_t texts_linted_ = 0;
};

std::vector<Finding> lint(const PostMortem& postmortem, LintMemo& memo);

// lint(postmortem, memo) done a slice at a time, for a UI that must keep drawing frames while a
// long post-mortem is linted: each step() does about `budget` units of work, a unit being about
// a byte of text compared (a text checked for blameless language counts many units per byte).
// Work, not time, so that runs and their tests are deterministic.
// Contract: once step() returns true, take() gives exactly lint(postmortem). The post-mortem and
// the memo must outlive the run, and the post-mortem must not change between construction and
// the last step: a caller whose document changes drops the run and starts another. A dropped run
// leaves the memo valid (only a finished run ends the memo's run), and what it checked is reused.
// A memo serves one run at a time: the newest.
class LintRun {
 public:
  LintRun(const PostMortem& postmortem, LintMemo& memo);
  ~LintRun();
  LintRun(LintRun&&) noexcept;
  LintRun& operator=(LintRun&&) noexcept;

  // Does about `budget` units of work (at least one field or action); true once done.
  bool step(std::size_t budget);
  bool done() const;
  // The findings, in lint()'s order; once, after step() returned true.
  std::vector<Finding> take();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The blameless-language findings for one piece of text, each with `path` as given: what the UI
// checks while someone types, and what lint() runs on every prose, list and text field. The
// hand-written rules' findings, and one for each unit (a sentence; a short one joined to a
// neighbour) they found nothing in that the tone model (lint_blameless_tone.hpp) reads as blame,
// at the unit's first character that is no space; in text order.
std::vector<Finding> lint_blameless_text(std::string_view text, std::string_view path = {});
// The hand-written rules' findings alone.
std::vector<Finding> lint_blameless_rules(std::string_view text, std::string_view path = {});

}  // namespace hindsight::core
