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

}  // namespace
}  // namespace hindsight::core
