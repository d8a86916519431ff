#include "core/lint/lint_words.hpp"

#include <algorithm>

namespace hindsight::core {
namespace {

constexpr unsigned char kLead = 0xE2, kSecond = 0x80, kRightQuote = 0x99;

bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// General punctuation U+2010..U+206F (dashes, quotes, bullets, ellipsis) is E2 80..81 xx.
// An arrow, U+2190 to U+21FF ("Why did the job stop? → Same corrupted block"): punctuation, not
// a letter of the word after it.
bool is_arrow(std::string_view text, std::size_t p) {
  if (p + 2 >= text.size() || static_cast<unsigned char>(text[p]) != kLead) return false;
  const auto second = static_cast<unsigned char>(text[p + 1]);
  const auto third = static_cast<unsigned char>(text[p + 2]);
  return (second == kSecond + 6 && third >= 0x90) || second == kSecond + 7;
}

bool is_typographic_punctuation(std::string_view text, std::size_t p) {
  return (p + 2 < text.size() && static_cast<unsigned char>(text[p]) == kLead &&
          (static_cast<unsigned char>(text[p + 1]) == kSecond ||
           static_cast<unsigned char>(text[p + 1]) == kSecond + 1)) ||
         is_arrow(text, p);
}

bool is_letter_at(std::string_view text, std::size_t p) {
  if (p >= text.size()) return false;
  const auto c = static_cast<unsigned char>(text[p]);
  if (c < 0x80) return is_ascii_alnum(c) || c == '_';
  return !is_typographic_punctuation(text, p);
}

// The length of an inner apostrophe or hyphen at p (0 when there is none).
std::size_t joiner_length(std::string_view text, std::size_t p) {
  std::size_t length = 0;
  if (text[p] == '\'' || text[p] == '-') length = 1;
  if (is_typographic_punctuation(text, p) && static_cast<unsigned char>(text[p + 1]) == kSecond &&
      static_cast<unsigned char>(text[p + 2]) == kRightQuote)
    length = 3;
  return length > 0 && is_letter_at(text, p + length) ? length : 0;
}

// A handle keeps its inner dots: "@j.doe" is one person.
std::size_t word_end(std::string_view text, std::size_t p, bool handle) {
  while (p < text.size()) {
    if (is_letter_at(text, p)) {
      ++p;
    } else if (handle && text[p] == '.' && is_letter_at(text, p + 1)) {
      ++p;
    } else if (std::size_t join = joiner_length(text, p); join > 0) {
      p += join;
    } else {
      break;
    }
  }
  return p;
}

std::string lowercase(std::string_view word) {
  std::string lower;
  for (std::size_t p = 0; p < word.size(); ++p) {
    const char c = word[p];
    if (is_typographic_punctuation(word, p)) {
      lower += '\'';
      p += 2;
    } else {
      lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return lower;
}

bool ends_sentence(char c) {
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '|' || c == '\n';
}

// The period of "Ms. Lindqvist", "Dr. Patel", "P. Rossi" ends no sentence: it follows a title or
// a capital initial written right before it.
// An initial only before a name: "team B. A lack of ..." ends its sentence.
bool after_title_or_initial(const std::vector<Word>& words, std::string_view text,
                            std::size_t period) {
  if (words.empty() || words.back().offset + words.back().text.size() != period) return false;
  const Word& w = words.back();
  if (w.text.size() == 1) {
    std::size_t next = period + 1;
    while (next < text.size() && text[next] == ' ') ++next;
    std::size_t end = next;
    while (end < text.size() && is_letter_at(text, end)) ++end;
    static constexpr std::string_view kOpeners[] = {
        "A",    "An",   "The",   "This", "That", "These", "Those", "It",    "We",
        "They", "He",   "She",   "I",    "In",   "On",    "At",    "After", "Before",
        "When", "Then", "There", "Our",  "No",   "As",    "If"};
    const std::string_view after = text.substr(next, end - next);
    return w.text[0] >= 'A' && w.text[0] <= 'Z' && end > next && after[0] >= 'A' &&
           after[0] <= 'Z' &&
           std::find(std::begin(kOpeners), std::end(kOpeners), after) == std::end(kOpeners);
  }
  return w.text[0] >= 'A' && w.text[0] <= 'Z' &&
         (w.lower == "mr" || w.lower == "mrs" || w.lower == "ms" || w.lower == "dr" ||
          w.lower == "prof");
}

}  // namespace

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  bool sentence_open = true;
  char mark = 0;
  std::size_t p = 0;
  while (p < text.size()) {
    if (!is_letter_at(text, p)) {
      if (ends_sentence(text[p]) && !(text[p] == '.' && after_title_or_initial(words, text, p)))
        sentence_open = true;
      if (text[p] != ' ' && text[p] != '\t' && static_cast<unsigned char>(text[p]) < 0x80)
        mark = text[p];
      p += is_typographic_punctuation(text, p) ? 3 : 1;
      continue;
    }
    const std::size_t end = word_end(text, p, mark == '@');
    const std::string_view word = text.substr(p, end - p);
    words.push_back({word, lowercase(word), p, sentence_open, mark});
    sentence_open = false;
    mark = 0;
    p = end;
  }
  return words;
}

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> choices) {
  return std::find(choices.begin(), choices.end(), word) != choices.end();
}

bool contains(std::string_view list, std::string_view word, char separator) {
  while (!list.empty()) {
    const std::size_t end = std::min(list.find(separator), list.size());
    if (list.substr(0, end) == word) return true;
    list.remove_prefix(std::min(end + 1, list.size()));
  }
  return false;
}

WordSet::WordSet(std::string_view list) {
  while (!list.empty()) {
    const std::size_t end = std::min(list.find(' '), list.size());
    if (end > 0) words_.insert(list.substr(0, end));
    list.remove_prefix(std::min(end + 1, list.size()));
  }
}

WordSet::WordSet(std::initializer_list<std::string_view> lists) {
  for (const std::string_view list : lists) words_.merge(WordSet(list).words_);
}

std::string_view span_text(std::string_view text, const std::vector<Word>& words, std::size_t first,
                           std::size_t last) {
  const std::size_t begin = words[first].offset;
  const std::size_t end = words[last].offset + words[last].text.size();
  return text.substr(begin, end - begin);
}

}  // namespace hindsight::core
