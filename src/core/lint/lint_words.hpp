// Words of a piece of prose, as the lints read it: each word with its byte offset, a lowercase
// form for matching and whether it opens a sentence.
// Contract: a word is a run of letters, digits, '_' and non-ASCII letters, with inner apostrophes
// (' or U+2019) and hyphens kept ("didn't", "on-call", "blame-free"). Typographic dashes and
// quotes separate words. A handle ("@j.doe") is one word, its dots included. A sentence opens at
// the start of the text and after . ! ? : ; | or a line break. Internal to the lints.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace hindsight::core {

struct Word {
  std::string_view text;  // as written
  std::string lower;      // ASCII-lowercased, U+2019 folded to '
  std::size_t offset = 0;
  bool starts_sentence = false;
  char mark = 0;  // the last ASCII non-space character before the word since the previous one
                  // ('@' for a handle, ':' after "Root cause", ',' after a clause), 0 if none
};

std::vector<Word> split_words(std::string_view text);

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> choices);

// Whether `word` is one of the words of `list`, separated by `separator`.
bool contains(std::string_view list, std::string_view word, char separator = ' ');

// The space-separated words of a list that lives as long as the program (a string literal), for
// lookups in constant time: the blameless rules ask dozens of lists about every word.
class WordSet {
 public:
  explicit WordSet(std::string_view list);
  // The words of several such lists, for sets that share a list with another set.
  WordSet(std::initializer_list<std::string_view> lists);
  bool has(std::string_view word) const { return words_.count(word) > 0; }

 private:
  std::unordered_set<std::string_view> words_;
};

inline bool contains(const WordSet& set, std::string_view word) { return set.has(word); }

// The words from `first` to `last` (inclusive) as written, with what lies between them.
std::string_view span_text(std::string_view text, const std::vector<Word>& words, std::size_t first,
                           std::size_t last);

}  // namespace hindsight::core
