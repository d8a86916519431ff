# The UI fonts: Inter Regular and SemiBold from Debian's fonts-inter and DejaVu Sans Mono from
# fonts-dejavu-core, subset and compiled into the program as byte arrays (target hindsight_fonts),
# so the page loads no font file of its own.
set(_inter "/usr/share/fonts/opentype/inter")
set(_dejavu "/usr/share/fonts/truetype/dejavu")
set(_out "${CMAKE_BINARY_DIR}/generated/embedded_fonts.cpp")
add_custom_command(
  OUTPUT "${_out}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/generated"
  COMMAND /usr/bin/python3 "${CMAKE_SOURCE_DIR}/scripts/embed_fonts.py" "${_out}"
          "${_inter}/Inter-Regular.otf" "${_inter}/Inter-SemiBold.otf"
          "${_dejavu}/DejaVuSansMono.ttf"
  DEPENDS "${CMAKE_SOURCE_DIR}/scripts/embed_fonts.py"
          "${CMAKE_SOURCE_DIR}/scripts/embed_bytes.py"
  COMMENT "Subsetting and embedding the Inter and DejaVu Sans Mono fonts"
  VERBATIM)
add_library(hindsight_fonts STATIC "${_out}")
target_include_directories(hindsight_fonts PUBLIC "${CMAKE_SOURCE_DIR}/src/ui")
