#include "core/model/seed_templates.hpp"

namespace hindsight::core {

std::vector<SeverityLevel> default_severity_scale() {
  return {{"SEV-1", "Critical Outage"},
          {"SEV-2", "Service Degradation"},
          {"SEV-3", "Minor Impact"},
          {"SEV-4", "No User Impact"}};
}

// The seed's meeting is 60-90 minutes; its phases 2-4 split 85 of them, leaving room to overrun.
std::vector<AgendaItem> default_agenda() {
  const auto item = [](const char* phase, int minutes) {
    AgendaItem agenda_item;
    agenda_item.phase = phase;
    agenda_item.minutes = minutes;
    return agenda_item;
  };
  return {item("Set the tone", 5),   item("Review the timeline", 20),
          item("Key questions", 15), item("Root cause analysis (5 Whys)", 20),
          item("Action items", 20),  item("Wrap-up", 5)};
}

std::vector<KeyQuestion> default_key_questions() {
  return {{"Detection", "How did we discover the issue?", ""},
          {"Communication", "How did information flow during the incident?", ""},
          {"Response", "What actions did we take and why?", ""},
          {"Contributing Factors", "What circumstances made this possible?", ""},
          {"Resilience", "What prevented this from being worse?", ""}};
}

const std::string_view kOpeningStatement =
    "Thank you all for joining. This post-mortem is focused on learning and improving our "
    "systems - not on blame. We're here to understand what happened, why it happened, and how "
    "we can prevent it in the future.\n\n"
    "Everyone's perspective is valuable, especially if you were uncomfortable speaking up during "
    "the incident. Please share openly.";

const std::string_view kGroundRules =
    "I want to pause and remind everyone - this is a blameless post-mortem. We're here to improve "
    "systems, not judge people. Every system we build has failure modes, and it's our job to find "
    "and fix them.\n\n"
    "Everyone here did their best with the information they had. Let's focus on what we can learn "
    "together.";

PostMortem new_postmortem(std::string id, std::string title, UtcSeconds now) {
  PostMortem p;
  p.id = std::move(id);
  p.created_at = now;
  p.incident.title = std::move(title);
  p.severity_scale = default_severity_scale();
  p.meeting.agenda = default_agenda();
  p.meeting.opening_statement = std::string(kOpeningStatement);
  p.meeting.key_questions = default_key_questions();
  return p;
}

}  // namespace hindsight::core
