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

// ":::hint", "::: note", ":::tip Status page": an opening fence, its kind a word; the title
// after the kind (empty when none), through `title`.
bool opens(std::string_view line, std::string_view& title) {
  line = trim(line);
  const std::size_t colons = colons_opening(line);
  if (colons == 0) return false;
  const std::string_view rest = trim(line.substr(colons));
  // ":::info[Times are UTC]": the title in brackets after the kind, as Docusaurus 3 writes it.
  const std::size_t kind_end = std::min(rest.find_first_of(" ["), rest.size());
  const std::string_view kind = rest.substr(0, kind_end);
  // "{.callout-note}": a kind as Pandoc and Quarto write it.
  const bool braced = kind.size() > 2 && kind.front() == '{' && kind.back() == '}';
  if (kind.empty() || (!braced && !std::all_of(kind.begin(), kind.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
      })))
    return false;
  title = trim(rest.substr(kind_end));
  if (title.size() >= 2 && title.front() == '[' && title.back() == ']')
    title = trim(title.substr(1, title.size() - 2));
  // "::: update Resolved | 2020-08-31T13:36:00Z": a container read where it stands.
  return title.find('|') == std::string_view::npos;
}

// "- Alert on double charges.\n:::": a closing fence right under a list's item, which Markdown
// reads as a line of the item. Each item's text and source range (its list's too) without it.
void drop_fences_under(MdBlock& list, std::string_view source) {
  for (MdBlock& item : list.children) {
    std::vector<MdBlock*> path{&list, &item};
    while (!path.back()->children.empty() && path.back()->text.empty())
      path.push_back(&path.back()->children.back());
    MdBlock& last = *path.back();
    if (last.kind == BlockKind::List) {
      drop_fences_under(last, source);
      continue;
    }
    const std::size_t newline = last.text.rfind('\n');
    if (newline == std::string::npos || !closes(std::string_view(last.text).substr(newline + 1)))
      continue;
    last.text.erase(newline);
    if (!last.has_source() || last.end == 0) continue;
    const std::size_t fence = source.rfind('\n', last.end - 1);
    if (fence == std::string_view::npos || fence <= last.begin) continue;
    for (MdBlock* b : path)
      if (b->end > fence && (b != &list || &item == &list.children.back())) b->end = fence;
  }
}

}  // namespace

void open_admonitions(MdBlock& root, std::string_view source) {
  std::vector<MdBlock>& blocks = root.children;
  std::vector<MdBlock> kept;
  kept.reserve(blocks.size());
  for (MdBlock& b : blocks) {
    if (b.kind == BlockKind::List) drop_fences_under(b, source);
    if (b.kind != BlockKind::Paragraph || !b.has_source()) {
      kept.push_back(std::move(b));
      continue;
    }
    const std::vector<std::string_view> lines = split_lines(b.text);
    std::string text;
    std::size_t first_kept = lines.size(), last_kept = 0;
    for (std::size_t k = 0; k < lines.size(); ++k) {
      std::string_view title;
      std::string_view line = lines[k];
      if (closes(line)) continue;
      if (opens(line, title)) {
        if (title.empty()) continue;
        line = title;  // the title the site shows over the content
      }
      if (!text.empty()) text += '\n';
      text += line;
      first_kept = std::min(first_kept, k);
      last_kept = k;
    }
    if (first_kept == lines.size()) continue;  // fences alone: structure only
    if (first_kept == 0 && last_kept + 1 == lines.size() && text == b.text) {
      kept.push_back(std::move(b));
      continue;
    }
    // The source range starts on the first line kept and ends on the last.
    for (std::size_t k = 0; k < first_kept; ++k)
      if (const std::size_t next = source.find('\n', b.begin); next != std::string_view::npos)
        b.begin = std::min(source.find_first_not_of(" \t", next + 1), b.end);
    for (std::size_t k = last_kept + 1; k < lines.size(); ++k)
      if (const std::size_t fence = source.rfind('\n', b.end - 1);
          fence != std::string_view::npos && fence > b.begin)
        b.end = fence;
    b.text = std::move(text);
    kept.push_back(std::move(b));
  }
  blocks = std::move(kept);
}

}  // namespace hindsight::core
