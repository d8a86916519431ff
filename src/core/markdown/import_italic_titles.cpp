#include "core/markdown/import_italic_titles.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/markdown/markdown_vocabulary.hpp"
#include "core/model/text.hpp"

namespace hindsight::core {
namespace {

constexpr std::size_t kMostWords = 6;  // a title, not a sentence set in italics

// The title a paragraph is when its one source line is one italic span ("_History_",
// "*Lessons learned*", "_Follow-up:_" or "_Follow-up_:"): its words, without the colon.
std::optional<std::string> italic_title(const MdBlock& b, std::string_view source) {
  if (b.kind != BlockKind::Paragraph || !b.has_source() || b.end > source.size()) return {};
  const std::size_t from = source.rfind('\n', b.begin == 0 ? 0 : b.begin - 1);
  const std::size_t line_begin = from == std::string_view::npos || b.begin == 0 ? 0 : from + 1;
  std::size_t line_end = source.find('\n', b.begin);
  if (line_end == std::string_view::npos) line_end = source.size();
  if (b.end > line_end) return {};  // more than one line
  std::string_view line = trim(source.substr(line_begin, line_end - line_begin));
  if (line.ends_with(':')) line.remove_suffix(1);
  if (line.size() < 3) return {};
  const char mark = line.front();
  if ((mark != '_' && mark != '*') || line.back() != mark || line[1] == mark ||
      line[line.size() - 2] == mark)
    return {};
  const std::string_view inside = line.substr(1, line.size() - 2);
  if (inside.find(mark) != std::string_view::npos || inside.front() == ' ' ||
      inside.back() == ' ')
    return {};
  std::string words = plain_text(b.text);
  while (!words.empty() && (words.back() == ':' || words.back() == ' ')) words.pop_back();
  if (words.empty() || words.back() == '.' ||
      static_cast<std::size_t>(std::count(words.begin(), words.end(), ' ')) >= kMostWords)
    return {};
  return words;
}

}  // namespace

void headings_from_italic_titles(MdBlock& root, std::string_view source) {
  std::vector<MdBlock>& blocks = root.children;
  int level = 1;  // the level of the heading the text is under
  std::vector<std::pair<std::size_t, std::string>> titles;
  bool names_a_part = false;
  const auto promote = [&] {
    if (names_a_part)
      for (auto& [i, words] : titles) {
        blocks[i].kind = BlockKind::Heading;
        blocks[i].level = std::min(level + 1, 6);
        blocks[i].text = std::move(words);
      }
    titles.clear();
    names_a_part = false;
  };
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind == BlockKind::Heading) {
      promote();
      level = blocks[i].level;
      continue;
    }
    // A title stands over text of its own: not over a heading or another such line
    // ("_What went well_" over "_What went wrong_": a template's prompts left unanswered).
    if (i + 1 == blocks.size() || blocks[i + 1].kind == BlockKind::Heading ||
        italic_title(blocks[i + 1], source))
      continue;
    if (auto words = italic_title(blocks[i], source)) {
      names_a_part = names_a_part || section_role(*words) != SectionRole::Unknown;
      titles.emplace_back(i, std::move(*words));
    }
  }
  promote();
}

}  // namespace hindsight::core
