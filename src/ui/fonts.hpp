// Loads the UI fonts into Dear ImGui's atlas at the screen's pixel density.
// Why rasterize at the density and scale back: text drawn from a 1x atlas on a 2x screen is
// blurry; glyphs rasterized at 2x and drawn at FontGlobalScale 1/2 are crisp and keep their size.
#pragma once

struct ImFont;

namespace hindsight::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* heading = nullptr;
  ImFont* mono = nullptr;  // logs and raw Markdown; null when no monospace face is embedded
  float pixel_scale = 0.0f;  // the density the atlas was built for; 0 before the first build
};

inline constexpr float kBodyFontSize = 16.0f;
inline constexpr float kHeadingFontSize = 24.0f;

// Rebuilds the atlas for `pixel_scale` (framebuffer pixels per UI unit). The caller uploads the
// new atlas texture afterwards (the renderer backend owns the texture).
void rebuild_fonts(Fonts& fonts, float pixel_scale);

}  // namespace hindsight::ui
