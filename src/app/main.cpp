// Hindsight's entry point: opens the SDL window with an OpenGL ES 3 / WebGL2 context (OpenGL 3
// on the desktop), sets up Dear ImGui and hands the frame loop to the platform.
#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#include <string>

#include "app/app.hpp"
#include "platform/platform.hpp"

namespace {

#ifdef __EMSCRIPTEN__
constexpr const char* kGlslVersion = "#version 300 es";  // WebGL2
constexpr const char* kNoGraphicsMessage =
    "Hindsight draws with WebGL2, and this browser could not provide it. Turning on hardware "
    "acceleration in the browser's settings, or another browser, usually helps.";
#else
constexpr const char* kGlslVersion = "#version 130";
constexpr const char* kNoGraphicsMessage = "Hindsight draws with OpenGL 3, which is not available.";
#endif

SDL_Window* open_window() {
#ifdef __EMSCRIPTEN__
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
#else
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
#endif
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  // RESIZABLE: in the browser SDL then follows the canvas's CSS size (the page makes it fill the
  // window). ALLOW_HIGHDPI: SDL sizes the backing store by devicePixelRatio (and again when the
  // ratio changes); the fonts follow. Nothing else scales, so nothing is scaled twice.
  const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE |
                                                  SDL_WINDOW_ALLOW_HIGHDPI);
  return SDL_CreateWindow("Hindsight", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800,
                          flags);
}

}  // namespace

int main(int, char**) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
    hindsight::platform::report_startup_failure("The window system could not be started.",
                                                SDL_GetError());
    return 1;
  }
  SDL_Window* window = open_window();
  SDL_GLContext gl = window ? SDL_GL_CreateContext(window) : nullptr;
  if (!gl) {
    hindsight::platform::report_startup_failure(kNoGraphicsMessage, SDL_GetError());
    return 1;
  }
  SDL_GL_MakeCurrent(window, gl);
  SDL_GL_SetSwapInterval(1);
  hindsight::platform::mirror_gl_state();

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is fixed; nothing to remember between sessions
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplSDL2_InitForOpenGL(window, gl);
  ImGui_ImplOpenGL3_Init(kGlslVersion);
  // Where the text cursor is, for input methods; composed text comes back through the platform.
  io.SetPlatformImeDataFn = [](ImGuiViewport*, ImGuiPlatformImeData* data) {
    hindsight::platform::set_text_input(data->WantVisible, data->InputPos.x, data->InputPos.y,
                                        data->InputLineHeight);
  };
  // The clipboard goes through the platform: SDL's does not reach the system's in a browser.
  io.SetClipboardTextFn = [](void*, const char* text) {
    hindsight::platform::set_clipboard_text(text ? text : "");
  };
  io.GetClipboardTextFn = [](void*) -> const char* {
    static std::string pasted;  // ImGui reads the pointer before the next call
    pasted = hindsight::platform::clipboard_text();
    return pasted.c_str();
  };

  // Static: in the browser main() never returns (the loop outlives it), so the app must too.
  static hindsight::app::App app(window);
  app.items().attach(ImGui::GetCurrentContext());
  hindsight::platform::set_state_provider([] { return app.state_json(); });
  hindsight::platform::set_document_provider([] { return app.document_json(); });
  hindsight::platform::set_text_input_handler(
      [](std::string_view text) { app.receive_text(text); });
  hindsight::platform::set_paste_handler([] { app.receive_paste(); });
  hindsight::platform::set_flush_handler([] { app.flush_saves(); });
  hindsight::platform::run_main_loop([] { return app.frame(); });

  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  SDL_GL_DeleteContext(gl);
  SDL_DestroyWindow(window);
  SDL_Quit();
  return 0;
}
