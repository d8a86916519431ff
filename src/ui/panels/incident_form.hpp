// Prepare, part 1: the incident's metadata. Title, date, severity from the post-mortem's own
// scale (each level's description shown), status, impact, users affected, author, facilitator,
// and the reviewers, attendees, services and tags as chips.
// A date that is not YYYY-MM-DD stays in the field with a message beside it and never reaches
// the post-mortem; everything else is edited in place through the history.
#pragma once

#include <string>

#include "ui/frame_input.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"
#include "ui/widgets/chips.hpp"

namespace hindsight::ui {

class IncidentForm {
 public:
  void draw(const FrameInput& input, UiState& state, FrameOutput& output);

 private:
  void draw_date(const core::PostMortem& pm, UiState& state, FrameOutput& output);
  void draw_severity(const core::PostMortem& pm, FrameOutput& output);
  void draw_status(const core::PostMortem& pm, FrameOutput& output);

  std::string date_draft_;  // what is typed in the date field while it is not valid
  bool date_invalid_ = false;
  std::string shown_id_;  // the post-mortem the draft belongs to
  ChipsField reviewers_{"Reviewers", core::TextList::Reviewers};
  ChipsField attendees_{"Attendees", core::TextList::Attendees};
  ChipsField services_{"Services", core::TextList::Services};
  ChipsField tags_{"Tags", core::TextList::Tags};
};

}  // namespace hindsight::ui
