#include "core/markdown/markdown_text.hpp"

#include <algorithm>

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

// A space or tab as a character reference: Markdown trims both from the ends of a paragraph,
// cell or heading, and the reference reads back as the character itself.
void append_blank_reference(std::string& out, char c) { out += c == '\t' ? "&#9;" : "&#32;"; }

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Why: md4c 0.5.2 (permissive URL autolinks, part of the GitHub dialect) skips the byte after
// "http://", "https://" or "ftp://" when it looks for escapes, entities and inline HTML, so a
// backslash, "&#..;" or "<br>" written there stays literal text. Escaping the colon stops md4c
// from taking the scheme as a link's start; the text reads back the same.
bool colon_starts_unsafe_url(std::string_view written, std::string_view rest) {
  if (rest.size() < 3 || rest[0] != ':' || rest[1] != '/' || rest[2] != '/') return false;
  if (!ends_with(written, "http") && !ends_with(written, "https") && !ends_with(written, "ftp"))
    return false;
  return rest.size() == 3 || !is_ascii_alnum(rest[3]);
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

}  // namespace

std::string escape_inline(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t begin = 0, end = text.size();
  while (begin < end && is_blank(text[begin])) append_blank_reference(out, text[begin++]);
  while (end > begin && is_blank(text[end - 1])) --end;
  bool line_start = true;
  for (std::size_t i = begin; i < end; ++i) {
    const char c = text[i];
    if (c == '\n') {
      out += "<br>";
      line_start = true;
      continue;
    }
    if (line_start) {
      line_start = false;
      if (const std::size_t marker = leading_marker_end(text.substr(i, end - i)); marker > 0) {
        out.append(text.substr(i, marker - 1));
        out += '\\';
        out += text[i + marker - 1];
        i += marker - 1;
        continue;
      }
    }
    // Vertical tab and form feed are whitespace to Markdown, trimmed from a cell's ends.
    if (c == '\v' || c == '\f') {
      out += c == '\v' ? "&#11;" : "&#12;";
      continue;
    }
    if (is_markdown_punct(c) || (c == ':' && colon_starts_unsafe_url(out, text.substr(i))))
      out += '\\';
    out += c;
  }
  for (std::size_t i = end; i < text.size(); ++i) append_blank_reference(out, text[i]);
  return out;
}

bool is_rule_or_blank(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.empty()) return true;
  const char c = t[0];
  if (c != '-' && c != '*' && c != '_') return false;
  return std::all_of(t.begin(), t.end(), [c](char x) { return x == c || x == ' '; }) &&
         std::count(t.begin(), t.end(), c) >= 3;
}

std::string verbatim_block(std::string_view text) {
  std::size_t longest = 0, run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
  std::string block = fence + std::string(kVerbatimInfo) + "\n";
  block.append(text);
  return block + "\n" + fence;
}

std::optional<std::string> read_verbatim(const std::vector<std::string_view>& lines) {
  std::size_t first = 0, last = lines.size();
  while (first < last && lines[first].find_first_not_of(" \t") == std::string_view::npos) ++first;
  while (last > first && lines[last - 1].find_first_not_of(" \t") == std::string_view::npos) --last;
  if (last - first < 2) return std::nullopt;
  const std::string_view open = lines[first];
  const std::size_t fence = open.find_first_not_of('`');
  if (fence < 3 || fence == std::string_view::npos || open.substr(fence) != kVerbatimInfo)
    return std::nullopt;
  const std::string_view close = lines[last - 1];
  if (close.size() != fence || close.find_first_not_of('`') != std::string_view::npos)
    return std::nullopt;
  std::string text;
  for (std::size_t i = first + 1; i + 1 < last; ++i) {
    if (i > first + 1) text += '\n';
    text.append(lines[i]);
  }
  return text;
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

std::string without_empty_anchors(std::string_view text) {
  std::string kept;
  // "[#](https://docs.example.org/halt.html#description)Description": the permalink a
  // documentation site (GitBook) puts before a heading's words, read as "# (address)".
  for (const std::string_view mark : {"# (", "\xC2\xB6 (", "\xC2\xA7 ("})
    if (text.starts_with(mark)) {
      const std::size_t close = text.find(')', mark.size());
      const std::string_view address = text.substr(mark.size(), close - mark.size());
      if (close != std::string_view::npos && address.find('#') != std::string_view::npos &&
          address.find(' ') == std::string_view::npos)
        text.remove_prefix(close + 1);
      break;
    }
  for (std::size_t at = 0; at < text.size();) {
    const bool anchor = text.substr(at, 3) == "<a " || text.substr(at, 3) == "<A ";
    const std::size_t open_end = anchor ? text.find('>', at) : std::string_view::npos;
    if (open_end != std::string_view::npos &&
        (text.substr(open_end + 1, 4) == "</a>" || text.substr(open_end + 1, 4) == "</A>")) {
      at = open_end + 5;
      // The space before an anchor that ends the text goes with it.
      if (at >= text.size())
        while (!kept.empty() && kept.back() == ' ') kept.pop_back();
      continue;
    }
    kept += text[at++];
  }
  return kept;
}

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
