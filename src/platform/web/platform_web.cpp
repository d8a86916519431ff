// The browser implementation of platform.hpp. The JavaScript half is hindsight_platform.js; the
// page around the canvas (shell/loader.js) passes the Module callbacks it calls: onAppReady,
// onStartupFailure and onStatus.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdlib>
#include <utility>

#include "platform/platform.hpp"
#include "platform/web/js_strings.hpp"

namespace hindsight::platform {
namespace {

struct WebPlatform {
  std::function<FrameResult()> frame;
  std::function<std::string()> state_provider;
  std::function<std::string()> document_provider;
  std::function<void(std::string_view)> text_input;
  std::function<void()> paste;
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

extern "C" {
// Implemented in hindsight_platform.js (linked with --js-library).
void hindsight_js_signal_app_ready();
void hindsight_js_mirror_gl_state();
void hindsight_js_report_startup_failure(const char* reason, int reason_length, const char* detail,
                                         int detail_length);
void hindsight_js_announce_status(const char* text, int length);
int hindsight_js_download(const char* name, int name_length, const char* mime, int mime_length,
                          const char* bytes, int byte_length);
void hindsight_js_install_clipboard();
void hindsight_js_install_text_input();
void hindsight_files_install();  // hindsight_files.js
void hindsight_js_set_text_input(int active, float x, float y, float line_height);
void hindsight_js_set_clipboard(const char* text, int length);
char* hindsight_js_clipboard_text();  // malloc'd; the caller frees it
void hindsight_js_open_link(const char* url, int length);
int hindsight_js_utc_offset_minutes();
}

void run_main_loop(std::function<FrameResult()> frame) {
  web().frame = std::move(frame);
  hindsight_js_install_clipboard();
  hindsight_js_install_text_input();
  hindsight_files_install();
  // fps 0: pace by requestAnimationFrame, never a fixed timer. simulate_infinite_loop=1 keeps
  // main()'s stack objects alive by not returning from main.
  emscripten_set_main_loop(run_frame, 0, 1);
}

void signal_app_ready() { hindsight_js_signal_app_ready(); }

void mirror_gl_state() { hindsight_js_mirror_gl_state(); }

void report_startup_failure(std::string_view reason, std::string_view detail) {
  hindsight_js_report_startup_failure(reason.data(), length_of(reason), detail.data(),
                                      length_of(detail));
}

void announce_status(std::string_view text) {
  hindsight_js_announce_status(text.data(), length_of(text));
}

std::string download_file(std::string_view file_name, std::string_view mime_type,
                          std::string_view bytes) {
  const int ok = hindsight_js_download(file_name.data(), length_of(file_name), mime_type.data(),
                                       length_of(mime_type), bytes.data(), length_of(bytes));
  return ok ? std::string(file_name) : std::string();
}

void set_clipboard_text(std::string_view text) {
  hindsight_js_set_clipboard(text.data(), length_of(text));
}

std::string clipboard_text() { return take_string(hindsight_js_clipboard_text()); }

void open_link(std::string_view url) { hindsight_js_open_link(url.data(), length_of(url)); }

void set_text_input_handler(std::function<void(std::string_view)> handler) {
  web().text_input = std::move(handler);
}

void set_paste_handler(std::function<void()> handler) { web().paste = std::move(handler); }

void set_text_input(bool active, float x, float y, float line_height) {
  hindsight_js_set_text_input(active ? 1 : 0, x, y, line_height);
}

int local_utc_offset_minutes() { return hindsight_js_utc_offset_minutes(); }

void set_state_provider(std::function<std::string()> provider) {
  web().state_provider = std::move(provider);
}

void set_document_provider(std::function<std::string()> provider) {
  web().document_provider = std::move(provider);
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

extern "C" EMSCRIPTEN_KEEPALIVE const char* hindsight_document_json() {
  auto& w = hindsight::platform::web();
  w.state_buffer = w.document_provider ? w.document_provider() : std::string();
  return w.state_buffer.c_str();
}

extern "C" EMSCRIPTEN_KEEPALIVE void hindsight_text_input(const char* utf8) {
  auto& w = hindsight::platform::web();
  if (w.text_input && utf8) w.text_input(utf8);
}

extern "C" EMSCRIPTEN_KEEPALIVE void hindsight_paste() {
  auto& w = hindsight::platform::web();
  if (w.paste) w.paste();
}
