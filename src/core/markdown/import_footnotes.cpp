// Footnotes in a hand-written post-mortem: a definition ("[^2]: The key was in a cached file.",
// with the indented lines under it) belongs with the text that cites it ("... the token[^2]").
// Writers put the definitions last, so the reader first keeps them where they stand, in the
// closing section's prose, and this pass then moves each one beside its first citation in
// another field: as a paragraph after a prose field's text, or joined to the end of a one-line
// text (a timeline entry, an action, a root cause), where the table Hindsight writes keeps it.
// Link reference definitions ("[gpl]: https://www.gnu.org/licenses/gpl-3.0.html") are consumed by
// the parser and so held by no block: each one no text kept joins the first prose text that
// cites its label ("[GNU GPL][gpl]", "[gpl]"), or else a "Links" section, so the document's links
// still resolve when it is written again.
// Owns: which definitions move and where to. Contract: text is moved, never dropped or
// reworded; a definition cited in its own field, or nowhere, stays; only the run of definitions
// that ends a prose field moves (one in the middle of a section is where its writer put it).
#include "core/markdown/import_footnotes.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "core/model/field_table.hpp"
#include "core/model/text.hpp"

namespace hindsight::core {
namespace {

// A text of the model a citation can be in, and how a definition joins it.
struct TextSlot {
  std::string* text;
  bool prose;  // Markdown paragraphs; otherwise one line
};

// Every text a citation can be in, in one fixed order (the field table's, then the lists), so
// the first citation found is the same on every import.
std::vector<TextSlot> text_slots(PostMortem& p) {
  std::vector<TextSlot> slots;
  for (const ModelField& f : model_fields()) {
    if (f.kind == FieldKind::Prose || f.kind == FieldKind::Line) {
      slots.push_back({f.text(p), f.kind == FieldKind::Prose});
    } else if (f.kind == FieldKind::Entries) {
      for (std::string& entry : *f.list(p)) slots.push_back({&entry, false});
    }
  }
  for (KeyQuestion& q : p.meeting.key_questions) slots.push_back({&q.notes, true});
  for (TimelineEvent& e : p.timeline) slots.push_back({&e.text, false});
  for (RootCause& c : p.analysis.root_causes) slots.push_back({&c.text, false});
  for (ActionItem& a : p.actions) slots.push_back({&a.action, false});
  for (ExtraSection& s : p.extra_sections) slots.push_back({&s.body, true});
  return slots;
}

// The label of a definition starting `line` ("[^note-2]: ..." gives "note-2"), if it starts one.
std::optional<std::string_view> definition_label(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  if (line.substr(i, 2) != "[^") return std::nullopt;
  const std::size_t close = line.find(']', i + 2);
  if (close == std::string_view::npos || close == i + 2 || close + 1 >= line.size() ||
      line[close + 1] != ':')
    return std::nullopt;
  const std::string_view label = line.substr(i + 2, close - i - 2);
  if (label.find_first_of(" \t[") != std::string_view::npos) return std::nullopt;
  return label;
}

struct Definition {
  std::string label;
  std::size_t begin;  // offsets into the field's text
  std::size_t end;
};

struct Line {
  std::size_t begin;
  std::size_t end;  // before its newline
};

std::vector<Line> lines_of(std::string_view text) {
  std::vector<Line> lines;
  std::size_t at = 0;
  while (at <= text.size()) {
    const std::size_t nl = text.find('\n', at);
    const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    lines.push_back({at, end});
    if (nl == std::string_view::npos) break;
    at = nl + 1;
  }
  return lines;
}

// The definitions that end `text`, in order, when its last paragraphs are definitions and the
// indented or continued lines under them; empty otherwise. A definition runs until the next one
// or until a line back at the margin after a blank line.
std::vector<Definition> closing_definitions(std::string_view text) {
  const std::vector<Line> lines = lines_of(text);
  std::vector<Definition> found;
  bool after_blank = true;
  for (const Line& l : lines) {
    const std::string_view line = text.substr(l.begin, l.end - l.begin);
    const bool blank = trim(line).empty();
    const std::optional<std::string_view> label = definition_label(line);
    if (label && (after_blank || !found.empty())) {
      if (!found.empty()) found.back().end = l.begin;
      found.push_back({std::string(*label), l.begin, text.size()});
    } else if (!blank && after_blank && line.front() != ' ' && line.front() != '\t') {
      found.clear();  // prose again: what came before was not the closing run
    }
    after_blank = blank;
  }
  return found;
}

// Whether `text` cites `label`: "[^2]" anywhere but where a definition of it starts a line
// (a citation may be followed by a colon too: "2023-03-03[^3]: image pushed").
bool cites(std::string_view text, std::string_view label) {
  const std::string mark = "[^" + std::string(label) + "]";
  for (std::size_t at = text.find(mark); at != std::string_view::npos;
       at = text.find(mark, at + 1)) {
    const std::size_t newline = text.rfind('\n', at);
    const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
    const bool defines = definition_label(text.substr(line_start)) &&
                         trim(text.substr(line_start, at - line_start)).empty();
    if (!defines) return true;
  }
  return false;
}

// The definition as one line: its lines without their indentation, joined by single spaces.
std::string as_one_line(std::string_view definition) {
  std::string line;
  for (const Line& l : lines_of(definition)) {
    const std::string_view part = trim(definition.substr(l.begin, l.end - l.begin));
    if (part.empty()) continue;
    if (!line.empty()) line += ' ';
    line += part;
  }
  return line;
}

void join(TextSlot& slot, std::string_view definition) {
  std::string& text = *slot.text;
  if (slot.prose) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    text += "\n\n";
    text += definition;
  } else {
    text += ' ';
    text += as_one_line(definition);
  }
}

// The label of a link reference definition line ("[GPL]: https://..." gives "gpl"), lowercase.
std::optional<std::string> link_label(std::string_view line) {
  line = trim(line);
  if (line.size() < 4 || line[0] != '[' || line[1] == '^') return std::nullopt;
  const std::size_t close = line.find("]:");
  if (close == std::string_view::npos || close == 1) return std::nullopt;
  return lowercase_ascii(line.substr(1, close - 1));
}

// Whether the Markdown `text` cites the link `label` ("[text][label]", "[label][]", "[label]").
bool cites_link(std::string_view text, std::string_view label) {
  const std::string lower = lowercase_ascii(text);
  const std::string mark = "[" + std::string(label) + "]";
  for (std::size_t at = lower.find(mark); at != std::string::npos; at = lower.find(mark, at + 1))
    if (lower.compare(at + mark.size(), 1, ":") != 0) return true;
  return false;
}

}  // namespace

void place_link_definitions(PostMortem& p, const std::vector<std::string>& definitions) {
  std::vector<TextSlot> slots = text_slots(p);
  std::string links;
  const auto kept_anywhere = [&](std::string_view text) {
    return std::any_of(slots.begin(), slots.end(), [&](const TextSlot& slot) {
      return slot.text->find(text) != std::string::npos;
    });
  };
  for (const std::string& definition : definitions) {
    const auto label = link_label(definition);
    if (!label) continue;
    const std::string line(trim(definition));
    if (kept_anywhere(line)) continue;  // kept with the text it stood in
    const auto to = std::find_if(slots.begin(), slots.end(), [&](const TextSlot& slot) {
      return slot.prose && cites_link(*slot.text, *label);
    });
    if (to != slots.end()) {
      join(*to, line);
      continue;
    }
    // A link the reader wrote out where it was cited ("graph (https://...)") keeps its address.
    const std::string_view address = trim(std::string_view(line).substr(line.find("]:") + 2));
    const std::string_view url = address.substr(0, address.find_first_of(" \t"));
    if (url.empty() || !kept_anywhere(url)) links += (links.empty() ? "" : "\n") + line;
  }
  if (links.empty()) return;
  // One "Links" section: a document's own takes the definitions after its text.
  const auto own = std::find_if(p.extra_sections.begin(), p.extra_sections.end(),
                                [](const ExtraSection& s) { return s.title == "Links"; });
  if (own == p.extra_sections.end()) {
    p.extra_sections.push_back({"Links", links});
  } else {
    own->body += (own->body.empty() ? "" : "\n\n") + links;
  }
}

void place_footnotes(PostMortem& p) {
  std::vector<TextSlot> slots = text_slots(p);
  std::vector<const std::string*> emptied;  // texts that held nothing but moved definitions
  for (std::size_t from = 0; from < slots.size(); ++from) {
    if (!slots[from].prose) continue;
    const std::string source = *slots[from].text;
    const std::vector<Definition> definitions = closing_definitions(source);
    if (definitions.empty()) continue;
    const std::string_view before = std::string_view(source).substr(0, definitions.front().begin);
    std::string kept(before);
    for (const Definition& d : definitions) {
      const std::string_view written = std::string_view(source).substr(d.begin, d.end - d.begin);
      std::optional<std::size_t> to;
      if (!cites(before, d.label)) {
        for (std::size_t k = 0; k < slots.size() && !to; ++k)
          if (k != from && cites(*slots[k].text, d.label)) to = k;
      }
      if (to) {
        join(slots[*to], trim(written));
      } else {
        kept += written;
      }
    }
    while (!kept.empty() && (kept.back() == '\n' || kept.back() == ' ')) kept.pop_back();
    if (kept.empty()) emptied.push_back(slots[from].text);
    *slots[from].text = kept;
  }
  // A section that held only the definitions ("## Footnotes") has nothing left to say.
  std::erase_if(p.extra_sections, [&](const ExtraSection& s) {
    return s.body.empty() && std::any_of(emptied.begin(), emptied.end(),
                                         [&](const std::string* body) { return body == &s.body; });
  });
}

}  // namespace hindsight::core
