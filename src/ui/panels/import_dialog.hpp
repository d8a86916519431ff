// The import preview: what the files the user opened or dropped would do to the library, before
// anything changes. Each post-mortem found is listed as New, Replaces or Unchanged with the file it
// came from and what the importer had to guess; a replacement shows its changes field by field
// (before → after). Files that cannot be imported are listed with the reason, and what was left out
// on purpose with a note. "Import N" applies the plan as one step that "Undo import" takes back.
// Contract: reads the plan from the frame input and returns intents; it never changes the library
// and shows nothing when no plan waits.
#pragma once

#include <cstddef>

#include "transfer/import_plan.hpp"
#include "ui/frame_input.hpp"
#include "ui/intents.hpp"

namespace hindsight::ui {

inline constexpr const char* kImportDialogName = "Import files";
// The scrolling list inside it: each post-mortem found and each file refused.
inline constexpr const char* kImportListName = "Files to import";

// How many post-mortems confirming `plan` would create or replace.
std::size_t importable_count(const transfer::ImportPlan& plan);

class ImportDialog {
 public:
  void draw(const FrameInput& input, FrameOutput& output);

 private:
  const transfer::ImportPlan* shown_ = nullptr;  // the plan the popup was opened for
};

}  // namespace hindsight::ui
