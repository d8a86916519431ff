// Decides, once per display refresh, whether to draw a frame. Hindsight draws only when something
// can have changed: input arrived, or the UI is still settling after input (hover highlights,
// tooltips that appear after a delay, windows sizing themselves), or a text cursor is blinking.
// An idle screen costs no GPU work and no battery.
#pragma once

namespace hindsight::ui {

class RedrawPolicy {
 public:
  static constexpr int kSettleFrames = 3;         // ImGui lays out new windows over a few frames
  static constexpr double kSettleSeconds = 0.75;  // longer than ImGui's tooltip hover delay
  static constexpr double kBlinkInterval = 0.25;  // redraw rate while a text cursor blinks

  // now: seconds on a monotonic clock. had_input: events arrived since the last call.
  // text_cursor_visible: a text field has focus (its cursor blinks).
  bool should_draw(double now, bool had_input, bool text_cursor_visible);

  // Something changed without input (the model, a status line): draw and settle again.
  void wake(double now);
  // Draw once more at `when` (seconds on the same clock), e.g. when typing has paused long
  // enough for the lints to run, or a running clock's next second. The earliest request wins.
  // It draws one frame, without the settle time input gets.
  void wake_at(double when);

 private:
  int frames_left_ = kSettleFrames;  // the first frames always draw
  double settle_until_ = 0.0;
  double last_draw_ = -1.0;
  double scheduled_ = -1.0;  // a requested draw not yet made; negative: none
};

}  // namespace hindsight::ui
