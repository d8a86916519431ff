#include "ui/widgets/markdown_layout.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

namespace hindsight::ui::markdown {

float Metrics::heading_size(int level) const {
  switch (level) {
    case 1:
      return heading;
    case 2:
      return (heading + body) * 0.5f;
    case 3:
      return body * 1.125f;
    default:
      return body;
  }
}

Face Metrics::face(BlockKind kind, int level, std::uint8_t style) const {
  const float size = kind == BlockKind::heading ? heading_size(level) : body;
  if (kind == BlockKind::code || (style & kCode) != 0) return {mono, size};
  if (kind == BlockKind::heading || (style & kStrong) != 0) return {bold, size};
  return {regular, size};
}

namespace {

float advance(const Face& face, const char* begin, const char* end) {
  return face.font->CalcTextSizeA(face.size, FLT_MAX, 0.0f, begin, end).x;
}

float char_advance(const Face& face, unsigned codepoint) {
  return face.font->GetCharAdvance(static_cast<ImWchar>(codepoint)) * face.size /
         face.font->FontSize;
}

// Fills lines left to right; a line's runs share its bottom edge, so a larger face on the
// line pushes the line down instead of overlapping the one above.
class Lines {
 public:
  Lines(float base_size, float gap) : base_size_(base_size), gap_(gap) {}

  float x() const { return x_; }
  bool line_empty() const { return out_.runs.size() == line_start_; }
  void skip(float width) { x_ += width; }

  // `contiguous`: the run follows the previous piece of the same span directly, or across one
  // space; then both are one run, drawn with one call.
  void place(std::uint32_t span, std::size_t begin, std::size_t end, float width, float size,
             bool contiguous_allowed, std::size_t gap_bytes) {
    if (contiguous_allowed && !line_empty()) {
      Run& last = out_.runs.back();
      if (last.span == span && last.end + gap_bytes == begin && last.size == size) {
        last.end = static_cast<std::uint32_t>(end);
        x_ += width;
        last.width = x_ - last.x;
        return;
      }
    }
    out_.runs.push_back(Run{x_, 0.0f, width, size, span, static_cast<std::uint32_t>(begin),
                            static_cast<std::uint32_t>(end)});
    x_ += width;
    line_size_ = std::max(line_size_, size);
  }

  void break_line() {
    const float height = line_size_ > 0.0f ? line_size_ : base_size_;
    for (std::size_t i = line_start_; i < out_.runs.size(); ++i)
      out_.runs[i].y = y_ + height - out_.runs[i].size;
    out_.width = std::max(out_.width, x_);
    out_.height = y_ + height;
    y_ += height + gap_;
    x_ = 0.0f;
    line_size_ = 0.0f;
    line_start_ = out_.runs.size();
  }

  TextLayout finish() {
    if (!line_empty()) break_line();
    out_.height = std::ceil(out_.height);  // whole units: table rows and ImGui's cursor agree
    return std::move(out_);
  }

 private:
  TextLayout out_;
  std::size_t line_start_ = 0;
  float x_ = 0.0f, y_ = 0.0f, line_size_ = 0.0f;
  float base_size_, gap_;
};

struct Piece {
  std::uint32_t span;
  std::size_t begin, end;
  float width, size;
  bool dot;
};

class WordWrap {
 public:
  WordWrap(const std::vector<Span>& spans, const Metrics& m, BlockKind kind, int level,
           std::uint8_t extra, float max_width)
      : spans_(spans),
        m_(m),
        kind_(kind),
        level_(level),
        extra_(extra),
        max_(max_width),
        lines_(m.face(kind, level, extra).size, m.line_gap()) {}

  TextLayout run() {
    for (std::uint32_t i = 0; i < spans_.size(); ++i) add_span(i);
    flush();
    return lines_.finish();
  }

 private:
  Face face(std::uint32_t span) const {
    return m_.face(kind_, level_, static_cast<std::uint8_t>(spans_[span].style | extra_));
  }

  void add_span(std::uint32_t index) {
    const Span& span = spans_[index];
    const Face f = face(index);
    if ((span.style & kDot) != 0) {
      add_piece(Piece{index, 0, span.text.size(), m_.dot_width(f.size), f.size, true});
      return;
    }
    const std::string& t = span.text;
    std::size_t pos = 0;
    while (pos < t.size()) {
      const char c = t[pos];
      if (c == '\n') {
        flush();
        lines_.break_line();
        space_pending_ = false;
        ++pos;
      } else if (c == ' ' || c == '\t') {
        flush();
        if (!space_pending_) space_ = advance(f, t.data() + pos, t.data() + pos + 1);
        space_pending_ = true;
        ++pos;
      } else {
        std::size_t end = t.find_first_of(" \t\n", pos);
        if (end == std::string::npos) end = t.size();
        add_piece(
            Piece{index, pos, end, advance(f, t.data() + pos, t.data() + end), f.size, false});
        pos = end;
      }
    }
  }

  void add_piece(const Piece& piece) {
    word_.push_back(piece);
    word_width_ += piece.width;
  }

  void flush() {
    if (word_.empty()) return;
    bool after_space = space_pending_ && !lines_.line_empty();
    if (!lines_.line_empty() && lines_.x() + space_ + word_width_ > max_) {
      lines_.break_line();
      after_space = false;
    } else if (after_space) {
      lines_.skip(space_);
    }
    if (word_width_ > max_ - lines_.x()) {
      split_word();
    } else {
      for (std::size_t k = 0; k < word_.size(); ++k) {
        const Piece& p = word_[k];
        lines_.place(p.span, p.begin, p.end, p.width, p.size, !p.dot && (k > 0 || after_space),
                     k == 0 && after_space ? 1 : 0);
      }
    }
    word_.clear();
    word_width_ = 0.0f;
    space_pending_ = false;
  }

  // A word wider than the line (a long URL, a hash): broken between characters.
  void split_word() {
    for (const Piece& p : word_) {
      if (p.dot) {
        if (!lines_.line_empty() && lines_.x() + p.width > max_) lines_.break_line();
        lines_.place(p.span, p.begin, p.end, p.width, p.size, false, 0);
        continue;
      }
      const Face f = face(p.span);
      const std::string& t = spans_[p.span].text;
      std::size_t start = p.begin, pos = p.begin;
      float width = 0.0f;
      while (pos < p.end) {
        unsigned c = 0;
        int n = ImTextCharFromUtf8(&c, t.data() + pos, t.data() + p.end);
        if (n <= 0) n = 1;
        const float a = char_advance(f, c);
        if (lines_.x() + width + a > max_ && lines_.x() + width > 0.0f) {
          if (pos > start) lines_.place(p.span, start, pos, width, p.size, false, 0);
          lines_.break_line();
          start = pos;
          width = 0.0f;
        }
        width += a;
        pos += static_cast<std::size_t>(n);
      }
      if (pos > start) lines_.place(p.span, start, pos, width, p.size, true, 0);
    }
  }

  const std::vector<Span>& spans_;
  const Metrics& m_;
  BlockKind kind_;
  int level_;
  std::uint8_t extra_;
  float max_;
  Lines lines_;
  std::vector<Piece> word_;
  float word_width_ = 0.0f, space_ = 0.0f;
  bool space_pending_ = false;
};

// Code: every character kept, lines broken at '\n' and where the width ends.
TextLayout wrap_verbatim(const std::vector<Span>& spans, const Metrics& m, BlockKind kind,
                         int level, std::uint8_t extra, float max_width) {
  Lines lines(m.face(kind, level, extra).size, m.line_gap());
  for (std::uint32_t i = 0; i < spans.size(); ++i) {
    const Face f = m.face(kind, level, static_cast<std::uint8_t>(spans[i].style | extra));
    const std::string& t = spans[i].text;
    const std::size_t size = !t.empty() && t.back() == '\n' ? t.size() - 1 : t.size();
    std::size_t start = 0, pos = 0;
    float width = 0.0f;
    while (pos < size) {
      if (t[pos] == '\n') {
        if (pos > start) lines.place(i, start, pos, width, f.size, false, 0);
        lines.break_line();
        start = ++pos;
        width = 0.0f;
        continue;
      }
      unsigned c = 0;
      int n = ImTextCharFromUtf8(&c, t.data() + pos, t.data() + size);
      if (n <= 0) n = 1;
      const float a = char_advance(f, c);
      if (width + a > max_width && width > 0.0f) {
        lines.place(i, start, pos, width, f.size, false, 0);
        lines.break_line();
        start = pos;
        width = 0.0f;
      }
      width += a;
      pos += static_cast<std::size_t>(n);
    }
    if (pos > start) lines.place(i, start, pos, width, f.size, false, 0);
  }
  return lines.finish();
}

}  // namespace

TextLayout wrap_spans(const std::vector<Span>& spans, const Metrics& metrics, BlockKind kind,
                      int level, std::uint8_t extra_style, float max_width, Wrap wrap) {
  max_width = std::max(max_width, 1.0f);
  if (wrap == Wrap::verbatim)
    return wrap_verbatim(spans, metrics, kind, level, extra_style, max_width);
  return WordWrap(spans, metrics, kind, level, extra_style, max_width).run();
}

}  // namespace hindsight::ui::markdown
