// Section readers of the Markdown import: timeline, action items, root cause analysis, meeting
// notes and plain lists. Each reads a range of top-level blocks, fills the post-mortem, records
// source lines, and hands whatever it cannot place to ImportContext::keep_unplaced.
#include <algorithm>

#include "core/enum_names.hpp"
#include "core/import_context.hpp"
#include "core/markdown_text.hpp"
#include "core/markdown_vocabulary.hpp"

namespace hindsight::core {
namespace {

std::string one_line(std::string_view text) {
  std::string out(trim(text));
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

// Removes what separates a time from its text: " - ", " — ", ": ", "|", ",".
std::string_view strip_separator(std::string_view text) {
  text = trim(text);
  for (std::string_view sep :
       {"-", "\xE2\x80\x94", "\xE2\x80\x93", ":", "|", ",", "\xE2\x86\x92"}) {
    if (text.substr(0, sep.size()) == sep) return trim(text.substr(sep.size()));
  }
  return text;
}

std::string path_of(std::string_view base, std::size_t index) {
  return std::string(base) + "/" + std::to_string(index);
}

// ---- timeline ------------------------------------------------------------------------------

enum class Column {
  Unknown,
  Time,
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
  Minutes
};

Column column_of(std::string_view header) {
  const std::string h = lowercase_ascii(trim(plain_text(header)));
  auto any = [&](std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), h) != names.end();
  };
  if (any({"time", "time (utc)", "timestamp", "when", "date", "date/time", "time utc", "utc"}))
    return Column::Time;
  if (any({"event", "kind", "milestone", "type of event"})) return Column::Kind;
  if (any({"description", "details", "what happened", "summary", "notes", "message"}))
    return Column::Text;
  if (any({"source", "evidence", "link", "reference", "ref"})) return Column::Source;
  if (any({"id", "#", "no", "no."})) return Column::Id;
  if (any({"priority", "prio", "p", "severity"})) return Column::Priority;
  if (any({"action", "action item", "item", "task", "what", "title", "actions"}))
    return Column::Action;
  if (any({"owner", "assignee", "who", "responsible", "dri", "assigned to"})) return Column::Owner;
  if (any({"due", "due date", "deadline", "target date", "eta", "by"})) return Column::Due;
  if (any({"effort", "estimate", "size"})) return Column::Effort;
  if (any({"status", "state", "done"})) return Column::Status;
  if (any({"ticket", "issue", "tracking", "jira", "bug"})) return Column::Ticket;
  if (any({"category", "area"})) return Column::Category;
  if (any({"type"})) return Column::Type;
  if (any({"root cause", "cause", "factor"})) return Column::RootCause;
  if (any({"confidence", "certainty"})) return Column::Confidence;
  if (any({"phase", "step"})) return Column::Phase;
  if (any({"time box", "timebox", "minutes", "duration"})) return Column::Minutes;
  return Column::Unknown;
}

struct TableView {
  std::vector<Column> columns;
  std::vector<std::string> headers;
  std::vector<const MdBlock*> rows;  // body rows
};

TableView view_table(const MdBlock& table) {
  TableView t;
  for (const MdBlock& row : table.children) {
    if (row.header) {
      for (const MdBlock& cell : row.children) {
        t.headers.push_back(plain_text(cell.text));
        t.columns.push_back(column_of(cell.text));
      }
    } else {
      t.rows.push_back(&row);
    }
  }
  return t;
}

std::string cell(const MdBlock& row, std::size_t column) {
  return column < row.children.size() ? plain_text(trim(row.children[column].text)) : "";
}

bool has_column(const TableView& t, Column c) {
  return std::find(t.columns.begin(), t.columns.end(), c) != t.columns.end();
}

// " (Header: value)" for each cell of a column no field takes, so the text is kept.
std::string extra_cells(const TableView& t, const MdBlock& row,
                        std::initializer_list<Column> used) {
  std::string extra;
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    if (std::find(used.begin(), used.end(), t.columns[c]) != used.end()) continue;
    const std::string value = cell(row, c);
    if (!value.empty()) extra += " (" + t.headers[c] + ": " + value + ")";
  }
  return extra;
}

void add_event(ImportContext& cx, TimelineEvent event, int line) {
  const std::string path = path_of("/timeline", cx.postmortem.timeline.size());
  cx.locate(path, line);
  cx.locate(path + "/text", line);
  cx.postmortem.timeline.push_back(std::move(event));
}

// A day named on its own ("January 15, 2024", "**2024-01-15**", "Jan 15:"): later times fall on it.
bool read_day_line(ImportContext& cx, std::string_view text) {
  const std::string plain = plain_text(trim(text));
  const auto date = read_date(plain);
  if (!date) return false;
  const std::string_view rest = trim(std::string_view(plain).substr(date->length));
  if (!rest.empty() && rest != ":") return false;
  LooseDate day = *date;
  if (day.year == 0) {
    LooseDate known;
    if (!cx.day_for_time(known)) return false;
    day.year = known.year;
  }
  cx.current_day = day;
  return true;
}

// One line of a list or paragraph: "[**Label:**] [date] time [zone] - text".
void read_event_line(ImportContext& cx, std::string_view marked, int line) {
  if (read_day_line(cx, marked)) return;
  TimelineEvent event;
  LabelledLine l = split_label(marked);
  std::string rest = plain_text(trim(marked));
  if (!l.label.empty() && trim(marked).front() == kStrongBegin) {
    if (auto kind = event_kind_from_label(l.label)) {
      event.kind = *kind;
      rest = l.value;
    } else if (read_time(l.label)) {
      rest = l.label + " " + l.value;  // "**14:23** alert fired"
    } else if (apply_metadata(cx, l.label, l.value, line)) {
      return;
    }
  }
  if (auto time = read_time(rest)) {
    event.at = cx.resolve_time(*time, line);
    rest = std::string(strip_separator(std::string_view(rest).substr(time->length)));
    LabelledLine inner = split_label(rest);
    if (!inner.label.empty())
      if (auto kind = event_kind_from_label(inner.label)) {
        event.kind = *kind;
        rest = inner.value;
      }
  }
  event.text = rest;
  add_event(cx, std::move(event), line);
}

void read_timeline_table(ImportContext& cx, const MdBlock& table) {
  const TableView t = view_table(table);
  const bool kind_is_text = !has_column(t, Column::Text);
  for (const MdBlock* row : t.rows) {
    const int line = cx.first_line(*row);
    TimelineEvent event;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      const std::string value = cell(*row, c);
      switch (t.columns[c]) {
        case Column::Time:
          if (value.empty()) break;
          if (auto time = read_time(value);
              time && trim(std::string_view(value).substr(time->length)).empty()) {
            event.at = cx.resolve_time(*time, line);
          } else {
            event.text += value + " ";
            cx.warn(line, "\"" + value + "\" is not a time; kept in the event's text");
          }
          break;
        case Column::Kind:
          if (auto kind = event_kind_from_label(value); kind && !kind_is_text)
            event.kind = *kind;
          else if (!value.empty())
            event.text += value + (kind_is_text ? "" : " ");
          break;
        case Column::Text:
          event.text += value;
          break;
        case Column::Source:
          event.source = value;
          break;
        default:
          break;
      }
    }
    event.text = std::string(trim(event.text)) +
                 extra_cells(t, *row, {Column::Time, Column::Kind, Column::Text, Column::Source});
    add_event(cx, std::move(event), line);
  }
}

void read_timeline_list(ImportContext& cx, const MdBlock& list) {
  for (const MdBlock& item : list.children) {
    const std::string text = block_text(item);
    const int line = cx.first_line(item);
    const auto lines = split_lines(text);
    for (std::size_t k = 0; k < lines.size(); ++k)
      if (!trim(lines[k]).empty()) read_event_line(cx, lines[k], line + static_cast<int>(k));
    for (const MdBlock& child : item.children)
      if (child.kind == BlockKind::List) read_timeline_list(cx, child);
  }
}

// ---- action items --------------------------------------------------------------------------

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

template <class E>
void set_or_warn(ImportContext& cx, E& target, std::optional<E> parsed, const std::string& value,
                 const char* what, int line) {
  if (parsed)
    target = *parsed;
  else if (!value.empty())
    cx.warn(line, std::string(what) + " \"" + value + "\" is not known; " +
                      std::string(label_of(target)) + " was assumed");
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

// ---- root cause analysis -------------------------------------------------------------------

std::string_view why_answer(std::string_view line) {
  line = trim(line);
  if (!starts_with_ci(line, "why")) return {};
  std::size_t at = 3;
  while (at < line.size() && (line[at] == '?' || line[at] == ' ' || line[at] == ':')) ++at;
  if (at == 3 && line.size() > 3) return {};
  return strip_separator(line.substr(at));
}

Confidence guess_confidence(std::string_view text) {
  const std::string w = lowercase_ascii(text.substr(0, 24));
  for (auto likely : {"likely", "probably", "possibly", "suspected", "we believe"})
    if (w.rfind(likely, 0) == 0) return Confidence::Likely;
  if (w.rfind("unknown", 0) == 0 || w.rfind("unclear", 0) == 0) return Confidence::Unknown;
  return Confidence::Confirmed;
}

CauseCategory guess_category(std::string_view text) {
  const std::string w = lowercase_ascii(text);
  for (auto word : {"review", "checklist", "process", "runbook", "training", "documentation",
                    "policy", "testing", "no automated", "missing test"})
    if (w.find(word) != std::string::npos) return CauseCategory::Process;
  return CauseCategory::Technical;
}

void add_root_cause(ImportContext& cx, RootCause cause, int line) {
  auto& causes = cx.postmortem.analysis.root_causes;
  cx.locate(path_of("/analysis/root_causes", causes.size()) + "/text", line);
  causes.push_back(std::move(cause));
}

void read_cause_table(ImportContext& cx, const MdBlock& table) {
  const TableView t = view_table(table);
  for (const MdBlock* row : t.rows) {
    const int line = cx.first_line(*row);
    RootCause cause;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      const std::string v = cell(*row, c);
      if (t.columns[c] == Column::RootCause || t.columns[c] == Column::Text) cause.text = v;
      if (t.columns[c] == Column::Category)
        set_or_warn(cx, cause.category, from_label<CauseCategory>(v), v, "category", line);
      if (t.columns[c] == Column::Confidence)
        set_or_warn(cx, cause.confidence, from_label<Confidence>(v), v, "confidence", line);
    }
    cause.text += extra_cells(
        t, *row, {Column::RootCause, Column::Text, Column::Category, Column::Confidence});
    add_root_cause(cx, std::move(cause), line);
  }
}

enum class RcaMode { Summary, FiveWhys, RootCauses, FollowUps };

struct AnalysisReader {
  ImportContext& cx;
  RcaMode mode = RcaMode::Summary;
  FiveWhys* chain = nullptr;

  FiveWhys& current_chain() {
    auto& chains = cx.postmortem.analysis.five_whys;
    if (!chain) {
      chains.emplace_back();
      chain = &chains.back();
    }
    return *chain;
  }
  std::string chain_path() const {
    return path_of("/analysis/five_whys", cx.postmortem.analysis.five_whys.size() - 1);
  }

  // True when the paragraph held 5-Whys or root-cause lines.
  bool read_paragraph(const MdBlock& b) {
    const auto lines = split_lines(b.text);
    const int first = cx.first_line(b);
    bool structured = false;
    for (std::size_t k = 0; k < lines.size(); ++k) {
      const int line = first + static_cast<int>(k);
      const LabelledLine l = split_label(lines[k]);
      const bool bold = !trim(lines[k]).empty() && trim(lines[k]).front() == kStrongBegin;
      const MetaField field = bold ? meta_field(l.label) : MetaField::Unknown;
      if (field == MetaField::Problem) {
        cx.postmortem.analysis.five_whys.emplace_back();
        chain = &cx.postmortem.analysis.five_whys.back();
        chain->problem = l.value;
        cx.locate(chain_path() + "/problem", line);
      } else if (field == MetaField::Conclusion) {
        current_chain().conclusion = l.value;
        cx.locate(chain_path() + "/conclusion", line);
      } else if (field == MetaField::RootCausesList) {
        mode = RcaMode::RootCauses;
        if (!l.value.empty())
          add_root_cause(cx, {l.value, guess_category(l.value), guess_confidence(l.value)}, line);
      } else if (const std::string plain = plain_text(lines[k]);
                 !why_answer(plain).empty() || trim(plain) == "Why?") {
        const std::string_view answer = why_answer(plain);
        auto& whys = current_chain().whys;
        cx.locate(chain_path() + "/whys/" + std::to_string(whys.size()), line);
        whys.emplace_back(answer);
      } else {
        if (structured) cx.keep_unplaced(line, line);
        continue;
      }
      if (!structured && k > 0) cx.keep_unplaced(first, line - 1);
      structured = true;
    }
    return structured;
  }

  bool read_list(const MdBlock& list) {
    if (mode == RcaMode::Summary) return false;
    for (const MdBlock& item : list.children) {
      const std::string text = one_line(plain_text(block_text(item)));
      const int line = cx.first_line(item);
      if (mode == RcaMode::RootCauses) {
        add_root_cause(cx, {text, guess_category(text), guess_confidence(text)}, line);
      } else if (mode == RcaMode::FollowUps) {
        auto& f = cx.postmortem.analysis.follow_up_investigations;
        cx.locate(path_of("/analysis/follow_up_investigations", f.size()), line);
        f.push_back(text);
      } else {
        const std::string_view answer = why_answer(text);
        auto& whys = current_chain().whys;
        cx.locate(chain_path() + "/whys/" + std::to_string(whys.size()), line);
        whys.emplace_back(answer.empty() ? std::string_view(text) : answer);
      }
    }
    return true;
  }
};

}  // namespace

SectionRole sniff_role(const Blocks& blocks, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    if (b.kind == BlockKind::Paragraph) {
      for (std::string_view line : split_lines(b.text)) {
        const std::string plain = plain_text(line);
        if (!why_answer(plain).empty() || meta_field(split_label(line).label) == MetaField::Problem)
          return SectionRole::Analysis;
      }
    }
    if (b.kind == BlockKind::Table) {
      const TableView t = view_table(b);
      if (has_column(t, Column::Action) || has_column(t, Column::Owner))
        return SectionRole::Actions;
      if (has_column(t, Column::Time)) return SectionRole::Timeline;
    }
  }
  return SectionRole::Unknown;
}

void read_timeline(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    const int first = cx.first_line(b);
    switch (b.kind) {
      case BlockKind::Table:
        read_timeline_table(cx, b);
        break;
      case BlockKind::List:
        read_timeline_list(cx, b);
        break;
      case BlockKind::Heading:
        if (!read_day_line(cx, b.text) &&
            lowercase_ascii(b.text).find("phase") == std::string::npos)
          cx.keep_unplaced(first, cx.last_line(b));
        break;
      case BlockKind::Paragraph: {
        const auto lines = split_lines(b.text);
        for (std::size_t k = 0; k < lines.size(); ++k)
          if (!trim(lines[k]).empty()) read_event_line(cx, lines[k], first + static_cast<int>(k));
        break;
      }
      case BlockKind::Rule:
        break;
      default:
        cx.keep_unplaced(first, cx.last_line(b));
        break;
    }
  }
}

void read_actions(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end) {
  // A list right after a paragraph the reader kept aside ("**Selection Criteria:**") explains
  // that paragraph; it is kept with it rather than read as action items.
  // A paragraph before any action item introduces the list that follows it.
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

void read_analysis(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end,
                   int body_first_line, int body_last_line, SectionRole part) {
  AnalysisReader reader{cx};
  if (part == SectionRole::RootCauses) reader.mode = RcaMode::RootCauses;
  if (part == SectionRole::FiveWhys) reader.mode = RcaMode::FiveWhys;
  std::string summary;
  int summary_line = 0;
  int run_start = body_first_line;  // first line of the summary text not yet taken
  auto close_run = [&](int run_end) {
    int first = 0;
    const std::string piece = cx.raw_lines(run_start, run_end, &first);
    if (piece.empty()) return;
    if (summary.empty()) summary_line = first;
    summary += summary.empty() ? piece : "\n\n" + piece;
  };
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    bool structural = false;
    if (b.kind == BlockKind::Heading && b.level >= 3) {
      const SectionRole role = subsection_role(plain_text(b.text));
      structural = true;
      if (role == SectionRole::FiveWhys) {
        reader.mode = RcaMode::FiveWhys;
        reader.chain = nullptr;
      } else if (role == SectionRole::RootCauses)
        reader.mode = RcaMode::RootCauses;
      else if (role == SectionRole::FollowUps)
        reader.mode = RcaMode::FollowUps;
      else {
        structural = false;
        reader.mode = RcaMode::Summary;
      }
    } else if (b.kind == BlockKind::Paragraph) {
      // A paragraph of 5-Whys lines is structure; the lines it could not place are summary text.
      const int before = static_cast<int>(cx.postmortem.analysis.five_whys.size());
      structural = reader.read_paragraph(b);
      (void)before;
    } else if (b.kind == BlockKind::List) {
      structural = reader.read_list(b);
    } else if (b.kind == BlockKind::Table) {
      const TableView t = view_table(b);
      if (reader.mode == RcaMode::RootCauses || has_column(t, Column::RootCause)) {
        read_cause_table(cx, b);
        structural = true;
      }
    }
    if (structural) {
      close_run(cx.first_line(b) > 0 ? cx.first_line(b) - 1 : run_start - 1);
      run_start = (cx.last_line(b) > 0 ? cx.last_line(b) : run_start) + 1;
    }
  }
  close_run(body_last_line);
  auto& a = cx.postmortem.analysis;
  if (!summary.empty()) {
    if (!a.summary.empty()) a.summary += "\n\n";
    a.summary += summary;
    cx.locate("/analysis/summary", summary_line);
  }
}

void read_list_entries(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end,
                       std::vector<std::string>& entries, const std::string& path) {
  auto add = [&](const std::string& text, int line) {
    cx.locate(path_of(path, entries.size()), line);
    entries.push_back(one_line(text));
  };
  std::function<void(const MdBlock&)> read_list = [&](const MdBlock& list) {
    for (const MdBlock& item : list.children) {
      add(plain_text(block_text(item)), cx.first_line(item));
      for (const MdBlock& child : item.children)
        if (child.kind == BlockKind::List) read_list(child);
    }
  };
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    if (b.kind == BlockKind::List)
      read_list(b);
    else if (b.kind == BlockKind::Paragraph)
      add(plain_text(b.text), cx.first_line(b));
    else if (b.kind != BlockKind::Rule)
      cx.keep_unplaced(cx.first_line(b), cx.last_line(b));
  }
}

void read_meeting(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end,
                  int body_last_line) {
  Meeting& m = cx.postmortem.meeting;
  std::size_t i = begin;
  auto next_heading = [&](std::size_t from, int max_level) {
    while (from < end &&
           !(blocks[from].kind == BlockKind::Heading && blocks[from].level <= max_level))
      ++from;
    return from;
  };
  auto line_before = [&](std::size_t index) {
    return index < end ? cx.first_line(blocks[index]) - 1 : body_last_line;
  };
  for (; i < end && blocks[i].kind != BlockKind::Heading; ++i) {
    const MdBlock& b = blocks[i];
    if (b.kind == BlockKind::Rule) continue;
    const LabelledLine l = split_label(b.text);
    if (b.kind != BlockKind::Paragraph || !apply_metadata(cx, l.label, l.value, cx.first_line(b)))
      cx.keep_unplaced(cx.first_line(b), cx.last_line(b));
  }
  while (i < end) {
    const MdBlock& h = blocks[i];
    const std::size_t sub_end = next_heading(i + 1, std::max(3, h.level));
    const std::string title = plain_text(h.text);
    const int body_first = cx.last_line(h) + 1;
    std::string path;
    switch (subsection_role(title)) {
      case SectionRole::Agenda:
        for (std::size_t k = i + 1; k < sub_end; ++k) {
          if (blocks[k].kind != BlockKind::Table) continue;
          const TableView t = view_table(blocks[k]);
          for (const MdBlock* row : t.rows) {
            cx.locate(path_of("/meeting/agenda", m.agenda.size()), cx.first_line(*row));
            m.agenda.push_back({cell(*row, 0), std::atoi(cell(*row, 1).c_str())});
          }
        }
        break;
      case SectionRole::Opening: {
        int first = 0;
        m.opening_statement = cx.raw_lines(body_first, line_before(sub_end), &first);
        cx.locate("/meeting/opening_statement", first);
        break;
      }
      case SectionRole::KeyQuestions:
        for (std::size_t k = i + 1; k < sub_end;) {
          const std::size_t q_end = next_heading(k + 1, 4);
          if (blocks[k].kind == BlockKind::Heading) {
            const LabelledLine l = split_label(blocks[k].text);
            int first = 0;
            const std::string notes =
                cx.raw_lines(cx.last_line(blocks[k]) + 1, line_before(q_end), &first);
            cx.locate(path_of("/meeting/key_questions", m.key_questions.size()) + "/notes", first);
            m.key_questions.push_back(
                {l.label, l.label.empty() ? plain_text(blocks[k].text) : l.value, notes});
          } else if (blocks[k].kind == BlockKind::List) {
            for (const MdBlock& item : blocks[k].children) {
              const LabelledLine l = split_label(block_text(item));
              m.key_questions.push_back({l.label, l.value, ""});
            }
          }
          k = q_end;
        }
        break;
      case SectionRole::Confusion:
      case SectionRole::ParkingLot:
      case SectionRole::Lucky: {
        auto& list = subsection_role(title) == SectionRole::Confusion    ? m.confusion
                     : subsection_role(title) == SectionRole::ParkingLot ? m.parking_lot
                                                                         : m.got_lucky;
        const char* name = subsection_role(title) == SectionRole::Confusion ? "/meeting/confusion"
                           : subsection_role(title) == SectionRole::ParkingLot
                               ? "/meeting/parking_lot"
                               : "/meeting/got_lucky";
        read_list_entries(cx, blocks, i + 1, sub_end, list, name);
        break;
      }
      default: {
        int first = 0;
        std::string body = cx.raw_lines(body_first, line_before(sub_end), &first);
        cx.locate(path_of("/extra_sections", cx.postmortem.extra_sections.size()) + "/body", first);
        cx.postmortem.extra_sections.push_back({title, std::move(body)});
      }
    }
    i = sub_end;
  }
}

}  // namespace hindsight::core
