#include "ui/widgets/text_wrap.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <vector>

namespace hindsight::ui {
namespace {

constexpr unsigned int kZeroWidthSpace = 0x200B;
constexpr double kUndoMergeSeconds = 1.0;  // typing within this long is one undo step
constexpr std::size_t kUndoDepth = 100;

bool is_soft_break_at(std::string_view text, std::size_t i) {
  return text.compare(i, kSoftBreak.size(), kSoftBreak) == 0;
}

int utf8_length_before(std::string_view text, int offset) {
  int start = offset - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return offset - std::max(start, 0);
}

struct Snapshot {
  std::string plain;
  int cursor = 0;  // unwrapped byte offset
};

// The edit session of the active field. ImGui has one active text field at a time, so one
// session is enough; it starts over when another field (or the same one, later) is activated.
struct Session {
  ImGuiContext* context = nullptr;
  ImGuiID id = 0;
  int last_frame = -1;
  int cursor = 0;  // wrapped byte offset after the last frame's fix-up
  Snapshot current;
  std::vector<Snapshot> undo, redo;
  double last_edit_time = -1.0e9;
};
Session session;

struct FieldContext {
  std::string* buffer;  // the wrapped edit buffer (ImGui's copy of it while active)
  ImGuiID id;
  float wrap_width;
  WrappedUndo undo;
};

void replace_buffer(ImGuiInputTextCallbackData* data, const std::string& text) {
  data->DeleteChars(0, data->BufTextLen);
  data->InsertChars(0, text.data(), text.data() + text.size());
}

// Where the cursor goes when it lands inside a soft break (on its U+200B, or between it and the
// newline), positions that look the same as the line's end but are not in the text. Coming from
// further on (Left, Up) or from another line (Down, a click), the cursor stays on the line it
// landed on, before its last character; moving along the same line (Right, End) it steps over the
// break to the next line's start. Either way one key press moves one character in the text.
int nudge_out_of_soft_break(std::string_view wrapped, int cursor, int previous) {
  std::size_t start = std::string_view::npos;
  for (int back : {0, static_cast<int>(kSoftBreak.size()) - 1})
    if (cursor - back >= 0 && is_soft_break_at(wrapped, static_cast<std::size_t>(cursor - back)))
      start = static_cast<std::size_t>(cursor - back);
  const int plain = unwrapped_offset(wrapped, cursor);
  if (start == std::string_view::npos) return plain;
  const bool same_line_before =
      previous <= static_cast<int>(start) &&
      wrapped.substr(static_cast<std::size_t>(previous), start - previous).find('\n') ==
          std::string_view::npos;
  if (same_line_before) return plain;
  return plain - utf8_length_before(wrapped, static_cast<int>(start));
}

bool shortcut_down(const ImGuiIO& io) {
  return io.ConfigMacOSXBehaviors ? io.KeySuper : io.KeyCtrl;
}

// Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z against the session's history; true when `plain` was replaced.
bool apply_undo_keys(std::string& plain, int& cursor) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!shortcut_down(io)) return false;
  const bool undo = ImGui::IsKeyPressed(ImGuiKey_Z) && !io.KeyShift;
  const bool redo =
      ImGui::IsKeyPressed(ImGuiKey_Y) || (ImGui::IsKeyPressed(ImGuiKey_Z) && io.KeyShift);
  std::vector<Snapshot>& from = undo ? session.undo : session.redo;
  std::vector<Snapshot>& to = undo ? session.redo : session.undo;
  if ((!undo && !redo) || from.empty()) return false;
  to.push_back(session.current);
  session.current = from.back();
  from.pop_back();
  session.last_edit_time = -1.0e9;  // the next keystroke starts a new step
  plain = session.current.plain;
  cursor = session.current.cursor;
  return true;
}

void record_edit(const std::string& plain, int cursor) {
  const double now = ImGui::GetTime();
  if (now - session.last_edit_time > kUndoMergeSeconds) {
    session.undo.push_back(session.current);
    if (session.undo.size() > kUndoDepth) session.undo.erase(session.undo.begin());
  }
  session.redo.clear();
  session.last_edit_time = now;
  session.current = {plain, cursor};
}

// Backspace at the start of a wrapped line deletes the soft break's newline and leaves its U+200B
// behind: the text is then the previous text with a U+200B at the break. Do what Backspace means
// there instead, delete the character before the break.
bool backspace_hit_soft_break(std::string& plain, int& cursor) {
  const std::string& before = session.current.plain;
  const std::string_view zwsp = kSoftBreak.substr(0, 3);
  const std::size_t at = static_cast<std::size_t>(cursor) - zwsp.size();
  if (cursor < static_cast<int>(zwsp.size()) || plain.size() != before.size() + zwsp.size() ||
      plain.compare(at, zwsp.size(), zwsp) != 0 || plain.compare(0, at, before, 0, at) != 0 ||
      plain.compare(at + zwsp.size(), std::string::npos, before, at) != 0 || at == 0)
    return false;
  const int length = utf8_length_before(before, static_cast<int>(at));
  plain = before;
  plain.erase(at - static_cast<std::size_t>(length), static_cast<std::size_t>(length));
  cursor = static_cast<int>(at) - length;
  return true;
}

int on_every_frame(ImGuiInputTextCallbackData* data, const FieldContext& field) {
  const std::string_view wrapped(data->Buf, static_cast<std::size_t>(data->BufTextLen));
  std::string plain = remove_soft_breaks(wrapped);
  const bool new_session = session.context != ImGui::GetCurrentContext() ||
                           session.id != field.id ||
                           session.last_frame != ImGui::GetFrameCount() - 1;
  if (new_session) {
    session = Session{};
    session.context = ImGui::GetCurrentContext();
    session.id = field.id;
    session.cursor = data->CursorPos;
    session.current = {plain, unwrapped_offset(wrapped, data->CursorPos)};
  }
  session.last_frame = ImGui::GetFrameCount();

  const bool had_selection = data->SelectionStart != data->SelectionEnd;
  int cursor = nudge_out_of_soft_break(wrapped, data->CursorPos, session.cursor);
  int selection_start = data->SelectionStart == data->CursorPos
                            ? cursor
                            : unwrapped_offset(wrapped, data->SelectionStart);
  int selection_end = data->SelectionEnd == data->CursorPos
                          ? cursor
                          : unwrapped_offset(wrapped, data->SelectionEnd);

  const bool read_only = (data->Flags & ImGuiInputTextFlags_ReadOnly) != 0;
  if (!read_only && backspace_hit_soft_break(plain, cursor)) {
    selection_start = selection_end = cursor;
  }
  if (!read_only) {
    if (field.undo == WrappedUndo::OwnHistory && apply_undo_keys(plain, cursor)) {
      selection_start = selection_end = cursor;
    } else if (plain != session.current.plain) {
      record_edit(plain, cursor);
    } else {
      session.current.cursor = cursor;
    }
  }

  const std::string rewrapped =
      read_only ? std::string(wrapped)
                : wrap_soft(plain, *ImGui::GetFont(), ImGui::GetFontSize(), field.wrap_width);
  if (rewrapped != wrapped) replace_buffer(data, rewrapped);
  data->CursorPos = wrapped_offset(rewrapped, cursor);
  data->SelectionStart =
      had_selection ? wrapped_offset(rewrapped, selection_start) : data->CursorPos;
  data->SelectionEnd = had_selection ? wrapped_offset(rewrapped, selection_end) : data->CursorPos;
  session.cursor = data->CursorPos;
  return 0;
}

int field_callback(ImGuiInputTextCallbackData* data) {
  auto& field = *static_cast<FieldContext*>(data->UserData);
  switch (data->EventFlag) {
    case ImGuiInputTextFlags_CallbackCharFilter:
      return data->EventChar == kZeroWidthSpace ? 1 : 0;  // every U+200B must be a soft break
    case ImGuiInputTextFlags_CallbackResize:
      field.buffer->resize(static_cast<std::size_t>(data->BufTextLen));
      data->Buf = field.buffer->data();
      return 0;
    case ImGuiInputTextFlags_CallbackAlways:
      return on_every_frame(data, field);
    default:
      return 0;
  }
}

// While the field runs, text copied or cut from it passes through remove_soft_breaks on its way
// to the clipboard, so a soft break never leaves the field.
class UnwrappingClipboard {
 public:
  UnwrappingClipboard() : io_(ImGui::GetIO()) {
    set_ = io_.SetClipboardTextFn;
    get_ = io_.GetClipboardTextFn;
    user_data_ = io_.ClipboardUserData;
    if (!set_) return;
    io_.SetClipboardTextFn = &UnwrappingClipboard::set_text;
    io_.GetClipboardTextFn = get_ ? &UnwrappingClipboard::get_text : nullptr;
    io_.ClipboardUserData = this;
  }
  ~UnwrappingClipboard() {
    io_.SetClipboardTextFn = set_;
    io_.GetClipboardTextFn = get_;
    io_.ClipboardUserData = user_data_;
  }
  UnwrappingClipboard(const UnwrappingClipboard&) = delete;
  UnwrappingClipboard& operator=(const UnwrappingClipboard&) = delete;

 private:
  static void set_text(void* self, const char* text) {
    auto& me = *static_cast<UnwrappingClipboard*>(self);
    me.set_(me.user_data_, remove_soft_breaks(text).c_str());
  }
  static const char* get_text(void* self) {
    auto& me = *static_cast<UnwrappingClipboard*>(self);
    return me.get_(me.user_data_);
  }

  ImGuiIO& io_;
  void (*set_)(void*, const char*);
  const char* (*get_)(void*);
  void* user_data_;
};

}  // namespace

std::string wrap_soft(std::string_view plain, const ImFont& font, float font_size, float width) {
  if (width <= 0.0f || font_size <= 0.0f) return std::string(plain);
  const float scale = font_size / font.FontSize;
  std::string out;
  out.reserve(plain.size() + plain.size() / 16);
  std::size_t line = 0;
  while (line <= plain.size()) {
    std::size_t line_end = plain.find('\n', line);
    if (line_end == std::string_view::npos) line_end = plain.size();
    const char* text = plain.data();
    std::size_t pos = line;
    while (pos < line_end) {
      std::size_t cut = static_cast<std::size_t>(
          font.CalcWordWrapPositionA(scale, text + pos, text + line_end, width) - text);
      if (cut <= pos) {  // not even one character fits: it gets a line of its own
        unsigned int c = 0;
        cut = pos + static_cast<std::size_t>(ImTextCharFromUtf8(&c, text + pos, text + line_end));
      }
      while (cut < line_end && (plain[cut] == ' ' || plain[cut] == '\t')) ++cut;
      out.append(plain.substr(pos, cut - pos));
      if (cut < line_end) out.append(kSoftBreak);
      pos = cut;
    }
    if (line_end == plain.size()) break;
    out.push_back('\n');
    line = line_end + 1;
  }
  return out;
}

std::string remove_soft_breaks(std::string_view wrapped) {
  std::string out;
  out.reserve(wrapped.size());
  for (std::size_t i = 0; i < wrapped.size();) {
    if (is_soft_break_at(wrapped, i)) {
      i += kSoftBreak.size();
    } else {
      out.push_back(wrapped[i++]);
    }
  }
  return out;
}

int unwrapped_offset(std::string_view wrapped, int offset) {
  int plain = 0;
  const std::size_t end = std::min(static_cast<std::size_t>(std::max(offset, 0)), wrapped.size());
  for (std::size_t i = 0; i < end;) {
    if (is_soft_break_at(wrapped, i)) {
      i += kSoftBreak.size();
    } else {
      ++plain;
      ++i;
    }
  }
  return plain;
}

int wrapped_offset(std::string_view wrapped, int offset) {
  int plain = 0;
  std::size_t i = 0;
  while (i < wrapped.size()) {
    if (is_soft_break_at(wrapped, i)) {
      i += kSoftBreak.size();
      continue;
    }
    if (plain >= offset) break;
    ++plain;
    ++i;
  }
  return static_cast<int>(i);
}

bool input_text_wrapped(const char* label, std::string& value, const ImVec2& size,
                        ImGuiInputTextFlags flags, WrappedUndo undo) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 frame =
      ImGui::CalcItemSize(size, ImGui::CalcItemWidth(),
                          ImGui::GetTextLineHeight() * 8.0f + style.FramePadding.y * 2.0f);
  // The scrollbar's width is always kept free: wrapping around it only once it shows would
  // re-wrap the text, which can hide the scrollbar again, and so on.
  FieldContext field{nullptr, ImGui::GetID(label),
                     frame.x - style.FramePadding.x * 2.0f - style.ScrollbarSize, undo};
  std::string buffer = wrap_soft(value, *ImGui::GetFont(), ImGui::GetFontSize(), field.wrap_width);
  field.buffer = &buffer;
  flags |= ImGuiInputTextFlags_CallbackAlways | ImGuiInputTextFlags_CallbackCharFilter |
           ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_NoUndoRedo;
  bool changed = false;
  {
    const UnwrappingClipboard clipboard;
    changed = ImGui::InputTextMultiline(label, buffer.data(), buffer.capacity() + 1, frame, flags,
                                        &field_callback, &field);
  }
  if (!changed) return false;
  std::string plain = remove_soft_breaks(buffer.c_str());
  if (plain == value) return false;
  value = std::move(plain);
  return true;
}

}  // namespace hindsight::ui
