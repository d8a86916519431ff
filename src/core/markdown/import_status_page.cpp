#include "core/markdown/import_status_page.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/markdown/markdown_vocabulary.hpp"
#include "core/model/text.hpp"
#include "core/timeline/loose_time.hpp"

namespace hindsight::core {

namespace {

// Status pages write the moment of an update this way: fewer than two updates are no log.
constexpr int kFewestUpdates = 2;

// Where a section's update names its moment: the paragraph, and whether the moment is the
// paragraph's last line below the update's text rather than a paragraph of its own.
struct MomentBelow {
  std::size_t block;
  bool last_line;
  std::string moment;
};

std::optional<MomentBelow> moment_below(const std::vector<MdBlock>& blocks, std::size_t begin,
                                        std::size_t end) {
  for (std::size_t i = end; i > begin; --i) {
    const MdBlock& b = blocks[i - 1];
    if (b.kind != BlockKind::Paragraph) continue;
    const auto lines = split_lines(b.text);
    if (lines.empty()) continue;
    if (auto moment = posted_moment(lines.back()))
      return MomentBelow{i - 1, lines.size() > 1, std::move(*moment)};
  }
  return std::nullopt;
}

// "[Update - 2023-03-29 15h50 UTC]", "[Initial message]": a label in brackets alone on a
// paragraph's first line, as some status pages' Markdown heads each update. The label, without
// its brackets; nothing when the line is no such label.
std::optional<std::string> bracketed_label(std::string_view paragraph) {
  const std::string_view line = trim(paragraph.substr(0, paragraph.find('\n')));
  constexpr std::size_t kLongestLabel = 60;
  if (line.size() < 3 || line.size() > kLongestLabel || line.front() != '[' || line.back() != ']' ||
      line.find_first_of("[]", 1) != line.size() - 1)
    return std::nullopt;
  return std::string(trim(line.substr(1, line.size() - 2)));
}

// The same label when it names an update and its moment with its day ("Update - 2023-03-29
// 15h50 UTC").
bool labels_a_dated_update(const std::string& label) {
  const std::size_t words = update_label_length(label);
  return words != 0 && posted_moment(std::string_view(label).substr(words));
}

// Two labelled updates or more make a log: each label, and every other label in brackets beside
// them ("[Initial message]"), becomes a heading over the paragraph's other lines.
void head_bracketed_updates(std::vector<MdBlock>& blocks) {
  const auto dated = std::count_if(blocks.begin(), blocks.end(), [](const MdBlock& b) {
    const auto label = b.kind == BlockKind::Paragraph ? bracketed_label(b.text) : std::nullopt;
    return label && labels_a_dated_update(*label);
  });
  if (dated < kFewestUpdates) return;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::Paragraph) continue;
    auto label = bracketed_label(blocks[i].text);
    if (!label) continue;
    const std::size_t newline = blocks[i].text.find('\n');
    MdBlock heading = blocks[i];
    heading.kind = BlockKind::Heading;
    heading.level = 2;
    heading.text = std::move(*label);
    if (newline == std::string::npos) {
      blocks[i] = std::move(heading);
      continue;
    }
    blocks[i].text.erase(0, newline + 1);
    blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(i), std::move(heading));
    ++i;
  }
}

}  // namespace

std::optional<std::string> posted_moment(std::string_view marked) {
  std::string line = std::string(trim(plain_text(trim(marked))));
  for (std::string_view posted : {"Posted on ", "Posted ", "Updated on ", "Updated "})
    if (line.starts_with(posted)) {
      line.erase(0, posted.size());
      break;
    }
  const auto time = read_time(line);
  if (!time || !time->date || time->told || time->length != line.size()) return std::nullopt;
  return line;
}

std::optional<std::string> stamped_moment(std::string_view marked) {
  const std::string line = lowercase_ascii(trim(plain_text(trim(marked))));
  if (!line.starts_with("posted ") && !line.starts_with("updated ")) return std::nullopt;
  return posted_moment(marked);
}

void stamp_status_updates(MdBlock& root) {
  std::vector<MdBlock>& blocks = root.children;
  head_bracketed_updates(blocks);
  // "Resolved" over the update's text and "Posted Mar 02, 2020 - 09:39 PST", each a paragraph of
  // its own, as a status page's text copies: the update, its moment in its heading ("##
  // Resolved - Mar 02, 2020 - 09:39 PST"). The "Posted" line says a status page wrote it, in any
  // document.
  const auto one_line = [](const MdBlock& b) {
    return b.kind == BlockKind::Paragraph && b.text.find('\n') == std::string::npos;
  };
  for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
    if (!one_line(blocks[i]) || !names_an_update(plain_text(trim(blocks[i].text)))) continue;
    std::size_t posted = i + 1;
    if (!one_line(blocks[posted]) || !stamped_moment(blocks[posted].text)) {
      if (blocks[posted].kind != BlockKind::Paragraph && blocks[posted].kind != BlockKind::List)
        continue;
      ++posted;  // the update's text
    }
    if (posted >= blocks.size() || !one_line(blocks[posted])) continue;
    const auto moment = stamped_moment(blocks[posted].text);
    if (!moment) continue;
    blocks[i].kind = BlockKind::Heading;
    blocks[i].level = 2;
    blocks[i].text = std::string(trim(plain_text(trim(blocks[i].text)))) + " - " + *moment;
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(posted));
  }
  // "**Resolved**" over the update's text and its "Posted Jan 27, 2025 - 17:07 EST": a status
  // page's update whose status its copy set in bold, a heading as "## Resolved" would be.
  for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
    MdBlock& b = blocks[i];
    const std::string_view marked = trim(b.text);
    const bool bold_alone = marked.size() > 2 && marked.front() == kStrongBegin &&
                            marked.back() == kStrongEnd &&
                            marked.find(kStrongBegin, 1) == std::string_view::npos;
    if (b.kind != BlockKind::Paragraph || !bold_alone || !names_an_update(plain_text(marked)))
      continue;
    const MdBlock& next = blocks[i + 1];
    const auto lines = split_lines(next.text);
    if (next.kind == BlockKind::Paragraph && lines.size() > 1 && stamped_moment(lines.back())) {
      b.kind = BlockKind::Heading;
      b.level = 2;
      b.text = plain_text(marked);
    }
  }
  // A document with a timeline of its own keeps its sections as written: an "## Update" there is
  // an edit of the post, told in its text.
  if (std::any_of(blocks.begin(), blocks.end(), [](const MdBlock& b) {
        return b.kind == BlockKind::Heading &&
               section_role(plain_text(b.text)) == SectionRole::Timeline;
      }))
    return;
  struct Stamp {
    std::size_t heading;
    MomentBelow below;
  };
  std::vector<Stamp> stamps;
  int posted_sections = 0;  // updates, and any other section the page posted ("## Postmortem")
  for (std::size_t h = 0; h < blocks.size(); ++h) {
    if (blocks[h].kind != BlockKind::Heading) continue;
    std::size_t end = h + 1;
    while (end < blocks.size() && blocks[end].kind != BlockKind::Heading) ++end;
    // The section's text, then its moment: a heading over a moment alone names no update.
    auto below = moment_below(blocks, h + 1, end);
    if (!below || (!below->last_line && below->block == h + 1)) continue;
    ++posted_sections;
    if (names_an_update(plain_text(blocks[h].text))) stamps.push_back({h, std::move(*below)});
  }
  // "## Resolved" and its "Posted ..." under a "## Postmortem" posted later: one update is a log
  // when the page posted another section too.
  if (stamps.empty() || posted_sections < kFewestUpdates) return;
  // Backwards, so that the indices of the blocks still to change stay as found.
  for (auto s = stamps.rbegin(); s != stamps.rend(); ++s) {
    blocks[s->heading].text += " - " + s->below.moment;
    MdBlock& paragraph = blocks[s->below.block];
    if (s->below.last_line)
      paragraph.text.erase(paragraph.text.rfind('\n'));
    else
      blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(s->below.block));
  }
}

}  // namespace hindsight::core
