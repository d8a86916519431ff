// UTC formatting and ISO-8601 parsing: dates always shown, offsets normalised to UTC.
#include "core/model/time_format.hpp"

#include <gtest/gtest.h>

namespace hindsight::core {
namespace {

TEST(TimeFormat, Iso8601RoundTripsInUtc) {
  auto t = parse_iso8601("2024-01-15T14:23:00Z");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(format_iso8601(*t), "2024-01-15T14:23:00Z");
}

TEST(TimeFormat, OffsetIsConvertedToUtc) {
  auto t = parse_iso8601("2024-01-15T16:23:00+02:00");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(format_iso8601(*t), "2024-01-15T14:23:00Z");
}

TEST(TimeFormat, DisplayTimeShowsDateMinutesAndUtc) {
  EXPECT_EQ(format_display_time(*parse_iso8601("2024-01-15T14:23:59Z")), "2024-01-15 14:23 UTC");
}

TEST(TimeFormat, DisplayTimeCrossesMidnightWithTheDate) {
  EXPECT_EQ(format_display_time(*parse_iso8601("2024-01-15T23:30:00-01:00")),
            "2024-01-16 00:30 UTC");
}

TEST(TimeFormat, MalformedTextIsRejected) {
  EXPECT_FALSE(parse_iso8601("").has_value());
  EXPECT_FALSE(parse_iso8601("yesterday").has_value());
  EXPECT_FALSE(parse_iso8601("2024-13-01T00:00:00Z").has_value());
  EXPECT_FALSE(parse_iso8601("4-0-1T4:2:").has_value());  // empty seconds: rejected, not parsed
  EXPECT_FALSE(parse_iso8601("2024-01-15T14:23:").has_value());
  EXPECT_FALSE(parse_iso8601("2024-01-15T14:23:00Z trailing").has_value());
  EXPECT_FALSE(parse_iso8601("2024-01-15 14:23").has_value());
  EXPECT_FALSE(parse_iso8601("2024-01-15T14:23:00+02:00x").has_value());
  EXPECT_FALSE(parse_iso8601("2024-02-30T10:00:00Z").has_value());
}

}  // namespace
}  // namespace hindsight::core
