// The desktop implementation of platform.hpp, on SDL2.
#include <SDL.h>

#include <cstdio>
#include <string>
#include <utility>

#include "platform/platform.hpp"

namespace hindsight::platform {
namespace {

std::function<std::string()>& state_provider() {
  static std::function<std::string()> provider;
  return provider;
}

}  // namespace

void run_main_loop(std::function<FrameResult()> frame) {
  for (;;) {
    FrameResult result = frame();
    if (result == FrameResult::quit) return;
    // Nothing changed: sleep until an event arrives instead of spinning. The timeout lets
    // time-based UI (a blinking text cursor, a hover tooltip) advance.
    if (result == FrameResult::idle) SDL_WaitEventTimeout(nullptr, 250);
  }
}

void signal_app_ready() {}  // a desktop window has no loading indicator to hide

void report_startup_failure(std::string_view reason, std::string_view detail) {
  const std::string text = std::string(reason) + "\n\n" + std::string(detail);
  std::fprintf(stderr, "Hindsight cannot start: %s\n", text.c_str());
  SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_ERROR, "Hindsight cannot start", text.c_str(), nullptr);
}

void announce_status(std::string_view text) {
  std::fprintf(stderr, "hindsight: %.*s\n", static_cast<int>(text.size()), text.data());
}

void set_state_provider(std::function<std::string()> provider) {
  state_provider() = std::move(provider);
}

std::string describe_state() { return state_provider() ? state_provider()() : std::string("{}"); }

}  // namespace hindsight::platform
