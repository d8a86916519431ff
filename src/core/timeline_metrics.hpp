// What the timeline says about the incident: when each milestone happened, the durations teams
// report (time to detect, acknowledge, identify the root cause, mitigate, resolve), the phases
// of a long incident, and warnings where milestones are missing or out of order.
// Contract: pure functions of the timeline; events without a time are ignored for durations.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/postmortem.hpp"

namespace hindsight::core {

// The time of the first event of this kind, if any has a time.
std::optional<UtcSeconds> milestone_time(const std::vector<TimelineEvent>& timeline,
                                         EventKind kind);

// The incident's duration: first Detected to first Resolved (both needed).
std::optional<std::chrono::seconds> incident_duration(const std::vector<TimelineEvent>& timeline);

// "52 minutes", "1 hour 5 minutes", "2 days 3 hours", "45 seconds": how people say it.
std::string format_duration(std::chrono::seconds duration);

}  // namespace hindsight::core
