#include "support/postmortem_generator.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <random>
#include <string>

#include "core/model/seed_templates.hpp"
#include "core/model/text.hpp"
#include "core/timeline/timeline_metrics.hpp"

namespace hindsight::testing {
namespace {

using core::PostMortem;

constexpr std::array<const char*, 40> kWords{
    "the",   "alert",  "database", "pool",        "deploy",     "naïve",  "café",    "Zürich",
    "東京",  "データ", "🔥",        "🚀",           "a|b",        "*star*", "_under_", "`code`",
    "#hash", "<tag>",  "[link]",   "back\\slash", "&amp;",      "50%",    "x > y",   "->",
    "C++",   "don't",  "e.g.",     "—",           "\"quoted\"", "-",      "+",       "1.",
    "2)",    "---",    "===",      "~strike~",    "!",          "Größe",  "łódź",    "مرحبا"};
constexpr std::array<const char*, 10> kNames{"Sarah",   "Mike", "Alex", "Zoë",       "李雷",
                                             "O'Brien", "Team", "José", "Ana-María", "SRE on-call"};
constexpr std::array<const char*, 6> kTopics{
    "Detection", "Communication", "Response", "Contributing Factors", "Resilience", "Tooling"};

// Markdown that tries to end a field early, open a block the next section falls into, or be read
// as something else than the text it is. "\n" pieces put what follows at a line start.
constexpr const char* kHostile[] = {"# Title",
                                    "## Timeline",
                                    "## Action Items",
                                    "### Sub",
                                    "###### six",
                                    "#",
                                    "##",
                                    "\n===",
                                    "\n---",
                                    "---",
                                    "***",
                                    "___",
                                    "- item",
                                    "* item",
                                    "+ item",
                                    "1. item",
                                    "2) item",
                                    "> quote",
                                    "    code",
                                    "\tTab",
                                    "  two",
                                    "```",
                                    "```js",
                                    "~~~",
                                    "````",
                                    "<div>",
                                    "</div>",
                                    "<!--",
                                    "-->",
                                    "<script>",
                                    "<pre>",
                                    "<?php",
                                    "<![CDATA[",
                                    "<!DOCTYPE x>",
                                    "[ref]: http://x",
                                    "| a | b |",
                                    "|---|---|",
                                    "**Label:** value",
                                    "**Date:** 2024-01-01",
                                    "Action item: fix it",
                                    "TODO: later",
                                    "14:32 UTC: event",
                                    "- [ ] task",
                                    "+++",
                                    "<br>",
                                    "<br/>",
                                    "&nbsp;",
                                    "&#1;",
                                    "\\",
                                    "\\#",
                                    "trailing  ",
                                    " ",
                                    "\n",
                                    "\n\n",
                                    "**bold**",
                                    "_em_",
                                    "`code`",
                                    "[link](http://x)",
                                    "![img](x)",
                                    "<http://auto>",
                                    "www.example.com",
                                    "https://",
                                    "ftp://",
                                    "ops@example.com",
                                    "~~strike~~",
                                    "a|b",
                                    "\\|",
                                    "\x01",
                                    "\x02",
                                    "**",
                                    "Post-Mortem: x",
                                    "| Time (UTC) | Event |",
                                    "**Why?**",
                                    "Why? because",
                                    "2024-02-30 10:00"};

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}
  std::size_t below(std::size_t n) { return n == 0 ? 0 : engine_() % n; }
  bool chance(int percent) { return static_cast<int>(below(100)) < percent; }

 private:
  std::mt19937_64 engine_;
};

struct Gen {
  Rng rng;
  GeneratorOptions options;

  std::string words(std::size_t min, std::size_t max, bool commas = true) {
    if (options.hostile && rng.chance(35)) return one_line_field(hostile(min, max));
    const std::size_t n = min + rng.below(max - min + 1);
    std::string text;
    for (std::size_t i = 0; i < n; ++i) {
      if (!text.empty()) text += ' ';
      std::string word = kWords[rng.below(kWords.size())];
      if (!commas && word.find(',') != std::string::npos) word = "x";
      text += word;
    }
    return text;
  }
  // Words and hostile constructs, joined by spaces, line breaks or nothing, and at times with
  // spaces or line breaks at either end.
  std::string hostile(std::size_t min, std::size_t max) {
    const std::size_t n = std::max<std::size_t>(1, min + rng.below(max - min + 1));
    std::string text = rng.chance(10) ? (rng.chance(50) ? " " : "\n") : "";
    for (std::size_t i = 0; i < n; ++i) {
      if (i > 0) text += rng.chance(70) ? " " : (rng.chance(70) ? "\n" : "");
      text += rng.chance(50) ? kHostile[rng.below(std::size(kHostile))]
                             : kWords[rng.below(kWords.size())];
    }
    if (rng.chance(10)) text += rng.chance(50) ? "  " : "\n";
    return text;
  }
  // The value rule of fields that are not prose or list entries: no space or tab at either end
  // of a line (a table cell or a "**Label:** value" line trims them).
  static std::string one_line_field(const std::string& text) {
    std::string out;
    for (std::string_view line : core::split_lines(text)) {
      const std::size_t b = line.find_first_not_of(" \t");
      const std::size_t e = line.find_last_not_of(" \t");
      out += b == std::string_view::npos ? "" : std::string(line.substr(b, e - b + 1));
      out += '\n';
    }
    out.pop_back();
    const std::size_t b = out.find_first_not_of(" \t\n"), e = out.find_last_not_of(" \t\n");
    return b == std::string::npos ? "" : out.substr(b, e - b + 1);
  }
  // `usual`, or with hostile options now and then hostile text in its place.
  std::string or_hostile(std::string usual) {
    return options.hostile && rng.chance(20) ? one_line_field(hostile(1, 4)) : std::move(usual);
  }
  std::string line() { return rng.chance(10) ? "" : words(1, options.max_words / 4 + 1); }
  std::string cell_text() {  // may hold line breaks: table cells carry them as <br>
    std::string text = words(1, 8);
    if (rng.chance(15)) text += "\n" + words(1, 6);
    return one_line_field(text);
  }
  std::string name() {
    if (options.hostile && rng.chance(15)) return one_line_field(hostile(1, 3));
    return kNames[rng.below(kNames.size())];
  }
  std::vector<std::string> names() {
    std::vector<std::string> out(rng.below(4));
    for (auto& n : out) {  // the value rule: a name in a list holds no separator
      n = name();
      std::replace(n.begin(), n.end(), ',', ' ');
      std::replace(n.begin(), n.end(), ';', ' ');
      n = one_line_field(n);
      if (n.empty()) n = "x";
    }
    return out;
  }
  std::vector<std::string> lines() {
    std::vector<std::string> out(rng.below(options.max_items + 1));
    for (auto& l : out) {  // the value rule: a list entry is not empty
      l = words(1, 10);
      if (l.empty()) l = "x";
    }
    return out;
  }
  // Prose: paragraphs of words (each line starting with a letter), lists, quotes, code, deep
  // headings.
  std::string prose() {
    if (rng.chance(15)) return "";
    if (options.hostile && rng.chance(40)) return hostile(1, 30);
    std::string text;
    const std::size_t blocks = 1 + rng.below(4);
    for (std::size_t b = 0; b < blocks; ++b) {
      if (!text.empty()) text += "\n\n";
      switch (rng.below(6)) {
        case 0:
          text += "- Item " + words(1, 6) + "\n- Item " + words(1, 6);
          break;
        case 1:
          text += "> Quote " + words(2, 10);
          break;
        case 2:
          text += "```\n## not a heading " + words(1, 5) + "\n```";
          break;
        case 3:
          text += "##### Detail " + words(1, 4);
          break;
        default:
          text += "Paragraph " + words(3, options.max_words);
          if (rng.chance(40)) text += "\nSecond line " + words(1, 10);
      }
    }
    return text;
  }
  std::optional<core::UtcSeconds> time() {
    if (rng.chance(8)) return std::nullopt;
    const long long base = 1704067200;  // 2024-01-01T00:00:00Z
    long long t = base + static_cast<long long>(rng.below(365 * 86400));
    if (rng.chance(70)) t -= t % 60;
    return core::UtcSeconds{std::chrono::seconds{t}};
  }
  std::string iso_day() {
    const int month = 1 + static_cast<int>(rng.below(12)),
              day = 1 + static_cast<int>(rng.below(28));
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "2024-%02d-%02d", month, day);
    return buffer;
  }
  template <class E, std::size_t N>
  E pick(const std::array<E, N>& values) {
    return values[rng.below(N)];
  }
};

// The agenda's clock in one of its three states (not started, on an item, finished): items
// before the current one have stopped timers with time used, the current one's timer runs or
// is paused, and at times the ground rules were restated.
void generate_meeting_clock(Gen& g, core::Meeting& m) {
  const int count = static_cast<int>(m.agenda.size());
  switch (g.rng.below(3)) {
    case 0:
      m.current_item = -1;
      break;
    case 1:
      m.current_item = count == 0 ? -1 : static_cast<int>(g.rng.below(m.agenda.size()));
      break;
    default:
      m.current_item = count;
  }
  for (int i = 0; i < count && i <= m.current_item; ++i) {
    core::AgendaItem& item = m.agenda[static_cast<std::size_t>(i)];
    item.used_seconds = static_cast<int>(g.rng.below(item.minutes * 90 + 1));
    if (i == m.current_item && g.rng.chance(50))
      item.running_since = g.time().value_or(core::UtcSeconds{std::chrono::seconds{1704067200}});
  }
  if (m.current_item != -1 && g.rng.chance(40)) {
    m.ground_rules_restated.resize(1 + g.rng.below(3));
    for (auto& at : m.ground_rules_restated)
      at = g.time().value_or(core::UtcSeconds{std::chrono::seconds{1704070800}});
  }
}

core::PostMortem generate(Gen& g) {
  PostMortem p = core::new_postmortem(
      "pm-" + std::to_string(g.rng.below(1u << 30)), g.words(0, 8, false),
      core::UtcSeconds{
          std::chrono::seconds{1704067200 + static_cast<long long>(g.rng.below(1u << 24))}});
  core::Incident& in = p.incident;
  if (g.rng.chance(20)) p.severity_scale = {{"P1", "Everything " + g.words(1, 3)}, {"P2", ""}};
  if (g.rng.chance(80)) in.severity = p.severity_scale[g.rng.below(p.severity_scale.size())].name;
  in.date = g.rng.chance(80) ? g.iso_day() : "";
  in.status =
      g.pick(std::array{core::Status::Draft, core::Status::InReview, core::Status::Published});
  in.impact = g.rng.chance(30) ? g.prose() : g.line();
  in.users_affected =
      g.or_hostile(g.rng.chance(50) ? "~" + std::to_string(g.rng.below(10000)) : "");
  in.author = g.rng.chance(70) ? g.name() : "";
  in.facilitator = g.rng.chance(50) ? g.name() : "";
  in.reviewers = g.names();
  in.attendees = g.names();
  in.tags = g.names();
  in.services = g.names();
  p.timeline.resize(g.rng.below(g.options.max_items * 2 + 1));
  for (auto& e : p.timeline) {
    e.at = g.time();
    e.kind = static_cast<core::EventKind>(g.rng.below(9));
    e.text = g.cell_text();
    e.source = g.rng.chance(30) ? g.words(1, 3) : "";
  }
  if (!core::incident_duration(p.timeline) && g.rng.chance(30))
    in.stated_duration = g.or_hostile("about " + std::to_string(1 + g.rng.below(9)) + " hours");
  core::Meeting& m = p.meeting;
  if (g.rng.chance(60)) m.held_at = g.time();
  if (g.rng.chance(30)) m.agenda.clear();
  if (g.rng.chance(30)) m.opening_statement = g.prose();
  for (auto& q : m.key_questions) q.notes = g.rng.chance(50) ? g.prose() : "";
  if (g.rng.chance(20)) m.key_questions.push_back({g.pick(kTopics), g.words(1, 8), g.prose()});
  m.went_well = g.lines();
  m.could_improve = g.lines();
  m.got_lucky = g.lines();
  m.confusion = g.lines();
  m.parking_lot = g.lines();
  generate_meeting_clock(g, m);
  core::RootCauseAnalysis& a = p.analysis;
  a.summary = g.prose();
  a.five_whys.resize(g.rng.below(3));
  for (auto& chain : a.five_whys) {
    chain.problem = g.words(1, 10);
    chain.whys = g.lines();
    chain.conclusion = g.rng.chance(50) ? g.words(1, 10) : "";
  }
  a.root_causes.resize(g.rng.below(4));
  // Ids as commands give them ("R1", "R2", ...), with a gap now and then as removals leave.
  std::size_t next_cause = 1;
  for (auto& c : a.root_causes) {
    next_cause += g.rng.chance(20) ? 1 + g.rng.below(3) : 0;
    c = {g.cell_text(), static_cast<core::CauseCategory>(g.rng.below(5)),
         static_cast<core::Confidence>(g.rng.below(3)), "R" + std::to_string(next_cause++)};
  }
  p.ideas.resize(g.rng.below(g.options.max_items + 1));
  for (auto& idea : p.ideas)
    idea = {static_cast<core::ActionCategory>(g.rng.below(5)), g.words(1, 10)};
  a.follow_up_investigations = g.lines();
  p.actions.resize(g.rng.below(g.options.max_items + 1));
  for (std::size_t i = 0; i < p.actions.size(); ++i) {
    auto& x = p.actions[i];
    x.id = "A" + std::to_string(i + 1);
    x.action = g.cell_text();
    x.category = static_cast<core::ActionCategory>(g.rng.below(5));
    x.type = static_cast<core::ActionType>(g.rng.below(4));
    x.priority = static_cast<core::Priority>(g.rng.below(3));
    x.owner = g.rng.chance(70) ? g.name() : "";
    x.due = g.rng.chance(60) ? g.iso_day() : g.or_hostile(g.rng.chance(50) ? "next sprint" : "");
    x.effort = g.or_hostile(g.rng.chance(50) ? std::to_string(1 + g.rng.below(8)) + " hours" : "");
    x.status = static_cast<core::ActionStatus>(g.rng.below(4));
    x.ticket =
        g.rng.chance(40) ? "https://tracker.example/OPS-" + std::to_string(g.rng.below(999)) : "";
    if (!a.root_causes.empty() && g.rng.chance(40))
      x.addresses = a.root_causes[g.rng.below(a.root_causes.size())].id;
    if (g.rng.chance(50)) x.triage = static_cast<core::Triage>(g.rng.below(3));
    if (g.rng.chance(20)) {
      x.merged.resize(1 + g.rng.below(2));
      for (auto& entry : x.merged)
        entry = "A" + std::to_string(p.actions.size() + 1 + g.rng.below(9)) + ": " + g.words(1, 8);
      for (auto& entry : x.merged) {  // the value rule: one line each
        std::replace(entry.begin(), entry.end(), '\n', ' ');
        entry = Gen::one_line_field(entry);
      }
    }
  }
  p.executive_summary = g.prose();
  p.what_happened = g.prose();
  p.lessons_learned = g.prose();
  p.extra_sections.resize(g.rng.below(3));
  for (auto& s : p.extra_sections) {
    s.title = "Appendix " + g.words(1, 4);
    s.body = g.prose();
  }
  // Drawn last so that every field above stays what earlier versions generated for a seed. Now
  // and then the highest-numbered actions were removed, leaving numbers that are not given again.
  p.next_action_number = p.actions.size() + 1 + (g.rng.chance(20) ? 1 + g.rng.below(9) : 0);
  if (g.rng.chance(50)) p.actions_notes = g.prose();
  // Notes that end with a table of their own, right before the table of actions.
  if (g.rng.chance(20))
    p.actions_notes += std::string(p.actions_notes.empty() ? "" : "\n\n") +
                       "| Rank | Why |\n|---|---|\n| 1 | " + g.words(1, 4) + " |";
  return p;
}

}  // namespace

core::PostMortem generate_postmortem(std::uint64_t seed, const GeneratorOptions& options) {
  Gen g{Rng(seed), options};
  return generate(g);
}

core::PostMortem generate_large_postmortem(std::uint64_t seed, std::size_t bytes) {
  GeneratorOptions options;
  options.max_items = 40;
  options.max_words = 120;
  Gen g{Rng(seed), options};
  PostMortem p = generate(g);
  std::size_t approx = 0;
  for (std::uint64_t round = 1; approx < bytes; ++round) {
    PostMortem more = generate(g);
    for (auto& e : more.timeline) approx += e.text.size() + 40, p.timeline.push_back(e);
    for (auto& a : more.actions) {
      a.id = "A" + std::to_string(p.actions.size() + 1);
      a.addresses.clear();  // it named a root cause of the other post-mortem
      approx += a.action.size() + 80;
      p.actions.push_back(a);
    }
    p.what_happened += "\n\n" + more.what_happened + "\n\nParagraph " + g.words(50, 120);
    approx += more.what_happened.size() + 600;
    (void)round;
  }
  p.next_action_number = p.actions.size() + 1;
  return p;
}

}  // namespace hindsight::testing
