// The library screen: every post-mortem with its title, incident date, severity, status, duration
// and open actions; text search and sorting by any column; new, open, duplicate and delete (with
// undo); undoing the last import; and on first start, three lines on the workflow, the sample to
// explore and opening files (a backup from another browser).
#pragma once

#include <string>
#include <vector>

#include "ui/panels/library_rows.hpp"
#include "ui/panels/panel.hpp"

namespace hindsight::ui {

inline constexpr const char* kNewPostmortemLabel = "New post-mortem";
inline constexpr const char* kOpenSampleLabel = "Open the sample";
inline constexpr const char* kOpenFilesLabel = "Open files...";
inline constexpr const char* kExportAllLabel = "Export all...";
inline constexpr const char* kUndoImportLabel = "Undo import";

class LibraryPanel : public Panel {
 protected:
  const char* name() const override { return "Library"; }
  void draw_content(const FrameInput& input, UiState& state, FrameOutput& output) override;

 private:
  void draw_welcome(const FrameInput& input, UiState& state, FrameOutput& output);
  void draw_toolbar(const FrameInput& input, FrameOutput& output);
  // `reading_failed`: rows still listed from the index were not read and never will be.
  void draw_table(const std::vector<LibraryRow>& rows, bool reading_failed, FrameOutput& output);

  std::string search_;
  LibraryColumn sort_column_ = LibraryColumn::Date;  // the table's sort, from its headers
  bool sort_descending_ = true;
};

}  // namespace hindsight::ui
