// The running app: owns the library (the document), the UI state beside it, and one frame's work:
// read input, decide whether to draw, draw, apply the user's intents to the library.
// Contract: the only place where UI intents become core commands and platform calls.
#pragma once

#include <SDL.h>

#include <cstdint>
#include <random>
#include <string>

#include "core/model/library.hpp"
#include "platform/platform.hpp"
#include "ui/item_registry.hpp"
#include "ui/redraw_policy.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::app {

class App {
 public:
  explicit App(SDL_Window* window) : window_(window) {}
  platform::FrameResult frame();
  std::string state_json() const;  // what window.hindsight.state() returns in the browser
  ui::ItemRegistry& items() { return items_; }

 private:
  bool pump_events(bool& quit);
  void refresh_fonts_for_density();
  void render();

  SDL_Window* window_;
  core::Library library_;
  ui::UiState ui_;
  ui::ItemRegistry items_;
  ui::RedrawPolicy redraw_;
  std::random_device entropy_;  // crypto.getRandomValues in the browser
  std::uint64_t frames_drawn_ = 0;
  std::string last_status_;
};

}  // namespace hindsight::app
