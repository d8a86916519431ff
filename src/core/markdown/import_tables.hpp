// What the Markdown import's section readers share: tables read by their column headers as people
// write them, and small text helpers. Used by markdown_import*.cpp only.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/markdown/import_context.hpp"
#include "core/markdown/markdown_tree.hpp"
#include "core/model/enum_names.hpp"

namespace hindsight::core {

// The text on one line: trimmed, line breaks as spaces.
std::string one_line(std::string_view text);

// Adds a paragraph that details a heading's entry or action to its text: "Cron cleanup
// scheduled" and "Runs nightly." read "Cron cleanup scheduled: Runs nightly.".
void append_detail(std::string& text, std::string_view detail);

// Removes what separates a time from its text: " - ", " — ", ": ", "|", ",", or a run such as
// ":::::" or "-->".
std::string_view strip_separator(std::string_view text);

// What a table column holds, by its header ("Time (UTC)", "Owner", "Due Date").
enum class Column {
  Unknown,
  Time,
  Date,
  Kind,
  Text,
  Source,
  Id,
  Priority,
  Action,
  Owner,
  Due,
  Effort,
  Status,
  Ticket,
  Category,
  Type,
  RootCause,
  Confidence,
  Phase,
  Minutes,
  Used,          // an agenda item's time used, "12:05"
  RunningSince,  // when an agenda item's timer started
  Addresses,     // the root cause an action addresses, "R2"
  Triage,
  Merged,
};
Column column_of(std::string_view header);
// "Measure", "Countermeasure", "Remediation", "Follow-up": a header that names work done to the
// incident, an action column.
bool names_work_on_the_incident(std::string_view header);

struct TableView {
  std::vector<Column> columns;
  std::vector<std::string> headers;
  std::vector<const MdBlock*> rows;  // body rows
};
TableView view_table(const MdBlock& table);

// The plain text of a row's cell; empty when the row has fewer cells.
std::string cell(const MdBlock& row, std::size_t column);

// The value a column's parser gives a cell's text, remembered: a long table repeats a few
// kinds, priorities, statuses and categories in every row. Only for parsers that depend on the
// text alone.
template <class T>
class ParsedCells {
 public:
  template <class Parse>
  std::optional<T> get(const std::string& text, Parse parse) {
    for (const auto& seen : seen_)
      if (seen.first == text) return seen.second;
    std::optional<T> parsed = parse(text);
    if (seen_.size() < kKept) seen_.emplace_back(text, parsed);
    return parsed;
  }

 private:
  static constexpr std::size_t kKept = 16;  // a column holds a handful of labels
  std::vector<std::pair<std::string, std::optional<T>>> seen_;
};

// Two columns for one field ("Owner" and "Assignee"): the second value joins the first.
void append_cell(std::string& field, const std::string& value);
bool has_column(const TableView& t, Column c);

// `text` followed by the row's cells the reader did not use, " (Header: value)" each and "(value)"
// for a cell beyond the header's count; no space at either end.
std::string with_extra_cells(std::string text, const TableView& t, const MdBlock& row,
                             std::initializer_list<Column> used);

// A moment written as Hindsight writes it in UTC ("2024-01-16 10:05", "... 10:05:30 UTC").
std::optional<UtcSeconds> read_utc_time(ImportContext& cx, std::string_view text, int line);

// Sets `target` when `parsed` holds a value; otherwise warns that the written value is not known
// and the default was assumed. False when a written value was not read (the caller keeps it).
template <class E>
bool set_or_warn(ImportContext& cx, E& target, std::optional<E> parsed, const std::string& value,
                 const char* what, int line) {
  if (parsed) {
    target = *parsed;
  } else if (!value.empty()) {
    cx.warn(line, std::string(what) + " \"" + value + "\" is not known; " +
                      std::string(label_of(target)) + " was assumed");
    return false;
  }
  return true;
}

}  // namespace hindsight::core
