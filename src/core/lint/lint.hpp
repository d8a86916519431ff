// Lints: the workflow's advice turned into checks a team can run on a post-mortem, in the app and
// from the command line (`hindsight lint`).
// Contract: pure functions of the model; findings name the field by the same paths as
// ImportResult::source_lines ("/actions/2/action"), so callers can point at a line.
#pragma once

#include <cstddef>
#include <functional>
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
// Contract: lint(p, memo) == lint(p) whatever the memo saw before; it keeps the texts of the
// latest run only, so it never holds more than one post-mortem's worth.
class LintMemo {
 public:
  // The blameless-language findings of `text`, with an empty path.
  const std::vector<Finding>& blameless(std::string_view text);
  // Ends a run: texts not looked up since the previous call are forgotten.
  void end_run();

 private:
  // Looked up by string_view: a run looks up every text, and a key copied for each lookup would
  // copy the whole document.
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };
  using Texts = std::unordered_map<std::string, std::vector<Finding>, TextHash, std::equal_to<>>;
  Texts previous_, current_;
};

std::vector<Finding> lint(const PostMortem& postmortem, LintMemo& memo);

// The blameless-language findings for one piece of text, each with `path` as given: what the UI
// checks while someone types, and what lint() runs on every prose, list and text field.
std::vector<Finding> lint_blameless_text(std::string_view text, std::string_view path = {});

}  // namespace hindsight::core
