// The core's small string utilities: trimming in place keeps the text between the blanks, and
// leaves a text with none untouched.
#include <gtest/gtest.h>

#include <string>

#include "core/model/text.hpp"

namespace hindsight::core {
namespace {

TEST(Text, TrimInPlaceKeepsWhatIsBetweenTheBlanks) {
  std::string text = " \t\r\n Pool exhausted at 14:23 \n\t ";
  trim_in_place(text);
  EXPECT_EQ(text, "Pool exhausted at 14:23");
  trim_in_place(text);
  EXPECT_EQ(text, "Pool exhausted at 14:23");
  std::string blank = " \n\t ";
  trim_in_place(blank);
  EXPECT_EQ(blank, "");
}

}  // namespace
}  // namespace hindsight::core
