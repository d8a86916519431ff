// When Hindsight draws: only after input, while the UI settles, and while a text cursor blinks.
#include "ui/redraw_policy.hpp"

#include <gtest/gtest.h>

namespace hindsight::ui {
namespace {

TEST(RedrawPolicy, DrawsTheFirstFramesWithoutInput) {
  RedrawPolicy policy;
  EXPECT_TRUE(policy.should_draw(100.0, false, false));
  EXPECT_TRUE(policy.should_draw(100.016, false, false));
  EXPECT_TRUE(policy.should_draw(100.033, false, false));
  EXPECT_FALSE(policy.should_draw(100.050, false, false));
}

TEST(RedrawPolicy, StopsDrawingOnceSettledAfterInput) {
  RedrawPolicy policy;
  for (int i = 0; i < 3; ++i) policy.should_draw(0.0, false, false);
  EXPECT_TRUE(policy.should_draw(1.0, true, false));
  EXPECT_TRUE(policy.should_draw(1.5, false, false));
  EXPECT_TRUE(policy.should_draw(1.74, false, false));
  EXPECT_FALSE(policy.should_draw(1.76, false, false));
  EXPECT_FALSE(policy.should_draw(10.0, false, false));
}

TEST(RedrawPolicy, SettlesForAtLeastThreeFramesEvenWhenTimeJumps) {
  RedrawPolicy policy;
  for (int i = 0; i < 3; ++i) policy.should_draw(0.0, false, false);
  EXPECT_TRUE(policy.should_draw(5.0, true, false));
  EXPECT_TRUE(policy.should_draw(9.0, false, false));
  EXPECT_TRUE(policy.should_draw(9.1, false, false));
  EXPECT_FALSE(policy.should_draw(9.2, false, false));
}

TEST(RedrawPolicy, BlinkingCursorRedrawsFourTimesASecond) {
  RedrawPolicy policy;
  for (int i = 0; i < 3; ++i) policy.should_draw(0.0, false, false);
  int drawn = 0;
  for (int frame = 1; frame <= 60; ++frame) drawn += policy.should_draw(frame / 60.0, false, true);
  EXPECT_EQ(drawn, 4);
}

TEST(RedrawPolicy, WakeDrawsAgainWithoutInput) {
  RedrawPolicy policy;
  for (int i = 0; i < 3; ++i) policy.should_draw(0.0, false, false);
  EXPECT_FALSE(policy.should_draw(2.0, false, false));
  policy.wake(2.0);
  EXPECT_TRUE(policy.should_draw(2.01, false, false));
}

// A clock that ticks once a second (a running agenda timer) draws one frame at each
// tick and nothing between: 60 refreshes a second for ten seconds draw 10 frames, not 600.
TEST(RedrawPolicy, AScheduledDrawCostsAFewFramesNotASettleTime) {
  RedrawPolicy policy;
  for (int i = 0; i < 3; ++i) policy.should_draw(0.0, false, false);
  int drawn = 0;
  double next_tick = 1.0;
  policy.wake_at(next_tick);
  for (int refresh = 60; refresh < 660; ++refresh) {
    const double now = refresh / 60.0;
    if (policy.should_draw(now, false, false)) {
      ++drawn;
      if (now >= next_tick) policy.wake_at(next_tick += 1.0);
    }
  }
  EXPECT_EQ(drawn, 10);
}

}  // namespace
}  // namespace hindsight::ui
