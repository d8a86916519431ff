#include "ui/widgets/markdown_view.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ItemAdd, RenderCheckMark, the test-engine item hook

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>

#include "ui/fonts.hpp"

namespace hindsight::ui {

using markdown::Block;
using markdown::BlockKind;
using markdown::Run;
using markdown::Span;
using markdown::TextLayout;

struct MarkdownView::Frame {
  ImDrawList* list = nullptr;
  ImVec2 origin;
  float width = 0, clip_top = 0, clip_bottom = 0;
  ImU32 text = 0, muted = 0, link = 0, code_bg = 0, rule = 0;
  std::optional<std::string> clicked;
};

namespace {

// Twemoji's colours for the circle emoji, so the dots read as the emoji they stand for.
constexpr std::array<ImU32, 9> kDotColours = {
    IM_COL32(221, 46, 68, 255),  IM_COL32(244, 144, 12, 255), IM_COL32(253, 203, 88, 255),
    IM_COL32(120, 177, 89, 255), IM_COL32(85, 172, 238, 255), IM_COL32(170, 142, 214, 255),
    IM_COL32(193, 105, 79, 255), IM_COL32(49, 55, 61, 255),   IM_COL32(230, 231, 232, 255)};

// The preview's items join ImGui's item list (and so the item registry the tests read) with
// their text as label; they take no input and no keyboard focus.
void register_item(const char* id_text, const ImVec2& min, const ImVec2& max,
                   const std::string& label) {
  ImGuiContext& g = *GImGui;
  const ImGuiID id = ImGui::GetID(id_text);
  ImGui::ItemAdd(ImRect(min, max), id, nullptr, ImGuiItemFlags_NoNav);
  IMGUI_TEST_ENGINE_ITEM_INFO(id, label.c_str(), 0);
  (void)g;
}

// Faux italic: the font has no italic face, so the glyphs just drawn lean right about their
// bottom edge.
void slant(ImDrawList* list, int first_vertex, float bottom) {
  for (int v = first_vertex; v < list->VtxBuffer.Size; ++v)
    list->VtxBuffer[v].pos.x += (bottom - list->VtxBuffer[v].pos.y) * 0.2f;
}

float measure(const markdown::Face& face, std::string_view text) {
  return face.font->CalcTextSizeA(face.size, FLT_MAX, 0.0f, text.data(), text.data() + text.size())
      .x;
}

}  // namespace

MarkdownFonts markdown_fonts(const Fonts& fonts) { return {fonts.body, fonts.heading, nullptr}; }

void MarkdownView::set_text(std::string_view markdown, std::uint64_t revision) {
  if (revision_ == revision) return;
  revision_ = revision;
  doc_ = markdown::parse_document(markdown);
  ++parse_count_;
  key_ = LayoutKey{};  // the next draw lays the new document out
}

float MarkdownView::content_height() const {
  return blocks_.empty() ? 0.0f : blocks_.back().top + blocks_.back().height;
}

float MarkdownView::block_indent(const Block& block) const {
  return static_cast<float>(block.quote) * metrics_.body +
         static_cast<float>(block.depth) * metrics_.body * 1.5f;
}

// Whole units: with whole tops and heights, ImGui's cursor (which it floors) and the layout agree,
// so the rows a table skips take exactly the space its drawn rows would.
float MarkdownView::block_gap(std::size_t index) const {
  if (index == 0) return 0.0f;
  const Block& block = doc_.blocks[index];
  float gap = metrics_.body * 0.6f;
  if (block.kind == BlockKind::heading)
    gap = metrics_.body * (block.level <= 2 ? 1.25f : 0.9f);
  else if (block.depth > 0 && block.tight && doc_.blocks[index - 1].depth > 0)
    gap = metrics_.body * 0.2f;
  return std::round(gap);
}

void MarkdownView::lay_out(const markdown::Metrics& m, float width) {
  metrics_ = m;
  ++layout_count_;
  blocks_.assign(doc_.blocks.size(), BlockLayout{});
  tables_.assign(doc_.tables.size(), TableLayout{});
  const ImGuiStyle& style = ImGui::GetStyle();
  for (std::size_t i = 0; i < doc_.blocks.size(); ++i) {
    const Block& b = doc_.blocks[i];
    BlockLayout& l = blocks_[i];
    float avail = width - block_indent(b);
    if (b.task != markdown::Task::none) avail -= m.body * 1.4f;
    switch (b.kind) {
      case BlockKind::rule:
        l.height = m.body * 0.5f;
        break;
      case BlockKind::code: {
        const float pad = std::round(m.body * 0.5f);
        l.text = markdown::wrap_spans(b.spans, m, b.kind, 0, 0, avail - 2 * pad,
                                      markdown::Wrap::verbatim);
        l.height = l.text.height + 2 * pad;
        break;
      }
      case BlockKind::table: {
        // Until the table is drawn once (and measured), assume one line per row.
        const markdown::Table& t = doc_.tables[static_cast<std::size_t>(b.table)];
        TableLayout& tl = tables_[static_cast<std::size_t>(b.table)];
        tl.natural.assign(t.columns(), m.body * 2);
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
          for (std::size_t c = 0; c < t.rows[r].size() && c < t.columns(); ++c) {
            const float w =
                markdown::wrap_spans(t.rows[r][c], m, BlockKind::paragraph, 0,
                                     r == 0 ? markdown::kStrong : 0, FLT_MAX, markdown::Wrap::words)
                    .width;
            tl.natural[c] = std::clamp(std::ceil(w), tl.natural[c], m.body * 24);
          }
        }
        l.height = static_cast<float>(t.rows.size()) * (m.body + style.CellPadding.y * 2);
        break;
      }
      default:
        l.text = markdown::wrap_spans(b.spans, m, b.kind, b.level, 0, avail, markdown::Wrap::words);
        l.height = l.text.height;
        break;
    }
  }
  place_blocks();
}

void MarkdownView::place_blocks() {
  float top = 0.0f;
  for (std::size_t i = 0; i < blocks_.size(); ++i) {
    top += block_gap(i);
    blocks_[i].top = top;
    top += blocks_[i].height;
  }
}

void MarkdownView::lay_out_table_cells(std::size_t table, const std::vector<float>& widths) {
  const markdown::Table& t = doc_.tables[table];
  TableLayout& tl = tables_[table];
  tl.widths = widths;
  tl.cells.assign(t.rows.size(), {});
  tl.row_heights.assign(t.rows.size(), 0.0f);
  static const std::vector<Span> kEmpty;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    for (std::size_t c = 0; c < widths.size(); ++c) {
      const std::vector<Span>& spans = c < t.rows[r].size() ? t.rows[r][c] : kEmpty;
      tl.cells[r].push_back(markdown::wrap_spans(spans, metrics_, BlockKind::paragraph, 0,
                                                 r == 0 ? markdown::kStrong : 0, widths[c],
                                                 markdown::Wrap::words));
      tl.row_heights[r] = std::max(tl.row_heights[r], tl.cells[r].back().height);
    }
  }
}

std::optional<std::string> MarkdownView::draw(const MarkdownFonts& fonts) {
  ImFont* current = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / current->FontSize;  // UI units per font pixel
  markdown::Metrics m;
  m.regular = fonts.body != nullptr ? fonts.body : current;
  m.bold = fonts.heading != nullptr ? fonts.heading : m.regular;
  m.mono = fonts.mono != nullptr ? fonts.mono : m.regular;
  m.body = m.regular->FontSize * scale;
  m.heading = fonts.heading != nullptr ? fonts.heading->FontSize * scale : m.body * 1.5f;

  const float width = std::floor(std::max(1.0f, ImGui::GetContentRegionAvail().x));
  const LayoutKey key{width, m.body, m.heading, m.regular, m.bold, m.mono};
  if (!(key == key_)) {
    key_ = key;
    lay_out(m, width);
  }

  Frame frame;
  frame.list = ImGui::GetWindowDrawList();
  frame.origin = ImGui::GetCursorScreenPos();
  frame.origin.y = std::floor(frame.origin.y);
  frame.width = width;
  frame.clip_top = frame.list->GetClipRectMin().y;
  frame.clip_bottom = frame.list->GetClipRectMax().y;
  frame.text = ImGui::GetColorU32(ImGuiCol_Text);
  frame.muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  ImVec4 link = ImGui::GetStyleColorVec4(ImGuiCol_ButtonHovered);
  link.w = 1.0f;
  frame.link = ImGui::GetColorU32(link);
  frame.code_bg = ImGui::GetColorU32(ImGuiCol_FrameBg);
  frame.rule = ImGui::GetColorU32(ImGuiCol_Separator);

  // Blocks are in top order: find the first that reaches into the visible rectangle, draw until
  // one starts below it.
  const auto first = std::partition_point(
      blocks_.begin(), blocks_.end(),
      [&](const BlockLayout& b) { return frame.origin.y + b.top + b.height < frame.clip_top; });
  ImGui::PushID(this);
  for (auto it = first; it != blocks_.end(); ++it) {
    if (frame.origin.y + it->top > frame.clip_bottom) break;
    draw_block(static_cast<std::size_t>(it - blocks_.begin()), frame);
  }
  ImGui::PopID();
  if (tops_dirty_) {
    place_blocks();
    tops_dirty_ = false;
  }
  ImGui::SetCursorScreenPos(frame.origin);
  ImGui::Dummy(ImVec2(width, content_height()));
  return frame.clicked;
}

void MarkdownView::draw_block(std::size_t index, Frame& frame) {
  const Block& b = doc_.blocks[index];
  const BlockLayout& l = blocks_[index];
  const float body = metrics_.body;
  const float top = frame.origin.y + l.top;
  const float left = frame.origin.x + block_indent(b);
  const float right = frame.origin.x + frame.width;
  for (int q = 0; q < b.quote; ++q) {  // one bar per quote level, joined to the block above
    const float x = frame.origin.x + static_cast<float>(q) * body + body * 0.2f;
    const bool joined = index > 0 && doc_.blocks[index - 1].quote > q;
    frame.list->AddRectFilled(ImVec2(x, joined ? top - block_gap(index) : top),
                              ImVec2(x + std::max(2.0f, body * 0.18f), top + l.height), frame.rule);
  }
  ImGui::PushID(static_cast<int>(index));
  draw_marker(b, left, top, frame);
  const ImU32 color = b.quote > 0 ? frame.muted : frame.text;
  switch (b.kind) {
    case BlockKind::rule: {
      const float y = std::floor(top + l.height * 0.5f);
      frame.list->AddLine(ImVec2(left, y), ImVec2(right, y), frame.rule,
                          std::max(1.0f, body * 0.08f));
      break;
    }
    case BlockKind::code: {
      const float pad = std::round(body * 0.5f);
      frame.list->AddRectFilled(ImVec2(left, top), ImVec2(right, top + l.height), frame.code_bg,
                                body * 0.25f);
      draw_text(l.text, b.spans, b.kind, 0, 0, left + pad, top + pad, color, frame);
      break;
    }
    case BlockKind::table:
      draw_table(index, left, top, frame);
      break;
    default: {
      const float text_left = left + (b.task != markdown::Task::none ? body * 1.4f : 0.0f);
      draw_text(l.text, b.spans, b.kind, b.level, 0, text_left, top, color, frame);
      break;
    }
  }
  if (b.kind != BlockKind::rule && b.kind != BlockKind::table)
    register_item("##text", ImVec2(left, top), ImVec2(right, top + std::max(l.height, 1.0f)),
                  markdown::plain_text(b.spans));
  ImGui::PopID();
}

void MarkdownView::draw_marker(const Block& b, float left, float top, Frame& frame) {
  if (b.marker.empty()) return;
  const float body = metrics_.body;
  if (b.task != markdown::Task::none) {
    const ImVec2 min(left, top + body * 0.12f);
    const float side = body * 0.85f;
    if (b.task == markdown::Task::done) {
      frame.list->AddRectFilled(min, ImVec2(min.x + side, min.y + side), frame.link, body * 0.15f);
      ImGui::RenderCheckMark(frame.list, ImVec2(min.x + side * 0.15f, min.y + side * 0.15f),
                             IM_COL32_WHITE, side * 0.7f);
    } else {
      frame.list->AddRect(min, ImVec2(min.x + side, min.y + side), frame.muted, body * 0.15f, 0,
                          std::max(1.0f, body * 0.08f));
    }
    return;
  }
  if (b.marker == markdown::kBullet) {
    const ImVec2 centre(left - body * 0.75f, top + body * 0.55f);
    const float radius = body * 0.17f;
    if (b.depth % 2 == 1)
      frame.list->AddCircleFilled(centre, radius, frame.text);
    else
      frame.list->AddCircle(centre, radius, frame.text, 0, std::max(1.0f, body * 0.08f));
    return;
  }
  const markdown::Face face = metrics_.face(BlockKind::paragraph, 0, 0);
  const float width = measure(face, b.marker);
  frame.list->AddText(face.font, face.size, ImVec2(left - body * 0.35f - width, top), frame.text,
                      b.marker.data(), b.marker.data() + b.marker.size());
}

void MarkdownView::draw_table(std::size_t index, float left, float top, Frame& frame) {
  const Block& b = doc_.blocks[index];
  const auto table = static_cast<std::size_t>(b.table);
  const markdown::Table& t = doc_.tables[table];
  TableLayout& tl = tables_[table];
  const int columns = static_cast<int>(t.columns());
  if (columns == 0 || t.rows.empty()) return;
  const ImGuiStyle& style = ImGui::GetStyle();

  // A table that fits keeps its columns' natural widths; a wider one shares the width by them.
  // Each way has its own ImGui table, because ImGui reads column sizes only when it creates one.
  float natural_total = 0.0f;
  for (float w : tl.natural) natural_total += w + style.CellPadding.x * 2 + 1.0f;
  const bool fits = natural_total <= frame.origin.x + frame.width - left;
  ImGui::SetCursorScreenPos(ImVec2(left, top));
  ImGui::PushID(fits ? "fits" : "shared");
  const ImGuiTableFlags flags =
      ImGuiTableFlags_Borders |
      (fits ? ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoHostExtendX
            : ImGuiTableFlags_SizingStretchProp);
  if (ImGui::BeginTable("##table", columns, flags)) {
    for (int c = 0; c < columns; ++c)
      ImGui::TableSetupColumn(
          "", fits ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch,
          tl.natural[static_cast<std::size_t>(c)]);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    std::vector<float> widths(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
      ImGui::TableSetColumnIndex(c);
      widths[static_cast<std::size_t>(c)] = std::floor(ImGui::GetContentRegionAvail().x);
    }
    if (widths != tl.widths) lay_out_table_cells(table, widths);
    draw_row(table, 0, frame);

    // Rows outside the visible rectangle are not drawn: each run of them becomes one empty row
    // of their height, so the rows after them stay in place. The margin absorbs rounding.
    const float padding = style.CellPadding.y * 2;
    const float margin = metrics_.body * 2;
    auto visible = [&](float y, float h) {
      return y + h >= frame.clip_top - margin && y <= frame.clip_bottom + margin;
    };
    float y = top + tl.row_heights[0] + padding;
    std::size_t r = 1;
    while (r < t.rows.size()) {
      if (visible(y, tl.row_heights[r] + padding)) {
        ImGui::TableNextRow();
        draw_row(table, r, frame);
        y += tl.row_heights[r++] + padding;
        continue;
      }
      float skipped = 0.0f;
      while (r < t.rows.size() && !visible(y, tl.row_heights[r] + padding)) {
        skipped += tl.row_heights[r] + padding;
        y += tl.row_heights[r++] + padding;
      }
      ImGui::TableNextRow(ImGuiTableRowFlags_None, skipped);
    }
    ImGui::EndTable();
    const float height = ImGui::GetItemRectSize().y;
    if (std::fabs(height - blocks_[index].height) > 0.5f) {
      blocks_[index].height = height;
      tops_dirty_ = true;
    }
  }
  ImGui::PopID();
}

void MarkdownView::draw_row(std::size_t table, std::size_t row, Frame& frame) {
  const markdown::Table& t = doc_.tables[table];
  const TableLayout& tl = tables_[table];
  static const std::vector<Span> kEmpty;
  ImGui::PushID(static_cast<int>(row));
  for (std::size_t c = 0; c < t.columns(); ++c) {
    ImGui::TableSetColumnIndex(static_cast<int>(c));
    const std::vector<Span>& spans = c < t.rows[row].size() ? t.rows[row][c] : kEmpty;
    const TextLayout& cell = tl.cells[row][c];
    const ImVec2 at = ImGui::GetCursorScreenPos();
    float x = at.x;
    if (t.align[c] == markdown::Align::center) x += std::floor((tl.widths[c] - cell.width) * 0.5f);
    if (t.align[c] == markdown::Align::right) x += tl.widths[c] - cell.width;
    draw_text(cell, spans, BlockKind::paragraph, 0, row == 0 ? markdown::kStrong : 0, x, at.y,
              frame.text, frame);
    ImGui::PushID(static_cast<int>(c));
    register_item("##cell", at, ImVec2(at.x + tl.widths[c], at.y + std::max(cell.height, 1.0f)),
                  markdown::plain_text(spans));
    ImGui::PopID();
    ImGui::Dummy(ImVec2(std::min(cell.width, tl.widths[c]), cell.height));
  }
  ImGui::PopID();
}

void MarkdownView::draw_text(const TextLayout& layout, const std::vector<Span>& spans,
                             BlockKind kind, int level, std::uint8_t extra, float x, float y,
                             std::uint32_t color, Frame& frame) {
  for (std::size_t k = 0; k < layout.runs.size(); ++k) {
    const Run& r = layout.runs[k];
    const float top = y + r.y;
    if (top > frame.clip_bottom || top + r.size < frame.clip_top) continue;
    const Span& span = spans[r.span];
    const auto style = static_cast<std::uint8_t>(span.style | extra);
    const ImVec2 at(x + r.x, top);
    if ((style & markdown::kDot) != 0) {
      const ImVec2 centre(at.x + r.width * 0.5f, top + r.size * 0.55f);
      const float radius = r.size * 0.32f;
      frame.list->AddCircleFilled(centre, radius, kDotColours[static_cast<std::size_t>(span.dot)]);
      if (span.dot == markdown::Dot::black || span.dot == markdown::Dot::white)
        frame.list->AddCircle(centre, radius, frame.muted);
      continue;
    }
    const markdown::Face face = metrics_.face(kind, level, style);
    const char* begin = span.text.data() + r.begin;
    const char* end = span.text.data() + r.end;
    if ((style & markdown::kCode) != 0 && kind != BlockKind::code)
      frame.list->AddRectFilled(ImVec2(at.x - 2, top - 1),
                                ImVec2(at.x + r.width + 2, top + r.size + 1), frame.code_bg, 3.0f);
    const ImU32 ink = (style & markdown::kLink) != 0 ? frame.link : color;
    const int first_vertex = frame.list->VtxBuffer.Size;
    frame.list->AddText(face.font, face.size, at, ink, begin, end);
    if ((style & markdown::kEmphasis) != 0) slant(frame.list, first_vertex, top + r.size);
    const float thickness = std::max(1.0f, r.size * 0.07f);
    if ((style & markdown::kStrike) != 0) {
      const float mid = std::floor(top + r.size * 0.55f);
      frame.list->AddLine(ImVec2(at.x, mid), ImVec2(at.x + r.width, mid), ink, thickness);
    }
    if ((style & markdown::kLink) == 0 || r.width <= 0.0f) continue;
    const float under = std::floor(top + r.size);
    frame.list->AddLine(ImVec2(at.x, under), ImVec2(at.x + r.width, under), ink, thickness);
    const std::string& target = doc_.links[static_cast<std::size_t>(span.link)];
    ImGui::SetCursorScreenPos(at);
    ImGui::PushID(static_cast<int>(k));
    if (ImGui::InvisibleButton(std::string(begin, end).c_str(), ImVec2(r.width, r.size)))
      frame.clicked = target;
    if (ImGui::IsItemHovered()) {
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      ImGui::SetTooltip("%s", target.c_str());
    }
    ImGui::PopID();
  }
}

}  // namespace hindsight::ui
