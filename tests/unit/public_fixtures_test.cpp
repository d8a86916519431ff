// Real post-mortems other teams published (tests/fixtures/public/, sources in its README): each one
// imports, and no sentence of its prose is lost on the way into the model.
//
// How "no sentence is lost" is checked: the fixture's body (after any front matter) is cut into
// blocks (paragraphs, list items, table cells; headings, code, link definitions and table rules
// are structure, not prose), blocks are cut at <br> and before a line opening with a bold label,
// and each piece is reduced to its words (no emphasis, link syntax or destinations, escapes,
// entities or quote markers; whitespace collapsed). A leading time or date ("14:51", "2019-10-20
// 00:55:", "21:28 UTC:", "Jan 14, 10:18 AM", "12:45 PM PST Saturday Oct 30th:", "[03-26 23:04]"),
// a leading status mark ("✅") and a leading short label ("Summary:") are dropped, since the
// importer turns those into fields.
// What is left is split into sentences, and every sentence of four words or more must appear inside
// one string of the imported post-mortem (walked through to_json, reduced the same way; a list of
// strings also counts joined by ", "). And each must be in the field X.fields names for it (see
// below).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/json_codec.hpp"
#include "core/markdown/markdown_export.hpp"
#include "core/markdown/markdown_import.hpp"
#include "support/fixtures.hpp"

namespace hindsight::core {
namespace {

std::string read_fixture(const std::string& name) {
  return hindsight::testing::read_fixture("public/" + name);
}

bool starts_with_ci(std::string_view text, std::size_t at, std::string_view prefix) {
  if (text.size() - at < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[at + i])) != prefix[i]) return false;
  }
  return true;
}

// The length of a <br> tag at `at` ("<br>", "<br/>", "<br />"), or 0.
std::size_t br_length(std::string_view text, std::size_t at) {
  for (std::string_view tag : {"<br>", "<br/>", "<br />"}) {
    if (starts_with_ci(text, at, tag)) return tag.size();
  }
  return 0;
}

bool is_ascii_punctuation(char c) {
  return std::ispunct(static_cast<unsigned char>(c)) != 0 && static_cast<unsigned char>(c) < 0x80;
}

// The length of an e-mail autolink at `at` ("<security@pypi.org>"), or 0.
std::size_t email_autolink_length(std::string_view text, std::size_t at) {
  if (text[at] != '<') return 0;
  const std::size_t close = text.find('>', at);
  if (close == std::string_view::npos) return 0;
  const std::string_view inside = text.substr(at + 1, close - at - 1);
  const std::size_t sign = inside.find('@');
  if (sign == std::string_view::npos || sign == 0 || sign + 1 == inside.size()) return 0;
  const bool plain = std::none_of(inside.begin(), inside.end(), [](char ch) {
    return std::isspace(static_cast<unsigned char>(ch)) != 0 || ch == '<';
  });
  return plain ? close - at + 1 : 0;
}

// Inline Markdown reduced to its words: used on the fixture and on the model alike.
std::string words_of(std::string_view text) {
  std::string out;
  bool line_start = true;  // only spaces and quote markers since the start of the line
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const bool at_line_start = line_start;
    line_start = c == '\n' || (line_start && (c == ' ' || c == '>'));
    if (c == '>' && at_line_start) {
      ++i;  // a block quote's marker, kept in a Markdown body: not words
    } else if (const std::size_t br = br_length(text, i)) {
      out += ' ';
      i += br;
    } else if (c == '<' && (starts_with_ci(text, i + 1, "http://") ||
                            starts_with_ci(text, i + 1, "https://"))) {
      const std::size_t close = text.find('>', i);
      const std::size_t end = close == std::string_view::npos ? text.size() : close;
      out.append(text.substr(i + 1, end - i - 1));
      i = end + (close == std::string_view::npos ? 0 : 1);
    } else if (const std::size_t email = email_autolink_length(text, i)) {
      out.append(text.substr(i + 1, email - 2));  // "<security@pypi.org>": the address
      i += email;
    } else if (c == ']' && i + 1 < text.size() && (text[i + 1] == '(' || text[i + 1] == '[')) {
      // The destination of an inline link or the label of a reference link: not words.
      const char open = text[i + 1];
      const char close = open == '(' ? ')' : ']';
      int depth = 0;
      std::size_t j = i + 1;
      for (; j < text.size(); ++j) {
        if (text[j] == open) ++depth;
        if (text[j] == close && --depth == 0) break;
      }
      i = j < text.size() ? j + 1 : text.size();
    } else if (c == '(' && (starts_with_ci(text, i + 1, "http://") ||
                            starts_with_ci(text, i + 1, "https://"))) {
      // A link's destination written out after its text, "text (https://...)": not words.
      int depth = 0;
      std::size_t j = i;
      for (; j < text.size(); ++j) {
        if (text[j] == '(') ++depth;
        if (text[j] == ')' && --depth == 0) break;
      }
      while (!out.empty() && out.back() == ' ') out.pop_back();
      i = j < text.size() ? j + 1 : text.size();
    } else if (c == '!' && i + 1 < text.size() && text[i + 1] == '[') {
      ++i;
    } else if (c == '\\' && i + 1 < text.size() && is_ascii_punctuation(text[i + 1])) {
      // An escaped emphasis or link character ("\*We") is dropped as the bare one is below: a
      // plain-text field of the model holds it unescaped ("*We"), which reduces to the same words.
      if (std::string_view("*_`~[]").find(text[i + 1]) == std::string_view::npos)
        out += text[i + 1];
      i += 2;
    } else if (c == '&') {
      static constexpr std::pair<std::string_view, char> kEntities[] = {
          {"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'}, {"&#39;", '\''}};
      bool decoded = false;
      for (const auto& [entity, character] : kEntities) {
        if (text.substr(i, entity.size()) == entity) {
          out += character;
          i += entity.size();
          decoded = true;
          break;
        }
      }
      if (!decoded) out += text[i++];
    } else if (c == '*' || c == '_' || c == '`' || c == '~' || c == '[' || c == ']') {
      ++i;
    } else if (c == '|' || c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
      ++i;
    } else {
      out += text[i++];
    }
  }
  std::string collapsed;
  for (char c : out) {
    if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += c;
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

bool all_of_chars(std::string_view text, std::string_view allowed) {
  return !text.empty() && text.find_first_not_of(allowed) == std::string_view::npos;
}

// The characters a list marker takes at the start of `line` ("- ", "* ", "12. "), or 0.
std::size_t list_marker_length(std::string_view line) {
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') {
    return 2;
  }
  std::size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
  if (digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
      line[digits + 1] == ' ') {
    return digits + 2;
  }
  return 0;
}

bool is_link_definition(std::string_view line) {
  if (line.empty() || line.front() != '[') return false;
  const std::size_t close = line.find("]:");
  return close != std::string_view::npos && close > 1;
}

// The fixture's prose blocks: paragraphs, list items and table cells, in order.
std::vector<std::string> prose_blocks(std::string_view markdown) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= markdown.size();) {
    std::size_t end = markdown.find('\n', start);
    if (end == std::string_view::npos) end = markdown.size();
    std::string_view line = markdown.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }

  std::size_t first = 0;
  if (!lines.empty() && (lines[0] == "---" || lines[0] == "+++")) {
    for (std::size_t i = 1; i < lines.size(); ++i) {
      if (lines[i] == lines[0]) {
        first = i + 1;
        break;
      }
    }
  }

  std::vector<std::string> blocks;
  std::string current;
  bool current_is_item = false;
  const auto flush = [&] {
    const std::string_view text = trim(current);
    // A paragraph that is all bold ("**What went well**") stands in for a heading.
    const bool bold_heading = !current_is_item && text.size() > 4 && text.substr(0, 2) == "**" &&
                              text.substr(text.size() - 2) == "**" &&
                              text.find("**", 2) == text.size() - 2;
    if (!text.empty() && !bold_heading) blocks.emplace_back(text);
    current.clear();
    current_is_item = false;
  };
  bool in_fence = false;
  for (std::size_t i = first; i < lines.size(); ++i) {
    std::string_view line = trim(lines[i]);
    // A fence: "```" or "~~~", and a backtick fence's info string holds no backtick (a line of
    // "```code```" is a code span in a paragraph).
    const std::size_t ticks = line.find_first_not_of('`');
    if ((line.substr(0, 3) == "```" &&
         (ticks == std::string_view::npos || line.find('`', ticks) == std::string_view::npos)) ||
        line.substr(0, 3) == "~~~") {
      flush();
      in_fence = !in_fence;
      continue;
    }
    if (in_fence) continue;
    while (!line.empty() && line.front() == '>') line = trim(line.substr(1));
    if (line.empty() || line.front() == '#' || is_link_definition(line)) {
      flush();
      continue;
    }
    if (!current.empty() && (all_of_chars(line, "=") || all_of_chars(line, "-"))) {
      current.clear();  // the paragraph was a setext heading
      continue;
    }
    if (line.size() >= 3 &&
        (all_of_chars(line, "- ") || all_of_chars(line, "* ") || all_of_chars(line, "_ "))) {
      flush();  // a thematic break
      continue;
    }
    if (line.front() == '|') {
      flush();
      if (all_of_chars(line, "|-: ")) continue;  // the rule under a table's header
      std::size_t start = 1;
      for (std::size_t j = 1; j <= line.size(); ++j) {
        if (j == line.size() || (line[j] == '|' && line[j - 1] != '\\')) {
          const std::string_view cell = trim(line.substr(start, j - start));
          if (!cell.empty()) blocks.emplace_back(cell);
          start = j + 1;
        }
      }
      continue;
    }
    // A line opening with a bold label ("**Impact:** ...") is a field of its own, as after <br>.
    if (!current.empty() && !current_is_item && line.substr(0, 2) == "**" &&
        line.find(":**") != std::string_view::npos)
      flush();
    if (const std::size_t marker = list_marker_length(line)) {
      flush();
      current_is_item = true;
      line = trim(line.substr(marker));
      if (line.substr(0, 4) == "[ ] " || line.substr(0, 4) == "[x] " ||
          line.substr(0, 4) == "[X] ") {
        line = line.substr(4);
      }
    }
    if (!current.empty()) current += ' ';
    current += line;
  }
  flush();
  return blocks;
}

// Drops a leading date and/or time with its zone, the day written after it, and its separator:
// "2019-10-20 00:55: ", "21:28 UTC: ", "14:51 ", "Jan 14, 10:18 AM", "02-13-2025 11:00 pm - ",
// "February 15, 2024: 7:56am UTC ", "12:45 PM PST Saturday Oct 30th: ", "22:30 UTC (Oct 29) - ",
// "03-26 23:04 " (month and day, from "[03-26 23:04]"), "10.42: ", "08.47 ", "30 March 2013 12:28 -
// ", "At 11:03 UTC on Sept 2nd 2025, ", "10:28 on May 18, ", "@ 08:02 AM ET: ", "15:23 (3:23PM): ".
std::string_view drop_leading_time(std::string_view text) {
  static const std::string month =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  static const std::string weekday = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )";
  static const std::string word_date =
      weekday + "?" + month + " \\d{1,2}(?:st|nd|rd|th)?(?:-\\d{1,2})?(?:,? \\d{4})?";
  // "30 March 2013": the day before the month.
  static const std::string day_first_date =
      "\\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|"
      "October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?(?![a-z])"
      "(?:,? \\d{4})?";
  static const std::string date = "(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4}|" +
                                  word_date + "|" + day_first_date + ")";
  static const std::string zone =
      "(?: ?\\(?(?:UTC|GMT|Z|CEST|CET|BST|PST|PDT|PT|MST|MDT|EST|EDT|ET|CST|CDT|CT|IST|JST|AEST|"
      "AEDT)(?![A-Za-z])\\)?)";
  // "10.42: ...", "08.47 Alert down": a time written with a dot, known by the colon or the word
  // after it. "~14:18": an approximate one.
  static const std::string time =
      "~?(?:\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{1,2}\\.\\d{2}(?=:| [A-Za-z#]))(?: ?(?:AM|PM|am|pm))?";
  // "At 11:03 UTC on Sept 2nd 2025, ...": a time opening a sentence of a prose log.
  static const std::regex leading("^(?:[Aa]t |@ ?)?(?:" + date + "(?:[,:]?[ T]*(?:@ )?" + time +
                                  ")?|\\d{2}-\\d{2} " + time + "|" + time + ")" + zone +
                                  "?(?: \\(" + word_date + "\\)| \\(" + time + zone +
                                  "?\\)| (?:on )?" + word_date + ")?(?:[ :,\\-]|\u2013|\u2014)*");
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_search(text.begin(), text.end(), m, leading)) return text;
  return trim(text.substr(static_cast<std::size_t>(m.length(0))));
}

// Drops a leading status marker the importer turns into the action's status: "✅ ", "❌ ".
std::string_view drop_leading_status(std::string_view text) {
  for (std::string_view mark : {"\xE2\x9C\x85", "\xE2\x9D\x8C"})
    if (text.substr(0, mark.size()) == mark) return trim(text.substr(mark.size()));
  return text;
}

// Drops a leading label of at most four words: "Summary: ", "User impact: ", "#2226: ",
// "What happened?: ".
std::string_view drop_leading_label(std::string_view text) {
  const std::size_t colon = text.find(": ");
  if (colon == std::string_view::npos || colon == 0 || colon > 30) return text;
  std::string_view label = text.substr(0, colon);
  if (label.size() > 1 && label.back() == '?') label.remove_suffix(1);
  if (std::count(label.begin(), label.end(), ' ') > 3) return text;
  const bool wordy = std::all_of(label.begin(), label.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == ' ' || c == '/' || c == '-' ||
           c == '#';
  });
  return wordy ? trim(text.substr(colon + 2)) : text;
}

std::size_t word_count(std::string_view sentence) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : sentence) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Every sentence of the fixture's prose that the model must still hold.
std::vector<std::string> prose_sentences(std::string_view markdown) {
  std::vector<std::string> sentences;
  for (const std::string& block : prose_blocks(markdown)) {
    std::vector<std::string_view> pieces;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= block.size(); ++i) {
      const std::size_t br = i < block.size() ? br_length(block, i) : 0;
      if (i == block.size() || br > 0) {
        pieces.push_back(std::string_view(block).substr(start, i - start));
        start = i + br;
        if (br > 0) i += br - 1;
      }
    }
    for (std::string_view piece : pieces) {
      const std::string words = words_of(piece);
      const std::string_view body =
          drop_leading_label(drop_leading_time(drop_leading_status(words)));
      std::size_t begin = 0;
      for (std::size_t i = 0; i <= body.size(); ++i) {
        const bool end_of_sentence = i + 1 < body.size() && body[i + 1] == ' ' &&
                                     (body[i] == '.' || body[i] == '!' || body[i] == '?');
        if (i == body.size() || end_of_sentence) {
          const std::size_t end = i == body.size() ? i : i + 1;
          const std::string_view sentence = trim(body.substr(begin, end - begin));
          if (word_count(sentence) >= 4) sentences.emplace_back(sentence);
          begin = end;
        }
      }
    }
  }
  return sentences;
}

void collect_strings(const Json& value, std::vector<std::string>& strings) {
  if (value.is_string()) {
    strings.push_back(words_of(value.get<std::string>()));
  } else if (value.is_array()) {
    std::string joined;
    bool all_strings = !value.empty();
    for (const Json& item : value) {
      collect_strings(item, strings);
      all_strings = all_strings && item.is_string();
      if (item.is_string()) joined += (joined.empty() ? "" : ", ") + item.get<std::string>();
    }
    if (all_strings) strings.push_back(words_of(joined));
  } else if (value.is_object()) {
    for (const auto& item : value.items()) collect_strings(item.value(), strings);
  }
}

// One string of the model with the field it is in: its JSON pointer with every array index as
// "*" ("/timeline/*/text"), an extra section's body followed by its title in parentheses
// ("/extra_sections/*/body (Background)"); a list of strings also stands joined by ", " under the
// list's own field ("/incident/attendees").
struct FieldText {
  std::string field;
  std::string words;
};

void collect_fields(const Json& value, const std::string& field, std::vector<FieldText>& out) {
  if (value.is_string()) {
    out.push_back({field, words_of(value.get<std::string>())});
  } else if (value.is_array()) {
    std::string joined;
    bool all_strings = !value.empty();
    for (const Json& item : value) {
      std::string item_field = field + "/*";
      if (field == "/extra_sections" && item.is_object() && item.contains("title"))
        item_field += " (" + item.value("title", "") + ")";
      collect_fields(item, item_field, out);
      all_strings = all_strings && item.is_string();
      if (item.is_string()) joined += (joined.empty() ? "" : ", ") + item.get<std::string>();
    }
    if (all_strings) out.push_back({field, words_of(joined)});
  } else if (value.is_object()) {
    // "/extra_sections/*/body (Title)": the title goes after the member's name.
    const std::size_t open = field.find(" (");
    const std::string base = open == std::string::npos ? field : field.substr(0, open);
    const std::string title = open == std::string::npos ? "" : field.substr(open);
    for (const auto& item : value.items())
      collect_fields(item.value(), base + "/" + item.key() + (item.key() == "body" ? title : ""),
                     out);
  }
}

// The severity as the document shows it: "Major (High Impact, Service Degradation)" is stored as
// the level's name in the field and its words in the scale, and exported as written.
std::string severity_as_written(const PostMortem& p) {
  for (const SeverityLevel& level : p.severity_scale)
    if (level.name == p.incident.severity && !level.description.empty())
      return level.name + " (" + level.description + ")";
  return p.incident.severity;
}

// The fields that hold `sentence`, in the order the model is walked.
std::vector<std::string> fields_holding(const std::vector<FieldText>& model,
                                        const std::string& sentence) {
  std::vector<std::string> fields;
  for (const FieldText& text : model)
    if (text.words.find(sentence) != std::string::npos &&
        std::find(fields.begin(), fields.end(), text.field) == fields.end())
      fields.push_back(text.field);
  return fields;
}

// One line of an expected-fields file.
struct ExpectedField {
  std::string field;     // where the sentence belongs
  std::string sentence;  // as prose_sentences gives it
  bool known_misplaced;  // "!": the importer puts it elsewhere today
};

// An expected-fields file: "FIELD | SENTENCE" lines in the fixture's order. A line starting with
// "!" names a sentence the importer is known to put in another field: it must still be kept
// somewhere, and once it lands in FIELD the "!" must go. Lines starting with "#" are comments
// (why a sentence belongs where it does when that is not obvious).
std::vector<ExpectedField> read_fields(const std::string& text) {
  std::vector<ExpectedField> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view line = std::string_view(text).substr(start, end - start);
    start = end + 1;
    if (line.empty() || line.front() == '#') continue;
    const bool known = line.front() == '!';
    const std::string_view rest = line.substr(known ? 1 : 0);
    const std::size_t bar = rest.find(" | ");
    if (bar == std::string_view::npos) {
      ADD_FAILURE() << "a fields line with no \" | \": " << line;
      continue;
    }
    lines.push_back({std::string(rest.substr(0, bar)), std::string(rest.substr(bar + 3)), known});
  }
  return lines;
}

int line_count(std::string_view text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n')) +
         (text.empty() || text.back() == '\n' ? 0 : 1);
}

class PublicFixture : public ::testing::TestWithParam<const char*> {};

TEST_P(PublicFixture, ImportsWithLinesInsideTheFile) {
  const std::string markdown = read_fixture(GetParam());
  ASSERT_FALSE(markdown.empty());
  const ImportResult result = import_markdown(markdown);
  ASSERT_TRUE(result.postmortem.has_value()) << result.error;
  EXPECT_TRUE(result.error.empty()) << result.error;
  const int lines = line_count(markdown);
  for (const ImportWarning& warning : result.warnings) {
    EXPECT_GE(warning.line, 1) << warning.message;
    EXPECT_LE(warning.line, lines) << warning.message;
  }
  for (const auto& [path, line] : result.source_lines) {
    EXPECT_GE(line, 1) << path;
    EXPECT_LE(line, lines) << path;
  }
}

TEST_P(PublicFixture, KeepsEverySentenceOfItsProse) {
  const std::string markdown = read_fixture(GetParam());
  const ImportResult result = import_markdown(markdown);
  ASSERT_TRUE(result.postmortem.has_value()) << result.error;

  std::vector<std::string> model;
  collect_strings(to_json(*result.postmortem), model);
  model.push_back(severity_as_written(*result.postmortem));
  const std::vector<std::string> sentences = prose_sentences(markdown);
  ASSERT_GT(sentences.size(), 10u) << "the fixture's prose was not found";

  std::vector<std::string> lost;
  for (const std::string& sentence : sentences) {
    const bool kept = std::any_of(model.begin(), model.end(), [&](const std::string& text) {
      return text.find(sentence) != std::string::npos;
    });
    if (!kept) lost.push_back(sentence);
  }
  std::string report;
  for (const std::string& sentence : lost) report += "\n  " + sentence;
  EXPECT_TRUE(lost.empty()) << lost.size() << " of " << sentences.size()
                            << " sentences are not in the imported post-mortem:" << report;
}

// X.fields beside X.md names the field every sentence of the fixture belongs in, as a reader of
// the post-mortem would place it (reviewed by hand, not copied from the importer). With
// HINDSIGHT_WRITE_FIELDS set, the test writes X.fields.new from where the importer puts each
// sentence, the first draft of a new fixture's file.
TEST_P(PublicFixture, PutsEverySentenceInItsField) {
  const std::string name = GetParam();
  const std::string markdown = read_fixture(name);
  const ImportResult result = import_markdown(markdown);
  ASSERT_TRUE(result.postmortem.has_value()) << result.error;
  std::vector<FieldText> model;
  collect_fields(to_json(*result.postmortem), "", model);
  model.push_back({"/incident/severity", words_of(severity_as_written(*result.postmortem))});
  const std::vector<std::string> sentences = prose_sentences(markdown);
  const std::string stem = name.substr(0, name.rfind(".md"));

  if (std::getenv("HINDSIGHT_WRITE_FIELDS")) {
    std::ofstream out(hindsight::testing::fixtures_dir() / "public" / (stem + ".fields.new"),
                      std::ios::binary);
    for (const std::string& sentence : sentences) {
      const std::vector<std::string> fields = fields_holding(model, sentence);
      // A sentence held twice (an action read out of a lesson's prose): the others on a comment.
      for (std::size_t i = 1; i < fields.size(); ++i)
        out << (i == 1 ? "# also in " : ", ") << fields[i] << (i + 1 == fields.size() ? "\n" : "");
      out << (fields.empty() ? "(missing)" : fields.front()) << " | " << sentence << "\n";
    }
    return;
  }

  const auto expected = read_fields(read_fixture(stem + ".fields"));
  ASSERT_EQ(expected.size(), sentences.size())
      << stem << ".fields has " << expected.size() << " sentences; the fixture has "
      << sentences.size();
  std::string report;
  int misplaced = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const ExpectedField& e = expected[i];
    if (e.sentence != sentences[i]) {
      report += "\n  sentence " + std::to_string(i + 1) + " of " + stem + ".fields is \"" +
                e.sentence + "\"; the fixture's is \"" + sentences[i] + "\"";
      ++misplaced;
      continue;
    }
    const std::vector<std::string> fields = fields_holding(model, e.sentence);
    const bool placed = std::find(fields.begin(), fields.end(), e.field) != fields.end();
    if (placed != e.known_misplaced && !fields.empty()) continue;
    std::string actual;
    for (const std::string& f : fields) actual += (actual.empty() ? "" : ", ") + f;
    report += "\n  \"" + e.sentence + "\"\n    expected in " + e.field + ", is in " +
              (actual.empty() ? "no field" : actual) +
              (placed ? " (now in its field: drop the \"!\")" : "");
    ++misplaced;
  }
  EXPECT_EQ(misplaced, 0) << misplaced << " of " << sentences.size()
                          << " sentences are not in their field:" << report;
}

TEST_P(PublicFixture, SurvivesExportThenImportUnchanged) {
  const ImportResult first = import_markdown(read_fixture(GetParam()));
  ASSERT_TRUE(first.postmortem.has_value()) << first.error;
  const std::string exported = export_markdown(*first.postmortem);
  const ImportResult second = import_markdown(exported);
  ASSERT_TRUE(second.postmortem.has_value()) << second.error;
  EXPECT_EQ(to_json(*second.postmortem).dump(1), to_json(*first.postmortem).dump(1))
      << "exported as:\n"
      << exported;
}

std::string fixture_test_name(const ::testing::TestParamInfo<const char*>& info) {
  std::string name = info.param;
  name = name.substr(0, name.rfind(".md"));
  std::replace_if(
      name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
      '_');
  return name;
}

constexpr const char* kFixtures[] = {"google-sre-shakespeare-sonnet-2015-10-21.md",
                                     "rust-docsrs-outage-2019-10-21.md",
                                     "rust-cratesio-incident-2020-02-20.md",
                                     "dfds-total-node-failure-2023-02-14.md",
                                     "flutter-build-breakage-2016-11-08.md",
                                     "dfds-ip-starvation-2019-11-29.md",
                                     "dfds-log4shell-2021-12-10.md",
                                     "dfds-traefik-rule-2025-03-17.md",
                                     "flutter-dev-outage-2023-08-25.md",
                                     "posthog-flags-outage-2025-09-29.md",
                                     "posthog-surveys-sdk-bug-2025-10-03.md",
                                     "posthog-feature-flags-outages-2025-10.md",
                                     "posthog-sdk-fetch-wrapper-2026-01-17.md",
                                     "chia-website-outage-2021-05-26.md",
                                     "chia-employee-compromise-2021-10-31.md",
                                     "chia-gift-card-phish-2023-07-05.md",
                                     "chia-dust-storm-2021-10-30.md",
                                     "chia-fast-forward-mempool-2025-02-13.md",
                                     "chia-bank-login-2024-02-15.md",
                                     "chia-proxy-abuse-2022-06-27.md",
                                     "k8s-testinfra-boskos-2019-03-26.md",
                                     "mybinder-scipy-launches-2020-07-09.md",
                                     "univaf-external-ids-2022-04-15.md",
                                     "helix-missed-blocks-2024-11-28.md",
                                     "hachyderm-root-fs-full-2022-12-13.md",
                                     "pypi-leaked-token-2024-06-28.md",
                                     "datahub-gce-billing-2017-05-09.md",
                                     "govau-dibp-booking-2016-02-11.md",
                                     "hachyderm-redis-exposed-2023-07-16.md"};

INSTANTIATE_TEST_SUITE_P(Published, PublicFixture, ::testing::ValuesIn(kFixtures),
                         fixture_test_name);

// What each fixture must yield, counted by hand from its source: the timeline entries that carry
// a clock time (each must be dated), the action items, and sentences with the field they belong in.
struct Expected {
  const char* file;
  std::size_t timed_entries;
  std::size_t actions;
  std::vector<std::pair<std::string, std::string>> sentences;  // JSON pointer, words it holds
};

void PrintTo(const Expected& e, std::ostream* os) { *os << e.file; }

const Json* at_pointer(const Json& json, const std::string& pointer) {
  const Json::json_pointer p(pointer);
  return json.contains(p) ? &json.at(p) : nullptr;
}

class PublicFixtureCounts : public ::testing::TestWithParam<Expected> {};

TEST_P(PublicFixtureCounts, DatesEveryTimedEntryAndFindsEveryAction) {
  const Expected& e = GetParam();
  const ImportResult r = import_markdown(read_fixture(e.file));
  ASSERT_TRUE(r.postmortem.has_value()) << r.error;
  const PostMortem& p = *r.postmortem;
  const auto dated = static_cast<std::size_t>(std::count_if(
      p.timeline.begin(), p.timeline.end(), [](const TimelineEvent& t) { return t.at; }));
  EXPECT_EQ(dated, e.timed_entries);
  EXPECT_EQ(p.actions.size(), e.actions);
  const Json json = to_json(p);
  for (const auto& [pointer, words] : e.sentences) {
    const Json* field = at_pointer(json, pointer);
    ASSERT_NE(field, nullptr) << pointer;
    ASSERT_TRUE(field->is_string()) << pointer;
    EXPECT_NE(field->get<std::string>().find(words), std::string::npos)
        << pointer << " holds: " << field->get<std::string>();
  }
}

std::string counts_test_name(const ::testing::TestParamInfo<Expected>& info) {
  return fixture_test_name({info.param.file, info.index});
}

INSTANTIATE_TEST_SUITE_P(
    Published, PublicFixtureCounts,
    ::testing::Values(
        Expected{"google-sre-shakespeare-sonnet-2015-10-21.md",
                 34,
                 9,
                 {{"/timeline/0/text", "(all times UTC)"},
                  {"/timeline/1/text", "News reports that a new Shakespearean sonnet"},
                  {"/actions/0/action",
                   "Update playbook with instructions for responding to cascading failure"},
                  {"/actions/0/owner", "jennifer"}}},
        Expected{"rust-docsrs-outage-2019-10-21.md",
                 13,
                 4,
                 {{"/timeline/1/text", "crate builds started failing due to the low disk space"},
                  {"/actions/1/action", "Add alerts when the available disk space"}}},
        Expected{"rust-cratesio-incident-2020-02-20.md",
                 17,
                 5,
                 {{"/actions/0/action", "Add simple logging when we start the index publishing"}}},
        Expected{"dfds-total-node-failure-2023-02-14.md",
                 16,
                 5,
                 {{"/timeline/1/text", "Scheduled node rollover initiated"},
                  {"/actions/4/action", "Implement staging environment"}}},
        Expected{"flutter-build-breakage-2016-11-08.md",
                 10,
                 4,
                 {{"/timeline/2/text", "to package:args is merged into the args repository"},
                  {"/actions/1/owner", "ianh"}}},
        Expected{"dfds-ip-starvation-2019-11-29.md",
                 13,
                 4,
                 {{"/timeline/0/text", "Date and Time in CET"},
                  {"/timeline/1/text", "Proactively scaling up Hellman Kubernetes cluster"},
                  {"/timeline/1/at", "2019-11-29T11:00:00Z"},
                  {"/actions/0/action",
                   "Make sure all deployed resources have a plan for monitoring / scaling"},
                  {"/executive_summary", "On Friday 29 November 2019, we proactively scaled"},
                  {"/lessons_learned", "From this incident we learned"}}},
        Expected{"dfds-log4shell-2021-12-10.md",
                 23,
                 6,
                 {{"/timeline/2/text", "We became aware of it during a call with Peter Taylor"},
                  {"/timeline/2/at", "2021-12-10T15:40:00Z"},
                  {"/actions/5/action",
                   "Create a process for identifying the missing capability owners."},
                  {"/executive_summary", "Investigating if DFDS was using applications"}}},
        Expected{"dfds-traefik-rule-2025-03-17.md",
                 12,
                 6,
                 {{"/timeline/1/text", "Kubernetes node entered NotReady state"},
                  {"/actions/3/action", "Prevent EKS Add-ons from being included"},
                  {"/analysis/root_causes/0/text", "A node entered a NotReady state"}}},
        Expected{"flutter-dev-outage-2023-08-25.md",
                 11,
                 5,
                 {{"/timeline/0/text", "(all times in PST/PDT)"},
                  {"/timeline/2/text", "Hixie and tvolkert submit a change to the DNS"},
                  {"/timeline/2/at", "2023-08-25T22:27:00Z"},
                  {"/actions/0/action", "The monitoring system should notify more people."},
                  {"/incident/impact", "Four fifths of users were unable to learn about Flutter"},
                  {"/analysis/summary", "The DNS configuration change introduced an import"}}},
        Expected{"posthog-flags-outage-2025-09-29.md",
                 8,
                 9,
                 {{"/timeline/0/at", "2025-09-29T16:58:00Z"},
                  {"/actions/2/action", "Read/write path separation"}}},
        Expected{"posthog-surveys-sdk-bug-2025-10-03.md",
                 8,
                 10,
                 {{"/timeline/8/at", "2025-10-03T22:28:00Z"},
                  {"/actions/3/action", "Start incidents earlier."},
                  {"/actions/3/owner", "lucasheriques"}}},
        Expected{"posthog-feature-flags-outages-2025-10.md",
                 41,
                 27,  // "Moving Forward" commits to a review of the service's architecture
                 {{"/incident/stated_duration", "21:45 to 23:28 UTC (103 minutes)"},
                  {"/actions/0/action", "Configuration externalization"}}},
        Expected{"posthog-sdk-fetch-wrapper-2026-01-17.md",
                 10,
                 7,
                 {{"/actions/0/ticket", "https://github.com/PostHog/posthog-js/pull/2935"}}},
        Expected{"chia-website-outage-2021-05-26.md",
                 11,
                 1,
                 {{"/timeline/1/at", "2021-05-26T16:49:00Z"},
                  {"/timeline/1/text", "Site repo branch Master, was renamed to Main"}}},
        Expected{"chia-employee-compromise-2021-10-31.md",
                 23,
                 3,
                 {{"/actions/1/action", "Hire a professional SecOps person"}}},
        Expected{"chia-gift-card-phish-2023-07-05.md",
                 17,
                 1,
                 {{"/timeline/1/at", "2023-07-05T20:11:00Z"},  // "PST" in July: read as written
                  {"/timeline/3/at", "2023-07-05T21:06:00Z"}}},
        Expected{"chia-dust-storm-2021-10-30.md",
                 19,
                 3,  // "we have improved our load testing capabilities": work done
                 {{"/timeline/2/at", "2021-10-30T20:45:00Z"},  // "PST" in October: read as written
                  {"/timeline/2/text", "First wave of storm transactions begins"}}},
        Expected{"chia-fast-forward-mempool-2025-02-13.md",
                 8,
                 0,
                 {{"/timeline/1/at", "2025-02-14T07:00:00Z"}}},
        Expected{
            "chia-bank-login-2024-02-15.md",
            13,
            0,
            {{"/timeline/2/at", "2024-02-15T07:56:00Z"},
             {"/timeline/2/text", "CNI Employee received an email from financial institution"}}},
        Expected{"chia-proxy-abuse-2022-06-27.md",
                 16,
                 2,
                 {{"/timeline/2/at", "2022-06-27T21:47:00Z"},  // "PST" in June
                  {"/actions/0/action", "A new shutdown and decommissioning process"}}},
        Expected{"k8s-testinfra-boskos-2019-03-26.md",
                 10,
                 3,
                 {{"/timeline/3/at", "2019-03-27T06:04:00Z"},
                  {"/timeline/3/text", "The node hosting boskos is drained."},
                  {"/actions/2/action", "Improve alerting around boskos status"}}},
        Expected{
            "mybinder-scipy-launches-2020-07-09.md",
            4,
            10,
            {{"/timeline/1/at", "2020-07-09T14:30:00Z"},
             {"/timeline/1/text", "the xarray tutorial noted some broken and/or slow launches"},
             {"/actions/4/action", "Add these to the documentation"},
             {"/actions/6/action", "decrease launch timeout to 5 minutes."},
             {"/actions/8/status", "done"}}},
        Expected{"univaf-external-ids-2022-04-15.md",
                 8,
                 3,
                 {{"/timeline/1/at", "2022-04-15T11:35:00Z"},
                  {"/timeline/1/text", "Sentry tracks this in issues"},
                  {"/actions/0/action", "Drop the id column"}}},
        Expected{"helix-missed-blocks-2024-11-28.md",
                 8,
                 4,
                 {{"/timeline/0/at", "2024-11-28T05:52:00Z"},
                  {"/timeline/0/text", "Terrence flagged an unusually high missed block rate"},
                  {"/actions/3/action", "We will establish a bug bounty program"}}},
        Expected{"hachyderm-root-fs-full-2022-12-13.md",
                 16,
                 3,
                 {{"/incident/title", "Global Outage: 504 Timeouts"},
                  {"/timeline/1/at", "2022-12-13T18:53:00Z"},
                  {"/actions/1/action", "Alerts scheduled for >90% filesystem storage"},
                  {"/actions/0/owner", "malte_j"}}},
        Expected{"pypi-leaked-token-2024-06-28.md",
                 2,
                 0,
                 {{"/timeline/4/at", "2024-06-28T11:09:00Z"},
                  {"/timeline/4/text", "Brian Moussalli of JFrog reports their finding"},
                  {"/lessons_learned", "set aggressive expiration dates for API tokens"}}},
        Expected{"datahub-gce-billing-2017-05-09.md",
                 6,
                 7,
                 {{"/timeline/1/at",
                   "2017-05-09T17:01:00Z"},  // "### 17:01" under "### 2017-05-09 16:51"
                  {"/timeline/1/text", "billing account has run out of the grant"},
                  {"/actions/2/action", "Establish off-cloud backups. The plan is to do this"}}},
        Expected{"govau-dibp-booking-2016-02-11.md",
                 3,
                 5,
                 {{"/timeline/1/at", "2016-02-11T10:42:00Z"},  // "10.42:", a dotted time
                  {"/what_happened", "An AWS EC2 instance running a Diego Brain was terminated."},
                  {"/actions/0/action", "We will remove the single point of failure"}}},
        Expected{"hachyderm-redis-exposed-2023-07-16.md",
                 6,
                 9,
                 {{"/incident/title", "Security incident: Redis cache exposed to public internet"},
                  {"/timeline/2/at", "2023-07-16T10:45:00Z"},
                  {"/actions/0/status", "done"},
                  {"/actions/2/status", "open"}}}),
    counts_test_name);

}  // namespace
}  // namespace hindsight::core
