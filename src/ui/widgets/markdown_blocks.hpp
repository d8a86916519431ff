// The Markdown preview's display list: a document parsed once by md4c into flat blocks of styled
// spans, ready to be laid out and drawn. Owns the parse; knows nothing of fonts, sizes or Dear
// ImGui, so it is cheap to keep and plain to test.
// Front matter at the start is kept as a code block of its own.
// Contract: never interprets HTML. Raw HTML, inline or as a block, becomes visible text; only
// "<br>" (the line break the Markdown export writes in one-line places) becomes a line break,
// as the importer reads it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hindsight::ui::markdown {

enum SpanStyle : std::uint8_t {
  kStrong = 1,
  kEmphasis = 2,
  kStrike = 4,
  kCode = 8,
  kLink = 16,
  kDot = 32,  // a coloured circle emoji, drawn as a dot: the text holds the emoji
};

// The circle emoji the workflow uses as priority markers (and their siblings).
enum class Dot : std::uint8_t { red, orange, yellow, green, blue, purple, brown, black, white };

struct Span {
  std::string text;  // UTF-8; '\n' is a hard line break
  std::uint8_t style = 0;
  Dot dot = Dot::red;  // when style has kDot
  int link = -1;       // index into Document::links when style has kLink
};

enum class Align : std::uint8_t { left, center, right };

struct Table {
  std::vector<Align> align;                          // one per column
  std::vector<std::vector<std::vector<Span>>> rows;  // rows of cells of spans; row 0 is the header
  std::size_t columns() const { return align.size(); }
};

enum class BlockKind : std::uint8_t { paragraph, heading, code, rule, table };
enum class Task : std::uint8_t { none, open, done };

struct Block {
  BlockKind kind = BlockKind::paragraph;
  int level = 0;       // heading level 1-6
  int depth = 0;       // list nesting: 0 outside lists
  int quote = 0;       // block quote nesting
  bool tight = false;  // in a tight list: drawn closer to the block before
  std::string marker;  // the list item's marker on its first block: "•" or "3."; else empty
  Task task = Task::none;
  std::vector<Span> spans;  // paragraph, heading, code (one span with the code's text)
  int table = -1;           // index into Document::tables for BlockKind::table
};

struct Document {
  std::vector<Block> blocks;
  std::vector<Table> tables;
  std::vector<std::string> links;  // link targets, as written
};

inline constexpr const char* kBullet = "\xE2\x80\xA2";  // "•", drawn as a circle

Document parse_document(std::string_view markdown);

// The spans' text joined, for labels and tests.
std::string plain_text(const std::vector<Span>& spans);

}  // namespace hindsight::ui::markdown
