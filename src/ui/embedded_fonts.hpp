// The UI fonts, compiled into the program by scripts/embed_fonts.py (see cmake/Fonts.cmake).
#pragma once

namespace hindsight::fonts {
extern const unsigned char inter_regular[];
extern const unsigned int inter_regular_size;
extern const unsigned char inter_semibold[];
extern const unsigned int inter_semibold_size;
}  // namespace hindsight::fonts
