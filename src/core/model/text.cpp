#include "core/model/text.hpp"

namespace hindsight::core {

std::string_view trim(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

void trim_in_place(std::string& text) {
  const std::string_view kept = trim(text);
  if (kept.size() == text.size()) return;
  const auto start = static_cast<std::size_t>(kept.data() - text.data());
  text.erase(start + kept.size());
  text.erase(0, start);
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      lines.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return lines;
}

std::string lowercase_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         lowercase_ascii(text.substr(0, prefix.size())) == lowercase_ascii(prefix);
}

bool is_code_fence(std::string_view line) {
  const std::string_view t = trim(line);
  return t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~";
}

std::string without_fenced_code(std::string_view text) {
  std::string prose(text);
  bool in_fence = false;
  std::size_t start = 0;
  for (const std::string_view line : split_lines(text)) {
    const bool fence = is_code_fence(line);
    if (in_fence || fence)
      for (std::size_t at = start; at < start + line.size(); ++at) prose[at] = ' ';
    if (fence) in_fence = !in_fence;
    start += line.size() + 1;
  }
  return prose;
}

}  // namespace hindsight::core
