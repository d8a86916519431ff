// Records every labelled Dear ImGui item of a frame with its rectangle, through ImGui's
// test-engine hooks (IMGUI_ENABLE_TEST_ENGINE). Browser and headless tests use it to find a widget
// by its window and label and click it with real input events, instead of reaching into the model.
// Many panels have a "Delete": a test names the window too ("Timeline/Delete##3"), where the
// window is the innermost window or child region the item was drawn in, by its given name.
// Contract: attach() to one context; call end_frame() after ImGui::Render(); items() is then the
// finished frame's list. Rectangles are in UI units (CSS pixels in the browser).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

struct ImGuiContext;

namespace hindsight::ui {

struct UiItem {
  std::uint32_t id = 0;
  std::string label;   // as passed to ImGui, including any "##" suffix; window names for windows
  std::string window;  // the innermost window's given name ("Timeline", not ImGui's full path)
  float x = 0, y = 0, width = 0, height = 0;
};

class ItemRegistry {
 public:
  void attach(ImGuiContext* context);
  void end_frame();
  const std::vector<UiItem>& items() const { return finished_; }
  // The first item with exactly this label; "Window/label" also requires the window's name
  // ("Timeline/Delete##3"). Labels that contain '/' themselves are matched whole first.
  const UiItem* find(const std::string& path) const;

  // Called by the hooks in item_registry.cpp.
  void on_item_add(std::uint32_t id, const char* window, float x0, float y0, float x1, float y1);
  void on_item_info(std::uint32_t id, const char* label);

 private:
  std::vector<UiItem> building_;
  std::vector<UiItem> finished_;
};

}  // namespace hindsight::ui
