// EMSCRIPTEN_MAINLOOP_BEGIN / EMSCRIPTEN_MAINLOOP_END, which Dear ImGui's examples wrap their loop
// body in: the body becomes a lambda that the browser's main loop calls once per display refresh,
// and main() hands control to that loop (it never returns to the caller's next line).
// Used only by the page benchmark's baseline build (bench/baseline/CMakeLists.txt).
#pragma once

#include <emscripten.h>

#include <functional>

namespace baseline {
inline std::function<void()> loop_body;
inline void run_loop_body() { loop_body(); }
}  // namespace baseline

#define EMSCRIPTEN_MAINLOOP_BEGIN baseline::loop_body = [&]()
// The leading semicolon ends the assignment of the lambda, which the example leaves open.
#define EMSCRIPTEN_MAINLOOP_END ; emscripten_set_main_loop(baseline::run_loop_body, 0, true)
