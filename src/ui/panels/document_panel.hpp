// Phase 5, Document: the prose only people can write (executive summary, what happened, lessons
// learned), beside the document Hindsight builds from every phase: a rendered preview and the raw
// Markdown. Download it for git, copy it, or export HTML for a wiki or printing.
#pragma once

#include <cstdint>
#include <string>

#include "ui/panels/panel.hpp"
#include "ui/widgets/markdown_view.hpp"

namespace hindsight::ui {

inline constexpr const char* kDownloadMarkdownLabel = "Download Markdown";
inline constexpr const char* kCopyMarkdownLabel = "Copy Markdown";
inline constexpr const char* kExportHtmlLabel = "Export HTML";

class DocumentPanel : public Panel {
 protected:
  const char* name() const override { return "Document"; }
  void draw_content(const FrameInput& input, UiState& state, FrameOutput& output) override;

 private:
  void draw_prose(const FrameInput& input, UiState& state, FrameOutput& output);
  void draw_output(const FrameInput& input, UiState& state, FrameOutput& output);

  bool show_raw_ = false;  // the raw Markdown instead of the preview
  // The raw view's buffer: ImGui's text box wants a writable one (it writes nothing when
  // read-only), copied once per export rather than once per frame.
  std::string raw_;
  std::uint64_t raw_serial_ = ~std::uint64_t{0};
  MarkdownView preview_;
};

}  // namespace hindsight::ui
