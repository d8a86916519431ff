#include "ui/redraw_policy.hpp"

namespace hindsight::ui {

void RedrawPolicy::wake(double now) {
  frames_left_ = kSettleFrames;
  settle_until_ = now + kSettleSeconds;
}

bool RedrawPolicy::should_draw(double now, bool had_input, bool text_cursor_visible) {
  if (had_input) wake(now);
  bool draw = frames_left_ > 0 || now < settle_until_ ||
              (text_cursor_visible && now - last_draw_ >= kBlinkInterval);
  if (!draw) return false;
  if (frames_left_ > 0) --frames_left_;
  last_draw_ = now;
  return true;
}

}  // namespace hindsight::ui
