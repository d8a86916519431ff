#include "ui/panels/action_table.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <numeric>

#include "core/model/commands.hpp"
#include "core/model/enum_names.hpp"
#include "core/model/text.hpp"
#include "ui/panels/due_text.hpp"
#include "ui/panels/priority_mark.hpp"
#include "ui/panels/workflow_guides.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/combo.hpp"
#include "ui/widgets/fields.hpp"
#include "ui/widgets/table_headers.hpp"

namespace hindsight::ui {
namespace {

using core::ActionItem;

enum Column { kPriority, kAction, kOwner, kDue, kEffort, kStatus, kTicket, kTriage, kAddresses };
constexpr int kColumns = 10;  // the nine above and the row menu
constexpr ImGuiInputTextFlags kCell = ImGuiInputTextFlags_NoUndoRedo;

std::string field_path(std::size_t row, const char* field) {
  return "/actions/" + std::to_string(row) + "/" + field;
}

std::string id_label(const char* label, const ActionItem& action) {
  return std::string(label) + " " + action.id;
}

intent::Edit update(const ActionItem& action, const char* label,
                    std::optional<core::MergeKey> merge = std::nullopt) {
  return intent::Edit{
      label,
      [id = action.id, action](core::PostMortem& pm) { core::update_action(pm, id, action); },
      std::move(merge)};
}

void draw_examples() {
  ImGui::Separator();
  ImGui::TextUnformatted("Concrete, measurable actions:");
  for (const ActionExample& example : kActionExamples) {
    ImGui::TextColored(tone_colour(Tone::error), "\xe2\x9c\x97 BAD: \"%.*s\"",
                       static_cast<int>(example.bad.size()), example.bad.data());
    ImGui::TextColored(tone_colour(Tone::done), "\xe2\x9c\x93 GOOD: \"%.*s\"",
                       static_cast<int>(example.good.size()), example.good.data());
  }
}

// Room kept at a cell's right for its lint marker.
float marker_room() { return ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemSpacing.x; }

// The marker after a cell's widget, for the findings about the cell's field.
void cell_marker(const std::string& path, const std::vector<const core::Finding*>& findings,
                 bool examples) {
  if (findings.empty()) return;
  ImGui::SameLine();
  lint_marker(path, findings, examples ? std::function<void()>(draw_examples) : nullptr);
}

// A one-line text cell bound to one string of the action.
void text_cell(const FrameInput& input, std::size_t row, const ActionItem& action,
               std::string ActionItem::*member, const char* id, const char* field, const char* hint,
               const char* edit_label, UiState& state, FrameOutput& output, bool examples = false) {
  const std::string path = field_path(row, field);
  const auto findings =
      input.insights ? input.insights->findings_for(path) : std::vector<const core::Finding*>{};
  std::string text = action.*member;
  ImGui::SetNextItemWidth(findings.empty() ? -FLT_MIN : -marker_room());
  ImGui::InputTextWithHint(id_label(id, action).c_str(), hint, &text, kCell);
  if (ImGui::IsItemActivated()) ++state.edit_session;
  if (text != action.*member) {
    ActionItem changed = action;
    changed.*member = text;
    output.push(update(changed, edit_label, core::MergeKey{path, state.edit_session}));
  }
  cell_marker(path, findings, examples);
}

template <class E>
int rank(E value) {
  return static_cast<int>(value);
}

// Whether `a` sorts before `b` by `column` (ascending).
bool before(const ActionItem& a, const ActionItem& b, int column) {
  auto text = [](const std::string& s) { return core::lowercase_ascii(core::trim(s)); };
  switch (column) {
    case kPriority:
      return rank(a.priority) < rank(b.priority);
    case kAction:
      return text(a.action) < text(b.action);
    case kOwner:
      return text(a.owner) < text(b.owner);
    case kDue:
      // Days sort by date (ISO sorts as text); words, which name no day, after them.
      if ((classify_due(a.due) == DueKind::Day) != (classify_due(b.due) == DueKind::Day))
        return classify_due(a.due) == DueKind::Day;
      return text(a.due) < text(b.due);
    case kEffort:
      return text(a.effort) < text(b.effort);
    case kStatus:
      return rank(a.status) < rank(b.status);
    case kTicket:
      return text(a.ticket) < text(b.ticket);
    case kTriage:
      return rank(a.triage) < rank(b.triage);
    case kAddresses:
      return a.addresses < b.addresses;
    default:
      return false;
  }
}

template <class E>
void enum_cell(const char* id, const ActionItem& action, E current,
               bool (*set)(core::PostMortem&, std::string_view, E), const char* edit_label,
               FrameOutput& output) {
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (!begin_combo(id_label(id, action).c_str(), core::label_of(current).data())) return;
  for (const auto& name : core::EnumTable<E>::names) {
    if (ImGui::Selectable(name.label.data(), name.value == current) && name.value != current) {
      const E value = name.value;
      output.push(intent::Edit{
          edit_label, [id = action.id, value, set](core::PostMortem& pm) { set(pm, id, value); },
          std::nullopt});
    }
  }
  ImGui::EndCombo();
}

void draw_priority(const ActionItem& action, FrameOutput& output) {
  draw_priority_dot(action.priority);
  ImGui::SameLine(0, 2);
  ImGui::SetNextItemWidth(-FLT_MIN);
  const bool open =
      begin_combo(id_label("##priority", action).c_str(), core::label_of(action.priority).data());
  if (!open && ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    draw_priority_criteria(action.priority);
    ImGui::EndTooltip();
  }
  if (!open) return;
  for (const auto& name : core::EnumTable<core::Priority>::names) {
    draw_priority_dot(name.value);
    ImGui::SameLine(0, 2);
    const std::string label = std::string(name.label) + "##priority";
    if (ImGui::Selectable(label.c_str(), name.value == action.priority) &&
        name.value != action.priority) {
      const core::Priority value = name.value;
      output.push(intent::Edit{"Edit priority",
                               [id = action.id, value](core::PostMortem& pm) {
                                 core::set_action_priority(pm, id, value);
                               },
                               std::nullopt});
    }
    if (ImGui::IsItemHovered()) {
      const std::string_view criterion = priority_criterion(name.value);
      ImGui::SetTooltip("%.*s", static_cast<int>(criterion.size()), criterion.data());
    }
  }
  ImGui::EndCombo();
}

void draw_addresses(const core::PostMortem& pm, const ActionItem& action, FrameOutput& output) {
  const auto& causes = pm.analysis.root_causes;
  const auto linked = std::find_if(causes.begin(), causes.end(), [&](const core::RootCause& c) {
    return !action.addresses.empty() && c.id == action.addresses;
  });
  ImGui::SetNextItemWidth(-FLT_MIN);
  const std::string preview = action.addresses.empty() ? "-" : action.addresses;
  const bool open = begin_combo(id_label("##addresses", action).c_str(), preview.c_str());
  if (!open && linked != causes.end() && ImGui::IsItemHovered())
    ImGui::SetTooltip("%s", linked->text.c_str());
  if (!open) return;
  auto link = [&](std::string cause) {
    output.push(intent::Edit{
        cause.empty() ? "Unlink action" : "Link action to root cause",
        [id = action.id, cause](core::PostMortem& p) { core::link_action(p, id, cause); },
        std::nullopt});
  };
  if (ImGui::Selectable("None##addresses", action.addresses.empty()) && !action.addresses.empty())
    link("");
  for (const core::RootCause& cause : causes) {
    const std::string label = cause.id + "  " + cause.text + "##" + cause.id;
    if (ImGui::Selectable(label.c_str(), cause.id == action.addresses) &&
        cause.id != action.addresses)
      link(cause.id);
  }
  if (causes.empty()) ImGui::TextDisabled("No root causes yet (phase 3)");
  ImGui::EndCombo();
}

void draw_row_menu(std::size_t row, std::size_t count, const ActionItem& action, bool sorted,
                   FrameOutput& output) {
  if (ImGui::SmallButton(id_label("...##row", action).c_str())) ImGui::OpenPopup("row menu");
  if (!ImGui::BeginPopup("row menu")) return;
  auto move = [&](std::size_t to) {
    output.push(intent::Edit{"Move action",
                             [row, to](core::PostMortem& pm) { core::move_action(pm, row, to); },
                             std::nullopt});
  };
  if (sorted) ImGui::TextDisabled("Sorted by a column: clear the sort to move rows");
  if (ImGui::MenuItem("Move up##row", nullptr, false, !sorted && row > 0)) move(row - 1);
  if (ImGui::MenuItem("Move down##row", nullptr, false, !sorted && row + 1 < count)) move(row + 1);
  if (ImGui::MenuItem("Delete action##row"))
    output.push(intent::Edit{
        "Delete action", [id = action.id](core::PostMortem& pm) { core::remove_action(pm, id); },
        std::nullopt});
  ImGui::EndPopup();
}

}  // namespace

void ActionTable::draw_due(const FrameInput& input, std::size_t row, UiState& state,
                           FrameOutput& output) {
  const ActionItem& action = input.document->postmortem().actions[row];
  const std::string path = field_path(row, "due");
  auto draft = due_drafts_.find(action.id);
  std::string shown = draft != due_drafts_.end() ? draft->second.text : action.due;
  // The lints' own findings about the due date win; a due date in words that no lint has
  // flagged yet is flagged here, so "next sprint" never passes for a date.
  auto findings =
      input.insights ? input.insights->findings_for(path) : std::vector<const core::Finding*>{};
  const core::Finding words{"", path, 0, "\"" + action.due + "\" names no day.", kWordsDueNote};
  if (findings.empty() && classify_due(action.due) == DueKind::Words) findings.push_back(&words);
  ImGui::SetNextItemWidth(findings.empty() ? -FLT_MIN : -marker_room());
  const bool edited =
      ImGui::InputTextWithHint(id_label("##due", action).c_str(), "YYYY-MM-DD", &shown, kCell);
  if (ImGui::IsItemActivated()) ++state.edit_session;
  const bool typing = ImGui::IsItemActive();
  if (edited) {
    if (classify_due(shown) == DueKind::NotADay) {
      due_drafts_[action.id] = DueDraft{shown};
    } else {
      due_drafts_.erase(action.id);
      if (shown != action.due) {
        ActionItem changed = action;
        changed.due = shown;
        output.push(update(changed, "Edit due date", core::MergeKey{path, state.edit_session}));
      }
    }
  }
  cell_marker(path, findings, false);
  // The message waits until the user leaves the cell: not mid-date.
  if (!typing && due_drafts_.count(action.id))
    ImGui::TextColored(tone_colour(Tone::error), "%s", kNotADayMessage);
}

void ActionTable::draw_row(const FrameInput& input, std::size_t row, UiState& state,
                           FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  const ActionItem& action = pm.actions[row];
  ImGui::PushID(action.id.c_str());
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  draw_priority(action, output);

  ImGui::TableNextColumn();
  if (focus_action_ == action.id) {
    // The request may come from outside the table ("Add action"): Dear ImGui moves keyboard
    // focus only within the focused window, so the table's window takes focus first.
    ImGui::SetWindowFocus();
    ImGui::SetKeyboardFocusHere();
    focus_action_.reset();
  }
  {
    const std::string path = field_path(row, "action");
    const auto findings =
        input.insights ? input.insights->findings_for(path) : std::vector<const core::Finding*>{};
    std::string text = action.action;
    ImGui::SetNextItemWidth(findings.empty() ? -FLT_MIN : -marker_room());
    const bool enter = ImGui::InputTextWithHint(id_label("##action", action).c_str(),
                                                "What will change, measurably", &text,
                                                kCell | ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::IsItemActivated()) ++state.edit_session;
    if (!action.merged.empty() && ImGui::IsItemHovered() && !ImGui::IsItemActive()) {
      ImGui::BeginTooltip();
      ImGui::TextUnformatted("Merged into this action:");
      for (const std::string& merged : action.merged) ImGui::BulletText("%s", merged.c_str());
      ImGui::EndTooltip();
    }
    if (text != action.action) {
      ActionItem changed = action;
      changed.action = text;
      output.push(update(changed, "Edit action", core::MergeKey{path, state.edit_session}));
    }
    if (enter && row + 1 == pm.actions.size()) {
      focus_action_ = core::next_action_id(pm);
      output.push(intent::Edit{"Add action", [](core::PostMortem& p) { core::add_action(p, {}); },
                               std::nullopt});
    }
    cell_marker(path, findings, true);
  }

  ImGui::TableNextColumn();
  text_cell(input, row, action, &ActionItem::owner, "##owner", "owner", "Name",
            "Edit owner", state, output);
  ImGui::TableNextColumn();
  draw_due(input, row, state, output);
  ImGui::TableNextColumn();
  text_cell(input, row, action, &ActionItem::effort, "##effort", "effort", "2 hours", "Edit effort",
            state, output);
  ImGui::TableNextColumn();
  enum_cell("##status", action, action.status, &core::set_action_status, "Edit action status",
            output);
  ImGui::TableNextColumn();
  text_cell(input, row, action, &ActionItem::ticket, "##ticket", "ticket", "Key or link",
            "Edit ticket", state, output);
  if (core::starts_with_ci(core::trim(action.ticket), "http") && ImGui::IsItemHovered())
    ImGui::SetTooltip("Ctrl+click to open %s", action.ticket.c_str());
  if (core::starts_with_ci(core::trim(action.ticket), "http") && ImGui::IsItemClicked() &&
      ImGui::GetIO().KeyCtrl)
    output.push(intent::OpenLink{std::string(core::trim(action.ticket))});
  ImGui::TableNextColumn();
  enum_cell("##triage", action, action.triage, &core::set_action_triage, "Edit triage", output);
  ImGui::TableNextColumn();
  draw_addresses(pm, action, output);
  ImGui::TableNextColumn();
  draw_row_menu(row, pm.actions.size(), action, sorted(), output);
  ImGui::PopID();
}

void ActionTable::read_sort() {
  ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  if (!specs) return;
  if (specs->SpecsCount > 0) {
    sort_column_ = specs->Specs[0].ColumnIndex;
    sort_descending_ = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
  } else {
    sort_column_ = -1;
  }
  specs->SpecsDirty = false;
}

std::vector<std::size_t> ActionTable::view_order(const core::PostMortem& pm) const {
  std::vector<std::size_t> order(pm.actions.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  if (sort_column_ < 0) return order;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const ActionItem &x = pm.actions[a], &y = pm.actions[b];
    return sort_descending_ ? before(y, x, sort_column_) : before(x, y, sort_column_);
  });
  return order;
}

void ActionTable::draw_content(const FrameInput& input, UiState& state, FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  if (pm.id != shown_id_) {  // drafts belong to the post-mortem they were typed for
    shown_id_ = pm.id;
    due_drafts_.clear();
    focus_action_.reset();
  }
  if (pm.actions.empty()) {
    ImGui::TextWrapped(
        "No action items yet. Add one, make one from an idea above, or turn a follow-up "
        "investigation into one (phase 3).");
    return;
  }
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                     ImGuiTableFlags_PadOuterX | ImGuiTableFlags_Sortable |
                                     ImGuiTableFlags_SortTristate;
  if (!ImGui::BeginTable("actions", kColumns, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  const float em = ImGui::GetFontSize();
  constexpr auto kFixed = ImGuiTableColumnFlags_WidthFixed;
  constexpr auto kStretch = ImGuiTableColumnFlags_WidthStretch;
  ImGui::TableSetupColumn("Priority", kFixed, em * 6.4f);
  ImGui::TableSetupColumn("Action", kStretch, 3.0f);
  ImGui::TableSetupColumn("Owner", kStretch, 1.0f);
  // Wide enough for the date format its empty cell shows, and the lint marker beside it, in
  // whatever face and size is in use.
  const float due_width = ImGui::CalcTextSize("YYYY-MM-DD").x +
                          ImGui::GetStyle().FramePadding.x * 2.0f + ImGui::GetTextLineHeight() +
                          ImGui::GetStyle().ItemSpacing.x + em * 0.5f;
  ImGui::TableSetupColumn("Due", kFixed, std::max(em * 7.0f, due_width));
  ImGui::TableSetupColumn("Effort", kFixed, em * 5.0f);
  ImGui::TableSetupColumn("Status", kFixed, em * 6.6f);
  ImGui::TableSetupColumn("Ticket", kStretch, 0.9f);
  ImGui::TableSetupColumn("Triage", kFixed, em * 7.0f);
  ImGui::TableSetupColumn("Addresses", kFixed, em * 4.8f);
  ImGui::TableSetupColumn("##rows", kFixed | ImGuiTableColumnFlags_NoSort, em * 1.8f);
  read_sort();
  draw_table_headers();
  for (std::size_t row : view_order(pm)) draw_row(input, row, state, output);
  ImGui::EndTable();
}

}  // namespace hindsight::ui
