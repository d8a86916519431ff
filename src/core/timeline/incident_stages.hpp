// The extended structure for long incidents (docs/postmortem-workflow.md, "Long-Running Incident
// Pattern"): past four hours, the timeline reads better in four stages, each with its own
// questions for the meeting.
// Contract: a stage is read from the event kinds the team recorded, not from clock offsets, so a
// slow detection is still the detection stage: events up to the first acknowledgement or start of
// investigation are Detection; then Investigation until the first mitigation or fix; then
// Mitigation until the incident is resolved; Recovery after. Pure functions of the timeline.
#pragma once

#include <array>
#include <chrono>
#include <string_view>
#include <vector>

#include "core/model/postmortem.hpp"
#include "core/timeline/timeline_metrics.hpp"  // kLongIncident: when an incident is long

namespace hindsight::core {

enum class IncidentStage { Detection, Investigation, Mitigation, Recovery };

// The stage of each event, index for index.
std::vector<IncidentStage> incident_stages(const std::vector<TimelineEvent>& timeline);

// "Detection", "Investigation", "Mitigation", "Recovery".
std::string_view stage_name(IncidentStage stage);

// The seed's prompts for one stage ("How we found out", "Initial triage"), as questions to ask.
struct StageQuestion {
  std::string_view topic;     // "Detection phase"
  std::string_view question;  // "How did we find out, and how did the first triage go?"
};
const std::array<StageQuestion, 4>& stage_questions();

}  // namespace hindsight::core
