#include "core/markdown/front_matter.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "core/markdown/markdown_text.hpp"

namespace hindsight::core {
namespace {

Json scalar_value(std::string_view raw);

// "[database, 'on-call, paging', \"x\"]": a YAML flow list whose items need not be JSON. Commas
// inside quotes belong to the item.
Json flow_list(std::string_view inner) {
  Json items = Json::array();
  char quote = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= inner.size(); ++i) {
    const char c = i < inner.size() ? inner[i] : ',';
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == ',') {
      const std::string_view item = trim(inner.substr(start, i - start));
      if (!item.empty()) items.push_back(scalar_value(item));
      start = i + 1;
    }
  }
  return items;
}

Json scalar_value(std::string_view raw) {
  raw = trim(raw);
  if (raw.empty()) return "";
  const char first = raw.front();
  if (first == '"' || first == '[' || first == '{' || (first >= '0' && first <= '9') ||
      raw == "true" || raw == "false" || raw == "null") {
    Json parsed = Json::parse(raw, nullptr, /*allow_exceptions=*/false);
    if (!parsed.is_discarded()) return parsed;
  }
  if (raw.size() >= 2 && first == '\'' && raw.back() == '\'')
    return std::string(raw.substr(1, raw.size() - 2));
  if (raw.size() >= 2 && first == '[' && raw.back() == ']')
    return flow_list(raw.substr(1, raw.size() - 2));
  return std::string(raw);
}

// A key the export writes back as `key: value` and reads as the same key: not indented, no
// comment or list item, no colon of its own (TOML's `a:b = 1` would split at it).
bool readable_key(std::string_view key) {
  if (key.empty()) return true;
  if (key[0] == ' ' || key[0] == '\t' || key[0] == '#') return false;
  if (key.size() > 1 && key[0] == '-' && (key[1] == ' ' || key[1] == '\t')) return false;
  return key.find(':') == std::string_view::npos;
}

// The line of `text` that starts at `offset`, without its line end. The text's lines are taken one
// at a time: the front matter is a few lines at the start of what may be a long document.
std::string_view line_at(std::string_view text, std::size_t offset) {
  const std::size_t end = std::min(text.find('\n', offset), text.size());
  return text.substr(offset, end - offset);
}

// The text of a value that goes on over the lines from offset `from`: `value`, then each line
// `add` appends, up to the one `add` says closes it. The text, the offset of the line after it and
// the lines taken; nothing when the closing fence or the end comes first.
struct GatheredLines {
  std::string text;
  std::size_t next = 0;
  std::size_t lines = 0;
};
template <class Add>
std::optional<GatheredLines> gather_lines(std::string_view text, std::string_view value,
                                          std::size_t from, std::string_view fence, Add add) {
  GatheredLines g{std::string(value), from, 0};
  for (bool closed = false; !closed;) {
    if (g.next > text.size()) return std::nullopt;
    const std::string_view more = line_at(text, g.next);
    if (trim(more) == fence) return std::nullopt;
    closed = add(g.text, more);
    g.next += more.size() + 1;
    ++g.lines;
  }
  return g;
}

// A TOML value that goes on over the next lines: an array ("tags = [" ... "]") or a multi-line
// string ('notes = """' ... '"""'), gathered from `value` (the text after '=') and the lines from
// offset `from` up to the one that closes it. Nothing when `value` opens neither, or when no line
// before the closing fence closes it.
struct GatheredValue {
  Json value;
  std::size_t next = 0;   // offset of the line after the value
  std::size_t lines = 0;  // lines taken after the first
};
std::optional<GatheredValue> gather_toml_value(std::string_view text, std::string_view value,
                                               std::size_t from, std::string_view fence) {
  const bool list = !value.empty() && value.front() == '[' && value.back() != ']';
  const bool string =
      value.rfind("\"\"\"", 0) == 0 && value.find("\"\"\"", 3) == std::string_view::npos;
  if (!list && !string) return std::nullopt;
  auto taken =
      gather_lines(text, value, from, fence, [&](std::string& gathered, std::string_view more) {
        gathered += list ? " " : "\n";
        gathered += list ? trim(more) : more;
        return list ? (!trim(more).empty() && trim(more).back() == ']')
                    : more.find("\"\"\"") != std::string_view::npos;
      });
  if (!taken) return std::nullopt;
  auto& [gathered, at, lines] = *taken;
  if (list) return GatheredValue{scalar_value(gathered), at, lines};
  std::string inner = gathered.substr(3, gathered.rfind("\"\"\"") - 3);
  if (!inner.empty() && inner.front() == '\n') inner.erase(0, 1);
  return GatheredValue{Json(std::move(inner)), at, lines};
}

// A YAML double-quoted value that goes on over the next lines ('content: "We are looking' ...
// 'into it."'), gathered from `value` and the lines from offset `from` up to the one that closes
// the quote; the lines fold into one, as YAML folds them. Nothing when `value` opens no such
// string, or when no line before the closing fence closes it.
std::optional<GatheredValue> gather_quoted_value(std::string_view text, std::string_view value,
                                                 std::size_t from, std::string_view fence) {
  const auto closes = [](std::string_view part) {
    for (std::size_t i = 0; i < part.size(); ++i) {
      if (part[i] == '\\')
        ++i;
      else if (part[i] == '"')
        return true;
    }
    return false;
  };
  if (value.empty() || value.front() != '"' || closes(value.substr(1))) return std::nullopt;
  auto taken =
      gather_lines(text, value, from, fence, [&](std::string& gathered, std::string_view more) {
        gathered += " ";
        gathered += trim(more);
        return closes(more);
      });
  if (!taken) return std::nullopt;
  auto& [gathered, at, lines] = *taken;
  Json parsed = scalar_value(gathered);
  // A YAML escape JSON does not know ("\\/", "\\ "): the text between the quotes as written.
  if (!parsed.is_string() || parsed.get<std::string>() == gathered)
    parsed = gathered.substr(1, gathered.rfind('"') - 1);
  return GatheredValue{std::move(parsed), at, lines};
}

std::size_t indent_of(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

// "status: update" in "- status: update": a list item that opens a mapping; its key, or nothing.
std::optional<std::string_view> mapping_key(std::string_view item) {
  const std::size_t colon = item.find(": ");
  const std::size_t end =
      colon == std::string_view::npos && item.ends_with(":") ? item.size() - 1 : colon;
  if (end == std::string_view::npos || end == 0) return std::nullopt;
  const std::string_view key = item.substr(0, end);
  const bool word = std::all_of(key.begin(), key.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
  });
  return word ? std::optional<std::string_view>(key) : std::nullopt;
}

}  // namespace

FrontMatter read_front_matter(std::string_view text) {
  FrontMatter fm;
  const std::string_view first = line_at(text, 0);
  // YAML between "---" lines (Jekyll, GitHub), or TOML between "+++" lines (Hugo, Zola), whose
  // `key = "value"` lines read the same way with '=' for ':'.
  if (trim(first) != "---" && trim(first) != "+++") return fm;
  const std::string_view fence = trim(first);
  const char separator = fence == "+++" ? '=' : ':';
  std::size_t offset = first.size() + 1;
  std::size_t mapping_indent = 0;  // the indent of the keys of the mapping a list item opened
  for (std::size_t i = 1; offset <= text.size(); ++i) {
    const std::string_view line = line_at(text, offset);
    std::size_t next = offset + line.size() + 1;
    if (trim(line) == fence || (separator == ':' && trim(line) == "...")) {
      fm.end = std::min(next, text.size());
      return fm;
    }
    // A value written after its key: on its line, or over the lines a TOML array or long string
    // or a YAML double-quoted text goes on to, which the loop then passes.
    const auto value_at = [&](std::string_view value_text) {
      Json value = scalar_value(value_text);
      if (auto gathered = separator == '=' ? gather_toml_value(text, value_text, next, fence)
                                           : gather_quoted_value(text, value_text, next, fence)) {
        value = std::move(gathered->value);
        next = gathered->next;
        i += gathered->lines;
      }
      return value;
    };
    const std::string_view body = trim(line);
    if (body.size() >= 2 && body[0] == '-' && body[1] == ' ' && !fm.entries.empty()) {
      Json& last = fm.entries.back().second;
      if (!last.is_array()) last = Json::array();
      const std::string_view item = trim(body.substr(2));
      if (const auto key = separator == ':' ? mapping_key(item) : std::nullopt) {
        // "- status: update" over "  content: ..." lines indented under it: a list of mappings.
        mapping_indent = indent_of(line) + 2;
        last.push_back(
            Json::object({{std::string(*key), value_at(trim(item.substr(key->size() + 1)))}}));
      } else {
        mapping_indent = 0;
        last.push_back(scalar_value(item));
      }
    } else if (const auto key = mapping_indent > 0 && indent_of(line) >= mapping_indent
                                    ? mapping_key(body)
                                    : std::nullopt;
               key && fm.entries.back().second.is_array() &&
               fm.entries.back().second.back().is_object()) {
      // A further key of the mapping the last list item opened.
      fm.entries.back().second.back()[std::string(*key)] =
          value_at(trim(body.substr(key->size() + 1)));
    } else if (const auto colon = line.find(separator);
               colon != std::string_view::npos && readable_key(line.substr(0, colon))) {
      const int entry_line = static_cast<int>(i + 1);
      mapping_indent = 0;
      Json value = value_at(trim(line.substr(colon + 1)));
      fm.entries.emplace_back(std::string(trim(line.substr(0, colon))), std::move(value));
      fm.entry_lines.push_back(entry_line);
    } else if (separator == ':' && !body.empty() && body[0] != '#' && !fm.entries.empty() &&
               fm.entries.back().second.is_string()) {
      // A folded continuation line of YAML: keep its words. TOML folds no lines, so there a
      // line that is no `key = value` is kept as written (below).
      Json& last = fm.entries.back().second;
      last = last.get<std::string>() + " " + std::string(body);
    } else if (!body.empty()) {
      if (fm.unread.empty()) fm.unread_line = static_cast<int>(i + 1);
      fm.unread.emplace_back(line);
    }
    offset = next;
  }
  return FrontMatter{};  // no closing line: not front matter after all
}

}  // namespace hindsight::core
