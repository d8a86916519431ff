// The browser implementation of platform.hpp. The page around the canvas (shell/loader.js) passes
// the Module callbacks used here: onAppReady and onStatus.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <utility>

#include "platform/platform.hpp"

namespace hindsight::platform {
namespace {

struct WebPlatform {
  std::function<FrameResult()> frame;
  std::function<std::string()> state_provider;
  std::string state_buffer;  // keeps the last state alive while JavaScript reads it
};

WebPlatform& web() {
  static WebPlatform instance;
  return instance;
}

void run_frame() {
  if (web().frame() == FrameResult::quit) emscripten_cancel_main_loop();
}

}  // namespace

// Why EM_JS rather than touching the DOM here: the page owns its elements; the module only calls
// the hooks the page gave it, so the same build works inside any page that provides them.
EM_JS(void, js_signal_app_ready, (), {
  if (Module["onAppReady"]) Module["onAppReady"]();
});
EM_JS(void, js_report_startup_failure,
      (const char* reason, int reason_length, const char* detail, int detail_length), {
        if (Module["onStartupFailure"]) {
          Module["onStartupFailure"](UTF8ToString(reason, reason_length),
                                     UTF8ToString(detail, detail_length));
        }
      });
EM_JS(void, js_announce_status, (const char* text, int length), {
  if (Module["onStatus"]) Module["onStatus"](UTF8ToString(text, length));
});

void run_main_loop(std::function<FrameResult()> frame) {
  web().frame = std::move(frame);
  // fps 0: pace by requestAnimationFrame, never a fixed timer. simulate_infinite_loop=1 keeps
  // main()'s stack objects alive by not returning from main.
  emscripten_set_main_loop(run_frame, 0, 1);
}

void signal_app_ready() { js_signal_app_ready(); }

void report_startup_failure(std::string_view reason, std::string_view detail) {
  js_report_startup_failure(reason.data(), static_cast<int>(reason.size()), detail.data(),
                            static_cast<int>(detail.size()));
}

void announce_status(std::string_view text) {
  js_announce_status(text.data(), static_cast<int>(text.size()));
}

void set_state_provider(std::function<std::string()> provider) {
  web().state_provider = std::move(provider);
}

std::string describe_state() {
  return web().state_provider ? web().state_provider() : std::string("{}");
}

}  // namespace hindsight::platform

extern "C" EMSCRIPTEN_KEEPALIVE const char* hindsight_state_json() {
  auto& w = hindsight::platform::web();
  w.state_buffer = hindsight::platform::describe_state();
  return w.state_buffer.c_str();
}
