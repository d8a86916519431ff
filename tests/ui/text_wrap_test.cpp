// The wrapping text field: soft breaks while editing, never in the value, the cursor where the
// reader expects it, re-wrapping when the field's width changes.
#include "ui/widgets/text_wrap.hpp"

#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <string>

#include "headless_ui.hpp"

namespace hindsight::test {
namespace {

constexpr const char* kSentence =
    "Customers saw errors for twelve minutes while the primary database failed over to the "
    "replica in the second zone.";

int count(const std::string& text, std::string_view part) {
  int n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// One wrapping field alone in a window, typed into with synthetic keyboard events.
class Field {
 public:
  explicit Field(std::string initial = "") : value(std::move(initial)) {
    ImGui::GetIO().SetClipboardTextFn = [](void* self, const char* text) {
      static_cast<Field*>(self)->clipboard = text;
    };
    ImGui::GetIO().GetClipboardTextFn = [](void* self) {
      return static_cast<Field*>(self)->clipboard.c_str();
    };
    ImGui::GetIO().ClipboardUserData = this;
  }

  void frame() {
    ImGuiIO& io = ImGui::GetIO();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("Notes", nullptr, ImGuiWindowFlags_NoDecoration);
    if (ui::input_text_wrapped("##notes", value, ImVec2(width, 300.0f))) ++changes;
    ImGui::End();
    ImGui::Render();
    io.DeltaTime = 1.0f / 60.0f;
  }

  // A click into the field, as a reader gives it focus (keyboard shortcuts follow the focus).
  void focus() {
    ImGuiIO& io = ImGui::GetIO();
    frame();
    io.AddMousePosEvent(40.0f, 40.0f);
    frame();
    io.AddMouseButtonEvent(0, true);
    frame();
    io.AddMouseButtonEvent(0, false);
    frame();
  }

  void type(std::string_view text) {
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
      unsigned int c = 0;
      p += ImTextCharFromUtf8(&c, p, end);
      ImGui::GetIO().AddInputCharacter(c);
      frame();
    }
  }

  void press(ImGuiKey key, ImGuiKey modifier = ImGuiKey_None) {
    ImGuiIO& io = ImGui::GetIO();
    if (modifier != ImGuiKey_None) io.AddKeyEvent(modifier, true);
    io.AddKeyEvent(key, true);
    frame();
    io.AddKeyEvent(key, false);
    if (modifier != ImGuiKey_None) io.AddKeyEvent(modifier, false);
    frame();
  }

  // The edit buffer ImGui holds while the field is active: the text with its soft breaks.
  std::string buffer() const {
    const ImGuiInputTextState& state = GImGui->InputTextState;
    return std::string(state.TextA.Data, static_cast<std::size_t>(state.CurLenA));
  }
  int cursor() const {  // byte offset in buffer()
    const ImGuiInputTextState& state = GImGui->InputTextState;
    return ImTextCountUtf8BytesFromStr(state.TextW.Data, state.TextW.Data + state.Stb.cursor);
  }
  int plain_cursor() const { return ui::unwrapped_offset(buffer(), cursor()); }
  std::string wrap_at_current_width() const {
    const float text_width =
        width - ImGui::GetStyle().FramePadding.x * 2.0f - ImGui::GetStyle().ScrollbarSize;
    return ui::wrap_soft(value, *ImGui::GetFont(), ImGui::GetFontSize(), text_width);
  }

  std::string value;
  std::string clipboard;
  float width = 260.0f;
  int changes = 0;
};

float mono_advance(const HeadlessUi& ui) { return ui.state.fonts.mono->GetCharAdvance('a'); }

TEST(TextWrap, BreaksAfterBlanksThatStayOnTheLineAndKeepsRealNewlines) {
  HeadlessUi ui;
  const ImFont& mono = *ui.state.fonts.mono;
  const float eight = mono_advance(ui) * 8.5f;  // room for eight characters
  const std::string wrapped = ui::wrap_soft("aaa bbb ccc ddd\nee ff", mono, mono.FontSize, eight);
  EXPECT_EQ(wrapped, "aaa bbb \xE2\x80\x8B\nccc ddd\nee ff");
  EXPECT_EQ(ui::remove_soft_breaks(wrapped), "aaa bbb ccc ddd\nee ff");
}

TEST(TextWrap, WordLongerThanALineIsCutAtTheWidth) {
  HeadlessUi ui;
  const ImFont& mono = *ui.state.fonts.mono;
  const std::string wrapped =
      ui::wrap_soft("abcdefghijkl", mono, mono.FontSize, mono_advance(ui) * 5.5f);
  EXPECT_EQ(wrapped, "abcde\xE2\x80\x8B\nfghij\xE2\x80\x8B\nkl");
}

TEST(TextWrap, NoWidthMeansNoWrapping) {
  HeadlessUi ui;
  const ImFont& body = *ui.state.fonts.body;
  EXPECT_EQ(ui::wrap_soft(kSentence, body, body.FontSize, 0.0f), kSentence);
}

TEST(TextWrap, OffsetsMapAcrossASoftBreak) {
  const std::string wrapped = "ab \xE2\x80\x8B\ncd";  // "ab " + soft break + "cd"
  EXPECT_EQ(ui::unwrapped_offset(wrapped, 3), 3);
  EXPECT_EQ(ui::unwrapped_offset(wrapped, 6), 3);  // inside the break
  EXPECT_EQ(ui::unwrapped_offset(wrapped, 7), 3);
  EXPECT_EQ(ui::unwrapped_offset(wrapped, 8), 4);
  EXPECT_EQ(ui::wrapped_offset(wrapped, 2), 2);
  EXPECT_EQ(ui::wrapped_offset(wrapped, 3), 7);  // the next line's start
  EXPECT_EQ(ui::wrapped_offset(wrapped, 5), 9);
}

TEST(TextWrapField, TypingALongSentenceWrapsItAndTheValueHasNoSoftBreaks) {
  HeadlessUi ui;
  Field field;
  field.focus();
  field.type(kSentence);
  EXPECT_EQ(field.value, kSentence);
  EXPECT_EQ(field.value.find("\xE2\x80\x8B"), std::string::npos);
  EXPECT_GE(count(field.buffer(), ui::kSoftBreak), 3);
  EXPECT_EQ(field.buffer(), field.wrap_at_current_width());
  EXPECT_EQ(ui::remove_soft_breaks(field.buffer()), kSentence);
}

TEST(TextWrapField, ARealNewlineStaysInTheValue) {
  HeadlessUi ui;
  Field field;
  field.focus();
  field.type("Timeline");
  field.press(ImGuiKey_Enter);
  field.type("14:02 paged");
  EXPECT_EQ(field.value, "Timeline\n14:02 paged");
}

TEST(TextWrapField, CursorStaysAfterTheTypedCharacterWhenTypingCrossesTheWrapPoint) {
  HeadlessUi ui;
  Field field;
  field.focus();
  const std::string sentence = kSentence;
  int wraps_seen = 0;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    const int breaks_before = count(field.buffer(), ui::kSoftBreak);
    field.type(sentence.substr(i, 1));
    ASSERT_EQ(field.value, sentence.substr(0, i + 1));
    ASSERT_EQ(field.plain_cursor(), static_cast<int>(i + 1)) << "after " << field.value;
    ASSERT_EQ(field.cursor(), static_cast<int>(field.buffer().size()));
    if (count(field.buffer(), ui::kSoftBreak) > breaks_before) ++wraps_seen;
  }
  EXPECT_GE(wraps_seen, 3);
}

TEST(TextWrapField, TypingInTheMiddleKeepsTheCursorAfterTheInsertedText) {
  HeadlessUi ui;
  Field field(kSentence);
  field.focus();
  field.press(ImGuiKey_Home, ImGuiMod_Ctrl);
  for (int i = 0; i < 10; ++i) field.press(ImGuiKey_RightArrow);  // after "Customers "
  field.type("in Europe ");
  EXPECT_EQ(field.value.substr(0, 30), "Customers in Europe saw errors");
  EXPECT_EQ(field.plain_cursor(), 20);
  EXPECT_EQ(field.buffer(), field.wrap_at_current_width());
}

TEST(TextWrapField, ResizingReWrapsWhileIdleAndWhileEditing) {
  HeadlessUi ui;
  Field field(kSentence);
  field.width = 500.0f;
  field.focus();
  const int wide_breaks = count(field.buffer(), ui::kSoftBreak);
  field.width = 180.0f;
  field.frame();
  EXPECT_GT(count(field.buffer(), ui::kSoftBreak), wide_breaks);
  EXPECT_EQ(field.buffer(), field.wrap_at_current_width());
  EXPECT_EQ(field.value, kSentence);
  EXPECT_EQ(field.changes, 0);  // re-wrapping is no edit
}

TEST(TextWrapField, ArrowKeysCrossASoftBreakInOnePress) {
  HeadlessUi ui;
  Field field(kSentence);
  field.focus();
  field.press(ImGuiKey_Home, ImGuiMod_Ctrl);
  const std::string wrapped = field.buffer();
  const int first_break = static_cast<int>(wrapped.find(ui::kSoftBreak));
  ASSERT_GT(first_break, 0);
  for (int i = 0; i < first_break; ++i) field.press(ImGuiKey_RightArrow);
  // One press per character: the cursor is now at the second line's start.
  EXPECT_EQ(field.plain_cursor(), first_break);
  EXPECT_EQ(field.cursor(), first_break + static_cast<int>(ui::kSoftBreak.size()));
  field.press(ImGuiKey_LeftArrow);
  EXPECT_EQ(field.plain_cursor(), first_break - 1);
  EXPECT_EQ(field.cursor(), first_break - 1);
  field.press(ImGuiKey_RightArrow);
  EXPECT_EQ(field.plain_cursor(), first_break);
  field.press(ImGuiKey_RightArrow);
  EXPECT_EQ(field.plain_cursor(), first_break + 1);
}

TEST(TextWrapField, BackspaceAtAWrappedLineStartDeletesTheCharacterBeforeIt) {
  HeadlessUi ui;
  Field field(kSentence);
  field.focus();
  field.press(ImGuiKey_Home, ImGuiMod_Ctrl);
  const int first_break = static_cast<int>(field.buffer().find(ui::kSoftBreak));
  for (int i = 0; i < first_break; ++i) field.press(ImGuiKey_RightArrow);
  field.press(ImGuiKey_Backspace);
  std::string expected = kSentence;
  expected.erase(static_cast<std::size_t>(first_break) - 1, 1);
  EXPECT_EQ(field.value, expected);
  EXPECT_EQ(field.plain_cursor(), first_break - 1);
  EXPECT_EQ(field.buffer(), field.wrap_at_current_width());
}

TEST(TextWrapField, UndoAndRedoStepThroughTypingAcrossAWrap) {
  HeadlessUi ui;
  Field field;
  field.focus();
  field.type("The primary database failed over");
  ImGui::GetIO().DeltaTime = 2.0f;  // a pause: what follows is a new undo step
  field.frame();
  field.type(" to the replica in the second zone");
  ASSERT_GE(count(field.buffer(), ui::kSoftBreak), 1);
  field.press(ImGuiKey_Z, ImGuiMod_Ctrl);
  EXPECT_EQ(field.value, "The primary database failed over");
  EXPECT_EQ(field.buffer(), field.wrap_at_current_width());
  field.press(ImGuiKey_Z, ImGuiMod_Ctrl);
  EXPECT_EQ(field.value, "");
  field.press(ImGuiKey_Y, ImGuiMod_Ctrl);
  EXPECT_EQ(field.value, "The primary database failed over");
}

TEST(TextWrapField, CopiedTextHasNoSoftBreaksAndTypedZeroWidthSpacesAreDropped) {
  HeadlessUi ui;
  Field field(kSentence);
  field.focus();
  ASSERT_GE(count(field.buffer(), ui::kSoftBreak), 1);
  field.press(ImGuiKey_A, ImGuiMod_Ctrl);
  field.press(ImGuiKey_C, ImGuiMod_Ctrl);
  EXPECT_EQ(field.clipboard, kSentence);
  field.press(ImGuiKey_End, ImGuiMod_Ctrl);
  field.type("\xE2\x80\x8B!");
  EXPECT_EQ(field.value, std::string(kSentence) + "!");
}

}  // namespace
}  // namespace hindsight::test
