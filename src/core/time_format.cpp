#include "core/time_format.hpp"

#include <date/date.h>

#include <sstream>

namespace hindsight::core {

std::string format_iso8601(UtcSeconds t) { return date::format("%Y-%m-%dT%H:%M:%SZ", t); }

std::string format_display_time(UtcSeconds t) {
  return date::format("%Y-%m-%d %H:%M UTC", date::floor<std::chrono::minutes>(t));
}

std::optional<UtcSeconds> parse_iso8601(std::string_view text) {
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
