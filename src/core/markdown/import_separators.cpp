#include "core/markdown/import_separators.hpp"

#include <string>
#include <string_view>

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

}  // namespace

void separators_as_rules(MdBlock& root) {
  for (MdBlock& b : root.children) {
    const bool empty_heading = b.kind == BlockKind::Heading && trim(plain_text(b.text)).empty();
    const bool breaks = b.kind == BlockKind::Html && holds_breaks_alone(b.text);
    if (!empty_heading && !breaks) continue;
    b.kind = BlockKind::Rule;
    b.level = 0;
    b.text.clear();
  }
}

}  // namespace hindsight::core
