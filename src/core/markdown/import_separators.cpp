#include "core/markdown/import_separators.hpp"

#include <string>
#include <string_view>
#include <vector>

#include "core/model/text.hpp"

namespace hindsight::core {
namespace {

// "<br>", "<br/>", "<BR />", "<p></p>", "&nbsp;", any number of them and nothing else.
bool holds_breaks_alone(std::string_view html) {
  const std::string text = lowercase_ascii(html);
  bool any = false;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
      ++i;
    } else if (text.compare(i, 6, "&nbsp;") == 0) {
      i += 6;
    } else if (text[i] == '<') {
      const std::size_t close = text.find('>', i);
      if (close == std::string::npos) return false;
      std::string name;  // the tag's letters, its slashes and spaces left out
      for (std::size_t k = i + 1; k < close; ++k)
        if (text[k] != '/' && text[k] != ' ') name += text[k];
      if (name != "br" && name != "p") return false;
      any = true;
      i = close + 1;
    } else {
      return false;
    }
  }
  return any;
}

bool is_empty_heading(const MdBlock& b) {
  return b.kind == BlockKind::Heading && trim(plain_text(b.text)).empty();
}

}  // namespace

void separators_as_rules(MdBlock& root) {
  std::vector<MdBlock>& blocks = root.children;
  const auto spaces = [](const MdBlock& b) {
    return b.kind == BlockKind::Rule || is_empty_heading(b) ||
           (b.kind == BlockKind::Html && holds_breaks_alone(b.text));
  };
  // Whether the next block that is not one of those marks is a heading, or there is none.
  std::vector<bool> over_a_heading(blocks.size());
  bool heading_next = true;
  for (std::size_t i = blocks.size(); i-- > 0;) {
    over_a_heading[i] = heading_next;
    if (!spaces(blocks[i])) heading_next = blocks[i].kind == BlockKind::Heading;
  }
  // In the lead (nothing but the title and paragraphs before it), or over no text before the
  // next heading, a heading with no text is a separator; after a section, a table or a list it
  // stays the nameless heading of the text under it.
  bool in_lead = true;
  bool title_seen = false;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    MdBlock& b = blocks[i];
    if (b.kind == BlockKind::Heading && !is_empty_heading(b)) {
      in_lead = in_lead && !title_seen && b.level == 1;
      title_seen = true;
      continue;
    }
    if (!spaces(b) && b.kind != BlockKind::Paragraph) in_lead = false;
    const bool separator = is_empty_heading(b)
                               ? in_lead || over_a_heading[i]
                               : b.kind == BlockKind::Html && holds_breaks_alone(b.text);
    if (!separator) continue;
    b.kind = BlockKind::Rule;
    b.level = 0;
    b.text.clear();
  }
}

}  // namespace hindsight::core
