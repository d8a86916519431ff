#include "core/timeline_metrics.hpp"

namespace hindsight::core {

std::optional<UtcSeconds> milestone_time(const std::vector<TimelineEvent>& timeline,
                                         EventKind kind) {
  for (const TimelineEvent& event : timeline)
    if (event.kind == kind && event.at) return event.at;
  return std::nullopt;
}

std::optional<std::chrono::seconds> incident_duration(const std::vector<TimelineEvent>& timeline) {
  auto detected = milestone_time(timeline, EventKind::Detected);
  auto resolved = milestone_time(timeline, EventKind::Resolved);
  if (!detected || !resolved || *resolved < *detected) return std::nullopt;
  return *resolved - *detected;
}

std::string format_duration(std::chrono::seconds duration) {
  long long total = duration.count();
  if (total < 60) return std::to_string(total) + (total == 1 ? " second" : " seconds");
  const long long days = total / 86400, hours = total % 86400 / 3600, minutes = total % 3600 / 60;
  auto part = [](long long n, const char* unit) {
    return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
  };
  std::string text;
  auto add = [&](long long n, const char* unit) {
    if (n == 0) return;
    if (!text.empty()) text += ' ';
    text += part(n, unit);
  };
  if (days > 0) {
    add(days, "day");
    add(hours, "hour");
  } else {
    add(hours, "hour");
    add(minutes, "minute");
  }
  return text;
}

}  // namespace hindsight::core
