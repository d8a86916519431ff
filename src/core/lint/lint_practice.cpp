// Best practices (docs/postmortem-workflow.md, "DO"): conduct the review within 24-48 hours of
// resolution, while memories are fresh, and document what went well.
// Contract: the review's lateness is measured from the first Resolved event with a time to
// meeting.held_at; "what went well" is expected once there is an incident to review (a timeline
// or a held meeting).
#include <algorithm>
#include <chrono>

#include "core/lint/lint_checks.hpp"
#include "core/timeline/timeline_metrics.hpp"

namespace hindsight::core {
namespace {

constexpr std::chrono::hours kReviewWindow{48};

void check_review_delay(const PostMortem& postmortem, std::vector<Finding>& findings) {
  const auto resolved = milestone_time(postmortem.timeline, EventKind::Resolved);
  const auto held = postmortem.meeting.held_at;
  if (!resolved || !held || *held - *resolved <= kReviewWindow) return;
  findings.push_back({std::string(kLateReview), "/meeting/held_at", 0,
                      "The review was held " + format_duration(*held - *resolved) +
                          " after resolution; memories are freshest within 24-48 hours.",
                      "Schedule the review within 48 hours of resolution, and gather the "
                      "timeline, logs and chat records first."});
}

void check_went_well(const PostMortem& postmortem, std::vector<Finding>& findings) {
  const Meeting& meeting = postmortem.meeting;
  const bool reviewable = !postmortem.timeline.empty() || meeting.held_at.has_value();
  const bool recorded = std::any_of(
      meeting.went_well.begin(), meeting.went_well.end(),
      [](const std::string& entry) { return entry.find_first_not_of(" \t\n") != entry.npos; });
  if (!reviewable || recorded) return;
  findings.push_back({std::string(kNothingWentWell), field_path(FieldId::WentWell), 0,
                      "Nothing is recorded under what went well.",
                      "Document what went well to celebrate good responses, e.g. \"Fast "
                      "detection (< 2 minutes)\", \"Clear communication in incident channel\"."});
}

}  // namespace

void lint_practice(const PostMortem& postmortem, std::vector<Finding>& findings) {
  check_review_delay(postmortem, findings);
  check_went_well(postmortem, findings);
}

}  // namespace hindsight::core
