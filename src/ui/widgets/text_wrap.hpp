// A multi-line text field that wraps its text at the field's width while editing.
// Owns: the soft line breaks in the edit buffer, mapping the cursor and selection across them,
// and the field's undo history. The caller only ever sees the unwrapped text: a soft break never
// reaches the value, the clipboard or the model. Never wraps by changing the caller's text.
//
// How: Dear ImGui 1.90.1's InputTextMultiline cannot wrap (ocornut/imgui #952, #1062, #3237; a
// wrap flag arrived in 1.92.3, marked experimental), and its layout callback is internal. So the
// edit buffer holds the text with a soft break, U+200B ZERO WIDTH SPACE + '\n', wherever a line
// must wrap; the font draws U+200B as nothing, so the break shows as an ordinary wrap. On every
// frame the field is active a callback removes the soft breaks, re-wraps at the current width
// (ImFont::CalcWordWrapPositionA, the wrap rule of ImGui's wrapped labels) and maps the cursor and
// selection through the unwrapped offsets. The buffer is changed only through the callback's
// DeleteChars/InsertChars, which is the way ImGui's author gives for editing from a callback
// (ocornut/imgui #7363); writing to the buffer directly is not supported.
//
// Why the field keeps its own undo: ImGui records every change a callback makes as an undo step.
// Undoing a re-wrap would bring back a stale wrap, the callback would re-wrap at once and record
// that again, and Ctrl+Z could never get past it. ImGui's undo is off here and the field undoes
// whole unwrapped states instead (typing within a second counts as one step).
//
// Limits: a U+200B typed or pasted into the field is dropped (it is invisible anyway, and every
// U+200B in the buffer must be a soft break). A U+200B already followed by '\n' in the value is
// read as a soft break and lost once the field is edited.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

namespace hindsight::ui {

// The soft line break written into the edit buffer: U+200B in UTF-8, then a newline.
inline constexpr std::string_view kSoftBreak = "\xE2\x80\x8B\n";

// `plain` with a soft break wherever a line is wider than `width` (pixels at `font_size`).
// Lines break after blanks (which stay on the line they end) or after . , ; ! ? "; a word longer
// than a line is cut. Real newlines are kept. width <= 0 wraps nothing.
std::string wrap_soft(std::string_view plain, const ImFont& font, float font_size, float width);

// `wrapped` without its soft breaks.
std::string remove_soft_breaks(std::string_view wrapped);

// Byte offset in the unwrapped text of byte offset `offset` in `wrapped` (an offset inside a soft
// break counts as the break's start).
int unwrapped_offset(std::string_view wrapped, int offset);

// Byte offset in `wrapped` of byte offset `offset` in its unwrapped text. At a soft break it is
// the start of the next line, where a cursor that has just typed past the break belongs.
int wrapped_offset(std::string_view wrapped, int offset);

// Who undoes typing in the field: the field itself (Ctrl+Z and Ctrl+Y inside it), or the caller,
// as the editor does through the post-mortem's history (the field then leaves those keys alone).
enum class WrappedUndo { OwnHistory, Caller };

// InputTextMultiline that wraps at its width. Returns true when `value` changed this frame.
// `flags` may add e.g. ImGuiInputTextFlags_ReadOnly; the callback flags are the field's own.
bool input_text_wrapped(const char* label, std::string& value, const ImVec2& size = ImVec2(0, 0),
                        ImGuiInputTextFlags flags = 0, WrappedUndo undo = WrappedUndo::OwnHistory);

}  // namespace hindsight::ui
