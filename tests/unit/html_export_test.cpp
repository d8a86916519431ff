// HTML export: the exact page for a small post-mortem (a golden file), markup in any field
// rendered as text, the export's line breaks kept outside code, and the file name.
#include "core/markdown/html_export.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/markdown/markdown_export.hpp"
#include "core/model/seed_templates.hpp"
#include "core/model/time_format.hpp"
#include "support/fixtures.hpp"

namespace hindsight::core {
namespace {

UtcSeconds at(const char* iso) { return *parse_iso8601(iso); }

PostMortem small_postmortem() {
  PostMortem p =
      new_postmortem("pm-00000000000000aa", "Cache stampede", at("2024-03-02T08:00:00Z"));
  p.incident.date = "2024-03-01";
  p.incident.author = "Priya";
  p.executive_summary =
      "The **cache** expired at once; see [the graph](https://example.com/g?a=1&b=2) and `ttl`.";
  p.what_happened = "- [x] Rolled back\n- [ ] Jitter added";
  p.timeline = {
      {at("2024-03-01T09:00:00Z"), EventKind::Detected, "Latency alert\nfrom the edge", "Grafana"}};
  p.meeting.went_well = {"Rollback took < 5 minutes"};
  p.actions = {{"A1", "Add TTL jitter", ActionCategory::Prevention, ActionType::Prevent,
                Priority::High, "Priya", "2024-03-08", "1 day", ActionStatus::Open, ""}};
  return p;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(HtmlExport, SmallPostmortemMatchesTheGoldenPage) {
  const std::filesystem::path path =
      hindsight::testing::fixtures_dir() / "export/small-postmortem.html";
  const std::string page = export_html(small_postmortem());
  if (std::getenv("HINDSIGHT_UPDATE_GOLDEN")) std::ofstream(path, std::ios::binary) << page;
  EXPECT_EQ(page, hindsight::testing::read_file(path));
}

TEST(HtmlExport, PageIsOneStandaloneDocumentWithoutFrontMatter) {
  const std::string page = export_html(small_postmortem());
  EXPECT_TRUE(page.starts_with("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"));
  EXPECT_TRUE(page.ends_with("</body>\n</html>\n"));
  EXPECT_EQ(count(page, "<title>Cache stampede</title>"), 1u);
  EXPECT_EQ(count(page, "<style>"), 1u);
  EXPECT_EQ(count(page, "<h1>"), 1u);
  EXPECT_EQ(page.find("schema:"), std::string::npos);
  EXPECT_EQ(page.find("pm-00000000000000aa"), std::string::npos);
  EXPECT_EQ(page.find("<link"), std::string::npos);  // nothing loaded from elsewhere
  EXPECT_EQ(page.find("<script"), std::string::npos);
}

TEST(HtmlExport, UntitledPostmortemGetsAGenericTitle) {
  PostMortem p = small_postmortem();
  p.incident.title = "";
  EXPECT_NE(export_html(p).find("<title>Post-mortem</title>"), std::string::npos);
}

TEST(HtmlExport, MarkupInTitleAndTextIsEscapedNeverATag) {
  PostMortem p = small_postmortem();
  p.incident.title = "<script>alert(1)</script> & \"quotes\"";
  p.executive_summary =
      "Before <script>alert(2)</script> after.\n\n<div onclick=\"x()\">block</div>";
  p.meeting.went_well = {"<img src=x onerror=alert(3)>"};
  p.what_happened =
      "[click](JavaScript:alert(4)) <a href=\"https://evil.example\">a</a> ![i](data:x)";
  const std::string page = export_html(p);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("<div"), std::string::npos);
  EXPECT_EQ(page.find("<img src=x"), std::string::npos);
  EXPECT_NE(page.find("<img src=\"\" alt=\"i\">"), std::string::npos);
  EXPECT_EQ(page.find("<a href=\"https://evil"), std::string::npos);
  EXPECT_NE(
      page.find("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</title>"),
      std::string::npos);
  EXPECT_NE(page.find("<p>Before &lt;script&gt;alert(2)&lt;/script&gt; after.</p>"),
            std::string::npos);
  EXPECT_NE(page.find("<p>&lt;div onclick=&quot;x()&quot;&gt;block&lt;/div&gt;</p>"),
            std::string::npos);
  EXPECT_NE(page.find("<li>&lt;img src=x onerror=alert(3)&gt;</li>"), std::string::npos);
  EXPECT_EQ(page.find("javascript:"), std::string::npos);
  EXPECT_NE(page.find("<a href=\"\">click</a>"), std::string::npos);
}

TEST(HtmlExport, ExportedLineBreaksStayBreaksButCodeKeepsItsCharacters) {
  PostMortem p = small_postmortem();
  p.executive_summary = "Write `<br>` to break a line.\n\n```\na <br> b\n```";
  const std::string page = export_html(p);
  EXPECT_NE(page.find("<td>Latency alert<br>from the edge</td>"), std::string::npos);
  EXPECT_NE(page.find("<p>Write <code>&lt;br&gt;</code> to break a line.</p>"), std::string::npos);
  EXPECT_NE(page.find("<pre><code>a &lt;br&gt; b\n</code></pre>"), std::string::npos);
}

TEST(HtmlExport, FileNameIsTheMarkdownNameWithHtmlExtension) {
  PostMortem p = small_postmortem();
  EXPECT_EQ(html_file_name(p), "2024-03-01-cache-stampede.html");
  p.incident.date = "";
  p.incident.title = "Über-Störung: café.md";
  EXPECT_EQ(html_file_name(p), "2024-03-02-uber-storung-cafe-md.html");
  p.incident.title = "";
  EXPECT_EQ(html_file_name(p), "2024-03-02-postmortem.html");
}

}  // namespace
}  // namespace hindsight::core
