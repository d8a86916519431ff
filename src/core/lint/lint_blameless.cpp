// Blameless language (docs/postmortem-workflow.md, "Blameless Post-Mortem Language"): words that
// put a person where the system should be. It finds
//   - a name, role or pronoun as the subject of a blame verb ("Sarah ignored the alert", "The
//     team failed to test") or as the agent of one ("was ignored by the on-call engineer"), and
//     warnings that "were ignored" with no agent named;
//   - "human error" and "operator error";
//   - hindsight: "should have checked", "should've known";
//   - judgement words ("careless", "negligent", "sloppy", "didn't bother");
//   - blame or fault assigned ("blame", "fault of", "Dave's fault", "mistake by").
// Contract: matches whole words, case-insensitively, within one sentence; one finding per phrase,
// at the byte offset of its first word. A capitalised word counts as a name only where it is not
// a common sentence opener, a known product, a plural or an abstract noun, so that ordinary
// incident prose ("the check failed", "the job was ignored by the scheduler", "Sarah added an
// alert") passes.
#include <algorithm>
#include <optional>

#include "core/lint/lint.hpp"
#include "core/lint/lint_words.hpp"

namespace hindsight::core {
namespace {

using Words = std::vector<Word>;

// ---------------------------------------------------------------------------------------------
// Word tables.

// Roles and indefinite people: "the on-call engineer", "someone".
constexpr std::string_view kRoles =
    "team teams engineer engineers developer developers dev devs operator operators on-call "
    "oncall on-caller sre sres admin admins administrator administrators reviewer reviewers "
    "author manager managers management lead intern interns contractor contractors qa tester "
    "testers dba dbas someone somebody nobody everyone everybody anyone anybody person staff "
    "employee employees responder responders owner owners analyst architect colleague colleagues "
    "ops";

// Capitalised at the start of a sentence, never names.
constexpr std::string_view kCommonOpeners =
    "the a an our this that these those it its then after when while during before at on in by "
    "for from with without once later meanwhile finally also however because since so but and or "
    "if each every all both some most no none another other there here what which who why how "
    "where today yesterday tomorrow tonight monday tuesday wednesday thursday friday saturday "
    "sunday january february march april may june july august september october november december "
    "first second third next last initially eventually subsequently unfortunately fortunately "
    "luckily ultimately instead again still only even just not nothing everything something "
    "anything many several few such whose my your his her their thanks please note overall "
    "together root yes";

// Products and system parts that read like names when capitalised.
constexpr std::string_view kSystemWords =
    "production prod staging cache database primary replica cluster node pod service server "
    "client router proxy gateway scheduler autoscaler canary pipeline build deploy release "
    "rollout rollback failover traffic config storage search checkout login auth backup cron "
    "upstream downstream frontend backend queue worker job nginx redis postgres postgresql mysql "
    "kafka kubernetes docker jenkins terraform ansible datadog grafana prometheus vault consul "
    "envoy istio celery sidekiq cloudflare akamai fastly heroku linux windows chrome safari "
    "firefox android slack jira zookeeper etcd elasticsearch opensearch rabbitmq memcached "
    "haproxy helm argo spinnaker sentry splunk kibana logstash fluentd lambda alertmanager "
    "opsgenie pagerduty github gitlab bitbucket";

// Names that end in "s", which would otherwise read as plurals.
constexpr std::string_view kNamesEndingInS =
    "james chris thomas nicholas charles marcus lucas douglas carlos lars hans jonas andreas "
    "matthias tobias elias niklas agnes dennis francis louis luis travis curtis otis angus jules "
    "gus ross wes les doris iris lois frances alexis yannis kostas nikos jess tess miles silas "
    "amos moses rhys boris klaus mats";

// A word after these is a thing ("the Scheduler"), not a person.
constexpr std::string_view kDeterminers =
    "the a an our their this that its your my his her each every some any";

// "didn't check", "did not test": a step a person is said to have left out.
constexpr std::string_view kOmissions =
    "check test verify review follow read notice escalate respond look validate monitor";

// Auxiliaries and adverbs between a subject and its verb ("Sarah simply ignored").
constexpr std::string_view kSubjectSkips =
    "had has have just simply also then again completely totally apparently clearly obviously "
    "repeatedly accidentally still already initially once somehow basically probably actually "
    "really entirely allegedly mistakenly";

// Signals people are meant to act on.
constexpr std::string_view kSignals =
    "alert alerts alarm alarms page pages warning warnings escalation escalations notification "
    "notifications ticket tickets message messages email emails report reports";

// What people, not programs, are said to ignore: signals and the team's own procedures.
constexpr std::string_view kPersonObjects =
    "runbook runbooks checklist checklists procedure procedures process policy advice feedback "
    "review guidance instructions rollback criteria dashboard dashboards deadline sla";

// What people, not programs, are said to have failed to do.
constexpr std::string_view kPersonActions =
    "test check notice follow update escalate communicate review verify read renew rotate notify "
    "inform document catch act acknowledge tell mention consider ask page revert remove add";

// Between a signal and "ignored": "the alerts were all ignored".
constexpr std::string_view kPassiveSkips =
    "was were got been had have has simply just completely repeatedly all largely";

// Irregular past participles; regular ones end in "ed".
constexpr std::string_view kParticiples =
    "been known seen done gone taken written caught run read kept left built sent spent made put "
    "set told thought brought found held understood got gotten given chosen spoken forgotten "
    "shown drawn paid hit let shut agreed broken driven stopped rolled";

// Words that judge a person.
constexpr std::string_view kJudgementWords =
    "careless carelessly carelessness negligent negligently negligence sloppy sloppily sloppiness "
    "lazy laziness lazily incompetent incompetence reckless recklessly recklessness irresponsible "
    "irresponsibly clueless stupid stupidity idiotic inattentive inattention thoughtless "
    "thoughtlessly";

// "not on blame", "no one was at fault", "blame-free".
constexpr std::string_view kNegations =
    "no not without avoid avoiding never nobody don't dont doesn't isn't wasn't free";

// "fault tolerance", "fault domains": the engineering term.
constexpr std::string_view kFaultCompounds =
    "tolerance tolerant injection domain domains detection handling handler isolation line lines "
    "zone zones code codes condition conditions tree model count";

enum class Kind { Signal, Safeguard, Change, HumanError, Hindsight, Judgement, Fault };

struct Match {
  std::size_t first = 0;
  std::size_t last = 0;
  Kind kind = Kind::Fault;
};

enum class Agent { None, Pronoun, Person };

struct Subject {
  Agent agent = Agent::None;
  std::size_t first = 0;
  bool by_name = false;  // a capitalised word: a person, or a product we do not know
};

struct Verb {
  std::size_t length = 1;
  Kind kind = Kind::Change;
  bool strong = false;  // blames any agent, "we" and "they" included
};

const std::string& no_word() {
  static const std::string kNone;
  return kNone;
}

const std::string& lower_at(const Words& words, std::size_t i) {
  return i < words.size() ? words[i].lower : no_word();
}

const std::string& lower_before(const Words& words, std::size_t i, std::size_t back) {
  return back <= i ? words[i - back].lower : no_word();
}

bool ends_with(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

// ---------------------------------------------------------------------------------------------
// Who: names, roles and pronouns.

bool is_role(std::string_view w) { return contains(kRoles, w); }

bool is_common_opener(std::string_view w) { return contains(kCommonOpeners, w); }

bool is_system_word(std::string_view w) { return contains(kSystemWords, w); }

bool is_name_ending_in_s(std::string_view w) { return contains(kNamesEndingInS, w); }

// Plurals and abstract nouns ("Users", "Monitoring", "Replication") open sentences far more often
// than names do.
bool looks_like_common_noun(std::string_view w) {
  if (ends_with(w, "s")) return !is_name_ending_in_s(w);
  for (std::string_view suffix :
       {"ing", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "age", "ware", "ism"})
    if (ends_with(w, suffix)) return true;
  return false;
}

bool has_name_shape(std::string_view w) {
  if (w.size() < 2 || w[0] < 'A' || w[0] > 'Z') return false;
  return std::all_of(w.begin() + 1, w.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  });
}

bool is_determiner(std::string_view w) { return contains(kDeterminers, w); }

bool is_name(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!has_name_shape(w.text) || is_common_opener(w.lower) || is_system_word(w.lower) ||
      looks_like_common_noun(w.lower))
    return false;
  return w.starts_sentence || i == 0 || !is_determiner(words[i - 1].lower);
}

Subject classify(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  if (is_one_of(w, {"he", "she", "him"})) return {Agent::Person, i};
  if (is_one_of(w, {"we", "they", "i", "you", "us", "them", "me"})) return {Agent::Pronoun, i};
  if (w == "one" && i > 0 && !words[i].starts_sentence && words[i - 1].lower == "no")
    return {Agent::Person, i - 1};
  if (is_role(w)) return {Agent::Person, i};
  if (is_name(words, i)) return {Agent::Person, i, true};
  return {};
}

// ---------------------------------------------------------------------------------------------
// Blame verbs, active ("Sarah ignored") and passive ("was ignored by Sarah").

bool is_omission(std::string_view w) { return contains(kOmissions, w); }

std::optional<Verb> blame_verb(const Words& words, std::size_t i) {
  const std::string& v = words[i].lower;
  const std::string& next = lower_at(words, i + 1);
  if (is_one_of(v, {"ignored", "ignores", "disregarded", "overlooked", "neglected", "neglects"}))
    return Verb{1, Kind::Signal, true};
  if (is_one_of(v, {"forgot", "forgets"})) return Verb{1, Kind::Safeguard, true};
  if (is_one_of(v, {"botched", "bungled", "mishandled", "fat-fingered"}))
    return Verb{1, Kind::Change, true};
  if (v == "failed" && next == "to") return Verb{2, Kind::Safeguard, true};
  if (is_one_of(v, {"messed", "screwed"}) && next == "up") return Verb{2, Kind::Change, true};
  if (is_one_of(v, {"deployed", "pushed", "shipped", "merged", "released", "committed"}) &&
      is_one_of(next, {"broken", "buggy", "bad", "untested", "faulty", "wrong"}))
    return Verb{2, Kind::Change, true};
  if (is_one_of(v, {"broke", "caused", "misconfigured"})) return Verb{1, Kind::Change, false};
  if (v == "missed") return Verb{1, Kind::Signal, false};
  if (v == "skipped") return Verb{1, Kind::Safeguard, false};
  if (is_one_of(v, {"didn't", "didnt", "never"}) && is_omission(next))
    return Verb{2, Kind::Safeguard, false};
  if (v == "did" && next == "not" && is_omission(lower_at(words, i + 2)))
    return Verb{3, Kind::Safeguard, false};
  return std::nullopt;
}

// The word before the verb that could be its subject, over at most two adverbs or auxiliaries.
std::optional<std::size_t> subject_before(const Words& words, std::size_t verb) {
  std::size_t j = verb;
  for (int skipped = 0; skipped <= 2; ++skipped) {
    if (j == 0 || words[j].starts_sentence) return std::nullopt;
    --j;
    if (!contains(kSubjectSkips, words[j].lower)) return j;
  }
  return std::nullopt;
}

bool near_person_object(const Words& words, std::size_t first, std::size_t last) {
  for (std::size_t k = first; k <= last && k < words.size(); ++k)
    if (contains(kSignals, words[k].lower) || contains(kPersonObjects, words[k].lower)) return true;
  return false;
}

// "Twilio failed to deliver" and "Traefik ignored the header" name programs: after a capitalised
// word, "failed to" and "ignored" blame only when what follows is something people do or ignore.
bool reads_as_person(const Words& words, std::size_t verb) {
  const std::string& v = words[verb].lower;
  if (v == "failed") return contains(kPersonActions, lower_at(words, verb + 2));
  if (is_one_of(v, {"ignored", "ignores"})) return near_person_object(words, verb + 1, verb + 3);
  return true;
}

std::optional<Match> active_blame(const Words& words, std::size_t i, const Verb& verb) {
  const auto subject_index = subject_before(words, i);
  if (!subject_index) return std::nullopt;
  const Subject subject = classify(words, *subject_index);
  const bool blames =
      subject.agent == Agent::Person || (verb.strong && subject.agent == Agent::Pronoun);
  if (!blames || (subject.by_name && !reads_as_person(words, i))) return std::nullopt;
  return Match{subject.first, i + verb.length - 1, verb.kind};
}

bool in_sentence(const Words& words, std::size_t i) {
  return i < words.size() && !words[i].starts_sentence;
}

// "ignored by the on-call engineer": the last word of the agent, or none when the agent is a
// thing ("ignored by the scheduler"). A capitalised agent counts when a signal or procedure was
// what got ignored ("The page was missed by Jordan").
std::optional<std::size_t> agent_after_by(const Words& words, std::size_t by) {
  const std::size_t verb = by - 1;
  std::size_t k = by + 1;
  if (in_sentence(words, k) && is_determiner(words[k].lower)) ++k;
  for (std::size_t end = k + 2; k < end && in_sentence(words, k); ++k) {
    const Subject agent = classify(words, k);
    if (agent.agent == Agent::None) continue;
    if (!agent.by_name || near_person_object(words, verb >= 3 ? verb - 3 : 0, verb)) return k;
    return std::nullopt;
  }
  return std::nullopt;
}

bool is_signal(std::string_view w) { return contains(kSignals, w); }

// "The warnings were ignored": a signal people were meant to act on, with the people left out.
std::optional<std::size_t> ignored_signal_before(const Words& words, std::size_t verb) {
  std::size_t j = verb;
  for (int skipped = 0; skipped <= 3; ++skipped) {
    if (j == 0 || words[j].starts_sentence) return std::nullopt;
    --j;
    if (is_signal(words[j].lower)) return j;
    if (!contains(kPassiveSkips, words[j].lower)) return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Match> passive_blame(const Words& words, std::size_t i) {
  const std::string& v = words[i].lower;
  if (!is_one_of(v, {"ignored", "overlooked", "missed", "neglected", "disregarded", "mishandled",
                     "botched"}))
    return std::nullopt;
  const Kind kind = is_one_of(v, {"mishandled", "botched"}) ? Kind::Change : Kind::Signal;
  if (in_sentence(words, i + 1) && words[i + 1].lower == "by") {
    if (const auto agent = agent_after_by(words, i + 1)) return Match{i, *agent, kind};
    return std::nullopt;
  }
  if (!is_one_of(v, {"ignored", "disregarded"})) return std::nullopt;
  if (const auto signal = ignored_signal_before(words, i)) return Match{*signal, i, Kind::Signal};
  return std::nullopt;
}

std::optional<Match> blame_by_verb(const Words& words, std::size_t i) {
  if (const auto verb = blame_verb(words, i))
    if (const auto match = active_blame(words, i, *verb)) return match;
  return passive_blame(words, i);
}

// ---------------------------------------------------------------------------------------------
// Phrases.

std::optional<Match> human_error(const Words& words, std::size_t i) {
  if (is_one_of(words[i].lower, {"human", "operator", "pilot"}) &&
      is_one_of(lower_at(words, i + 1), {"error", "errors", "mistake", "mistakes"}))
    return Match{i, i + 1, Kind::HumanError};
  return std::nullopt;
}

bool is_participle(std::string_view w) {
  if (contains(kParticiples, w)) return true;
  return w.size() >= 4 && ends_with(w, "ed") && !ends_with(w, "eed");
}

std::optional<Match> hindsight(const Words& words, std::size_t i) {
  const std::string& v = words[i].lower;
  const std::string& next = lower_at(words, i + 1);
  const std::string& next2 = lower_at(words, i + 2);
  if (is_one_of(v, {"should've", "shouldn't've", "shouldve"}) && is_participle(next))
    return Match{i, i + 1, Kind::Hindsight};
  if (is_one_of(v, {"should", "shouldn't", "shouldnt"}) && next == "have" && is_participle(next2))
    return Match{i, i + 2, Kind::Hindsight};
  const bool should_not = v == "should" && next == "not";
  const bool ought_to = v == "ought" && next == "to";
  if ((should_not || ought_to) && next2 == "have" && is_participle(lower_at(words, i + 3)))
    return Match{i, i + 3, Kind::Hindsight};
  return std::nullopt;
}

bool is_judgement_word(std::string_view w) { return contains(kJudgementWords, w); }

std::optional<Match> judgement_word(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  if (!is_judgement_word(w)) return std::nullopt;
  // "lazy loading" names a technique.
  if (w == "lazy" && is_one_of(lower_at(words, i + 1),
                               {"loading", "load", "loaded", "evaluation", "initialization",
                                "initialisation", "init", "import", "imports", "fetch", "mode"}))
    return std::nullopt;
  return Match{i, i, Kind::Judgement};
}

std::optional<Match> judgement_phrase(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  const std::string& prev = lower_before(words, i, 1);
  const std::string& prev2 = lower_before(words, i, 2);
  const std::string& next = lower_at(words, i + 1);
  if (is_one_of(w, {"bother", "bothered"})) {
    if (is_one_of(prev, {"didn't", "didnt", "never"})) return Match{i - 1, i, Kind::Judgement};
    if (prev == "not" && prev2 == "did") return Match{i - 2, i, Kind::Judgement};
    if (prev == "be" && is_one_of(prev2, {"couldn't", "can't", "wouldn't", "couldnt"}))
      return Match{i - 2, i, Kind::Judgement};
  }
  if (w == "dropped" && next == "the" && lower_at(words, i + 2) == "ball")
    return Match{i, i + 2, Kind::Judgement};
  if (w == "asleep" && next == "at" && lower_at(words, i + 3) == "wheel")
    return Match{i, i + 3, Kind::Judgement};
  if (is_one_of(w, {"paying", "pay"}) && next == "attention" &&
      is_one_of(prev, {"not", "wasn't", "weren't", "wasnt", "werent", "didn't", "didnt"}))
    return Match{i - 1, i + 1, Kind::Judgement};
  return std::nullopt;
}

// "not on blame", "no one was at fault", "blame-free" do not assign blame.
bool negated(const Words& words, std::size_t i) {
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    if (words[i - back + 1].starts_sentence) return false;
    if (contains(kNegations, words[i - back].lower)) return true;
  }
  return false;
}

bool is_owner_word(std::string_view w) {
  return ends_with(w, "'s") || is_one_of(w, {"his", "her", "their", "my", "your", "our"});
}

std::optional<Match> blame_word(const Words& words, std::size_t i) {
  if (is_one_of(words[i].lower, {"blame", "blamed", "blames", "blaming"}) && !negated(words, i))
    return Match{i, i, Kind::Fault};
  return std::nullopt;
}

std::optional<Match> fault(const Words& words, std::size_t i) {
  if (!is_one_of(words[i].lower, {"fault", "faults"})) return std::nullopt;
  const std::string& next = lower_at(words, i + 1);
  // "fault tolerance", "the cluster's fault domains": the engineering term.
  if (contains(kFaultCompounds, next)) return std::nullopt;
  if (next == "of" && !negated(words, i)) return Match{i, i + 1, Kind::Fault};
  if (i == 0) return std::nullopt;
  const std::string& prev = words[i - 1].lower;
  if ((is_owner_word(prev) || prev == "at") && !negated(words, i - 1))
    return Match{i - 1, i, Kind::Fault};
  return std::nullopt;
}

std::optional<Match> mistake(const Words& words, std::size_t i) {
  if (!is_one_of(words[i].lower, {"mistake", "mistakes"})) return std::nullopt;
  const std::string& next = lower_at(words, i + 1);
  if (next == "by") return Match{i, i + 1, Kind::Fault};
  if (next == "made" && lower_at(words, i + 2) == "by") return Match{i, i + 2, Kind::Fault};
  if (i == 0) return std::nullopt;
  const std::string& prev = words[i - 1].lower;
  if (is_owner_word(prev) || is_one_of(prev, {"rookie", "stupid", "silly", "dumb", "careless"}))
    return Match{i - 1, i, Kind::Fault};
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Findings.

using Matcher = std::optional<Match> (*)(const Words&, std::size_t);

constexpr Matcher kMatchers[] = {blame_by_verb,    human_error, hindsight, judgement_word,
                                 judgement_phrase, blame_word,  fault,     mistake};

bool within_one_sentence(const Words& words, const Match& match) {
  for (std::size_t k = match.first + 1; k <= match.last; ++k)
    if (words[k].starts_sentence) return false;
  return true;
}

std::vector<Match> find_matches(const Words& words) {
  std::vector<Match> matches;
  for (std::size_t i = 0; i < words.size(); ++i)
    for (Matcher matcher : kMatchers)
      if (auto match = matcher(words, i); match && within_one_sentence(words, *match))
        matches.push_back(*match);
  std::stable_sort(matches.begin(), matches.end(),
                   [](const Match& a, const Match& b) { return a.first < b.first; });
  std::vector<Match> kept;  // one per phrase: drop matches that start inside an earlier one
  for (const Match& match : matches)
    if (kept.empty() || match.first > kept.back().last) kept.push_back(match);
  return kept;
}

std::string quoted(std::string_view phrase) { return "\"" + std::string(phrase) + "\""; }

std::string message_for(Kind kind, std::string_view phrase) {
  const std::string q = quoted(phrase);
  switch (kind) {
    case Kind::Signal:
      return q + " makes a person the cause; describe what happened to the signal instead.";
    case Kind::Safeguard:
      return q + " makes a person the cause; describe which safeguard did not catch it instead.";
    case Kind::Change:
      return q + " makes a person the cause; describe the change and how it got through instead.";
    case Kind::HumanError:
      return q + " stops the analysis at a person; ask what made the error possible.";
    case Kind::Hindsight:
      return q + " judges a decision with hindsight.";
    case Kind::Judgement:
      return q + " judges a person rather than describing the system.";
    case Kind::Fault:
      return q + " assigns blame; a post-mortem focuses on systems, not individuals.";
  }
  return q;
}

std::string suggestion_for(Kind kind) {
  switch (kind) {
    case Kind::Signal:
      return "Write what the system and process allowed, e.g. \"The alert was not actioned "
             "within our SLA\".";
    case Kind::Safeguard:
    case Kind::Judgement:
      return "Describe the gap in the process, e.g. \"Testing did not catch this edge case\".";
    case Kind::Change:
    case Kind::Fault:
      return "Describe what the process let through, e.g. \"A deployment containing a bug "
             "reached production\".";
    case Kind::HumanError:
      return "Name the conditions that made the error possible: the missing guardrail, the "
             "unclear runbook, the check that did not run.";
    case Kind::Hindsight:
      return "Describe what was known at the time and what would make the safe path the "
             "default, e.g. \"The alert was not actioned within our SLA\".";
  }
  return {};
}

// "Who should have been notified differently?" asks for an improvement; it judges no one.
bool in_question(std::string_view text, const Words& words, const Match& match) {
  const std::size_t end = words[match.last].offset + words[match.last].text.size();
  const std::size_t stop = text.find_first_of(".!?;\n", end);
  return stop != std::string_view::npos && text[stop] == '?';
}

}  // namespace

std::vector<Finding> lint_blameless_text(std::string_view text, std::string_view path) {
  const Words words = split_words(text);
  std::vector<Finding> findings;
  for (const Match& match : find_matches(words)) {
    if (match.kind == Kind::Hindsight && in_question(text, words, match)) continue;
    const std::string_view phrase = span_text(text, words, match.first, match.last);
    findings.push_back({std::string(kBlamelessLanguage), std::string(path),
                        words[match.first].offset, message_for(match.kind, phrase),
                        suggestion_for(match.kind)});
  }
  return findings;
}

}  // namespace hindsight::core
