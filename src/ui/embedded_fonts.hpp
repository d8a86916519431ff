// The UI fonts, compiled into the program by scripts/embed_fonts.py (see cmake/Fonts.cmake).
#pragma once

namespace hindsight::fonts {
extern const unsigned char inter_regular[];
extern const unsigned int inter_regular_size;
extern const unsigned char inter_semibold[];
extern const unsigned int inter_semibold_size;
extern const unsigned char dejavu_sans_mono[];
extern const unsigned int dejavu_sans_mono_size;
// Dear ImGui glyph ranges (pairs of first/last code points, zero-terminated) of the subset.
extern const unsigned short glyph_ranges[];
}  // namespace hindsight::fonts
