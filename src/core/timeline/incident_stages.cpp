#include "core/timeline/incident_stages.hpp"

#include <algorithm>

namespace hindsight::core {
namespace {

// The stage an event of this kind opens; Detection for kinds that open none (notes,
// communication), which therefore stay in the stage they fall in.
IncidentStage opened_by(EventKind kind) {
  switch (kind) {
    case EventKind::Acknowledged:
    case EventKind::InvestigationStarted:
    case EventKind::RootCauseIdentified:
      return IncidentStage::Investigation;
    case EventKind::Mitigated:
    case EventKind::FixApplied:
      return IncidentStage::Mitigation;
    case EventKind::Resolved:
      return IncidentStage::Recovery;
    case EventKind::Detected:
    case EventKind::Communication:
    case EventKind::Note:
      break;
  }
  return IncidentStage::Detection;
}

}  // namespace

std::vector<IncidentStage> incident_stages(const std::vector<TimelineEvent>& timeline) {
  std::vector<IncidentStage> stages;
  stages.reserve(timeline.size());
  IncidentStage stage = IncidentStage::Detection;
  // Stages only move forward: a late "acknowledged" note does not take recovery back.
  for (const TimelineEvent& event : timeline) {
    stage = std::max(stage, opened_by(event.kind));
    stages.push_back(stage);
  }
  return stages;
}

std::string_view stage_name(IncidentStage stage) {
  switch (stage) {
    case IncidentStage::Detection:
      return "Detection";
    case IncidentStage::Investigation:
      return "Investigation";
    case IncidentStage::Mitigation:
      return "Mitigation";
    case IncidentStage::Recovery:
      return "Recovery";
  }
  return "Detection";
}

const std::array<StageQuestion, 4>& stage_questions() {
  static constexpr std::array<StageQuestion, 4> questions{{
      {"Detection phase", "How did we find out, and how did the initial triage go?"},
      {"Investigation phase",
       "Which hypotheses did we explore, which dead ends did we meet, and what was the aha "
       "moment?"},
      {"Mitigation phase", "Which fixes and rollbacks did we try, and what was the final solution?"},
      {"Recovery phase", "How did we restore and verify the system, and who did we tell?"},
  }};
  return questions;
}

}  // namespace hindsight::core
