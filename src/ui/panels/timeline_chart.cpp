#include "ui/panels/timeline_chart.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <string>

#include "core/model/enum_names.hpp"
#include "core/model/time_format.hpp"

namespace hindsight::ui {
namespace {

constexpr float kHeight = 118.0f;
constexpr float kAxisFromBottom = 30.0f;
constexpr float kMarkRadius = 5.5f;

// A tick spacing people read easily, about one tick per 110 units of width.
long long tick_seconds(long long span, float width) {
  constexpr std::array<long long, 12> steps{60,   300,   600,   900,   1800,  3600,
                                            7200, 10800, 21600, 43200, 86400, 604800};
  const long long wanted = static_cast<long long>(span / std::max(1.0f, width / 110.0f));
  for (long long step : steps)
    if (step >= wanted) return step;
  return steps.back();
}

std::string tick_label(core::UtcSeconds t, long long step) {
  const std::string iso = core::format_iso8601(t);  // 2024-01-15T14:23:00Z
  return step >= 86400 ? iso.substr(5, 5) : iso.substr(11, 5);
}

ImU32 with_alpha(ImU32 colour, int alpha) {
  return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}

}  // namespace

unsigned int event_kind_colour(core::EventKind kind) {
  switch (kind) {
    case core::EventKind::Detected:
      return IM_COL32(232, 93, 80, 255);
    case core::EventKind::Acknowledged:
      return IM_COL32(240, 166, 74, 255);
    case core::EventKind::InvestigationStarted:
      return IM_COL32(226, 201, 90, 255);
    case core::EventKind::RootCauseIdentified:
      return IM_COL32(176, 132, 230, 255);
    case core::EventKind::Mitigated:
      return IM_COL32(90, 170, 240, 255);
    case core::EventKind::FixApplied:
      return IM_COL32(80, 200, 200, 255);
    case core::EventKind::Resolved:
      return IM_COL32(98, 196, 120, 255);
    case core::EventKind::Communication:
      return IM_COL32(200, 200, 210, 255);
    case core::EventKind::Note:
      return IM_COL32(150, 150, 160, 255);
  }
  return IM_COL32(150, 150, 160, 255);
}

std::optional<std::size_t> TimelineChart::draw(const FrameInput& input,
                                               std::optional<std::size_t> selected) {
  const core::PostMortem& pm = input.document->postmortem();
  const core::TimelineMetrics& metrics = input.insights->metrics;
  std::optional<core::UtcSeconds> first, last;
  for (const core::TimelineEvent& e : pm.timeline) {
    if (!e.at) continue;
    first = first ? std::min(*first, *e.at) : *e.at;
    last = last ? std::max(*last, *e.at) : *e.at;
  }
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("Timeline chart", ImVec2(width, kHeight));
  if (!first) {
    ImGui::GetWindowDrawList()->AddText(ImVec2(origin.x + 8, origin.y + kHeight * 0.4f),
                                        ImGui::GetColorU32(ImGuiCol_TextDisabled),
                                        "The chart appears once events have times.");
    return std::nullopt;
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const long long raw_span = (*last - *first).count();
  const long long pad = std::max<long long>(60, raw_span / 20);
  const core::UtcSeconds start = *first - std::chrono::seconds(pad);
  const long long span = raw_span + 2 * pad;
  const float left = origin.x + 12.0f, right = origin.x + width - 12.0f;
  const float axis_y = origin.y + kHeight - kAxisFromBottom;
  auto x_of = [&](core::UtcSeconds t) {
    return left +
           (right - left) * static_cast<float>((t - start).count()) / static_cast<float>(span);
  };
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const ImU32 faint = ImGui::GetColorU32(ImGuiCol_TextDisabled);

  // Phases of a long incident as labelled bands behind everything else.
  for (std::size_t i = 0; i < metrics.phases.size(); ++i) {
    const core::PhaseSpan& phase = metrics.phases[i];
    const ImU32 band = i % 2 ? IM_COL32(128, 128, 160, 28) : IM_COL32(128, 128, 160, 14);
    draw->AddRectFilled(ImVec2(x_of(phase.start), origin.y), ImVec2(x_of(phase.end), axis_y), band);
    const std::string label(core::phase_label(phase.phase));
    draw->AddText(ImVec2(x_of(phase.start) + 4, origin.y + 2), faint, label.c_str());
  }
  // Detection -> mitigation, and mitigation -> resolution.
  const auto detected = core::milestone_time(pm.timeline, core::EventKind::Detected);
  const auto mitigated = core::milestone_time(pm.timeline, core::EventKind::Mitigated);
  const auto resolved = core::milestone_time(pm.timeline, core::EventKind::Resolved);
  const float band_top = origin.y + 22.0f;
  if (detected && mitigated && *mitigated > *detected)
    draw->AddRectFilled(ImVec2(x_of(*detected), band_top), ImVec2(x_of(*mitigated), axis_y),
                        with_alpha(event_kind_colour(core::EventKind::Detected), 40));
  const auto mitigation_end = mitigated ? mitigated : detected;
  if (mitigation_end && resolved && *resolved > *mitigation_end)
    draw->AddRectFilled(ImVec2(x_of(*mitigation_end), band_top), ImVec2(x_of(*resolved), axis_y),
                        with_alpha(event_kind_colour(core::EventKind::Resolved), 40));

  // The axis and its ticks.
  draw->AddLine(ImVec2(left, axis_y), ImVec2(right, axis_y), faint);
  const long long step = tick_seconds(span, right - left);
  const long long first_tick = (start.time_since_epoch().count() / step + 1) * step;
  for (long long t = first_tick; t < start.time_since_epoch().count() + span; t += step) {
    const core::UtcSeconds tick{std::chrono::seconds(t)};
    const float x = x_of(tick);
    draw->AddLine(ImVec2(x, axis_y), ImVec2(x, axis_y + 4), faint);
    const std::string label = tick_label(tick, step);
    draw->AddText(ImVec2(x - ImGui::CalcTextSize(label.c_str()).x * 0.5f, axis_y + 6), faint,
                  label.c_str());
  }

  // The marks: milestones tall, notes short; the hovered one wins a tooltip and a click.
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool hovered_chart = ImGui::IsItemHovered();
  std::optional<std::size_t> hovered;
  float best = kMarkRadius * 2.0f;
  // Why marks are thinned per pixel column: a long incident has thousands of events on a few
  // hundred pixels; drawing each would cost vertices and show nothing more. Every event can
  // still be hovered and clicked.
  const std::size_t columns = static_cast<std::size_t>(std::max(1.0f, right - left)) + 2;
  drawn_.assign(columns * 2, false);
  for (std::size_t i = 0; i < pm.timeline.size(); ++i) {
    const core::TimelineEvent& e = pm.timeline[i];
    if (!e.at) continue;
    const float x = x_of(*e.at);
    const bool milestone = core::is_milestone(e.kind);
    const float y = milestone ? band_top + 10.0f : axis_y - 16.0f;
    const std::size_t column =
        std::min(columns - 1, static_cast<std::size_t>(std::max(0.0f, x - left)));
    const std::size_t slot = column * 2 + (milestone ? 1 : 0);
    if (!drawn_[slot] || selected == i) {
      drawn_[slot] = true;
      draw->AddLine(ImVec2(x, y), ImVec2(x, axis_y), with_alpha(event_kind_colour(e.kind), 160));
      draw->AddCircleFilled(ImVec2(x, y), kMarkRadius, event_kind_colour(e.kind), 12);
    }
    if (selected == i) draw->AddCircle(ImVec2(x, y), kMarkRadius + 3.0f, text, 0, 2.0f);
    const float distance = std::abs(mouse.x - x) + std::abs(mouse.y - y) * 0.25f;
    if (hovered_chart && distance < best) {
      best = distance;
      hovered = i;
    }
  }
  if (!hovered) return std::nullopt;
  const core::TimelineEvent& e = pm.timeline[*hovered];
  ImGui::BeginTooltip();
  ImGui::Text("%s  %s", core::format_display_time(*e.at).c_str(), core::label_of(e.kind).data());
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
  ImGui::TextUnformatted(e.text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
  if (ImGui::IsItemClicked()) return hovered;
  return std::nullopt;
}

}  // namespace hindsight::ui
