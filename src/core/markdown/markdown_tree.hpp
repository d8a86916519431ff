// md4c's callbacks folded into a small block tree, the one shape the importer reads.
// Owns: the parse. Each block keeps its plain text (escapes and entities resolved, soft and hard
// breaks as '\n', <br> as '\n', links as "text (href)" unless the link is the URL itself, images
// as "alt (src)" but in headings and a table's header, which keep the words alone; an image with
// no alt adds nothing) with
// strong emphasis marked by kStrongBegin/kStrongEnd, and the byte range of its text in the source,
// so callers can slice the original Markdown and report lines.
// Why the markers can live in the text: they are the bytes 0xFE and 0xFF, which UTF-8 never uses.
// The importer only parses text it has checked is UTF-8, and entities decode to UTF-8 ("&#1;"
// is the character U+0001, kept as text), so no byte of the document can be taken for a marker.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hindsight::core {

inline constexpr char kStrongBegin = '\xFE';
inline constexpr char kStrongEnd = '\xFF';

enum class BlockKind {
  Document,
  Quote,
  List,
  Item,
  Rule,
  Heading,
  Code,
  Html,
  Paragraph,
  Table,
  Row,
  Cell
};

struct MdBlock {
  BlockKind kind = BlockKind::Document;
  int level = 0;         // heading level 1-6
  bool ordered = false;  // numbered list
  bool header = false;   // table header cell or row
  std::string text;      // leaf blocks only: paragraphs, headings, cells, code, html, tight items
  std::size_t begin = std::string_view::npos;  // source offset of the first text inside
  std::size_t end = 0;                         // source offset just past the last text inside
  std::vector<MdBlock> children;
  bool has_source() const { return begin != std::string_view::npos; }
};

// The flags Hindsight reads Markdown with: GitHub-flavoured, as GitHub renders it.
unsigned markdown_parser_flags();

// Parses `markdown` (the whole text the offsets refer to), which must be valid UTF-8. Nothing
// when md4c gives up (it can run out of memory; it accepts any text otherwise).
std::optional<MdBlock> parse_markdown_tree(std::string_view markdown);

// The text without strong markers.
std::string plain_text(std::string_view marked);

// Appends the UTF-8 text of an entity as md4c reports it ("&amp;", "&#233;", "&#xE9;"): md4c
// leaves decoding to its callers. An unknown name is appended unchanged.
void append_entity(std::string& out, std::string_view entity);

}  // namespace hindsight::core
