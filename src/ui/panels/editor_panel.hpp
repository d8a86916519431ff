// The editor around one open post-mortem: a bar with the way back to the library, the title,
// undo and redo; the phase bar (each built phase with its completeness mark computed by the
// core); "what is still missing" for the current phase; and the phase's own panel below.
// Phases whose panels are not built yet are not shown.
#pragma once

#include <string>

#include "core/lint/phase_progress.hpp"
#include "ui/panels/actions_panel.hpp"
#include "ui/panels/document_panel.hpp"
#include "ui/panels/meeting_panel.hpp"
#include "ui/panels/panel.hpp"
#include "ui/panels/prepare_panel.hpp"
#include "ui/panels/root_cause_panel.hpp"

namespace hindsight::ui {

inline constexpr const char* kBackToLibraryLabel = "< Library";

class EditorPanel : public Panel {
 public:
  core::Phase phase() const { return phase_; }

 protected:
  const char* name() const override { return "Editor"; }
  void draw_content(const FrameInput& input, UiState& state, FrameOutput& output) override;
  ImGuiWindowFlags window_flags() const override {
    return ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
  }

 private:
  void draw_top_bar(const FrameInput& input, UiState& state, FrameOutput& output);
  void draw_phase_bar(const FrameInput& input);
  void draw_missing(const FrameInput& input);

  core::Phase phase_ = core::Phase::Prepare;
  std::string shown_id_;  // the post-mortem the phase belongs to
  bool show_missing_ = true;
  PreparePanel prepare_;
  MeetingPanel meeting_;
  RootCausePanel root_cause_;
  ActionsPanel actions_;
  DocumentPanel document_;
};

}  // namespace hindsight::ui
