#include "ui/panels/incident_form.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "core/model/commands.hpp"
#include "core/model/enum_names.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/fields.hpp"

namespace hindsight::ui {
namespace {

using core::IncidentText;

TextSetter incident_text(IncidentText field) {
  return [field](core::PostMortem& pm, const std::string& value) {
    core::set_incident_text(pm, field, value);
  };
}

// Two fields side by side: label above each, the column's width each.
struct Columns {
  explicit Columns(int count) { ImGui::Columns(count, nullptr, false); }
  ~Columns() { ImGui::Columns(1); }
};

void labelled_text(const char* label, const char* path, const std::string& value,
                   IncidentText field, const char* hint, const FrameInput& input, UiState& state,
                   FrameOutput& output) {
  field_label(label, path, input);
  text_field({label, path, hint}, value, incident_text(field), state, output);
}

}  // namespace

void IncidentForm::draw_date(const core::PostMortem& pm, UiState& state, FrameOutput& output) {
  ImGui::TextUnformatted("Date");
  std::string shown = date_invalid_ ? date_draft_ : pm.incident.date;
  ImGui::SetNextItemWidth(-1.0f);
  const bool typed_now =
      ImGui::InputTextWithHint("##Date", "YYYY-MM-DD", &shown, ImGuiInputTextFlags_NoUndoRedo);
  if (ImGui::IsItemActivated()) ++state.edit_session;
  const bool editing = ImGui::IsItemActive();
  if (typed_now) {
    const std::string typed = shown;
    core::PostMortem probe;
    date_invalid_ = !core::set_incident_date(probe, typed);
    date_draft_ = typed;
    if (!date_invalid_ && typed != pm.incident.date)
      output.push(intent::Edit{"Edit date",
                               [typed](core::PostMortem& p) { core::set_incident_date(p, typed); },
                               core::MergeKey{"/incident/date", state.edit_session}});
  }
  // The message waits until the user leaves the field: not mid-word, and not moving the fields
  // below while they type.
  if (date_invalid_ && !editing)
    ImGui::TextColored(tone_colour(Tone::error),
                       "Not a date: use YYYY-MM-DD, e.g. 2024-01-15");
}

void IncidentForm::draw_severity(const core::PostMortem& pm, FrameOutput& output) {
  ImGui::TextUnformatted("Severity");
  ImGui::SetNextItemWidth(-1.0f);
  std::string preview = pm.incident.severity.empty() ? "Not set" : pm.incident.severity;
  for (const core::SeverityLevel& level : pm.severity_scale)
    if (level.name == pm.incident.severity && !level.description.empty())
      preview += " - " + level.description;
  if (!ImGui::BeginCombo("##Severity", preview.c_str())) return;
  auto choose = [&](const std::string& name) {
    output.push(intent::Edit{"Edit severity",
                             [name](core::PostMortem& p) { core::set_incident_severity(p, name); },
                             std::nullopt});
  };
  if (ImGui::Selectable("Not set", pm.incident.severity.empty())) choose("");
  for (const core::SeverityLevel& level : pm.severity_scale) {
    const std::string item = level.name + " - " + level.description;
    if (ImGui::Selectable(item.c_str(), level.name == pm.incident.severity)) choose(level.name);
  }
  ImGui::EndCombo();
}

void IncidentForm::draw_status(const core::PostMortem& pm, FrameOutput& output) {
  ImGui::TextUnformatted("Status");
  ImGui::SetNextItemWidth(-1.0f);
  if (!ImGui::BeginCombo("##Status", core::label_of(pm.incident.status).data())) return;
  for (const auto& name : core::EnumTable<core::Status>::names) {
    if (ImGui::Selectable(name.label.data(), name.value == pm.incident.status)) {
      const core::Status status = name.value;
      output.push(intent::Edit{
          "Edit status", [status](core::PostMortem& p) { core::set_incident_status(p, status); },
          std::nullopt});
    }
  }
  ImGui::EndCombo();
}

void IncidentForm::draw(const FrameInput& input, UiState& state, FrameOutput& output) {
  const core::PostMortem& pm = input.document->postmortem();
  if (pm.id != shown_id_) {  // a draft belongs to the post-mortem it was typed for
    shown_id_ = pm.id;
    date_draft_.clear();
    date_invalid_ = false;
  }
  const core::Incident& incident = pm.incident;
  labelled_text("Title", "/incident/title", incident.title, IncidentText::Title,
                "Database connection pool exhausted", input, state, output);
  {
    Columns columns(2);
    draw_date(pm, state, output);
    ImGui::NextColumn();
    draw_severity(pm, output);
    ImGui::NextColumn();
    draw_status(pm, output);
    ImGui::NextColumn();
    labelled_text("Users affected", "/incident/users_affected", incident.users_affected,
                  IncidentText::UsersAffected, "~500 users", input, state, output);
  }
  {
    Columns columns(2);
    labelled_text("Author", "/incident/author", incident.author, IncidentText::Author,
                  "Who writes it up", input, state, output);
    ImGui::NextColumn();
    labelled_text("Facilitator", "/incident/facilitator", incident.facilitator,
                  IncidentText::Facilitator, "Who runs the meeting", input, state, output);
  }
  prose_field({"Impact", "/incident/impact", "", -1.0f}, incident.impact,
              incident_text(IncidentText::Impact), input, state, output,
              ImGui::GetTextLineHeightWithSpacing() * 3.5f);
  {
    Columns columns(2);
    ImGui::TextUnformatted("Reviewers");
    reviewers_.draw(pm, output);
    ImGui::NextColumn();
    ImGui::TextUnformatted("Attendees");
    attendees_.draw(pm, output);
    ImGui::NextColumn();
    ImGui::TextUnformatted("Services");
    services_.draw(pm, output);
    ImGui::NextColumn();
    ImGui::TextUnformatted("Tags");
    tags_.draw(pm, output);
  }
}

}  // namespace hindsight::ui
