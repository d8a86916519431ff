#include "core/markdown/markdown_tree.hpp"

#include <md4c.h>

#include <algorithm>
#include <cstring>
#include <utility>

#include "core/model/text.hpp"
#include "core/model/utf8.hpp"

extern "C" {
#include <entity.h>
}

namespace hindsight::core {
namespace {

constexpr std::size_t kMaxTreeDepth = 32;

struct Builder {
  std::string_view source;
  std::vector<MdBlock*> stack;
  std::vector<std::string> link_targets;  // href of each open link; empty for autolinks
  // The address of each open image and the size its block's text had when the image began.
  std::vector<std::pair<std::string, std::size_t>> open_images;
  std::size_t folded = 0;                 // open blocks folded into the deepest one kept

  MdBlock& top() { return *stack.back(); }

  // Only the open block takes the range of its text; it passes its range on to its parent when
  // it closes (close_range), so every block ends with the range of all the text inside it
  // without each text walking the whole stack.
  void note_source(const MD_CHAR* text, MD_SIZE size) {
    if (text < source.data() || text + size > source.data() + source.size()) return;
    const auto at = static_cast<std::size_t>(text - source.data());
    widen(top(), at, at + size);
  }

  static void widen(MdBlock& block, std::size_t begin, std::size_t end) {
    if (!block.has_source() || begin < block.begin) block.begin = begin;
    if (end > block.end) block.end = end;
  }

  static void close_range(const MdBlock& done, MdBlock& parent) {
    if (done.has_source()) widen(parent, done.begin, done.end);
  }
};

BlockKind kind_of(MD_BLOCKTYPE type) {
  switch (type) {
    case MD_BLOCK_DOC:
      return BlockKind::Document;
    case MD_BLOCK_QUOTE:
      return BlockKind::Quote;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      return BlockKind::List;
    case MD_BLOCK_LI:
      return BlockKind::Item;
    case MD_BLOCK_HR:
      return BlockKind::Rule;
    case MD_BLOCK_H:
      return BlockKind::Heading;
    case MD_BLOCK_CODE:
      return BlockKind::Code;
    case MD_BLOCK_HTML:
      return BlockKind::Html;
    case MD_BLOCK_P:
      return BlockKind::Paragraph;
    case MD_BLOCK_TABLE:
      return BlockKind::Table;
    case MD_BLOCK_TR:
      return BlockKind::Row;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      return BlockKind::Cell;
    default:
      return BlockKind::Document;  // THEAD/TBODY: transparent
  }
}

bool transparent(MD_BLOCKTYPE type) { return type == MD_BLOCK_THEAD || type == MD_BLOCK_TBODY; }

int enter_block(MD_BLOCKTYPE type, void* detail, void* userdata) {
  auto& b = *static_cast<Builder*>(userdata);
  if (type == MD_BLOCK_DOC || transparent(type)) return 0;
  // Blocks nested deeper than any post-mortem needs ("- - - - ... x", "> > > ...") are folded
  // into their ancestor: the tree, and every reader that walks it, stays shallow enough for the
  // browser's small stack. Their text is kept in the ancestor.
  if (b.stack.size() > kMaxTreeDepth || b.folded > 0) {
    // Each folded block starts a line, so its words do not run into the ancestor's.
    std::string& text = b.top().text;
    if (!text.empty() && text.back() != '\n') text += '\n';
    ++b.folded;
    return 0;
  }
  MdBlock& block = b.top().children.emplace_back();
  block.kind = kind_of(type);
  if (type == MD_BLOCK_H)
    block.level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
  block.ordered = type == MD_BLOCK_OL;
  block.header = type == MD_BLOCK_TH;
  // A body row holds as many cells as the header (md4c pads short rows): one allocation.
  if (block.kind == BlockKind::Row && b.top().kind == BlockKind::Table &&
      b.top().children.size() > 1)
    block.children.reserve(b.top().children.front().children.size());
  b.stack.push_back(&block);
  return 0;
}

// The cells of a table row's source line, as written: split at pipes that are not escaped or in
// a code span, the row's outer pipes and the cells' spaces left out. `visit(index, begin, end)`
// is called for each, [begin, end) its text.
template <class Visit>
void row_cells(std::string_view source, std::size_t line_begin, std::size_t line_end, Visit visit) {
  std::size_t index = 0;
  auto is_space = [&](std::size_t i) { return source[i] == ' ' || source[i] == '\t'; };
  std::size_t begin = line_begin, end = line_end;
  while (begin < end && is_space(begin)) ++begin;
  while (end > begin && is_space(end - 1)) --end;
  if (begin < end && source[begin] == '|') ++begin;
  if (end > begin && source[end - 1] == '|' && (end - 1 == begin || source[end - 2] != '\\')) --end;
  bool in_code = false;
  std::size_t start = begin;
  for (std::size_t i = begin; i <= end; ++i) {
    if (i < end && source[i] == '\\') {
      ++i;
      continue;
    }
    if (i < end && source[i] == '`') in_code = !in_code;
    if (i < end && (source[i] != '|' || in_code)) continue;
    std::size_t a = start, z = i;
    while (a < z && is_space(a)) ++a;
    while (z > a && is_space(z - 1)) --z;
    visit(index++, a, z);
    start = i + 1;
  }
}

// False when a row's line cannot hold more than `columns` cells: it has too few pipes besides
// the row's outer ones. Every other pipe may separate cells (row_cells tells which do), so the
// count bounds the cells; most rows are settled by it without splitting the line.
bool may_hold_more_cells(std::string_view line, std::size_t columns) {
  auto is_space = [](char c) { return c == ' ' || c == '\t'; };
  while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  if (!line.empty() && line.front() == '|') line.remove_prefix(1);
  if (!line.empty() && line.back() == '|' && (line.size() == 1 || line[line.size() - 2] != '\\'))
    line.remove_suffix(1);
  const auto pipes = static_cast<std::size_t>(std::count(line.begin(), line.end(), '|'));
  return pipes + 1 > columns;
}

// md4c leaves out the cells of a row beyond its table's header; they are read from the row's
// line and added as cells with their Markdown as written, so no text of the table is lost.
void add_cells_beyond_header(const Builder& b, const MdBlock& table, MdBlock& row) {
  if (table.children.empty() || &table.children.front() == &row || !row.has_source()) return;
  const std::size_t columns = table.children.front().children.size();
  const std::string_view source = b.source;
  const std::size_t newline = source.rfind('\n', row.begin);
  const std::size_t line_begin = newline == std::string_view::npos ? 0 : newline + 1;
  const std::size_t line_end = std::min(source.find('\n', row.begin), source.size());
  if (!may_hold_more_cells(source.substr(line_begin, line_end - line_begin), columns)) return;
  row_cells(source, line_begin, line_end, [&](std::size_t c, std::size_t begin, std::size_t end) {
    if (c < columns || begin == end) return;
    MdBlock cell;
    cell.kind = BlockKind::Cell;
    for (std::size_t i = begin; i < end; ++i) {
      if (source[i] == '\\' && i + 1 < end && source[i + 1] == '|') continue;
      cell.text += source[i];
    }
    cell.begin = begin;
    cell.end = end;
    row.end = std::max(row.end, end);
    row.children.push_back(std::move(cell));
  });
}

int leave_block(MD_BLOCKTYPE type, void*, void* userdata) {
  auto& b = *static_cast<Builder*>(userdata);
  if (type == MD_BLOCK_DOC || transparent(type)) return 0;
  if (b.folded > 0) {
    --b.folded;
    return 0;
  }
  MdBlock* done = b.stack.back();
  b.stack.pop_back();
  // The parent takes the row's range before the cells beyond the header widen it: the table's
  // range is that of the text md4c reported.
  Builder::close_range(*done, b.top());
  if (done->kind == BlockKind::Row && b.top().kind == BlockKind::Table)
    add_cells_beyond_header(b, b.top(), *done);
  if (done->kind == BlockKind::Row && !done->children.empty() && done->children.front().header)
    done->header = true;
  return 0;
}

std::string href_of(const MD_SPAN_A_DETAIL& a) { return {a.href.text, a.href.size}; }

int enter_span(MD_SPANTYPE type, void* detail, void* userdata) {
  auto& b = *static_cast<Builder*>(userdata);
  if (type == MD_SPAN_STRONG) b.top().text += kStrongBegin;
  if (type == MD_SPAN_A) {
    auto* a = static_cast<MD_SPAN_A_DETAIL*>(detail);
    b.link_targets.push_back(a->is_autolink ? std::string() : href_of(*a));
  }
  // "![](db_incident/snippets.png)": an image with no words gives its paragraph no text, and so
  // no place in the source; its address, written right after "](", places it (a reference
  // image's address is written elsewhere, under its label).
  if (type == MD_SPAN_IMG) {
    const MD_ATTRIBUTE& src = static_cast<MD_SPAN_IMG_DETAIL*>(detail)->src;
    b.open_images.emplace_back(std::string(src.text, src.size), b.top().text.size());
    const MD_CHAR* at = src.text;
    if (at >= b.source.data() + 2 && at <= b.source.data() + b.source.size()) {
      const std::string_view before(at - 2, 2);
      if (before == "](" || (before == "(<" && at >= b.source.data() + 3 && at[-3] == ']'))
        b.note_source(at, src.size);
    }
  }
  return 0;
}

int leave_span(MD_SPANTYPE type, void*, void* userdata) {
  auto& b = *static_cast<Builder*>(userdata);
  if (type == MD_SPAN_STRONG) b.top().text += kStrongEnd;
  if (type == MD_SPAN_A && !b.link_targets.empty()) {
    if (!b.link_targets.back().empty()) b.top().text += " (" + b.link_targets.back() + ")";
    b.link_targets.pop_back();
  }
  // An image keeps its address as a link does: "graph (cpu.png)". One with no words adds none:
  // it is mostly an icon beside a time, a label or a column's name, which must still be read as
  // such (a paragraph of such images alone has no text, and readers keep it as written).
  if (type == MD_SPAN_IMG && !b.open_images.empty()) {
    auto [address, alt_from] = std::move(b.open_images.back());
    b.open_images.pop_back();
    std::string& text = b.top().text;
    const std::string_view alt =
        alt_from <= text.size() ? trim(std::string_view(text).substr(alt_from)) : "";
    // "![img.png](img.png)": the words are the address, written once.
    // A heading or a column's name keeps its words alone: they must still name their part.
    const bool names_a_part = b.top().kind == BlockKind::Heading || b.top().header;
    if (!names_a_part && !address.empty() && !alt.empty() && alt != address)
      text += " (" + address + ")";
  }
  return 0;
}

}  // namespace

void append_entity(std::string& out, std::string_view entity) {
  if (entity.size() > 3 && entity[1] == '#') {
    const bool hex = entity[2] == 'x' || entity[2] == 'X';
    const std::string digits(entity.substr(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)));
    append_utf8(out, static_cast<char32_t>(std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10)));
    return;
  }
  if (const ENTITY* e = entity_lookup(entity.data(), entity.size())) {
    append_utf8(out, e->codepoints[0]);
    if (e->codepoints[1] != 0) append_utf8(out, e->codepoints[1]);
    return;
  }
  out += entity;
}

namespace {

int on_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
  auto& b = *static_cast<Builder*>(userdata);
  std::string& out = b.top().text;
  const std::string_view view(text, size);
  switch (type) {
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
      out += '\n';
      return 0;
    case MD_TEXT_NULLCHAR:
      out += "\xEF\xBF\xBD";
      return 0;
    case MD_TEXT_ENTITY:
      append_entity(out, view);
      break;
    case MD_TEXT_HTML:
      if (b.top().kind != BlockKind::Html &&
          (view == "<br>" || view == "<br/>" || view == "<br />"))
        out += '\n';
      else
        out += view;
      break;
    default:
      out += view;
      break;
  }
  b.note_source(text, size);
  return 0;
}

}  // namespace

unsigned markdown_parser_flags() { return MD_DIALECT_GITHUB; }

std::optional<MdBlock> parse_markdown_tree(std::string_view markdown) {
  MdBlock root;
  Builder builder{markdown, {&root}, {}, {}};
  MD_PARSER parser{};
  parser.flags = markdown_parser_flags();
  parser.enter_block = enter_block;
  parser.leave_block = leave_block;
  parser.enter_span = enter_span;
  parser.leave_span = leave_span;
  parser.text = on_text;
  if (md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &builder) != 0)
    return std::nullopt;
  return root;
}

std::string plain_text(std::string_view marked) {
  // Most text has no strong span: it is copied whole, found so by memchr rather than a loop.
  if (marked.empty()) return {};
  if (std::memchr(marked.data(), kStrongBegin, marked.size()) == nullptr &&
      std::memchr(marked.data(), kStrongEnd, marked.size()) == nullptr)
    return std::string(marked);
  std::string plain;
  plain.reserve(marked.size());
  std::size_t start = 0;
  for (std::size_t i = 0; i < marked.size(); ++i) {
    if (marked[i] != kStrongBegin && marked[i] != kStrongEnd) continue;
    plain.append(marked.substr(start, i - start));
    start = i + 1;
  }
  plain.append(marked.substr(start));
  return plain;
}

}  // namespace hindsight::core
