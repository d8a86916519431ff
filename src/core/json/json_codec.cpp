// Loading the storage format: parse, check the schema version, migrate, then read and validate.
// Owns: the document-level errors (text that is not JSON, a missing or unknown schema version).
// Contract: never throws, and never makes the JSON library throw: the web build is compiled
// without exception catching, so a throw there would end the app. A post-mortem is returned only
// when no error was found. Field-level reading lives in json_read.cpp, migrations in
// json_migrations.cpp, writing in json_write.cpp.
#include "core/json/json_codec.hpp"

#include <cstddef>
#include <utility>
#include <vector>

#include "core/json/json_migrations.hpp"
#include "core/json/json_read.hpp"

namespace hindsight::core {
namespace {

using json_detail::Errors;

// Deeper than any post-mortem needs (the model itself nests five levels), shallow enough that
// copying, checking and writing a document never exhausts the stack, which is small in the browser.
constexpr std::size_t kMaxDepth = 64;

// Whether objects and arrays nest more than kMaxDepth levels (the document itself is level 1).
// Measured without recursion, so that the measurement itself cannot exhaust the stack.
bool nested_too_deep(const Json& document) {
  std::vector<std::pair<const Json*, std::size_t>> pending{{&document, 1}};
  while (!pending.empty()) {
    const auto [value, depth] = pending.back();
    pending.pop_back();
    if (!value->is_structured()) continue;
    if (depth > kMaxDepth) return true;
    for (const Json& child : *value) pending.emplace_back(&child, depth + 1);
  }
  return false;
}

std::string supported_range() {
  return "this version reads schemas 1 to " + std::to_string(kSchemaVersion);
}

// Whether `document` is an object naming a schema this version reads; sets
// `result.loaded_schema` whenever the version is an integer.
bool check_schema(const Json& document, LoadResult& result) {
  if (!document.is_object()) {
    result.errors.push_back({"", json_detail::type_reason("an object", document)});
    return false;
  }
  const auto schema = document.find("schema");
  if (schema == document.end()) {
    result.errors.push_back({"/schema", std::string(json_detail::kMissing)});
    return false;
  }
  const std::optional<int> version = json_detail::read_int(*schema, "/schema", result.errors);
  if (!version) return false;
  result.loaded_schema = *version;
  if (*version > kSchemaVersion) {
    result.errors.push_back({"/schema", "written by a newer Hindsight (schema " +
                                            std::to_string(*version) + "); " + supported_range()});
    return false;
  }
  if (*version < 1) {
    result.errors.push_back({"/schema", "unknown schema version " + std::to_string(*version) +
                                            "; " + supported_range()});
    return false;
  }
  return true;
}

void read_document(const Json& document, LoadResult& result) {
  if (nested_too_deep(document)) {
    result.errors.push_back({"", "nested more than " + std::to_string(kMaxDepth) + " levels deep"});
    return;
  }
  if (!check_schema(document, result)) return;
  // Only an earlier schema is migrated, on a copy: a current document (every one this version
  // saved) is read as it is, without copying it whole.
  Json migrated;
  if (result.loaded_schema < kSchemaVersion) {
    migrated = document;
    json_detail::migrate(migrated, result.loaded_schema, result.errors);
  }
  const Json& current = result.loaded_schema < kSchemaVersion ? migrated : document;
  PostMortem postmortem = json_detail::read_postmortem(current, result.errors);
  if (result.errors.empty()) result.postmortem = std::move(postmortem);
}

// nlohmann's message without its prefix and without the bytes it last read (which may be the very
// bytes that are not UTF-8): "line 1, column 7: syntax error while parsing value - invalid
// literal".
std::string parse_error_detail(const Json::exception& error) {
  std::string message = error.what();
  constexpr std::string_view kAt = "parse error at ";
  const std::size_t start = message.find(kAt);
  if (start == std::string::npos) return {};
  message.erase(0, start + kAt.size());
  if (const std::size_t last_read = message.find("; last read:"); last_read != std::string::npos)
    message.erase(last_read);
  return ", " + message;
}

// Reads JSON text without building anything, to word why it is not JSON. The library hands the
// error to parse_error() as a value, not as a throw: the web build cannot catch exceptions.
class ParseErrorReader final : public Json::json_sax_t {
 public:
  std::string message;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(Json::number_integer_t) override { return true; }
  bool number_unsigned(Json::number_unsigned_t) override { return true; }
  bool number_float(Json::number_float_t, const Json::string_t&) override { return true; }
  bool string(Json::string_t&) override { return true; }
  bool binary(Json::binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(Json::string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t byte, const std::string&, const Json::exception& error) override {
    const std::string detail = parse_error_detail(error);
    message = detail.empty() ? "not valid JSON: " + std::string(error.what())
                             : "not valid JSON at byte " + std::to_string(byte) + detail;
    return false;
  }
};

}  // namespace

LoadResult from_json(const Json& document) {
  LoadResult result;
  read_document(document, result);
  return result;
}

LoadResult load_json(std::string_view text) {
  const Json document = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded()) {
    // Only a document that is not JSON is read a second time, to say where and why.
    ParseErrorReader reader;
    Json::sax_parse(text, &reader);
    LoadResult result;
    result.errors.push_back({"", std::move(reader.message)});
    return result;
  }
  return from_json(document);
}

}  // namespace hindsight::core
