#include "ui/redraw_policy.hpp"

#include <algorithm>

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
    // One frame: nothing was hovered or typed, so nothing needs settling, and a clock ticking
    // once a second costs one frame a second. A frame that changes the model or the insights
    // wakes the policy through wake() like any other change.
    frames_left_ = std::max(frames_left_, 1);
  }
  bool draw = frames_left_ > 0 || now < settle_until_ ||
              (text_cursor_visible && now - last_draw_ >= kBlinkInterval);
  if (!draw) return false;
  if (frames_left_ > 0) --frames_left_;
  last_draw_ = now;
  return true;
}

}  // namespace hindsight::ui
