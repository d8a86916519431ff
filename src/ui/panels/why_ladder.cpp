#include "ui/panels/why_ladder.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <string_view>

#include "core/model/commands.hpp"
#include "core/model/enum_names.hpp"
#include "core/model/text.hpp"
#include "ui/panels/finding_notes.hpp"

namespace hindsight::ui {
namespace {

constexpr ImGuiInputTextFlags kText = ImGuiInputTextFlags_NoUndoRedo;
constexpr const char* kWhyPrompt = "Why? \xe2\x86\x92";  // "Why? →", as the workflow writes it

std::string chain_path(std::size_t chain) { return "/analysis/five_whys/" + std::to_string(chain); }

std::string step_path(std::size_t chain, std::size_t step) {
  return chain_path(chain) + "/whys/" + std::to_string(step);
}

// "0.2": chain 0, step 2; the suffix of every widget of one step.
std::string step_suffix(std::size_t chain, std::size_t step) {
  return std::to_string(chain) + "." + std::to_string(step);
}

void push(FrameOutput& output, std::string label, core::Command command,
          std::optional<core::MergeKey> merge = std::nullopt) {
  output.push(intent::Edit{std::move(label), std::move(command), std::move(merge)});
}

// The root cause a step was concluded as: the one whose text is the step's text.
const core::RootCause* concluded_as(const core::PostMortem& pm, std::string_view why) {
  const std::string_view text = core::trim(why);
  if (text.empty()) return nullptr;
  for (const core::RootCause& cause : pm.analysis.root_causes)
    if (core::trim(cause.text) == text) return &cause;
  return nullptr;
}

void chain_notes(const FrameInput& input, const std::string& path) {
  draw_finding_notes(path, findings_at(input, path));
}

}  // namespace

void WhyLadder::draw_step_buttons(const FrameInput& input, std::size_t chain, std::size_t step,
                                  FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  const std::string suffix = step_suffix(chain, step);
  ImGui::SameLine();
  if (ImGui::SmallButton(("Branch##" + suffix).c_str()))
    push(output, "Branch 5 Whys chain",
         [chain, step](core::PostMortem& p) { core::branch_five_whys(p, chain, step); });
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Start a new chain for another contributing factor from this step");
  ImGui::SameLine();
  const core::RootCause* concluded = concluded_as(pm, pm.analysis.five_whys[chain].whys[step]);
  ImGui::BeginDisabled(concluded != nullptr ||
                       core::trim(pm.analysis.five_whys[chain].whys[step]).empty());
  if (ImGui::SmallButton(("Conclude##" + suffix).c_str())) ImGui::OpenPopup("conclude");
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip(concluded ? "Already a root cause" : "Record this step as a root cause");
  if (ImGui::BeginPopup("conclude")) {
    ImGui::TextDisabled("How sure is the team?");
    for (const auto& name : core::EnumTable<core::Confidence>::names) {
      const std::string label = std::string(name.label) + "##conclude";
      if (ImGui::MenuItem(label.c_str())) {
        const core::Confidence confidence = name.value;
        push(output, "Conclude root cause", [chain, step, confidence](core::PostMortem& p) {
          core::conclude_why(p, chain, step, confidence);
        });
      }
    }
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  if (ImGui::SmallButton(("...##step " + suffix).c_str())) ImGui::OpenPopup("step menu");
  if (ImGui::BeginPopup("step menu")) {
    if (ImGui::MenuItem("Insert step above##step"))
      push(output, "Insert why",
           [chain, step](core::PostMortem& p) { core::insert_why(p, chain, step, ""); });
    if (ImGui::MenuItem("Remove step##step"))
      push(output, "Remove why",
           [chain, step](core::PostMortem& p) { core::remove_why(p, chain, step); });
    ImGui::EndPopup();
  }
  if (concluded) {
    ImGui::SameLine();
    ImGui::TextDisabled("\xe2\x86\x92 %s, %s", concluded->id.c_str(),
                        core::label_of(concluded->confidence).data());
  }
}

void WhyLadder::draw_step(const FrameInput& input, std::size_t chain, std::size_t step,
                          UiState& state, FrameOutput& output) {
  const core::FiveWhys& whys = input.document->postmortem().analysis.five_whys[chain];
  const std::string suffix = step_suffix(chain, step);
  ImGui::PushID(static_cast<int>(step));
  // Each step is indented a little more than the one before: the ladder reads downwards.
  const float indent =
      ImGui::GetFontSize() * 0.6f * static_cast<float>(std::min<std::size_t>(step, 6));
  if (indent > 0) ImGui::Indent(indent);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(kWhyPrompt);
  ImGui::SameLine();
  const ImGuiStyle& style = ImGui::GetStyle();
  const float buttons = ImGui::CalcTextSize("Branch").x + ImGui::CalcTextSize("Conclude").x +
                        ImGui::CalcTextSize("...").x + style.FramePadding.x * 6 +
                        style.ItemSpacing.x * 3;
  ImGui::SetNextItemWidth(-buttons);
  if (focus_step_ == std::pair{chain, step}) {
    ImGui::SetKeyboardFocusHere();
    focus_step_.reset();
  }
  std::string text = whys.whys[step];
  const bool enter = ImGui::InputTextWithHint(("##why " + suffix).c_str(), "Because...", &text,
                                              kText | ImGuiInputTextFlags_EnterReturnsTrue);
  if (ImGui::IsItemActivated()) ++state.edit_session;
  if (text != whys.whys[step])
    push(
        output, "Edit why",
        [chain, step, text](core::PostMortem& p) { core::update_why(p, chain, step, text); },
        core::MergeKey{step_path(chain, step), state.edit_session});
  if (enter && step + 1 == whys.whys.size()) {
    push(output, "Add why", [chain](core::PostMortem& p) { core::add_why(p, chain, ""); });
    focus_step_ = std::pair{chain, step + 1};
  }
  draw_step_buttons(input, chain, step, output);
  chain_notes(input, step_path(chain, step));
  if (indent > 0) ImGui::Unindent(indent);
  ImGui::PopID();
}

void WhyLadder::draw_chain(const FrameInput& input, std::size_t chain, UiState& state,
                           FrameOutput& output) {
  const core::FiveWhys& whys = input.document->postmortem().analysis.five_whys[chain];
  const std::string number = std::to_string(chain);
  const std::string path = chain_path(chain);
  ImGui::PushID(static_cast<int>(chain));
  ImGui::PushFont(state.fonts.heading);
  ImGui::Text("Chain %zu", chain + 1);
  ImGui::PopFont();
  ImGui::SameLine();
  if (ImGui::SmallButton(("Remove chain##" + number).c_str()))
    push(output, "Remove 5 Whys chain",
         [chain](core::PostMortem& p) { core::remove_five_whys(p, chain); });
  chain_notes(input, path);

  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Problem");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-FLT_MIN);
  std::string problem = whys.problem;
  const bool enter = ImGui::InputTextWithHint(("##problem " + number).c_str(),
                                              "What went wrong, as it was observed", &problem,
                                              kText | ImGuiInputTextFlags_EnterReturnsTrue);
  if (ImGui::IsItemActivated()) ++state.edit_session;
  if (problem != whys.problem)
    push(
        output, "Edit problem",
        [chain, problem](core::PostMortem& p) { core::set_five_whys_problem(p, chain, problem); },
        core::MergeKey{path + "/problem", state.edit_session});
  if (enter && whys.whys.empty()) {
    push(output, "Add why", [chain](core::PostMortem& p) { core::add_why(p, chain, ""); });
    focus_step_ = std::pair{chain, std::size_t{0}};
  }
  chain_notes(input, path + "/problem");

  for (std::size_t step = 0; step < whys.whys.size(); ++step)
    draw_step(input, chain, step, state, output);
  chain_notes(input, path + "/whys");
  if (ImGui::SmallButton(("Add why##" + number).c_str())) {
    push(output, "Add why", [chain](core::PostMortem& p) { core::add_why(p, chain, ""); });
    focus_step_ = std::pair{chain, whys.whys.size()};
  }

  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Conclusion");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-FLT_MIN);
  std::string conclusion = whys.conclusion;
  ImGui::InputTextWithHint(("##conclusion " + number).c_str(),
                           "The cause this chain ends at (Conclude on a step sets it)", &conclusion,
                           kText);
  if (ImGui::IsItemActivated()) ++state.edit_session;
  if (conclusion != whys.conclusion)
    push(
        output, "Edit conclusion",
        [chain, conclusion](core::PostMortem& p) {
          core::set_five_whys_conclusion(p, chain, conclusion);
        },
        core::MergeKey{path + "/conclusion", state.edit_session});
  chain_notes(input, path + "/conclusion");
  ImGui::PopID();
}

void WhyLadder::draw(const FrameInput& input, UiState& state, FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  if (focus_step_ && (focus_step_->first >= pm.analysis.five_whys.size() ||
                      focus_step_->second > pm.analysis.five_whys[focus_step_->first].whys.size()))
    focus_step_.reset();
  if (pm.analysis.five_whys.empty())
    ImGui::TextWrapped(
        "Start from the problem as it was observed and ask \"Why?\" until you reach causes the "
        "team can change: usually five times. Several factors? Branch a chain from any step.");
  for (std::size_t chain = 0; chain < pm.analysis.five_whys.size(); ++chain) {
    if (chain > 0) ImGui::Separator();
    draw_chain(input, chain, state, output);
  }
  ImGui::Spacing();
  if (ImGui::Button(kAddChainLabel))
    push(output, "Add 5 Whys chain", [](core::PostMortem& p) {
      core::FiveWhys chain;
      // A new chain asks about the same problem as the first, as a branch would.
      if (!p.analysis.five_whys.empty()) chain.problem = p.analysis.five_whys.front().problem;
      core::add_five_whys(p, std::move(chain));
    });
}

}  // namespace hindsight::ui
