// Modal dialogs placed as every Hindsight dialog is: centred on the window and sized to a share
// of it when they appear, then left where the user moves or sizes them.
// Contract: Dear ImGui calls only; never changes the model.
#pragma once

namespace hindsight::ui {

// The next window, when it appears: centred, `share` of the window's width and height.
void place_next_dialog(float share);

// Opens the modal `name` on the frame `open_requested` is set (and clears it), placed by
// place_next_dialog. True while it is open; the caller then ends it with ImGui::EndPopup().
bool begin_dialog(const char* name, bool& open_requested, float share);

}  // namespace hindsight::ui
