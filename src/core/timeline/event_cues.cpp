#include "core/timeline/event_cues.hpp"

#include <array>
#include <string>
#include <utility>

namespace hindsight::core {
namespace {

struct Cue {
  std::string_view words;  // lowercase; several words are separated by one space
  EventKind kind;
};

// Ordered by precedence, highest first: the first kind with a matching cue wins.
constexpr std::array<Cue, 40> kCues{{
    {"status page", EventKind::Communication},
    {"statuspage", EventKind::Communication},
    {"announced", EventKind::Communication},
    {"customers notified", EventKind::Communication},
    {"notified customers", EventKind::Communication},
    {"resolved", EventKind::Resolved},
    {"recovered", EventKind::Resolved},
    {"all clear", EventKind::Resolved},
    {"back to normal", EventKind::Resolved},
    {"deployed fix", EventKind::FixApplied},
    {"deployed the fix", EventKind::FixApplied},
    {"fix deployed", EventKind::FixApplied},
    {"hotfix", EventKind::FixApplied},
    {"patched", EventKind::FixApplied},
    {"rolled back", EventKind::Mitigated},
    {"rollback", EventKind::Mitigated},
    {"mitigated", EventKind::Mitigated},
    {"mitigation", EventKind::Mitigated},
    {"failover", EventKind::Mitigated},
    {"failed over", EventKind::Mitigated},
    {"root cause", EventKind::RootCauseIdentified},
    {"found the cause", EventKind::RootCauseIdentified},
    {"investigating", EventKind::InvestigationStarted},
    {"investigation", EventKind::InvestigationStarted},
    {"looking into", EventKind::InvestigationStarted},
    {"ack", EventKind::Acknowledged},
    {"acknowledged", EventKind::Acknowledged},
    {"acknowledge", EventKind::Acknowledged},
    {"on it", EventKind::Acknowledged},
    {"alert", EventKind::Detected},
    {"alarm", EventKind::Detected},
    {"paged", EventKind::Detected},
    {"paging", EventKind::Detected},
    {"fired", EventKind::Detected},
    {"firing", EventKind::Detected},
    {"triggered", EventKind::Detected},
    {"detected", EventKind::Detected},
    {"pagerduty", EventKind::Detected},
    {"opsgenie", EventKind::Detected},
    {"incident opened", EventKind::Detected},
}};

// Letters, digits and every byte of a multi-byte UTF-8 sequence belong to words, so a cue never
// matches inside "αalert" or "défault".
bool word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || c == '_';
}

// Endings that keep a one-word cue the same word: "alerts", "alerted", "alerting", "acked".
constexpr std::array<std::string_view, 5> kEndings{"s", "es", "ed", "d", "ing"};

std::size_t word_end(const std::string& text, std::size_t at) {
  while (at < text.size() && word_byte(text[at])) ++at;
  return at;
}

bool matches_at(const std::string& text, std::size_t at, std::string_view cue) {
  if (text.compare(at, cue.size(), cue) != 0) return false;
  const std::size_t end = at + cue.size();
  if (end == text.size() || !word_byte(text[end])) return true;
  if (cue.find(' ') != std::string_view::npos) return false;  // "on it" is not "on its"
  const std::string_view rest(text.data() + end, word_end(text, end) - end);
  for (auto ending : kEndings)
    if (rest == ending) return true;
  return false;
}

// Lowercase, with spaces, tabs, line breaks and hyphens between words read as one space, so
// "rolled  back" and "Rolled-back" match "rolled back".
std::string normalised_words(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '-' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
  }
  return out;
}

}  // namespace

EventKind guess_event_kind(std::string_view text) {
  const std::string words = normalised_words(text);
  std::size_t best = kCues.size();
  for (std::size_t at = 0; at < words.size();) {
    if (!word_byte(words[at])) {
      ++at;
      continue;
    }
    for (std::size_t i = 0; i < best; ++i)
      if (kCues[i].words[0] == words[at] && matches_at(words, at, kCues[i].words)) best = i;
    at = word_end(words, at);
  }
  return best == kCues.size() ? EventKind::Note : kCues[best].kind;
}

}  // namespace hindsight::core
