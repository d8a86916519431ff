#include "core/markdown/markdown_text.hpp"

namespace hindsight::core {
namespace {

bool is_markdown_punct(char c) {
  switch (c) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '<':
    case '>':
    case '|':
    case '~':
    case '&':
    case '#':
      return true;
    default:
      return false;
  }
}

// A line that would start a list item, block quote, heading or setext underline.
std::size_t leading_marker_end(std::string_view line) {
  if (line.empty()) return 0;
  if (line[0] == '-' || line[0] == '+' || line[0] == '=') return 1;
  std::size_t digits = 0;
  while (digits < line.size() && digits < 9 && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')'))
    return digits + 1;
  return 0;
}

}  // namespace

std::string escape_inline(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  bool line_start = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      out += "<br>";
      line_start = true;
      continue;
    }
    if (line_start) {
      line_start = false;
      if (const std::size_t marker = leading_marker_end(text.substr(i)); marker > 0) {
        out.append(text.substr(i, marker - 1));
        out += '\\';
        out += text[i + marker - 1];
        i += marker - 1;
        continue;
      }
    }
    if (is_markdown_punct(c)) out += '\\';
    out += c;
  }
  return out;
}

namespace {

// Latin-1 letters U+00C0..U+00FF as the ASCII letter they carry ("é" -> 'e'); '-' for × and ÷.
constexpr std::string_view kLatin1Letters =
    "AAAAAAACEEEEIIIIDNOOOOO-OUUUUYTsaaaaaaaceeeeiiiidnooooo-ouuuuyty";

// The text with Latin-1 accented letters folded to ASCII; other non-ASCII bytes become spaces.
std::string fold_to_ascii(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if ((c == 0xC3) && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      const std::size_t index = static_cast<std::size_t>(next) - 0x80;
      out += index < kLatin1Letters.size() ? kLatin1Letters[index] : ' ';
      if (next == 0x9F) out += 's';  // ß -> "ss"
      ++i;
    } else if (c >= 0xC0) {
      out += ' ';
    }
  }
  return out;
}

}  // namespace

std::string slugify(std::string_view original, std::size_t max_length) {
  const std::string text = fold_to_ascii(original);
  std::string slug;
  bool pending_dash = false;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word) {
      pending_dash = !slug.empty();
      continue;
    }
    if (pending_dash) {
      if (slug.size() + 2 > max_length) break;
      slug += '-';
      pending_dash = false;
    }
    if (slug.size() + 1 > max_length) {
      const auto dash = slug.rfind('-');
      if (dash != std::string::npos) slug.resize(dash);
      break;
    }
    slug += c;
  }
  return slug;
}

}  // namespace hindsight::core
