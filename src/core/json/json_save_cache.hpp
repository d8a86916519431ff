// Saving the same post-mortem again and again, as autosave does while someone types: the bytes of
// save_json, without writing again the timeline events and actions that did not change since the
// last save. A post-mortem of 10,000 events is about a megabyte of JSON; one keystroke changes
// one event or none, so most of the text is already written.
// Contract: save(p) == save_json(p) for every p, whatever was saved before. An element's text is
// reused only when the element equals the one it was written from, at the same place in its list
// or shifted by the number of elements added or removed.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

class JsonSaveCache {
 public:
  std::string save(const PostMortem& postmortem);
  // How many events and actions the last save wrote; the others' text was reused.
  std::size_t last_written() const { return last_written_; }

 private:
  template <class T>
  struct Written {
    std::vector<T> items;            // as last saved
    std::vector<std::string> texts;  // each one's JSON, indented as it sits in the file
    // The list's text, "[]" or "[\n" ... "\n  ]", as last joined; empty once the list changed.
    std::string joined;

    // The list's text, joined again only if the list changed since.
    const std::string& list();
  };
  // Makes `written` hold `items`, writing again only the elements that changed (or moved by more
  // than the number added or removed).
  template <class T>
  void refresh(const std::vector<T>& items, Written<T>& written, Json (*write)(const T&));

  Written<TimelineEvent> events_;
  Written<ActionItem> actions_;
  std::size_t last_written_ = 0;
};

}  // namespace hindsight::core
