#include "core/model/field_table.hpp"

#include <iterator>
#include <string>

namespace hindsight::core {
namespace {

// model_field() indexes the table by id, so each entry must sit at its id's place.
constexpr bool ids_match_places() {
  for (std::size_t i = 0; i < model_fields().size(); ++i)
    if (static_cast<std::size_t>(model_fields()[i].id) != i) return false;
  return true;
}
static_assert(ids_match_places(), "field table entries must be in FieldId order");

}  // namespace

bool is_list(const ModelField& field) {
  return field.kind == FieldKind::Entries || field.kind == FieldKind::Names;
}

// Why const_cast: the accessors locate a field in a mutable PostMortem; here they only locate it
// and the result is handed out as const, so nothing is ever written through it.
const std::string& text_of(const ModelField& field, const PostMortem& pm) {
  return *field.text(const_cast<PostMortem&>(pm));
}

const std::vector<std::string>& list_of(const ModelField& field, const PostMortem& pm) {
  return *field.list(const_cast<PostMortem&>(pm));
}

std::string field_path(FieldId id) { return std::string(model_field(id).path); }

namespace {

// Why built in place: lints name every text of a post-mortem by its path, 10,000 of them for a
// long timeline, and a path built from temporaries costs an allocation for each.
void append_key(std::string& path, std::string_view key) {
  path += '/';
  for (const char c : key) {
    if (c == '~') {
      path += "~0";
    } else if (c == '/') {
      path += "~1";
    } else {
      path += c;
    }
  }
}

void append_index(std::string& path, std::size_t index) {
  char digits[24];
  char* end = std::end(digits);
  char* at = end;
  do {
    *--at = static_cast<char>('0' + index % 10);
    index /= 10;
  } while (index != 0);
  path += '/';
  path.append(at, end);
}

}  // namespace

std::string field_path(std::string_view parent, std::string_view key) {
  std::string path;
  path.reserve(parent.size() + 1 + key.size());
  path += parent;
  append_key(path, key);
  return path;
}

std::string field_path(std::string_view parent, std::size_t index) {
  // No reserve: "/timeline/123" fits the string's own buffer, and a reserve for the longest
  // index would allocate for every path.
  std::string path(parent);
  append_index(path, index);
  return path;
}

std::string field_path(std::string_view parent, std::size_t index, std::string_view key) {
  std::string path;
  path.reserve(parent.size() + 22 + key.size());
  path += parent;
  append_index(path, index);
  append_key(path, key);
  return path;
}

}  // namespace hindsight::core
