// The action item reader of the Markdown import: tables with any of the usual columns, and lists
// of "TODO: ... (Owner: Sarah, Due: Jan 20)" lines or "- [x] ..." tasks.
#include <algorithm>

#include "core/enum_names.hpp"
#include "core/import_context.hpp"
#include "core/import_tables.hpp"
#include "core/markdown_text.hpp"
#include "core/markdown_vocabulary.hpp"

namespace hindsight::core {
namespace {

std::optional<Priority> read_priority(std::string_view text) {
  std::string word = lowercase_ascii(trim(text));
  if (word.find("\xF0\x9F\x94\xB4") != std::string::npos) return Priority::High;
  if (word.find("\xF0\x9F\x9F\xA1") != std::string::npos) return Priority::Medium;
  if (word.find("\xF0\x9F\x9F\xA2") != std::string::npos) return Priority::Low;
  if (word == "p0" || word == "p1" || word == "critical" || word == "urgent") return Priority::High;
  if (word == "p2") return Priority::Medium;
  if (word == "p3" || word == "p4") return Priority::Low;
  return from_label<Priority>(word);
}

std::optional<ActionStatus> read_status(std::string_view text) {
  const std::string w = fold_label(text);
  if (auto s = from_label<ActionStatus>(text)) return s;
  for (auto open : {"todo", "tbd", "notstarted", "planned", "new", "pending"})
    if (w == open) return ActionStatus::Open;
  for (auto doing : {"wip", "started", "ongoing", "inflight", "doing"})
    if (w == doing) return ActionStatus::InProgress;
  for (auto done : {"complete", "completed", "closed", "fixed", "resolved", "yes", "x", "finished"})
    if (w == done) return ActionStatus::Done;
  if (text.find("\xE2\x9C\x85") != std::string_view::npos) return ActionStatus::Done;  // ✅
  for (auto wont : {"wontfix", "cancelled", "canceled", "dropped", "wontdo", "rejected"})
    if (w == wont) return ActionStatus::WontDo;
  return std::nullopt;
}

std::optional<ActionCategory> read_category(std::string_view text) {
  if (auto c = from_label<ActionCategory>(text)) return c;
  const std::string w = fold_label(text);
  if (w == "monitoring" || w == "detection" || w == "alerting")
    return ActionCategory::DetectionMonitoring;
  if (w == "response" || w == "tools" || w == "tooling") return ActionCategory::ResponseTools;
  if (w == "docs") return ActionCategory::Documentation;
  return std::nullopt;
}

std::optional<ActionType> read_type(std::string_view text) {
  if (auto t = from_label<ActionType>(text)) return t;
  const std::string w = fold_label(text);
  if (w == "prevention" || w == "preventive" || w == "preventative") return ActionType::Prevent;
  if (w == "mitigation" || w == "mitigative") return ActionType::Mitigate;
  return std::nullopt;
}

std::string next_action_id(const std::vector<ActionItem>& actions) {
  int highest = 0;
  for (const auto& a : actions)
    if (a.id.size() > 1 && a.id[0] == 'A') highest = std::max(highest, std::atoi(a.id.c_str() + 1));
  return "A" + std::to_string(highest + 1);
}

void add_action(ImportContext& cx, ActionItem action, int line) {
  auto& actions = cx.postmortem.actions;
  const bool taken =
      action.id.empty() || std::any_of(actions.begin(), actions.end(),
                                       [&](const ActionItem& a) { return a.id == action.id; });
  if (taken) {
    if (!action.id.empty()) cx.warn(line, "action id " + action.id + " is used twice; renumbered");
    action.id = next_action_id(actions);
  }
  const std::string path = path_of("/actions", actions.size());
  cx.locate(path, line);
  cx.locate(path + "/action", line);
  actions.push_back(std::move(action));
}

void read_action_table(ImportContext& cx, const MdBlock& table) {
  const TableView t = view_table(table);
  for (const MdBlock* row : t.rows) {
    const int line = cx.first_line(*row);
    ActionItem a;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      const std::string v = cell(*row, c);
      switch (t.columns[c]) {
        case Column::Id:
          a.id = v;
          break;
        case Column::Priority:
          set_or_warn(cx, a.priority, read_priority(v), v, "priority", line);
          break;
        case Column::Action:
        case Column::Text:
          a.action += a.action.empty() ? v : " " + v;
          break;
        case Column::Owner:
          a.owner = v;
          break;
        case Column::Due:
          a.due = cx.resolve_due(v, line);
          break;
        case Column::Effort:
          a.effort = v;
          break;
        case Column::Status:
          set_or_warn(cx, a.status, read_status(v), v, "status", line);
          break;
        case Column::Ticket:
        case Column::Source:
          a.ticket = v;
          break;
        case Column::Category:
          set_or_warn(cx, a.category, read_category(v), v, "category", line);
          break;
        case Column::Type:
          set_or_warn(cx, a.type, read_type(v), v, "type", line);
          break;
        default:
          break;
      }
    }
    a.action += extra_cells(t, *row,
                            {Column::Id, Column::Priority, Column::Action, Column::Text,
                             Column::Owner, Column::Due, Column::Effort, Column::Status,
                             Column::Ticket, Column::Source, Column::Category, Column::Type});
    add_action(cx, std::move(a), line);
  }
}

// "TODO: Add alert (Owner: Sarah, Due: Jan 20)", "🔴 High: ...", "[x] ..." as a task list item.
void read_action_line(ImportContext& cx, std::string text, int line) {
  ActionItem a;
  std::string_view rest = trim(text);
  for (int round = 0; round < 3; ++round) {
    std::size_t word_end = 0;
    while (word_end < rest.size() && rest[word_end] != ' ' && rest[word_end] != ':') ++word_end;
    const std::string_view word = rest.substr(0, word_end);
    if (auto s = read_status(word); s && word.size() >= 2) {
      a.status = *s;
    } else if (auto p = read_priority(word); p && word.size() >= 2 && round == 0) {
      a.priority = *p;
      std::string_view after = trim(rest.substr(word_end));
      if (auto p2 = from_label<Priority>(after.substr(0, after.find_first_of(" :")))) {
        word_end = rest.size() - after.size() + after.find_first_of(" :");
        a.priority = *p2;
      }
    } else {
      break;
    }
    rest = trim(strip_separator(rest.substr(std::min(word_end, rest.size()))));
  }
  std::string action(rest);
  if (!action.empty() && action.back() == ')') {
    const auto open = action.rfind('(');
    std::string inside =
        open == std::string::npos ? "" : action.substr(open + 1, action.size() - open - 2);
    bool structured = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= inside.size(); ++i) {
      if (i < inside.size() && inside[i] != ',') continue;
      const std::string part(trim(std::string_view(inside).substr(start, i - start)));
      start = i + 1;
      const auto colon = part.find(':');
      if (colon == std::string::npos) continue;
      const std::string key = lowercase_ascii(trim(std::string_view(part).substr(0, colon)));
      const std::string value(trim(std::string_view(part).substr(colon + 1)));
      if (key == "owner") {
        a.owner = value;
        structured = true;
      }
      if (key == "due") {
        a.due = cx.resolve_due(value, line);
        structured = true;
      }
      if (key == "effort" || key == "time") {
        a.effort = value;
        structured = true;
      }
    }
    if (structured) action = std::string(trim(std::string_view(action).substr(0, open)));
  }
  a.action = action;
  add_action(cx, std::move(a), line);
}

void read_action_list(ImportContext& cx, const MdBlock& list) {
  for (const MdBlock& item : list.children) {
    std::string text = one_line(plain_text(block_text(item)));
    // md4c reports task marks only in its item detail; read "[ ]"/"[x]" from the source line.
    const std::string_view source_line = trim(cx.line_text(cx.first_line(item)));
    const auto mark = source_line.find('[');
    const bool task = mark != std::string_view::npos && mark <= 4 &&
                      source_line.size() > mark + 2 && source_line[mark + 2] == ']';
    read_action_line(cx, text, cx.first_line(item));
    if (task && (source_line[mark + 1] == 'x' || source_line[mark + 1] == 'X'))
      cx.postmortem.actions.back().status = ActionStatus::Done;
    for (const MdBlock& child : item.children)
      if (child.kind == BlockKind::List) read_action_list(cx, child);
  }
}
}  // namespace

void read_actions(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end) {
  // Once action items were read, a list right after a paragraph the reader kept aside
  // ("**Selection Criteria:**" under the table) explains that paragraph and is kept with it. A
  // paragraph before the first action item introduces the list that follows it.
  const std::size_t actions_before = cx.postmortem.actions.size();
  bool after_unplaced = false;
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    const bool explains = after_unplaced && cx.postmortem.actions.size() > actions_before;
    const bool list_of_actions = b.kind == BlockKind::List && !explains;
    if (b.kind == BlockKind::Table)
      read_action_table(cx, b);
    else if (list_of_actions)
      read_action_list(cx, b);
    else if (b.kind != BlockKind::Rule)
      cx.keep_unplaced(cx.first_line(b), cx.last_line(b));
    after_unplaced =
        b.kind == BlockKind::Paragraph || (b.kind == BlockKind::List && !list_of_actions);
  }
}
}  // namespace hindsight::core
