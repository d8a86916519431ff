// What the open post-mortem's views show beside its fields, derived from it by the core: timeline
// metrics and warnings, lint findings, phase progress and the exported Markdown. The workspace
// recomputes each part only when the post-mortem changed (lints once typing pauses), never per
// frame, and the Markdown only while a view shows it (FrameOutput::shows_markdown): a long
// post-mortem exports in tens of milliseconds. Views only read it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/lint/lint.hpp"
#include "core/lint/phase_progress.hpp"
#include "core/timeline/timeline_metrics.hpp"

namespace hindsight::ui {

struct DocumentInsights {
  std::uint64_t revision = ~std::uint64_t{0};  // of the post-mortem these describe
  core::TimelineMetrics metrics;               // current with `revision`
  std::string markdown;                        // export_markdown, current with `markdown_of`
  std::string file_name;                       // markdown_file_name
  std::vector<core::PhaseProgress> progress;   // current with `lint_revision`
  std::vector<core::Finding> findings;         // lint(), current with `lint_revision`
  std::uint64_t lint_revision = ~std::uint64_t{0};
  std::uint64_t markdown_of = ~std::uint64_t{0};  // the revision `markdown` was exported at
  // Grows with every export, whatever the post-mortem: views keep what they derive from `markdown`
  // until it changes (two post-mortems may share a revision number).
  std::uint64_t markdown_serial = 0;

  // The findings about one field ("/what_happened"), or about any field under it.
  std::vector<const core::Finding*> findings_for(std::string_view path) const;
};

}  // namespace hindsight::ui
