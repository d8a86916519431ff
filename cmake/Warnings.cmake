# hindsight_warnings: the warning flags every Hindsight target compiles with, in one place.
# Link it PRIVATE; the core adds -Wconversion on top (hindsight_strict_warnings), since its
# codecs juggle sizes and offsets where a silent narrowing is a real bug.
add_library(hindsight_warnings INTERFACE)
target_compile_options(hindsight_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow>)
add_library(hindsight_strict_warnings INTERFACE)
target_link_libraries(hindsight_strict_warnings INTERFACE hindsight_warnings)
target_compile_options(hindsight_strict_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wconversion>)
