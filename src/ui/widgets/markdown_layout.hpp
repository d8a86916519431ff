// Word wrap for the Markdown preview: places styled spans into lines at a given width, measuring
// with the fonts' own advances, so bold, italic, code and links share one line and wrap as one
// text. Owns no state; the view caches what it returns.
// Contract: positions are relative to the text's top-left corner, in UI units; nothing is drawn.
#pragma once

#include <cstdint>
#include <vector>

#include "ui/widgets/markdown_blocks.hpp"

struct ImFont;

namespace hindsight::ui::markdown {

struct Face {
  ImFont* font = nullptr;
  float size = 0.0f;  // UI units
};

// The fonts and sizes of one frame. Sizes follow the fonts: body and heading are the fonts' own
// sizes in UI units, so the preview scales with the UI.
struct Metrics {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;
  ImFont* mono = nullptr;
  float body = 16.0f;
  float heading = 24.0f;

  float heading_size(int level) const;
  Face face(BlockKind kind, int level, std::uint8_t style) const;
  float line_gap() const { return body * 0.25f; }
  float dot_width(float size) const { return size * 0.9f; }
};

// One piece of one span drawn at one place: bytes [begin, end) of spans[span].text.
struct Run {
  float x = 0, y = 0, width = 0, size = 0;
  std::uint32_t span = 0, begin = 0, end = 0;
};

struct TextLayout {
  std::vector<Run> runs;
  float width = 0;   // of the widest line
  float height = 0;  // 0 when there is no text
};

enum class Wrap { words, verbatim };  // prose, or code with its spaces and lines kept

// `extra_style` is added to every span's style (table header cells are strong).
TextLayout wrap_spans(const std::vector<Span>& spans, const Metrics& metrics, BlockKind kind,
                      int level, std::uint8_t extra_style, float max_width, Wrap wrap);

}  // namespace hindsight::ui::markdown
