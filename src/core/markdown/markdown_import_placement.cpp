// Readers for layouts teams write by hand and Hindsight never writes: labelled lines inside a
// summary ("User impact: ...", "**What happened?**:" over paragraphs of its own), a lessons
// section split into what went well, what went wrong and where the team got lucky, and a section
// that holds one metadata field ("## Attendees" over a list of names).
// Owns: where the parts of those sections go. Never called for a document Hindsight wrote (that
// one is read by the format's own rules, so that import(export(p)) gives p back), and never drops
// text: what it cannot place stays in the section's own field, as written.
#include <algorithm>

#include "core/markdown/import_context.hpp"
#include "core/markdown/import_tables.hpp"
#include "core/markdown/markdown_text.hpp"
#include "core/markdown/markdown_vocabulary.hpp"
#include "core/timeline/loose_time.hpp"

namespace hindsight::core {

void append_prose(ImportContext& cx, const ModelField& field, const std::string& text, int line) {
  if (text.empty()) return;
  std::string& target = *field.text(cx.postmortem);
  if (target.empty()) {
    target = text;
    cx.locate(std::string(field.path), line);
  } else {
    target += "\n\n" + text;
  }
}

namespace {

// The prose field a label inside a summary names, or null when it names none.
const ModelField* summary_label_field(std::string_view label) {
  switch (summary_label_role(label)) {
    case SectionRole::Summary:
      return &model_field(FieldId::ExecutiveSummary);
    case SectionRole::Impact:
      return &model_field(FieldId::Impact);
    case SectionRole::WhatHappened:
      return &model_field(FieldId::WhatHappened);
    case SectionRole::Analysis:
      return &model_field(FieldId::RootCauseSummary);
    case SectionRole::Lessons:
      return &model_field(FieldId::LessonsLearned);
    default:
      return nullptr;
  }
}

// One line of a summary paragraph, read for a label that places it.
struct SummaryLine {
  LabelledLine labelled;
  const ModelField* prose = nullptr;  // a part of the summary that belongs in another field
  bool metadata = false;              // an incident field ("Duration: 16h 45m")
};

SummaryLine read_summary_line(std::string_view marked) {
  SummaryLine out;
  out.labelled = split_label(marked);
  const std::string& label = out.labelled.label;
  if (label.empty()) return out;
  // An unbolded "word: text" places a line only when it starts like a label, with a capital:
  // prose wrapped before "impact: ..." stays prose.
  const std::string_view line = trim(marked);
  const bool bold = line.front() == kStrongBegin;
  if (!bold && !(label.front() >= 'A' && label.front() <= 'Z')) return out;
  out.prose = summary_label_field(label);
  out.metadata = out.prose == nullptr && meta_field(label) != MetaField::Unknown;
  return out;
}

bool places_a_line(std::string_view paragraph) {
  for (std::string_view line : split_lines(paragraph)) {
    const SummaryLine l = read_summary_line(line);
    if (l.prose || l.metadata) return true;
  }
  return false;
}

// "- **Started:** 2026-06-03 3:38 PM EDT": a label over a day and time, a moment of the incident.
bool states_a_moment(const SummaryLine& l) {
  const std::string value = plain_text(l.labelled.value);
  const auto time = read_time(trim(value));
  return time && time->date && time->length == trim(value).size();
}

// "- Duration: ~30 hours", "- Impact: Testnet halted; no block production.": a list in a summary
// whose every item opens with a label, two or more and at least half of them naming a field or a
// moment of the incident ("- **Resolved:** 2026-06-03 4:38 PM EDT", kept in the summary).
bool is_facts_list(const MdBlock& b) {
  if (b.kind != BlockKind::List || b.children.empty()) return false;
  std::size_t fields = 0;  // items naming a field
  std::size_t named = 0;   // and those naming a moment too
  for (const MdBlock& item : b.children) {
    const SummaryLine l = read_summary_line(item_head(item));
    // "- **Severity:**" over a list of its own: a label that names its list.
    const bool names_its_list =
        !item.children.empty() && plain_text(trim(item_head(item))).ends_with(':');
    if (l.labelled.label.empty() && !names_its_list) return false;
    if (l.prose || l.metadata) ++fields;
    if (l.prose || l.metadata || states_a_moment(l)) ++named;
  }
  return fields >= 2 && named * 2 >= b.children.size();
}

// Each item of a facts list to the field its label names: a prose part of four words or more
// ("Impact: ...") to its field as written, an incident field ("Duration: ~30 hours") to the
// incident; an item naming none, one with a list under it or one whose value cannot be read
// stays in the summary as written.
void read_facts_list(ImportContext& cx, const MdBlock& list, const ModelField& summary) {
  int kept_from = 0, kept_to = 0;  // the items kept in a row, one list in the summary
  const auto keep = [&] {
    if (kept_from != 0) append_prose(cx, summary, cx.raw_lines(kept_from, kept_to), kept_from);
    kept_from = 0;
  };
  for (const MdBlock& item : list.children) {
    const int first = cx.first_line(item), last = cx.last_line(item);
    const SummaryLine l = read_summary_line(item_head(item));
    const bool one_line = first == last && item.children.empty();
    if (one_line &&
        ((l.prose && place_labelled_prose(cx, l.labelled.label, first)) ||
         (l.metadata && apply_metadata(cx, l.labelled.label, l.labelled.value, first)))) {
      keep();
      continue;
    }
    if (kept_from == 0) kept_from = first;
    kept_to = last;
  }
  keep();
}

// The whole paragraph is one bold span ("**What went well**"): a heading written as bold text.
std::optional<std::string> bold_heading(const MdBlock& b) {
  if (b.kind != BlockKind::Paragraph) return std::nullopt;
  const std::string_view text = trim(b.text);
  if (text.size() < 3 || text.front() != kStrongBegin || text.back() != kStrongEnd ||
      text.find(kStrongEnd) != text.size() - 1 || text.find('\n') != std::string_view::npos)
    return std::nullopt;
  return plain_text(text);
}

// The list a lessons subsection titled `title` fills: went well, could improve, got lucky, what
// is still confusing.
const ModelField* lessons_list(std::string_view title) {
  if (names_improvements_alone(title)) return section_field(SectionRole::CouldImprove);
  switch (subsection_role(title)) {
    case SectionRole::WentWell:
    case SectionRole::CouldImprove:
    case SectionRole::Lucky:
    case SectionRole::Confusion:
      return section_field(subsection_role(title));
    default:
      return nullptr;
  }
}

}  // namespace

std::optional<std::string> labelled_value_as_written(const ImportContext& cx,
                                                     const std::string& label, int from, int to) {
  const std::string source = cx.raw_lines(from, to);
  std::string_view rest = trim(source);
  // "- Summary: ...", "1. **Summary:** ...": a list item's marker before its label.
  rest = trim(rest.substr(item_content_column(rest)));
  // A label that names one part of a field ("Trigger", "Detection", "Resolution") stays with its
  // value: it tells which part the text is.
  if (names_a_part(label) && rest.find(':') != std::string_view::npos) return std::string(rest);
  // "**Impact (10:00-11:00 UTC)**: ...", "**Impact:** ...", "*Impact:* ...": an emphasised label
  // ends at its closing marks, whatever colons it holds, with its colon inside them or right
  // after them; the value's own emphasis ("**Every** team") is the value's.
  for (const std::string_view marks : {"***", "**", "__", "*", "_"}) {
    if (!rest.starts_with(marks)) continue;
    const std::size_t close = rest.find(marks, marks.size());
    if (close == std::string_view::npos) break;
    const std::string_view inside = rest.substr(marks.size(), close - marks.size());
    std::string_view after = trim(rest.substr(close + marks.size()));
    if (trim(inside).ends_with(':')) return std::string(after);
    if (!after.starts_with(':')) return std::nullopt;
    return std::string(trim(after.substr(1)));
  }
  const std::size_t colon = rest.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  return std::string(trim(rest.substr(colon + 1)));
}

bool place_labelled_prose(ImportContext& cx, const std::string& label, int line, int to) {
  if (label.empty() || !(label.front() >= 'A' && label.front() <= 'Z')) return false;
  const ModelField* field = summary_label_field(label);
  if (field == nullptr) return false;
  const auto value = labelled_value_as_written(cx, label, line, std::max(line, to));
  if (!value) return false;
  const std::string plain = plain_text(*value);
  if (std::count(plain.begin(), plain.end(), ' ') < 3) return false;
  append_prose(cx, *field, *value, line);
  return true;
}

void headings_from_bold_action_titles(MdBlock& root) {
  std::vector<MdBlock>& blocks = root.children;
  int level_above = 1;
  for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
    MdBlock& b = blocks[i];
    if (b.kind == BlockKind::Heading) level_above = b.level;
    const auto title = bold_heading(b);
    // "**Actions taken:**" with its colon labels what follows, read where it stands.
    if (!title || blocks[i + 1].kind != BlockKind::List || title->ends_with(':') ||
        (section_role(*title) != SectionRole::Actions && !names_work_done(*title)))
      continue;
    // Beside other bold titles over lists ("**What went well**", "**What went wrong**") it is
    // one of a part's lists, read with them.
    bool alone = true;
    for (std::size_t k = i; k > 0 && blocks[k - 1].kind != BlockKind::Heading && alone; --k)
      alone = !bold_heading(blocks[k - 1]) || blocks[k].kind != BlockKind::List;
    for (std::size_t k = i + 2;
         k + 1 < blocks.size() && blocks[k].kind != BlockKind::Heading && alone; ++k)
      alone = !bold_heading(blocks[k]) || blocks[k + 1].kind != BlockKind::List;
    if (!alone) continue;
    b.kind = BlockKind::Heading;
    b.level = std::min(level_above + 1, 6);
    b.text = *title;
  }
}

namespace {
// The name an item of a list gives alone ("**Root Cause**:", "👍 What went well:", "Misc lessons
// learned") over the list nested under it; nothing when the item holds other text or no such list.
std::optional<std::string> name_over_nested_list(const MdBlock& item) {
  if (item.kind != BlockKind::Item || is_loose_item(item) || item.children.size() != 1 ||
      item.children.front().kind != BlockKind::List || !item.children.front().has_source())
    return std::nullopt;
  const std::string_view head = trim(item.text);
  if (head.empty() || head.find('\n') != std::string_view::npos) return std::nullopt;
  const LabelledLine l = split_label(head);
  if (!l.label.empty()) {
    if (!trim(plain_text(l.value)).empty()) return std::nullopt;
    return l.label;
  }
  // "Misc lessons learned", "👍 What went well:": a short name, perhaps with its colon, with no
  // full stop.
  std::string name = plain_text(head);
  if (!name.empty() && name.back() == ':') name.pop_back();
  name = std::string(trim(name));
  if (name.empty() || name.size() > 40 || name.back() == '.' || name.back() == ':')
    return std::nullopt;
  return name;
}

// A part whose list holds one entry an item: what went well or could improve, where we got
// lucky, the actions, the root causes, the confusion, the parking lot, the follow-ups.
bool lists_entries(const std::string& name) {
  for (const SectionRole role : {section_role(name), subsection_role(name)}) {
    switch (role) {
      case SectionRole::WentWell:
      case SectionRole::CouldImprove:
      case SectionRole::Lucky:
      case SectionRole::Actions:
      case SectionRole::RootCauses:
      case SectionRole::Confusion:
      case SectionRole::ParkingLot:
      case SectionRole::FollowUps:
        return true;
      default:
        break;
    }
  }
  return false;
}

// Whether an item's nested list has lists of its own.
bool holds_deeper_lists(const MdBlock& item) {
  for (const MdBlock& entry : item.children.front().children)
    for (const MdBlock& inner : entry.children)
      if (inner.kind == BlockKind::List) return true;
  return false;
}

// The fewest numbered parts that make a list the document's outline.
constexpr std::size_t kOutlineParts = 4;

bool names_a_section_or_subsection(const std::string& name) {
  return section_role(name) != SectionRole::Unknown ||
         subsection_role(name) != SectionRole::Unknown;
}
}  // namespace

void headings_from_labelled_part_lists(MdBlock& root) {
  std::vector<MdBlock>& blocks = root.children;
  int level_above = 1;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind == BlockKind::Heading) level_above = blocks[i].level;
    if (blocks[i].kind != BlockKind::List || blocks[i].children.empty()) continue;
    std::vector<std::string> parts;
    std::size_t known = 0;
    // "1. Incident Date", "2. Incident Summary", ... "7. Preventative Measures": a document's
    // parts numbered as one list, each read as its section would be, a list nested deeper too.
    // Only under the title: a numbered list under a section's heading is that section's.
    const bool numbered_outline =
        level_above == 1 && blocks[i].ordered && blocks[i].children.size() >= kOutlineParts;
    for (const MdBlock& item : blocks[i].children) {
      const auto name = name_over_nested_list(item);
      if (!name) break;
      // A part read an entry an item would flatten a list nested deeper: it stays as written.
      if (!numbered_outline && lists_entries(*name) && holds_deeper_lists(item)) break;
      known += names_a_section_or_subsection(*name) ? 1 : 0;
      parts.push_back(*name);
    }
    // Every item a name over its list, and most of them (all of one or two) parts by name.
    const bool most_named = parts.size() <= 2 ? known == parts.size() : known * 2 > parts.size();
    if (parts.size() != blocks[i].children.size() || !most_named) continue;
    std::vector<MdBlock> split;
    for (std::size_t k = 0; k < parts.size(); ++k) {
      MdBlock& item = blocks[i].children[k];
      MdBlock heading;
      heading.kind = BlockKind::Heading;
      heading.level = std::min(level_above + 1, 6);
      heading.text = parts[k];
      // The label's line alone: the nested list keeps its own.
      heading.begin = item.begin;
      heading.end = item.begin + 1;
      split.push_back(std::move(heading));
      split.push_back(std::move(item.children.front()));
    }
    const auto at = blocks.begin() + static_cast<std::ptrdiff_t>(i);
    blocks.erase(at);
    blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(i),
                  std::make_move_iterator(split.begin()), std::make_move_iterator(split.end()));
    i += split.size() - 1;
  }
}

namespace {
// "**Root causes**:" as well as "**Root causes**": a paragraph that is one bold span, perhaps
// with a colon after it, naming a part of a post-mortem.
std::optional<std::string> bold_part_title(const MdBlock& b) {
  if (b.kind != BlockKind::Paragraph) return std::nullopt;
  MdBlock without_colon = b;
  std::string_view text = trim(b.text);
  if (text.ends_with(':')) text.remove_suffix(1);
  without_colon.text = std::string(text);
  auto title = bold_heading(without_colon);
  if (!title) return std::nullopt;
  while (!title->empty() && (title->back() == ':' || title->back() == ' ')) title->pop_back();
  if (section_role(*title) == SectionRole::Unknown) return std::nullopt;
  return title;
}
}  // namespace

void headings_from_bold_part_titles(MdBlock& root) {
  std::vector<MdBlock>& blocks = root.children;
  std::size_t title = 0;
  while (title < blocks.size() && blocks[title].kind != BlockKind::Heading) ++title;
  // The document's title first, then its parts in bold before any heading under it.
  if (title == blocks.size() || blocks[title].level != 1) return;
  std::size_t next = title + 1;
  while (next < blocks.size() && blocks[next].kind != BlockKind::Heading) ++next;
  std::vector<std::size_t> titles;
  for (std::size_t i = title + 1; i + 1 < next; ++i)
    if (bold_part_title(blocks[i])) titles.push_back(i);
  if (titles.size() < 2) return;
  for (std::size_t i : titles) {
    MdBlock& b = blocks[i];
    b.text = *bold_part_title(b);
    b.kind = BlockKind::Heading;
    b.level = 2;
  }
}

bool read_summary_parts(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                        std::size_t end) {
  const bool labelled = std::any_of(
      blocks.begin() + static_cast<std::ptrdiff_t>(begin),
      blocks.begin() + static_cast<std::ptrdiff_t>(end), [](const MdBlock& b) {
        return (b.kind == BlockKind::Paragraph && places_a_line(b.text)) || is_facts_list(b);
      });
  if (!labelled) return false;
  const ModelField& summary = model_field(FieldId::ExecutiveSummary);
  // A label alone on its line ("**What happened?**:") opens a part that runs over the paragraphs
  // after it up to the next such label; a label with text holds that text and the lines wrapped
  // after it, up to the next label or the paragraph's end.
  const ModelField* part = &summary;
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    const int first = cx.first_line(b), last = cx.last_line(b);
    if (b.kind == BlockKind::Rule) continue;
    if (is_facts_list(b)) {
      read_facts_list(cx, b, *part);
      continue;
    }
    if (b.kind != BlockKind::Paragraph || !places_a_line(b.text)) {
      append_prose(cx, *part, cx.raw_lines(first, last), first);
      continue;
    }
    const ModelField* here = part;
    std::string run;  // lines for `here`, or the value of `metadata_label`
    std::string metadata_label;
    int run_line = first;
    const auto close = [&] {
      // A label with no value ("**Owner:**") sets nothing and stays as written.
      if (!metadata_label.empty() && trim(run).empty())
        append_prose(cx, *here, cx.raw_lines(run_line, run_line), run_line);
      else if (!metadata_label.empty() && !apply_metadata(cx, metadata_label, run, run_line))
        append_prose(cx, *here, metadata_label + ": " + run, run_line);
      else if (metadata_label.empty())
        append_prose(cx, *here, run, run_line);
      run.clear();
      metadata_label.clear();
    };
    const auto lines = split_lines(b.text);
    for (std::size_t k = 0; k < lines.size(); ++k) {
      // With "<br>" inside a source line, a paragraph has more lines than the source.
      const int line = std::min(first + static_cast<int>(k), last);
      const SummaryLine l = read_summary_line(lines[k]);
      if (l.prose || l.metadata) {
        close();
        run_line = line;
        if (l.metadata) {
          metadata_label = l.labelled.label;
          run = l.labelled.value;
        } else {
          here = l.prose;
          if (l.labelled.value.empty()) part = l.prose;
          run = l.labelled.value;
          // "**Root cause — two-step exposure chain:**": a label that says more than its part's
          // name stays as written at the head of the part.
          if (run.empty() && !is_a_part_name(l.labelled.label)) run = cx.raw_lines(line, line);
        }
        continue;
      }
      const std::string text(trim(plain_text(lines[k])));
      if (text.empty()) continue;
      if (run.empty()) run_line = line;
      run += run.empty() ? text : (metadata_label.empty() ? "\n" : " ") + text;
    }
    close();
  }
  return true;
}

bool holds_review_lists(const Blocks& blocks, std::size_t begin, std::size_t end) {
  int lists = 0;
  for (std::size_t i = begin; i < end; i += 2) {
    const MdBlock& b = blocks[i];
    const auto title =
        b.kind == BlockKind::Heading ? std::optional(plain_text(b.text)) : bold_heading(b);
    // Nothing but titles over their lists: "**Timeline**", a paragraph of its own or a timed
    // list make the section something else, kept as written.
    if (!title || i + 1 >= end || blocks[i + 1].kind != BlockKind::List) return false;
    if (lessons_list(*title) != nullptr)
      ++lists;
    else if (section_role(*title) != SectionRole::Lessons &&
             section_role(*title) != SectionRole::Actions)
      return false;
  }
  return lists >= 2;
}

bool read_lessons_parts(ImportContext& cx, const Blocks& blocks, std::size_t begin, std::size_t end,
                        int first_line, int last_line) {
  const auto is_part = [&](std::size_t i) {
    const MdBlock& b = blocks[i];
    if (b.kind == BlockKind::Heading) return lessons_list(plain_text(b.text)) != nullptr;
    if (const auto title = bold_heading(b)) return lessons_list(*title) != nullptr;
    return b.kind == BlockKind::Paragraph && opens_with_luck(plain_text(b.text));
  };
  bool any = false;
  for (std::size_t i = begin; i < end && !any; ++i) any = is_part(i);
  if (!any) return false;

  std::string lessons;  // the text in no part, as written
  int lessons_line = 0;
  int run_start = first_line;
  const auto close_run = [&](int run_end) {
    int used = 0;
    const std::string piece = cx.raw_lines(run_start, run_end, &used);
    if (piece.empty()) return;
    if (lessons.empty()) lessons_line = used;
    lessons += lessons.empty() ? piece : "\n\n" + piece;
  };
  for (std::size_t i = begin; i < end;) {
    const MdBlock& b = blocks[i];
    if (!is_part(i)) {
      ++i;
      continue;
    }
    close_run(cx.first_line(b) - 1);
    if (b.kind == BlockKind::Paragraph && !bold_heading(b)) {
      // "We were lucky that ...": a paragraph of its own in the reflection.
      const ModelField& lucky = model_field(FieldId::GotLucky);
      read_list_entries(cx, blocks, i, i + 1, *lucky.list(cx.postmortem), std::string(lucky.path));
      run_start = cx.last_line(b) + 1;
      ++i;
      continue;
    }
    // A subsection runs to the next heading as high as its own (any heading, or another bold
    // one, when it is bold text).
    const bool heading = b.kind == BlockKind::Heading;
    std::size_t sub_end = i + 1;
    while (sub_end < end) {
      const MdBlock& next = blocks[sub_end];
      if (next.kind == BlockKind::Heading && (!heading || next.level <= b.level)) break;
      if (!heading && bold_heading(next)) break;
      ++sub_end;
    }
    const ModelField& list = *lessons_list(plain_text(b.text));
    read_list_entries(cx, blocks, i + 1, sub_end, *list.list(cx.postmortem),
                      std::string(list.path));
    run_start = std::max(cx.last_line(blocks[sub_end - 1]), cx.first_line(b)) + 1;
    i = sub_end;
  }
  close_run(last_line);
  append_prose(cx, model_field(FieldId::LessonsLearned), lessons, lessons_line);
  return true;
}

bool read_metadata_section(ImportContext& cx, const std::string& title, const Blocks& blocks,
                           std::size_t begin, std::size_t end) {
  if (meta_field(title) == MetaField::Unknown) return false;
  std::vector<const MdBlock*> body;
  for (std::size_t i = begin; i < end; ++i)
    if (blocks[i].kind != BlockKind::Rule) body.push_back(&blocks[i]);
  if (body.size() != 1) return false;
  const MdBlock& b = *body.front();
  std::string value;
  if (b.kind == BlockKind::Paragraph && b.text.find('\n') == std::string::npos) {
    value = plain_text(b.text);
  } else if (b.kind == BlockKind::List) {
    for (const MdBlock& item : b.children) {
      const bool simple =
          std::all_of(item.children.begin(), item.children.end(),
                      [](const MdBlock& c) { return c.kind == BlockKind::Paragraph; });
      const std::string text = one_line(plain_text(block_text(item)));
      if (!simple) return false;
      if (!text.empty()) value += (value.empty() ? "" : ", ") + text;
    }
  } else {
    return false;
  }
  return !value.empty() && apply_metadata(cx, title, value, cx.first_line(b));
}

}  // namespace hindsight::core
