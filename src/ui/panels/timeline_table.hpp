// Prepare, part 2: the timeline as an editable table. Each row is one event: date and time (UTC,
// or the viewer's zone when "Show local times" is on; storage stays UTC), kind, text and source.
// Rows can be added (Enter in the last row's text adds the next), inserted, moved, deleted and
// sorted by time. A date or time that does not parse stays in its cell with a message beside it
// and never reaches the post-mortem. Long timelines draw only their visible rows.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>

#include "ui/panels/panel.hpp"

namespace hindsight::ui {

class TimelineTable : public Panel {
 public:
  // Selects a row and scrolls it into view (the chart and the warnings call this).
  void select(std::size_t row) {
    selected_ = row;
    scroll_to_selected_ = true;
  }
  std::optional<std::size_t> selected() const { return selected_; }
  bool local_times = false;  // show and type times in the viewer's zone

 protected:
  const char* name() const override { return "Timeline"; }
  void draw_content(const FrameInput& input, UiState& state, FrameOutput& output) override;

 private:
  struct Draft {
    std::string date, time;  // as typed
    std::string error;       // why they are not a moment yet; empty while still typing
  };
  void draw_row(const FrameInput& input, std::size_t row, UiState& state, FrameOutput& output);
  void draw_when(const FrameInput& input, std::size_t row, FrameOutput& output);

  std::map<std::size_t, Draft> drafts_;  // rows whose date or time is being typed
  std::optional<std::size_t> selected_;
  std::optional<std::size_t> focus_text_of_;  // focus this row's text on the next frame
  bool scroll_to_selected_ = false;
  std::string shown_id_;        // the post-mortem the drafts and selection belong to
  std::size_t shown_rows_ = 0;  // its number of events when they were made
};

}  // namespace hindsight::ui
