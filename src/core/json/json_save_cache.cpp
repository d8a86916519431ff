#include "core/json/json_save_cache.hpp"

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <utility>

#include "core/json/json_codec.hpp"
#include "core/json/json_write_parts.hpp"

namespace hindsight::core {
namespace {

// The text of a list element as save_json writes it: indented two steps, as a member of a list
// that is itself a member of the document. Raw line breaks in JSON text are only ever layout
// (line breaks inside strings are written as \n), so indenting every line is safe.
std::string element_text(const Json& element) {
  const std::string text = json_text(element, 2);
  std::string out = "    ";
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    out += c;
    if (c == '\n') out += "    ";
  }
  return out;
}

// Where the member `key` of `document` (save_json's text of a post-mortem without its lists)
// holds its empty list: the offset of its "[]".
std::size_t empty_list_at(std::string_view document, std::string_view key) {
  std::string member = "\n  \"";
  member.append(key);
  member += "\": []";
  return document.find(member) + member.size() - 2;
}

}  // namespace

template <class T>
void JsonSaveCache::refresh(const std::vector<T>& items, Written<T>& written,
                            Json (*write)(const T&)) {
  const auto write_text = [&](const T& item) {
    ++last_written_;
    return element_text(write(item));
  };
  if (items.size() == written.items.size()) {
    // The common case, an edit in place: only the elements that differ are copied and written.
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (written.items[i] == items[i]) continue;
      written.items[i] = items[i];
      written.texts[i] = write_text(items[i]);
      written.joined.clear();
    }
    return;
  }
  // One element added or removed shifts those after it: look for each there too. A text already
  // taken (by an earlier element's match) is empty, and an element's text never is.
  const std::ptrdiff_t shift = static_cast<std::ptrdiff_t>(written.items.size()) -
                               static_cast<std::ptrdiff_t>(items.size());
  const auto reusable = [&](std::ptrdiff_t at, const T& item) {
    if (at < 0 || at >= static_cast<std::ptrdiff_t>(written.items.size())) return false;
    const std::size_t index = static_cast<std::size_t>(at);
    return !written.texts[index].empty() && written.items[index] == item;
  };
  Written<T> now;
  now.items.reserve(items.size());
  now.texts.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::ptrdiff_t same = static_cast<std::ptrdiff_t>(i);
    const std::ptrdiff_t from = reusable(same, items[i])                        ? same
                                : shift != 0 && reusable(same + shift, items[i]) ? same + shift
                                                                                 : -1;
    if (from >= 0) {
      // Moved, not copied: the kept element equals items[i].
      now.items.push_back(std::move(written.items[static_cast<std::size_t>(from)]));
      now.texts.push_back(std::move(written.texts[static_cast<std::size_t>(from)]));
    } else {
      now.items.push_back(items[i]);
      now.texts.push_back(write_text(items[i]));
    }
  }
  written = std::move(now);  // its `joined` is empty: joined again when next needed
}

template <class T>
const std::string& JsonSaveCache::Written<T>::list() {
  if (!joined.empty()) return joined;
  if (texts.empty()) {
    joined = "[]";
    return joined;
  }
  std::size_t size = 6;
  for (const std::string& text : texts) size += text.size() + 2;
  joined.reserve(size);
  joined = "[\n";
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (i > 0) joined += ",\n";
    joined += texts[i];
  }
  joined += "\n  ]";
  return joined;
}

std::string JsonSaveCache::save(const PostMortem& postmortem) {
  last_written_ = 0;
  refresh(postmortem.timeline, events_, json_detail::timeline_event_json);
  refresh(postmortem.actions, actions_, json_detail::action_json);
  // The document is put together once, at its final size, from lists joined again only when
  // they changed: copying and joining a megabyte of elements was most of a save's time.
  const std::string rest = json_text(json_detail::postmortem_json_without_lists(postmortem), 2);
  const std::string& timeline = events_.list();
  const std::string& actions = actions_.list();
  std::string document;
  document.reserve(rest.size() + timeline.size() + actions.size() + 1);
  // The lists go where `rest` holds their "[]", in the order they appear there.
  const std::size_t timeline_at = empty_list_at(rest, "timeline");
  const std::size_t actions_at = empty_list_at(rest, "actions");
  const std::string_view text = rest;
  const std::size_t first = std::min(timeline_at, actions_at);
  const std::size_t second = std::max(timeline_at, actions_at);
  const auto list_at = [&](std::size_t at) -> const std::string& {
    return at == timeline_at ? timeline : actions;
  };
  document.append(text.substr(0, first));
  document += list_at(first);
  document.append(text.substr(first + 2, second - first - 2));
  document += list_at(second);
  document.append(text.substr(second + 2));
  document += '\n';
  return document;
}

}  // namespace hindsight::core
