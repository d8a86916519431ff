// App::state_json: the app's state as JSON for browser tests and diagnostics. Read-only: nothing
// here can change the library. Items are the last drawn frame's labelled widgets, in UI units.
#include <imgui.h>

#include <nlohmann/json.hpp>

#include "app/app.hpp"

namespace hindsight::app {

std::string App::state_json() const {
  nlohmann::json items = nlohmann::json::array();
  for (const ui::UiItem& item : items_.items()) {
    items.push_back({{"id", item.id},
                     {"label", item.label},
                     {"x", item.x},
                     {"y", item.y},
                     {"width", item.width},
                     {"height", item.height}});
  }
  nlohmann::json titles = nlohmann::json::array();
  for (const core::PostMortem& p : library_.postmortems) titles.push_back(p.incident.title);
  const ImGuiIO& io = ImGui::GetIO();
  const nlohmann::json state = {
      {"framesDrawn", frames_drawn_},
      {"display",
       {{"width", io.DisplaySize.x},
        {"height", io.DisplaySize.y},
        {"pixelScale", io.DisplayFramebufferScale.x}}},
      {"fontPixelScale", ui_.fonts.pixel_scale},
      {"theme", ui::theme_name(ui_.theme)},
      {"postmortems", titles},
      {"status", last_status_},
      {"items", items},
  };
  // Replace invalid UTF-8 rather than throw: a diagnostic must never stop the app.
  return state.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace hindsight::app
