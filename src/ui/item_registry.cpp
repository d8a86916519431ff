#include "ui/item_registry.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace hindsight::ui {

void ItemRegistry::attach(ImGuiContext* context) {
  // ImGuiContext::TestEngine is the context's slot for test-engine data: the hooks below find
  // the registry there, so no global is needed.
  context->TestEngine = this;
  context->TestEngineHookItems = true;
}

void ItemRegistry::end_frame() {
  // "Debug##Default" is ImGui's implicit fallback window: it is begun every frame but never shown
  // unless something draws outside a window, so it is not part of what the user sees.
  std::erase_if(building_, [](const UiItem& item) {
    return item.label.empty() || item.label == "Debug##Default";
  });
  finished_.swap(building_);
  building_.clear();
}

const UiItem* ItemRegistry::find(const std::string& path) const {
  auto it = std::find_if(finished_.begin(), finished_.end(),
                         [&](const UiItem& item) { return item.label == path; });
  if (it != finished_.end()) return &*it;
  const std::size_t slash = path.find('/');
  if (slash == std::string::npos) return nullptr;
  const std::string window = path.substr(0, slash), label = path.substr(slash + 1);
  it = std::find_if(finished_.begin(), finished_.end(), [&](const UiItem& item) {
    return item.window == window && item.label == label;
  });
  return it == finished_.end() ? nullptr : &*it;
}

namespace {

// ImGui names a child region "Parent/Name_1A2B3C4D" (its parent's name, '/', the given name and
// its id in hex). Tests know only the given name: keep the last component without the id.
std::string given_window_name(const char* full) {
  std::string name = full ? full : "";
  const std::size_t slash = name.rfind('/');
  if (slash == std::string::npos) return name;
  name.erase(0, slash + 1);
  const std::size_t underscore = name.rfind('_');
  if (underscore != std::string::npos && name.size() - underscore == 9) name.erase(underscore);
  return name;
}

}  // namespace

void ItemRegistry::on_item_add(std::uint32_t id, const char* window, float x0, float y0, float x1,
                               float y1) {
  building_.push_back(UiItem{id, {}, given_window_name(window), x0, y0, x1 - x0, y1 - y0});
}

void ItemRegistry::on_item_info(std::uint32_t id, const char* label) {
  if (label == nullptr || *label == '\0') return;
  // The info hook follows the add hook of the same item, so search from the back.
  for (auto it = building_.rbegin(); it != building_.rend(); ++it) {
    if (it->id == id) {
      if (it->label.empty()) it->label = label;
      return;
    }
  }
}

}  // namespace hindsight::ui

// Dear ImGui calls these when built with IMGUI_ENABLE_TEST_ENGINE and TestEngineHookItems is set.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb,
                                 const ImGuiLastItemData*) {
  if (auto* registry = static_cast<hindsight::ui::ItemRegistry*>(ctx->TestEngine))
    registry->on_item_add(id, ctx->CurrentWindow ? ctx->CurrentWindow->Name : nullptr, bb.Min.x,
                          bb.Min.y, bb.Max.x, bb.Max.y);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags) {
  if (auto* registry = static_cast<hindsight::ui::ItemRegistry*>(ctx->TestEngine))
    registry->on_item_info(id, label);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
