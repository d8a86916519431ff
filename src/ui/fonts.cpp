#include "ui/fonts.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "ui/embedded_fonts.hpp"

namespace hindsight::ui {
namespace {

static_assert(sizeof(ImWchar) == sizeof(unsigned short), "glyph_ranges is generated as 16-bit");

// Above this rasterized height a half-pixel position error is under 1/64 em, so horizontal
// oversampling buys nothing visible while doubling the glyph's atlas area.
constexpr float kOversampleBelowPixels = 32.0f;

ImFont* add_font(const char* name, const unsigned char* data, unsigned int size, float pixels,
                 bool merge = false) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // static program data: ImGui copies it, never frees ours
  config.OversampleH = pixels < kOversampleBelowPixels ? 2 : 1;
  config.OversampleV = 1;
  config.MergeMode = merge;
  ImFormatString(config.Name, IM_ARRAYSIZE(config.Name), "%s, %.0f px", name, pixels);
  // ImGui's API takes a mutable pointer; it only reads the bytes, to copy them.
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data),
                                                    static_cast<int>(size), pixels, &config,
                                                    fonts::glyph_ranges);
}

std::size_t step_index(float factor) {
  std::size_t best = 0;
  for (std::size_t i = 1; i < kFontScaleSteps.size(); ++i)
    if (std::abs(kFontScaleSteps[i] - factor) < std::abs(kFontScaleSteps[best] - factor)) best = i;
  return best;
}

}  // namespace

float clamp_font_scale(float factor) {
  if (!std::isfinite(factor)) return 1.0f;
  return kFontScaleSteps[step_index(factor)];
}

bool step_font_scale(Fonts& fonts, int direction) {
  const std::size_t i = step_index(fonts.size_factor);
  std::size_t next = i;
  if (direction > 0 && i + 1 < kFontScaleSteps.size()) next = i + 1;
  if (direction < 0 && i > 0) next = i - 1;
  const float before = fonts.size_factor;
  fonts.size_factor = kFontScaleSteps[next];
  return fonts.size_factor != before;
}

bool reset_font_scale(Fonts& fonts) {
  const bool changed = fonts.size_factor != 1.0f;
  fonts.size_factor = 1.0f;
  return changed;
}

float body_font_size(const Fonts& fonts) {
  return kBodyFontSize * clamp_font_scale(fonts.size_factor);
}

bool fonts_need_rebuild(const Fonts& fonts, float pixel_scale) {
  if (fonts.pixel_scale <= 0.0f) return true;
  if (pixel_scale > 0.0f && std::abs(pixel_scale - fonts.pixel_scale) >= 0.01f) return true;
  if (clamp_font_scale(fonts.size_factor) != fonts.built_size_factor) return true;
  return fonts.want_presenter != (fonts.presenter != nullptr);
}

void rebuild_fonts(Fonts& fonts, float pixel_scale) {
  if (pixel_scale <= 0.0f) pixel_scale = 1.0f;
  fonts.size_factor = clamp_font_scale(fonts.size_factor);
  const float text_scale = pixel_scale * fonts.size_factor;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  fonts.body = add_font("Inter Regular", fonts::inter_regular, fonts::inter_regular_size,
                        kBodyFontSize * text_scale);
  fonts.heading = add_font("Inter SemiBold", fonts::inter_semibold, fonts::inter_semibold_size,
                           kHeadingFontSize * text_scale);
  const float mono_pixels = kMonoFontSize * text_scale;
  fonts.mono = add_font("DejaVu Sans Mono", fonts::dejavu_sans_mono, fonts::dejavu_sans_mono_size,
                        mono_pixels);
  // DejaVu Sans Mono lacks the zero-width space and ~130 rarer Latin Extended-B, Greek and
  // Cyrillic letters; Inter fills exactly those (ImGui keeps a face's own glyphs when merging), so
  // a log line never shows '?' for a letter the body text can draw.
  add_font("Inter Regular", fonts::inter_regular, fonts::inter_regular_size, mono_pixels, true);
  fonts.presenter = fonts.want_presenter
                        ? add_font("Inter SemiBold", fonts::inter_semibold,
                                   fonts::inter_semibold_size, kPresenterFontSize * pixel_scale)
                        : nullptr;
  io.Fonts->Build();
  io.FontDefault = fonts.body;
  io.FontGlobalScale = 1.0f / pixel_scale;
  fonts.pixel_scale = pixel_scale;
  fonts.built_size_factor = fonts.size_factor;
}

}  // namespace hindsight::ui
