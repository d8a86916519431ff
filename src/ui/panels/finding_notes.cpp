#include "ui/panels/finding_notes.hpp"

#include <imgui.h>

#include "ui/theme.hpp"
#include "ui/widgets/fields.hpp"

namespace hindsight::ui {
std::vector<const core::Finding*> findings_at(const FrameInput& input, std::string_view path) {
  std::vector<const core::Finding*> found;
  if (!input.insights) return found;
  for (const core::Finding& finding : input.insights->findings)
    if (finding.path == path) found.push_back(&finding);
  return found;
}

void draw_finding_notes(std::string_view path, const std::vector<const core::Finding*>& findings) {
  if (findings.empty()) return;
  lint_marker(path, findings);
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(0.0f);
  for (const core::Finding* finding : findings) {
    ImGui::PushStyleColor(ImGuiCol_Text, tone_colour(Tone::note));
    ImGui::TextUnformatted(finding->message.c_str());
    ImGui::PopStyleColor();
    if (!finding->suggestion.empty()) ImGui::TextDisabled("Try: %s", finding->suggestion.c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

}  // namespace hindsight::ui
