// Throughput of the core's codecs over one seeded post-mortem whose Markdown is about 1 MB:
// Markdown import and export, md4c's parser alone over the same bytes (the floor under import),
// and JSON load and save. Each benchmark reports bytes_per_second of the text it reads or writes.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include <benchmark/benchmark.h>
#include <md4c.h>

#include "core/json/json_codec.hpp"
#include "core/markdown/markdown_export.hpp"
#include "core/markdown/markdown_import.hpp"
#include "core/markdown/markdown_tree.hpp"
#include "core/model/postmortem.hpp"
#include "support/postmortem_generator.hpp"

namespace {

using hindsight::core::PostMortem;

constexpr std::uint64_t kSeed = 20240115;
constexpr std::size_t kMarkdownBytes = std::size_t{1} << 20;

struct Fixture {
  PostMortem postmortem;
  std::string markdown;
  std::string json;
  std::string error;  // set when the codecs cannot round-trip the fixture
};

Fixture make_fixture() {
  Fixture fixture;
  fixture.postmortem = hindsight::testing::generate_large_postmortem(kSeed, kMarkdownBytes);
  fixture.markdown = hindsight::core::export_markdown(fixture.postmortem);
  fixture.json = hindsight::core::save_json(fixture.postmortem);
  if (const auto imported = hindsight::core::import_markdown(fixture.markdown);
      !imported.postmortem) {
    fixture.error = "import_markdown rejected the exported post-mortem: " + imported.error;
  } else if (const auto loaded = hindsight::core::load_json(fixture.json); !loaded.postmortem) {
    fixture.error = "load_json rejected the saved post-mortem";
    if (!loaded.errors.empty()) {
      fixture.error += ": " + loaded.errors.front().path + " " + loaded.errors.front().reason;
    }
  }
  return fixture;
}

const Fixture& fixture() {
  static const Fixture instance = make_fixture();
  return instance;
}

void bench_import_markdown(benchmark::State& state) {
  const std::string& markdown = fixture().markdown;
  for (auto _ : state) {
    auto result = hindsight::core::import_markdown(markdown);
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(markdown.size()));
}

void bench_export_markdown(benchmark::State& state) {
  const Fixture& f = fixture();
  for (auto _ : state) {
    auto markdown = hindsight::core::export_markdown(f.postmortem);
    benchmark::DoNotOptimize(markdown);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(f.markdown.size()));
}

int ignore_block(MD_BLOCKTYPE, void*, void*) { return 0; }
int ignore_span(MD_SPANTYPE, void*, void*) { return 0; }
int ignore_text(MD_TEXTTYPE, const MD_CHAR*, MD_SIZE, void*) { return 0; }

void bench_md4c_parse_only(benchmark::State& state) {
  const std::string& markdown = fixture().markdown;
  MD_PARSER parser{};
  parser.abi_version = 0;
  // The importer's own flags, so this is exactly the parse import_markdown pays for.
  parser.flags = hindsight::core::markdown_parser_flags();
  parser.enter_block = ignore_block;
  parser.leave_block = ignore_block;
  parser.enter_span = ignore_span;
  parser.leave_span = ignore_span;
  parser.text = ignore_text;
  for (auto _ : state) {
    int rc = md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, nullptr);
    benchmark::DoNotOptimize(rc);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(markdown.size()));
}

void bench_load_json(benchmark::State& state) {
  const std::string& json = fixture().json;
  for (auto _ : state) {
    auto result = hindsight::core::load_json(json);
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(json.size()));
}

void bench_save_json(benchmark::State& state) {
  const Fixture& f = fixture();
  for (auto _ : state) {
    auto json = hindsight::core::save_json(f.postmortem);
    benchmark::DoNotOptimize(json);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(f.json.size()));
}

// Wall-clock time for every rate: WebAssembly has no CPU-time clock (Emscripten reports wall time
// for both), so native must be timed the same way for the two to compare.
BENCHMARK(bench_import_markdown)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(bench_export_markdown)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(bench_md4c_parse_only)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(bench_load_json)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(bench_save_json)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  // The fixture is built and checked before any timing: a codec that cannot read its own output
  // fails the run instead of reporting the speed of an error path.
  const Fixture& f = fixture();
  if (!f.error.empty()) {
    std::fprintf(stderr, "markdown_bench: %s\n", f.error.c_str());
    return 1;
  }
  benchmark::AddCustomContext("markdown_bytes", std::to_string(f.markdown.size()));
  benchmark::AddCustomContext("json_bytes", std::to_string(f.json.size()));
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
