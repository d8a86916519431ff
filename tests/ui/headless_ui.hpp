// A Dear ImGui context with no window and no GPU, running Hindsight's real workspace frame with
// synthetic input. Widgets are found by window and label through the ItemRegistry, exactly as the
// browser tests find them, and clicked at the centre of their rectangle. The clock is fixed and
// advanced by hand, and ids come from a counter, so runs repeat exactly.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ui/item_registry.hpp"
#include "workspace/workspace.hpp"

namespace hindsight::test {

class HeadlessUi {
 public:
  explicit HeadlessUi(float width = 1280.0f, float height = 800.0f);
  ~HeadlessUi();
  HeadlessUi(const HeadlessUi&) = delete;
  HeadlessUi& operator=(const HeadlessUi&) = delete;

  void frame();  // one frame: draw, render, apply intents, collect effects; 1/60 s passes
  void frames(int count);
  // Lets time pass, drawing a frame at the end (typing pauses), then the frames the lint run
  // that the pause started takes.
  void wait(double seconds);
  bool click(const std::string& path);  // false when no item has this window/label
  bool double_click(const std::string& path);
  // The phase bar's button for phase `number` (1-5), found by its id suffix "##phase<number>"
  // since its text carries the phase's progress.
  bool click_phase(int number);
  void type(const std::string& utf8);  // characters into the focused field, one frame
  void press(ImGuiKey key, bool ctrl = false, bool shift = false);
  bool has(const std::string& path) const { return items.find(path) != nullptr; }
  int vertex_count() const;  // of the last rendered frame
  const core::PostMortem& open() const { return workspace.document()->postmortem(); }

  // When set, frame() draws this instead of the workspace: a widget test's own window.
  std::function<void()> draw;

  static constexpr int kMaxLintFrames = 1000;  // a run longer than this is a bug to see

  workspace::Workspace workspace;
  core::Library& library;
  ui::UiState& state;
  ui::ItemRegistry items;
  float width, height;
  std::vector<workspace::Download> downloads;  // every download the frames asked for
  std::optional<std::string> clipboard;        // the latest clipboard write
  std::vector<std::string> links;              // links the user opened
  std::vector<storage::Write> writes;          // every write to storage the frames asked for
  std::vector<storage::Write> journal;         // every change journaled before its write
  std::vector<workspace::Archive> archives;    // every "Export all" archive asked for
  int file_pickers = 0;                        // how many times the file picker was asked for
  std::string status;                          // the latest status line
  std::optional<double> redraw_at;             // the last frame's wish to be drawn again
  double now = 1000.0;                         // the monotonic clock, seconds
  // The wall clock, fixed unless a test moves it: a fixed day, since the library numbers and
  // orders post-mortems by it.
  core::UtcSeconds utc_now{std::chrono::seconds{1705328580}};

 private:
  void mouse_to(const ui::UiItem& item);
  ImGuiContext* context_;
  std::uint64_t next_random_ = 1;  // stands in for entropy: ids stay repeatable
};

}  // namespace hindsight::test
