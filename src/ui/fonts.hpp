// The UI's type: loads the embedded faces into Dear ImGui's atlas for the screen's pixel density
// and the reader's text size setting, and owns that setting's steps.
// Owns: which faces exist (body, heading, mono, and the large presenter face while a presenter
// view asks for it), their sizes, and when the atlas must be rebuilt. Never touches the GPU: the
// caller uploads the new atlas texture (the renderer backend owns it).
// Why rasterize at density x size and scale back: text drawn from a 1x atlas on a 2x screen, or
// magnified from a 16 px atlas to 24 px, is blurry; glyphs rasterized at the size they are shown
// in framebuffer pixels and drawn at FontGlobalScale 1/density are crisp and keep their size.
#pragma once

#include <array>

struct ImFont;

namespace hindsight::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* heading = nullptr;
  ImFont* mono = nullptr;       // logs and raw Markdown
  ImFont* presenter = nullptr;  // null unless the atlas was built with want_presenter

  // Wanted: the reader's text size (one of kFontScaleSteps) and whether a presenter view is open.
  float size_factor = 1.0f;
  bool want_presenter = false;

  // What the atlas was built for; pixel_scale is 0 before the first build.
  float pixel_scale = 0.0f;
  float built_size_factor = 0.0f;
};

// Sizes in UI units at size factor 1.
inline constexpr float kBodyFontSize = 16.0f;
inline constexpr float kHeadingFontSize = 24.0f;
inline constexpr float kMonoFontSize = 15.0f;  // DejaVu's large x-height matches Inter at 16
// The presenter face does not follow the size factor: it is already sized for a room, and at
// factor 2 on a 2x screen it would rasterize at 176 px and outgrow the atlas.
inline constexpr float kPresenterFontSize = 44.0f;

// The text size settings Ctrl+plus and Ctrl+minus step through.
inline constexpr std::array<float, 8> kFontScaleSteps = {0.8f,  0.9f, 1.0f,  1.1f,
                                                         1.25f, 1.5f, 1.75f, 2.0f};

// The step nearest to `factor` (a stored setting may hold anything).
float clamp_font_scale(float factor);
// Moves size_factor one step larger (direction > 0) or smaller (direction < 0); false when it is
// already at that end. The atlas follows at the next rebuild_fonts_if_needed.
bool step_font_scale(Fonts& fonts, int direction);
// Back to size factor 1; false when it already was.
bool reset_font_scale(Fonts& fonts);
// Body text height in UI units at the current setting.
float body_font_size(const Fonts& fonts);

// True when the atlas no longer matches the density, the size setting or the presenter wish.
// Why a tolerance on the density: at fractional ratios (1.5) the measured scale wobbles with the
// window's width (1501 / 1001 px = 1.4995), and rebuilding on every odd width would be wasted work.
bool fonts_need_rebuild(const Fonts& fonts, float pixel_scale);

// Rebuilds the atlas for `pixel_scale` (framebuffer pixels per UI unit) x fonts.size_factor.
// Call it between frames, never between NewFrame and Render.
void rebuild_fonts(Fonts& fonts, float pixel_scale);

}  // namespace hindsight::ui
