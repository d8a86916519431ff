#include "ui/panels/meeting_topic.hpp"

#include <string>

#include "core/model/text.hpp"

namespace hindsight::ui {

MeetingTopic meeting_topic(std::string_view agenda_phase) {
  const std::string name = core::lowercase_ascii(agenda_phase);
  const auto has = [&](std::string_view word) { return name.find(word) != std::string::npos; };
  // The order matters: "Review the timeline questions" is about the timeline.
  if (has("timeline")) return MeetingTopic::Timeline;
  if (has("question")) return MeetingTopic::KeyQuestions;
  if (has("tone") || has("opening") || has("welcome")) return MeetingTopic::Opening;
  if (has("wrap") || has("parking") || has("close")) return MeetingTopic::WrapUp;
  return MeetingTopic::Other;
}

}  // namespace hindsight::ui
