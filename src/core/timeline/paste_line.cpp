#include "core/timeline/paste_line.hpp"

#include <array>

#include "core/model/text.hpp"

namespace hindsight::core {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_letter(char c) { return upper(c) || (c >= 'a' && c <= 'z'); }
bool non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

// What sits between a stamp and its message: " - ", " — ", ": ", " | ", ", ".
std::string_view strip_separators(std::string_view text) {
  for (;;) {
    text = trim(text);
    if (!text.empty() && (text[0] == '-' || text[0] == ':' || text[0] == '|' || text[0] == ',')) {
      text.remove_prefix(1);
    } else if (text.substr(0, 3) == "\xE2\x80\x94" || text.substr(0, 3) == "\xE2\x80\x93") {
      text.remove_prefix(3);  // em and en dashes
    } else {
      return text;
    }
  }
}

// Words that do not appear in people's names but do before a time in a sentence
// ("Deploy finished at 14:23").
constexpr std::array<std::string_view, 16> kNotNames{
    "at",    "on",     "by",     "since", "from", "until", "till", "to",
    "after", "before", "around", "about", "is",   "was",   "the",  "and"};

// A chat display name: "Alice Smith", "Zoë O'Brien", "Σοφία Παππά", or one handle with a
// separator ("alice.smith"). Every word starts with a capital or a non-ASCII letter.
bool name_like(std::string_view name) {
  if (name.empty() || name.size() > 64 || digit(name[0])) return false;
  int words = 0;
  bool handle = false;
  std::size_t at = 0;
  while (at < name.size()) {
    while (at < name.size() && name[at] == ' ') ++at;
    if (at == name.size()) break;
    std::size_t end = at;
    while (end < name.size() && name[end] != ' ') ++end;
    const std::string_view word = name.substr(at, end - at);
    for (char c : word) {
      if (!(ascii_letter(c) || non_ascii(c) || digit(c) || c == '.' || c == '-' || c == '\'' ||
            c == '_'))
        return false;
      if (c == '.' || c == '_' || c == '-') handle = true;
    }
    const std::string lower = lowercase_ascii(word);
    for (auto not_name : kNotNames)
      if (lower == not_name) return false;
    if (!upper(word[0]) && !non_ascii(word[0]) && !(handle && words == 0)) return false;
    ++words;
    at = end;
  }
  return words >= 1 && words <= 5 && (words > 1 || upper(name[0]) || non_ascii(name[0]) || handle);
}

// Slack marks integrations "APP" after their name.
std::string_view without_badge(std::string_view name) {
  name = trim(name);
  for (std::string_view badge : {" APP", " BOT"})
    if (name.size() > badge.size() && name.substr(name.size() - badge.size()) == badge)
      return trim(name.substr(0, name.size() - badge.size()));
  return name;
}

// "host prog[123]: msg" or "host prog: msg" after a syslog stamp. `need_pid`: accept only the
// bracketed form, for layouts where "word word: text" is as likely a sentence.
bool split_syslog(std::string_view rest, bool need_pid, PasteLine& out) {
  const std::size_t host_end = rest.find(' ');
  if (host_end == 0 || host_end == std::string_view::npos) return false;
  for (char c : rest.substr(0, host_end))
    if (!(ascii_letter(c) || digit(c) || c == '.' || c == '-' || c == '_')) return false;
  std::size_t at = host_end + 1;
  const std::size_t prog_begin = at;
  while (at < rest.size() && rest[at] != ' ' && rest[at] != ':' && rest[at] != '[') ++at;
  if (at == prog_begin || at >= rest.size()) return false;
  const std::string_view prog = rest.substr(prog_begin, at - prog_begin);
  bool pid = false;
  if (rest[at] == '[') {
    const std::size_t close = rest.find(']', at);
    if (close == std::string_view::npos || close == at + 1) return false;
    for (char c : rest.substr(at + 1, close - at - 1))
      if (!digit(c)) return false;
    pid = true;
    at = close + 1;
  }
  if (at >= rest.size() || rest[at] != ':' || (need_pid && !pid)) return false;
  if (at + 1 < rest.size() && rest[at + 1] != ' ') return false;
  out.source = std::string(prog);
  out.text = std::string(trim(rest.substr(at + 1)));
  return true;
}

// '10.0.0.1 - - [15/Jan/2024:14:23:01 +0000] "GET /x HTTP/1.1" 502 157 "-" "curl/8.4.0"'.
std::optional<PasteLine> read_access_log(std::string_view line) {
  const std::size_t open = line.find(" [");
  if (open == std::string_view::npos || open == 0) return std::nullopt;
  const auto stamp = read_access_log_stamp(line.substr(open + 2));
  if (!stamp) return std::nullopt;
  const std::size_t close = open + 2 + stamp->length;
  if (close >= line.size() || line[close] != ']') return std::nullopt;
  PasteLine out;
  out.format = PasteFormat::AccessLog;
  out.stamp = *stamp;
  out.source = "access log";
  // The client, then the request and status; identd and user are "-" in nearly every log.
  std::string_view who = line.substr(0, open);
  const std::size_t client_end = who.find(' ');
  std::string text(who.substr(0, client_end));
  if (client_end != std::string_view::npos) {
    const std::string_view rest_of_who = trim(who.substr(client_end));
    if (rest_of_who != "- -") text.append(" ").append(rest_of_who);
  }
  const std::string_view request = trim(line.substr(close + 1));
  if (!request.empty()) text.append(" ").append(request);
  out.text = std::move(text);
  return out;
}

// Kubernetes components: "E0115 14:23:01.123456       1 reflector.go:138] message".
std::optional<PasteLine> read_klog(std::string_view line) {
  if (line.size() < 22 || (line[0] != 'I' && line[0] != 'W' && line[0] != 'E' && line[0] != 'F'))
    return std::nullopt;
  for (std::size_t i = 1; i <= 4; ++i)
    if (!digit(line[i])) return std::nullopt;
  if (line[5] != ' ') return std::nullopt;
  LooseDate date;
  date.month = (line[1] - '0') * 10 + (line[2] - '0');
  date.day = (line[3] - '0') * 10 + (line[4] - '0');
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return std::nullopt;
  auto stamp = read_stamp(line.substr(6));
  if (!stamp || stamp->date || !stamp->has_seconds) return std::nullopt;
  std::string_view rest = trim(line.substr(6 + stamp->length));
  std::size_t at = 0;
  while (at < rest.size() && digit(rest[at])) ++at;  // the thread id
  if (at == 0 || at >= rest.size() || rest[at] != ' ') return std::nullopt;
  rest = trim(rest.substr(at));
  const std::size_t close = rest.find("] ");
  const std::size_t space = rest.find(' ');
  if (close == std::string_view::npos || space < close) return std::nullopt;
  date.length = 5;
  stamp->date = date;
  PasteLine out;
  out.format = PasteFormat::Klog;
  out.stamp = *stamp;
  out.source = std::string(rest.substr(0, close));
  out.text = std::string(trim(rest.substr(close + 1)));
  return out;
}

// A stamp at the start of the line: ISO-8601 and RFC 3339, "2024-01-15 14:23 UTC", syslog and
// journalctl, nginx's error log, bare times.
std::optional<PasteLine> read_leading(std::string_view line) {
  const auto stamp = read_stamp(line);
  if (!stamp) return std::nullopt;
  PasteLine out;
  out.stamp = *stamp;
  const std::string_view rest = line.substr(stamp->length);
  const bool slash_date = stamp->date && line.size() > 4 && line[4] == '/';
  if (slash_date && rest.substr(0, 2) == " [") {
    // nginx: "2024/01/15 14:23:01 [error] 1234#1234: *5 connect() failed ..."
    const std::size_t close = rest.find(']');
    if (close != std::string_view::npos) {
      std::string_view message = trim(rest.substr(close + 1));
      const std::size_t hash = message.find('#');
      const std::size_t colon = message.find(": ");
      if (hash != std::string_view::npos && colon != std::string_view::npos && hash < colon)
        message = trim(message.substr(colon + 2));
      if (!message.empty() && message[0] == '*') {  // the connection number
        const std::size_t space = message.find(' ');
        message = space == std::string_view::npos ? "" : trim(message.substr(space));
      }
      out.format = PasteFormat::NginxError;
      out.source = "nginx";
      out.text = std::string(trim(rest.substr(1, close))) + " " + std::string(message);
      return out;
    }
  }
  const std::string_view trimmed = trim(rest);
  if (stamp->date && stamp->has_seconds && !stamp->iso_date && stamp->date->year == 0 &&
      split_syslog(trimmed, false, out)) {
    out.format = PasteFormat::Syslog;
    return out;
  }
  if (stamp->iso_date && split_syslog(trimmed, true, out)) {
    out.format = PasteFormat::Syslog;  // rsyslog's RFC 3339 stamps, journalctl -o short-iso
    return out;
  }
  out.format = stamp->iso_date ? PasteFormat::Iso8601 : PasteFormat::BareTime;
  out.text = std::string(strip_separators(rest));
  return out;
}

// "Alice: text" after a chat stamp.
void split_speaker(std::string_view rest, PasteLine& out) {
  const std::size_t colon = rest.find(':');
  if (colon != std::string_view::npos && name_like(without_badge(rest.substr(0, colon)))) {
    out.source = std::string(without_badge(rest.substr(0, colon)));
    out.text = std::string(trim(rest.substr(colon + 1)));
    return;
  }
  out.text = std::string(strip_separators(rest));
}

// "[2:23 PM] Alice: text", "[1/15/2024 2:23 PM] Alice Smith: text", "[2024-01-15 14:23:01] ERROR
// ...", and "[pod/web-1/app] 2024-01-15T14:23:01Z ..." (kubectl logs --prefix).
std::optional<PasteLine> read_bracketed(std::string_view line) {
  if (line.empty() || line[0] != '[') return std::nullopt;
  const std::string_view inside = line.substr(1);
  auto stamp = read_slash_stamp(inside);
  const bool chat_date = stamp.has_value();
  if (!stamp) stamp = read_stamp(inside);
  if (stamp) {
    const std::size_t close = 1 + stamp->length;
    if (close >= line.size() || line[close] != ']') return std::nullopt;
    PasteLine out;
    out.stamp = *stamp;
    const std::string_view rest = trim(line.substr(close + 1));
    if (chat_date || !stamp->date) {
      out.format = PasteFormat::Chat;
      split_speaker(rest, out);
      if (out.source.empty()) out.format = PasteFormat::BareTime;
    } else {
      out.format = stamp->iso_date ? PasteFormat::Iso8601 : PasteFormat::BareTime;
      out.text = std::string(strip_separators(rest));
    }
    return out;
  }
  const std::size_t close = line.find(']');
  if (close == std::string_view::npos || close < 2) return std::nullopt;
  const std::string_view label = line.substr(1, close - 1);
  if (label.find(' ') != std::string_view::npos) return std::nullopt;
  auto out = read_leading(trim(line.substr(close + 1)));
  if (!out || !out->stamp.date) return std::nullopt;
  if (out->source.empty()) out->source = std::string(label);
  return out;
}

// A chat speaker line, the message on the lines below: "Alice Smith  2:23 PM" (Slack),
// "Alice Smith 14:23" (Teams), "PagerDuty APP  2:23 PM".
std::optional<PasteLine> read_speaker_line(std::string_view line) {
  // The stamp ends the line: try where each of the last four words begins.
  std::size_t at = line.size();
  for (int words = 0; words < 4 && at > 0; ++words) {
    while (at > 0 && line[at - 1] != ' ') --at;
    if (at == 0) break;
    const std::string_view tail = line.substr(at);
    auto stamp = read_slash_stamp(tail);
    if (!stamp) stamp = read_stamp(tail);
    if (stamp && stamp->length == tail.size() && (!stamp->date || stamp->date->year != 0)) {
      std::string_view name = trim(line.substr(0, at));
      if (!name.empty() && name.back() == ',') name.remove_suffix(1);
      name = without_badge(name);
      if (!name_like(name)) return std::nullopt;
      PasteLine out;
      out.format = PasteFormat::Chat;
      out.stamp = *stamp;
      out.source = std::string(name);
      return out;
    }
    while (at > 0 && line[at - 1] == ' ') --at;
  }
  return std::nullopt;
}

// An ISO-8601 date and time inside the line ("level=error ts=2024-01-15T14:23:01.5Z msg=...",
// JSON logs). The stamp and its "key=" are taken out of the text.
std::optional<PasteLine> read_embedded(std::string_view line) {
  for (std::size_t at = 1; at + 16 <= line.size(); ++at) {
    if (!digit(line[at]) || digit(line[at - 1]) || line[at + 4] != '-' || line[at + 10] != 'T')
      continue;
    const auto stamp = read_stamp(line.substr(at));
    if (!stamp || !stamp->iso_date) continue;
    std::size_t begin = at, end = at + stamp->length;
    if (line[begin - 1] == '"' && end < line.size() && line[end] == '"') --begin, ++end;
    if (begin > 0 && line[begin - 1] == '=') {
      while (begin > 0 && line[begin - 1] != ' ') --begin;  // logfmt: "ts=..."
    } else if (begin > 1 && line[begin - 1] == ':' && line[begin - 2] == '"') {
      // JSON: '"ts":"...",' goes with its key and one comma.
      const std::size_t key = line.rfind('"', begin - 3);
      if (key != std::string_view::npos) {
        begin = key;
        if (end < line.size() && line[end] == ',') {
          ++end;
        } else if (begin > 0 && line[begin - 1] == ',') {
          --begin;
        }
      }
    }
    std::string text(trim(line.substr(0, begin)));
    const std::string_view after = trim(line.substr(end));
    const bool spaced =
        (begin > 0 && line[begin - 1] == ' ') || (end < line.size() && line[end] == ' ');
    if (!text.empty() && !after.empty() && spaced) text.push_back(' ');
    text.append(after);
    PasteLine out;
    out.format = PasteFormat::EmbeddedTime;
    out.stamp = *stamp;
    out.text = std::move(text);
    return out;
  }
  return std::nullopt;
}

}  // namespace

std::optional<PasteLine> read_timed_line(std::string_view line) {
  if (auto out = read_klog(line)) return out;
  if (auto out = read_bracketed(line)) return out;
  if (auto out = read_leading(line)) return out;
  if (auto out = read_access_log(line)) return out;
  if (auto out = read_speaker_line(line)) return out;
  return read_embedded(line);
}

std::optional<PasteDateLine> read_date_line(std::string_view line) {
  // Markdown headings and emphasis around a date line: "## January 15, 2024", "**Jan 15**".
  while (!line.empty() && (line.front() == '#' || line.front() == '*' || line.front() == '_'))
    line.remove_prefix(1);
  while (!line.empty() && (line.back() == '*' || line.back() == '_' || line.back() == ':'))
    line.remove_suffix(1);
  line = trim(line);
  if (line.size() == 5 && starts_with_ci(line, "today")) return PasteDateLine{std::nullopt, 0};
  if (line.size() == 9 && starts_with_ci(line, "yesterday")) return PasteDateLine{std::nullopt, 1};
  const auto date = read_date(line);
  if (!date || date->length != line.size()) return std::nullopt;
  return PasteDateLine{date, 0};
}

bool is_journal_marker(std::string_view line) {
  return line.size() >= 6 && line.substr(0, 3) == "-- " && line.substr(line.size() - 3) == " --";
}

bool is_boot_marker(std::string_view line) {
  if (!is_journal_marker(line)) return false;
  const std::string lower = lowercase_ascii(line);
  return lower.substr(0, 8) == "-- boot " || lower == "-- reboot --";
}

}  // namespace hindsight::core
