#include "core/timeline/timeline_warnings.hpp"

#include <algorithm>
#include <tuple>

#include "core/model/enum_names.hpp"
#include "core/model/time_format.hpp"

namespace hindsight::core {

bool is_milestone(EventKind kind) {
  return kind != EventKind::Communication && kind != EventKind::Note;
}

namespace {

using Warnings = std::vector<TimelineWarning>;

std::string named(EventKind kind, UtcSeconds at) {
  return std::string(label_of(kind)) + " (" + format_display_time(at) + ")";
}

// The index of the event that counts for this milestone: the first of its kind with a time.
std::optional<std::size_t> counted_index(const std::vector<TimelineEvent>& timeline,
                                         EventKind kind) {
  for (std::size_t i = 0; i < timeline.size(); ++i)
    if (timeline[i].kind == kind && timeline[i].at) return i;
  return std::nullopt;
}

void check_missing(const std::vector<TimelineEvent>& timeline, Warnings& out) {
  if (!counted_index(timeline, EventKind::Detected))
    out.push_back({TimelineIssue::MissingDetected, std::nullopt,
                   "The timeline has no timed Detected event, so the incident's duration and the "
                   "times from detection are unknown."});
  if (!counted_index(timeline, EventKind::Resolved))
    out.push_back({TimelineIssue::MissingResolved, std::nullopt,
                   "The timeline has no timed Resolved event, so the incident's duration and time "
                   "to resolve are unknown."});
}

void check_times_and_order(const std::vector<TimelineEvent>& timeline, Warnings& out) {
  std::optional<UtcSeconds> latest;
  for (std::size_t i = 0; i < timeline.size(); ++i) {
    const TimelineEvent& event = timeline[i];
    if (!event.at) {
      out.push_back({TimelineIssue::NoTime, i,
                     "This " + std::string(label_of(event.kind)) +
                         " event has no time, so durations and phases leave it out."});
      continue;
    }
    if (latest && *event.at < *latest)
      out.push_back({TimelineIssue::OutOfOrder, i,
                     named(event.kind, *event.at) + " is listed after an event at " +
                         format_display_time(*latest) + "; sort the timeline by time."});
    if (!latest || *event.at > *latest) latest = event.at;
  }
}

void check_repeats(const std::vector<TimelineEvent>& timeline, Warnings& out) {
  for (std::size_t i = 0; i < timeline.size(); ++i) {
    const TimelineEvent& event = timeline[i];
    if (!event.at || !is_milestone(event.kind)) continue;
    const std::size_t first = *counted_index(timeline, event.kind);
    if (first == i) continue;
    out.push_back({TimelineIssue::RepeatedMilestone, i,
                   std::string(label_of(event.kind)) + " appears more than once; the first one, " +
                       format_display_time(*timeline[first].at) + ", counts."});
  }
}

void check_before_detected(const std::vector<TimelineEvent>& timeline, Warnings& out) {
  const auto detected = counted_index(timeline, EventKind::Detected);
  if (!detected) return;
  const UtcSeconds detected_at = *timeline[*detected].at;
  for (std::size_t i = 0; i < timeline.size(); ++i) {
    const TimelineEvent& event = timeline[i];
    if (!event.at || !is_milestone(event.kind) || event.kind == EventKind::Detected) continue;
    if (*event.at < detected_at)
      out.push_back({TimelineIssue::BeforeDetected, i,
                     named(event.kind, *event.at) + " is earlier than " +
                         named(EventKind::Detected, detected_at) + "."});
  }
}

void check_resolved_before(const std::vector<TimelineEvent>& timeline, EventKind kind,
                           TimelineIssue issue, Warnings& out) {
  const auto resolved = counted_index(timeline, EventKind::Resolved);
  const auto other = counted_index(timeline, kind);
  if (!resolved || !other) return;
  const UtcSeconds resolved_at = *timeline[*resolved].at, other_at = *timeline[*other].at;
  if (resolved_at < other_at)
    out.push_back({issue, resolved,
                   named(EventKind::Resolved, resolved_at) + " is earlier than " +
                       named(kind, other_at) + "."});
}

}  // namespace

std::vector<TimelineWarning> timeline_warnings(const std::vector<TimelineEvent>& timeline) {
  Warnings out;
  check_missing(timeline, out);
  check_times_and_order(timeline, out);
  check_repeats(timeline, out);
  check_before_detected(timeline, out);
  check_resolved_before(timeline, EventKind::Mitigated, TimelineIssue::ResolvedBeforeMitigated,
                        out);
  check_resolved_before(timeline, EventKind::FixApplied, TimelineIssue::ResolvedBeforeFixApplied,
                        out);
  std::stable_sort(out.begin(), out.end(), [](const TimelineWarning& a, const TimelineWarning& b) {
    return std::tuple(a.event.has_value(), a.event.value_or(0), a.issue) <
           std::tuple(b.event.has_value(), b.event.value_or(0), b.issue);
  });
  return out;
}

}  // namespace hindsight::core
