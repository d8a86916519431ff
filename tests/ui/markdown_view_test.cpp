// The Markdown preview widget, drawn headless: the golden export laid out in reading order, a
// 10,000-line document drawn only where it is visible, parsing only on a new revision, link
// clicks returned as intents, raw HTML kept as text, and the word wrap across styled spans.
#include <gtest/gtest.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "headless_ui.hpp"
#include "support/fixtures.hpp"
#include "ui/widgets/markdown_view.hpp"

namespace hindsight::test {
namespace {

using ui::markdown::BlockKind;
using ui::markdown::plain_text;
using ui::markdown::Span;

// A window filling the screen that shows `text` at `revision`, scrolled to `scroll_y` when set.
struct Preview {
  ui::MarkdownView view;
  std::string text;
  std::uint64_t revision = 1;
  std::optional<std::string> clicked;
  std::optional<float> scroll_y;

  void host(HeadlessUi& ui) {
    ui.draw = [this, &ui] {
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(ImVec2(ui.width, ui.height));
      ImGui::Begin("Preview", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize);
      if (scroll_y) ImGui::SetScrollY(*scroll_y);
      view.set_text(text, revision);
      if (auto link = view.draw(ui::markdown_fonts(ui.state.fonts))) clicked = link;
      ImGui::End();
    };
  }
};

const ui::UiItem& item(const HeadlessUi& ui, const std::string& label) {
  const ui::UiItem* found = ui.items.find(label);
  if (found == nullptr) throw std::runtime_error("no item labelled: " + label);
  return *found;
}

std::size_t count_items(const HeadlessUi& ui) { return ui.items.items().size(); }

TEST(MarkdownView, GoldenExportLaysOutHeadingsListItemsAndTableCellsInReadingOrder) {
  HeadlessUi ui(1000.0f, 6000.0f);
  Preview preview;
  preview.text = hindsight::testing::read_fixture("export/full-postmortem.md");
  preview.host(ui);
  ui.frames(3);

  // The front matter is one code block of its own, not a heading.
  ASSERT_TRUE(
      ui.has("id: \"pm-0123456789abcdef\"\nschema: 2\ncreated_at: "
             "\"2024-01-16T09:00:00Z\"\ntags: [\"database\",\"orders\"]\nservices: "
             "[\"orders-api\"]\n"));
  const float title_y = item(ui, "Post-Mortem: Database Connection Pool Exhaustion").y;
  const float summary_y = item(ui, "Executive Summary").y;
  const float delayed_y = item(ui, "Orders were delayed").y;
  const float lost_y = item(ui, "No data was lost").y;
  const float timeline_y = item(ui, "Timeline").y;
  const ui::UiItem& first_time = item(ui, "2024-01-15 14:23");
  const ui::UiItem& second_time = item(ui, "2024-01-15 14:25");
  const float analysis_y = item(ui, "Root Cause Analysis").y;
  EXPECT_LT(title_y, summary_y);
  EXPECT_LT(summary_y, delayed_y);
  EXPECT_LT(delayed_y, lost_y);
  EXPECT_LT(lost_y, timeline_y);
  EXPECT_LT(timeline_y, first_time.y);
  EXPECT_LT(first_time.y, second_time.y);
  EXPECT_LT(second_time.y, analysis_y);

  // The header and the first row: cells of one row share a top and go left to right.
  const ui::UiItem& header_time = item(ui, "Time (UTC)");
  const ui::UiItem& detected = item(ui, "Detected");
  const ui::UiItem& description = item(ui, "Alert fired for high error rate");
  const ui::UiItem& source = item(ui, "PagerDuty");
  EXPECT_LT(header_time.y, first_time.y);
  EXPECT_EQ(first_time.y, detected.y);
  EXPECT_EQ(detected.y, description.y);
  EXPECT_EQ(description.y, source.y);
  EXPECT_LT(first_time.x, detected.x);
  EXPECT_LT(detected.x, description.x);
  EXPECT_LT(description.x, source.x);
  EXPECT_EQ(header_time.x, first_time.x);

  // List items sit to the right of the prose around them; numbered whys keep their order.
  EXPECT_GT(item(ui, "Orders were delayed").x,
            item(ui, "At 14:23 UTC the error rate alert fired.").x);
  EXPECT_LT(item(ui, "Why? \xE2\x86\x92 Connection pool was exhausted").y,
            item(ui, "Why? \xE2\x86\x92 Too many long-running queries").y);
  // Escapes are resolved, the priority emoji stays in the text (drawn as a dot).
  EXPECT_TRUE(ui.has("Add alert for connection pool utilization > 80%"));
  EXPECT_TRUE(ui.has("\xF0\x9F\x94\xB4 High"));
  EXPECT_TRUE(ui.has("Fast detection (< 2 minutes)"));
  EXPECT_TRUE(ui.has("**Detection:** How did we discover the issue?") == false);
  EXPECT_TRUE(ui.has("Detection: How did we discover the issue?"));
  EXPECT_TRUE(ui.has("Revisit the ORM's defaults"));  // the last block, drawn in a tall window

  for (const ui::UiItem& i : ui.items.items()) {
    EXPECT_LE(i.x + i.width, ui.width + 0.5f) << i.label;
    EXPECT_GE(i.x, 0.0f) << i.label;
  }
  // A measured table moves the blocks below it once, then the layout is still.
  const float parking_y = item(ui, "Revisit the ORM's defaults").y;
  ui.frames(2);
  EXPECT_EQ(item(ui, "Revisit the ORM's defaults").y, parking_y);
  EXPECT_EQ(preview.view.parse_count(), 1);
  EXPECT_EQ(preview.view.layout_count(), 1);
}

TEST(MarkdownView, ParsesAgainOnlyWhenTheRevisionChangesAndLaysOutAgainOnlyWhenTheWidthDoes) {
  HeadlessUi ui(800.0f, 600.0f);
  Preview preview;
  preview.text = "# First\n\nSome text.";
  preview.revision = 7;
  preview.host(ui);
  ui.frames(5);
  EXPECT_EQ(preview.view.parse_count(), 1);
  EXPECT_EQ(preview.view.layout_count(), 1);
  EXPECT_TRUE(ui.has("First"));

  preview.text = "# Second";  // same revision: the caller says nothing changed
  ui.frames(2);
  EXPECT_EQ(preview.view.parse_count(), 1);
  EXPECT_TRUE(ui.has("First"));

  preview.revision = 8;
  ui.frames(3);
  EXPECT_EQ(preview.view.parse_count(), 2);
  EXPECT_EQ(preview.view.layout_count(), 2);
  EXPECT_TRUE(ui.has("Second"));
  EXPECT_FALSE(ui.has("First"));

  ui.width = 500.0f;
  ui.frames(3);
  EXPECT_EQ(preview.view.parse_count(), 2);
  EXPECT_EQ(preview.view.layout_count(), 3);
}

TEST(MarkdownView, ClickingALinkReturnsItsTargetAndOpensNothing) {
  HeadlessUi ui(800.0f, 600.0f);
  Preview preview;
  preview.text =
      "Read **the [runbook](https://example.com/run%20book \"Runbook\")** first, "
      "or www.example.org.\n\nNo link here.";
  preview.host(ui);
  ui.frames(2);
  EXPECT_FALSE(preview.clicked.has_value());
  ASSERT_TRUE(ui.click("runbook"));
  EXPECT_EQ(preview.clicked, "https://example.com/run%20book");
  preview.clicked.reset();
  ASSERT_TRUE(ui.click("www.example.org"));
  EXPECT_EQ(preview.clicked, "http://www.example.org");
  preview.clicked.reset();
  ASSERT_TRUE(ui.click("No link here."));
  EXPECT_FALSE(preview.clicked.has_value());
}

TEST(MarkdownView, RawHtmlIsShownAsTextAndOnlyBrBreaksALine) {
  const ui::markdown::Document doc = ui::markdown::parse_document(
      "<script>alert(1)</script>\n\nHello <b>bold</b> &amp; <img src=x onerror=y><br>next\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(ui::markdown::plain_text(doc.blocks[0].spans), "<script>alert(1)</script>\n");
  EXPECT_EQ(ui::markdown::plain_text(doc.blocks[1].spans),
            "Hello <b>bold</b> & <img src=x onerror=y>\nnext");
  for (const auto& block : doc.blocks)
    for (const Span& span : block.spans) EXPECT_EQ(span.style, 0) << span.text;
}

TEST(MarkdownView, SpansCarryEmphasisStrongStrikeCodeLinksAndPriorityDots) {
  using namespace ui::markdown;
  const Document doc =
      parse_document("a **b *c*** ~~d~~ `e` [f](g) \xF0\x9F\x9F\xA1 Medium \xF0\x9F\x9F\xA2");
  ASSERT_EQ(doc.blocks.size(), 1u);
  const std::vector<Span>& s = doc.blocks[0].spans;
  ASSERT_EQ(s.size(), 13u);
  EXPECT_EQ(s[0].text, "a ");
  EXPECT_EQ(s[1].text, "b ");
  EXPECT_EQ(s[1].style, kStrong);
  EXPECT_EQ(s[2].text, "c");
  EXPECT_EQ(s[2].style, kStrong | kEmphasis);
  EXPECT_EQ(s[4].text, "d");
  EXPECT_EQ(s[4].style, kStrike);
  EXPECT_EQ(s[6].text, "e");
  EXPECT_EQ(s[6].style, kCode);
  EXPECT_EQ(s[8].text, "f");
  EXPECT_EQ(s[8].style, kLink);
  EXPECT_EQ(doc.links.at(static_cast<std::size_t>(s[8].link)), "g");
  EXPECT_EQ(s[10].style, kDot);
  EXPECT_EQ(s[10].dot, Dot::yellow);
  EXPECT_EQ(s[11].text, " Medium ");
  EXPECT_EQ(s[12].dot, Dot::green);
}

TEST(MarkdownView, ListsKeepDepthMarkersAndTasks) {
  using namespace ui::markdown;
  const Document doc = parse_document(
      "3. three\n4. four\n   - inner\n     - deeper\n\n- [x] done\n- [ ] open\n\n> quoted\n");
  ASSERT_EQ(doc.blocks.size(), 7u);
  EXPECT_EQ(doc.blocks[0].marker, "3.");
  EXPECT_EQ(doc.blocks[1].marker, "4.");
  EXPECT_EQ(doc.blocks[1].depth, 1);
  EXPECT_EQ(doc.blocks[2].marker, kBullet);
  EXPECT_EQ(doc.blocks[2].depth, 2);
  EXPECT_EQ(doc.blocks[3].depth, 3);
  EXPECT_EQ(plain_text(doc.blocks[3].spans), "deeper");
  EXPECT_EQ(doc.blocks[4].task, Task::done);
  EXPECT_EQ(doc.blocks[5].task, Task::open);
  EXPECT_EQ(plain_text(doc.blocks[5].spans), "open");
  EXPECT_EQ(doc.blocks[6].quote, 1);
  EXPECT_EQ(doc.blocks[6].depth, 0);
}

TEST(MarkdownView, TablesKeepAlignmentAndCells) {
  using namespace ui::markdown;
  const Document doc = parse_document("| a | b | c |\n|:-|:-:|-:|\n| 1 | **2** |\n");
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.align, (std::vector<Align>{Align::left, Align::center, Align::right}));
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(plain_text(t.rows[1][1]), "2");
  EXPECT_EQ(t.rows[1][1][0].style, kStrong);
}

// A paragraph of mixed spans wraps as one text: no run leaves the width, words stay whole, and
// the pieces of one line share its top.
TEST(MarkdownView, WordWrapRunsAcrossStyledSpansWithinTheWidth) {
  HeadlessUi ui(400.0f, 300.0f);
  ui.draw = [] {};
  ui.frame();
  const ui::markdown::Document doc = ui::markdown::parse_document(
      "plain words then **bold words** and *slanted words* with `code words` and "
      "averyveryverylongwordthatcannotfitonalineofitsownatthiswidth end");
  ui::markdown::Metrics m;
  m.regular = ui.state.fonts.body;
  m.bold = ui.state.fonts.heading;
  m.mono = ui.state.fonts.body;
  m.body = 16.0f;
  m.heading = 24.0f;
  const float width = 150.0f;
  const ui::markdown::TextLayout layout = ui::markdown::wrap_spans(
      doc.blocks[0].spans, m, BlockKind::paragraph, 0, 0, width, ui::markdown::Wrap::words);
  const std::vector<Span>& spans = doc.blocks[0].spans;
  std::vector<float> tops;
  std::string joined;
  for (const ui::markdown::Run& r : layout.runs) {
    EXPECT_LE(r.x + r.width, width + 0.01f);
    if (std::find(tops.begin(), tops.end(), r.y) == tops.end()) tops.push_back(r.y);
    const std::string& text = spans[r.span].text;
    joined += text.substr(r.begin, r.end - r.begin);
    // Runs start and end at word edges; only the over-long word in the last span is cut.
    if (r.span != 6) {
      EXPECT_TRUE(r.begin == 0 || text[r.begin - 1] == ' ') << text.substr(r.begin);
      EXPECT_TRUE(r.end == text.size() || text[r.end] == ' ') << text.substr(r.begin);
    }
  }
  // Plain and bold words share the first line; every line after it is lower.
  ASSERT_GE(layout.runs.size(), 2u);
  EXPECT_EQ(layout.runs[0].span, 0u);
  EXPECT_EQ(layout.runs[1].span, 1u);
  EXPECT_EQ(layout.runs[0].y, layout.runs[1].y);
  EXPECT_GE(tops.size(), 6u);
  EXPECT_TRUE(std::is_sorted(tops.begin(), tops.end()));
  // Nothing lost or doubled: the runs hold every non-space character once, in order.
  std::string expected = plain_text(spans), got = joined;
  std::erase(expected, ' ');
  std::erase(got, ' ');
  EXPECT_EQ(got, expected);
  EXPECT_EQ(layout.height, std::ceil(layout.runs.back().y + 16.0f));
}

std::string ten_thousand_lines() {
  std::string text;
  for (int section = 0; std::count(text.begin(), text.end(), '\n') < 10000; ++section) {
    const std::string n = std::to_string(section);
    std::string part = "## Section " + n + "\n\n";
    part += "Paragraph with **bold**, *emphasis*, `code` and a [link](https://example.com/" + n +
            ") in section " + n + ".\n\n";
    part += "- first item\n- second item\n  - nested item\n- [x] a task\n\n";
    part += "| Time | Event |\n|---|---|\n";
    for (int row = 0; row < 20; ++row)
      part += "| 14:" + std::to_string(10 + row) + " | \xF0\x9F\x94\xB4 row " +
              std::to_string(row) + " |\n";
    part += "\n```\ncode line one\ncode line two\n```\n\n---\n\n";
    text += part;
  }
  text += "## The end\n";
  return text;
}

TEST(MarkdownView, TenThousandLineDocumentDrawsOnlyWhatIsVisible) {
  HeadlessUi ui(1000.0f, 700.0f);
  Preview preview;
  preview.host(ui);
  preview.text = "## Section 0\n\nParagraph.\n\n| Time | Event |\n|---|---|\n| 14:10 | row |\n";
  ui.frames(2);
  const int small_vertices = ui.vertex_count();

  preview.text = ten_thousand_lines();
  preview.revision = 2;
  ASSERT_GE(std::count(preview.text.begin(), preview.text.end(), '\n'), 10000);
  const auto start = std::chrono::steady_clock::now();
  ui.frame();
  const auto first_frame = std::chrono::steady_clock::now() - start;
  ui.frames(2);  // the scroll bar appears and narrows the text once
  const int layouts = preview.view.layout_count();
  EXPECT_TRUE(ui.has("Section 0"));
  EXPECT_TRUE(ui.has("14:10"));
  EXPECT_FALSE(ui.has("The end"));
  EXPECT_GT(preview.view.content_height(), 100000.0f);
  // What a frame draws is bounded by the window, not the document.
  EXPECT_LT(ui.vertex_count(), small_vertices * 20);
  EXPECT_LT(count_items(ui), 200u);

  const auto steady = std::chrono::steady_clock::now();
  ui.frames(10);
  const auto ten_frames = std::chrono::steady_clock::now() - steady;

  preview.scroll_y = 1.0e9f;  // clamped to the end
  ui.frames(3);
  EXPECT_TRUE(ui.has("The end"));
  EXPECT_FALSE(ui.has("Section 0"));
  EXPECT_LT(count_items(ui), 200u);
  preview.scroll_y = preview.view.content_height() / 2;
  ui.frames(3);
  EXPECT_GT(count_items(ui), 10u);
  EXPECT_FALSE(ui.has("The end"));
  EXPECT_EQ(preview.view.parse_count(), 2);
  EXPECT_EQ(preview.view.layout_count(), layouts);

  using ms = std::chrono::duration<double, std::milli>;
  RecordProperty("first_frame_ms", std::to_string(ms(first_frame).count()));
  RecordProperty("frame_ms", std::to_string(ms(ten_frames).count() / 10));
  std::printf(
      "10,000 lines: first frame (parse + layout + draw) %.1f ms, then %.2f ms a frame, "
      "%d vertices\n",
      ms(first_frame).count(), ms(ten_frames).count() / 10, ui.vertex_count());
}

}  // namespace
}  // namespace hindsight::test

namespace hindsight::test {
namespace {

// A long table is drawn only where it is visible, and the rows it skips keep their exact height:
// the visible rows stay evenly spaced and the document's height does not move when scrolled.
TEST(MarkdownView, LongTableDrawsOnlyVisibleRowsAndKeepsItsHeight) {
  HeadlessUi ui(800.0f, 600.0f);
  Preview preview;
  preview.text = "Before.\n\n| Row | Value |\n|---|---|\n";
  for (int row = 0; row < 300; ++row)
    preview.text += "| r" + std::to_string(row) + " | v" + std::to_string(row) + " |\n";
  preview.text += "\nAfter.\n";
  preview.host(ui);
  ui.frames(3);
  EXPECT_TRUE(ui.has("r0"));
  EXPECT_FALSE(ui.has("r299"));
  const float height = preview.view.content_height();

  preview.scroll_y = height / 2;
  ui.frames(3);
  EXPECT_FALSE(ui.has("r0"));
  EXPECT_FALSE(ui.has("After."));
  std::vector<float> tops;
  for (int row = 0; row < 300; ++row) {
    if (const ui::UiItem* cell = ui.items.find("r" + std::to_string(row))) {
      EXPECT_EQ(ui.items.find("v" + std::to_string(row))->y, cell->y);
      tops.push_back(cell->y);
    }
  }
  ASSERT_GE(tops.size(), 10u);
  EXPECT_LT(tops.size(), 60u);
  for (std::size_t i = 2; i < tops.size(); ++i)
    EXPECT_FLOAT_EQ(tops[i] - tops[i - 1], tops[1] - tops[0]);
  EXPECT_EQ(preview.view.content_height(), height);

  preview.scroll_y = 1.0e9f;
  ui.frames(3);
  EXPECT_TRUE(ui.has("r299"));
  EXPECT_TRUE(ui.has("After."));
  EXPECT_EQ(preview.view.content_height(), height);
}

}  // namespace
}  // namespace hindsight::test
