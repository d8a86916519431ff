#include "core/json/json_save_cache.hpp"

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

// Puts `list` in place of the empty list the member `key` holds in `document` (save_json's text
// of a post-mortem without its lists).
void splice_list(std::string& document, std::string_view key, const std::string& list) {
  const std::string member = "\n  \"" + std::string(key) + "\": []";
  const std::size_t at = document.find(member);
  document.replace(at + member.size() - 2, 2, list);
}

}  // namespace

template <class T>
std::string JsonSaveCache::list_text(const std::vector<T>& items, Written<T>& written,
                                     Json (*write)(const T&)) {
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
  now.items.resize(items.size());
  now.texts.resize(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::ptrdiff_t same = static_cast<std::ptrdiff_t>(i);
    const std::ptrdiff_t from = reusable(same, items[i])                        ? same
                                : shift != 0 && reusable(same + shift, items[i]) ? same + shift
                                                                                 : -1;
    if (from >= 0) {
      // Moved, not copied: the kept element equals items[i].
      now.items[i] = std::move(written.items[static_cast<std::size_t>(from)]);
      now.texts[i] = std::move(written.texts[static_cast<std::size_t>(from)]);
    } else {
      now.items[i] = items[i];
      now.texts[i] = element_text(write(items[i]));
      ++last_written_;
    }
  }
  std::string list;
  if (items.empty()) {
    list = "[]";
  } else {
    std::size_t size = 8;
    for (const std::string& text : now.texts) size += text.size() + 2;
    list.reserve(size);
    list = "[\n";
    for (std::size_t i = 0; i < now.texts.size(); ++i) {
      if (i > 0) list += ",\n";
      list += now.texts[i];
    }
    list += "\n  ]";
  }
  written = std::move(now);
  return list;
}

std::string JsonSaveCache::save(const PostMortem& postmortem) {
  last_written_ = 0;
  std::string document = json_text(json_detail::postmortem_json_without_lists(postmortem), 2);
  splice_list(document, "timeline",
              list_text(postmortem.timeline, events_, json_detail::timeline_event_json));
  splice_list(document, "actions",
              list_text(postmortem.actions, actions_, json_detail::action_json));
  return document + "\n";
}

}  // namespace hindsight::core
