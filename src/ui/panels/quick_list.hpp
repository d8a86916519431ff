// One of the meeting's lists (went well, could be improved, got lucky, confusion, parking lot) with
// quick add: type, press Enter, the entry is added and the field keeps the focus for the next one.
// The field sits under the heading and the entries scroll below it, so the field stays in view
// however long the list grows. Each entry's "x" removes it.
// Labels: the add field is "##Add <noun>"; each remove button "x##<noun> <index>", in a child
// region named "<noun>".
// Contract: edits go out as list commands through intents; the core refuses what its rules refuse.
#pragma once

#include <string>

#include "core/model/commands.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

class QuickList {
 public:
  QuickList(const char* title, const char* noun, core::TextList list)
      : title_(title), noun_(noun), list_(list) {}
  // `height`: the list's whole height in UI units, heading and field included.
  void draw(const core::PostMortem& pm, UiState& state, FrameOutput& output, float height);

 private:
  const char* title_;  // the heading: "Could be improved"
  const char* noun_;   // in labels and undo names: "could improve"
  core::TextList list_;
  std::string draft_;  // the entry being typed
};

}  // namespace hindsight::ui
