#include "core/markdown/import_html_lists.hpp"

#include <optional>
#include <string>
#include <vector>

#include "core/markdown/import_context.hpp"
#include "core/model/text.hpp"

namespace hindsight::core {

namespace {

// The list an HTML block holds, an item an <li>; nothing when the block is not a list alone, an
// item breaks into paragraphs or lines, or any markup is more than text tags.
std::optional<MdBlock> list_of(const MdBlock& html) {
  const std::string lower = lowercase_ascii(html.text);
  const std::string_view whole = trim(lower);
  const bool ordered = whole.starts_with("<ol");
  if (!(ordered || whole.starts_with("<ul")) ||
      !(whole.ends_with("</ul>") || whole.ends_with("</ol>")))
    return std::nullopt;
  for (std::string_view breaking : {"<p", "<br", "<div"})
    if (lower.find(breaking) != std::string::npos) return std::nullopt;
  // A list inside an item, or words before the first item, keep the HTML as written.
  if (whole.find("<ul", 1) != std::string_view::npos ||
      whole.find("<ol", 1) != std::string_view::npos)
    return std::nullopt;
  const std::size_t opened = whole.find('>');
  const std::size_t first_item = whole.find("<li");
  if (opened == std::string_view::npos || first_item == std::string_view::npos ||
      first_item < opened || !trim(whole.substr(opened + 1, first_item - opened - 1)).empty())
    return std::nullopt;
  MdBlock list;
  list.kind = BlockKind::List;
  list.ordered = ordered;
  list.begin = html.begin;
  list.end = html.end;
  for (std::size_t at = lower.find("<li"); at != std::string::npos;) {
    const std::size_t next = lower.find("<li", at + 3);
    MdBlock part;
    part.kind = BlockKind::Html;
    part.text = html.text.substr(at, (next == std::string::npos ? lower.size() : next) - at);
    const auto lines = html_paragraphs(part);
    if (!lines) return std::nullopt;
    MdBlock item;
    item.kind = BlockKind::Item;
    for (const std::string& line : *lines) item.text += (item.text.empty() ? "" : " ") + line;
    if (html.has_source()) {
      item.begin = html.begin + at;
      item.end = html.begin + at + part.text.size();
    }
    if (!item.text.empty()) list.children.push_back(std::move(item));
    at = next;
  }
  if (list.children.empty()) return std::nullopt;
  return list;
}

}  // namespace

void lists_from_html(MdBlock& root) {
  for (MdBlock& b : root.children)
    if (b.kind == BlockKind::Html)
      if (auto list = list_of(b)) b = std::move(*list);
}

}  // namespace hindsight::core
