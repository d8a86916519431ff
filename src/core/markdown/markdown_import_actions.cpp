// The action item reader of the Markdown import: tables with any of the usual columns, and lists
// of "TODO: ... (Owner: Sarah, Due: Jan 20)" lines or "- [x] ..." tasks.
#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <set>
#include <utility>
#include <vector>

#include "core/markdown/import_context.hpp"
#include "core/markdown/import_status_page.hpp"
#include "core/markdown/import_tables.hpp"
#include "core/markdown/markdown_text.hpp"
#include "core/markdown/markdown_vocabulary.hpp"
#include "core/model/commands.hpp"
#include "core/model/enum_names.hpp"

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
  // Spanish, French, German, Portuguese and Italian ("crítica" and "élevée" as written).
  for (std::string_view high : {"alta", "alto", "haute", "elevee", "hoch", "critica",
                                "cr\xC3\xADtica", "critique", "kritisch"})
    if (word == high) return Priority::High;
  for (std::string_view medium : {"media", "medio", "moyenne", "mittel",
                                  "m\xC3\xA9"
                                  "dia"})
    if (word == medium) return Priority::Medium;
  for (std::string_view low : {"baja", "bajo", "basse", "faible", "niedrig", "baixa", "bassa"})
    if (word == low) return Priority::Low;
  if (word ==
      "\xC3\xA9lev\xC3\xA9"
      "e")
    return Priority::High;
  return from_label<Priority>(word);
}

std::optional<ActionStatus> read_status(std::string_view text) {
  const std::string folded = fold_label(text);
  const std::string_view w = folded;  // compared as views: a length check first, no strlen
  if (auto s = from_folded_label<ActionStatus>(w)) return s;
  static constexpr std::pair<std::string_view, ActionStatus> kWords[] = {
      {"todo", ActionStatus::Open},
      {"tbd", ActionStatus::Open},
      {"notstarted", ActionStatus::Open},
      {"planned", ActionStatus::Open},
      {"new", ActionStatus::Open},
      {"pending", ActionStatus::Open},
      {"wip", ActionStatus::InProgress},
      {"started", ActionStatus::InProgress},
      {"ongoing", ActionStatus::InProgress},
      {"inflight", ActionStatus::InProgress},
      {"doing", ActionStatus::InProgress},
      {"complete", ActionStatus::Done},
      {"completed", ActionStatus::Done},
      {"closed", ActionStatus::Done},
      {"fixed", ActionStatus::Done},
      {"resolved", ActionStatus::Done},
      {"yes", ActionStatus::Done},
      {"x", ActionStatus::Done},
      {"finished", ActionStatus::Done},
      {"wontfix", ActionStatus::WontDo},
      {"cancelled", ActionStatus::WontDo},
      {"canceled", ActionStatus::WontDo},
      {"dropped", ActionStatus::WontDo},
      {"wontdo", ActionStatus::WontDo},
      {"rejected", ActionStatus::WontDo},
      // Spanish, French, German, Portuguese and Italian, written with or without their accents.
      {"pendiente", ActionStatus::Open},
      {"abierto", ActionStatus::Open},
      {"ouvert", ActionStatus::Open},
      {"afaire", ActionStatus::Open},
      {"àfaire", ActionStatus::Open},
      {"offen", ActionStatus::Open},
      {"pendente", ActionStatus::Open},
      {"aberto", ActionStatus::Open},
      {"aperto", ActionStatus::Open},
      {"encurso", ActionStatus::InProgress},
      {"enprogreso", ActionStatus::InProgress},
      {"encours", ActionStatus::InProgress},
      {"inarbeit", ActionStatus::InProgress},
      {"emandamento", ActionStatus::InProgress},
      {"incorso", ActionStatus::InProgress},
      {"completado", ActionStatus::Done},
      {"hecho", ActionStatus::Done},
      {"cerrado", ActionStatus::Done},
      {"terminado", ActionStatus::Done},
      {"resuelto", ActionStatus::Done},
      {"fait", ActionStatus::Done},
      {"termine", ActionStatus::Done},
      {"terminé", ActionStatus::Done},
      {"ferme", ActionStatus::Done},
      {"fermé", ActionStatus::Done},
      {"resolu", ActionStatus::Done},
      {"résolu", ActionStatus::Done},
      {"erledigt", ActionStatus::Done},
      {"abgeschlossen", ActionStatus::Done},
      {"fertig", ActionStatus::Done},
      {"concluido", ActionStatus::Done},
      {"concluído", ActionStatus::Done},
      {"feito", ActionStatus::Done},
      {"fechado", ActionStatus::Done},
      {"completato", ActionStatus::Done},
      {"fatto", ActionStatus::Done},
      {"chiuso", ActionStatus::Done},
      {"cancelado", ActionStatus::WontDo},
      {"annule", ActionStatus::WontDo},
      {"annulé", ActionStatus::WontDo},
      {"verworfen", ActionStatus::WontDo},
      {"annullato", ActionStatus::WontDo},
      // Japanese, Chinese and Korean.
      {"未着手", ActionStatus::Open},
      {"未対応", ActionStatus::Open},
      {"未开始", ActionStatus::Open},
      {"待办", ActionStatus::Open},
      {"미완료", ActionStatus::Open},
      {"対応中", ActionStatus::InProgress},
      {"進行中", ActionStatus::InProgress},
      {"进行中", ActionStatus::InProgress},
      {"진행중", ActionStatus::InProgress},
      {"完了", ActionStatus::Done},
      {"対応済み", ActionStatus::Done},
      {"完成", ActionStatus::Done},
      {"已完成", ActionStatus::Done},
      {"완료", ActionStatus::Done},
      {"中止", ActionStatus::WontDo},
      {"取消", ActionStatus::WontDo},
      {"취소", ActionStatus::WontDo}};
  const bool ticked = text.find("\xE2\x9C\x85") != std::string_view::npos;  // ✅
  // Folding drops the bytes of letters beyond ASCII ("terminé", "完了"): those words are matched
  // as written, lower-cased, with their spaces taken out ("진행 중").
  std::string written = lowercase_ascii(trim(text));
  std::erase(written, ' ');
  for (const auto& [word, status] : kWords)
    if (w == word || written == word)
      return status == ActionStatus::WontDo && ticked ? ActionStatus::Done : status;
  if (ticked) return ActionStatus::Done;
  return std::nullopt;
}

std::optional<ActionCategory> read_category(std::string_view text) {
  const std::string folded = fold_label(text);
  const std::string_view w = folded;
  if (auto c = from_folded_label<ActionCategory>(w)) return c;
  if (w == "monitoring" || w == "detection" || w == "alerting")
    return ActionCategory::DetectionMonitoring;
  if (w == "response" || w == "tools" || w == "tooling") return ActionCategory::ResponseTools;
  if (w == "docs") return ActionCategory::Documentation;
  return std::nullopt;
}

std::optional<ActionType> read_type(std::string_view text) {
  const std::string folded = fold_label(text);
  const std::string_view w = folded;
  if (auto t = from_folded_label<ActionType>(w)) return t;
  if (w == "prevention" || w == "preventive" || w == "preventative") return ActionType::Prevent;
  if (w == "mitigation" || w == "mitigative") return ActionType::Mitigate;
  return std::nullopt;
}

// Ids stay unique: a missing or repeated id gets the next number after the highest seen so far.
// The ids and the highest number are kept as the table is read, so a long table reads in
// linear time.
// The last clause of an action's text, lowercase, without its emphasis and closing marks:
// "Purge the logs; Completed as of 2021-10-29." gives "completed as of 2021-10-29". Empty when
// the text is one clause ("Done criteria for rollbacks" names the action).
std::string last_clause(std::string_view text) {
  const std::string lower = lowercase_ascii(text);
  std::size_t clause = 0;
  for (std::string_view sep : {"; ", ". ", " - ", "(", "\xE2\x80\x94"}) {
    const std::size_t at = lower.rfind(sep);
    if (at != std::string::npos && at + sep.size() < lower.size() && at + sep.size() > clause)
      clause = at + sep.size();
  }
  if (clause == 0) return {};
  std::string_view last = std::string_view(lower).substr(clause);
  while (!last.empty() && std::string_view(" _*").find(last.front()) != std::string_view::npos)
    last.remove_prefix(1);
  while (!last.empty() && std::string_view("._*)! ").find(last.back()) != std::string_view::npos)
    last.remove_suffix(1);
  return std::string(last);
}

// "Purge the logs; Completed as of 2021-10-29.", "... in the metrics. _done in grafana_", "(fixed
// by adding a separate monitor)": an action whose last clause says it is done. The clause is the
// word alone, or says when, where or how ("done in grafana", "fixed by ..."): "completed jobs are
// never deleted" and "done when the canary passes" are not.
bool says_done(std::string_view last) {
  for (std::string_view word : {"completed", "done", "fixed", "resolved", "addressed"}) {
    if (!last.starts_with(word)) continue;
    const std::string_view rest = last.substr(word.size());
    // "fixed by adding a monitor" says how; "fixed by end of Q3" says when it is due.
    const std::string_view after_by = rest.starts_with(" by ") ? rest.substr(4) : "";
    const bool how = word != "completed" && word != "done" &&
                     (after_by.substr(0, after_by.find(' ')).ends_with("ing") ||
                      rest.starts_with(" with ") || rest.starts_with(" via "));
    return rest.empty() || rest.starts_with(" as of") || rest.starts_with(" in ") ||
           rest.starts_with(" on ") || rest.starts_with(" since ") || how;
  }
  return false;
}

// "Increase the size of the edge proxies (in progress)": a last clause that is a status word.
bool says_in_progress(std::string_view last) {
  return last == "in progress" || last == "wip" || last == "ongoing" || last == "in flight" ||
         last == "underway" || last == "started";
}

void add_action(ImportContext& cx, ActionItem action, int line) {
  auto& actions = cx.postmortem.actions;
  if (!cx.written_by_hindsight && action.status == ActionStatus::Open) {
    const std::string last = last_clause(action.action);
    if (says_done(last)) action.status = ActionStatus::Done;
    if (says_in_progress(last)) action.status = ActionStatus::InProgress;
  }
  if (action.id.empty() || cx.action_ids.count(action.id) > 0) {
    if (!action.id.empty()) cx.warn(line, "action id " + action.id + " is used twice; renumbered");
    action.id = "A" + std::to_string(cx.highest_action_number + 1);
  }
  if (auto n = action_number(action.id))
    cx.highest_action_number = std::max(cx.highest_action_number, *n);
  cx.action_ids.insert(action.id);
  std::string path = field_path("/actions", actions.size());
  cx.locate(path + "/action", line);
  cx.locate(std::move(path), line);
  actions.push_back(std::move(action));
}

// "#41 — alerting gap on caught-and-logged failures": a ticket cell that also says the work, in
// three words or more of letters outside brackets ("See JIRA OPS-15", "#41, #42" and
// "OPS-15 (blocked on vendor)" only point at tickets).
bool names_work_beside_tickets(std::string_view cell) {
  int words = 0;
  int brackets = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= cell.size(); ++i) {
    const char c = i < cell.size() ? cell[i] : ' ';
    if (c == '(') ++brackets;
    if (c == ')' && brackets > 0) --brackets;
    if (c != ' ' && c != ',' && c != '(' && c != ')') continue;
    const std::string_view word = cell.substr(start, i - start);
    start = i + 1;
    if (brackets > 0 || word.size() < 2 || word == "see") continue;
    if (std::all_of(word.begin(), word.end(),
                    [](char ch) { return (ch >= 'a' && ch <= 'z') || ch == '-' || ch == '\''; }))
      ++words;
  }
  return words >= 3;
}

void collect_action_table(ImportContext& cx, const MdBlock& table,
                          std::vector<std::pair<ActionItem, int>>& out) {
  TableView t = view_table(table);
  // The first column of no known name headed one of `names`, read as `as`.
  const auto read_header_as = [&](std::initializer_list<std::string_view> names, Column as) {
    for (std::size_t c = 0; c < t.columns.size(); ++c)
      if (t.columns[c] == Column::Unknown &&
          std::find(names.begin(), names.end(), lowercase_ascii(trim(plain_text(t.headers[c])))) !=
              names.end()) {
        t.columns[c] = as;
        return;
      }
  };
  // "| Commit | Change |" in a part of actions: the change made is the action, when no column
  // names the action itself.
  if (!has_column(t, Column::Action) && !has_column(t, Column::Text))
    read_header_as({"change", "changes", "what changed", "what we changed"}, Column::Action);
  // Its commit or pull request is where the action is tracked. (Only here: beside a time, "| PR
  // |" is a response log's, and beside a service and a version, a deploy's.)
  if (has_column(t, Column::Action) && !has_column(t, Column::Ticket))
    read_header_as({"commit", "commits", "pr", "prs", "pull request", "merge request"},
                   Column::Ticket);
  ParsedCells<Priority> priorities;
  ParsedCells<ActionStatus> statuses;
  ParsedCells<ActionCategory> categories;
  ParsedCells<ActionType> types;
  ParsedCells<Triage> triages;
  out.reserve(out.size() + t.rows.size());
  // "| Issue | Triggered by | Outcome |" holding "#41 — alerting gap on failures": with no column
  // for the action, the ticket that names its work is the action.
  const bool tickets_name_work = !has_column(t, Column::Action) && !has_column(t, Column::Text);
  for (const MdBlock* row : t.rows) {
    // "| | | |": a template's empty row holds no action (and no text to keep).
    bool empty_row = !cx.written_by_hindsight;
    for (std::size_t c = 0; c < t.columns.size() && empty_row; ++c)
      empty_row = trim(cell(*row, c)).empty();
    if (empty_row) continue;
    const int line = cx.first_line(*row);
    ActionItem a;
    std::vector<std::size_t> unread;  // columns whose value no field takes ("FAILED")
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      std::string v = cell(*row, c);
      switch (t.columns[c]) {
        case Column::Id:
          a.id = std::move(v);
          break;
        case Column::Priority:
          if (!set_or_warn(cx, a.priority, priorities.get(v, read_priority), v, "priority", line))
            unread.push_back(c);
          break;
        case Column::Action:
        case Column::Text:
          if (a.action.empty())
            a.action = std::move(v);
          else
            a.action += " " + v;
          break;
        case Column::Owner:
          append_cell(a.owner, v);
          break;
        case Column::Due:
          a.due = cx.resolve_due(v, line);
          break;
        case Column::Effort:
          append_cell(a.effort, v);
          break;
        case Column::Status:
          // "| https://github.com/org/repo/issues/62 |" in the status column: where it is tracked.
          if (v.starts_with("https://") || v.starts_with("http://"))
            append_cell(a.ticket, v);
          else if (!set_or_warn(cx, a.status, statuses.get(v, read_status), v, "status", line))
            unread.push_back(c);
          break;
        case Column::Ticket:
        case Column::Source:
          // "| Bug | ... |" holding "DONE" where no column is named for the status.
          if (auto status = read_status(v); status && !has_column(t, Column::Status))
            a.status = *status;
          else if (tickets_name_work && t.columns[c] == Column::Ticket && a.action.empty() &&
                   names_work_beside_tickets(v))
            a.action = std::move(v);
          else
            append_cell(a.ticket, v);
          break;
        case Column::Category:
          if (!set_or_warn(cx, a.category, categories.get(v, read_category), v, "category", line))
            unread.push_back(c);
          break;
        case Column::Type:
          if (!set_or_warn(cx, a.type, types.get(v, read_type), v, "type", line))
            unread.push_back(c);
          break;
        case Column::Addresses:
          a.addresses = std::move(v);  // checked against the root causes once all are read
          break;
        case Column::Triage:
          if (!set_or_warn(cx, a.triage, triages.get(v, from_label<Triage>), v, "triage", line))
            unread.push_back(c);
          break;
        case Column::Merged:
          // One merged action per line of the cell ("A3: ...<br>A4: ...").
          for (const std::string_view entry : split_lines(v))
            if (!trim(entry).empty()) a.merged.emplace_back(trim(entry));
          break;
        default:
          break;
      }
    }
    a.action = with_extra_cells(
        std::move(a.action), t, *row,
        {Column::Id, Column::Priority, Column::Action, Column::Text, Column::Owner, Column::Due,
         Column::Effort, Column::Status, Column::Ticket, Column::Source, Column::Category,
         Column::Type, Column::Addresses, Column::Triage, Column::Merged});
    // Kept in the text as an unnamed column's value is, so that no word of the row is lost.
    for (const std::size_t c : unread)
      a.action += (a.action.empty() ? "(" : " (") + t.headers[c] + ": " + cell(*row, c) + ")";
    out.emplace_back(std::move(a), line);
  }
}

void read_action_table(ImportContext& cx, const MdBlock& table) {
  std::vector<std::pair<ActionItem, int>> actions;
  collect_action_table(cx, table, actions);
  cx.postmortem.actions.reserve(cx.postmortem.actions.size() + actions.size());
  for (auto& [action, line] : actions) add_action(cx, std::move(action), line);
}

// "- `COPYRIGHT_QUERY`" and "- `VISIBILITY_QUERY`", "- staticshare", "- db-03.internal": a list
// of names, in code or as a program writes them (in lower case, with no spaces), which the
// remediation explains, not work of its own.
// (The tree keeps no mark of code spans, so the item's line is read as written.)
bool lists_only_names(const ImportContext& cx, const MdBlock& list) {
  return !list.children.empty() &&
         std::all_of(list.children.begin(), list.children.end(), [&](const MdBlock& item) {
           std::string_view t = trim(cx.line_text(cx.first_line(item)));
           const std::size_t marker = t.find_first_of(" \t");
           if (item.children.size() > 0 || marker == std::string_view::npos) return false;
           t = trim(t.substr(marker));
           if (t.size() > 2 && t.front() == '`' && t.back() == '`' &&
               t.find_first_of("` ", 1) == t.size() - 1)
             return true;
           // "- staticshare", "- db-03.internal": a name as a program writes it, in lower case
           // (a capitalised word alone, "- Monitoring", may head a piece of work).
           // "- add-readiness-probe" names a task by what to do.
           if (const std::size_t dash = t.find('-'); dash != std::string_view::npos && dash > 0) {
             std::string verb(t.substr(0, dash));
             verb[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(verb[0])));
             if (starts_with_imperative(verb)) return false;
           }
           return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) {
             return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
                    c == '_';
           });
         });
}

// "| Resolver | Query | Mutation |" under a remediation: a table of data, with no column an
// action item has (what, who, when, status, priority, ticket), by name or by its words
// ("Follow-up", "Owner(s)").
bool holds_no_action_column(const MdBlock& table) {
  const TableView t = view_table(table);
  static constexpr std::string_view kWorkWords[] = {
      "action", "follow", "owner",   "task",      "todo",  "to do", "ticket",
      "item",   "due",    "status",  "what",      "who",   "when",  "assign",
      "jira",   "issue",  "priorit", "remediat",  "fix",   "step",  "improvement",
      "work",   "next",   "measure", "recommend", "change"};
  // "| type | name |" over DNS records: a type alone is a property of any row of data.
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    if (t.columns[c] != Column::Unknown && t.columns[c] != Column::Type) return false;
    const std::string header = lowercase_ascii(t.headers[c]);
    for (std::string_view word : kWorkWords)
      if (header.find(word) != std::string::npos) return false;
  }
  return true;
}

// "### Immediate actions" over "| Time (UTC) | Action |" and rows timed "14:32", "~15:09": a log of
// what was done during the incident, the timeline's, not work to do. Its first column is headed
// as the time, it tracks no owner, due date or status, and most of its rows carry a clock time
// there (not a weekday's: "Friday 17:00" is a deadline).
bool logs_what_was_done(const MdBlock& table) {
  const TableView t = view_table(table);
  if (t.columns.empty() || t.columns.front() != Column::Time || t.rows.size() < 2 ||
      lowercase_ascii(t.headers.front()).find("time") == std::string::npos)
    return false;
  // "| When | Action | Owner |" over "Friday 17:00": deadlines of tracked work.
  for (Column c : {Column::Owner, Column::Due, Column::Status, Column::Priority, Column::Ticket})
    if (has_column(t, c)) return false;
  const auto timed = std::count_if(t.rows.begin(), t.rows.end(), [](const MdBlock* row) {
    const auto time = read_time(cell(*row, 0));
    return time && time->weekday < 0;
  });
  return static_cast<std::size_t>(timed) * 2 > t.rows.size();
}

// A table with an "Action Item" (or "Follow-up", "TODO") column, or a "Measure" column beside a
// status: outside the action items' section a "Task" or "What" column says too little.
bool names_actions(const MdBlock& table) {
  const TableView t = view_table(table);
  // "| Measure | Status |", "| Countermeasure | Owner |": work named by what it does to the
  // incident, with the status or the owner an action item has.
  // (A table of measurements, "| Measure | Target | Actual | Status |", has more columns.)
  const bool tracked = has_column(t, Column::Owner) || has_column(t, Column::Due) ||
                       (has_column(t, Column::Status) && t.columns.size() == 2);
  for (const std::string& header : t.headers)
    if (tracked && names_work_on_the_incident(header)) return true;
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    // "| Step | Action | Result |" is an investigation's log; "Action Item" names the row.
    const std::string header = lowercase_ascii(trim(t.headers[c]));
    if (t.columns[c] == Column::Action && header != "action" && header != "actions" &&
        action_label_status(t.headers[c]))
      return true;
  }
  return false;
}

struct ActionField {
  Column column;
  std::string value;
};

// "Owner: Sarah, Due: Jan 20, 2024, Effort: 2 hours" as fields; a part with no colon continues the
// value before it. Nothing unless every part names a field of an action item, so that a note such
// as "(see https://example.com)" stays in the action's text.
std::optional<std::vector<ActionField>> read_action_fields(std::string_view text) {
  std::vector<ActionField> fields;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != ',') continue;
    const std::string_view part = trim(text.substr(start, i - start));
    start = i + 1;
    auto colon = part.find_first_of(":=");  // "Owner: Sarah", "owner=sarah"
    // "(owner: @ann, due 2024-05-01)": after a first field, a key and its value with no colon.
    if (colon == std::string_view::npos && !fields.empty())
      if (const auto space = part.find(' '); space != std::string_view::npos) {
        const std::string key = lowercase_ascii(part.substr(0, space));
        const std::string_view value = trim(part.substr(space));
        // "due in part to the vendor" and "by default" are words of the text; "by 2024-04-01"
        // is a due date.
        if (((key == "due" || key == "by") && read_date(value)) ||
            (key == "owner" && value.find(' ') == std::string_view::npos))
          colon = space;
      }
    if (colon == std::string_view::npos) {
      if (fields.empty()) return std::nullopt;
      if (!part.empty()) fields.back().value += ", " + std::string(part);
      continue;
    }
    const std::string key = lowercase_ascii(trim(part.substr(0, colon)));
    const Column column = key == "time" ? Column::Effort : column_of(key);
    if (column != Column::Owner && column != Column::Due && column != Column::Effort &&
        column != Column::Priority && column != Column::Status && column != Column::Ticket)
      return std::nullopt;
    fields.push_back({column, std::string(trim(part.substr(colon + 1)))});
  }
  for (const ActionField& f : fields)
    if ((f.column == Column::Priority && !read_priority(f.value)) ||
        (f.column == Column::Status && !read_status(f.value)))
      return std::nullopt;
  if (fields.empty()) return std::nullopt;
  return fields;
}

void apply_action_fields(ImportContext& cx, const std::vector<ActionField>& fields, ActionItem& a,
                         int line) {
  for (const auto& [column, value] : fields) {
    switch (column) {
      case Column::Owner:
        // "Owner: @dana" names the same person as "@dana" at the end of an action.
        a.owner = value.size() > 1 && value.front() == '@' ? value.substr(1) : value;
        break;
      case Column::Due:
        a.due = cx.resolve_due(value, line);
        break;
      case Column::Effort:
        a.effort = value;
        break;
      case Column::Priority:
        set_or_warn(cx, a.priority, read_priority(value), value, "priority", line);
        break;
      case Column::Status:
        set_or_warn(cx, a.status, read_status(value), value, "status", line);
        break;
      default:
        a.ticket = value;
        break;
    }
  }
}

// Fields written after the action: "... (Owner: Sarah, Due: Jan 20)" or "... - Owner: Mike".
// Returns the action's text without them.
std::string take_trailing_fields(ImportContext& cx, std::string_view text, ActionItem& a,
                                 int line) {
  text = trim(text);
  // "... renews the certificates (Owner: Ana)." in a sentence: the period stays with the text.
  const bool period_after = text.ends_with(").");
  if (const std::string_view body = period_after ? text.substr(0, text.size() - 1) : text;
      !body.empty() && body.back() == ')') {
    const auto open = body.rfind('(');
    if (open != std::string_view::npos)
      if (auto fields = read_action_fields(body.substr(open + 1, body.size() - open - 2))) {
        apply_action_fields(cx, *fields, a, line);
        return std::string(trim(body.substr(0, open))) + (period_after ? "." : "");
      }
  }
  for (std::string_view sep : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " | "}) {
    const auto at = text.rfind(sep);
    if (at == std::string_view::npos) continue;
    if (auto fields = read_action_fields(text.substr(at + sep.size()))) {
      apply_action_fields(cx, *fields, a, line);
      return std::string(trim(text.substr(0, at)));
    }
  }
  // "... within minutes instead of hours. Owner: @dana": the fields are the last sentence.
  for (std::string_view sep : {". ", "! ", "? "}) {
    const auto at = text.rfind(sep);
    if (at == std::string_view::npos) continue;
    if (auto fields = read_action_fields(text.substr(at + sep.size()))) {
      apply_action_fields(cx, *fields, a, line);
      return std::string(trim(text.substr(0, at + 1)));
    }
  }
  return std::string(text);
}

// "Cron cleanup scheduled @dana": a mention at the end names the owner. Returns the text
// without it.
std::string take_trailing_mention(std::string_view text, ActionItem& a) {
  text = trim(text);
  const auto at = text.rfind('@');
  if (at == std::string_view::npos || (at > 0 && text[at - 1] != ' ' && text[at - 1] != '('))
    return std::string(text);
  const bool paren = at > 0 && text[at - 1] == '(';
  std::string_view name = text.substr(at + 1);
  if (paren) {
    if (name.empty() || name.back() != ')') return std::string(text);
    name.remove_suffix(1);
  }
  const bool handle = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '.';
  });
  if (!handle || name.back() == '.') return std::string(text);
  a.owner = std::string(name);
  std::string_view rest = trim(text.substr(0, paren ? at - 1 : at));
  while (!rest.empty() && (rest.back() == '-' || rest.back() == ',' || rest.back() == ' '))
    rest.remove_suffix(1);
  return std::string(rest);
}

// Status and priority words at the start: "TODO:", "P1 -", "🔴 High:". Returns the rest.
// A leading word is a status or priority marker, not the action's first word, when it is set
// apart: an emoji marker (🔴, ✅), a word in capitals ("TODO", "DONE", "P1"), or a word followed
// by ':' or a dash ("High: ...", "Done - ..."). "New alert for disk usage" keeps "New".
bool is_marker(std::string_view rest, std::size_t word_end) {
  const std::string_view word = rest.substr(0, word_end);
  if (word.empty()) return false;
  if (static_cast<unsigned char>(word[0]) >= 0x80) return true;
  const bool capitals = word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) {
                          return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'';
                        });
  if (capitals) return true;
  const std::string_view after = rest.substr(word_end);
  return after.substr(0, 1) == ":" || after.substr(0, 3) == " - " ||
         after.substr(0, 4) == " \xE2\x80\x94" || after.substr(0, 4) == " \xE2\x80\x93";
}

std::string_view take_leading_words(std::string_view rest, ActionItem& a) {
  rest = trim(rest);
  for (int round = 0; round < 3; ++round) {
    std::size_t word_end = 0;
    while (word_end < rest.size() && rest[word_end] != ' ' && rest[word_end] != ':') ++word_end;
    const std::string_view word = rest.substr(0, word_end);
    if (!is_marker(rest, word_end)) break;
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
  return rest;
}

// "@dana will add the alert", "[Payments] Add the alert": the owner named first, by a handle
// before "will" or "to", or in brackets (not a status or priority: "[WIP]", "[P1]"). The text
// stays as written: the name is part of its sentence.
void read_leading_owner(std::string_view text, ActionItem& a) {
  text = trim(text);
  if (text.starts_with('@')) {
    std::size_t end = 1;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) != 0 ||
                                 text[end] == '-' || text[end] == '_' || text[end] == '.'))
      ++end;
    const std::string_view name = text.substr(1, end - 1);
    const std::string_view rest = trim(text.substr(end));
    // "@here to review": a mention of everyone, not an owner.
    const std::string who = lowercase_ascii(name);
    if (who == "here" || who == "channel" || who == "everyone" || who == "all") return;
    for (const std::string_view joint : {"will ", "to ", "should "})
      if (!name.empty() && name.back() != '.' && rest.starts_with(joint) &&
          rest.size() > joint.size()) {
        a.owner = std::string(name);
        return;
      }
    return;
  }
  if (text.starts_with('[')) {
    const std::size_t close = text.find(']');
    if (close == std::string_view::npos || close < 2 || close > 40) return;
    const std::string_view name = trim(text.substr(1, close - 1));
    const std::string_view rest = trim(text.substr(close + 1));
    // A name, not a ticket key ("JIRA-123"), a quarter ("Q4") or a tag ("Optional", "Stretch
    // goal").
    static constexpr std::string_view kTags[] = {
        "optional", "stretch", "stretch goal", "nice to have", "bonus",
        "later",    "future",  "follow-up",    "followup",     "blocked",
        "draft",    "idea",    "proposal",     "proposed",     "new"};
    const std::string tag = lowercase_ascii(name);
    const bool word_like = !name.empty() && std::isupper(static_cast<unsigned char>(name[0])) &&
                           std::count(name.begin(), name.end(), ' ') <= 2 &&
                           name.find_first_of("()[]:/0123456789") == std::string_view::npos &&
                           std::find(std::begin(kTags), std::end(kTags), tag) == std::end(kTags);
    if (!word_like || rest.empty() || read_status(name) || read_priority(name) || read_type(name) ||
        read_category(name))
      return;
    a.owner = std::string(name);
  }
}

// "TODO: Add alert (Owner: Sarah, Due: Jan 20)", "🔴 High: ...", a task list item's text. Lines
// after the first that hold only fields ("Owner: Mike, Due: Jan 30") fill them; other lines
// continue the action's text.
ActionItem read_action_text(ImportContext& cx, std::string_view text, int line) {
  ActionItem a;
  const auto lines = split_lines(text);
  a.action =
      lines.empty() ? "" : take_trailing_fields(cx, take_leading_words(lines[0], a), a, line);
  if (a.owner.empty()) a.action = take_trailing_mention(a.action, a);
  if (a.owner.empty()) read_leading_owner(a.action, a);
  for (std::size_t k = 1; k < lines.size(); ++k) {
    const std::string_view more = trim(lines[k]);
    if (more.empty()) continue;
    if (auto fields = read_action_fields(more)) {
      apply_action_fields(cx, *fields, a, line + static_cast<int>(k));
    } else {
      if (!a.action.empty()) a.action += ' ';
      a.action += more;
    }
  }
  return a;
}

// The addresses a list holds when each of its items is one link and nothing else ("-
// https://github.com/org/repo/pull/2935"), joined by ", "; nothing otherwise.
std::optional<std::string> links_only(const MdBlock& list) {
  std::string links;
  for (const MdBlock& item : list.children) {
    const std::string text(trim(plain_text(block_text(item))));
    const bool link = (text.starts_with("https://") || text.starts_with("http://")) &&
                      text.find(' ') == std::string::npos;
    if (!link || std::any_of(item.children.begin(), item.children.end(),
                             [](const MdBlock& b) { return b.kind == BlockKind::List; }))
      return std::nullopt;
    links += (links.empty() ? "" : ", ") + text;
  }
  if (links.empty()) return std::nullopt;
  return links;
}

// "1. **Bug bounty**" over one "- We will establish a bug bounty program...": an item whose own
// text is a bold title and whose one sublist holds one entry, which details it. In a loose list
// (blank lines between the items) the title is the item's first paragraph.
struct TitledDetail {
  std::string_view title;  // marked, as the item holds it
  const MdBlock* detail;
};
std::optional<TitledDetail> single_detail(const MdBlock& item) {
  const std::string_view title = trim(item_head(item));
  if (title.size() < 3 || title.front() != kStrongBegin || title.back() != kStrongEnd ||
      title.find(kStrongBegin, 1) != std::string_view::npos)
    return std::nullopt;
  const MdBlock* detail = nullptr;
  for (std::size_t c = is_loose_item(item) ? 1 : 0; c < item.children.size(); ++c) {
    const MdBlock& child = item.children[c];
    if (child.kind != BlockKind::List) return std::nullopt;
    if (detail || child.children.size() != 1) return std::nullopt;
    detail = &child.children[0];
  }
  if (!detail || std::any_of(detail->children.begin(), detail->children.end(),
                             [](const MdBlock& b) { return b.kind == BlockKind::List; }))
    return std::nullopt;
  return TitledDetail{title, detail};
}

// "- [x] Add a canary": md4c reports task marks only in its item detail, so the mark is read from
// the item's source line.
// The box of a task list item as written ("- [x] ..." gives 'x', "- [ ] ..." ' '); none for an
// item that is no task.
std::optional<char> task_box(const ImportContext& cx, const MdBlock& item) {
  const std::string_view source_line = trim(cx.line_text(cx.first_line(item)));
  const auto mark = source_line.find('[');
  if (mark == std::string_view::npos || mark > 4 || source_line.size() <= mark + 2 ||
      source_line[mark + 2] != ']')
    return std::nullopt;
  return source_line[mark + 1];
}

bool ticked(const ImportContext& cx, const MdBlock& item) {
  const auto box = task_box(cx, item);
  return box && (*box == 'x' || *box == 'X');
}

// "- Access was restricted ...": an item of a list of remediation already carried out, whose
// writer gave it no status of their own (no task box, no "TODO:").
void mark_reported_done(const ImportContext& cx, const MdBlock& item, std::string_view text,
                        ActionItem& a) {
  if (cx.written_by_hindsight || a.status != ActionStatus::Open || task_box(cx, item)) return;
  ActionItem leading;
  leading.status = ActionStatus::WontDo;  // changed only by a status word the item opens with
  take_leading_words(text, leading);
  if (leading.status == ActionStatus::WontDo && reports_completion(a.action))
    a.status = ActionStatus::Done;
}

// "encourage reviewers to: consider ...; view ...": a sublist under an item that ends with a
// colon, as one line of detail.
std::string sublist_detail(const MdBlock& list) {
  std::string detail;
  for (const MdBlock& item : list.children) {
    std::string text = one_line(plain_text(block_text(item)));
    for (const MdBlock& child : item.children)
      if (child.kind == BlockKind::List) append_detail(text, sublist_detail(child));
    if (text.empty()) continue;
    detail += (detail.empty() ? "" : "; ") + text;
  }
  return detail;
}

// "- Set up a channel with the auditors" over "- This was not set up before launch because ...":
// a sublist whose items all explain (they open as statements of fact do: "This", "There",
// "Because", "Currently") details the action above it rather than adding actions ("We will add
// ..." and "The budget must be capped" are commitments). A task ("[ ] ...") is an action whatever
// its first word.
bool explains(const ImportContext& cx, const MdBlock& list) {
  static constexpr std::string_view kOpeners[] = {"this",       "that",    "these", "those",
                                                  "there",      "because", "since", "currently",
                                                  "previously", "note",    "e.g.",  "i.e."};
  return !list.children.empty() &&
         std::all_of(list.children.begin(), list.children.end(), [&](const MdBlock& item) {
           if (task_box(cx, item)) return false;
           const std::string text = plain_text(block_text(item));
           const std::string_view t = trim(text);
           const std::string first = lowercase_ascii(t.substr(0, t.find_first_of(" ,:")));
           return std::find(std::begin(kOpeners), std::end(kOpeners), first) != std::end(kOpeners);
         });
}

// "- Communication process for blockers" over "- twitter", "- mailing list", "- IRC": a sublist
// of short names (three words at most, one at least a single word, none opening with a verb)
// lists what the item above covers, not actions of its own ("- Better dashboards" and "- Disk
// alerts" under "- Monitoring improvements" are actions).
bool enumerates_names(const ImportContext& cx, const MdBlock& list) {
  bool single_word = false;
  const bool all_names =
      list.children.size() >= 2 &&
      std::all_of(list.children.begin(), list.children.end(), [&](const MdBlock& item) {
        if (task_box(cx, item) || !item.children.empty()) return false;
        const std::string text = std::string(trim(plain_text(item.text)));
        const auto spaces = std::count(text.begin(), text.end(), ' ');
        single_word = single_word || spaces == 0;
        return !text.empty() && spaces <= 2 && text.find_first_of(":.!?") == std::string::npos &&
               !starts_with_imperative(text) && past_tense_opening(text) == PastOpening::None;
      });
  return all_names && single_word;
}

// " - Cap tracks", ": Restart the service", " — Validation": the words after a dash, an en or em
// dash or a colon that opens `text`; nothing when none opens it.
std::optional<std::string_view> after_separator(std::string_view text) {
  text = trim(text);
  for (std::string_view separator : {"-", "\xE2\x80\x93", "\xE2\x80\x94", ":"})
    if (text.starts_with(separator)) return trim(text.substr(separator.size()));
  return std::nullopt;
}

// "1. **Content policy** - Cap tracks at 55 minutes" over "- Document it in the guidelines": an
// action with a title of its own and what it means, whose sublist lists its steps.
bool titled_action(std::string_view marked) {
  marked = trim(marked);
  if (marked.empty() || marked.front() != kStrongBegin) return false;
  const std::size_t close = marked.find(kStrongEnd);
  if (close == std::string_view::npos) return false;
  const auto after = after_separator(marked.substr(close + 1));
  return after && after->find(' ') != std::string_view::npos;
}

// "- Alert on queue depth (owner: @ana)": a sublist whose items name who does them holds actions
// of their own, whatever the item above them says.
bool names_owners(const MdBlock& list) {
  return std::any_of(list.children.begin(), list.children.end(), [](const MdBlock& item) {
    const std::string text = lowercase_ascii(plain_text(block_text(item)));
    return text.find("owner") != std::string::npos || text.find('@') != std::string::npos;
  });
}

namespace {
// "Comprehensive audit of all configurations completed": work named, then said done.
// ("... not implemented", "... to be completed", "... not yet done" are not.)
bool closes_as_done(std::string_view text) {
  text = trim(text);
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
  for (std::string_view done : {" completed", " done", " implemented", " finished", " shipped"}) {
    if (!text.ends_with(done) || text.size() == done.size()) continue;
    const std::string before =
        " " + lowercase_ascii(text.substr(0, text.size() - done.size())) + " ";
    if (before.find(" not ") != std::string::npos || before.find(" yet ") != std::string::npos)
      return false;
    for (std::string_view ahead : {" be ", " been ", " being ", " partially ", " partly "})
      if (before.ends_with(ahead)) return false;
    return true;
  }
  return false;
}

// How a list item opens, after a label it may lead with ("**Monitoring**: Added alerting ...").
PastOpening item_opening(const MdBlock& item) {
  const std::string head = plain_text(item_head(item));
  const LabelledLine labelled = split_label(head);
  const std::string_view told =
      labelled.label.empty() ? std::string_view(head) : std::string_view(labelled.value);
  if (closes_as_done(told)) return PastOpening::Verb;
  return past_tense_opening(told);
}

// "- Re-enabled alerting ...", "- Migrated the Asia node ...", "- **Review**: Audit of all
// configurations completed": a list whose every item opens in the past tense or closes saying it
// is done, one at least surely with a verb, reports work done. Only items with no status of
// their own change.
void mark_list_told_as_done(const ImportContext& cx, const MdBlock& list,
                            std::vector<std::pair<ActionItem, int>>& out, std::size_t first) {
  if (cx.written_by_hindsight || list.children.size() < 2 || out.size() - first < 2) return;
  bool surely = false;
  for (const MdBlock& item : list.children) {
    const PastOpening opening = item_opening(item);
    if (opening == PastOpening::None) return;
    surely = surely || opening == PastOpening::Verb;
  }
  if (!surely) return;
  for (std::size_t k = first; k < out.size(); ++k)
    if (out[k].first.status == ActionStatus::Open) out[k].first.status = ActionStatus::Done;
}

// "監視を強化する", "加强监控和告警": Japanese and Chinese write a whole sentence without a space.
// Written so, a name is a sentence when it holds the object particle "を", a verb ending "する" or
// a full stop "。", or more than four characters ("監視", "プロセス", "监控" name groups).
bool names_a_sentence_unspaced(std::string_view name) {
  if (std::all_of(name.begin(), name.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return false;
  for (std::string_view mark : {"\xE3\x82\x92", "\xE3\x81\x99\xE3\x82\x8B", "\xE3\x80\x82"})
    if (name.find(mark) != std::string_view::npos) return true;
  const auto characters = std::count_if(name.begin(), name.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // not a continuation byte
  });
  return characters > 4;
}
}  // namespace

// The actions a list holds, in order, each with its line: an item, or a titled item's detail, is
// one; a sublist that is not only links holds more; an item naming a group of actions ("**Actions
// taken**:") holds its sublist's, and with `keep_group_names` its line is kept as unplaced text.
void collect_action_list(ImportContext& cx, const MdBlock& list,
                         std::vector<std::pair<ActionItem, int>>& out, bool keep_group_names) {
  const std::size_t first_of_list = out.size();
  for (const MdBlock& item : list.children) {
    const int line = cx.first_line(item);
    // "- **Immediate actions taken**:" over a sublist: a group, whose name gives its items'
    // status.
    const bool only_lists =
        !item.children.empty() &&
        std::all_of(item.children.begin(), item.children.end(),
                    [](const MdBlock& child) { return child.kind == BlockKind::List; });
    if (const LabelledLine group = split_label(item.text);
        only_lists && !group.label.empty() && group.value.empty())
      if (const auto status = action_label_status(group.label)) {
        bool grouped = false;
        for (const MdBlock& child : item.children) {
          if (child.kind != BlockKind::List) continue;
          const std::size_t first = out.size();
          collect_action_list(cx, child, out, keep_group_names);
          for (std::size_t k = first; k < out.size(); ++k)
            if (out[k].first.status == ActionStatus::Open) out[k].first.status = *status;
          grouped = true;
        }
        // A group's name is no action; in the action items' section it is kept with the
        // section's other text (elsewhere the list stays where it is written).
        if (grouped && keep_group_names) cx.keep_unplaced(line, line);
        if (grouped) continue;
      }
    // "- Monitoring" over "- Alert on restart loops": a name of one word over a list of actions
    // groups them, as a heading would ("- Improve alerting" over its steps is an action).
    if (const std::string name = std::string(trim(plain_text(item.text)));
        only_lists && !name.empty() && name.find(' ') == std::string::npos &&
        !names_a_sentence_unspaced(name) &&
        !starts_with_imperative(name) &&  // "- Upgrade" over "- Postgres to 15": the verb
        name.find_first_of(":.!?") == std::string::npos &&
        std::none_of(item.children.begin(), item.children.end(),
                     [&](const MdBlock& child) { return links_only(child).has_value(); })) {
      for (const MdBlock& child : item.children)
        collect_action_list(cx, child, out, keep_group_names);
      if (keep_group_names) cx.keep_unplaced(line, line);
      continue;
    }
    if (const auto titled = single_detail(item)) {
      const MdBlock& detail = *titled->detail;
      ActionItem a = read_action_text(cx, plain_text(block_text(detail)), cx.first_line(detail));
      if (ticked(cx, detail) || ticked(cx, item)) a.status = ActionStatus::Done;
      std::string text = plain_text(titled->title);
      append_detail(text, a.action);
      a.action = std::move(text);
      out.emplace_back(std::move(a), line);
      continue;
    }
    const std::string item_text = plain_text(block_text(item));
    ActionItem a = read_action_text(cx, item_text, line);
    if (ticked(cx, item)) a.status = ActionStatus::Done;
    mark_reported_done(cx, item, item_text, a);
    // Links listed under an action (its pull requests, its issue) are where it is tracked; what
    // an action introduces with a colon ("... which will:") details it.
    const bool introduces = a.action.ends_with(':');
    std::vector<const MdBlock*> sublists;
    for (const MdBlock& child : item.children) {
      if (child.kind != BlockKind::List) continue;
      if (auto links = links_only(child))
        append_cell(a.ticket, *links);
      else if (introduces || explains(cx, child) || enumerates_names(cx, child) ||
               (titled_action(item_head(item)) && !names_owners(child)))
        append_detail(a.action, sublist_detail(child));
      else
        sublists.push_back(&child);
    }
    out.emplace_back(std::move(a), line);
    for (const MdBlock* child : sublists) collect_action_list(cx, *child, out, keep_group_names);
  }
  mark_list_told_as_done(cx, list, out, first_of_list);
}

void read_action_list(ImportContext& cx, const MdBlock& list) {
  std::vector<std::pair<ActionItem, int>> actions;
  collect_action_list(cx, list, actions, true);
  for (auto& [action, line] : actions) add_action(cx, std::move(action), line);
}

// "A1. ", "AI-2: ", "ACT-3 - ": the length of the action's identifier that opens a heading (the
// letters action items are numbered after, a hyphen or none, one to three digits, then a mark and
// a space); 0 when none does. "P1:" is a priority, "Q3 -" a quarter and "S3:" a product.
std::size_t action_id_length(std::string_view plain) {
  std::size_t at = 0;
  while (at < plain.size() && at < 4 && std::isupper(static_cast<unsigned char>(plain[at]))) ++at;
  static constexpr std::string_view kIdLetters[] = {"A", "AI", "AR", "ACT", "CA", "PA", "FU", "T"};
  if (std::find(std::begin(kIdLetters), std::end(kIdLetters), plain.substr(0, at)) ==
      std::end(kIdLetters))
    return 0;
  if (at < plain.size() && plain[at] == '-') ++at;
  const std::size_t digits_begin = at;
  while (at < plain.size() && std::isdigit(static_cast<unsigned char>(plain[at]))) ++at;
  if (at == digits_begin || at - digits_begin > 3) return 0;
  for (std::string_view mark : {". ", ": ", ") ", " - ", " \xE2\x80\x94 "})
    if (plain.substr(at).starts_with(mark)) return at + mark.size();
  return 0;
}

// "1) Cron cleanup scheduled @owner", "2. Add alerts", "A1. Update the deploy workflow": a heading
// numbered as an item, or one naming an owner, is an action of its own; a short one ("Process",
// "Testing") groups the items under it. Returns the heading's text without its number, or
// nothing for a group.
std::optional<std::string> action_heading(std::string_view marked) {
  const std::string plain = plain_text(trim(marked));
  if (const std::size_t id = action_id_length(plain); id > 0 && id < plain.size())
    return std::string(trim(std::string_view(plain).substr(id)));
  std::size_t digits = 0;
  while (digits < plain.size() && std::isdigit(static_cast<unsigned char>(plain[digits]))) ++digits;
  if (digits > 0 && digits + 1 < plain.size() && (plain[digits] == ')' || plain[digits] == '.') &&
      plain[digits + 1] == ' ')
    return std::string(trim(std::string_view(plain).substr(digits + 2)));
  if (plain.find(" @") != std::string::npos) return plain;
  return std::nullopt;
}

// "Priority 1: Restart the service", "Priorité 2 - Validation post-redémarrage": a heading that
// ranks the work it names. The work, and its priority (the first is the highest, the third and
// later the lowest); nothing for any other heading, or one that ranks no work ("Priority 1").
struct RankedWork {
  std::string text;
  Priority priority;
  bool short_rank = false;  // "P1: ...", which also heads a group of listed work
};
std::optional<RankedWork> ranked_heading(std::string_view marked) {
  const std::string plain = plain_text(trim(marked));
  const std::string lower = lowercase_ascii(plain);
  for (std::string_view word : {"priority ", "priorit\xC3\xA9 ", "prioridad ", "prioridade ",
                                "priorit\xC3\xA4t ", "priorit\xC3\xA0 ", "priorytet "}) {
    if (!lower.starts_with(word)) continue;
    std::size_t at = word.size();
    int rank = 0;
    while (at < plain.size() && std::isdigit(static_cast<unsigned char>(plain[at])) && rank < 100)
      rank = rank * 10 + (plain[at++] - '0');
    if (rank == 0) return std::nullopt;
    std::string_view rest = trim(std::string_view(plain).substr(at));
    if (const auto after = after_separator(rest)) rest = *after;
    if (rest.empty()) return std::nullopt;
    // Ranked as "P1", "P2", "P3" are.
    return RankedWork{std::string(rest),
                      read_priority("p" + std::to_string(rank)).value_or(Priority::Low)};
  }
  // "P0: Add diagnostic logging", "P2 - Reconcile the two paths": the rank written short.
  std::size_t digits = 1;
  while (digits < plain.size() && std::isdigit(static_cast<unsigned char>(plain[digits]))) ++digits;
  if (lower.size() < 3 || lower[0] != 'p' || digits == 1 || digits > 2) return std::nullopt;
  const auto after = after_separator(trim(std::string_view(plain).substr(digits)));
  if (!after || after->empty()) return std::nullopt;
  const auto priority = read_priority(lower.substr(0, digits));
  if (!priority) return std::nullopt;
  return RankedWork{std::string(*after), *priority, true};
}

// "Fix", "Fixes:", "**Fixes applied**": a label over the fixes made.
bool names_a_fix(std::string_view label) {
  std::string name = lowercase_ascii(trim(plain_text(label)));
  while (!name.empty() && (name.back() == ':' || name.back() == ' ')) name.pop_back();
  return name == "fix" || name == "fixes" || name == "fix applied" || name == "fixes applied";
}

// "**Action item:** Start incidents earlier. Owner: @dana", "TODO: add an alert": a paragraph
// labelled as an action, anywhere in the document.
std::optional<ActionItem> labelled_action(ImportContext& cx, std::string_view marked, int line) {
  const auto lines = split_lines(marked);
  if (lines.empty()) return std::nullopt;
  LabelledLine l = split_label(lines[0]);
  // "**DOING** Migrate the backups": a marker in capitals needs no colon.
  if (l.label.empty()) l = split_capital_marker(lines[0]);
  std::optional<ActionStatus> status = action_label_status(l.label);
  if (!status && cx.fixes_labelled_as_done && names_a_fix(l.label)) status = ActionStatus::Done;
  if (!status) return std::nullopt;
  // "Long term: none expected.", "Recommendation: the vendor's guide says ...": labels that
  // name work only over words that say what to do ("Suggested: Monitor logs better").
  const std::string label = lowercase_ascii(trim(plain_text(l.label)));
  // A suggestion may also be worded as one: "Suggested: Not related to this incident, but
  // monitoring issued certificates ... might be helpful."
  // ("... might be helpful, but the team disagreed", "... could help newcomers, though it
  // didn't matter here": the suggestion turned down after it, a view, not work.)
  const auto worded_as_a_suggestion = [&] {
    const std::string value = " " + lowercase_ascii(plain_text(l.value)) + " ";
    for (std::string_view words : {" might be helpful", " would be helpful", " could be helpful",
                                   " would help", " could help", " might help"})
      if (const std::size_t at = value.find(words); at != std::string::npos) {
        const std::string_view after = std::string_view(value).substr(at + words.size());
        for (std::string_view turn :
             {" not ", "n't ", "n\xE2\x80\x99t ", " but ", " though ", " however "})
          if (after.find(turn) != std::string_view::npos) return false;
        return true;
      }
    return false;
  };
  if ((label == "long term" || label == "long-term" || label == "recommendation" ||
       label == "suggestion" || label == "suggested") &&
      !starts_with_imperative(plain_text(l.value)) &&
      !((label == "suggestion" || label == "suggested") && worded_as_a_suggestion()))
    return std::nullopt;
  std::string text = l.value;
  for (std::size_t k = 1; k < lines.size(); ++k) text += "\n" + plain_text(lines[k]);
  if (trim(text).empty()) return std::nullopt;
  // "**Long-term fix:** None needed beyond the above", "TODO: n/a": no work named.
  const std::string value = lowercase_ascii(trim(plain_text(text)));
  for (std::string_view none : {"none", "n/a", "na", "nothing", "no further", "not needed"})
    if (value.starts_with(none) && (value.size() == none.size() ||
                                    !std::isalpha(static_cast<unsigned char>(value[none.size()]))))
      return std::nullopt;
  ActionItem a = read_action_text(cx, text, line);
  if (a.action.empty()) return std::nullopt;
  if (a.status == ActionStatus::Open) a.status = *status;
  // "**Permanent fix:** Deployed v2.3.1 on March 7": the fix reported as made.
  if (a.status == ActionStatus::Open &&
      (past_tense_opening(a.action) == PastOpening::Verb || reports_completion(a.action)))
    a.status = ActionStatus::Done;
  return a;
}

// The line's plain text without the tick that opens it ("✅ Optimize ..." -> "Optimize ...").
std::string without_tick(std::string_view line) {
  std::string text = plain_text(trim(line));
  for (std::string_view tick : {"\xE2\x9C\x85 ", "\xE2\x9C\x94\xEF\xB8\x8F ", "\xE2\x9C\x94 "})
    if (text.starts_with(tick)) return text.substr(tick.size());
  return text;
}

// "Tasks:", "Short term:": a line that labels the actions on the lines below it.
bool labels_the_lines_below(std::string_view line) {
  const std::string text(trim(plain_text(line)));
  return text.size() > 1 && text.back() == ':' && std::count(text.begin(), text.end(), ' ') < 3;
}

// "Beef up pre-deployment testing; we need more guard dogs.": a line that is a whole sentence of
// a few words, from its capital letter to its full stop; wrapped prose breaks its lines anywhere.
bool is_whole_sentence(std::string_view line) {
  const std::string text = without_tick(line);
  return text.size() > 1 && text.front() >= 'A' && text.front() <= 'Z' &&
         std::string_view(".!?").find(text.back()) != std::string_view::npos &&
         std::count(text.begin(), text.end(), ' ') >= 2;
}

bool says_what_to_do(std::string_view text);  // defined below

// "Beef up pre-deployment testing", "Supercharge monitoring for slow queries": a line that opens
// as an order does, with a verb the vocabulary may not know. Not a sentence about somebody or
// something ("The ideal pattern would be ...", "Going forward the team ...", "Engineers are
// working ...", "Alice restarted ..."): its first word is no article, pronoun or adverb, no
// plural, gerund or past tense, and its first clause holds no "is", "will" or "has".
bool opens_like_an_order(std::string_view line) {
  const std::string text = without_tick(line);
  // "Change management was skipped": a verb the vocabulary knows may open a finding as a noun.
  if (starts_with_imperative(text)) return says_what_to_do(text);
  static constexpr std::string_view kNotAVerb[] = {
      "the",     "a",       "an",   "this",    "that",    "these", "those",   "we",       "our",
      "us",      "it",      "its",  "there",   "they",    "their", "he",      "she",      "his",
      "her",     "i",       "my",   "you",     "your",    "most",  "some",    "all",      "each",
      "every",   "no",      "one",  "many",    "several", "after", "before",  "when",     "while",
      "during",  "since",   "as",   "if",      "in",      "on",    "at",      "by",       "for",
      "from",    "to",      "with", "once",    "then",    "now",   "today",   "also",     "however",
      "finally", "overall", "not",  "further", "more",    "other", "both",    "either",   "neither",
      "what",    "which",   "who",  "why",     "how",     "where", "whether", "although", "though"};
  static constexpr std::string_view kAuxiliaries[] = {
      "is",    "are",    "was", "were",  "will", "would", "has",  "have", "had",  "can",
      "could", "should", "may", "might", "must", "did",   "does", "do",   "been", "be"};
  const std::string clause =
      lowercase_ascii(text.substr(0, std::min(text.find_first_of(",;:"), text.size())));
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < clause.size();) {
    const std::size_t end = std::min(clause.find(' ', at), clause.size());
    if (end > at) words.push_back(std::string_view(clause).substr(at, end - at));
    at = end + 1;
  }
  if (words.size() < 2) return false;
  const auto one_of = [](std::string_view word, const auto& list) {
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
  };
  const std::string_view first = words[0];
  // "Replica lag reached ten minutes", "Kafka fell behind": a past tense among the words after
  // the first tells what happened.
  if (one_of(first, kNotAVerb) || first.ends_with("ing") || first.ends_with("ed") ||
      first.ends_with("ly") || (first.ends_with('s') && !first.ends_with("ss")) ||
      is_past_tense(words[1]) || (words.size() > 2 && is_past_tense(words[2])))
    return false;
  return std::none_of(words.begin(), words.end(),
                      [&](std::string_view word) { return one_of(word, kAuxiliaries); });
}

// A paragraph of several lines, each opening with a verb ("Develop better ...\nHire a ...\nAdd a
// feature ..."), is a list written without markers: one action a line. So is one whose lines are
// each a whole sentence opening as an order, when the vocabulary knows at least one line's verb
// ("Beef up ...\nSupercharge ...\nEstablish ..."); prose written a sentence a line is one action.
bool lines_are_actions(const std::vector<std::string_view>& lines) {
  if (lines.size() < 2 || labels_the_lines_below(lines.back())) return false;
  const auto each_line = [&](auto&& reads_as_one) {
    return std::all_of(lines.begin(), lines.end(), [&](std::string_view line) {
      return labels_the_lines_below(line) || reads_as_one(line);
    });
  };
  const auto known_verb = [](std::string_view line) { return says_what_to_do(without_tick(line)); };
  return each_line(known_verb) || (each_line([](std::string_view line) {
                                     return is_whole_sentence(line) && opens_like_an_order(line);
                                   }) &&
                                   std::any_of(lines.begin(), lines.end(), known_verb));
}

// "✅ Optimize database queries\n✅ Implement automated rollback": lines ticked off as done, each
// opening with a verb, under an actions heading whatever else the section holds.
bool ticked_action_lines(const std::vector<std::string_view>& lines) {
  return !lines.empty() && std::all_of(lines.begin(), lines.end(), [](std::string_view line) {
    const std::string text = without_tick(line);
    return text.size() < plain_text(trim(line)).size() && starts_with_imperative(text);
  });
}

// "4. Confirm the recovery method", "12) Notify support": the number that opens a numbered
// line, with its mark and the space after it; 0 when the line opens with none.
std::size_t item_number_length(std::string_view line) {
  std::size_t digits = 0;
  while (digits < line.size() && digits < 3 && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits == 0 || digits + 1 >= line.size() || (line[digits] != '.' && line[digits] != ')') ||
      line[digits + 1] != ' ')
    return 0;
  return digits + 2;
}

// "2. ", "1b. ", "3) ": the number that opens an item written as an HTML paragraph, a letter
// after it allowed (a plan's "1a", "1b"), with its mark and the space after it; 0 when none.
std::size_t html_item_number_length(std::string_view line) {
  std::size_t at = 0;
  while (at < line.size() && at < 3 && line[at] >= '0' && line[at] <= '9') ++at;
  if (at == 0) return 0;
  if (at < line.size() && line[at] >= 'a' && line[at] <= 'z') ++at;
  if (at + 1 >= line.size() || (line[at] != '.' && line[at] != ')') || line[at + 1] != ' ')
    return 0;
  return at + 2;
}

// "**PRIORITY 2 (Next 30 minutes):**" over "4. Confirm the recovery method" and "5. Execute
// it": Markdown lets only a list numbered from 1 interrupt a paragraph, so a list that goes on
// from an earlier one is lines of its label's paragraph; actions when each says what to do.
bool label_over_numbered_lines(const std::vector<std::string_view>& lines) {
  return lines.size() >= 2 && plain_text(trim(lines.front())).ends_with(':') &&
         std::all_of(lines.begin() + 1, lines.end(), [](std::string_view line) {
           const std::string_view item = trim(line);
           const std::size_t number = item_number_length(item);
           return number > 0 && starts_with_imperative(plain_text(item.substr(number)));
         });
}

// An intro such as "The following were agreed:" ends with a colon, and a template's placeholder
// is in brackets ("[Table from Phase 4]"): neither is an action.
bool is_intro(std::string_view text) {
  text = trim(text);
  return text.empty() || text.back() == ':' || (text.front() == '[' && text.back() == ']');
}

// "* P0 - Critical for the release", "* Detect - Be more effective in detecting ...": a list
// whose every item defines a term of one or two words, as a legend of the table of actions
// below it does.
bool defines_terms(const MdBlock& list) {
  return list.children.size() >= 2 &&
         std::all_of(list.children.begin(), list.children.end(), [](const MdBlock& item) {
           const std::string text = plain_text(trim(block_text(item)));
           const std::size_t dash = text.find(" - ");
           const std::size_t colon = text.find(": ");
           const std::size_t term_end = std::min(dash, colon);
           if (term_end == std::string::npos || term_end == 0 || term_end > 24) return false;
           const std::string_view term = std::string_view(text).substr(0, term_end);
           return std::count(term.begin(), term.end(), ' ') <= 1 && item.children.empty();
         });
}

// "1. The OOM killer caused locale-gen to fail. 2. The missing locale caused PostgreSQL to fail
// to start.": a list whose every item tells one link of how the failure came about, as a section
// on what comes next may recall it. No work.
bool tells_a_chain_of_causes(const MdBlock& list) {
  return list.children.size() >= 2 &&
         std::all_of(list.children.begin(), list.children.end(), [](const MdBlock& item) {
           const std::string text = " " + lowercase_ascii(plain_text(trim(block_text(item)))) + " ";
           // Its subject a thing named with an article ("The OOM killer caused ..."), one
           // clause: no work after a semicolon or "so" ("...; add an alert on 5xx").
           if (!text.starts_with(" the ") && !text.starts_with(" a ") && !text.starts_with(" an "))
             return false;
           for (std::string_view work :
                {" we ", " i ", " should ", " will ", " must ", ";", " so ", " add ", " need"})
             if (text.find(work) != std::string::npos) return false;
           for (std::string_view cause : {" caused ", " led to ", " resulted in "})
             if (text.find(cause) != std::string::npos) return true;
           return false;
         });
}

// "Add these to the docs", "Announce both of them on the blog": work on what was just listed,
// named by a pronoun ("Test both regions" names something else).
bool points_back(std::string_view text) {
  const std::string words = " " + lowercase_ascii(text) + " ";
  const std::size_t verb_end = words.find(' ', 1);
  for (std::string_view pronoun :
       {"these", "those", "them", "both of these", "both of them", "all of these", "all of them",
        "each of these", "each of them"}) {
    if (words.compare(verb_end + 1, pronoun.size(), pronoun) != 0) continue;
    const std::size_t after = verb_end + 1 + pronoun.size();
    // The pronoun ends its phrase: a preposition, a stop or the end follows.
    const std::string_view next = std::string_view(words).substr(after, 6);
    for (std::string_view follows : {" to ", " in ", " into ", " on ", " as ", " at ", " from ",
                                     " with ", " for ", " and ", ". ", ", ", " "})
      if (next.starts_with(follows) && (follows != " " || after + 1 == words.size())) return true;
  }
  return false;
}

// "Test both regions in the quarterly drill": an imperative that opens a sentence of work, not
// "Review of the logs showed ..." or "Test coverage was low".
// "We have added all of these to the Jira board", "We will review progress weekly": what the
// team does with the actions listed above, no action of its own.
bool tracks_the_listed_work(std::string_view sentence) {
  const std::string text = " " + lowercase_ascii(sentence) + " ";
  for (std::string_view back : {" these ", " them ", " above ", " progress ", " each item ",
                                " each of ", " all of ", " tickets ", " ticket "})
    if (text.find(back) != std::string::npos) return true;
  return false;
}

// The action a sentence of committed work makes: done when it says so ("We have already
// increased the frequency of backups").
ActionItem work_of(ImportContext& cx, std::string_view sentence, int line) {
  ActionItem a = read_action_text(cx, sentence, line);
  if (a.status == ActionStatus::Open && reports_work_done(sentence)) a.status = ActionStatus::Done;
  return a;
}

bool says_what_to_do(std::string_view text) {
  if (is_intro(text) || !starts_with_imperative(text)) return false;
  const std::string words = " " + lowercase_ascii(trim(text)) + " ";
  const std::size_t verb_end = words.find(' ', 1);
  for (std::string_view noun_use : {" of ", " is ", " was ", " were ", " are ", " has ", " had ",
                                    " coverage ", " fatigue ", " management "})
    if (words.compare(verb_end, noun_use.size(), noun_use) == 0) return false;
  // A finite verb in the first clause makes the opening word its subject.
  const std::size_t clause_end = std::min(words.find(", "), words.find(". "));
  const std::string_view clause = std::string_view(words).substr(0, clause_end);
  for (std::string_view finite :
       {" was ", " were ", " meant ", " showed ", " caused ", " slowed ", " paid ", " helped ",
        " saved ", " worked ", " failed ", " allowed ", " prevented ", " took ", " let us ",
        " made ", " had been "})
    if (clause.find(finite) != std::string_view::npos) return false;
  return true;
}
}  // namespace

namespace {
// "Better validation of config is necessary": work called for, unless the clause denies it ("no
// further action is necessary"). `text`: lowercase.
bool calls_necessary(std::string_view text) {
  static constexpr std::string_view kDenials[] = {" no ", " not ", "n't ", " nothing ", " never "};
  for (std::string_view cue : {" is necessary", " are necessary"})
    for (std::size_t at = text.find(cue); at != std::string_view::npos;
         at = text.find(cue, at + 1)) {
      const std::size_t mark = text.find_last_of(".,;:", at);
      const std::size_t clause = mark == std::string_view::npos ? 0 : mark;
      const std::string before = " " + std::string(text.substr(clause, at - clause)) + " ";
      if (std::none_of(std::begin(kDenials), std::end(kDenials), [&](std::string_view word) {
            return before.find(word) != std::string::npos;
          }))
        return true;
    }
  return false;
}
}  // namespace

namespace {
// "### Migrate the queue" over "- **Owner**: Dana", "- **Due**: 2024-02-01" and "- **Rule name**:
// `Checkout 5xx`": a heading over a list of its properties is one action. The list has two items
// or more, most of them a label and its value, none labelled with work to do ("- **Add
// alerting**: on 5xx"), and a label names a field of an action item (owner, due date, status,
// priority, ticket, effort). A heading that groups actions ("### Improve monitoring" over "-
// **Dashboards**: a panel for queue depth") names none.
std::optional<ActionItem> action_with_properties(ImportContext& cx, std::string_view heading,
                                                 int line, const MdBlock& list) {
  if (list.kind != BlockKind::List || list.children.size() < 2) return std::nullopt;
  std::size_t labelled = 0;
  bool names_a_field = false;
  for (const MdBlock& item : list.children) {
    if (std::any_of(item.children.begin(), item.children.end(),
                    [](const MdBlock& c) { return c.kind == BlockKind::List; }))
      return std::nullopt;
    const std::string text = one_line(block_text(item));
    const LabelledLine l = split_label(text);
    if (l.label.empty()) continue;
    if (starts_with_imperative(l.label)) return std::nullopt;
    ++labelled;
    names_a_field = names_a_field || read_action_fields(plain_text(text)).has_value();
  }
  if (labelled * 3 < list.children.size() * 2) return std::nullopt;
  ActionItem a =
      read_action_text(cx, action_heading(heading).value_or(plain_text(trim(heading))), line);
  if (!names_a_field) return std::nullopt;
  std::string details;  // the lines that name no field, joined by "; "
  for (const MdBlock& item : list.children) {
    const std::string text = one_line(plain_text(block_text(item)));
    if (auto fields = read_action_fields(text))
      apply_action_fields(cx, *fields, a, cx.first_line(item));
    else if (!text.empty())
      details += (details.empty() ? "" : "; ") + text;
  }
  append_detail(a.action, details);
  return a;
}
}  // namespace

namespace {
// "### During the incident", "### Immediate mitigation", "### Restoring service", "### Ideas we
// rejected", "### Open questions": a heading over the response or the discussion, not over work
// taken on since.
bool names_the_response_or_a_discussion(std::string_view title) {
  for (std::string_view word : {"during", "immediate", "response", "containment", "restor",
                                "mitigat", "rejected", "question", "idea", "incident"})
    if (title.find(word) != std::string_view::npos) return true;
  return false;
}
}  // namespace

bool names_work_detailed_below(const Blocks& blocks, std::size_t heading, std::size_t end,
                               bool in_actions) {
  const std::string title = lowercase_ascii(plain_text(trim(blocks[heading].text)));
  if (std::count(title.begin(), title.end(), ' ') < (in_actions ? 1 : 2) || title.ends_with("?") ||
      title.ends_with(":"))
    return false;
  // "How we prioritised these", "Why these actions": an explanation, not work.
  for (std::string_view opener : {"how ", "why ", "what ", "when ", "where ", "who ", "which ",
                                  "note", "about ", "background", "context"})
    if (title.starts_with(opener)) return false;
  std::size_t k = heading + 1;
  bool says_what_will_be_done = false;
  bool says_something = false;  // more than "None." or "TBD"
  // Paragraphs, and quotes of what the paragraphs cite.
  for (; k < end && (blocks[k].kind == BlockKind::Paragraph ||
                     (blocks[k].kind == BlockKind::Quote && k > heading + 1));
       ++k) {
    const std::string text = " " + lowercase_ascii(plain_text(blocks[k].text)) + " ";
    says_something = says_something || std::count(text.begin(), text.end(), ' ') > 5;
    for (std::string_view cue :
         {" will ", " going to ", " plan ", " plans ", " planned ", " should ", " need to ",
          " needs to ", " to be ", " we're ", " we are "})
      says_what_will_be_done = says_what_will_be_done || text.find(cue) != std::string::npos;
    says_what_will_be_done = says_what_will_be_done || calls_necessary(text);
    // Under an actions heading, "### Mirror production closer in the CI cycle" over "As a first
    // step we enabled eager loading in our test suite.": lasting work done since, told under its
    // name. Not under "### During the incident" or "### Ideas we rejected", nor a deed of the
    // response ("we failed over to the replica").
    if (in_actions && !names_the_response_or_a_discussion(title))
      for (const std::string& sentence : sentences_of(plain_text(blocks[k].text)))
        says_what_will_be_done =
            says_what_will_be_done || reports_work_done(sentence) || reports_lasting_deed(sentence);
  }
  return k > heading + 1 && says_what_will_be_done && says_something &&
         (k == end || blocks[k].kind == BlockKind::Heading);
}

namespace {
// "- By 5:00 PM, send the customer update": a list whose items open with the time work is due by.
bool sets_deadlines(const MdBlock& list) {
  return std::any_of(list.children.begin(), list.children.end(), [](const MdBlock& item) {
    const std::string text = lowercase_ascii(trim(plain_text(item.text)));
    return text.starts_with("by ") || text.starts_with("until ") || text.starts_with("before ");
  });
}

// "We are sorry for the trouble this caused.": an apology, no work.
bool apologises(std::string_view paragraph) {
  const std::string text = " " + lowercase_ascii(paragraph) + " ";
  for (std::string_view word : {" sorry ", " apologize", " apologise", " apologies", " apology "})
    if (text.find(word) != std::string::npos) return true;
  return false;
}
}  // namespace

namespace {
// "**Configuration changes, outside the repo:**": a paragraph of one line, ending with a colon,
// that names the work the list below it holds (not "**Selection Criteria:**" over a legend).
bool labels_more_work(const MdBlock& b) {
  if (b.kind != BlockKind::Paragraph || split_lines(b.text).size() != 1) return false;
  const std::string text = lowercase_ascii(trim(plain_text(b.text)));
  if (text.empty() || text.back() != ':') return false;
  for (std::string_view word : {"changes", "fixes", "actions", "tasks", "improvements",
                                "follow-ups", "follow ups", "remediations", "mitigations", "todo"})
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1))
      if ((at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]))) &&
          !std::isalpha(static_cast<unsigned char>(text[at + word.size()])))
        return true;
  return false;
}

// "**Actions taken:**", "Permanent fixes implemented:": a paragraph that is a label alone, and
// the label without its colon.
std::optional<std::string> label_alone(const MdBlock& b) {
  if (b.kind != BlockKind::Paragraph || split_lines(b.text).size() != 1) return std::nullopt;
  const LabelledLine l = split_label(b.text);
  if (!l.label.empty() && !l.value.empty()) return std::nullopt;
  std::string name = l.label.empty() ? plain_text(trim(b.text)) : l.label;
  while (!name.empty() && (name.back() == ':' || name.back() == ' ')) name.pop_back();
  return name;
}
}  // namespace

void read_actions(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end) {
  // The first actions section, when it has no list, table or heading, holds its actions as
  // paragraphs, one each; so does a later one whose every paragraph says what the team is doing
  // or will do. (Other paragraphs a later one holds were kept aside from an earlier list.)
  // Under "## Fixes" or "## What we shipped" a paragraph may tell the change that set the
  // incident off ("Release 2.3 added a write-through cache"): there, only those that state work
  // to do or done by the team ("We added an alert on ...") are actions.
  const auto states_work = [&](const MdBlock& b) {
    const std::string text = one_line(plain_text(b.text));
    return states_the_teams_work(text) || lines_are_actions(split_lines(b.text)) ||
           (cx.section_names_fixes && (tells_what_was_done(text) || says_what_to_do(text)));
  };
  const bool paragraphs_are_actions =
      ((cx.postmortem.actions.empty() && !cx.section_names_fixes) ||
       std::all_of(
           blocks.begin() + static_cast<std::ptrdiff_t>(begin),
           blocks.begin() + static_cast<std::ptrdiff_t>(end),
           [&](const MdBlock& b) { return b.kind != BlockKind::Paragraph || states_work(b); })) &&
      std::none_of(blocks.begin() + static_cast<std::ptrdiff_t>(begin),
                   blocks.begin() + static_cast<std::ptrdiff_t>(end), [](const MdBlock& b) {
                     return b.kind == BlockKind::List || b.kind == BlockKind::Table ||
                            b.kind == BlockKind::Heading;
                   });
  // Once action items were read, a list right after a paragraph the reader kept aside
  // ("**Selection Criteria:**" under the table) explains that paragraph and is kept with it. A
  // paragraph before the first action item introduces the list that follows it.
  const std::size_t actions_before = cx.postmortem.actions.size();
  bool after_unplaced = false;
  // A legend under a table of actions ("**Selection Criteria:**" and a list of what each
  // priority means) explains it; a list under a list of actions is more of them ("**To complete
  // before the release:**" and its items).
  bool last_actions_in_table = false;
  std::optional<std::size_t> heading_action;  // an action heading whose paragraphs detail it
  bool steps_under_heading = false;           // and its lists too (its identifier was written)
  bool after_action_list = false;             // the block before was a list of actions
  bool opening = true;                        // no heading, list or table came yet
  // "### Completed" over a list or a table: the status of the actions under it, up to the next
  // heading or a paragraph after them ("Still to do after the review:").
  std::optional<ActionStatus> group_status;
  bool group_read = false;  // a list or table was read under the status heading
  // The actions read from `before` on that their text gave no status take `status`.
  const auto mark_open = [&](std::size_t before, std::optional<ActionStatus> status) {
    if (status && *status != ActionStatus::Open)
      for (std::size_t k = before; k < cx.postmortem.actions.size(); ++k)
        if (cx.postmortem.actions[k].status == ActionStatus::Open)
          cx.postmortem.actions[k].status = *status;
  };
  std::vector<std::size_t> set_aside;  // paragraphs kept in the notes
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    const int line = cx.first_line(b);
    const bool follows_action_list = std::exchange(after_action_list, false);
    if (b.kind == BlockKind::Paragraph && group_read) group_status.reset();
    // The section's first paragraphs, before any heading, list or table.
    opening = opening && b.kind == BlockKind::Paragraph;
    if (b.kind == BlockKind::Heading) {
      heading_action.reset();
      steps_under_heading = false;
      after_unplaced = false;
      group_status.reset();
      group_read = false;
      if (i + 1 < end)
        if (auto a = action_with_properties(cx, b.text, line, blocks[i + 1])) {
          add_action(cx, std::move(*a), line);
          ++i;
          continue;
        }
      // "### Priority 1: Restart the service" over its goal and method: the work, ranked; what
      // follows it, lists too, details it.
      // "### Priority 1: Critical" over a list or a table names a rank, not work: a group; so
      // does "### P1: must do before the next release" over a list.
      std::size_t under = i + 1;  // the first block under the heading's paragraphs
      while (under < end && blocks[under].kind == BlockKind::Paragraph) ++under;
      if (const auto ranked = ranked_heading(b.text);
          ranked && ranked->text.find(' ') != std::string::npos &&
          (under == end || (blocks[under].kind != BlockKind::Table &&
                            !(ranked->short_rank && blocks[under].kind == BlockKind::List)))) {
        ActionItem a = read_action_text(cx, ranked->text, line);
        a.priority = ranked->priority;
        add_action(cx, std::move(a), line);
        heading_action = cx.postmortem.actions.size() - 1;
        steps_under_heading = true;
        continue;
      }
      auto text = action_heading(b.text);
      // "### 1. Short-Term (Completed or In Progress)" over a list: the list holds the actions,
      // the heading groups them. A heading that says what to do ("### 2. Add pool alerting") or
      // whose owner it names is an action, the list its steps.
      // "### 1. Numerical safety" over a paragraph or two that lead into the list: the same.
      // "#### 2. Updated all writers" tells work done, and what follows it, lists too, its details.
      const bool tells_work_done = text && past_tense_opening(*text) != PastOpening::None;
      if (text && under < end && blocks[under].kind == BlockKind::List &&
          text->find(" @") == std::string::npos && !starts_with_imperative(*text) &&
          !tells_work_done && action_id_length(plain_text(trim(b.text))) == 0)
        text.reset();
      if (!text && names_work_detailed_below(blocks, i, end, true)) text = plain_text(trim(b.text));
      if (text) {
        ActionItem a = read_action_text(cx, *text, line);
        // "### A1. Update the workflow": the identifier written is the action's, and the list
        // under it its steps.
        const std::string plain = plain_text(trim(b.text));
        if (const std::size_t id = action_id_length(plain); id > 0) {
          std::string written = plain.substr(0, id);
          while (!written.empty() && std::string_view(" .:)-\xE2\x80\x94").find(written.back()) !=
                                         std::string_view::npos)
            written.pop_back();
          a.id = written;
          steps_under_heading = true;
        }
        if (tells_work_done) steps_under_heading = true;
        add_action(cx, std::move(a), line);
        heading_action = cx.postmortem.actions.size() - 1;
      } else {
        cx.keep_unplaced(line, cx.last_line(b));
        if (!cx.written_by_hindsight) group_status = status_group_title(plain_text(trim(b.text)));
      }
      continue;
    }
    if (heading_action &&
        (b.kind == BlockKind::Paragraph || (steps_under_heading && b.kind == BlockKind::List))) {
      std::string& action = cx.postmortem.actions[*heading_action].action;
      if (b.kind == BlockKind::Paragraph) append_detail(action, one_line(plain_text(b.text)));
      for (const MdBlock& step : b.kind == BlockKind::List ? b.children : std::vector<MdBlock>{})
        append_detail(action, one_line(plain_text(block_text_deep(step))));
      continue;
    }
    // "Posted Feb 13, 2025 - 14:55 EST" closing a status page's postmortem, or a moment alone
    // ("Mar 26, 2025 - 15:07 EDT"): when it was written, not work.
    if (!cx.written_by_hindsight && b.kind == BlockKind::Paragraph &&
        split_lines(b.text).size() == 1 && posted_moment(b.text)) {
      cx.keep_unplaced(line, cx.last_line(b));
      continue;
    }
    // "## Response actions" over "1. **10:30 AM**: Acknowledged the alert": what was done, when;
    // entries of the timeline, not work still to do. "- By 5:00 PM, send the update" is work
    // with its deadline.
    if (!cx.written_by_hindsight && is_timed_list(b) && !sets_deadlines(b)) {
      read_timeline(cx, blocks, i, i + 1);
      continue;
    }
    // "<p><i>2.</i> Add another 'dev'-like machine ...": numbered actions written as HTML
    // paragraphs, one an action each.
    if (!cx.written_by_hindsight && b.kind == BlockKind::Html)
      if (const auto lines = html_paragraphs(b);
          lines && std::all_of(lines->begin(), lines->end(), [](const std::string& l) {
            return html_item_number_length(l) > 0;
          })) {
        for (const std::string& item : *lines)
          add_action(cx, read_action_text(cx, item.substr(html_item_number_length(item)), line),
                     line);
        after_unplaced = false;
        continue;
      }
    if (b.kind == BlockKind::Paragraph)
      if (auto a = labelled_action(cx, b.text, line)) {
        add_action(cx, std::move(*a), line);
        after_unplaced = false;
        continue;
      }
    if (b.kind == BlockKind::Paragraph && !cx.written_by_hindsight)
      if (const auto lines = split_lines(b.text); ticked_action_lines(lines)) {
        for (std::size_t k = 0; k < lines.size(); ++k) {
          const int at = line + static_cast<int>(k);
          add_action(cx, read_action_text(cx, plain_text(trim(lines[k])), at), at);
        }
        after_unplaced = false;
        continue;
      }
    if (b.kind == BlockKind::Paragraph && !cx.written_by_hindsight)
      if (const auto lines = split_lines(b.text); label_over_numbered_lines(lines)) {
        cx.keep_unplaced(line, line);
        std::string label = plain_text(trim(lines.front()));
        while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
        const std::optional<ActionStatus> status = status_group_title(label);  // "Done:"
        for (std::size_t k = 1; k < lines.size(); ++k) {
          const std::string_view item = trim(lines[k]);
          const int at = line + static_cast<int>(k);
          ActionItem a =
              read_action_text(cx, plain_text(item.substr(item_number_length(item))), at);
          if (status && a.status == ActionStatus::Open) a.status = *status;
          add_action(cx, std::move(a), at);
        }
        after_unplaced = false;
        continue;
      }
    if (paragraphs_are_actions && b.kind == BlockKind::Paragraph && !is_intro(plain_text(b.text)) &&
        !apologises(plain_text(b.text))) {
      const auto lines = split_lines(b.text);
      if (lines_are_actions(lines)) {
        for (std::size_t k = 0; k < lines.size(); ++k) {
          const int at = line + static_cast<int>(k);
          if (labels_the_lines_below(lines[k]))
            cx.keep_unplaced(at, at);
          else
            add_action(cx, read_action_text(cx, plain_text(trim(lines[k])), at), at);
        }
      } else {
        add_action(cx, read_action_text(cx, one_line(plain_text(b.text)), line), line);
      }
      continue;
    }
    const bool explains =
        (after_unplaced && cx.postmortem.actions.size() > actions_before && last_actions_in_table &&
         !(i > begin && labels_more_work(blocks[i - 1]))) ||
        (b.kind == BlockKind::List && !cx.written_by_hindsight && defines_terms(b) &&
         std::any_of(blocks.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                     blocks.begin() + static_cast<std::ptrdiff_t>(end), [](const MdBlock& later) {
                       return later.kind == BlockKind::Table && names_actions(later);
                     }));
    const bool list_of_actions = b.kind == BlockKind::List && !explains &&
                                 !lists_only_names(cx, b) &&
                                 (cx.written_by_hindsight || !tells_a_chain_of_causes(b));
    if (b.kind == BlockKind::Table && !cx.written_by_hindsight && logs_what_was_done(b)) {
      read_timeline(cx, blocks, i, i + 1);
      last_actions_in_table = false;
    } else if (b.kind == BlockKind::Table && !holds_no_action_column(b)) {
      const std::size_t before = cx.postmortem.actions.size();
      read_action_table(cx, b);
      // A table with a status column says each row's, "Open" included.
      if (!has_column(view_table(b), Column::Status)) mark_open(before, group_status);
      group_read = true;
      last_actions_in_table = true;
    } else if (list_of_actions) {
      const std::size_t before = cx.postmortem.actions.size();
      read_action_list(cx, b);
      // "**Permanent fixes implemented:**" over the list: work its label says is done; so is
      // work a sentence leading in says was taken ("Two fixes were implemented:").
      std::optional<ActionStatus> status;
      // "Completed:", "**Done:**" alone: the group's status, as a heading gives it.
      if (const auto label = i > begin ? label_alone(blocks[i - 1]) : std::nullopt)
        status = status_group_title(*label);
      if (!status && i > begin && blocks[i - 1].kind == BlockKind::Paragraph &&
          !cx.written_by_hindsight && announces_steps_taken(plain_text(blocks[i - 1].text)))
        status = ActionStatus::Done;
      // A status heading's group ("### Completed") leaves a list of task boxes alone: each box
      // states its own ("- [ ] Rotate the credentials" is still open).
      const bool boxes_state_status =
          std::any_of(b.children.begin(), b.children.end(),
                      [&](const MdBlock& item) { return task_box(cx, item).has_value(); });
      mark_open(before, status ? status : boxes_state_status ? std::nullopt : group_status);
      group_read = true;
      last_actions_in_table = false;
      after_action_list = cx.postmortem.actions.size() > before;
      after_unplaced = false;
      continue;
    } else if (b.kind == BlockKind::Paragraph && !cx.written_by_hindsight && follows_action_list &&
               says_what_to_do(plain_text(b.text))) {
      // Under a list of actions, a paragraph that says what to do is one more; one that points
      // back at them ("Add these to the documentation and link them from the quota request")
      // says how they are to be done, a detail of the list's last one.
      const std::string text = one_line(plain_text(b.text));
      if (points_back(text)) {
        append_detail(cx.postmortem.actions.back().action, text);
      } else {
        add_action(cx, read_action_text(cx, text, line), line);
      }
      after_unplaced = false;
      continue;
    } else if (b.kind == BlockKind::Paragraph && !cx.written_by_hindsight && opening &&
               tells_what_was_done(plain_text(b.text))) {
      // "We reverted the changes and released 1.270.1." opening the remediation: how the
      // incident ended, which is what happened.
      append_prose(cx, model_field(FieldId::WhatHappened), cx.raw_lines(line, cx.last_line(b)),
                   line);
    } else if (b.kind != BlockKind::Rule) {
      if (b.kind == BlockKind::Paragraph) set_aside.push_back(i);
      cx.keep_unplaced(line, cx.last_line(b));
      // "For example, we are in the process of setting up procedures that ...": after the
      // section's first actions, a sentence that commits to more work is one more action (the
      // paragraph stays in the notes as written).
      if (b.kind == BlockKind::Paragraph && !cx.written_by_hindsight &&
          cx.postmortem.actions.size() > actions_before)
        for (const std::string& sentence : sentences_of_any_script(one_line(plain_text(b.text))))
          if (commits_to_work(sentence) && !tracks_the_listed_work(sentence))
            add_action(cx, work_of(cx, sentence, line), line);
    }
    after_unplaced =
        b.kind == BlockKind::Paragraph || (b.kind == BlockKind::List && !list_of_actions);
  }
  // "Internal documentation will be updated to ensure ..." in a section whose lists and tables
  // held no action: its sentences that commit to work are its actions (the paragraphs stay in
  // the notes as written). In a section of prose alone, so is a change told as made ("As a
  // direct result of this incident, I've bumped the droplet's RAM"), as work done; under
  // headings of its own, such prose stays text.
  const bool prose_alone =
      std::none_of(blocks.begin() + static_cast<std::ptrdiff_t>(begin),
                   blocks.begin() + static_cast<std::ptrdiff_t>(end),
                   [](const MdBlock& b) { return b.kind == BlockKind::Heading; });
  if (cx.postmortem.actions.size() == actions_before && !cx.written_by_hindsight)
    for (const std::size_t i : set_aside)
      for (const std::string& sentence :
           sentences_of_any_script(one_line(plain_text(blocks[i].text)))) {
        const int line = cx.first_line(blocks[i]);
        if (commits_to_work(sentence) && !tracks_the_listed_work(sentence)) {
          add_action(cx, work_of(cx, sentence, line), line);
        } else if (prose_alone && reports_a_change_made(sentence)) {
          ActionItem done = work_of(cx, sentence, line);
          done.status = ActionStatus::Done;
          add_action(cx, std::move(done), line);
        }
      }
}

void read_written_actions(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                          std::size_t end, int first_line, int last_line) {
  const ModelField& notes = model_field(FieldId::ActionsNotes);
  int from = first_line;  // the first line not yet read
  for (std::size_t i = begin; i < end; ++i) {
    if (blocks[i].kind != BlockKind::Table || holds_no_action_column(blocks[i])) continue;
    int first = 0;
    append_prose(cx, notes, cx.raw_lines(from, cx.first_line(blocks[i]) - 1, &first), first);
    read_actions(cx, blocks, i, i + 1);
    from = cx.last_line(blocks[i]) + 1;
  }
  int first = 0;
  append_prose(cx, notes, cx.raw_lines(from, last_line, &first), first);
}

namespace {
// "- We are planning to add more nodes": an item of a list, at any depth, commits to work as a
// paragraph's sentence does; the item is the action, its other sentences the action's detail
// (as find_recommended_work reads an item of the lessons, so the two find it once).
void find_committed_items(ImportContext& cx, const MdBlock& list) {
  for (const MdBlock& item : list.children) {
    const int line = cx.first_line(item);
    const std::string text = one_line(plain_text(block_text(item)));
    const std::vector<std::string> sentences = sentences_of(text);
    if (std::any_of(sentences.begin(), sentences.end(),
                    [](const std::string& sentence) { return commits_to_work(sentence); }))
      cx.committed_work.emplace_back(work_of(cx, text, line), line);
    for (const MdBlock& child : item.children)
      if (child.kind == BlockKind::List) find_committed_items(cx, child);
  }
}
}  // namespace

void find_committed_work(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                         std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    if (blocks[i].kind == BlockKind::List) find_committed_items(cx, blocks[i]);
    if (blocks[i].kind != BlockKind::Paragraph) continue;
    const int line = cx.first_line(blocks[i]);
    for (const std::string& sentence :
         sentences_of_any_script(one_line(plain_text(blocks[i].text))))
      if (commits_to_work(sentence))
        cx.committed_work.emplace_back(work_of(cx, sentence, line), line);
  }
}

void find_recommended_work(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                           std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    // "Going forward we should endeavour to create an identical testnet": a lesson's prose that
    // tells the team what to do ("Default limits need alarms of their own" states the lesson).
    if (blocks[i].kind == BlockKind::Paragraph) {
      const int line = cx.first_line(blocks[i]);
      for (const std::string& sentence : sentences_of(one_line(plain_text(blocks[i].text))))
        if (!commits_to_work(sentence) &&
            (advises_the_team(sentence) || asks_for_a_change(sentence)))
          cx.committed_work.emplace_back(work_of(cx, sentence, line), line);
    }
    if (blocks[i].kind != BlockKind::List) continue;
    for (const MdBlock& item : blocks[i].children) {
      const std::string text = one_line(plain_text(block_text(item)));
      if (says_what_to_do(text) || commits_to_work(text) || calls_for_work(text))
        cx.committed_work.emplace_back(work_of(cx, text, cx.first_line(item)), cx.first_line(item));
    }
  }
}

bool read_inline_action(ImportContext& cx, std::string_view marked, int line) {
  auto a = labelled_action(cx, marked, line);
  if (!a) return false;
  cx.inline_actions.emplace_back(std::move(*a), line);
  return true;
}

namespace {
// The actions of a list under a label that gives them a status (an item's tick comes first).
void collect_labelled_list(ImportContext& cx, const MdBlock& list, ActionStatus status) {
  const std::size_t first = cx.inline_actions.size();
  collect_action_list(cx, list, cx.inline_actions, false);
  for (std::size_t k = first; k < cx.inline_actions.size(); ++k)
    if (cx.inline_actions[k].first.status == ActionStatus::Open)
      cx.inline_actions[k].first.status = status;
}
}  // namespace

void find_announced_actions(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                            std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    if (b.kind == BlockKind::Table) {
      if (names_actions(b)) collect_action_table(cx, b, cx.inline_actions);
      continue;
    }
    if (b.kind == BlockKind::Item) {
      // "- **Review actions**:" over a sublist of them.
      const LabelledLine l = split_label(b.text);
      const std::optional<ActionStatus> labelled =
          l.value.empty() ? action_label_status(l.label) : std::nullopt;
      for (const MdBlock& child : b.children)
        if (labelled && child.kind == BlockKind::List) collect_labelled_list(cx, child, *labelled);
      if (!labelled) find_announced_actions(cx, b.children, 0, b.children.size());
      continue;
    }
    if (b.kind != BlockKind::Paragraph || i + 1 >= end) {
      if (b.kind == BlockKind::List || b.kind == BlockKind::Quote)
        find_announced_actions(cx, b.children, 0, b.children.size());
      continue;
    }
    // "**Actions taken:**" or "Action Items" alone over a list or a paragraph: the label says
    // their status.
    const std::optional<std::string> name = label_alone(b);
    std::optional<ActionStatus> labelled = name ? action_label_status(*name) : std::nullopt;
    if (name && !labelled && cx.fixes_labelled_as_done && names_a_fix(*name))
      labelled = ActionStatus::Done;
    if (labelled && blocks[i + 1].kind == BlockKind::Paragraph) {
      const MdBlock& next = blocks[i + 1];
      ActionItem a = read_action_text(cx, one_line(plain_text(next.text)), cx.first_line(next));
      ++i;
      // "We've established guiding criteria for disabling the system:" over the criteria.
      if (a.action.ends_with(':') && i + 1 < end && blocks[i + 1].kind == BlockKind::List) {
        append_detail(a.action, sublist_detail(blocks[i + 1]));
        ++i;
      }
      if (a.status == ActionStatus::Open) a.status = *labelled;
      if (!a.action.empty()) cx.inline_actions.emplace_back(std::move(a), cx.first_line(next));
      continue;
    }
    if (blocks[i + 1].kind == BlockKind::List) {
      if (labelled || announces_remediation(plain_text(b.text))) {
        collect_labelled_list(cx, blocks[i + 1], labelled.value_or(ActionStatus::Open));
        ++i;
        continue;
      }
      if (announces_steps_taken(plain_text(b.text))) {
        collect_labelled_list(cx, blocks[i + 1], ActionStatus::Done);
        ++i;
        if (i + 1 < end && blocks[i + 1].kind == BlockKind::Paragraph &&
            adds_work_done(one_line(plain_text(blocks[i + 1].text)))) {
          const MdBlock& more = blocks[i + 1];
          ActionItem a = read_action_text(cx, one_line(plain_text(more.text)), cx.first_line(more));
          a.status = ActionStatus::Done;
          cx.inline_actions.emplace_back(std::move(a), cx.first_line(more));
          ++i;
        }
        continue;
      }
    }
  }
}

void find_listed_orders(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                        std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    if (b.kind != BlockKind::List) continue;
    // Most items open with a verb the vocabulary knows ("Restart" may name a restart), none in
    // the past tense.
    std::size_t orders = 0;
    bool told = false;
    for (const MdBlock& item : b.children) {
      const std::string head = plain_text(item_head(item));
      orders += says_what_to_do(head);
      told = told || past_tense_opening(head) != PastOpening::None;
    }
    if (!told && orders >= 2 && orders * 2 > b.children.size())
      collect_labelled_list(cx, b, ActionStatus::Open);
  }
}

void find_task_lists(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end,
                     bool may_list_stages) {
  // "[x] Root cause determined": a stage of the review, not work; "[ ] Add alerting @ana" is.
  const auto names_work = [](const MdBlock& item) {
    const std::string text = plain_text(block_text(item));
    return says_what_to_do(without_tick(text)) || text.find('@') != std::string::npos ||
           lowercase_ascii(text).find("owner") != std::string::npos;
  };
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    if (b.kind == BlockKind::List && !b.children.empty() &&
        std::all_of(b.children.begin(), b.children.end(),
                    [&](const MdBlock& item) { return task_box(cx, item).has_value(); }) &&
        (!may_list_stages || std::any_of(b.children.begin(), b.children.end(), names_work)))
      collect_labelled_list(cx, b, ActionStatus::Open);
  }
}

void add_inline_actions(ImportContext& cx) {
  if (cx.postmortem.actions.empty() && cx.inline_actions.empty())
    cx.inline_actions = std::move(cx.committed_work);
  cx.committed_work.clear();
  if (cx.inline_actions.empty()) return;
  // Found section by section and then in the text before the first section: added in the
  // document's order.
  std::stable_sort(cx.inline_actions.begin(), cx.inline_actions.end(),
                   [](const auto& a, const auto& b) { return a.second < b.second; });
  std::set<std::string> known;
  for (const ActionItem& a : cx.postmortem.actions) known.insert(a.action);
  for (auto& [action, line] : cx.inline_actions)
    if (known.insert(action.action).second) add_action(cx, std::move(action), line);
  cx.inline_actions.clear();
}
}  // namespace hindsight::core
