#include "ui/panels/brainstorm_board.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "core/model/commands.hpp"
#include "core/model/enum_names.hpp"
#include "core/model/text.hpp"
#include "ui/panels/workflow_guides.hpp"
#include "ui/widgets/entry_field.hpp"
#include "ui/widgets/table_headers.hpp"

namespace hindsight::ui {
namespace {

using Categories = core::EnumTable<core::ActionCategory>;

void draw_idea(std::size_t index, const core::Idea& idea, FrameOutput& output) {
  const std::string suffix = "##idea " + std::to_string(index);
  ImGui::PushID(static_cast<int>(index));
  ImGui::Bullet();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(idea.text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Indent();
  if (ImGui::SmallButton(("Make action" + suffix).c_str()))
    output.push(intent::Edit{"Make idea an action",
                             [index](core::PostMortem& pm) { core::promote_idea(pm, index); },
                             std::nullopt});
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Move it to the action items, then give it an owner and a due date");
  ImGui::SameLine();
  if (ImGui::SmallButton(("x" + suffix).c_str()))
    output.push(intent::Edit{"Remove idea",
                             [index](core::PostMortem& pm) { core::remove_idea(pm, index); },
                             std::nullopt});
  ImGui::Unindent();
  ImGui::PopID();
}

}  // namespace

void BrainstormBoard::draw_category(const FrameInput& input, std::size_t column,
                                    FrameOutput& output) {
  const auto& name = Categories::names[column];
  const core::ActionCategory category = name.value;
  ImGui::PushID(static_cast<int>(column));
  ImGui::PushTextWrapPos(0.0f);
  for (std::string_view question : brainstorm_questions(category))
    ImGui::TextDisabled("%.*s", static_cast<int>(question.size()), question.data());
  ImGui::PopTextWrapPos();
  const std::vector<core::Idea>& ideas = input.document->postmortem().ideas;
  for (std::size_t i = 0; i < ideas.size(); ++i)
    if (ideas[i].category == category) draw_idea(i, ideas[i], output);
  const std::string id = "##new idea " + std::string(name.key);
  if (std::optional<std::string> text =
          entry_field(id.c_str(), "An idea, then Enter", drafts_[column], -FLT_MIN)) {
    core::Idea idea{category, std::move(*text)};
    output.push(intent::Edit{"Add idea", [idea](core::PostMortem& pm) { core::add_idea(pm, idea); },
                             std::nullopt});
  }
  ImGui::PopID();
}

void BrainstormBoard::draw(const FrameInput& input, FrameOutput& output) {
  constexpr ImGuiTableFlags kFlags =
      ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("brainstorm", static_cast<int>(Categories::names.size()), kFlags,
                         ImGui::GetContentRegionAvail()))
    return;
  ImGui::TableSetupScrollFreeze(0, 1);
  for (const auto& name : Categories::names)
    ImGui::TableSetupColumn(name.label.data(), ImGuiTableColumnFlags_WidthStretch);
  draw_table_headers();
  ImGui::TableNextRow();
  for (std::size_t column = 0; column < Categories::names.size(); ++column) {
    ImGui::TableNextColumn();
    draw_category(input, column, output);
  }
  ImGui::EndTable();
}

}  // namespace hindsight::ui
