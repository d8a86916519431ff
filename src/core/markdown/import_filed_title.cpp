#include "core/markdown/import_filed_title.hpp"

#include <string>
#include <string_view>

#include "core/markdown/markdown_vocabulary.hpp"
#include "core/model/text.hpp"
#include "core/timeline/loose_time.hpp"

namespace hindsight::core {
namespace {

// "Postmortems", "Acme incident reports", "Outages": a title naming many post-mortems. Words
// that also name one incident's many failures ("Cascading storage outages", "Lessons from our
// first incidents") count only as the whole title.
bool names_a_collection(std::string_view title) {
  std::string text = lowercase_ascii(trim(title));
  while (!text.empty() && (text.back() == ':' || text.back() == '.' || text.back() == ' '))
    text.pop_back();
  for (const std::string_view name : {"incidents", "outages"})
    if (text == name) return true;
  for (const std::string_view name :
       {"postmortems", "post-mortems", "post mortems", "incident reports", "outage reports",
        "retrospectives", "incident log", "postmortem log", "post-mortem log"})
    if (text == name || (text.ends_with(name) && text[text.size() - name.size() - 1] == ' '))
      return true;
  return false;
}

// "2022", "March 2022", "Q1 2023", "2023 Q1": a period a collection files its reports under.
bool is_a_period_alone(std::string_view heading) {
  const std::string text = lowercase_ascii(trim(heading));
  bool year = false;
  std::size_t words = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find(' ', at);
    if (end == std::string::npos) end = text.size();
    const std::string_view word = std::string_view(text).substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    ++words;
    const bool digits = word.find_first_not_of("0123456789") == std::string_view::npos;
    if (digits && word.size() == 4 && (word.starts_with("19") || word.starts_with("20"))) {
      year = true;
      continue;
    }
    if (word.size() == 2 && word[0] == 'q' && word[1] >= '1' && word[1] <= '4') continue;
    const std::string month = std::string(word) + " 1";
    if (const auto d = read_date(month); d && d->month != 0 && d->length == month.size()) continue;
    return false;
  }
  return year && words <= 2;
}

// The only heading at its level or above from `at` to the end.
bool alone_to_the_end(const std::vector<MdBlock>& blocks, std::size_t at) {
  for (std::size_t i = at + 1; i < blocks.size(); ++i)
    if (blocks[i].kind == BlockKind::Heading && blocks[i].level <= blocks[at].level) return false;
  return true;
}

}  // namespace

bool is_a_day_alone(std::string_view heading) {
  const std::string_view text = trim(heading);
  const auto day = read_date(text);
  return day && day->year != 0 && day->length == text.size();
}

std::optional<std::string> filed_day_of(std::string_view heading) {
  if (is_a_day_alone(heading)) return std::string(trim(heading));
  // "Date: 2023-01-05": the day, labelled.
  const std::size_t colon = heading.find(':');
  if (colon == std::string_view::npos || meta_field(heading.substr(0, colon)) != MetaField::Date)
    return std::nullopt;
  const std::string_view day = trim(heading.substr(colon + 1));
  if (!is_a_day_alone(day)) return std::nullopt;
  return std::string(day);
}

std::optional<FiledTitle> filed_title(const std::vector<MdBlock>& blocks, std::size_t title) {
  if (title >= blocks.size() || !names_a_collection(plain_text(blocks[title].text)))
    return std::nullopt;
  FiledTitle filed;
  filed.filed_in.push_back(title);
  for (std::size_t at = title;;) {
    std::size_t next = at + 1;
    while (next < blocks.size() && blocks[next].kind == BlockKind::Rule) ++next;
    if (next >= blocks.size() || blocks[next].kind != BlockKind::Heading ||
        blocks[next].level <= blocks[at].level || !alone_to_the_end(blocks, next))
      return std::nullopt;
    const std::string text = plain_text(blocks[next].text);
    if (is_a_day_alone(text) || is_a_period_alone(text) || names_a_collection(text) ||
        filed_day_of(text)) {
      filed.filed_in.push_back(next);
      at = next;
      continue;
    }
    // "## Summary", "## Date", "## Date: 2023-01-05": a part or a fact, not a title.
    if (trim(text).empty() || section_role(text) != SectionRole::Unknown ||
        meta_field(text) != MetaField::Unknown ||
        meta_field(text.substr(0, text.find(':'))) != MetaField::Unknown)
      return std::nullopt;
    filed.title = next;
    return filed;
  }
}

}  // namespace hindsight::core
