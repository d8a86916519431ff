// Reading one JSON object field by field, for the storage format's loader (json_read.cpp).
// Owns: type checks, UTF-8 checks, and the wording of every field-level
// validation error, so that each error names where it is and what was expected.
// Contract: never throws and never stops at the first error; every problem is appended to the
// caller's error list and the output keeps the model's default for that field. It never decides
// what a post-mortem must contain: that is json_read.cpp's job.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/json/json_codec.hpp"
#include "core/model/enum_names.hpp"
#include "core/model/field_table.hpp"

namespace hindsight::core::json_detail {

using Errors = std::vector<ValidationError>;

enum class Presence { Optional, Required };

inline constexpr std::string_view kMissing = "missing required key";
inline constexpr std::string_view kTimeExpected =
    "expected an ISO-8601 UTC time such as 2024-01-15T14:23:00Z";


// "expected a string, found number"; `expected` names the wanted type with its article.
std::string type_reason(std::string_view expected, const Json& found);

std::optional<std::string> read_text(const Json& value, const std::string& path, Errors& errors);
std::optional<UtcSeconds> read_time(const Json& value, const std::string& path, Errors& errors);
std::optional<int> read_int(const Json& value, const std::string& path, Errors& errors);

template <class E>
std::string allowed_keys() {
  std::string list;
  for (const auto& name : EnumTable<E>::names) {
    if (!list.empty()) list += ", ";
    list += name.key;
  }
  return list;
}

template <class E>
std::optional<E> read_enum(const Json& value, const std::string& path, Errors& errors) {
  const std::optional<std::string> key = read_text(value, path, errors);
  if (!key) return std::nullopt;
  if (const std::optional<E> found = from_key<E>(*key)) return found;
  errors.push_back({path, "unknown value \"" + *key + "\"; expected one of: " + allowed_keys<E>()});
  return std::nullopt;
}

class Fields {
 public:
  // When `value` is not an object the error is reported here and every read finds nothing.
  Fields(const Json& value, std::string path, Errors& errors);

  std::string path_of(std::string_view key) const { return field_path(path_, key); }
  void error(std::string_view key, std::string reason);

  // The value under `key`, marking the key as known; reports a missing required key.
  const Json* find(std::string_view key, Presence presence = Presence::Optional);

  void text(std::string_view key, std::string& out, Presence presence = Presence::Optional);
  void texts(std::string_view key, std::vector<std::string>& out);
  void integer(std::string_view key, int& out);
  void time(std::string_view key, UtcSeconds& out, Presence presence);
  void optional_time(std::string_view key, std::optional<UtcSeconds>& out);  // absent or null
  // A field of the table (field_table.hpp) read into `pm` by its kind; `field.parent` must be
  // the object these fields read. A date that is not "YYYY-MM-DD" or empty is an error.
  void read_field(const ModelField& field, PostMortem& pm);
  void read_fields(std::span<const ModelField> fields, PostMortem& pm);

  template <class E>
  void enumeration(std::string_view key, E& out) {
    if (const Json* value = find(key)) {
      if (const std::optional<E> read = read_enum<E>(*value, path_of(key), errors_)) out = *read;
    }
  }

  // `read(const Json&, const std::string& path, Errors&)` returns one element.
  template <class T, class Read>
  void list(std::string_view key, std::vector<T>& out, Read read) {
    const Json* value = find(key);
    if (value == nullptr) return;
    const std::string path = path_of(key);
    if (!value->is_array()) {
      errors_.push_back({path, type_reason("an array", *value)});
      return;
    }
    out.clear();
    for (std::size_t i = 0; i < value->size(); ++i)
      out.push_back(read((*value)[i], field_path(path, i), errors_));
  }

  Json unknown();  // every key not read, kept as written (after a UTF-8 check)

 private:
  bool known(std::string_view key) const;

  const Json& value_;
  std::string path_;
  Errors& errors_;
  bool is_object_ = false;
  std::vector<std::string_view> known_;
};

}  // namespace hindsight::core::json_detail
