#include "core/model/time_format.hpp"

#include <date/date.h>

#include <sstream>

namespace hindsight::core {

std::string format_iso8601(UtcSeconds t) { return date::format("%Y-%m-%dT%H:%M:%SZ", t); }

std::string format_display_time(UtcSeconds t) {
  return date::format("%Y-%m-%d %H:%M UTC", date::floor<std::chrono::minutes>(t));
}

namespace {

// "YYYY-MM-DDTHH:MM:SS" followed by "Z" or "+hh:mm"/"-hh:mm". Checked before date::parse,
// which turns an empty seconds field into NaN and converts it to an integer (undefined).
bool has_iso8601_shape(std::string_view text) {
  constexpr std::string_view kShape = "dddd-dd-ddTdd:dd:dd";
  if (text.size() < kShape.size() + 1) return false;
  for (std::size_t i = 0; i < kShape.size(); ++i) {
    const bool digit = text[i] >= '0' && text[i] <= '9';
    if (kShape[i] == 'd' ? !digit : text[i] != kShape[i]) return false;
  }
  const std::string_view zone = text.substr(kShape.size());
  if (zone == "Z") return true;
  return zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':';
}

}  // namespace

std::optional<UtcSeconds> parse_iso8601(std::string_view text) {
  if (!has_iso8601_shape(text)) return std::nullopt;
  std::istringstream in{std::string(text)};
  UtcSeconds t;
  if (text.size() >= 20 && text.back() == 'Z') {
    in >> date::parse("%Y-%m-%dT%H:%M:%SZ", t);
  } else {
    in >> date::parse("%Y-%m-%dT%H:%M:%S%Ez", t);
  }
  if (in.fail()) return std::nullopt;
  in.peek();
  if (!in.eof()) return std::nullopt;  // trailing characters
  return t;
}

}  // namespace hindsight::core
