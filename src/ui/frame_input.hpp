// What every view receives each frame: the library, the open post-mortem and what is derived from
// it, and the time. Views read the clock only from here, so a frame is a pure function of its
// input and headless tests can fix the time.
#pragma once

#include <cstddef>

#include "core/model/library.hpp"
#include "transfer/import_plan.hpp"
#include "ui/document_insights.hpp"
#include "ui/storage_info.hpp"

namespace hindsight::ui {

struct FrameInput {
  const core::Library& library;
  const core::OpenDocument* document = nullptr;  // null on the library screen
  const DocumentInsights* insights = nullptr;    // set whenever `document` is
  core::UtcSeconds utc_now{};
  double monotonic_now = 0.0;                         // seconds, for pauses and timers
  int local_utc_offset_minutes = 0;                   // the viewer's zone, east of UTC
  const StorageInfo* storage = nullptr;               // null in tests that do not store
  const transfer::ImportPlan* import_plan = nullptr;  // files waiting for the user's review
  std::size_t undoable_import = 0;  // post-mortems the last import changed, while it can be undone
};

}  // namespace hindsight::ui
