#include "core/markdown/import_pipe_rows.hpp"

#include <optional>
#include <string>
#include <vector>

#include "core/model/text.hpp"
#include "core/timeline/loose_time.hpp"

namespace hindsight::core {

namespace {

// The cells of "| a | b |": its text between the outer pipes, split at the inner ones; nothing
// when the line is no row of two cells or more. The paragraph's text, in which the parser has
// already read escapes and code spans, is all a paragraph keeps: a pipe escaped in a cell
// ("grep \\| wc") splits it too, its text kept.
std::optional<std::vector<std::string>> pipe_cells(std::string_view line) {
  line = trim(line);
  if (line.size() < 3 || line.front() != '|' || line.back() != '|') return std::nullopt;
  std::vector<std::string> cells;
  std::string_view rest = line.substr(1, line.size() - 2);
  for (std::size_t bar = rest.find('|');; bar = rest.find('|')) {
    cells.emplace_back(trim(rest.substr(0, bar)));
    if (bar == std::string_view::npos) break;
    rest = rest.substr(bar + 1);
  }
  if (cells.size() < 2) return std::nullopt;
  return cells;
}

// The list a paragraph of rows shows, each item at its own source line. Only rows that open with
// a time: a header row ("| Time | Event |") or rows of other columns would need the table's
// header to be read, which the author did not write.
std::optional<MdBlock> list_of_rows(const MdBlock& paragraph, std::string_view source) {
  const std::vector<std::string_view> lines = split_lines(paragraph.text);
  if (lines.size() < 2) return std::nullopt;
  MdBlock list;
  list.kind = BlockKind::List;
  list.begin = paragraph.begin;
  list.end = paragraph.end;
  std::size_t at = paragraph.begin;  // where the next row's source line starts
  for (const std::string_view line : lines) {
    const auto cells = pipe_cells(line);
    if (!cells || !read_time(plain_text(cells->front())).has_value()) return std::nullopt;
    MdBlock item;
    item.kind = BlockKind::Item;
    for (const std::string& cell : *cells)
      if (!cell.empty()) item.text += (item.text.empty() ? "" : " - ") + cell;
    if (paragraph.has_source() && at < source.size()) {
      const std::size_t line_end = std::min(source.find('\n', at), paragraph.end);
      item.begin = at;
      item.end = line_end;
      at = line_end + 1;
    }
    if (!item.text.empty()) list.children.push_back(std::move(item));
  }
  if (list.children.size() < 2) return std::nullopt;
  return list;
}

}  // namespace

void lists_from_pipe_rows(MdBlock& root, std::string_view source) {
  for (MdBlock& b : root.children) {
    if (b.kind == BlockKind::Paragraph) {
      if (auto list = list_of_rows(b, source)) b = std::move(*list);
    } else if (b.kind == BlockKind::Quote || b.kind == BlockKind::Item ||
               b.kind == BlockKind::List) {
      lists_from_pipe_rows(b, source);
    }
  }
}

}  // namespace hindsight::core
