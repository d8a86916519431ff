// The UI's CPU time per frame, natively and headless, for the longest post-mortems a team keeps
// (10,000 timeline events, 1,000 actions): each built phase drawn while idle, while the timeline
// scrolls, while someone types and at the first frame after a pause in typing. Aim: at most 2 ms
// per frame. Timing is not a test; each benchmark also runs once under ctest so it keeps building.
#include <benchmark/benchmark.h>
#include <imgui.h>

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

// The frame after a pause in typing: the lints and the phase checks catch up with the edit (the
// Markdown preview is not shown in Prepare, so it is not exported).
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

void BM_DocumentIdleFrame(benchmark::State& state) {
  HeadlessUi ui;
  open_large(ui, 5);
  for (auto _ : state) ui.frame();
}
BENCHMARK(BM_DocumentIdleFrame)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
