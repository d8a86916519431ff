#include "headless_ui.hpp"

#include <imgui.h>

#include <chrono>
#include <cstdint>

#include "ui/main_view.hpp"

namespace hindsight::test {

HeadlessUi::HeadlessUi(float w, float h) : width(w), height(h), context_(ImGui::CreateContext()) {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  ui::rebuild_fonts(state.fonts, 1.0f);
  unsigned char* pixels = nullptr;
  int atlas_width = 0, atlas_height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &atlas_width, &atlas_height);
  items.attach(context_);
}

HeadlessUi::~HeadlessUi() { ImGui::DestroyContext(context_); }

void HeadlessUi::frame() {
  ImGui::GetIO().DisplaySize = ImVec2(width, height);
  ImGui::NewFrame();
  ui::Intents intents;
  if (draw)
    draw();
  else
    intents = ui::draw_main_view(library, state);
  ImGui::Render();
  items.end_frame();
  // A fixed time and id make runs repeatable; the library numbers and orders by them.
  ui::apply_intents(library, intents, core::UtcSeconds{std::chrono::seconds{1705328580}},
                    next_random_++);
}

void HeadlessUi::frames(int count) {
  for (int i = 0; i < count; ++i) frame();
}

bool HeadlessUi::click(const std::string& label) {
  const ui::UiItem* item = items.find(label);
  if (!item) return false;
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(item->x + item->width / 2, item->y + item->height / 2);
  frame();
  io.AddMouseButtonEvent(0, true);
  frame();
  io.AddMouseButtonEvent(0, false);
  frame();
  frames(2);  // let windows and popups opened by the click lay themselves out
  return true;
}

int HeadlessUi::vertex_count() const {
  const ImDrawData* data = ImGui::GetDrawData();
  return data ? data->TotalVtxCount : 0;
}

}  // namespace hindsight::test
