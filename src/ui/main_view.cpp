#include "ui/main_view.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // GetTopMostPopupModal

#include "ui/dialog_about.hpp"
#include "ui/panels/document_panel.hpp"
#include "ui/panels/import_dialog.hpp"
#include "ui/panels/storage_notices.hpp"

namespace hindsight::ui {

void MainView::draw_menu_bar(const FrameInput& input, UiState& state, FrameOutput& output) {
  if (!ImGui::BeginMainMenuBar()) return;
  const bool open = input.document != nullptr;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem(kNewPostmortemLabel)) output.push(intent::CreatePostmortem{});
    if (ImGui::MenuItem(kOpenSampleLabel)) output.push(intent::OpenSample{});
    if (ImGui::MenuItem(kOpenFilesLabel, "Ctrl+O")) output.push(intent::OpenFiles{});
    ImGui::Separator();
    if (ImGui::MenuItem(kDownloadMarkdownLabel, "Ctrl+S", false, open))
      output.push(intent::DownloadMarkdown{});
    if (ImGui::MenuItem(kCopyMarkdownLabel, nullptr, false, open))
      output.push(intent::CopyMarkdown{});
    if (ImGui::MenuItem(kExportHtmlLabel, nullptr, false, open))
      output.push(intent::DownloadHtml{});
    const bool anything = open || !input.library.postmortems.empty();
    if (ImGui::MenuItem(kExportAllLabel, nullptr, false, anything))
      output.push(intent::ExportAll{});
    ImGui::Separator();
    if (ImGui::MenuItem("Close post-mortem", nullptr, false, open)) output.push(intent::Close{});
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Edit")) {
    const core::History* history = open ? &input.document->history : nullptr;
    const std::string undo = history && history->can_undo() ? history->undo_label() : "Undo";
    const std::string redo = history && history->can_redo() ? history->redo_label() : "Redo";
    if (ImGui::MenuItem((undo + "##undo").c_str(), "Ctrl+Z", false, history && history->can_undo()))
      output.push(intent::Undo{});
    if (ImGui::MenuItem((redo + "##redo").c_str(), "Ctrl+Shift+Z", false,
                        history && history->can_redo()))
      output.push(intent::Redo{});
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    if (ImGui::MenuItem("Dark theme", nullptr, state.theme == Theme::dark))
      state.theme = Theme::dark;
    if (ImGui::MenuItem("Light theme", nullptr, state.theme == Theme::light))
      state.theme = Theme::light;
    ImGui::Separator();
    if (ImGui::MenuItem("Larger text", "Ctrl++")) step_font_scale(state.fonts, +1);
    if (ImGui::MenuItem("Smaller text", "Ctrl+-")) step_font_scale(state.fonts, -1);
    if (ImGui::MenuItem("Actual size", "Ctrl+0")) reset_font_scale(state.fonts);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    if (ImGui::MenuItem("About Hindsight")) state.show_about = true;
    ImGui::EndMenu();
  }
  draw_save_status(input);
  ImGui::EndMainMenuBar();
}

void MainView::handle_shortcuts(const FrameInput& input, UiState& state, FrameOutput& output) {
  const ImGuiIO& io = ImGui::GetIO();
  // Ctrl; on a Mac the desktop build's SDL backend reports Cmd as Super, and ImGui swaps the two
  // only with ConfigMacOSXBehaviors, so Cmd counts as well.
  if (!(io.KeyCtrl || io.KeySuper) || io.KeyAlt) return;
  // Text size, so the app reads on a projector; the atlas follows before the next frame.
  if (ImGui::IsKeyPressed(ImGuiKey_Equal, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd, false))
    step_font_scale(state.fonts, +1);
  else if (ImGui::IsKeyPressed(ImGuiKey_Minus, false) ||
           ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract, false))
    step_font_scale(state.fonts, -1);
  else if (ImGui::IsKeyPressed(ImGuiKey_0, false) || ImGui::IsKeyPressed(ImGuiKey_Keypad0, false))
    reset_font_scale(state.fonts);
  // A dialog (the paste or import preview) has the keyboard: undo must not change the document
  // behind it, and a second picker must not open over it.
  if (ImGui::GetTopMostPopupModal() != nullptr) return;
  if (ImGui::IsKeyPressed(ImGuiKey_O, false)) output.push(intent::OpenFiles{});
  if (!input.document) return;
  if (ImGui::IsKeyPressed(ImGuiKey_Z, false))
    output.push(io.KeyShift ? Intent{intent::Redo{}} : Intent{intent::Undo{}});
  else if (ImGui::IsKeyPressed(ImGuiKey_Y, false))
    output.push(intent::Redo{});
  else if (ImGui::IsKeyPressed(ImGuiKey_S, false))
    output.push(intent::DownloadMarkdown{});
}

FrameOutput MainView::draw(const FrameInput& input, UiState& state) {
  if (state.applied_theme != state.theme) {
    apply_theme(state.theme);
    state.applied_theme = state.theme;
  }
  FrameOutput output;
  handle_shortcuts(input, state, output);
  draw_menu_bar(input, state, output);

  // The main window fills the space under the menu bar and follows the canvas size.
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFill = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                     ImGuiWindowFlags_NoSavedSettings |
                                     ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  const bool visible = ImGui::Begin(kMainWindowName, nullptr, kFill);
  ImGui::PopStyleVar(2);
  if (visible) {
    if (input.document)
      editor_.draw(input, state, output);
    else
      library_.draw(input, state, output);
  }
  ImGui::End();

  draw_about_dialog(state);
  import_dialog_.draw(input, output);
  return output;
}

}  // namespace hindsight::ui
