#include "ui/redraw_policy.hpp"

namespace hindsight::ui {

void RedrawPolicy::wake(double now) {
  frames_left_ = kSettleFrames;
  settle_until_ = now + kSettleSeconds;
}

void RedrawPolicy::wake_at(double when) {
  if (scheduled_ < 0.0 || when < scheduled_) scheduled_ = when;
}

bool RedrawPolicy::should_draw(double now, bool had_input, bool text_cursor_visible) {
  if (had_input) wake(now);
  if (scheduled_ >= 0.0 && now >= scheduled_) {
    scheduled_ = -1.0;
    // What the scheduled frame shows may lay out over a few frames, but nothing is hovered or
    // typed: no settle time, so a clock ticking once a second costs a few frames a second.
    frames_left_ = kSettleFrames;
  }
  bool draw = frames_left_ > 0 || now < settle_until_ ||
              (text_cursor_visible && now - last_draw_ >= kBlinkInterval);
  if (!draw) return false;
  if (frames_left_ > 0) --frames_left_;
  last_draw_ = now;
  return true;
}

}  // namespace hindsight::ui
