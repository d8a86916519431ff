// App::state_json and App::document_json: the app's state as JSON for browser tests and
// diagnostics. Read-only: nothing here can change the library. Items are the last drawn frame's
// labelled widgets, in UI units, with the window each was drawn in.
#include <imgui.h>
#include <imgui_internal.h>  // GetActiveID: which field has focus, for tests

#include <nlohmann/json.hpp>

#include "app/app.hpp"
#include "core/json/json_codec.hpp"
#include "core/model/time_format.hpp"

namespace hindsight::app {
namespace {

const char* save_state_name(storage::SaveState state) {
  switch (state) {
    case storage::SaveState::off:
      return "off";
    case storage::SaveState::saved:
      return "saved";
    case storage::SaveState::saving:
      return "saving";
    case storage::SaveState::failed:
      return "failed";
    case storage::SaveState::conflict:
      return "conflict";
  }
  return "";
}

}  // namespace

std::string App::state_json() const {
  nlohmann::json items = nlohmann::json::array();
  for (const ui::UiItem& item : items_.items()) {
    items.push_back({{"id", item.id},
                     {"label", item.label},
                     {"window", item.window},
                     {"x", item.x},
                     {"y", item.y},
                     {"width", item.width},
                     {"height", item.height}});
  }
  nlohmann::json titles = nlohmann::json::array();
  // What the library lists: the post-mortems read, and those listed from the stored index.
  for (const core::PostMortem& p : workspace_.library().postmortems)
    titles.push_back(p.incident.title);
  for (const storage::IndexEntry& entry : ui::still_reading(&workspace_.storage_info()))
    titles.push_back(entry.title);
  nlohmann::json open = nullptr;
  if (const core::OpenDocument* document = workspace_.document()) {
    const core::PostMortem& pm = document->postmortem();
    nlohmann::json warnings = nlohmann::json::array();
    for (const core::TimelineWarning& w : workspace_.insights().metrics.warnings)
      warnings.push_back(w.message);
    nlohmann::json findings = nlohmann::json::array();
    for (const core::Finding& f : workspace_.insights().findings)
      findings.push_back({{"rule", f.rule}, {"path", f.path}});
    const auto& m = workspace_.insights().metrics;
    auto seconds = [](const std::optional<std::chrono::seconds>& s) {
      return s ? nlohmann::json(s->count()) : nlohmann::json(nullptr);
    };
    open = {{"id", pm.id},
            {"title", pm.incident.title},
            {"events", pm.timeline.size()},
            {"revision", document->history.revision()},
            {"canUndo", document->history.can_undo()},
            {"canRedo", document->history.can_redo()},
            {"durations",
             {{"detect", seconds(m.to_detect)},
              {"acknowledge", seconds(m.to_acknowledge)},
              {"mitigate", seconds(m.to_mitigate)},
              {"resolve", seconds(m.to_resolve)},
              {"total", seconds(m.duration)}}},
            {"timelineWarnings", warnings},
            {"findings", findings},
            {"lintRevision", workspace_.insights().lint_revision},
            {"fileName", workspace_.insights().file_name}};
  }
  const ui::StorageInfo& stored = workspace_.storage_info();
  nlohmann::json quarantined = nlohmann::json::array();
  for (const storage::Quarantined& record : *stored.quarantined)
    quarantined.push_back({{"id", record.id}, {"reason", record.reason}});
  const char* persistence = stored.persistence == ui::Persistence::persistent  ? "persistent"
                            : stored.persistence == ui::Persistence::evictable ? "evictable"
                                                                               : "unknown";
  const nlohmann::json storage = {
      {"state", save_state_name(stored.status.state)},
      {"message", stored.status.message},
      {"persistence", persistence},
      {"quarantined", quarantined},
      {"conflict", stored.document_in_conflict},
      {"unsaved", workspace_.saves().has_unsaved()},
      {"writing", workspace_.saves().writing()},
      {"unwritten", workspace_.saves().unwritten()},
  };
  nlohmann::json import_plan = nullptr;  // the import waiting for review
  if (const transfer::ImportPlan* plan = workspace_.import_plan()) {
    nlohmann::json candidates = nlohmann::json::array();
    for (const transfer::ImportCandidate& c : plan->candidates)
      candidates.push_back({{"action", c.action == transfer::ImportAction::create    ? "create"
                                       : c.action == transfer::ImportAction::replace ? "replace"
                                                                                     : "unchanged"},
                            {"title", c.postmortem.incident.title},
                            {"source", c.source},
                            {"changes", c.changes.size()}});
    nlohmann::json problems = nlohmann::json::array();
    for (const transfer::FileProblem& p : plan->problems)
      problems.push_back({{"source", p.source}, {"reason", p.reason}});
    import_plan = {{"candidates", candidates}, {"problems", problems}, {"notes", plan->notes}};
  }
  nlohmann::json frame_ms = nlohmann::json::array();
  nlohmann::json gl_ms = nlohmann::json::array();
  for (const FrameTime& time : frame_timer_.recent()) {
    frame_ms.push_back(time.total_ms);
    gl_ms.push_back(time.gl_ms);
  }
  const ImGuiIO& io = ImGui::GetIO();
  const nlohmann::json state = {
      {"importPlan", import_plan},
      {"storage", storage},
      {"framesDrawn", frames_drawn_},
      {"frameTimes",
       {{"count", frame_timer_.count()}, {"recentMs", frame_ms}, {"recentGlMs", gl_ms}}},
      {"display",
       {{"width", io.DisplaySize.x},
        {"height", io.DisplaySize.y},
        {"pixelScale", io.DisplayFramebufferScale.x}}},
      {"fontPixelScale", workspace_.ui().fonts.pixel_scale},
      {"fontSizeFactor", workspace_.ui().fonts.built_size_factor},
      {"theme", ui::theme_name(workspace_.ui().theme)},
      {"postmortems", titles},
      // Post-mortems listed from the stored index, not read yet; and what the first frame listed.
      {"libraryReading", ui::still_reading(&stored).size()},
      {"libraryRead", !workspace_.reading_library()},
      {"libraryReadAtMs", library_read_at_ms_},
      {"listedAtFirstFrame", listed_at_first_frame_},
      {"open", open},
      {"downloads", downloads_},
      {"wantTextInput", io.WantTextInput},
      {"activeId", ImGui::GetActiveID()},
      {"status", last_status_},
      {"items", items},
  };
  // Replace invalid UTF-8 rather than throw: a diagnostic must never stop the app.
  return core::json_text(state);
}

std::string App::document_json() const {
  const core::OpenDocument* document = workspace_.document();
  return document ? core::save_json(document->postmortem()) : std::string();
}

}  // namespace hindsight::app
