// The UI's CPU time per frame, natively and headless, for the longest post-mortems a team keeps
// (10,000 timeline events, 1,000 actions): each built phase drawn while idle, while the timeline
// scrolls, while someone types and after a pause in typing (its first frame, and the longest of the
// frames until the lints caught up). Aim: at most 2 ms per frame. Timing is not a test; each
// benchmark also runs once under ctest so it keeps building.
#include <benchmark/benchmark.h>
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <vector>

#include "headless_ui.hpp"
#include "support/large_postmortem.hpp"

namespace {

using hindsight::test::HeadlessUi;

// A workspace with the large post-mortem open in `phase` (1 Prepare, 5 Document).
void open_large(HeadlessUi& ui, int phase) {
  hindsight::core::add_postmortem(ui.library, hindsight::testing::large_postmortem(10000, 1000));
  ui.frames(3);
  ui.click("##open " + ui.library.postmortems[0].incident.title);
  if (phase != 1) ui.click_phase(phase);
  ui.wait(1.0);
}

double thread_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

void BM_PrepareIdleFrame(benchmark::State& state) {
  HeadlessUi ui;
  open_large(ui, 1);
  for (auto _ : state) ui.frame();
}
BENCHMARK(BM_PrepareIdleFrame)->Unit(benchmark::kMillisecond);

void BM_PrepareScrollingFrame(benchmark::State& state) {
  HeadlessUi ui;
  open_large(ui, 1);
  ImGui::GetIO().AddMousePosEvent(ui.width / 2, ui.height - 60);
  float direction = -3.0f;
  int frames = 0;
  for (auto _ : state) {
    if (++frames % 200 == 0) direction = -direction;
    ImGui::GetIO().AddMouseWheelEvent(0, direction);
    ui.frame();
  }
}
BENCHMARK(BM_PrepareScrollingFrame)->Unit(benchmark::kMillisecond);

void BM_PrepareTypingFrame(benchmark::State& state) {
  HeadlessUi ui;
  open_large(ui, 1);
  ui.click("Incident/##Title");
  for (auto _ : state) {
    ImGui::GetIO().AddInputCharacter('x');
    ui.frame();
  }
}
BENCHMARK(BM_PrepareTypingFrame)->Unit(benchmark::kMillisecond);

// Typing as a person types (ten characters a second, a frame for each), with everything a frame
// does on the way: the autosave's writes, the lints' slices after each pause. Counters: the
// median and 95th percentile of the frames' CPU time, as the page benchmark reports them.
void BM_PrepareTypingFramesWithAutosave(benchmark::State& state) {
  HeadlessUi ui;
  open_large(ui, 1);
  ui.click("Incident/##Title");
  std::vector<double> frame_ms;
  int writes = 0;
  for (auto _ : state) {
    ImGui::GetIO().AddInputCharacter('x');
    ui.now += 0.1 - 1.0 / 60.0;  // frame() moves the clock on by a 60th of a second
    const double start = thread_seconds();
    ui.frame();
    frame_ms.push_back((thread_seconds() - start) * 1e3);
    for (const hindsight::storage::Write& write : ui.writes) {  // stored, as the browser reports
      hindsight::storage::StorageEvent stored;
      stored.id = write.id;
      stored.revision = write.revision;
      ui.workspace.receive(stored, ui.now);
      ++writes;
    }
    ui.writes.clear();
  }
  std::sort(frame_ms.begin(), frame_ms.end());
  const auto at = [&](double p) {
    return frame_ms[std::min(frame_ms.size() - 1, static_cast<std::size_t>(p * frame_ms.size()))];
  };
  state.counters["median_ms"] = at(0.5);
  state.counters["p95_ms"] = at(0.95);
  state.counters["max_ms"] = frame_ms.back();
  state.counters["writes"] = writes;
}
BENCHMARK(BM_PrepareTypingFramesWithAutosave)->Unit(benchmark::kMillisecond)->Iterations(300);

// The first frame after a pause in typing: the lints' first slice (the Markdown preview is not
// shown in Prepare, so it is not exported).
void BM_PrepareFrameAfterATypingPause(benchmark::State& state) {
  HeadlessUi ui;
  open_large(ui, 1);
  ui.click("Incident/##Title");
  for (auto _ : state) {
    state.PauseTiming();
    ImGui::GetIO().AddInputCharacter('x');
    ui.frame();
    ui.now += 1.0;  // past the pause, with no frame drawn in between
    state.ResumeTiming();
    ui.frame();
  }
}
BENCHMARK(BM_PrepareFrameAfterATypingPause)->Unit(benchmark::kMillisecond);

// What a user feels after a pause in typing: the longest frame from the last keystroke until the
// lints and the phase checks caught up with the edit (findings published), each frame drawn when
// the app would draw it (at the time the previous frame asked for: the save, the pause, the next
// slice). Counters: the frames that took, and their total time. Times are the thread's CPU time,
// as the other benchmarks report it: a frame the machine preempted is not a slow frame.
void BM_PrepareLongestFrameUntilTheLintsCatchUp(benchmark::State& state) {
  HeadlessUi ui;
  open_large(ui, 1);
  ui.click("Incident/##Title");
  double frames = 0.0, total = 0.0;
  for (auto _ : state) {
    ImGui::GetIO().AddInputCharacter('x');
    ui.frame();
    const std::uint64_t revision = ui.workspace.document()->history.revision();
    double longest = 0.0;
    while (ui.workspace.insights().lint_revision != revision) {
      // frame() moves the clock on by a 60th of a second before it draws.
      if (ui.redraw_at) ui.now = std::max(ui.now, *ui.redraw_at - 1.0 / 60.0);
      const double start = thread_seconds();
      ui.frame();
      const double seconds = thread_seconds() - start;
      longest = std::max(longest, seconds);
      total += seconds;
      ++frames;
    }
    state.SetIterationTime(longest);
  }
  state.counters["frames"] = benchmark::Counter(frames, benchmark::Counter::kAvgIterations);
  state.counters["total_ms"] = benchmark::Counter(total * 1e3, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_PrepareLongestFrameUntilTheLintsCatchUp)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_DocumentIdleFrame(benchmark::State& state) {
  HeadlessUi ui;
  open_large(ui, 5);
  for (auto _ : state) ui.frame();
}
BENCHMARK(BM_DocumentIdleFrame)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
