#include "app/app.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // the input queue: see frame()
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#include <chrono>

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#include <SDL_opengl.h>
#endif

namespace hindsight::app {
namespace {

double monotonic_seconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

core::UtcSeconds utc_now() {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace

App::App(SDL_Window* window)
    : window_(window),
      workspace_([this] { return (std::uint64_t{entropy_()} << 32) | entropy_(); }) {
  // What is stored is known before the first frame: every stored post-mortem is listed (in the
  // browser from the library's index, the records following in slices), and none can be
  // changed, so none written, before its record has been read.
  workspace_.load(platform::load_stored_data());
  show_save_status();
}

void App::flush_saves() {
  const std::vector<storage::Write> writes = workspace_.flush(monotonic_seconds());
  platform::store(writes);
}

bool App::receive_storage_events(double now) {
  const std::vector<storage::StorageEvent> events = platform::take_storage_events();
  for (const storage::StorageEvent& event : events) workspace_.receive(event, now);
  if (!events.empty()) show_save_status();
  return !events.empty();
}

void App::receive_stored_records() {
  if (!workspace_.reading_library()) return;
  // Why a time budget: decoding a large library at once would hold the page for a second; up to
  // 20 ms of it per display refresh, under the 50 ms that makes a task long, keeps the page
  // responsive while it reads.
  constexpr double kBudgetSeconds = 0.020;
  constexpr std::size_t kSliceBytes = 64 * 1024;
  const double started = monotonic_seconds();
  bool received = false;
  while (workspace_.reading_library() && monotonic_seconds() - started < kBudgetSeconds) {
    const storage::RecordSlice slice = platform::take_stored_records(kSliceBytes);
    if (slice.records.empty() && !slice.last) break;
    workspace_.receive_records(slice);
    received = true;
  }
  if (!received) return;
  // Why one frame (wake_at) while reading rather than a wake: a wake draws for most of a second
  // while the UI settles, and a frame costs more than the slice it shows. The list catches up
  // once a second, and settles when the reading ends (files held for an import open then).
  constexpr double kReadingRedrawSeconds = 1.0;
  if (!workspace_.reading_library()) {
    library_read_at_ms_ = monotonic_seconds() * 1000.0;
    redraw_.wake(started);
  } else if (started - reading_drawn_at_ >= kReadingRedrawSeconds) {
    reading_drawn_at_ = started;
    redraw_.wake_at(started);
  }
}

bool App::receive_files() {
  platform::IncomingFiles incoming = platform::take_incoming_files();
  if (incoming.empty()) return false;
  workspace_.receive_files(incoming.files, incoming.refused);
  return true;
}

void App::show_save_status() {
  const storage::SaveStatus status = workspace_.saves().status();
  if (status.message == shown_save_status_) return;
  shown_save_status_ = status.message;
  platform::show_save_status(status.message);
  // Closing the page would lose what could not be saved: the browser asks first.
  const bool at_risk = status.state != storage::SaveState::saved &&
                       status.state != storage::SaveState::saving &&
                       workspace_.saves().has_unsaved();
  platform::set_leave_warning(at_risk);
}

void App::receive_text(std::string_view text) {
  ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
  received_text_ = true;
}

void App::receive_paste() {
  // Dear ImGui pastes on Ctrl+V, reading the clipboard the platform has just filled. The browser
  // kept the key from SDL, so the press is replayed here; Ctrl ends as the keyboard has it.
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, true);
  io.AddKeyEvent(ImGuiKey_V, true);
  io.AddKeyEvent(ImGuiKey_V, false);
  io.AddKeyEvent(ImGuiMod_Ctrl, (SDL_GetModState() & KMOD_CTRL) != 0);
  received_text_ = true;
}

bool App::pump_events(bool& quit) {
  bool had_input = received_text_;
  received_text_ = false;
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    had_input = true;
    if (event.type == SDL_QUIT) quit = true;
  }
  return had_input;
}

void App::refresh_fonts_for_density() {
  // The SDL backend has just measured drawable size / window size: the screen's pixel density.
  // SDL sizes the canvas backing store by devicePixelRatio; the glyphs only follow it here, and
  // follow the text size setting and the presenter view's wish for its large face.
  const float density = ImGui::GetIO().DisplayFramebufferScale.x;
  if (!ui::fonts_need_rebuild(workspace_.ui().fonts, density)) return;
  ui::rebuild_fonts(workspace_.ui().fonts,
                    density > 0.0f ? density : workspace_.ui().fonts.pixel_scale);
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  ImGui::GetIO().Fonts->ClearTexData();  // the GPU has it; the CPU copies cost 5 bytes a pixel
}

double App::render() {
  ImGui::Render();
  const double submitted = monotonic_seconds();
  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(background.x, background.y, background.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(window_);
  return monotonic_seconds() - submitted;
}

void App::carry_out(workspace::Effects& effects, double now) {
  for (const workspace::Download& download : effects.downloads) {
    const std::string where =
        platform::download_file(download.file_name, download.mime_type, download.bytes);
    ++downloads_;
    if (where.empty()) effects.status = "Could not save " + download.file_name;
  }
  if (effects.archive) {
    const std::string where =
        platform::save_archive(effects.archive->file_name, effects.archive->entries);
    ++downloads_;
    if (where.empty())
      effects.status = "Could not save " + effects.archive->file_name;
    else if (where != effects.archive->file_name)
      effects.status += " (" + where + ")";
  }
  if (effects.pick_files && !platform::pick_files())
    effects.status = "Opening files is available in the browser version of Hindsight.";
  if (effects.clipboard) platform::set_clipboard_text(*effects.clipboard);
  for (const std::string& link : effects.links) platform::open_link(link);
  if (!effects.status.empty()) {
    platform::announce_status(effects.status);
    last_status_ = effects.status;
  }
  platform::journal(effects.journal);
  platform::store(effects.writes);
  if (effects.request_persistence) platform::request_persistent_storage();
  show_save_status();
  if (effects.changed) redraw_.wake(now);  // show the change on the next frame
  if (effects.redraw_at) redraw_.wake_at(*effects.redraw_at);
}

platform::FrameResult App::frame() {
  const double started = monotonic_seconds();
  bool quit = false;
  bool had_input = pump_events(quit);
  if (quit) {
    flush_saves();
    return platform::FrameResult::quit;
  }
  const double now = monotonic_seconds();
  had_input = receive_storage_events(now) || had_input;
  had_input = receive_files() || had_input;
  // Why: ImGui hands queued input to the frames one change at a time (a key's press and its
  // release in separate frames), so a burst of typing takes about three frames a character.
  // Until the queue is empty there is input to draw, however long ago it arrived; otherwise
  // the app idles with typing and clicks still queued, taking them at the cursor's blink.
  had_input = had_input || !ImGui::GetCurrentContext()->InputEventsQueue.empty();
  receive_stored_records();
  if (!redraw_.should_draw(now, had_input, ImGui::GetIO().WantTextInput))
    return platform::FrameResult::idle;

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  refresh_fonts_for_density();
  ImGui::NewFrame();
  workspace::Effects effects =
      workspace_.frame({utc_now(), now, platform::local_utc_offset_minutes()});
  const double gl_seconds = render();
  items_.end_frame();
  if (++frames_drawn_ == 1) {
    listed_at_first_frame_ = workspace_.library().postmortems.size() +
                             ui::still_reading(&workspace_.storage_info()).size();
    platform::signal_app_ready();
  }
  carry_out(effects, now);
  frame_timer_.record({(monotonic_seconds() - started) * 1000.0, gl_seconds * 1000.0});
  return platform::FrameResult::drawn;
}

}  // namespace hindsight::app
