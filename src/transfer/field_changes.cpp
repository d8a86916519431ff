#include "transfer/field_changes.hpp"

#include <algorithm>

#include "core/json/json_codec.hpp"

namespace hindsight::transfer {
namespace {

constexpr std::string_view kSeparator = " \xE2\x80\xBA ";  // " › "
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";     // "…"
// How much text before the first difference stays in view when a long value is shortened.
constexpr std::size_t kContextBeforeDifference = 20;

std::string child_label(const std::string& parent, const std::string& key) {
  std::string label = key;
  std::replace(label.begin(), label.end(), '_', ' ');
  return parent.empty() ? label : parent + std::string(kSeparator) + label;
}

// "timeline" -> "timeline 3": lists are numbered from 1, as people count.
std::string item_label(const std::string& parent, std::size_t index) {
  return (parent.empty() ? std::string("item") : parent) + " " + std::to_string(index + 1);
}

std::string leaf_text(const core::Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return {};
  return core::json_text(value);
}

class Differ {
 public:
  std::vector<FieldChange> changes;

  void compare(const core::Json& before, const core::Json& after, const std::string& label) {
    if (before.is_object() && after.is_object()) {
      compare_objects(before, after, label);
    } else if (before.is_array() && after.is_array()) {
      const std::size_t count = std::max(before.size(), after.size());
      for (std::size_t i = 0; i < count; ++i) {
        const std::string item = item_label(label, i);
        if (i >= after.size()) {
          leaves(before[i], item, Side::removed);
        } else if (i >= before.size()) {
          leaves(after[i], item, Side::added);
        } else {
          compare(before[i], after[i], item);
        }
      }
    } else if (before != after) {
      if (before.is_structured() || after.is_structured()) {
        leaves(before, label, Side::removed);
        leaves(after, label, Side::added);
      } else {
        add(label, leaf_text(before), leaf_text(after));
      }
    }
  }

 private:
  enum class Side { removed, added };

  // Keys in sorted order (nlohmann's objects are ordered maps), merged from both sides.
  void compare_objects(const core::Json& before, const core::Json& after,
                       const std::string& label) {
    auto b = before.begin();
    auto a = after.begin();
    while (b != before.end() || a != after.end()) {
      if (a == after.end() || (b != before.end() && b.key() < a.key())) {
        leaves(b.value(), child_label(label, b.key()), Side::removed);
        ++b;
      } else if (b == before.end() || a.key() < b.key()) {
        leaves(a.value(), child_label(label, a.key()), Side::added);
        ++a;
      } else {
        compare(b.value(), a.value(), child_label(label, b.key()));
        ++b;
        ++a;
      }
    }
  }

  void leaves(const core::Json& value, const std::string& label, Side side) {
    if (value.is_object()) {
      for (auto it = value.begin(); it != value.end(); ++it)
        leaves(it.value(), child_label(label, it.key()), side);
    } else if (value.is_array()) {
      for (std::size_t i = 0; i < value.size(); ++i) leaves(value[i], item_label(label, i), side);
    } else if (side == Side::removed) {
      add(label, leaf_text(value), {});
    } else {
      add(label, {}, leaf_text(value));
    }
  }

  void add(const std::string& label, const std::string& before, const std::string& after) {
    changes.push_back(
        {label, shorten_for_display(before, after), shorten_for_display(after, before)});
  }
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string one_line(std::string_view text) {
  std::string line;
  line.reserve(text.size());
  for (const char c : text) {
    if (!is_space(c)) {
      line += c;
    } else if (!line.empty() && line.back() != ' ') {
      line += ' ';
    }
  }
  if (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

// Byte offsets where each code point starts (continuation bytes belong to the one before).
std::vector<std::size_t> code_point_starts(std::string_view text) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  return starts;
}

}  // namespace

std::vector<FieldChange> field_changes(const core::PostMortem& before,
                                       const core::PostMortem& after) {
  Differ differ;
  differ.compare(core::to_json(before), core::to_json(after), "");
  return std::move(differ.changes);
}

std::string shorten_for_display(std::string_view value, std::string_view other, std::size_t limit) {
  const std::string line = one_line(value);
  const std::vector<std::size_t> starts = code_point_starts(line);
  if (starts.size() <= limit || limit < 3) return line;
  const std::string other_line = one_line(other);
  const std::size_t common = static_cast<std::size_t>(
      std::mismatch(line.begin(), line.end(), other_line.begin(), other_line.end()).first -
      line.begin());
  // The code point holding the first difference.
  const std::size_t difference = static_cast<std::size_t>(
      std::upper_bound(starts.begin(), starts.end(), common) - starts.begin() - 1);
  std::size_t first = 0;
  if (!other_line.empty() && difference + 1 >= limit) {
    const std::size_t context_start =
        difference > kContextBeforeDifference ? difference - kContextBeforeDifference : 0;
    first = std::min(context_start, starts.size() - (limit - 1));
  }
  const bool cut_front = first > 0;
  const std::size_t room = limit - (cut_front ? 1 : 0);
  const bool cut_back = first + room < starts.size();
  const std::size_t last = first + room - (cut_back ? 1 : 0);  // one past the last code point
  std::string shown = cut_front ? std::string(kEllipsis) : std::string();
  const std::size_t end = last < starts.size() ? starts[last] : line.size();
  shown += line.substr(starts[first], end - starts[first]);
  if (cut_back) shown += kEllipsis;
  return shown;
}

}  // namespace hindsight::transfer
