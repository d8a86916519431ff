#include "core/markdown/import_admonitions.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "core/model/text.hpp"

namespace hindsight::core {

namespace {

std::size_t colons_opening(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && line[n] == ':') ++n;
  return n >= 3 ? n : 0;
}

// ":::", "::::": a closing fence.
bool closes(std::string_view line) {
  line = trim(line);
  return !line.empty() && colons_opening(line) == line.size();
}

// ":::hint", "::: note", ":::warning": an opening fence naming the kind alone.
bool opens(std::string_view line) {
  line = trim(line);
  const std::size_t colons = colons_opening(line);
  if (colons == 0) return false;
  const std::string_view kind = trim(line.substr(colons));
  return !kind.empty() && std::all_of(kind.begin(), kind.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
  });
}

}  // namespace

void open_admonitions(MdBlock& root, std::string_view source) {
  std::vector<MdBlock>& blocks = root.children;
  std::vector<MdBlock> kept;
  kept.reserve(blocks.size());
  for (MdBlock& b : blocks) {
    if (b.kind != BlockKind::Paragraph || !b.has_source()) {
      kept.push_back(std::move(b));
      continue;
    }
    const std::size_t first_break = b.text.find('\n');
    if (first_break == std::string::npos) {
      // A fence alone, with blank lines around it: structure only.
      if (!opens(b.text) && !closes(b.text)) kept.push_back(std::move(b));
      continue;
    }
    if (opens(std::string_view(b.text).substr(0, first_break))) {
      b.text.erase(0, first_break + 1);
      // The content starts on the source line after the fence's.
      if (const std::size_t next = source.find('\n', b.begin); next != std::string_view::npos)
        b.begin = std::min(source.find_first_not_of(" \t", next + 1), b.end);
    }
    if (const std::size_t last = b.text.rfind('\n');
        last != std::string::npos && closes(std::string_view(b.text).substr(last + 1))) {
      b.text.erase(last);
      // The content ends on the source line before the fence's.
      if (const std::size_t fence = source.rfind('\n', b.end - 1);
          fence != std::string_view::npos && fence > b.begin)
        b.end = fence;
    }
    kept.push_back(std::move(b));
  }
  blocks = std::move(kept);
}

}  // namespace hindsight::core
