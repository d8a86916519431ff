// A read-only Markdown preview drawn with Dear ImGui: headings, wrapped prose with mixed styles,
// nested and task lists, GFM tables, code, quotes, rules, links and the workflow's coloured
// priority dots.
// Owns: the parsed document (markdown_blocks) and its layout at the current width, both cached:
// the text is parsed again only when the caller's revision changes, laid out again only when the
// width or the fonts change, and only blocks inside the window's visible rectangle are drawn.
// Never: opens links (a clicked link is returned as an intent), interprets HTML, or changes the
// text it shows.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ui/widgets/markdown_blocks.hpp"
#include "ui/widgets/markdown_layout.hpp"

struct ImFont;

namespace hindsight::ui {

struct Fonts;

struct MarkdownFonts {
  ImFont* body = nullptr;     // prose; ImGui's current font when null
  ImFont* heading = nullptr;  // headings, strong text, table headers; body when null
  ImFont* mono = nullptr;     // code; body when null
};

MarkdownFonts markdown_fonts(const Fonts& fonts);

class MarkdownView {
 public:
  // Parses `markdown` unless `revision` is the one already shown.
  void set_text(std::string_view markdown, std::uint64_t revision);

  // Draws at the cursor, as wide as the content region, inside the current window (give it a
  // scrolling child for long documents). Returns the target of a link clicked this frame.
  std::optional<std::string> draw(const MarkdownFonts& fonts);

  const markdown::Document& document() const { return doc_; }
  int parse_count() const { return parse_count_; }
  int layout_count() const { return layout_count_; }
  float content_height() const;  // of the last layout

 private:
  struct BlockLayout {
    float top = 0, height = 0;  // relative to the view's top
    markdown::TextLayout text;
  };
  struct TableLayout {
    std::vector<float> natural;  // each column's unwrapped width: the columns' shares
    std::vector<float> widths;   // the cell widths the cells below were laid out for
    std::vector<std::vector<markdown::TextLayout>> cells;
    std::vector<float> row_heights;  // of each row's tallest cell
  };
  struct LayoutKey {
    float width = -1, body = 0, heading = 0;
    const ImFont* regular = nullptr;
    const ImFont* bold = nullptr;
    const ImFont* mono = nullptr;
    bool operator==(const LayoutKey&) const = default;
  };
  struct Frame;  // one draw call's positions, clip and result

  void lay_out(const markdown::Metrics& m, float width);
  void place_blocks();
  float block_gap(std::size_t index) const;
  float block_indent(const markdown::Block& block) const;
  void lay_out_table_cells(std::size_t table, const std::vector<float>& widths);
  void draw_block(std::size_t index, Frame& frame);
  void draw_marker(const markdown::Block& block, float left, float top, Frame& frame);
  void draw_table(std::size_t index, float left, float top, Frame& frame);
  void draw_row(std::size_t table, std::size_t row, Frame& frame);
  void draw_text(const markdown::TextLayout& layout, const std::vector<markdown::Span>& spans,
                 markdown::BlockKind kind, int level, std::uint8_t extra, float x, float y,
                 std::uint32_t color, Frame& frame);

  markdown::Document doc_;
  std::optional<std::uint64_t> revision_;
  std::vector<BlockLayout> blocks_;
  std::vector<TableLayout> tables_;
  markdown::Metrics metrics_;
  LayoutKey key_;
  bool tops_dirty_ = false;
  int parse_count_ = 0;
  int layout_count_ = 0;
};

}  // namespace hindsight::ui
