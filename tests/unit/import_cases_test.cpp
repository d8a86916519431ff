// The Markdown import, case by case from files: tests/fixtures/import/cases/NAME.md is imported
// and compared with NAME.json, one test per pair (ImportCases.Case/NAME, NAME with "_" for "-").
//
// NAME.json is the imported post-mortem's JSON (to_json, as `hindsight import` prints it) with
// every member that an empty document's import has with the same value left out, so the file
// shows only what the Markdown put into the model; arrays are written whole. A "warnings" member
// lists the importer's warnings as "LINE: message"; without it the import must warn about
// nothing. The comparison is exact: a field the file does not name must keep its empty value.
// With HINDSIGHT_UPDATE_GOLDEN set the test rewrites NAME.json from the importer instead; read
// the diff before committing it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "core/json/json_codec.hpp"
#include "core/markdown/markdown_import.hpp"
#include "support/fixtures.hpp"

namespace hindsight::core {
namespace {

constexpr const char* kCases = "import/cases";

// `value` without the object members that `empty` holds with the same value.
Json without_defaults(const Json& value, const Json& empty) {
  if (!value.is_object() || !empty.is_object()) return value;
  Json out = Json::object();
  for (const auto& member : value.items()) {
    const auto base = empty.find(member.key());
    if (base == empty.end()) {
      out[member.key()] = member.value();
    } else if (*base != member.value()) {
      out[member.key()] = without_defaults(member.value(), *base);
    }
  }
  return out;
}

// What a case file states about an import: its model without defaults, and its warnings.
Json outcome(const ImportResult& result) {
  static const Json kEmpty = to_json(*import_markdown("").postmortem);
  Json out = without_defaults(to_json(*result.postmortem), kEmpty);
  if (!result.warnings.empty()) {
    Json warnings = Json::array();
    for (const ImportWarning& w : result.warnings)
      warnings.push_back(std::to_string(w.line) + ": " + w.message);
    out["warnings"] = std::move(warnings);
  }
  return out;
}

class ImportCases : public ::testing::TestWithParam<std::string> {};

TEST_P(ImportCases, Case) {
  const std::string name = GetParam();
  const std::string markdown = hindsight::testing::read_fixture(std::string(kCases) + "/" + name);
  const ImportResult result = import_markdown(markdown);
  ASSERT_TRUE(result.postmortem.has_value()) << result.error;
  const Json actual = outcome(result);

  const std::string stem = name.substr(0, name.rfind('.'));
  const auto expected_path = hindsight::testing::fixtures_dir() / kCases / (stem + ".json");
  if (std::getenv("HINDSIGHT_UPDATE_GOLDEN")) {
    std::ofstream(expected_path, std::ios::binary) << actual.dump(2) << "\n";
    return;
  }
  const Json expected = Json::parse(hindsight::testing::read_file(expected_path), nullptr, false);
  ASSERT_FALSE(expected.is_discarded()) << expected_path.string() << " is not JSON";
  std::string differences;
  for (const Json& op : Json::diff(actual, expected))
    differences += "\n  " + op.value("path", "") + ": the file says " +
                   (op.contains("value") ? op["value"].dump() : "nothing") + ", the import gives " +
                   (op.value("op", "") == "add" ? "nothing"
                                                : actual.at(Json::json_pointer(op["path"])).dump());
  EXPECT_EQ(actual, expected) << stem << ".md imports differently from " << stem
                              << ".json:" << differences;
}

INSTANTIATE_TEST_SUITE_P(, ImportCases,
                         ::testing::ValuesIn(hindsight::testing::fixture_files(kCases, ".md")),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return hindsight::testing::test_name_of(info.param);
                         });

}  // namespace
}  // namespace hindsight::core
