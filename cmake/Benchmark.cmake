# Google Benchmark as the target benchmark::benchmark, for the codec benchmarks in bench/.
#   native   Debian's libbenchmark-dev (find_package).
#   wasm     compiled here from Debian's source package, pinned in deps/sources.lock and unpacked
#            by cmake/PinnedSources.cmake, because Debian ships no WebAssembly build.
# Included once, from bench/CMakeLists.txt.

if(TARGET benchmark::benchmark)
  return()
endif()

if(NOT EMSCRIPTEN)
  find_package(benchmark QUIET)
  if(NOT benchmark_FOUND)
    message(FATAL_ERROR "Google Benchmark is missing: install libbenchmark-dev, or configure with -DHINDSIGHT_BUILD_BENCH=OFF")
  endif()
  return()
endif()

# The library's own CMake decides its regex backend and clock with try_run checks, which cannot run
# when cross-compiling to WebAssembly. Emscripten's libc++ has both std::regex and steady_clock, so
# the answers are fixed here and the sources are compiled directly.
file(GLOB _benchmark_sources "${HINDSIGHT_BENCHMARK_DIR}/src/*.cc")
list(REMOVE_ITEM _benchmark_sources "${HINDSIGHT_BENCHMARK_DIR}/src/benchmark_main.cc")
add_library(benchmark STATIC ${_benchmark_sources})
target_include_directories(benchmark PRIVATE "${HINDSIGHT_BENCHMARK_DIR}/src")
target_include_directories(benchmark SYSTEM PUBLIC "${HINDSIGHT_BENCHMARK_DIR}/include")
target_compile_definitions(benchmark PRIVATE HAVE_STD_REGEX HAVE_STEADY_CLOCK
  PUBLIC BENCHMARK_STATIC_DEFINE)
add_library(benchmark::benchmark ALIAS benchmark)
