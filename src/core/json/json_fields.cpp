#include "core/json/json_fields.hpp"

#include "core/model/utf8.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>

#include "core/model/time_format.hpp"

namespace hindsight::core::json_detail {
namespace {

// Appends an error for every string (value or key) under `value` that is not valid UTF-8.
void check_utf8_tree(const Json& value, const std::string& path, Errors& errors) {
  if (value.is_string()) {
    if (!is_valid_utf8(value.get_ref<const std::string&>()))
      errors.push_back({path, "text is not valid UTF-8"});
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i)
      check_utf8_tree(value[i], field_path(path, i), errors);
  } else if (value.is_object()) {
    for (const auto& [key, child] : value.items()) {
      if (!is_valid_utf8(key)) {
        errors.push_back({path, "a key is not valid UTF-8"});
        continue;
      }
      check_utf8_tree(child, field_path(path, key), errors);
    }
  }
}

}  // namespace

std::string type_reason(std::string_view expected, const Json& found) {
  return "expected " + std::string(expected) + ", found " + found.type_name();
}

std::optional<std::string> read_text(const Json& value, const std::string& path, Errors& errors) {
  if (!value.is_string()) {
    errors.push_back({path, type_reason("a string", value)});
    return std::nullopt;
  }
  const auto& text = value.get_ref<const std::string&>();
  if (!is_valid_utf8(text)) {
    errors.push_back({path, "text is not valid UTF-8"});
    return std::nullopt;
  }
  return text;
}

std::optional<UtcSeconds> read_time(const Json& value, const std::string& path, Errors& errors) {
  const std::optional<std::string> text = read_text(value, path, errors);
  if (!text) return std::nullopt;
  const std::optional<UtcSeconds> parsed = parse_iso8601(*text);
  if (!parsed) errors.push_back({path, std::string(kTimeExpected)});
  return parsed;
}

std::optional<int> read_int(const Json& value, const std::string& path, Errors& errors) {
  if (!value.is_number_integer()) {
    errors.push_back({path, type_reason("an integer", value)});
    return std::nullopt;
  }
  const bool fits =
      value.is_number_unsigned()
          ? value.get<std::uint64_t>() <= static_cast<std::uint64_t>(INT_MAX)
          : value.get<std::int64_t>() >= INT_MIN && value.get<std::int64_t>() <= INT_MAX;
  if (!fits) {
    errors.push_back({path, "integer out of range"});
    return std::nullopt;
  }
  return static_cast<int>(value.get<std::int64_t>());
}

Fields::Fields(const Json& value, std::string path, Errors& errors)
    : value_(value), path_(std::move(path)), errors_(errors), is_object_(value.is_object()) {
  if (!is_object_) errors_.push_back({path_, type_reason("an object", value_)});
}

void Fields::error(std::string_view key, std::string reason) {
  errors_.push_back({path_of(key), std::move(reason)});
}

const Json* Fields::find(std::string_view key, Presence presence) {
  known_.push_back(key);
  if (!is_object_) return nullptr;
  const auto it = value_.find(key);
  if (it != value_.end()) return &*it;
  if (presence == Presence::Required) error(key, std::string(kMissing));
  return nullptr;
}

void Fields::text(std::string_view key, std::string& out, Presence presence) {
  if (const Json* value = find(key, presence)) {
    if (std::optional<std::string> read = read_text(*value, path_of(key), errors_))
      out = std::move(*read);
  }
}

void Fields::texts(std::string_view key, std::vector<std::string>& out) {
  list(key, out, [](const Json& value, const std::string& path, Errors& errors) {
    return read_text(value, path, errors).value_or(std::string());
  });
}

void Fields::integer(std::string_view key, int& out) {
  if (const Json* value = find(key)) {
    if (const std::optional<int> read = read_int(*value, path_of(key), errors_)) out = *read;
  }
}

void Fields::time(std::string_view key, UtcSeconds& out, Presence presence) {
  if (const Json* value = find(key, presence)) {
    if (const std::optional<UtcSeconds> read = read_time(*value, path_of(key), errors_))
      out = *read;
  }
}

void Fields::optional_time(std::string_view key, std::optional<UtcSeconds>& out) {
  const Json* value = find(key);
  if (value == nullptr || value->is_null()) return;
  if (!value->is_string()) {
    error(key, type_reason("a string or null", *value));
    return;
  }
  out = read_time(*value, path_of(key), errors_);
}

void Fields::read_field(const ModelField& field, PostMortem& pm) {
  const Presence presence = field.required_in_json ? Presence::Required : Presence::Optional;
  if (is_list(field)) {
    texts(field.key, *field.list(pm));
    return;
  }
  std::string& out = *field.text(pm);
  text(field.key, out, presence);
  if (field.kind == FieldKind::Date && !out.empty() && !is_iso_date(out))
    error(field.key, "expected a date as YYYY-MM-DD, or empty");
}

void Fields::read_fields(std::span<const ModelField> fields, PostMortem& pm) {
  for (const ModelField& field : fields) read_field(field, pm);
}

bool Fields::known(std::string_view key) const {
  return std::find(known_.begin(), known_.end(), key) != known_.end();
}

Json Fields::unknown() {
  Json kept = Json::object();
  if (!is_object_) return kept;
  for (const auto& [key, child] : value_.items()) {
    if (known(key)) continue;
    const std::size_t errors_before = errors_.size();
    if (!is_valid_utf8(key)) {
      errors_.push_back({path_, "a key is not valid UTF-8"});
      continue;
    }
    check_utf8_tree(child, path_of(key), errors_);
    if (errors_.size() == errors_before) kept[key] = child;
  }
  return kept;
}

}  // namespace hindsight::core::json_detail
