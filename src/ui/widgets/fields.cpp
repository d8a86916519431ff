#include "ui/widgets/fields.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <string>

#include "ui/widgets/text_wrap.hpp"

namespace hindsight::ui {
namespace {

constexpr ImU32 kLintColour = IM_COL32(240, 166, 74, 255);

// Why text inputs use NoUndoRedo: undo belongs to the post-mortem's history (Ctrl+Z undoes the
// last change anywhere); a second, per-field undo inside ImGui would fight with it.
constexpr ImGuiInputTextFlags kTextFlags = ImGuiInputTextFlags_NoUndoRedo;

void push_edit(const FieldSpec& spec, std::string value, const TextSetter& set, UiState& state,
               FrameOutput& output) {
  std::string label = "Edit ";
  const std::string_view shown = spec.label;
  label += shown.substr(0, shown.find("##"));
  output.push(intent::Edit{
      std::move(label), [set, value = std::move(value)](core::PostMortem& pm) { set(pm, value); },
      core::MergeKey{std::string(spec.path), state.edit_session}});
}

void note_activation(UiState& state) {
  if (ImGui::IsItemActivated()) ++state.edit_session;
}

void draw_lint_marker(std::string_view path, const FrameInput& input) {
  if (!input.insights) return;
  const auto findings = input.insights->findings_for(path);
  if (findings.empty()) return;
  ImGui::SameLine();
  lint_marker(path, findings);
}

}  // namespace

void lint_marker(std::string_view path, const std::vector<const core::Finding*>& findings,
                 const std::function<void()>& more) {
  if (findings.empty()) return;
  const float size = ImGui::GetTextLineHeight();
  const std::string id = "Lint##" + std::string(path);
  ImGui::InvisibleButton(id.c_str(), ImVec2(size, size));
  const ImVec2 min = ImGui::GetItemRectMin();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 centre(min.x + size * 0.5f, min.y + size * 0.5f);
  draw->AddCircleFilled(centre, size * 0.42f, kLintColour);
  draw->AddText(ImVec2(centre.x - ImGui::CalcTextSize("!").x * 0.5f, min.y), IM_COL32_BLACK, "!");
  if (!ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
  for (const core::Finding* finding : findings) {
    ImGui::TextUnformatted(finding->message.c_str());
    if (!finding->suggestion.empty()) ImGui::TextDisabled("Try: %s", finding->suggestion.c_str());
  }
  if (more) more();
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void field_label(const char* label, std::string_view path, const FrameInput& input) {
  const std::string_view shown = label;
  const std::string text(shown.substr(0, shown.find("##")));
  ImGui::TextUnformatted(text.c_str());
  draw_lint_marker(path, input);
}

bool text_field(const FieldSpec& spec, const std::string& value, const TextSetter& set,
                UiState& state, FrameOutput& output) {
  std::string buffer = value;
  ImGui::SetNextItemWidth(spec.width);
  const std::string id = std::string("##") + spec.label;
  const bool changed = ImGui::InputTextWithHint(id.c_str(), spec.hint, &buffer, kTextFlags);
  note_activation(state);
  if (changed && buffer != value) push_edit(spec, std::move(buffer), set, state, output);
  return changed;
}

bool prose_field(const FieldSpec& spec, const std::string& value, const TextSetter& set,
                 const FrameInput& input, UiState& state, FrameOutput& output, float height) {
  field_label(spec.label, spec.path, input);
  std::string buffer = value;
  if (height <= 0) height = ImGui::GetTextLineHeightWithSpacing() * 6.5f;
  const std::string id = std::string("##") + spec.label;
  const bool changed =
      input_text_wrapped(id.c_str(), buffer, ImVec2(spec.width, height), 0, WrappedUndo::Caller);
  // Dear ImGui's multi-line input has no hint: an empty, unfocused field shows one here, so the
  // user knows what belongs in it.
  if (value.empty() && !ImGui::IsItemActive() && spec.hint && *spec.hint) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    const ImVec4 clip(min.x, min.y, max.x, max.y);
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                                        ImVec2(min.x + padding.x, min.y + padding.y),
                                        ImGui::GetColorU32(ImGuiCol_TextDisabled), spec.hint,
                                        nullptr, max.x - min.x - padding.x * 2, &clip);
  }
  note_activation(state);
  if (changed && buffer != value) push_edit(spec, std::move(buffer), set, state, output);
  return changed;
}

void section_heading(const UiState& state, const char* text) {
  ImGui::PushFont(state.fonts.heading);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

}  // namespace hindsight::ui
