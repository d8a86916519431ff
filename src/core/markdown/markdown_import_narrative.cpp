// The timeline a team told as a story rather than listed: in a section of prose ("## Technical
// details", "## What happened") of a document with no timeline section, each sentence that opens
// with its time ("At 17:42, AWS acknowledged the problem.", "Around 17:09 CDT on June 13, ...",
// "By 17:25, ...") starts an entry, and the sentences after it continue the entry up to the next
// such sentence or the paragraph's end. A paragraph that opens otherwise continues the entry
// before it (the story goes on), or stays prose where no entry came before; so does any other
// block. Nothing is read unless three sentences or more open with their time: a time or two in a
// story is no timeline.
#include <algorithm>
#include <string>
#include <vector>

#include "core/markdown/import_context.hpp"
#include "core/markdown/import_tables.hpp"
#include "core/markdown/markdown_text.hpp"

namespace hindsight::core {
namespace {

constexpr int kFewestToldTimes = 3;

bool opens_with_its_time(std::string_view sentence) {
  const auto time = read_time(sentence);
  return time && time->told;
}

std::vector<std::string> paragraph_sentences(const MdBlock& b) {
  if (b.kind != BlockKind::Paragraph) return {};
  return sentences_of(one_line(plain_text(b.text)));
}

}  // namespace

bool read_narrated_timeline(ImportContext& cx, const Blocks& blocks, std::size_t begin,
                            std::size_t end) {
  if (cx.written_by_hindsight || cx.has_timeline_section) return false;
  int told = 0;
  for (std::size_t i = begin; i < end; ++i)
    for (const std::string& sentence : paragraph_sentences(blocks[i]))
      told += opens_with_its_time(sentence);
  if (told < kFewestToldTimes) return false;
  bool entry_open = false;  // the timeline's last entry is one this section told
  for (std::size_t i = begin; i < end; ++i) {
    const MdBlock& b = blocks[i];
    const int line = cx.first_line(b);
    const std::vector<std::string> sentences = paragraph_sentences(b);
    const bool tells_times = std::any_of(sentences.begin(), sentences.end(), opens_with_its_time);
    if (!tells_times || (!entry_open && !opens_with_its_time(sentences.front()))) {
      if (b.kind != BlockKind::Rule) cx.keep_unplaced(line, cx.last_line(b));
      entry_open = false;
      continue;
    }
    std::string pending;  // sentences not yet read: an entry, or what continues the last one
    bool pending_opens_entry = false;
    const auto read_pending = [&] {
      if (pending.empty()) return;
      if (pending_opens_entry) {
        read_event_line(cx, pending, line);
      } else {
        std::string& text = cx.postmortem.timeline.back().text;
        text += text.empty() ? pending : " " + pending;
      }
      pending.clear();
    };
    for (const std::string& sentence : sentences) {
      if (opens_with_its_time(sentence)) {
        read_pending();
        pending_opens_entry = true;
        pending = sentence;
      } else {
        pending += pending.empty() ? sentence : " " + sentence;
      }
    }
    read_pending();
    entry_open = true;
  }
  return true;
}

}  // namespace hindsight::core
