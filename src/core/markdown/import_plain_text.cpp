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
// One line that names a part could be a sentence's opening word; two make an outline.
constexpr int kFewestSectionLines = 2;

struct SourceLine {
  std::string_view marked;  // the line's text, strong emphasis marked
  std::size_t begin, end;   // the whole source line, without the spaces around it
};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// The lines of a paragraph, or of an indented block, with the source line each came from; empty
// when the two do not match one for one (a "<br>" breaks a line the source does not).
std::vector<SourceLine> lines_of(const MdBlock& block, std::string_view source) {
  if (!block.has_source() || block.end > source.size()) return {};
  std::string_view text = block.text;
  while (!text.empty() && text.back() == '\n') text.remove_suffix(1);  // a code block's last
  const auto marked = split_lines(text);
  std::size_t at = source.rfind('\n', block.begin == 0 ? 0 : block.begin - 1);
  at = at == std::string_view::npos || block.begin == 0 ? 0 : at + 1;
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

// "Timeline", "Root Cause:", "What happened?": a line that alone names a part of a post-mortem.
bool names_a_section(std::string_view marked) {
  std::string text(trim(plain_text(marked)));
  while (!text.empty() && (text.back() == ':' || text.back() == '?' || text.back() == ' '))
    text.pop_back();
  if (text.size() < 3 || text.size() > kLongestSectionLine || text.back() == '.' ||
      text.find(": ") != std::string::npos)
    return false;
  static constexpr std::string_view kOtherParts[] = {
      "conclusion", "conclusions", "closing thoughts", "final thoughts", "references", "appendix"};
  const std::string lower = lowercase_ascii(text);
  return section_role(text) != SectionRole::Unknown ||
         std::find(std::begin(kOtherParts), std::end(kOtherParts), lower) != std::end(kOtherParts);
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

// "    Replacing the failed hardware": a block indented four spaces in a plain-text document is
// a list its author indented, not code. Fenced blocks stay code.
bool is_indented_code(const MdBlock& b, std::string_view source) {
  if (b.kind != BlockKind::Code || !b.has_source() || b.text.find("\n\n") != std::string::npos)
    return false;
  const std::size_t line_start = source.rfind('\n', b.begin == 0 ? 0 : b.begin - 1);
  const std::size_t start =
      line_start == std::string_view::npos || b.begin == 0 ? 0 : line_start + 1;
  const std::string_view indent = source.substr(start, b.begin - start);
  return (indent.size() >= 4 || indent.find('\t') != std::string_view::npos) &&
         trim(indent).empty();
}

MdBlock list_of_lines(const std::vector<SourceLine>& lines) {
  MdBlock list;
  list.kind = BlockKind::List;
  list.begin = lines.front().begin;
  list.end = lines.back().end;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    list.children.push_back(block_of(BlockKind::Item, lines, k, k + 1));
    list.children.back().level = 0;
  }
  return list;
}

}  // namespace

void outline_plain_text(MdBlock& root, std::string_view source) {
  std::vector<MdBlock>& blocks = root.children;
  for (std::size_t i = 0; i < blocks.size(); ++i)
    if (blocks[i].kind == BlockKind::Heading && (i > 0 || blocks[i].level != 1)) return;
  const bool titled = !blocks.empty() && blocks.front().kind == BlockKind::Heading;

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
    if (is_indented_code(blocks[i], source))
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
      const bool title = !titled && outlined.empty() && k == 0 && reads_as_title(own[k].marked);
      if (!title && !names_a_section(own[k].marked)) continue;
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
