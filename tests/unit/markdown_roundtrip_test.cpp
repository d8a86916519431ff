// The Markdown format's central promise, checked on thousands of generated post-mortems:
// import(export(p)) == p, and export(import(export(p))) == export(p) byte for byte.
#include <gtest/gtest.h>

#include "core/json/json_codec.hpp"
#include "core/markdown/markdown_export.hpp"
#include "core/markdown/markdown_import.hpp"
#include "support/postmortem_generator.hpp"

namespace hindsight::core {
namespace {

constexpr std::uint64_t kGeneratedCount = 10000;

// Every text field may hold Markdown written to break the document (see the generator).
testing::GeneratorOptions hostile() {
  testing::GeneratorOptions options;
  options.hostile = true;
  return options;
}

// The first changes from `a` to `b` as JSON patch operations, for a readable failure.
std::string json_changes(const PostMortem& a, const PostMortem& b) {
  const Json patch = Json::diff(to_json(a), to_json(b));
  std::string text;
  for (std::size_t i = 0; i < patch.size() && i < 4; ++i) {
    const Json& op = patch[i];
    const std::string path = op.value("path", "");
    const Json::json_pointer pointer(path);
    text += "\n  " + op.value("op", "") + " " + path;
    if (to_json(a).contains(pointer)) text += "\n    was: " + to_json(a)[pointer].dump();
    if (op.contains("value")) text += "\n    now: " + op["value"].dump();
  }
  return text;
}

// The first line where two texts differ, for a readable failure.
std::string first_difference(const std::string& a, const std::string& b) {
  std::size_t line = 1, start = 0;
  for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
    if (a[i] != b[i]) {
      const auto end_a = a.find('\n', i), end_b = b.find('\n', i);
      return "line " + std::to_string(line) + ":\n  " + a.substr(start, end_a - start) + "\n  " +
             b.substr(start, end_b - start);
    }
    if (a[i] == '\n') ++line, start = i + 1;
  }
  return a.size() == b.size() ? "" : "lengths differ at line " + std::to_string(line);
}

// The parts of the model that differ, named for the failure message.
std::string differing_parts(const PostMortem& a, const PostMortem& b) {
  std::string parts;
  auto check = [&](bool same, const char* name) {
    if (!same) parts += std::string(parts.empty() ? "" : ", ") + name;
  };
  check(a.id == b.id && a.created_at == b.created_at, "id/created_at");
  check(a.incident == b.incident, "incident");
  check(a.severity_scale == b.severity_scale, "severity_scale");
  check(a.timeline == b.timeline, "timeline");
  check(a.meeting == b.meeting, "meeting");
  check(a.analysis == b.analysis, "analysis");
  check(a.actions == b.actions, "actions");
  check(a.executive_summary == b.executive_summary && a.what_happened == b.what_happened &&
            a.lessons_learned == b.lessons_learned && a.actions_notes == b.actions_notes,
        "prose");
  check(a.extra_sections == b.extra_sections, "extra_sections");
  check(a.unknown == b.unknown, "unknown");
  return parts;
}

TEST(MarkdownRoundTrip, GeneratedPostmortemsSurviveExportAndImport) {
  int failures = 0;
  for (std::uint64_t seed = 1; seed <= kGeneratedCount && failures < 3; ++seed) {
    const PostMortem original = testing::generate_postmortem(seed, hostile());
    const std::string markdown = export_markdown(original);
    const ImportResult imported = import_markdown(markdown);
    ASSERT_TRUE(imported.postmortem) << "seed " << seed << ": " << imported.error;
    const std::string again = export_markdown(*imported.postmortem);
    if (!(*imported.postmortem == original) || again != markdown) {
      ++failures;
      ADD_FAILURE() << "seed " << seed << " differs in "
                    << differing_parts(original, *imported.postmortem)
                    << json_changes(original, *imported.postmortem) << "\nMarkdown at "
                    << first_difference(markdown, again) << "\n--- exported:\n"
                    << markdown;
    }
  }
}

TEST(MarkdownRoundTrip, ImportOfCanonicalExportReportsNoWarnings) {
  for (std::uint64_t seed = 1; seed <= 200; ++seed) {
    const ImportResult imported =
        import_markdown(export_markdown(testing::generate_postmortem(seed)));
    ASSERT_TRUE(imported.postmortem);
    EXPECT_TRUE(imported.warnings.empty())
        << "seed " << seed << ": line " << imported.warnings[0].line << ": "
        << imported.warnings[0].message;
  }
}

}  // namespace
}  // namespace hindsight::core
