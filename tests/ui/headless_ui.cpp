#include "headless_ui.hpp"

#include <imgui.h>

#include <chrono>

namespace hindsight::test {

HeadlessUi::HeadlessUi(float w, float h)
    : workspace([this] { return next_random_++; }),
      library(workspace.library()),
      state(workspace.ui()),
      width(w),
      height(h),
      context_(ImGui::CreateContext()) {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  // The clipboard stays inside the test: what the app writes is what Ctrl+V pastes back.
  io.UserData = this;
  io.SetClipboardTextFn = [](void* user, const char* text) {
    static_cast<HeadlessUi*>(user)->clipboard = text;
  };
  io.GetClipboardTextFn = [](void* user) -> const char* {
    const auto& held = static_cast<HeadlessUi*>(user)->clipboard;
    return held ? held->c_str() : "";
  };
  io.ClipboardUserData = this;
  ui::rebuild_fonts(state.fonts, 1.0f);
  unsigned char* pixels = nullptr;
  int atlas_width = 0, atlas_height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &atlas_width, &atlas_height);
  items.attach(context_);
}

HeadlessUi::~HeadlessUi() { ImGui::DestroyContext(context_); }

void HeadlessUi::frame() {
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  now += 1.0 / 60.0;
  ImGui::NewFrame();
  const workspace::Clock clock{utc_now, now, 60};
  workspace::Effects effects;
  if (draw)
    draw();
  else
    effects = workspace.frame(clock);
  ImGui::Render();
  items.end_frame();
  for (workspace::Download& d : effects.downloads) downloads.push_back(std::move(d));
  if (effects.clipboard) clipboard = effects.clipboard;
  for (std::string& link : effects.links) links.push_back(std::move(link));
  for (storage::Write& write : effects.writes) writes.push_back(std::move(write));
  for (storage::Write& entry : effects.journal) journal.push_back(std::move(entry));
  if (effects.archive) archives.push_back(std::move(*effects.archive));
  if (effects.pick_files) ++file_pickers;
  if (!effects.status.empty()) status = effects.status;
  redraw_at = effects.redraw_at;
}

void HeadlessUi::frames(int count) {
  for (int i = 0; i < count; ++i) frame();
}

void HeadlessUi::wait(double seconds) {
  now += seconds;
  frames(2);
  // A pause in typing starts a lint run, a slice a frame: the app keeps drawing until it ends.
  for (int i = 0; i < kMaxLintFrames && workspace.linting(); ++i) frame();
}

void HeadlessUi::mouse_to(const ui::UiItem& item) {
  ImGui::GetIO().AddMousePosEvent(item.x + item.width / 2, item.y + item.height / 2);
  frame();
}

bool HeadlessUi::click(const std::string& path) {
  const ui::UiItem* item = items.find(path);
  if (!item) return false;
  ImGuiIO& io = ImGui::GetIO();
  mouse_to(*item);
  io.AddMouseButtonEvent(0, true);
  frame();
  io.AddMouseButtonEvent(0, false);
  frame();
  frames(2);  // let windows and popups opened by the click lay themselves out
  return true;
}

bool HeadlessUi::double_click(const std::string& path) {
  if (!click(path)) return false;
  return click(path);
}

bool HeadlessUi::click_phase(int number) {
  const std::string suffix = "##phase" + std::to_string(number);
  for (const ui::UiItem& item : items.items())
    if (item.label.size() > suffix.size() &&
        item.label.compare(item.label.size() - suffix.size(), suffix.size(), suffix) == 0)
      return click(item.window + "/" + item.label);
  return false;
}

void HeadlessUi::type(const std::string& utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
  frames(2);
}

void HeadlessUi::press(ImGuiKey key, bool ctrl, bool shift) {
  ImGuiIO& io = ImGui::GetIO();
  if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
  if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
  io.AddKeyEvent(key, true);
  frame();
  io.AddKeyEvent(key, false);
  if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
  if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
  frames(2);
}

int HeadlessUi::vertex_count() const {
  const ImDrawData* data = ImGui::GetDrawData();
  return data ? data->TotalVtxCount : 0;
}

}  // namespace hindsight::test
