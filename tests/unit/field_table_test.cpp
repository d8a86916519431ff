// The field table is the one place the model's text fields are named: these tests prove that its
// paths, JSON keys, Markdown sections and accessors agree with what the codecs and commands do.
#include "core/model/field_table.hpp"

#include <gtest/gtest.h>

#include <set>

#include "core/json/json_codec.hpp"
#include "core/lint/lint.hpp"
#include "core/markdown/markdown_import.hpp"
#include "core/model/commands.hpp"
#include "support/postmortem_generator.hpp"

namespace hindsight::core {
namespace {

TEST(FieldTable, PathIsTheParentAndKeyAndEveryPathIsUnique) {
  std::set<std::string_view> paths;
  for (const ModelField& field : model_fields()) {
    EXPECT_EQ(field.path, field_path(field.parent, field.key)) << field.path;
    EXPECT_EQ(field_path(field.id), field.path);
    EXPECT_EQ(&model_field(field.id), &field) << field.path;
    EXPECT_EQ(field.text != nullptr, !is_list(field)) << field.path;
    EXPECT_EQ(field.list != nullptr, is_list(field)) << field.path;
    EXPECT_TRUE(paths.insert(field.path).second) << field.path;
  }
  EXPECT_EQ(paths.size(), 24u);
  const auto meeting_lists = model_fields(FieldId::WentWell, FieldId::ParkingLot);
  ASSERT_EQ(meeting_lists.size(), 5u);
  EXPECT_EQ(meeting_lists.front().path, "/meeting/went_well");
  EXPECT_EQ(meeting_lists.back().path, "/meeting/parking_lot");
}

TEST(FieldTable, FieldPathNumbersItemsAndEscapesKeys) {
  EXPECT_EQ(field_path("/actions", 2), "/actions/2");
  EXPECT_EQ(field_path("/actions", 2, "owner"), "/actions/2/owner");
  EXPECT_EQ(field_path("/meeting", "went_well"), "/meeting/went_well");
  EXPECT_EQ(field_path("", "a/b~c"), "/a~1b~0c");
  EXPECT_EQ(field_path(FieldId::ParkingLot), "/meeting/parking_lot");
}

// Every entry's JSON key holds, at the entry's path, exactly what its accessor reads.
TEST(FieldTable, EveryEntryIsAtItsPathInTheJsonOfGeneratedPostMortems) {
  for (std::uint64_t seed = 1; seed <= 200; ++seed) {
    const PostMortem pm = testing::generate_postmortem(seed);
    const Json json = to_json(pm);
    for (const ModelField& field : model_fields()) {
      const Json::json_pointer pointer{std::string(field.path)};
      ASSERT_TRUE(json.contains(pointer)) << field.path << " seed " << seed;
      if (is_list(field))
        EXPECT_EQ(json.at(pointer), Json(list_of(field, pm))) << field.path << " seed " << seed;
      else
        EXPECT_EQ(json.at(pointer), Json(text_of(field, pm))) << field.path << " seed " << seed;
    }
  }
}

// A document that holds one field's Markdown section, under its parent section when it has one.
std::string document_with(const ModelField& field, const std::string& body) {
  std::string md = "# Post-Mortem: Queue backlog\n\n";
  if (!field.markdown_parent.empty()) md += "## " + std::string(field.markdown_parent) + "\n\n";
  md += (field.markdown_parent.empty() ? "## " : "### ") + std::string(field.markdown_section);
  return md + "\n\n" + body;
}

TEST(FieldTable, EveryProseAndListSectionReadsBackIntoItsField) {
  int sections = 0;
  for (const ModelField& field : model_fields()) {
    if (field.markdown_section.empty()) continue;
    ++sections;
    const std::string key(field.key);
    const std::vector<std::string> entries{"The first note on " + key + ".",
                                           "The second note on " + key + "."};
    const std::string prose = "The queue for " + key + " grew for an hour.";
    const std::string body =
        is_list(field) ? "- " + entries[0] + "\n- " + entries[1] + "\n" : prose + "\n";
    const ImportResult result = import_markdown(document_with(field, body));
    ASSERT_TRUE(result.postmortem.has_value()) << result.error;
    const PostMortem& pm = *result.postmortem;
    if (is_list(field)) {
      EXPECT_EQ(list_of(field, pm), entries) << field.path;
      EXPECT_EQ(result.source_lines.count(field_path(field.path, 1)), 1u) << field.path;
    } else {
      EXPECT_EQ(text_of(field, pm), prose) << field.path;
      EXPECT_EQ(result.source_lines.count(std::string(field.path)), 1u) << field.path;
    }
    EXPECT_TRUE(pm.extra_sections.empty()) << field.path;
  }
  EXPECT_EQ(sections, 12);
}

// Lints read prose and list entries, the sentences people write, at the table's paths and in the
// table's order; lines and names are not language to check.
TEST(FieldTable, LintsFindBlameInEveryProseFieldAndListEntryAtItsPath) {
  constexpr std::string_view kBlame = "It was Dave's fault.";
  PostMortem pm;
  std::vector<std::string> expected;
  for (const ModelField& field : model_fields()) {
    if (field.kind == FieldKind::Prose) {
      *field.text(pm) = kBlame;
      expected.push_back(std::string(field.path));
    } else if (field.kind == FieldKind::Entries) {
      *field.list(pm) = {"The alert fired late.", std::string(kBlame)};
      expected.push_back(field_path(field.path, 1));
    } else if (field.kind == FieldKind::Line) {
      *field.text(pm) = kBlame;
    } else if (field.kind == FieldKind::Names) {
      *field.list(pm) = {std::string(kBlame)};
    }
  }
  std::vector<std::string> found;
  for (const Finding& finding : lint(pm))
    if (finding.rule == kBlamelessLanguage) found.push_back(finding.path);
  EXPECT_EQ(found, expected);
}

// The commands' enumerations name entries of the table: an edit through a command lands at the
// entry's path in the JSON, which is also the edit's merge key.
TEST(FieldTable, CommandsEditTheFieldAtTheirEntrysPath) {
  for (int i = 0; i <= static_cast<int>(TextList::FollowUpInvestigations); ++i) {
    const auto list = static_cast<TextList>(i);
    PostMortem pm;
    ASSERT_TRUE(add_list_entry(pm, list, "Ana"));
    const std::string path = field_path(field_of(list));
    EXPECT_EQ(to_json(pm).at(Json::json_pointer(path)), Json({"Ana"})) << path;
    EXPECT_EQ(add_list_entry(pm, list, "Ana"), model_field(field_of(list)).kind != FieldKind::Names)
        << path;
  }
  for (int i = 0; i <= static_cast<int>(Prose::Opening); ++i) {
    const auto prose = static_cast<Prose>(i);
    PostMortem pm;
    set_prose(pm, prose, "Written.");
    const std::string path = field_path(field_of(prose));
    EXPECT_EQ(to_json(pm).at(Json::json_pointer(path)), "Written.") << path;
    EXPECT_EQ(model_field(field_of(prose)).kind, FieldKind::Prose) << path;
  }
  for (int i = 0; i <= static_cast<int>(IncidentText::Facilitator); ++i) {
    const auto text = static_cast<IncidentText>(i);
    PostMortem pm;
    set_incident_text(pm, text, "Set.");
    const std::string path = field_path(field_of(text));
    EXPECT_EQ(to_json(pm).at(Json::json_pointer(path)), "Set.") << path;
  }
}

}  // namespace
}  // namespace hindsight::core
