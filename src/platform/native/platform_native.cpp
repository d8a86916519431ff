// The desktop implementation of platform.hpp, on SDL2.
#include <SDL.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
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

void mirror_gl_state() {}  // a desktop driver answers state queries without waiting

void report_startup_failure(std::string_view reason, std::string_view detail) {
  const std::string text = std::string(reason) + "\n\n" + std::string(detail);
  std::fprintf(stderr, "Hindsight cannot start: %s\n", text.c_str());
  SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_ERROR, "Hindsight cannot start", text.c_str(), nullptr);
}

void announce_status(std::string_view text) {
  std::fprintf(stderr, "hindsight: %.*s\n", static_cast<int>(text.size()), text.data());
}

std::string download_file(std::string_view file_name, std::string_view, std::string_view bytes) {
  // The user's Downloads folder, as browsers use it; the working folder when there is no home.
  std::filesystem::path folder = ".";
  if (const char* home = std::getenv("HOME")) {
    folder = std::filesystem::path(home) / "Downloads";
    std::error_code ignored;
    std::filesystem::create_directories(folder, ignored);
  }
  const std::filesystem::path path = folder / std::filesystem::path(file_name).filename();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  return out ? path.string() : std::string();
}

void set_clipboard_text(std::string_view text) { SDL_SetClipboardText(std::string(text).c_str()); }

std::string clipboard_text() {
  char* text = SDL_GetClipboardText();
  std::string copy = text ? text : "";
  SDL_free(text);
  return copy;
}

void open_link(std::string_view url) { SDL_OpenURL(std::string(url).c_str()); }

// SDL delivers composed text on the desktop as SDL_TEXTINPUT events, which ImGui's SDL backend
// reads; nothing arrives any other way.
void set_text_input_handler(std::function<void(std::string_view)>) {}

// On the desktop Ctrl+V reaches Dear ImGui as a key press and it reads SDL's clipboard itself.
void set_paste_handler(std::function<void()>) {}

void set_text_input(bool active, float x, float y, float line_height) {
  if (!active) return;
  SDL_Rect rect{static_cast<int>(x), static_cast<int>(y), 1, static_cast<int>(line_height)};
  SDL_SetTextInputRect(&rect);
}

int local_utc_offset_minutes() {
  const std::time_t now = std::time(nullptr);
  std::tm local{}, utc{};
  localtime_r(&now, &local);
  gmtime_r(&now, &utc);
  // timegm of the local broken-down time, minus now, is the offset (DST included).
  return static_cast<int>((timegm(&local) - timegm(&utc)) / 60);
}

// The desktop has no test bridge to read the document through; tests read it headless.
void set_document_provider(std::function<std::string()>) {}

void set_state_provider(std::function<std::string()> provider) {
  state_provider() = std::move(provider);
}

std::string describe_state() { return state_provider() ? state_provider()() : std::string("{}"); }

}  // namespace hindsight::platform
