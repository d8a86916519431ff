// Seeded generator of post-mortems for property tests, fuzz seeds and benchmarks.
// Contract: the same seed gives the same post-mortem on every platform; every generated
// post-mortem follows the value rules of core/postmortem.hpp. Text mixes ASCII, accented and CJK
// letters, emoji, Markdown punctuation ('|', '*', '_', '`', '#', '<', '[', '\\'), empty fields and
// long paragraphs. With `hostile` set, every text field also draws from a catalogue of Markdown
// constructs placed at line starts, at the ends and inside (headings, setext underlines, open
// fences, HTML blocks, "<br>", pipes, list markers, leading and trailing spaces, blank lines,
// lines that read as section titles, metadata labels, inline action points, timeline times):
// text written to break the document's structure, which the Markdown format must carry intact.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/model/postmortem.hpp"

namespace hindsight::testing {

struct GeneratorOptions {
  std::size_t max_items = 6;   // upper bound for each list (events, actions, whys, ...)
  std::size_t max_words = 40;  // upper bound for each paragraph
  bool hostile = false;        // text fields mix in Markdown built to break the structure
};

core::PostMortem generate_postmortem(std::uint64_t seed, const GeneratorOptions& options = {});

// A post-mortem whose Markdown export is at least `bytes` long (for benchmarks): many events,
// actions and long prose, all seeded.
core::PostMortem generate_large_postmortem(std::uint64_t seed, std::size_t bytes);

}  // namespace hindsight::testing
