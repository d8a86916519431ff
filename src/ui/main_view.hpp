// The whole Hindsight screen: the menu bar, then the library or the open post-mortem's editor,
// and any dialog; plus the keyboard shortcuts that work everywhere (Ctrl+Z, Ctrl+S, Ctrl+O, ...).
// Contract: reads the frame input, returns intents; changes only UI state.
#pragma once

#include "ui/frame_input.hpp"
#include "ui/intents.hpp"
#include "ui/panels/editor_panel.hpp"
#include "ui/panels/import_dialog.hpp"
#include "ui/panels/library_panel.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

inline constexpr const char* kMainWindowName = "Hindsight";

class MainView {
 public:
  // Call between ImGui::NewFrame() and ImGui::Render().
  FrameOutput draw(const FrameInput& input, UiState& state);

 private:
  void draw_menu_bar(const FrameInput& input, UiState& state, FrameOutput& output);
  void handle_shortcuts(const FrameInput& input, UiState& state, FrameOutput& output);

  LibraryPanel library_;
  EditorPanel editor_;
  ImportDialog import_dialog_;
};

}  // namespace hindsight::ui
