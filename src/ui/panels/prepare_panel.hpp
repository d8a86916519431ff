// Phase 1, Prepare: the incident's metadata, then the timeline: its durations and warnings, the
// chart, the table, and pasting from logs and chat.
#pragma once

#include "ui/panels/incident_form.hpp"
#include "ui/panels/panel.hpp"
#include "ui/panels/paste_dialog.hpp"
#include "ui/panels/timeline_chart.hpp"
#include "ui/panels/timeline_table.hpp"

namespace hindsight::ui {

class PreparePanel : public Panel {
 protected:
  const char* name() const override { return "Prepare"; }
  void draw_content(const FrameInput& input, UiState& state, FrameOutput& output) override;

 private:
  void draw_timeline_toolbar(const FrameInput& input, FrameOutput& output);
  void draw_metrics(const FrameInput& input);
  void draw_warnings(const FrameInput& input);

  IncidentForm form_;
  TimelineChart chart_;
  TimelineTable table_;
  PasteDialog paste_;
};

}  // namespace hindsight::ui
