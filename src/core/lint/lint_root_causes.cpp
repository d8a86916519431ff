// Root cause analysis (docs/postmortem-workflow.md, Phase 3 "Avoid" and "No Clear Root Cause
// Found"): the analysis must not stop at human error, name a single cause, leave out process
// causes, stop the 5 Whys at the first answer, or be missing once there is a timeline.
// Uncertainty is fine when it is documented and followed up.
#include <algorithm>

#include "core/lint/lint_checks.hpp"
#include "core/lint/lint_words.hpp"
#include "core/model/enum_names.hpp"

namespace hindsight::core {
namespace {

constexpr std::size_t kMinimumWhys = 3;

void check_human_error(std::string_view text, std::string path, std::vector<Finding>& findings) {
  const auto offset = find_human_error(text);
  if (!offset) return;
  add(findings, kHumanErrorRootCause, std::move(path), *offset,
      "The analysis stops at human error; there is more to find beneath it.",
      "Ask \"Why?\" again: what made the error possible or easy, and what would have caught it "
      "(a guardrail, an automated check, a clearer runbook)?");
}

void check_chains(const RootCauseAnalysis& analysis, std::vector<Finding>& findings) {
  for (std::size_t i = 0; i < analysis.five_whys.size(); ++i) {
    const FiveWhys& chain = analysis.five_whys[i];
    const std::string path = field_path("/analysis/five_whys", i);
    auto answered = [](const std::string& why) { return !is_blank(why); };
    const auto last = std::find_if(chain.whys.rbegin(), chain.whys.rend(), answered);
    if (last != chain.whys.rend()) {
      const auto index = static_cast<std::size_t>(std::distance(last, chain.whys.rend())) - 1;
      check_human_error(*last, field_path(field_path(path, "whys"), index), findings);
    }
    const auto count =
        static_cast<std::size_t>(std::count_if(chain.whys.begin(), chain.whys.end(), answered));
    check_human_error(chain.conclusion, path + "/conclusion", findings);
    if (count < kMinimumWhys)
      add(findings, kShallowFiveWhys, path + "/whys", 0,
          "This 5 Whys chain stops after " + std::to_string(count) +
              (count == 1 ? " answer" : " answers") + "; the first answers are rarely the cause.",
          "Keep asking \"Why?\" until you reach something a process or system change can fix, "
          "usually four or five levels down.");
  }
}

void check_causes(const PostMortem& postmortem, std::vector<Finding>& findings) {
  const std::vector<RootCause>& causes = postmortem.analysis.root_causes;
  for (std::size_t i = 0; i < causes.size(); ++i)
    check_human_error(causes[i].text, field_path("/analysis/root_causes", i, "text"), findings);
  if (causes.empty() && !postmortem.timeline.empty())
    add(findings, kMissingRootCauses, "/analysis/root_causes", 0,
        "The incident has a timeline but no root causes.",
        "Run the 5 Whys from the first symptom and list every contributing factor you reach.");
  if (causes.size() == 1)
    add(findings, kSingleRootCause, "/analysis/root_causes", 0,
        "Only one root cause is listed; there are usually multiple contributing factors.",
        "Look for what else made the incident possible or worse: detection, review, testing, "
        "communication.");
}

void check_process_cause(const std::vector<RootCause>& causes, std::vector<Finding>& findings) {
  auto has = [&](CauseCategory category) {
    return std::any_of(causes.begin(), causes.end(),
                       [&](const RootCause& cause) { return cause.category == category; });
  };
  if (!has(CauseCategory::Technical) || has(CauseCategory::Process) ||
      has(CauseCategory::Communication))
    return;
  add(findings, kNoProcessCause, "/analysis/root_causes", 0,
      "Every root cause is technical or external; purely technical causes leave out the process "
      "that let them through.",
      "Add the process causes, e.g. \"Code review checklist doesn't include query performance\".");
}

void check_uncertainty(const RootCauseAnalysis& analysis, std::vector<Finding>& findings) {
  if (!analysis.follow_up_investigations.empty()) return;
  const auto& causes = analysis.root_causes;
  const auto uncertain = std::find_if(causes.begin(), causes.end(), [](const RootCause& cause) {
    return cause.confidence != Confidence::Confirmed;
  });
  if (uncertain == causes.end()) return;
  const auto index = static_cast<std::size_t>(uncertain - causes.begin());
  add(findings, kUncertainWithoutFollowUp, field_path(FieldId::FollowUpInvestigations), 0,
      "Root cause " + std::to_string(index + 1) + " is \"" +
          std::string(label_of(uncertain->confidence)) +
          "\" but no follow-up investigation is planned.",
      "Keep the uncertainty documented and add a follow-up, e.g. \"Conduct deeper technical "
      "investigation into X (Owner: Mike, Due: next week)\".");
}

}  // namespace

std::optional<std::size_t> find_human_error(std::string_view text) {
  const std::vector<Word> words = split_words(text);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i].lower;
    const bool person = is_one_of(w, {"human", "operator", "user", "pilot"});
    const bool error = i + 1 < words.size() &&
                       is_one_of(words[i + 1].lower, {"error", "errors", "mistake", "mistakes"});
    if ((person && error) || is_one_of(w, {"mistake", "mistakes"})) return words[i].offset;
  }
  return std::nullopt;
}

void lint_root_causes(const PostMortem& postmortem, std::vector<Finding>& findings) {
  check_chains(postmortem.analysis, findings);
  check_causes(postmortem, findings);
  check_process_cause(postmortem.analysis.root_causes, findings);
  check_uncertainty(postmortem.analysis, findings);
}

}  // namespace hindsight::core
