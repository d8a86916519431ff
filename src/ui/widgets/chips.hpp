// A set of names drawn as chips (reviewers, attendees, services, tags): each chip removes its
// entry with its "x", and a small field adds one on Enter. Edits go out as intents through the
// core's list commands, so a name already listed is refused there, not here.
#pragma once

#include <string>

#include "core/model/commands.hpp"
#include "ui/intents.hpp"

namespace hindsight::ui {

class ChipsField {
 public:
  ChipsField(const char* label, core::TextList list) : label_(label), list_(list) {}
  // The add field is "##Add <label>"; each chip "<name>  x##<label>/<index>".
  void draw(const core::PostMortem& pm, FrameOutput& output);

 private:
  const char* label_;
  core::TextList list_;
  std::string draft_;  // the name being typed into the add field
};

}  // namespace hindsight::ui
