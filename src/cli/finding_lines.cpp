#include "cli/finding_lines.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

#include "core/json/json_codec.hpp"

namespace hindsight::cli {
namespace {

// The text of the string field at `path` in `json`, or nothing.
std::optional<std::string> field_text(const core::Json& json, const std::string& path) {
  try {
    const core::Json::json_pointer pointer(path);
    if (!json.contains(pointer)) return std::nullopt;
    const core::Json& value = json.at(pointer);
    if (!value.is_string()) return std::nullopt;
    return value.get<std::string>();
  } catch (const core::Json::exception&) {
    return std::nullopt;
  }
}

// The end of the first `<br>`, `<br/>` or `<br />` in source[from, to), as the importer turns
// into a line break (one written `\<br>` is text); npos when there is none.
std::size_t next_break_tag(std::string_view source, std::size_t from, std::size_t to) {
  source = source.substr(0, to);  // the search never runs past the line
  for (std::size_t at = source.find("<br", from); at != std::string_view::npos;
       at = source.find("<br", at + 1)) {
    if (at > 0 && source[at - 1] == '\\') continue;
    for (std::string_view tag : {"<br>", "<br/>", "<br />"})
      if (source.substr(at, tag.size()) == tag) return at + tag.size();
  }
  return std::string_view::npos;
}

}  // namespace

FindingLines::FindingLines(const Document& document) : document_(document) {
  if (document.source_lines.empty()) return;  // JSON: no lines to find
  json_ = core::to_json(*document.postmortem);
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < document.text.size(); ++i)
    if (document.text[i] == '\n') line_starts_.push_back(i + 1);
}

const FindingLines::Breaks& FindingLines::breaks_of(const std::string& path, int first_line) {
  const auto cached = breaks_.find(path);
  if (cached != breaks_.end()) return cached->second;
  Breaks& breaks = breaks_[path];
  const std::optional<std::string> text = field_text(json_, path);
  if (!text) return breaks;
  breaks.text = *text;
  // A field read as Markdown text has its <br> tags as line breaks; a field kept as written
  // (prose) holds any "<br>" as text, and each of its line breaks is one in the source.
  const bool tags_break = text->find("<br") == std::string::npos;
  const std::string_view source = document_.text;
  const auto line_end = [&](std::size_t line) {  // 0-based line index -> offset of its '\n'
    if (line >= line_starts_.size()) return source.size();
    const std::size_t end = source.find('\n', line_starts_[line]);
    return end == std::string_view::npos ? source.size() : end;
  };
  std::size_t line = static_cast<std::size_t>(std::max(first_line, 1) - 1);
  std::size_t cursor = line < line_starts_.size() ? line_starts_[line] : source.size();
  std::size_t end = line_end(line);
  int down = 0;
  for (std::size_t i = 0; i < text->size(); ++i) {
    if ((*text)[i] != '\n') continue;
    const std::size_t tag = tags_break ? next_break_tag(source, cursor, end) : std::string::npos;
    if (tag != std::string::npos) {
      cursor = tag;
    } else {
      ++down;
      ++line;
      cursor = line < line_starts_.size() ? line_starts_[line] : source.size();
      end = line_end(line);
    }
    breaks.offsets.push_back(i);
    breaks.lines_down.push_back(down);
  }
  return breaks;
}

int FindingLines::found_below(const std::string& field_text, std::size_t offset, int line) const {
  // Why a bound: the search stays linear in the file for any number of findings, and words
  // found far below are more likely another paragraph's.
  constexpr int kFarthestLines = 200;
  constexpr std::size_t kShortest = 12, kLongest = 60;  // words enough to be the finding's own
  if (offset >= field_text.size() || line < 1 ||
      static_cast<std::size_t>(line) > line_starts_.size())
    return line;
  const std::size_t line_end = field_text.find('\n', offset);
  const std::string_view words =
      std::string_view(field_text)
          .substr(offset, std::min(line_end == std::string::npos ? field_text.size() - offset
                                                                 : line_end - offset,
                                   kLongest));
  if (words.size() < kShortest) return line;
  const std::size_t from = line_starts_[static_cast<std::size_t>(line - 1)];
  const std::size_t last = static_cast<std::size_t>(line - 1 + kFarthestLines);
  const std::string_view source =
      std::string_view(document_.text)
          .substr(0, last < line_starts_.size() ? line_starts_[last] : document_.text.size());
  const std::size_t at = source.find(words, from);
  if (at == std::string_view::npos) return line;
  return static_cast<int>(std::upper_bound(line_starts_.begin(), line_starts_.end(), at) -
                          line_starts_.begin());
}

int FindingLines::line_of(const core::Finding& finding) {
  std::string path = finding.path;
  while (true) {
    const auto known = document_.source_lines.find(path);
    if (known != document_.source_lines.end()) {
      int line = known->second;
      if (path == finding.path) {
        const Breaks& breaks = breaks_of(path, line);
        // The breaks before the finding: those at offsets below it.
        const auto before =
            std::lower_bound(breaks.offsets.begin(), breaks.offsets.end(), finding.offset) -
            breaks.offsets.begin();
        if (before > 0) line += breaks.lines_down[static_cast<std::size_t>(before - 1)];
        line = found_below(breaks.text, finding.offset, line);
      }
      return std::max(line, 1);
    }
    const std::size_t slash = path.rfind('/');
    if (path.empty() || slash == std::string::npos) return 1;
    path.erase(slash);
  }
}

}  // namespace hindsight::cli
