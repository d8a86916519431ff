// Form fields bound to one text of the open post-mortem. A field shows the model's value; when the
// user types, it appends an Edit intent that sets the new value, merged with the edits before it
// while the field keeps focus, so a word typed is one undo step, not one per letter.
// Contract: fields never change the model themselves; the setter runs later, through the history.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "ui/frame_input.hpp"
#include "ui/intents.hpp"
#include "ui/ui_state.hpp"

namespace hindsight::ui {

using TextSetter = std::function<void(core::PostMortem&, const std::string&)>;

struct FieldSpec {
  const char* label;      // shown above the field; also its ImGui id (use "##" for more)
  std::string_view path;  // the model path ("/incident/title"): merge key and lint findings
  const char* hint = "";  // shown in an empty field
  float width = -1.0f;    // -1: the full width available
};

// A panel's section title ("Agenda", "5 Whys") in the heading face.
void section_heading(const UiState& state, const char* text);

// One line of text. Returns true on the frame its value changed.
bool text_field(const FieldSpec& spec, const std::string& value, const TextSetter& set,
                UiState& state, FrameOutput& output);

// Several lines of prose. `height` in UI units (0: about six lines).
bool prose_field(const FieldSpec& spec, const std::string& value, const TextSetter& set,
                 const FrameInput& input, UiState& state, FrameOutput& output, float height = 0);

// A label above a field, with a lint marker after it when the field has findings: an amber dot
// whose tooltip lists each finding's message and suggested rewrite. The marker is a widget named
// "Lint##<path>" so tests can find it.
void field_label(const char* label, std::string_view path, const FrameInput& input);

// The marker alone, at the cursor, for `findings` (nothing when there are none): the widget
// "Lint##<path>", whose tooltip lists them and then whatever `more` draws.
void lint_marker(std::string_view path, const std::vector<const core::Finding*>& findings,
                 const std::function<void()>& more = {});

}  // namespace hindsight::ui
