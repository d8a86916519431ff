// The CPU time of the frames the app drew, as the app itself measured it: the last kKept drawn
// frames (oldest first) and how many drawn frames were timed in all, so a reader polling
// window.hindsight.state() knows which times are new since its last read. Each frame's time is
// also split: the part spent handing the frame to OpenGL (Dear ImGui's backend and the swap),
// where a browser may block on its GPU process, apart from the app's own work.
// Contract: only records; it never decides whether to draw. Refreshes that draw nothing are not
// frames and are never recorded.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace hindsight::app {

struct FrameTime {
  double total_ms = 0.0;  // from the frame's input to its effects carried out
  double gl_ms = 0.0;     // of which handing the draw lists to OpenGL
};

class FrameTimer {
 public:
  static constexpr std::size_t kKept = 120;  // seconds of frames at any refresh rate

  void record(FrameTime time) {
    kept_[count_ % kKept] = time;
    ++count_;
  }
  std::uint64_t count() const { return count_; }
  std::vector<FrameTime> recent() const {
    const std::size_t size = count_ < kKept ? static_cast<std::size_t>(count_) : kKept;
    std::vector<FrameTime> out;
    out.reserve(size);
    for (std::uint64_t i = count_ - size; i < count_; ++i) out.push_back(kept_[i % kKept]);
    return out;
  }

 private:
  std::array<FrameTime, kKept> kept_{};
  std::uint64_t count_ = 0;
};

}  // namespace hindsight::app
