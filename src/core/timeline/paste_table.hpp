// kubectl's event tables as pasted from a terminal: `kubectl get events` (also -o wide and
// custom columns) and the Events table of `kubectl describe`. Owns finding the header, cutting
// rows at the header's column positions and naming the cells. Never reads a relative age ("5m")
// as a time: only a cell holding an absolute stamp gives the row a time.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/timeline/paste_time.hpp"

namespace hindsight::core {

struct EventTableLayout {
  struct Column {
    std::string name;  // uppercase, single spaces: "LAST SEEN", "REASON", "MESSAGE"
    std::size_t start = 0;
  };
  std::vector<Column> columns;
};

struct EventTableRow {
  std::optional<PasteStamp> stamp;  // LAST SEEN or AGE when it holds an absolute time
  std::string text;                 // "BackOff pod/web-1: Back-off restarting failed container"
};

// The header of an event table (untrimmed line: `kubectl describe` indents it).
std::optional<EventTableLayout> read_event_table_header(std::string_view line);

// A row under `layout`; nullopt when the line does not fit the table (which then ends).
std::optional<EventTableRow> read_event_table_row(const EventTableLayout& layout,
                                                  std::string_view line);

// "Events:", "Events:  <none>" and the "----   ------" rule under a describe header.
bool is_event_table_furniture(std::string_view line);

}  // namespace hindsight::core
