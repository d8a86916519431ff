// What the timeline says about the incident: when each milestone happened, the durations teams
// report (time to detect, acknowledge, identify the root cause, mitigate, resolve), the phases
// of a long incident, and warnings where milestones are missing or out of order.
// Contract: pure functions of the timeline; events without a time are ignored for durations.
// A milestone happens at the first event of its kind that has a time, in list order.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/postmortem.hpp"
#include "core/timeline/timeline_warnings.hpp"

namespace hindsight::core {

// The time of the first event of this kind, if any has a time.
std::optional<UtcSeconds> milestone_time(const std::vector<TimelineEvent>& timeline,
                                         EventKind kind);

// The incident's duration: first Detected to first Resolved (both needed).
std::optional<std::chrono::seconds> incident_duration(const std::vector<TimelineEvent>& timeline);

// "52 minutes", "1 hour 5 minutes", "2 days 3 hours", "45 seconds": how people say it.
std::string format_duration(std::chrono::seconds duration);

// Incidents that last longer than this are broken into phases (the Long-Running Incident
// Pattern of docs/postmortem-workflow.md).
inline constexpr std::chrono::seconds kLongIncident = std::chrono::hours(4);

enum class IncidentPhase { Detection, Investigation, Resolution, Recovery };

std::string_view phase_label(IncidentPhase phase);  // "Detection Phase"

// One phase of a long incident. Phases follow each other without gaps: each ends where the next
// one starts, and the last one ends at the latest event.
struct PhaseSpan {
  IncidentPhase phase = IncidentPhase::Detection;
  UtcSeconds start{};
  UtcSeconds end{};
  std::vector<std::size_t> events;  // indices into the timeline, in list order
  friend bool operator==(const PhaseSpan&, const PhaseSpan&) = default;
};

struct TimelineMetrics {
  std::optional<UtcSeconds> start;                // the earliest timed event of any kind
  std::optional<std::chrono::seconds> duration;   // Detected -> Resolved
  std::optional<std::chrono::seconds> to_detect;  // start -> Detected
  // From Detected to each milestone; absent when either end is missing or the milestone is
  // earlier than Detected.
  std::optional<std::chrono::seconds> to_acknowledge;
  std::optional<std::chrono::seconds> to_root_cause;
  std::optional<std::chrono::seconds> to_mitigate;
  std::optional<std::chrono::seconds> to_resolve;
  std::vector<PhaseSpan> phases;  // only for incidents lasting longer than kLongIncident
  std::vector<TimelineWarning> warnings;
};

// Phases, when there are any, hold every timed event. An event's phase is the latest one it has
// reached: Recovery after Resolved; Resolution from Root Cause Identified up to and including
// Resolved; Investigation from the first Investigation Started or Acknowledged; Detection before
// that. Only phases that hold an event are listed.
TimelineMetrics compute_timeline_metrics(const std::vector<TimelineEvent>& timeline);

// What compute_timeline_metrics reads of a timeline: each event's time and kind, in order. A
// timeline the key matches has the metrics of the one it was taken from, whatever its texts say,
// so a view can keep its metrics while someone types in an event without comparing every text.
class TimelineMetricsKey {
 public:
  explicit TimelineMetricsKey(const std::vector<TimelineEvent>& timeline);
  bool matches(const std::vector<TimelineEvent>& timeline) const;

 private:
  std::vector<std::pair<std::optional<UtcSeconds>, EventKind>> events_;
};

}  // namespace hindsight::core
