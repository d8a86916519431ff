// Warnings about a timeline: milestones that are missing, repeated or out of order, and events a
// reader cannot place in time. They explain why a duration or phase is absent or surprising.
// Contract: a pure function of the timeline; it never changes or reorders events.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

// In the order warnings about the same event are listed.
enum class TimelineIssue {
  MissingDetected,           // no timed Detected event
  MissingResolved,           // no timed Resolved event
  NoTime,                    // the event has no time
  OutOfOrder,                // the event is earlier than one listed before it
  RepeatedMilestone,         // a milestone kind seen before; the first timed one counts
  BeforeDetected,            // a milestone earlier than Detected
  ResolvedBeforeMitigated,   // the counted Resolved is earlier than the counted Mitigated
  ResolvedBeforeFixApplied,  // the counted Resolved is earlier than the counted Fix Applied
};

struct TimelineWarning {
  TimelineIssue issue = TimelineIssue::NoTime;
  std::optional<std::size_t> event;  // index into the timeline; none for the whole timeline
  std::string message;               // one sentence for people
  friend bool operator==(const TimelineWarning&, const TimelineWarning&) = default;
};

// Whole-timeline warnings first, then warnings by event index, each index in TimelineIssue order.
std::vector<TimelineWarning> timeline_warnings(const std::vector<TimelineEvent>& timeline);

// The milestones that mark the incident's progress: Detected .. Resolved, not Communication or
// Note.
bool is_milestone(EventKind kind);

}  // namespace hindsight::core
