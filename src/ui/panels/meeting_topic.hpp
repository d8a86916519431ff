// What the meeting is talking about during an agenda item, read from the item's name, so that the
// meeting panel opens the matching tool and the presenter view shows the matching prompt: the
// timeline's current event while "Review the timeline" runs, the current question during "Key
// questions". Items a team renames or adds match by their words; anything else is Other.
// Contract: a pure function of the agenda item's name; never reads the clock or the model beyond
// it.
#pragma once

#include <string_view>

namespace hindsight::ui {

enum class MeetingTopic { Opening, Timeline, KeyQuestions, WrapUp, Other };

MeetingTopic meeting_topic(std::string_view agenda_phase);

}  // namespace hindsight::ui
