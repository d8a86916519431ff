// A Dear ImGui context with no window and no GPU, driving Hindsight's real views with synthetic
// mouse input. Widgets are found by label through the ItemRegistry, exactly as the browser tests
// find them, and clicked at the centre of their rectangle.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "core/model/library.hpp"
#include "ui/intents.hpp"
#include "ui/item_registry.hpp"
#include "ui/ui_state.hpp"

struct ImGuiContext;

namespace hindsight::test {

class HeadlessUi {
 public:
  explicit HeadlessUi(float width = 1280.0f, float height = 800.0f);
  ~HeadlessUi();
  HeadlessUi(const HeadlessUi&) = delete;
  HeadlessUi& operator=(const HeadlessUi&) = delete;

  void frame();  // one frame: draw, render, apply intents to the library
  void frames(int count);
  bool click(const std::string& label);  // false when no item has this label
  bool has(const std::string& label) const { return items.find(label) != nullptr; }
  int vertex_count() const;  // of the last rendered frame

  // When set, frame() draws this instead of the main view: a widget test's own window.
  std::function<void()> draw;

  core::Library library;
  ui::UiState state;
  ui::ItemRegistry items;
  float width, height;

 private:
  ImGuiContext* context_;
  std::uint64_t next_random_ = 1;  // stands in for entropy: ids stay repeatable
};

}  // namespace hindsight::test
