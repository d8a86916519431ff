// Phase 2, Meeting: the agenda with its timers and the ground rules on the left, always in view;
// on the right, the tool for the current agenda item: setting the tone (the opening statement and
// who is in the room), the timeline walk-through, the key questions, or the lists (went well,
// could be improved, got lucky, confusion, parking lot). When the agenda moves to an item, the
// matching tool opens; the buttons above the tools switch by hand.
// The presenter view takes the whole window: "Presenter view (F5)", or F5 or P while no text field
// has the keyboard; Escape or the same key leaves it.
// Owns: the tools' view state and whether the presenter view is open. Never changes the model.
#pragma once

#include "ui/panels/agenda_timer.hpp"
#include "ui/panels/key_questions_view.hpp"
#include "ui/panels/meeting_opening.hpp"
#include "ui/panels/meeting_topic.hpp"
#include "ui/panels/panel.hpp"
#include "ui/panels/quick_list.hpp"
#include "ui/panels/timeline_walk.hpp"
#include "ui/widgets/chips.hpp"

namespace hindsight::ui {

inline constexpr const char* kPresenterViewLabel = "Presenter view (F5)";

class MeetingPanel : public Panel {
 public:
  bool presenting() const { return presenting_; }

 protected:
  const char* name() const override { return "Meeting"; }
  void draw_content(const FrameInput& input, UiState& state, FrameOutput& output) override;

 private:
  void handle_keys(const FrameInput& input);
  void draw_left(const FrameInput& input, UiState& state, FrameOutput& output);
  void draw_tools(const FrameInput& input, UiState& state, FrameOutput& output);

  AgendaTimer agenda_;
  MeetingOpening opening_;
  ChipsField attendees_{"Attendees", core::TextList::Attendees};
  TimelineWalk walk_;
  KeyQuestionsView questions_;
  QuickList went_well_{"Went well", "went well", core::TextList::WentWell};
  QuickList could_improve_{"Could be improved", "could improve", core::TextList::CouldImprove};
  QuickList got_lucky_{"Got lucky", "got lucky", core::TextList::GotLucky};
  QuickList confusion_{"Confusion", "confusion", core::TextList::Confusion};
  QuickList parking_lot_{"Parking lot", "parking lot", core::TextList::ParkingLot};

  MeetingTopic tool_ = MeetingTopic::Timeline;  // the tool on the right
  int shown_item_ = -2;                         // the agenda item the tool was chosen for
  std::string shown_id_;                        // the post-mortem the view state belongs to
  bool presenting_ = false;
  int last_frame_ = -1;  // the frame the panel was last drawn in
};

}  // namespace hindsight::ui
