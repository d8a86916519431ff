#include "core/timeline/phase_questions.hpp"

#include <algorithm>
#include <string>

#include "core/model/commands.hpp"

namespace hindsight::core {
namespace {

bool asked(const PostMortem& pm, IncidentPhase phase) {
  const std::string_view topic = phase_label(phase);
  return std::any_of(pm.meeting.key_questions.begin(), pm.meeting.key_questions.end(),
                     [&](const KeyQuestion& q) { return q.topic == topic; });
}

}  // namespace

const std::array<PhaseQuestion, 4>& phase_questions() {
  static constexpr std::array<PhaseQuestion, 4> questions{{
      {IncidentPhase::Detection, "How did we find out, and how did the initial triage go?"},
      {IncidentPhase::Investigation,
       "Which hypotheses did we explore, which dead ends did we meet, and what was the aha "
       "moment?"},
      {IncidentPhase::Resolution,
       "Which fixes and rollbacks did we try, and what was the final solution?"},
      {IncidentPhase::Recovery, "How did we restore and verify the system, and who did we tell?"},
  }};
  return questions;
}

std::optional<IncidentPhase> phase_of_event(const TimelineMetrics& metrics, std::size_t index) {
  for (const PhaseSpan& span : metrics.phases)
    if (std::find(span.events.begin(), span.events.end(), index) != span.events.end())
      return span.phase;
  return std::nullopt;
}

bool phase_questions_asked(const PostMortem& pm) {
  return std::all_of(phase_questions().begin(), phase_questions().end(),
                     [&](const PhaseQuestion& q) { return asked(pm, q.phase); });
}

std::size_t add_phase_questions(PostMortem& pm) {
  std::size_t added = 0;
  for (const PhaseQuestion& q : phase_questions()) {
    if (asked(pm, q.phase)) continue;
    KeyQuestion question;
    question.topic = std::string(phase_label(q.phase));
    question.question = std::string(q.question);
    add_key_question(pm, std::move(question));
    ++added;
  }
  return added;
}

}  // namespace hindsight::core
