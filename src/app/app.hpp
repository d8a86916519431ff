// The running app: the SDL window and GL context around one Workspace. Each display refresh it
// reads input, decides whether to draw, runs the workspace's frame and carries out its effects
// through the platform (downloads, archives, the file picker, clipboard, links, status
// announcements).
// Contract: the only place where workspace effects become platform calls.
#pragma once

#include <SDL.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

#include "app/frame_timer.hpp"
#include "platform/platform.hpp"
#include "ui/item_registry.hpp"
#include "ui/redraw_policy.hpp"
#include "workspace/workspace.hpp"

namespace hindsight::app {

class App {
 public:
  explicit App(SDL_Window* window);
  platform::FrameResult frame();
  std::string state_json() const;     // what window.hindsight.state() returns in the browser
  std::string document_json() const;  // the open post-mortem as Hindsight stores it, or ""
  ui::ItemRegistry& items() { return items_; }
  // Composed text from the platform (dead keys, input methods): typed into the focused field on
  // the next frame.
  void receive_text(std::string_view text);
  // A paste from the platform: the focused field pastes the clipboard on the next frame.
  void receive_paste();
  // Writes every unsaved change now (the page is being hidden or closed, or the app quits).
  void flush_saves();

 private:
  bool pump_events(bool& quit);
  void refresh_fonts_for_density();
  double render();  // returns the seconds spent handing the frame to OpenGL
  void carry_out(workspace::Effects& effects, double now);
  bool receive_storage_events(double now);
  bool receive_files();  // files picked or dropped, handed to the workspace for review
  // Records read after start-up, handed to the workspace within a time budget per display
  // refresh; asks for a frame now and then to show them.
  void receive_stored_records();
  void show_save_status();

  SDL_Window* window_;
  std::random_device entropy_;  // crypto.getRandomValues in the browser
  workspace::Workspace workspace_;
  ui::ItemRegistry items_;
  ui::RedrawPolicy redraw_;
  std::uint64_t frames_drawn_ = 0;
  std::size_t listed_at_first_frame_ = 0;  // post-mortems the first frame listed, for the bench
  double reading_drawn_at_ = 0.0;    // monotonic seconds of the last frame drawn while reading
  double library_read_at_ms_ = 0.0;  // monotonic ms when the last stored record was read, for the bench
  FrameTimer frame_timer_;  // drawn frames' CPU time, from input to effects carried out
  std::string last_status_;
  std::string shown_save_status_;
  std::uint64_t downloads_ = 0;  // how many files the user was given, for tests
  bool received_text_ = false;  // text or a paste arrived outside SDL's events since the last frame
};

}  // namespace hindsight::app
