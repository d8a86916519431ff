// The embedded faces and the text size setting: every code point people paste has a glyph in
// every face, the zero-width space draws as nothing, and the atlas follows density x size.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <string>
#include <vector>

#include "headless_ui.hpp"
#include "ui/fonts.hpp"

namespace hindsight::test {
namespace {

std::vector<unsigned int> code_points(const std::string& utf8) {
  std::vector<unsigned int> out;
  const char* p = utf8.c_str();
  const char* end = p + utf8.size();
  while (p < end) {
    unsigned int c = 0;
    p += ImTextCharFromUtf8(&c, p, end);
    out.push_back(c);
  }
  return out;
}

std::vector<ImFont*> text_faces(const ui::Fonts& fonts) {
  return {fonts.body, fonts.heading, fonts.mono};
}

// Every code point of `text` has its own glyph in `font`: none is drawn as the fallback '?'.
void expect_no_fallback(const ImFont* font, const std::string& text) {
  for (unsigned int c : code_points(text)) {
    const ImFontGlyph* glyph = font->FindGlyphNoFallback(static_cast<ImWchar>(c));
    EXPECT_NE(glyph, nullptr) << "U+" << std::hex << c << " in " << font->GetDebugName();
    EXPECT_NE(font->FindGlyph(static_cast<ImWchar>(c)), font->FallbackGlyph)
        << "U+" << std::hex << c << " in " << font->GetDebugName();
  }
}

float text_width(ImFont* font, const char* text) {
  return font->CalcTextSizeA(font->FontSize, 1.0e9f, 0.0f, text).x;
}

TEST(Fonts, EveryFaceHasLatinExtendedPunctuationArrowsAndSymbols) {
  HeadlessUi ui;
  // Latin-1, Latin Extended-A and -B, then the punctuation and signs people paste.
  const std::string text =
      "Az ß é ć ș Ł ő ǅ "
      "– — “ ” ‘ ’ … • → ← ↑ ↓ ✓ ✗ × ° € £ ¥ ™ © ‰ − ‹ ›";
  for (const ImFont* font : text_faces(ui.state.fonts)) expect_no_fallback(font, text);
}

TEST(Fonts, GreekAndCyrillicSentencesRenderWithNoFallbackGlyph) {
  HeadlessUi ui;
  const std::string greek = "Η βάση δεδομένων απέτυχε στις 14:02· ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ ϊΰ";
  const std::string cyrillic =
      "Сервис упал в 14:02, откат занял 20 минут. ЁЖЩЪЭЮЯ ёжщъэюя Ґґ Єє Її Ўў Ђђ Љљ Њњ Ћћ Џџ";
  for (const ImFont* font : text_faces(ui.state.fonts)) {
    expect_no_fallback(font, greek);
    expect_no_fallback(font, cyrillic);
  }
}

TEST(Fonts, ZeroWidthSpaceDrawsNothingInEveryFace) {
  HeadlessUi ui;
  for (ImFont* font : text_faces(ui.state.fonts)) {
    const ImFontGlyph* glyph = font->FindGlyphNoFallback(0x200B);
    ASSERT_NE(glyph, nullptr) << font->GetDebugName();
    EXPECT_EQ(glyph->AdvanceX, 0.0f) << font->GetDebugName();
    EXPECT_EQ(glyph->Visible, 0u) << font->GetDebugName();
    EXPECT_EQ(text_width(font,
                         "on\xE2\x80\x8B"
                         "call"),
              text_width(font, "oncall"))
        << font->GetDebugName();
  }
}

TEST(Fonts, MonoFaceGivesEveryCharacterTheSameAdvance) {
  HeadlessUi ui;
  ImFont* mono = ui.state.fonts.mono;
  const float advance = text_width(mono, "i");
  EXPECT_GT(advance, 0.0f);
  for (const char* text : {"W", "m", ".", "Ж", "ω", "—"})
    EXPECT_FLOAT_EQ(text_width(mono, text), advance) << text;
  EXPECT_GT(text_width(ui.state.fonts.body, "W"), text_width(ui.state.fonts.body, "i"));
}

TEST(Fonts, HighDensityRasterizesAtTheDensityAndScalesBack) {
  HeadlessUi ui;
  ui::rebuild_fonts(ui.state.fonts, 2.0f);
  EXPECT_FLOAT_EQ(ui.state.fonts.body->FontSize, ui::kBodyFontSize * 2.0f);
  EXPECT_FLOAT_EQ(ui.state.fonts.mono->FontSize, ui::kMonoFontSize * 2.0f);
  EXPECT_FLOAT_EQ(ImGui::GetIO().FontGlobalScale, 0.5f);
  EXPECT_FLOAT_EQ(ui.state.fonts.pixel_scale, 2.0f);
}

TEST(Fonts, SizeFactorRasterizesAtDensityTimesFactor) {
  HeadlessUi ui;
  ui.state.fonts.size_factor = 1.5f;
  ui::rebuild_fonts(ui.state.fonts, 2.0f);
  EXPECT_FLOAT_EQ(ui.state.fonts.body->FontSize, ui::kBodyFontSize * 3.0f);
  EXPECT_FLOAT_EQ(ui.state.fonts.heading->FontSize, ui::kHeadingFontSize * 3.0f);
  EXPECT_FLOAT_EQ(ui.state.fonts.mono->FontSize, ui::kMonoFontSize * 3.0f);
  // Drawn at 1/density: text is 1.5x its normal size in UI units, from glyphs at full resolution.
  EXPECT_FLOAT_EQ(ImGui::GetIO().FontGlobalScale, 0.5f);
  EXPECT_FLOAT_EQ(ui::body_font_size(ui.state.fonts), 24.0f);
  EXPECT_FLOAT_EQ(ui.state.fonts.built_size_factor, 1.5f);
  ui.frames(2);
  EXPECT_FLOAT_EQ(ImGui::GetFontSize(), 24.0f);
}

TEST(Fonts, NeedRebuildFollowsDensitySizeSettingAndPresenterWish) {
  HeadlessUi ui;
  ui::Fonts& fonts = ui.state.fonts;
  EXPECT_TRUE(ui::fonts_need_rebuild(ui::Fonts{}, 1.0f));  // never built
  EXPECT_FALSE(ui::fonts_need_rebuild(fonts, 1.0f));
  EXPECT_FALSE(ui::fonts_need_rebuild(fonts, 1.004f));  // a fractional ratio's wobble
  EXPECT_FALSE(ui::fonts_need_rebuild(fonts, 0.0f));    // no measurement yet: keep what we have
  EXPECT_TRUE(ui::fonts_need_rebuild(fonts, 2.0f));
  ASSERT_TRUE(ui::step_font_scale(fonts, +1));
  EXPECT_TRUE(ui::fonts_need_rebuild(fonts, 1.0f));
  ui::rebuild_fonts(fonts, 1.0f);
  EXPECT_FALSE(ui::fonts_need_rebuild(fonts, 1.0f));
  fonts.want_presenter = true;
  EXPECT_TRUE(ui::fonts_need_rebuild(fonts, 1.0f));
  ui::rebuild_fonts(fonts, 1.0f);
  EXPECT_FALSE(ui::fonts_need_rebuild(fonts, 1.0f));
}

TEST(Fonts, PresenterFaceExistsOnlyWhileWantedAndIgnoresTheSizeFactor) {
  HeadlessUi ui;
  ui::Fonts& fonts = ui.state.fonts;
  EXPECT_EQ(fonts.presenter, nullptr);
  fonts.want_presenter = true;
  fonts.size_factor = 2.0f;
  ui::rebuild_fonts(fonts, 2.0f);
  ASSERT_NE(fonts.presenter, nullptr);
  EXPECT_FLOAT_EQ(fonts.presenter->FontSize, ui::kPresenterFontSize * 2.0f);
  expect_no_fallback(fonts.presenter, "Сбой → восстановление — 42 минуты. Ώρα: 14:02 ✓");
  fonts.want_presenter = false;
  ui::rebuild_fonts(fonts, 2.0f);
  EXPECT_EQ(fonts.presenter, nullptr);
}

// WebGL 2 guarantees textures of 2048 px; practically every GPU takes 4096. The largest setting
// on a 2x screen with the presenter face must still fit.
TEST(Fonts, AtlasFitsA4096TextureAtTheLargestSettingWithThePresenterFace) {
  HeadlessUi ui;
  ui::Fonts& fonts = ui.state.fonts;
  fonts.size_factor = ui::kFontScaleSteps.back();
  fonts.want_presenter = true;
  ui::rebuild_fonts(fonts, 2.0f);
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  EXPECT_LE(atlas.TexWidth, 4096);
  EXPECT_LE(atlas.TexHeight, 4096);
}

TEST(FontScale, StepsThroughTheSettingsAndStopsAtBothEnds) {
  ui::Fonts fonts;
  std::vector<float> seen{fonts.size_factor};
  while (ui::step_font_scale(fonts, +1)) seen.push_back(fonts.size_factor);
  EXPECT_EQ(seen, (std::vector<float>{1.0f, 1.1f, 1.25f, 1.5f, 1.75f, 2.0f}));
  EXPECT_FALSE(ui::step_font_scale(fonts, +1));
  EXPECT_FLOAT_EQ(fonts.size_factor, 2.0f);
  ASSERT_TRUE(ui::step_font_scale(fonts, -1));
  EXPECT_FLOAT_EQ(fonts.size_factor, 1.75f);
  while (ui::step_font_scale(fonts, -1)) {
  }
  EXPECT_FLOAT_EQ(fonts.size_factor, 0.8f);
  EXPECT_FLOAT_EQ(ui::body_font_size(fonts), 12.8f);
  EXPECT_TRUE(ui::reset_font_scale(fonts));
  EXPECT_FLOAT_EQ(fonts.size_factor, 1.0f);
  EXPECT_FALSE(ui::reset_font_scale(fonts));
}

TEST(FontScale, StoredValuesSnapToTheNearestStep) {
  EXPECT_FLOAT_EQ(ui::clamp_font_scale(0.1f), 0.8f);
  EXPECT_FLOAT_EQ(ui::clamp_font_scale(1.3f), 1.25f);
  EXPECT_FLOAT_EQ(ui::clamp_font_scale(1.0f), 1.0f);
  EXPECT_FLOAT_EQ(ui::clamp_font_scale(9.0f), 2.0f);
  EXPECT_FLOAT_EQ(ui::clamp_font_scale(std::nanf("")), 1.0f);
  ui::Fonts fonts;
  fonts.size_factor = 1.3f;  // e.g. read from old settings
  ASSERT_TRUE(ui::step_font_scale(fonts, +1));
  EXPECT_FLOAT_EQ(fonts.size_factor, 1.5f);
}

}  // namespace
}  // namespace hindsight::test
