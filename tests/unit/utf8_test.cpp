// UTF-8 validity as both codecs check it: the first bad byte is found wherever it falls, in
// ASCII runs read eight bytes at a time or in the bytes around them, and well-formed sequences
// that straddle those eight-byte steps pass.
#include <gtest/gtest.h>

#include <string>

#include "core/model/utf8.hpp"

namespace hindsight::core {
namespace {

TEST(Utf8, TheFirstBadByteIsFoundAtEveryOffset) {
  for (std::size_t at = 0; at < 20; ++at) {
    std::string text(20, 'a');
    text[at] = '\xFF';
    EXPECT_EQ(invalid_utf8_offset(text), at) << "bad byte at " << at;
  }
}

TEST(Utf8, SequencesAcrossEightByteStepsAreValid) {
  for (std::size_t at = 0; at < 16; ++at) {
    const std::string text = std::string(at, 'a') + "\xE2\x82\xAC" + "\xF0\x9F\x98\x80" +
                             std::string(9, 'b') + "\xC3\xA9";
    EXPECT_TRUE(is_valid_utf8(text)) << "euro sign at " << at;
  }
}

TEST(Utf8, OverlongSurrogateTruncatedAndOutOfRangeFormsAreInvalid) {
  const std::string ascii = "plain text..";  // twelve bytes: the bad form starts after a step
  EXPECT_EQ(invalid_utf8_offset(ascii + "\xC0\xAF"), 12u);          // overlong '/'
  EXPECT_EQ(invalid_utf8_offset(ascii + "\xED\xA0\x80"), 12u);      // a surrogate
  EXPECT_EQ(invalid_utf8_offset(ascii + "\xF4\x90\x80\x80"), 12u);  // above U+10FFFF
  EXPECT_EQ(invalid_utf8_offset(ascii + "\xE2\x82"), 12u);          // cut short
  EXPECT_EQ(invalid_utf8_offset(ascii + "\x80"), 12u);              // a lone continuation
  EXPECT_EQ(invalid_utf8_offset(ascii), std::string::npos);
}

TEST(Utf8, CodePointsAreReadAndWrittenBack) {
  const std::string text = "a\xC3\xA9\xE6\x97\xA5\xF0\x9F\x98\x80";  // a é 日 😀
  const char32_t expected[] = {U'a', U'\u00E9', U'\u65E5', U'\U0001F600'};
  std::string written;
  std::size_t at = 0;
  for (const char32_t want : expected) {
    const CodePoint c = code_point_at(text, at);
    ASSERT_NE(c.length, 0u) << "at " << at;
    EXPECT_EQ(c.value, want);
    append_utf8(written, c.value);
    at += c.length;
  }
  EXPECT_EQ(at, text.size());
  EXPECT_EQ(written, text);
  EXPECT_EQ(code_point_at("\xE6\x97", 0).length, 0u);  // cut short
  std::string replaced;
  append_utf8(replaced, 0xD800);  // a surrogate cannot be written
  EXPECT_EQ(replaced, "\xEF\xBF\xBD");
}

}  // namespace
}  // namespace hindsight::core
