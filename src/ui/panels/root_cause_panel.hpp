// Phase 3, Root cause: the 5 Whys ladders on the left; on the right the root causes, the summary
// of why it happened, and the path for when no clear root cause is found (the workflow's
// "Document Uncertainty" phrase put into the summary to be edited, and the follow-up
// investigations, each of which can become an action).
// Contract: draws and reports intents; never changes the model.
#pragma once

#include "ui/panels/follow_up_list.hpp"
#include "ui/panels/panel.hpp"
#include "ui/panels/root_cause_table.hpp"
#include "ui/panels/why_ladder.hpp"

namespace hindsight::ui {

inline constexpr const char* kDocumentUncertaintyLabel = "Document uncertainty";

class RootCausePanel : public Panel {
 protected:
  const char* name() const override { return "Root cause"; }
  void draw_content(const FrameInput& input, UiState& state, FrameOutput& output) override;

 private:
  void draw_summary(const FrameInput& input, UiState& state, FrameOutput& output);
  void draw_uncertainty(const FrameInput& input, UiState& state, FrameOutput& output);

  WhyLadder ladder_;
  RootCauseTable causes_;
  FollowUpList follow_ups_;
};

}  // namespace hindsight::ui
