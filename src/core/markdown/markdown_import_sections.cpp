// Section readers of the Markdown import: root cause analysis, meeting notes and plain lists, and
// the guess at what a run of blocks with no section heading holds. Each reads a range of top-level
// blocks, fills the post-mortem, records source lines, and hands whatever it cannot place to
// ImportContext::keep_unplaced.
#include <algorithm>

#include "core/markdown/import_context.hpp"
#include "core/markdown/import_tables.hpp"
#include "core/markdown/markdown_text.hpp"
#include "core/markdown/markdown_vocabulary.hpp"
#include "core/model/enum_names.hpp"

namespace hindsight::core {
namespace {

// "30 min", "30", "1h", "1 hour 30 min" as minutes; 0 when it names none. At most 4 digits per
// number, so no text overflows.
int time_box_minutes(std::string_view text) {
  int minutes = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] < '0' || text[i] > '9') {
      ++i;
      continue;
    }
    int n = 0, digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      if (digits++ < 4) n = n * 10 + (text[i] - '0');
      ++i;
    }
    while (i < text.size() && text[i] == ' ') ++i;
    minutes += i < text.size() && (text[i] == 'h' || text[i] == 'H') ? n * 60 : n;
  }
  return minutes;
}

// "12:05" (minutes and seconds) or "45" (seconds) as seconds; nothing when it is neither.
std::optional<int> clock_seconds(std::string_view text) {
  text = trim(text);
  const std::size_t colon = text.find(':');
  const auto number = [](std::string_view digits) -> std::optional<int> {
    if (digits.empty() || digits.size() > 6) return std::nullopt;
    int n = 0;
    for (const char c : digits) {
      if (c < '0' || c > '9') return std::nullopt;
      n = n * 10 + (c - '0');
    }
    return n;
  };
  if (colon == std::string_view::npos) return number(text);
  const auto minutes = number(text.substr(0, colon));
  const auto seconds = number(text.substr(colon + 1));
  if (!minutes || !seconds || *seconds > 59 || text.size() - colon != 3) return std::nullopt;
  return *minutes * 60 + *seconds;
}

// The agenda table: phase and time box in its first two columns, as the workflow writes it;
// the timer's columns, when present, by their headers.
void read_agenda_table(ImportContext& cx, const MdBlock& table) {
  Meeting& m = cx.postmortem.meeting;
  const TableView t = view_table(table);
  for (const MdBlock* row : t.rows) {
    const int line = cx.first_line(*row);
    const std::string path = field_path("/meeting/agenda", m.agenda.size());
    cx.locate(path, line);
    AgendaItem item;
    item.phase = cell(*row, 0);
    item.minutes = time_box_minutes(cell(*row, 1));
    for (std::size_t c = 2; c < t.columns.size(); ++c) {
      const std::string v = cell(*row, c);
      if (v.empty()) continue;
      if (t.columns[c] == Column::Used) {
        if (const auto seconds = clock_seconds(v))
          item.used_seconds = *seconds;
        else
          cx.warn(line, "time used \"" + v + "\" is not minutes:seconds; 0:00 was assumed");
      } else if (t.columns[c] == Column::RunningSince) {
        item.running_since = read_utc_time(cx, v, line);
        if (!item.running_since)
          cx.warn(line, "\"" + v + "\" is not a time; the timer was read as stopped");
      }
    }
    m.agenda.push_back(std::move(item));
  }
}

// "**Current Agenda Item:** 2 of 5" or "... finished"; false when the paragraph is no such line.
bool read_current_item(ImportContext& cx, const MdBlock& paragraph) {
  const LabelledLine l = split_label(paragraph.text);
  if (meta_field(l.label) != MetaField::CurrentItem) return false;
  Meeting& m = cx.postmortem.meeting;
  const std::string value = lowercase_ascii(trim(l.value));
  const auto count = static_cast<int>(m.agenda.size());
  if (value == kCurrentItemFinished) {
    m.current_item = count;
  } else {
    const std::size_t digits = value.find_first_not_of("0123456789");
    const int n = digits == 0 || digits > 6 ? 0 : std::stoi(value.substr(0, digits));
    if (n < 1 || n > count) return false;
    m.current_item = n - 1;
  }
  cx.locate("/meeting/current_item", cx.first_line(paragraph));
  return true;
}

// "- **Prevention:** Add a load test": an idea under its category; an item with no category
// label is an idea of the default category, with a warning.
void read_brainstorm(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k < end; ++k) {
    if (blocks[k].kind != BlockKind::List) {
      if (blocks[k].kind != BlockKind::Rule)
        cx.keep_unplaced(cx.first_line(blocks[k]), cx.last_line(blocks[k]));
      continue;
    }
    for (const MdBlock& item : blocks[k].children) {
      const int line = cx.first_line(item);
      const std::string marked = block_text(item);
      const LabelledLine l = split_label(marked);
      Idea idea;
      const std::optional<ActionCategory> category = from_label<ActionCategory>(l.label);
      idea.text = category ? l.value : plain_text(marked);
      if (category)
        idea.category = *category;
      else
        cx.warn(line, "idea has no category such as \"**Prevention:**\"; " +
                          std::string(label_of(idea.category)) + " was assumed");
      cx.locate(field_path("/ideas", cx.postmortem.ideas.size(), "text"), line);
      cx.postmortem.ideas.push_back(std::move(idea));
    }
  }
}

// Lines without the indentation they all share, so text taken from inside a list item reads as
// it would at the left margin (a nested list stays a list, not a code block).
std::string dedented(const std::string& text) {
  const auto lines = split_lines(text);
  std::size_t common = std::string::npos;
  for (std::string_view line : lines) {
    if (trim(line).empty()) continue;
    common = std::min(common, line.find_first_not_of(' '));
  }
  if (common == 0 || common == std::string::npos) return text;
  std::string out;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (k > 0) out += '\n';
    if (lines[k].size() > common) out += lines[k].substr(common);
  }
  return out;
}

// A key question written as a list item: "**Topic:** question" in its first paragraph, and the
// notes in whatever follows it inside the item (paragraphs, nested lists), as written.
void read_question_item(ImportContext& cx, const MdBlock& item) {
  Meeting& m = cx.postmortem.meeting;
  const std::string first(item_head(item));
  const LabelledLine l = split_label(first);
  const auto question_lines = static_cast<int>(std::count(first.begin(), first.end(), '\n'));
  int notes_line = 0;
  const std::string notes = dedented(
      cx.raw_lines(cx.first_line(item) + question_lines + 1, cx.last_line(item), &notes_line));
  const std::string path = field_path("/meeting/key_questions", m.key_questions.size());
  cx.locate(path + "/question", cx.first_line(item));
  if (!notes.empty()) cx.locate(path + "/notes", notes_line);
  m.key_questions.push_back({l.label, l.value, notes});
}

// ---- root cause analysis -------------------------------------------------------------------

// True for a line that opens with `word` asked or labelled: "Why? → answer", "Why: answer" (not
// prose such as "Why it mattered").
bool is_asked_line(std::string_view line, std::string_view word) {
  line = trim(line);
  return starts_with_ci(line, word) && line.size() > word.size() &&
         (line[word.size()] == '?' || line[word.size()] == ':');
}

bool is_why_line(std::string_view line) { return is_asked_line(line, "why"); }

namespace {
// The end of the subsection headed by blocks[heading]: the next heading as high, or `end`.
std::size_t subsection_end(const Blocks& blocks, std::size_t heading, std::size_t end) {
  std::size_t next = heading + 1;
  while (next < end &&
         !(blocks[next].kind == BlockKind::Heading && blocks[next].level <= blocks[heading].level))
    ++next;
  return next;
}

// "We'll use a technique called "The 5 Whys"", "five whys": text that names the technique.
bool names_five_whys(std::string_view text) {
  const std::string lower = lowercase_ascii(plain_text(text));
  for (std::string_view name : {"5 whys", "five whys", "5 why's", "5-whys", "five-whys"})
    if (lower.find(name) != std::string::npos) return true;
  return false;
}

// "Problem 1", "Problem #2": one of the problems a 5-Whys analysis asks its whys about.
bool names_a_numbered_problem(std::string_view label) {
  const std::string key = lowercase_ascii(trim(label));
  if (!key.starts_with("problem ")) return false;
  std::string_view number = std::string_view(key).substr(8);
  if (number.starts_with('#')) number.remove_prefix(1);
  return !number.empty() && number.size() <= 2 &&
         std::all_of(number.begin(), number.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}
}  // namespace

// The answer of such a line; empty when there is none or the line does not open with `word`.
std::string_view asked_answer(std::string_view line, std::string_view word) {
  if (!is_asked_line(line, word)) return {};
  line = trim(line);
  std::size_t at = word.size();
  while (at < line.size() && (line[at] == '?' || line[at] == ' ' || line[at] == ':')) ++at;
  return strip_separator(line.substr(at));
}

std::string_view why_answer(std::string_view line) { return asked_answer(line, "why"); }

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
  cx.locate(field_path("/analysis/root_causes", causes.size(), "text"), line);
  // No blank at either end: a table cell, as the export writes a cause, trims them (an item's
  // text written as indented code came with its indent).
  trim_in_place(cause.text);
  causes.push_back(std::move(cause));
}

void read_cause_table(ImportContext& cx, const MdBlock& table) {
  const TableView t = view_table(table);
  for (const MdBlock* row : t.rows) {
    const int line = cx.first_line(*row);
    RootCause cause;
    std::string named;  // "| **Hidden DNS dependency** | ... |": a category no field takes
    std::vector<std::size_t> unread;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      const std::string v = cell(*row, c);
      if (t.columns[c] == Column::Id) cause.id = v;
      if (t.columns[c] == Column::RootCause || t.columns[c] == Column::Text) cause.text = v;
      if (t.columns[c] == Column::Category &&
          !set_or_warn(cx, cause.category, from_label<CauseCategory>(v), v, "category", line))
        named = v;
      if (t.columns[c] == Column::Confidence &&
          !set_or_warn(cx, cause.confidence, from_label<Confidence>(v), v, "confidence", line))
        unread.push_back(c);
    }
    cause.text = with_extra_cells(
        std::move(cause.text), t, *row,
        {Column::Id, Column::RootCause, Column::Text, Column::Category, Column::Confidence});
    // Kept in the text, the name first as its author wrote it, so that no word of the row is lost.
    // "N/A", "-", "TBD": a cell left empty in other words.
    const auto left_empty = [](const std::string& value) {
      const std::string v = lowercase_ascii(value);
      return v == "n/a" || v == "-" || v == "tbd" || v == "\xE2\x80\x94" || v == "none";
    };
    if (!named.empty() && !left_empty(named))
      cause.text = named + (cause.text.empty() ? "" : ": " + cause.text);
    for (const std::size_t c : unread)
      if (!left_empty(cell(*row, c)))
        cause.text += (cause.text.empty() ? "(" : " (") + t.headers[c] + ": " + cell(*row, c) + ")";
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
  // A problem was just read, and no why answers it yet.
  bool awaits_whys() const {
    return chain && chain->whys.empty() && !chain->problem.empty() && chain->conclusion.empty();
  }
  std::string chain_path() const {
    return field_path("/analysis/five_whys", cx.postmortem.analysis.five_whys.size() - 1);
  }

  // "... using the Linode" over "CSI.": a line that goes on with the sentence above it, which
  // neither ended ("... attempt." over "Fix: close the connection") nor broke its line ("...
  // payments team.  "); a line labelled "Impact: ..." starts a thing of its own.
  static bool wraps_the_line_above(std::string_view above, std::string_view line) {
    if (above.ends_with("  ") || above.ends_with("\\")) return false;
    // "... the filter<br>": a break the writer asked for, which the tree holds as a line of
    // its own, empty.
    if (trim(line).empty() || trim(above).empty()) return false;
    const std::string plain = plain_text(above);
    const std::string_view end = trim(plain);
    if (end.empty() || std::string_view(".?!:").find(end.back()) != std::string_view::npos)
      return false;
    return split_label(line).label.empty();
  }

  // True when the paragraph held 5-Whys or root-cause lines. `whys_follow`: the next block
  // opens with a why, so that "**What?** Our services went down" above it is the problem.
  bool read_paragraph(const MdBlock& b, bool whys_follow) {
    // Hindsight writes a problem or conclusion as one paragraph, its line breaks as "<br>".
    const std::string_view text = b.text;
    const auto lines = cx.written_by_hindsight && !text.empty() && text.front() == kStrongBegin
                           ? std::vector<std::string_view>{text}
                           : split_lines(text);
    const int first = cx.first_line(b);
    const bool hand_written = !cx.written_by_hindsight;
    // "**What?** The volumes could not be mounted." asks for the problem the whys below answer.
    // Not among "**Where?**", "**When?**", "**Who?**" and "**How?**": the five Ws of a report.
    const bool five_ws = std::any_of(lines.begin(), lines.end(), [](std::string_view line) {
      const std::string plain = plain_text(line);
      return is_asked_line(plain, "where") || is_asked_line(plain, "when") ||
             is_asked_line(plain, "who") || is_asked_line(plain, "how");
    });
    const bool whys_below =
        !five_ws &&
        (whys_follow || std::any_of(lines.begin(), lines.end(), [](std::string_view line) {
           return is_why_line(plain_text(line));
         }));
    bool structured = false;
    // "**Why?** A node recycle left the node unable to mount volumes using the Linode" over
    // "CSI.": a writer's wrapping goes on with the answer above it.
    std::string* wrapped = nullptr;
    for (std::size_t k = 0; k < lines.size(); ++k) {
      const int line = first + static_cast<int>(k);
      const LabelledLine l = split_label(lines[k]);
      const bool bold = !trim(lines[k]).empty() && trim(lines[k]).front() == kStrongBegin;
      const MetaField field = bold ? meta_field(l.label) : MetaField::Unknown;
      const bool asks_what =
          hand_written && bold && whys_below && is_asked_line(plain_text(lines[k]), "what");
      // "**Problem 1:** GitLab.com was down" over whys: the first of the problems a writer
      // asks them about.
      const bool numbered_problem =
          hand_written && bold && whys_below && names_a_numbered_problem(l.label);
      std::string* answered = nullptr;
      if (field == MetaField::Problem || asks_what || numbered_problem) {
        cx.postmortem.analysis.five_whys.emplace_back();
        chain = &cx.postmortem.analysis.five_whys.back();
        chain->problem =
            asks_what ? std::string(asked_answer(plain_text(lines[k]), "what")) : l.value;
        cx.locate(chain_path() + "/problem", line);
        answered = &chain->problem;
      } else if (field == MetaField::Conclusion) {
        current_chain().conclusion = l.value;
        cx.locate(chain_path() + "/conclusion", line);
        answered = &current_chain().conclusion;
      } else if (field == MetaField::RootCausesList) {
        mode = RcaMode::RootCauses;
        if (!l.value.empty())
          add_root_cause(cx, {l.value, guess_category(l.value), guess_confidence(l.value)}, line);
      } else if (const std::string plain = plain_text(lines[k]); is_why_line(plain)) {
        const std::string_view answer = why_answer(plain);
        auto& whys = current_chain().whys;
        cx.locate(field_path(field_path(chain_path(), "whys"), whys.size()), line);
        whys.emplace_back(answer);
        answered = &whys.back();
      } else if (hand_written && wrapped && !wrapped->empty() && !bold &&
                 wraps_the_line_above(lines[k - 1], lines[k])) {
        *wrapped += " " + plain_text(trim(lines[k]));
        continue;
      } else {
        wrapped = nullptr;
        if (structured) cx.keep_unplaced(line, line);
        continue;
      }
      wrapped = answered;
      if (!structured && k > 0) cx.keep_unplaced(first, line - 1);
      structured = true;
    }
    return structured;
  }

  // A hand-written cause's text and, line by line, the items of the lists under it: the details
  // a writer nests under a cause belong to it ("* 1. cause" nests the cause itself).
  static std::string with_nested_items(const MdBlock& item, std::string text) {
    for (const MdBlock& child : item.children) {
      if (child.kind != BlockKind::List) continue;
      for (const MdBlock& nested : child.children) {
        const std::string line =
            with_nested_items(nested, one_line(plain_text(block_text(nested))));
        if (!line.empty()) text += (text.empty() ? "" : "\n") + line;
      }
    }
    return text;
  }

  bool read_list(const MdBlock& list) {
    if (mode == RcaMode::Summary) return false;
    for (const MdBlock& item : list.children) {
      // Hindsight writes a line break in an answer as "<br>"; elsewhere a break in an item is
      // the writer's wrapping.
      const std::string text = cx.written_by_hindsight ? plain_text(block_text(item))
                                                       : one_line(plain_text(block_text(item)));
      const int line = cx.first_line(item);
      if (mode == RcaMode::RootCauses) {
        const std::string cause = cx.written_by_hindsight ? text : with_nested_items(item, text);
        if (cause.empty()) continue;
        add_root_cause(cx, {cause, guess_category(cause), guess_confidence(cause)}, line);
      } else if (mode == RcaMode::FollowUps) {
        // A list of the model like the meeting's: entries keep their Markdown as written.
        auto& f = cx.postmortem.analysis.follow_up_investigations;
        std::string entry = cx.item_markdown(item, cx.written_by_hindsight);
        if (entry.empty()) continue;
        cx.locate(field_path(field_path(FieldId::FollowUpInvestigations), f.size()), line);
        f.push_back(std::move(entry));
      } else {
        add_why(item, text, line);
      }
    }
    return true;
  }

  // "- Why did the site go down?" over "- Why did the pool run out? It leaked.": a why asked
  // under a why ("- Why 1: the pool ran out" and "- Why? The pool ran out" are answers).
  static bool asks_why(const MdBlock& item) {
    const std::string text = lowercase_ascii(trim(plain_text(item_head(item))));
    // The question's own mark, not one in a link's address ("see doc (https://wiki/p?id=4)").
    for (std::size_t asked = text.find('?'); asked != std::string::npos;
         asked = text.find('?', asked + 1)) {
      const std::size_t word = text.rfind(' ', asked);
      const std::size_t from = word == std::string::npos ? 0 : word + 1;
      if (text.substr(from, asked - from).find("://") == std::string::npos)
        return text.starts_with("why ");
    }
    return false;
  }

  // "1. **Why was GitLab.com down?** - The database directory ...", item after item: whys asked
  // and answered, two at least (a 5-Whys chain where the analysis says so).
  // An item that holds code or a quote keeps it as written in the analysis' text: a why is a
  // line.
  static bool asks_whys(const MdBlock& list) {
    const auto asks_in_words = [](const MdBlock& item) {
      return asks_why(item) &&
             std::all_of(item.children.begin(), item.children.end(), [](const MdBlock& child) {
               return child.kind == BlockKind::Paragraph || child.kind == BlockKind::List;
             });
    };
    return list.kind == BlockKind::List && list.children.size() >= 2 &&
           std::all_of(list.children.begin(), list.children.end(), asks_in_words);
  }

  // One item of a 5-Whys list, `text` its own line. "1. **Why was xPRO returning 503 errors?**"
  // over "- Fastly could not connect ...": the answer a writer nests under the question is that
  // why's too. A chain written as whys nested one under another: each a why of its own, in order.
  void add_why(const MdBlock& item, const std::string& text, int line) {
    // Trimmed either way: an answer is written after "Why? → ", which a reader trims.
    std::string why(is_why_line(text) ? why_answer(text) : trim(text));
    bool chained = false;
    if (!cx.written_by_hindsight) {
      for (const MdBlock& child : item.children)
        if (child.kind == BlockKind::List)
          chained = chained || std::any_of(child.children.begin(), child.children.end(), asks_why);
      if (!chained) why = with_nested_items(item, std::move(why));
    }
    auto& whys = current_chain().whys;
    cx.locate(field_path(field_path(chain_path(), "whys"), whys.size()), line);
    whys.push_back(std::move(why));
    if (!chained) return;
    for (const MdBlock& child : item.children) {
      if (child.kind != BlockKind::List) continue;
      for (const MdBlock& nested : child.children) {
        const std::string nested_text = one_line(plain_text(block_text(nested)));
        if (asks_why(nested)) {
          add_why(nested, nested_text, cx.first_line(nested));
          continue;
        }
        // An answer beside the whys asked under a why: the answer to the last one asked.
        const std::string answer = with_nested_items(nested, nested_text);
        if (answer.empty()) continue;
        std::string& last = current_chain().whys.back();
        last += (last.empty() ? "" : "\n") + answer;
      }
    }
  }
};
}  // namespace

SectionRole sniff_role(const Blocks& blocks, std::size_t begin, std::size_t end) {
  // "**Detection**", "**Resolution**", "**Action Items**": bold lines naming two or more parts
  // divide the text, so a table under one of them does not say what all of it is.
  std::vector<SectionRole> named;
  for (std::size_t i = begin; i < end; ++i) {
    const std::string_view raw = trim(blocks[i].text);
    if (blocks[i].kind == BlockKind::Paragraph && !raw.empty() && raw.front() == kStrongBegin &&
        split_lines(raw).size() == 1)
      if (const SectionRole role = handwritten_section_role(plain_text(raw));
          role != SectionRole::Unknown)
        named.push_back(role);
  }
  const auto divided = [&](SectionRole table_role) {
    return named.size() >= 2 && std::any_of(named.begin(), named.end(), [&](SectionRole role) {
             return role != table_role;
           });
  };
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    if (b.kind == BlockKind::Paragraph) {
      for (std::string_view line : split_lines(b.text)) {
        const std::string plain = plain_text(line);
        if (is_why_line(plain) || meta_field(split_label(line).label) == MetaField::Problem)
          return SectionRole::Analysis;
      }
    }
    if (b.kind == BlockKind::Table) {
      const TableView t = view_table(b);
      if ((has_column(t, Column::Action) || has_column(t, Column::Owner)) &&
          !divided(SectionRole::Actions))
        return SectionRole::Actions;
      if ((has_column(t, Column::Time) || has_column(t, Column::Date)) &&
          !divided(SectionRole::Timeline))
        return SectionRole::Timeline;
    }
  }
  return SectionRole::Unknown;
}

bool leads_into_root_causes(const Blocks& blocks, std::size_t i, std::size_t end,
                            bool in_analysis) {
  if (i + 1 >= end || blocks[i].kind != BlockKind::Paragraph ||
      blocks[i + 1].kind != BlockKind::List)
    return false;
  // "**Root causes:**" is a label, read as structure by read_paragraph.
  const std::string_view raw = trim(blocks[i].text);
  if (!raw.empty() && raw.front() == kStrongBegin) return false;
  const std::string text = plain_text(blocks[i].text);
  const std::string_view trimmed = trim(text);
  if (trimmed.empty() || trimmed.back() != ':') return false;
  // The sentence that ends in the colon names the root causes, not an earlier one.
  std::size_t start = 0;
  for (const std::string_view end_mark : {". ", "! ", "? ", "\n"}) {
    const std::size_t at = trimmed.rfind(end_mark);
    if (at != std::string_view::npos) start = std::max(start, at + end_mark.size());
  }
  const std::string sentence = " " + lowercase_ascii(trimmed.substr(start));
  if (sentence.find("root cause") != std::string::npos) return true;
  // Under the analysis' own heading, causes named in other words: "The outage resulted from
  // three compounding factors:", "There were two causes:", "Contributing factors:".
  if (!in_analysis) return false;
  for (const std::string_view word : {" factors", " causes", " reasons", " contributors",
                                      " deficiencies", " weaknesses", " shortcomings"})
    if (sentence.find(word) != std::string::npos) return true;
  // "Three gaps contributed to the extended duration of this incident:" (but "The following
  // people contributed to this analysis:" names its authors).
  const std::size_t contributed = sentence.find(" contributed to ");
  if (contributed == std::string::npos) return false;
  const std::string_view what = std::string_view(sentence).substr(contributed);
  for (const std::string_view outcome : {"incident", "outage", "duration", "failure", "problem",
                                         "downtime", "impact", "delay", "severity", "halt"})
    if (what.find(outcome) != std::string_view::npos) return true;
  return false;
}

std::size_t root_cause_lead_in(const Blocks& blocks, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i)
    if (leads_into_root_causes(blocks, i, end, false)) return i;
  return end;
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
  bool whys_named = false;  // a paragraph so far names the technique ("the 5 Whys")
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    if (b.kind == BlockKind::Paragraph && !whys_named) whys_named = names_five_whys(b.text);
    bool structural = false;
    if (b.kind == BlockKind::Heading && b.level >= 3) {
      const SectionRole role = subsection_role(plain_text(b.text));
      // "## Root Cause" over "### Builder sending invalid blocks" and its bullets: under a
      // heading that names the root causes, each subheading names one and the text under it
      // details it.
      if (role == SectionRole::Unknown && part == SectionRole::RootCauses &&
          !cx.written_by_hindsight) {
        std::size_t next = i + 1;
        while (next < end &&
               (blocks[next].kind == BlockKind::Paragraph || blocks[next].kind == BlockKind::List))
          ++next;
        if (next > i + 1) {
          std::string cause = one_line(plain_text(b.text));
          for (std::size_t k = i + 1; k < next; ++k) {
            const MdBlock& detail = blocks[k];
            if (detail.kind == BlockKind::Paragraph)
              cause += "\n" + one_line(plain_text(detail.text));
            else
              for (const MdBlock& item : detail.children)
                cause += "\n" + AnalysisReader::with_nested_items(
                                    item, one_line(plain_text(block_text(item))));
          }
          close_run(cx.first_line(b) > 0 ? cx.first_line(b) - 1 : run_start - 1);
          add_root_cause(cx, {cause, guess_category(cause), guess_confidence(cause)},
                         cx.first_line(b));
          run_start = cx.last_line(blocks[next - 1]) + 1;
          reader.mode = RcaMode::RootCauses;
          i = next - 1;
          continue;
        }
      }
      structural = true;
      if (role == SectionRole::FiveWhys) {
        reader.mode = RcaMode::FiveWhys;
        reader.chain = nullptr;
      } else if (role == SectionRole::RootCauses)
        reader.mode = RcaMode::RootCauses;
      else if (role == SectionRole::FollowUps &&
               (!names_open_questions(plain_text(b.text)) ||
                holds_only_lists_of_words(blocks, i + 1, subsection_end(blocks, i, end))))
        reader.mode = RcaMode::FollowUps;
      else {  // "### Open Questions" over questions answered: the analysis' text, as written
        structural = false;
        reader.mode = RcaMode::Summary;
      }
    } else if (cx.written_by_hindsight && reader.mode == RcaMode::Summary) {
      // Hindsight writes every part of the analysis under its heading: before the first one,
      // everything is the summary.
    } else if (b.kind == BlockKind::Paragraph) {
      if (reader.mode == RcaMode::Summary && leads_into_root_causes(blocks, i, end, true)) {
        // "We found these root causes:" stays summary text; the list under it is the causes.
        i += 1;
        close_run(cx.last_line(b));
        reader.mode = RcaMode::RootCauses;
        reader.read_list(blocks[i]);
        reader.mode = RcaMode::Summary;
        run_start = cx.last_line(blocks[i]) + 1;
        continue;
      }
      // A paragraph of 5-Whys lines is structure; the lines it could not place are summary text.
      const bool whys_follow =
          i + 1 < end && ((blocks[i + 1].kind == BlockKind::Paragraph &&
                           is_why_line(plain_text(split_lines(blocks[i + 1].text).front()))) ||
                          (!cx.written_by_hindsight && AnalysisReader::asks_whys(blocks[i + 1])));
      structural = reader.read_paragraph(b, whys_follow);
    } else if (b.kind == BlockKind::List && reader.mode == RcaMode::Summary &&
               !cx.written_by_hindsight && AnalysisReader::asks_whys(b) &&
               (whys_named || reader.awaits_whys()) &&
               // A why is a line of words: a list showing an image stays as written.
               cx.raw_lines(cx.first_line(b), cx.last_line(b)).find("![") == std::string::npos) {
      // Whys asked one after another in an analysis that names its 5 whys, or under a problem
      // ("**Problem 1:** ..."): a 5-Whys chain, the problem above it its own. Questions asked
      // with no such word (a page of questions answered) stay its text.
      reader.mode = RcaMode::FiveWhys;
      structural = reader.read_list(b);
      reader.mode = RcaMode::Summary;
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
    cx.locate(field_path(FieldId::RootCauseSummary), summary_line);
  }
}

void read_list_entries(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end,
                       std::vector<std::string>& entries, const std::string& path) {
  auto add = [&](std::string text, int line) {
    if (text.empty()) return;  // an empty bullet holds no entry
    cx.locate(field_path(path, entries.size()), line);
    entries.push_back(std::move(text));
  };
  // An entry is its item's Markdown as written; in a hand-written document a list inside an
  // item holds entries of its own, in one Hindsight wrote it is part of the entry's text.
  const bool nested = cx.written_by_hindsight;
  std::function<void(const MdBlock&)> read_list = [&](const MdBlock& list) {
    for (const MdBlock& item : list.children) {
      add(cx.item_markdown(item, nested), cx.first_line(item));
      if (nested) continue;
      for (const MdBlock& child : item.children)
        if (child.kind == BlockKind::List) read_list(child);
    }
  };
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    if (b.kind == BlockKind::List)
      read_list(b);
    else if (b.kind == BlockKind::Paragraph)
      add(cx.raw_lines(cx.first_line(b), cx.last_line(b)), cx.first_line(b));
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
    if (index >= end) return body_last_line;
    // An empty heading ("####") has no text to place it by: its line is the one found for it.
    const int first = cx.first_line(blocks[index]);
    return (first > 0 || index >= cx.heading_lines.size() ? first : cx.heading_lines[index]) - 1;
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
    const int body_first = cx.line_after_heading(blocks, i);
    std::string path;
    switch (subsection_role(title)) {
      case SectionRole::Agenda:
        // Besides the table and the current item, whatever the team wrote (a note on the time
        // boxes, a code block) is kept as written.
        for (std::size_t k = i + 1; k < sub_end; ++k) {
          const MdBlock& b = blocks[k];
          if (b.kind == BlockKind::Table)
            read_agenda_table(cx, b);
          else if (b.kind == BlockKind::Paragraph && read_current_item(cx, b))
            continue;
          else if (b.kind != BlockKind::Rule)
            cx.keep_unplaced(cx.first_line(b), cx.last_line(b));
        }
        break;
      case SectionRole::Brainstorm:
        read_brainstorm(cx, blocks, i + 1, sub_end);
        break;
      case SectionRole::Opening: {
        int first = 0;
        m.opening_statement = cx.raw_lines(body_first, line_before(sub_end), &first);
        cx.locate(field_path(FieldId::OpeningStatement), first);
        break;
      }
      case SectionRole::KeyQuestions:
        // Questions are headings (notes up to the next one) or list items; text before the first
        // question, or between list questions, belongs to none of them and is kept as written.
        for (std::size_t k = i + 1; k < sub_end;) {
          const MdBlock& b = blocks[k];
          if (b.kind == BlockKind::Heading) {
            const std::size_t q_end = next_heading(k + 1, 4);
            // Hindsight writes the topic as a bold label, and a question with none alone.
            const bool labelled =
                !cx.written_by_hindsight || (!b.text.empty() && b.text.front() == kStrongBegin);
            const LabelledLine l = labelled ? split_label(b.text) : LabelledLine{};
            int first = 0;
            const std::string notes =
                cx.raw_lines(cx.line_after_heading(blocks, k), line_before(q_end), &first);
            cx.locate(field_path("/meeting/key_questions", m.key_questions.size(), "notes"), first);
            m.key_questions.push_back(
                {l.label, l.label.empty() ? plain_text(b.text) : l.value, notes});
            k = q_end;
            continue;
          }
          if (b.kind == BlockKind::List) {
            for (const MdBlock& item : b.children) read_question_item(cx, item);
          } else if (b.kind != BlockKind::Rule) {
            cx.keep_unplaced(cx.first_line(b), cx.last_line(b));
          }
          ++k;
        }
        break;
      case SectionRole::Confusion:
      case SectionRole::ParkingLot:
      case SectionRole::Lucky: {
        const ModelField& list = *section_field(subsection_role(title));
        read_list_entries(cx, blocks, i + 1, sub_end, *list.list(cx.postmortem),
                          std::string(list.path));
        break;
      }
      default: {
        int first = 0;
        std::string body = cx.raw_lines(body_first, line_before(sub_end), &first);
        cx.locate(field_path("/extra_sections", cx.postmortem.extra_sections.size(), "body"),
                  first);
        cx.postmortem.extra_sections.push_back({title, std::move(body)});
      }
    }
    i = sub_end;
  }
}

}  // namespace hindsight::core
