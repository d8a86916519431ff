#include "core/timeline/timeline_metrics.hpp"

#include <algorithm>
#include <array>

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

std::string_view phase_label(IncidentPhase phase) {
  switch (phase) {
    case IncidentPhase::Detection:
      return "Detection Phase";
    case IncidentPhase::Investigation:
      return "Investigation Phase";
    case IncidentPhase::Resolution:
      return "Resolution Phase";
    case IncidentPhase::Recovery:
      return "Recovery Phase";
  }
  return {};
}

namespace {

using Timeline = std::vector<TimelineEvent>;

std::optional<UtcSeconds> earliest_time(const Timeline& timeline) {
  std::optional<UtcSeconds> earliest;
  for (const TimelineEvent& event : timeline)
    if (event.at && (!earliest || *event.at < *earliest)) earliest = event.at;
  return earliest;
}

std::optional<UtcSeconds> latest_time(const Timeline& timeline) {
  std::optional<UtcSeconds> latest;
  for (const TimelineEvent& event : timeline)
    if (event.at && (!latest || *event.at > *latest)) latest = event.at;
  return latest;
}

std::optional<std::chrono::seconds> between(std::optional<UtcSeconds> from,
                                            std::optional<UtcSeconds> to) {
  if (!from || !to || *to < *from) return std::nullopt;
  return *to - *from;
}

std::optional<std::chrono::seconds> from_detected(const Timeline& timeline, EventKind kind) {
  return between(milestone_time(timeline, EventKind::Detected), milestone_time(timeline, kind));
}

// Where each phase starts; Investigation and Resolution start only when their milestone exists.
struct PhaseStarts {
  UtcSeconds detection;
  std::optional<UtcSeconds> investigation;
  std::optional<UtcSeconds> resolution;
  UtcSeconds resolved;  // Recovery holds the events after this
};

PhaseStarts phase_starts(const Timeline& timeline, UtcSeconds start, UtcSeconds resolved) {
  auto investigation = milestone_time(timeline, EventKind::InvestigationStarted);
  if (auto acknowledged = milestone_time(timeline, EventKind::Acknowledged))
    investigation = investigation ? std::min(*investigation, *acknowledged) : *acknowledged;
  return {start, investigation, milestone_time(timeline, EventKind::RootCauseIdentified), resolved};
}

IncidentPhase phase_at(UtcSeconds t, const PhaseStarts& starts) {
  if (t > starts.resolved) return IncidentPhase::Recovery;
  if (starts.resolution && t >= *starts.resolution) return IncidentPhase::Resolution;
  if (starts.investigation && t >= *starts.investigation) return IncidentPhase::Investigation;
  return IncidentPhase::Detection;
}

UtcSeconds start_of(IncidentPhase phase, const PhaseStarts& starts) {
  switch (phase) {
    case IncidentPhase::Detection:
      return starts.detection;
    case IncidentPhase::Investigation:
      return *starts.investigation;
    case IncidentPhase::Resolution:
      return *starts.resolution;
    case IncidentPhase::Recovery:
      return starts.resolved;
  }
  return starts.detection;
}

std::vector<PhaseSpan> split_into_phases(const Timeline& timeline, const PhaseStarts& starts,
                                         UtcSeconds last) {
  std::array<PhaseSpan, 4> all;
  for (std::size_t i = 0; i < timeline.size(); ++i)
    if (timeline[i].at)
      all[static_cast<std::size_t>(phase_at(*timeline[i].at, starts))].events.push_back(i);
  std::vector<PhaseSpan> listed;
  for (std::size_t p = 0; p < all.size(); ++p) {
    if (all[p].events.empty()) continue;
    all[p].phase = static_cast<IncidentPhase>(p);
    all[p].start = start_of(all[p].phase, starts);
    if (!listed.empty()) listed.back().end = all[p].start;
    listed.push_back(std::move(all[p]));
  }
  if (!listed.empty()) listed.back().end = last;
  return listed;
}

}  // namespace

TimelineMetrics compute_timeline_metrics(const std::vector<TimelineEvent>& timeline) {
  TimelineMetrics m;
  m.start = earliest_time(timeline);
  m.duration = incident_duration(timeline);
  m.to_detect = between(m.start, milestone_time(timeline, EventKind::Detected));
  m.to_acknowledge = from_detected(timeline, EventKind::Acknowledged);
  m.to_root_cause = from_detected(timeline, EventKind::RootCauseIdentified);
  m.to_mitigate = from_detected(timeline, EventKind::Mitigated);
  m.to_resolve = from_detected(timeline, EventKind::Resolved);
  if (m.duration && *m.duration > kLongIncident) {
    const auto starts =
        phase_starts(timeline, *m.start, *milestone_time(timeline, EventKind::Resolved));
    m.phases = split_into_phases(timeline, starts, *latest_time(timeline));
  }
  m.warnings = timeline_warnings(timeline);
  return m;
}

TimelineMetricsKey::TimelineMetricsKey(const std::vector<TimelineEvent>& timeline) {
  events_.reserve(timeline.size());
  for (const TimelineEvent& event : timeline) events_.emplace_back(event.at, event.kind);
}

bool TimelineMetricsKey::matches(const std::vector<TimelineEvent>& timeline) const {
  if (timeline.size() != events_.size()) return false;
  for (std::size_t i = 0; i < timeline.size(); ++i)
    if (timeline[i].at != events_[i].first || timeline[i].kind != events_[i].second) return false;
  return true;
}

}  // namespace hindsight::core
