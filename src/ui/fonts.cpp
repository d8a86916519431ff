#include "ui/fonts.hpp"

#include <imgui.h>

#include "ui/embedded_fonts.hpp"

namespace hindsight::ui {
namespace {

static_assert(sizeof(ImWchar) == sizeof(unsigned short), "glyph_ranges is generated as 16-bit");

ImFont* add_font(const unsigned char* data, unsigned int size, float pixels) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes are static program data
  config.OversampleH = 2;
  config.OversampleV = 1;
  // ImGui's API takes a mutable pointer but only reads the data when it does not own it.
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data),
                                                    static_cast<int>(size), pixels, &config,
                                                    fonts::glyph_ranges);
}

}  // namespace

void rebuild_fonts(Fonts& fonts, float pixel_scale) {
  if (pixel_scale <= 0.0f) pixel_scale = 1.0f;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  fonts.body =
      add_font(fonts::inter_regular, fonts::inter_regular_size, kBodyFontSize * pixel_scale);
  fonts.heading =
      add_font(fonts::inter_semibold, fonts::inter_semibold_size, kHeadingFontSize * pixel_scale);
  io.Fonts->Build();
  io.FontDefault = fonts.body;
  io.FontGlobalScale = 1.0f / pixel_scale;
  fonts.pixel_scale = pixel_scale;
}

}  // namespace hindsight::ui
