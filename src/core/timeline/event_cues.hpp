// The kind of a timeline event guessed from its words: "alert fired" is a detection, "rolled
// back" a mitigation, "all clear" a resolution. Owns the cue words and how they match. Never
// reads more than whole words ("default" does not contain the cue "fault"; "alerting" is a form
// of "alert"), and never weighs negation: it proposes, the facilitator decides.
#pragma once

#include <string_view>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

// EventKind::Note when no cue matches. When cues of several kinds match, the one later in an
// incident's course wins ("alert resolved" is Resolved), and Communication wins over all
// ("status page: resolved" is an announcement).
EventKind guess_event_kind(std::string_view text);

}  // namespace hindsight::core
