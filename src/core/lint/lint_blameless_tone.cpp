#include "core/lint/lint_blameless_tone.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>
#include <optional>

#include "core/lint/lint_words.hpp"
#include "core/model/text.hpp"

namespace hindsight::core {
namespace {

// The features are one front-coded string literal, past the 65,536 characters the standard asks
// every compiler to support; GCC and clang (Emscripten's too) take far longer ones, and clang's
// -Wpedantic would say so on every build.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
#include "core/lint/blameless_tone_model.inc"
#pragma GCC diagnostic pop

constexpr std::size_t kMinUnitWords = 8;

bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ascii_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_sentence_end(char c) { return c == '.' || c == '!' || c == '?'; }

// The length of an apostrophe at p: ' or a curly quote (U+2018, U+2019, read as ').
std::size_t apostrophe_at(std::string_view text, std::size_t p) {
  if (p < text.size() && text[p] == '\'') return 1;
  if (p + 2 < text.size() && static_cast<unsigned char>(text[p]) == 0xE2 &&
      static_cast<unsigned char>(text[p + 1]) == 0x80 &&
      (static_cast<unsigned char>(text[p + 2]) == 0x98 ||
       static_cast<unsigned char>(text[p + 2]) == 0x99))
    return 3;
  return 0;
}

struct RawToken {
  std::string text;
  bool starts_sentence = false;  // no word before it in the unit, or . ! ? : ; just before it
};

bool is_sentence_mark(char c) { return is_sentence_end(c) || c == ':' || c == ';'; }

// Words (an optional @, ASCII letters and digits, inner _ and -, one 'suffix), and ? and !;
// anything else separates them. A curly apostrophe is written as '.
std::vector<RawToken> raw_tokens(std::string_view text) {
  std::vector<RawToken> out;
  bool seen_word = false;
  char mark = 0;  // the last character before this one that is no space and no word
  std::size_t p = 0;
  while (p < text.size()) {
    const auto c = static_cast<unsigned char>(text[p]);
    const bool starts = !seen_word || is_sentence_mark(mark);
    if (c == '?' || c == '!') {
      out.push_back({std::string(1, static_cast<char>(c)), starts});
      mark = static_cast<char>(c);
      ++p;
      continue;
    }
    std::string token;
    std::size_t q = p;
    if (c == '@' && q + 1 < text.size() && is_ascii_alnum(static_cast<unsigned char>(text[q + 1])))
      token += text[q++];
    if (!is_ascii_alnum(static_cast<unsigned char>(text[q]))) {
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') mark = static_cast<char>(c);
      ++p;
      continue;
    }
    while (q < text.size() && (is_ascii_alnum(static_cast<unsigned char>(text[q])) ||
                               text[q] == '_' || text[q] == '-'))
      token += text[q++];
    if (const std::size_t a = apostrophe_at(text, q);
        a > 0 && q + a < text.size() && is_ascii_alpha(static_cast<unsigned char>(text[q + a]))) {
      token += '\'';
      q += a;
      while (q < text.size() && is_ascii_alpha(static_cast<unsigned char>(text[q])))
        token += text[q++];
    }
    out.push_back({std::move(token), starts});
    seen_word = true;
    mark = 0;
    p = q;
  }
  return out;
}

std::size_t word_count(std::string_view text) {
  std::size_t n = 0;
  for (const RawToken& token : raw_tokens(text))
    if (token.text != "?" && token.text != "!") ++n;
  return n;
}

// [begin, end) of each sentence: one ends at a line break, or after a run of . ! ? followed by a
// space, a tab or the end of the text.
std::vector<ToneUnit> sentence_spans(std::string_view text) {
  std::vector<ToneUnit> spans;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      spans.push_back({start, i});
      start = i + 1;
    } else if (is_sentence_end(text[i])) {
      while (i + 1 < text.size() && is_sentence_end(text[i + 1])) ++i;
      if (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\t') {
        spans.push_back({start, i + 1});
        start = i + 1;
      }
    }
  }
  spans.push_back({start, text.size()});
  return spans;
}

// The generated table holds one weight per feature line. Why front-coded (each line opens with
// '0' plus the bytes it shares with the line before): the sorted features repeat their starts
// ("b:<NAME>_..."), and the table is the largest part of the model in the page's download.
constexpr std::size_t feature_lines() {
  std::size_t lines = 0;
  for (const char c : kToneFeatures) lines += c == '\n' ? 1 : 0;
  return lines;
}
// Each line shares no more than the line before it holds, and the table ends with a line break.
constexpr bool features_front_coded() {
  if (kToneFeatures.empty() || kToneFeatures.back() != '\n') return false;
  std::size_t previous = 0, at = 0;
  while (at < kToneFeatures.size()) {
    const std::size_t end = kToneFeatures.find('\n', at);
    const int shared = kToneFeatures[at] - '0';
    if (end == at || shared < 0 || static_cast<std::size_t>(shared) > previous) return false;
    previous = static_cast<std::size_t>(shared) + (end - at - 1);
    at = end + 1;
  }
  return true;
}
static_assert(feature_lines() == std::size(kToneWeights), "one weight per feature");
static_assert(features_front_coded(), "features front-coded, each ended by a line break");

class Model {
 public:
  Model() {
    std::vector<std::size_t> ends;  // where each decoded feature ends in text_
    ends.reserve(std::size(kToneWeights));
    // The decoded size first: with room for all of it, appending a prefix of text_ to itself
    // never moves the bytes it copies.
    std::size_t size = 0;
    for (std::size_t at = 0; at < kToneFeatures.size();) {
      const std::size_t end = kToneFeatures.find('\n', at);
      size += static_cast<std::size_t>(kToneFeatures[at] - '0') + (end - at - 1);
      at = end + 1;
    }
    text_.reserve(size);
    std::size_t at = 0, previous_start = 0;
    while (at < kToneFeatures.size()) {
      const std::size_t end = kToneFeatures.find('\n', at);
      const auto shared = static_cast<std::size_t>(kToneFeatures[at] - '0');
      const std::size_t start = text_.size();
      text_.append(text_, previous_start, shared);
      text_.append(kToneFeatures.substr(at + 1, end - at - 1));
      ends.push_back(text_.size());
      previous_start = start;
      at = end + 1;
    }
    std::size_t start = 0;
    features_.reserve(ends.size());
    for (const std::size_t end : ends) {
      features_.push_back(std::string_view(text_).substr(start, end - start));
      start = end;
    }
  }
  // Whether the decoded features are sorted and unique, as the lookup needs (a unit test asks).
  bool sorted() const { return std::adjacent_find(features_.begin(), features_.end(),
                                                  std::greater_equal<>()) == features_.end(); }
  // The weight of a feature, 0 for one the model does not hold.
  int weight(std::string_view feature) const {
    const auto index = index_of(feature);
    return index ? kToneWeights[*index] : 0;
  }
  // The model's vocabulary: the words it holds as unigrams.
  bool knows_word(std::string_view lower) const {
    return index_of("u:" + std::string(lower)).has_value();
  }

 private:
  std::optional<std::size_t> index_of(std::string_view feature) const {
    const auto it = std::lower_bound(features_.begin(), features_.end(), feature);
    if (it == features_.end() || *it != feature) return std::nullopt;
    return static_cast<std::size_t>(it - features_.begin());
  }

  std::string text_;  // the decoded features, one after the other
  std::vector<std::string_view> features_;
};

const Model& model() {
  static const Model instance;
  return instance;
}

constexpr std::array<std::string_view, 21> kCalendar = {
    "I",      "Monday",  "Tuesday",   "Wednesday", "Thursday", "Friday",   "Saturday",
    "Sunday", "January", "February",  "March",     "April",    "May",      "June",
    "July",   "August",  "September", "October",   "November", "December", "UTC"};

bool is_title_word(std::string_view word) {
  if (word.size() < 2 || word[0] < 'A' || word[0] > 'Z') return false;
  for (std::size_t k = 1; k < word.size(); ++k)
    if (word[k] < 'a' || word[k] > 'z') return false;
  return std::find(kCalendar.begin(), kCalendar.end(), word) == kCalendar.end();
}

bool is_pronoun(std::string_view w) {
  return is_one_of(w, {"he", "she", "him", "her", "his", "hers", "they", "them", "their", "theirs",
                       "himself", "herself", "themselves"});
}
bool is_you(std::string_view w) { return is_one_of(w, {"you", "your", "yours", "yourself", "u"}); }
bool is_modal(std::string_view w) {
  return is_one_of(
      w, {"should", "could", "would", "must", "might", "shouldn't", "couldn't", "wouldn't",
          "mustn't", "should've", "could've", "would've", "must've", "might've"});
}
bool is_negation(std::string_view w) {
  return is_one_of(w, {"not", "never", "no", "nobody", "nothing", "without", "cannot", "wont",
                       "dont", "didnt", "cant", "wasnt", "wouldnt", "couldnt", "shouldnt"}) ||
         w.ends_with("n't");
}
bool is_role_word(std::string_view w) {
  return is_one_of(
      w,
      {"engineer",  "engineers",  "admin",  "admins",  "administrator", "operator",   "operators",
       "developer", "developers", "dev",    "devs",    "intern",        "contractor", "on-call",
       "oncall",    "dba",        "sre",    "manager", "lead",          "reviewer",   "person",
       "someone",   "whoever",    "guy",    "staff",   "employee",      "colleague",  "individual",
       "team",      "junior",     "senior", "newbie"});
}
bool is_person_token(std::string_view w) {
  return is_pronoun(w) || w == "<NAME>" || is_role_word(w);
}
std::vector<std::string> features(const std::vector<std::string>& words) {
  std::vector<std::string> found;
  for (const std::string& w : words) found.push_back("u:" + w);
  for (std::size_t i = 0; i <= words.size(); ++i)
    found.push_back("b:" + (i == 0 ? std::string("<s>") : words[i - 1]) + "_" +
                    (i == words.size() ? std::string("</s>") : words[i]));
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    const std::string following = i + 1 < words.size() ? words[i + 1] : std::string();
    const std::string before = i > 0 ? words[i - 1] : std::string();
    if (is_pronoun(w)) found.emplace_back("x:pron3");
    if (is_you(w)) found.emplace_back("x:you");
    if (w == "<NAME>") found.emplace_back("x:name");
    if (is_role_word(w)) found.emplace_back("x:role");
    if (is_person_token(w)) found.emplace_back("x:person");
    if (is_negation(w)) {
      found.emplace_back("x:neg");
      if (!following.empty()) found.push_back("x:neg_" + following);
    }
    if (is_modal(w) && (w.ends_with("'ve") || is_one_of(following, {"have", "of", "'ve"}))) {
      found.emplace_back("x:modal_have");
      if (is_person_token(before) || is_you(before)) found.emplace_back("x:person_modal_have");
    }
    if (w == "had" && is_person_token(before)) found.emplace_back("x:person_had");
  }
  if (!words.empty() && (words[0] == "if" || words[0] == "had"))
    found.emplace_back("x:starts_if_had");
  if (std::find(words.begin(), words.end(), "?") != words.end()) found.emplace_back("x:question");
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

}  // namespace

std::vector<ToneUnit> tone_units(std::string_view text) {
  std::vector<ToneUnit> units;
  bool line_start = true;
  std::size_t pending_begin = 0, pending_words = 0;
  bool pending = false;
  const std::vector<ToneUnit> spans = sentence_spans(text);
  for (std::size_t k = 0; k < spans.size(); ++k) {
    const std::size_t begin = pending ? pending_begin : spans[k].begin;
    const std::size_t end = spans[k].end;
    const bool ends_line = k + 1 == spans.size() || (end < text.size() && text[end] == '\n');
    // Words never cross a sentence's end, so a merged unit's count is the sum of its sentences'.
    const std::size_t words = (pending ? pending_words : 0) +
                              word_count(text.substr(spans[k].begin, end - spans[k].begin));
    if (words >= kMinUnitWords) {
      units.push_back({begin, end});
    } else if (ends_line) {
      if (words > 0 && !units.empty() && !line_start)
        units.back().end = end;
      else if (words > 0)
        units.push_back({begin, end});
    } else {
      pending = true;
      pending_begin = begin;
      pending_words = words;
      continue;
    }
    pending = false;
    line_start = ends_line;
  }
  return units;
}

std::vector<std::string> tone_tokens(std::string_view unit) {
  std::vector<std::string> out;
  for (const RawToken& token : raw_tokens(unit)) {
    std::string_view base = token.text;
    const bool possessive = base.ends_with("'s") || base.ends_with("'S");
    if (possessive) base.remove_suffix(2);
    const bool name = (!base.empty() && base[0] == '@') ||
                      (is_title_word(base) &&
                       (!token.starts_sentence || !model().knows_word(lowercase_ascii(base))));
    out.push_back(name ? std::string("<NAME>") : lowercase_ascii(base));
    if (possessive) out.emplace_back("'s");
  }
  return out;
}

int tone_score(std::string_view unit) {
  int score = kToneBias;
  for (const std::string& feature : features(tone_tokens(unit))) score += model().weight(feature);
  return score;
}

int tone_threshold() { return kToneThreshold; }

bool tone_features_sorted() { return model().sorted(); }

bool reads_as_blame(std::string_view unit) { return tone_score(unit) >= kToneThreshold; }

const std::vector<BlamelessToneCount>& tone_model_counts() {
  static const std::vector<BlamelessToneCount> counts(std::begin(kToneModelCounts),
                                                      std::end(kToneModelCounts));
  return counts;
}

const std::vector<BlamelessToneTrainingFile>& tone_training_files() {
  static const std::vector<BlamelessToneTrainingFile> files(std::begin(kToneTrainingFiles),
                                                            std::end(kToneTrainingFiles));
  return files;
}

}  // namespace hindsight::core
