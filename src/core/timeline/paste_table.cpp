#include "core/timeline/paste_table.hpp"

#include <algorithm>
#include <array>

#include "core/model/text.hpp"

namespace hindsight::core {
namespace {

constexpr std::array<std::string_view, 17> kColumnNames{
    "LAST SEEN", "LASTSEEN",  "FIRST SEEN", "FIRSTSEEN", "TYPE",           "REASON",
    "OBJECT",    "SUBOBJECT", "SOURCE",     "MESSAGE",   "COUNT",          "NAME",
    "KIND",      "AGE",       "FROM",       "NAMESPACE", "INVOLVED OBJECT"};

std::string uppercase_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// Cells are separated by two or more spaces (kubectl pads with at least three); a single space
// stays inside a cell ("LAST SEEN", "2m (x4 over 3m)").
struct Cell {
  std::string_view text;
  std::size_t start = 0;
};

// The cell at or after `at`; empty text at the end of the line.
Cell next_cell(std::string_view line, std::size_t at) {
  while (at < line.size() && line[at] == ' ') ++at;
  std::size_t end = at;
  while (end < line.size() &&
         !(line[end] == ' ' && (end + 1 == line.size() || line[end + 1] == ' ')))
    ++end;
  return {line.substr(at, end - at), at};
}

std::size_t column_index(const EventTableLayout& layout, std::string_view name) {
  for (std::size_t i = 0; i < layout.columns.size(); ++i)
    if (layout.columns[i].name == name) return i;
  return layout.columns.size();
}

}  // namespace

std::optional<EventTableLayout> read_event_table_header(std::string_view line) {
  EventTableLayout layout;
  bool reason = false, message = false;
  for (Cell cell = next_cell(line, 0); !cell.text.empty();
       cell = next_cell(line, cell.start + cell.text.size())) {
    if (cell.text.size() > 15) return std::nullopt;  // longer than any column name
    const std::string name = uppercase_ascii(cell.text);
    if (std::find(kColumnNames.begin(), kColumnNames.end(), name) == kColumnNames.end())
      return std::nullopt;
    reason = reason || name == "REASON";
    message = message || name == "MESSAGE";
    layout.columns.push_back({name, cell.start});
  }
  if (!reason || !message) return std::nullopt;
  return layout;
}

std::optional<EventTableRow> read_event_table_row(const EventTableLayout& layout,
                                                  std::string_view line) {
  const auto& columns = layout.columns;
  std::vector<std::string_view> values(columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const std::size_t start = columns[i].start;
    if (start > line.size()) break;  // empty trailing cells
    // A cell must begin at its column: the byte before it is a space (or the line's start).
    if (start > 0 && line[start - 1] != ' ') return std::nullopt;
    const bool last = i + 1 == columns.size();
    const std::size_t end = last ? line.size() : std::min(line.size(), columns[i + 1].start);
    values[i] = trim(line.substr(start, end - start));
  }
  // The first column is never empty in a row, and a TYPE is Normal or Warning.
  if (values[0].empty()) return std::nullopt;
  const std::size_t type = column_index(layout, "TYPE");
  if (type < columns.size() && values[type] != "Normal" && values[type] != "Warning")
    return std::nullopt;
  auto value = [&](std::string_view name) {
    const std::size_t i = column_index(layout, name);
    return i < columns.size() ? values[i] : std::string_view{};
  };
  EventTableRow row;
  for (std::string_view when : {"LAST SEEN", "LASTSEEN", "AGE"}) {
    const std::string_view cell = value(when);
    if (cell.empty()) continue;
    if (auto stamp = read_stamp(cell); stamp && stamp->length == cell.size() && stamp->date)
      row.stamp = stamp;
    break;
  }
  std::string_view object = value("OBJECT");
  if (object.empty()) object = value("INVOLVED OBJECT");
  std::string text(value("REASON"));
  if (!object.empty()) text.append(text.empty() ? "" : " ").append(object);
  const std::string_view message = value("MESSAGE");
  if (!message.empty()) text.append(text.empty() ? "" : ": ").append(message);
  row.text = std::move(text);
  return row;
}

bool is_event_table_furniture(std::string_view line) {
  line = trim(line);
  if (line == "Events:" || (starts_with_ci(line, "Events:") && trim(line.substr(7)) == "<none>"))
    return true;
  if (line.empty() || line[0] != '-') return false;
  return std::all_of(line.begin(), line.end(), [](char c) { return c == '-' || c == ' '; });
}

}  // namespace hindsight::core
