// The workflow's own templates (docs/postmortem-workflow.md), as a new post-mortem starts with
// them: the severity scale, the meeting agenda with its time boxes, the opening statement, the
// five key questions, and the ground rules to restate when people get defensive.
#pragma once

#include <string_view>
#include <vector>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

std::vector<SeverityLevel> default_severity_scale();  // SEV-1 .. SEV-4
std::vector<AgendaItem> default_agenda();             // Phase 2-4 of the workflow, 165 minutes
std::vector<KeyQuestion> default_key_questions();     // Detection .. Resilience, no notes yet

extern const std::string_view kOpeningStatement;
extern const std::string_view kGroundRules;

// A post-mortem as a team starts one: the templates above in place, everything else empty.
PostMortem new_postmortem(std::string id, std::string title, UtcSeconds now);

}  // namespace hindsight::core
