#include "core/markdown/import_plain_text.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/markdown/markdown_vocabulary.hpp"
#include "core/model/text.hpp"

namespace hindsight::core {

namespace {

// "What are we doing to prevent it from happening again?" is about the longest a part's name
// runs; a longer line is a sentence.
constexpr std::size_t kLongestSectionLine = 80;
constexpr std::size_t kLongestTitle = 120;
constexpr std::size_t kLongestCategory = 40;
// One line that names a part could be a sentence's opening word; two make an outline.
constexpr int kFewestSectionLines = 2;

struct SourceLine {
  std::string_view marked;  // the line's text, strong emphasis marked
  std::size_t begin, end;   // the whole source line, without the spaces around it
};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// The offset of the start of the source line that holds `offset`.
std::size_t line_start(std::string_view source, std::size_t offset) {
  if (offset == 0) return 0;
  const std::size_t newline = source.rfind('\n', offset - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

// The lines of a paragraph, or of an indented block, with the source line each came from; empty
// when the two do not match one for one (a "<br>" breaks a line the source does not).
std::vector<SourceLine> lines_of(const MdBlock& block, std::string_view source) {
  if (!block.has_source() || block.end > source.size()) return {};
  std::string_view text = block.text;
  while (!text.empty() && text.back() == '\n') text.remove_suffix(1);  // a code block's last
  const auto marked = split_lines(text);
  std::size_t at = line_start(source, block.begin);
  std::vector<SourceLine> lines;
  for (std::size_t k = 0; k < marked.size(); ++k) {
    std::size_t stop = source.find('\n', at);
    if (stop == std::string_view::npos) stop = source.size();
    // Each line but the last ends inside the block, and the last one after its text starts.
    const bool last = k + 1 == marked.size();
    if (last ? stop + 1 < block.end : stop + 1 >= block.end) return {};
    std::size_t begin = at, end = stop;
    while (begin < end && is_blank(source[begin])) ++begin;
    while (end > begin && is_blank(source[end - 1])) --end;
    lines.push_back({marked[k], begin, end});
    at = stop + 1;
  }
  return lines;
}

// "Issue Summary", "Corrective and Preventative Measures": every word capitalised but the small
// ones that join them.
bool is_title_case(std::string_view text) {
  static constexpr std::string_view kJoining[] = {"a",  "an", "and", "at",  "for", "in",
                                                  "of", "on", "or",  "the", "to"};
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    const std::string_view word = text.substr(at, end - at);
    if (!word.empty() && !(word.front() >= 'A' && word.front() <= 'Z') &&
        std::find(std::begin(kJoining), std::end(kJoining), word) == std::end(kJoining))
      return false;
    at = end + 1;
  }
  return true;
}

// "Timeline [all in East African Time]:": the qualifier in brackets at a line's end.
void drop_closing_qualifier(std::string& text) {
  if (text.empty() || (text.back() != ')' && text.back() != ']')) return;
  const std::size_t open = text.rfind(text.back() == ')' ? '(' : '[');
  if (open == std::string::npos || open == 0 || text[open - 1] != ' ') return;
  text.erase(open);
  while (!text.empty() && text.back() == ' ') text.pop_back();
}

// "[Summary]", "[Impact Range]": a line that is a name in square brackets, and no other bracket.
// The name; nothing for any other line.
std::optional<std::string_view> bracketed_name(std::string_view line) {
  line = trim(line);
  if (line.size() < 3 || line.front() != '[' || line.back() != ']' ||
      line.find_first_of("[]()", 1) != line.size() - 1)
    return std::nullopt;
  return trim(line.substr(1, line.size() - 2));
}

// "Timeline", "Root Cause:", "What happened?", "Timeline (all times West African Time)": a line
// that alone names a part of a post-mortem, with a qualifier in brackets at most.
bool names_a_section(std::string_view marked) {
  std::string text(trim(plain_text(marked)));
  if (const auto name = bracketed_name(text)) text = std::string(*name);
  while (!text.empty() && (text.back() == ':' || text.back() == '?' || text.back() == ' '))
    text.pop_back();
  drop_closing_qualifier(text);
  if (text.size() < 3 || text.size() > kLongestSectionLine || text.back() == '.' ||
      text.find(": ") != std::string::npos)
    return false;
  static constexpr std::string_view kOtherParts[] = {
      "conclusion", "conclusions", "closing thoughts", "final thoughts", "references", "appendix"};
  const std::string lower = lowercase_ascii(text);
  // "Root cause still under investigation" opens with a part's name and goes on as a sentence:
  // only a name alone, or a longer one written as a title ("Issue Summary", "Outage Timeline").
  return is_a_part_name(text) ||
         std::find(std::begin(kOtherParts), std::end(kOtherParts), lower) !=
             std::end(kOtherParts) ||
         (text.front() >= 'A' && text.front() <= 'Z' && is_title_case(text) &&
          section_role(text) != SectionRole::Unknown);
}

// "**Problems**", "**To Do**", "[Detail]": a paragraph of one line wholly in bold or in square
// brackets, short and no sentence, which its author set apart as a heading. Taken as one only in
// a document whose other lines name parts of a post-mortem.
bool set_apart_as_heading(std::string_view marked) {
  marked = trim(marked);
  if (marked.ends_with(':')) marked.remove_suffix(1);
  const bool bold = marked.size() >= 5 && marked.front() == kStrongBegin &&
                    marked.back() == kStrongEnd &&
                    marked.find(kStrongBegin, 1) == std::string_view::npos;
  const auto bracketed = bracketed_name(marked);
  if (!bold && !bracketed) return false;
  const std::string text(trim(plain_text(bracketed ? *bracketed : marked)));
  if (text.size() < 3 || text.size() > kLongestSectionLine || text.front() < 'A' ||
      text.front() > 'Z' || std::string_view(".:;,!").find(text.back()) != std::string_view::npos ||
      text.find(": ") != std::string::npos)
    return false;
  // A name, not a sentence set in bold ("**Do not restart the primary**", "**All times are
  // UTC**") nor a mark in brackets ("[TBD]"): written as a title, or three words at most in bold.
  const bool capitals_only =
      std::none_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return !capitals_only &&
         (is_title_case(text) || (bold && std::count(text.begin(), text.end(), ' ') <= 2));
}

// "Postmortem", "postmortem: Database Outage on 2023-11-12": a first line that reads as a title.
bool reads_as_title(std::string_view marked) {
  const std::string text(trim(plain_text(marked)));
  return !text.empty() && text.size() <= kLongestTitle &&
         std::string_view(".,;:").find(text.back()) == std::string_view::npos &&
         !names_a_section(marked);
}

MdBlock block_of(BlockKind kind, const std::vector<SourceLine>& lines, std::size_t from,
                 std::size_t to) {
  MdBlock b;
  b.kind = kind;
  b.level = kind == BlockKind::Heading ? 2 : 0;
  for (std::size_t k = from; k < to; ++k)
    b.text += std::string(k == from ? "" : "\n") + std::string(trim(lines[k].marked));
  b.begin = lines[from].begin;
  b.end = lines[to - 1].end;
  return b;
}

// "Replacing the failed hardware on the database server": a line of words, not of code or a log
// (it opens with a capital letter, and holds no path, pipe, bracket, assignment or clock time).
bool reads_as_words(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.front() < 'A' || line.front() > 'Z' ||
      std::count(line.begin(), line.end(), ' ') < 2 ||
      line.find_first_of("/\\|$={}<>[]();`*#") != std::string_view::npos)
    return false;
  for (std::size_t at = line.find(':'); at != std::string_view::npos; at = line.find(':', at + 1))
    if (at > 0 && at + 1 < line.size() && line[at - 1] >= '0' && line[at - 1] <= '9' &&
        line[at + 1] >= '0' && line[at + 1] <= '9')
      return false;
  return true;
}

// "    Replacing the failed hardware": a block indented four spaces in a plain-text document,
// each line of it words, is a list its author indented, not code. Fenced blocks stay code.
bool is_indented_list(const MdBlock& b, std::string_view source) {
  if (b.kind != BlockKind::Code || !b.has_source()) return false;
  for (std::string_view line : split_lines(b.text))
    if (!trim(line).empty() && !reads_as_words(line)) return false;
  const std::size_t start = line_start(source, b.begin);
  const std::string_view indent = source.substr(start, b.begin - start);
  return (indent.size() >= 4 || indent.find('\t') != std::string_view::npos) &&
         trim(indent).empty();
}

MdBlock list_of_lines(const std::vector<SourceLine>& lines) {
  MdBlock list;
  list.kind = BlockKind::List;
  list.begin = lines.front().begin;
  list.end = lines.back().end;
  for (std::size_t k = 0; k < lines.size(); ++k)
    if (!trim(lines[k].marked).empty()) {
      list.children.push_back(block_of(BlockKind::Item, lines, k, k + 1));
      list.children.back().level = 0;
    }
  return list;
}

}  // namespace

void outline_plain_text(MdBlock& root, std::string_view source, bool titled_elsewhere) {
  std::vector<MdBlock>& blocks = root.children;
  // The title may follow a short line a web page shows over it ("Failure information", the
  // page's category).
  const bool category_first = blocks.size() > 1 && blocks[0].kind == BlockKind::Paragraph &&
                              split_lines(blocks[0].text).size() == 1 &&
                              trim(blocks[0].text).size() <= kLongestCategory &&
                              blocks[1].kind == BlockKind::Heading && blocks[1].level == 1;
  const std::size_t title_at = category_first ? 1 : 0;
  for (std::size_t i = 0; i < blocks.size(); ++i)
    if (blocks[i].kind == BlockKind::Heading && (i != title_at || blocks[i].level != 1)) return;
  const bool titled =
      titled_elsewhere || (blocks.size() > title_at && blocks[title_at].kind == BlockKind::Heading);

  // Each paragraph's lines, and how many of them name a part.
  std::vector<std::vector<SourceLine>> lines(blocks.size());
  int section_lines = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::Paragraph) continue;
    lines[i] = lines_of(blocks[i], source);
    for (const SourceLine& line : lines[i]) section_lines += names_a_section(line.marked);
  }
  if (section_lines < kFewestSectionLines) return;

  std::vector<MdBlock> outlined;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const std::vector<SourceLine>& own = lines[i];
    if (is_indented_list(blocks[i], source))
      if (const auto indented = lines_of(blocks[i], source); !indented.empty()) {
        outlined.push_back(list_of_lines(indented));
        continue;
      }
    if (own.empty()) {
      outlined.push_back(std::move(blocks[i]));
      continue;
    }
    std::size_t run = 0;  // the first line of the paragraph not yet placed
    const std::size_t before = outlined.size();
    for (std::size_t k = 0; k < own.size(); ++k) {
      // The title: a first paragraph of one line, or the line over the first section's name
      // ("Postmortem" over "Issue Summary"), not the first line of a sentence wrapped.
      const bool title = !titled && outlined.empty() && k == 0 &&
                         (own.size() == 1 || names_a_section(own[1].marked)) &&
                         reads_as_title(own[k].marked);
      if (!title && !names_a_section(own[k].marked) &&
          !(own.size() == 1 && i > title_at && set_apart_as_heading(own[k].marked)))
        continue;
      if (run < k) outlined.push_back(block_of(BlockKind::Paragraph, own, run, k));
      outlined.push_back(block_of(BlockKind::Heading, own, k, k + 1));
      if (title) outlined.back().level = 1;
      run = k + 1;
    }
    if (outlined.size() == before)
      outlined.push_back(std::move(blocks[i]));
    else if (run < own.size())
      outlined.push_back(block_of(BlockKind::Paragraph, own, run, own.size()));
  }
  blocks = std::move(outlined);
}

}  // namespace hindsight::core
