// The meeting's questions for a long incident (docs/postmortem-workflow.md, "Long-Running Incident
// Pattern"): past kLongIncident the timeline splits into four phases (timeline_metrics.hpp), and
// the meeting asks about each: how we found out, the hypotheses and dead ends, the fix attempts,
// the restoration.
// Contract: the phases themselves are timeline_metrics' (TimelineMetrics::phases); this module only
// names the event's phase and adds the questions. A question is "asked" when a key question has
// its topic, the phase's label ("Detection Phase"), so adding twice adds nothing.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "core/model/postmortem.hpp"
#include "core/timeline/timeline_metrics.hpp"

namespace hindsight::core {

struct PhaseQuestion {
  IncidentPhase phase;
  std::string_view question;  // "How did we find out, and how did the initial triage go?"
};
const std::array<PhaseQuestion, 4>& phase_questions();

// The phase of the event at `index`: nothing for a short incident or an event with no time.
std::optional<IncidentPhase> phase_of_event(const TimelineMetrics& metrics, std::size_t index);

// Whether every phase question is among the key questions.
bool phase_questions_asked(const PostMortem& pm);
// Adds each phase question not asked yet to the key questions; returns how many were added.
std::size_t add_phase_questions(PostMortem& pm);

}  // namespace hindsight::core
