// Blameless language (docs/postmortem-workflow.md, "Blameless Post-Mortem Language"): words that
// put a person where the system should be. The rules live in lint_blameless_people (who is
// blamed, by which verb), lint_blameless_phrases (hindsight, counterfactuals, judgements,
// responsibility), lint_blameless_sanctions (punishment, exhortation), lint_blameless_causes (a
// person as the cause), lint_blameless_minds (attention, skill, reasoning),
// lint_blameless_clauses (a person and a judging predicate), lint_blameless_idioms (idioms of
// blame, threat and sarcasm) and lint_blameless_insinuations (blame left for the reader to draw);
// this module runs them over a text, asks the tone model (lint_blameless_tone) about each unit (a
// sentence; a short one joined to a neighbour) no rule found anything in, and words each finding
// with what to write instead.
// Contract: matches whole words, case-insensitively, within one sentence; one finding per phrase,
// at the byte offset of its first word, and one per unit the tone model flags, at the unit's first
// character that is no space; time linear in the length of the text.
#include <algorithm>

#include "core/lint/lint.hpp"
#include "core/lint/lint_blameless_rules.hpp"
#include "core/lint/lint_blameless_tone.hpp"
#include "core/model/text.hpp"

namespace hindsight::core {
namespace {

// ---------------------------------------------------------------------------------------------
// Findings.

using Matcher = std::optional<Match> (*)(const Words&, std::size_t);

constexpr Matcher kMatchers[] = {blame_by_verb,  wrong_target,     skipped_step,
                                 human_error,    hindsight,        counterfactual,
                                 judgement_word, judgement_phrase, blame_word,
                                 fault,          mistake,          responsibility,
                                 punishment,     exhortation,      person_as_cause,
                                 inattention,    interrogation,    dismissal,
                                 sarcasm,        exasperation,     person_and_judging_predicate,
                                 blame_idiom,    insinuation};

bool is_one_of_kind(Kind kind, std::initializer_list<Kind> kinds) {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

bool within_one_sentence(const Words& words, const Match& match) {
  for (std::size_t k = match.first + 1; k <= match.last; ++k)
    if (words[k].starts_sentence) return false;
  return true;
}

// "A new hire broke the build, which showed that the pre-merge checks were missing": an act that
// the sentence goes on to read as the sign of a gap in the system, not of the person.
bool read_as_a_system_gap(const Words& words, const Match& match) {
  if (!is_one_of_kind(match.kind, {Kind::Signal, Kind::Safeguard, Kind::Change, Kind::Fault}))
    return false;
  // "Olivia's change broke the build because the CI cache masked a missing dependency": a change
  // explained by the system ("because she was rushing" explains nothing away).
  if (match.kind == Kind::Change && is_named_owner(words, match.first) &&
      is_change_word(lower_at(words, match.first + 1)))
    for (std::size_t k = match.last + 1; k <= match.last + 8 && in_sentence(words, k + 2); ++k)
      if (is_one_of(words[k].lower, {"because", "since"})) {
        if (!is_determiner(words[k + 1].lower)) return false;
        // "because the config she wrote was wrong" still lays it on her.
        for (std::size_t j = k + 1; in_sentence(words, j); ++j)
          if (classify(words, j).agent != Agent::None) return false;
        return true;
      }
  // "using an override", "via the console", "per the runbook", in the phrase or after it.
  bool instrument = false;
  for (std::size_t k = match.first + 1; k <= match.last; ++k)
    instrument = instrument || is_one_of(words[k].lower, {"using", "via", "per"});
  for (std::size_t k = match.last + 1; k + 1 < words.size() && k <= match.last + 14; ++k) {
    if (words[k].starts_sentence) return false;
    if (is_one_of(words[k].lower, {"using", "via", "per"})) instrument = true;
    // "Tom skipped the canary stage using an override that the deploy tool offers without
    // confirmation": the instrument was one the system gave (one that required, showed or warned
    // makes the act weigh more: "using a command that the runbook described as dangerous").
    if (instrument && is_one_of_kind(match.kind, {Kind::Safeguard, Kind::Change}) &&
        is_one_of(words[k].lower, {"that", "which"}))
      for (std::size_t v = k + 1; v <= k + 5 && in_sentence(words, v); ++v) {
        if (classify(words, v).agent == Agent::Person) break;
        if (is_one_of(words[v].lower,
                      {"permitted", "permits", "allowed", "allows", "offered", "offers", "provided",
                       "provides", "suggested", "suggests", "recommended", "recommends", "gave",
                       "gives", "supported", "supports"}))
          return true;
      }
    // "made a mistake that the tooling made easy": a relative clause whose subject is the system.
    if (match.kind == Kind::Fault && k == match.last + 1 &&
        is_one_of(words[k].lower, {"that", "which"}) && in_sentence(words, k + 2) &&
        classify(words, k + 1).agent == Agent::None)
      for (std::size_t v = k + 1; v <= k + 4 && in_sentence(words, v); ++v)
        if (is_one_of(words[v].lower, {"made", "makes", "allowed", "allows", "let", "lets",
                                       "invited", "invites", "encouraged", "encourages"}))
          return true;
    if (!is_one_of(words[k].lower, {"which", "this", "and"}) || !in_sentence(words, k + 1) ||
        !is_one_of(words[k + 1].lower, {"showed", "shows", "revealed", "reveals", "exposed",
                                        "exposes", "highlighted", "highlights", "proved"}))
      continue;
    std::size_t what = k + 2;
    if (lower_at(words, what) == "that" && in_sentence(words, what + 1)) ++what;
    return in_sentence(words, what) && classify(words, what).agent != Agent::Person &&
           !(is_determiner(words[what].lower) && in_sentence(words, what + 1) &&
             classify(words, what + 1).agent == Agent::Person);
  }
  return false;
}

// "Rather than asking who made the mistake, we asked ...": the question a review sets aside.
bool question_set_aside(const Words& words, const Match& match) {
  for (std::size_t back = 1; back <= 3 && back + 2 <= match.first; ++back) {
    const std::size_t ask = match.first - back;
    if (words[ask + 1].starts_sentence) return false;
    if (is_one_of(words[ask].lower, {"asking", "ask"}) &&
        ((words[ask - 1].lower == "than" && words[ask - 2].lower == "rather") ||
         (words[ask - 1].lower == "of" && words[ask - 2].lower == "instead")))
      return true;
    // "The review avoided asking who made the mistake", "We stopped asking who caused it": the
    // question itself ("without asking and carelessly skipped the review" asks nothing).
    if (is_one_of(words[ask].lower, {"asking", "ask"}) && !words[ask].starts_sentence &&
        is_one_of(lower_at(words, ask + 1), {"who", "whose", "whom", "which", "what"}) &&
        is_one_of(words[ask - 1].lower, {"avoided", "avoid", "avoids", "avoiding", "stopped",
                                         "stop", "without", "not", "never"}))
      return true;
  }
  return false;
}

// After a phrase, in its sentence: a verdict that dismisses it ("Blame would be the wrong lens",
// "... does not prevent the next incident", "... matters less than ...", "... would have hidden
// the real fix"); not any negation ("who ..., didn't wait" judges).
bool dismissed_after(const Words& words, std::size_t from, std::size_t end) {
  static const WordSet kVerdicts(
      "wrong counterproductive unhelpful pointless misleading unfair useless irrelevant "
      "unproductive");
  static const WordSet kHelps("prevent prevents help helps fix fixes explain explains teach");
  for (std::size_t k = from; k < end; ++k) {
    const std::string& w = words[k].lower;
    if (kVerdicts.has(w)) return true;
    const std::string& next = lower_at(words, k + 1);
    const std::string& third = lower_at(words, k + 2);
    if (is_one_of(w, {"does", "do", "would", "will", "did"}) && next == "not" && k + 2 < end &&
        kHelps.has(third))
      return true;
    if (is_one_of(w, {"doesn't", "wouldn't", "won't", "didn't"}) && k + 1 < end && kHelps.has(next))
      return true;
    if (is_one_of(w, {"is", "was"}) && next == "not" &&
        is_one_of(third, {"actionable", "useful", "helpful"}))
      return true;
    if (is_one_of(w, {"matters", "matter"}) && is_one_of(next, {"less", "little"})) return true;
    if (is_one_of(w, {"fixes", "prevents", "changes", "explains"}) && next == "nothing")
      return true;
    if (w == "have" && next == "hidden") return true;
  }
  return false;
}

// "..., but the delete and export buttons sit two pixels apart": the sentence turns away from
// what came before (not "Easy to call this human error; it was.").
bool contrasted_after(const Words& words, std::size_t from, std::size_t end) {
  for (std::size_t k = from; k < end; ++k) {
    if (is_one_of(words[k].lower, {"but", "however", "yet", "although", "though", "instead"}))
      return true;
    // "..., and that is what happened, but ...": agreed with before the turn.
    if (words[k].lower == "and") return false;
  }
  return false;
}

// "... and concluded she was": a question answered with a person (not "and concluded the design
// made it nearly invisible").
bool concluded_on_a_person(const Words& words, std::size_t from, std::size_t end) {
  for (std::size_t k = from; k + 1 < end; ++k) {
    if (!is_one_of(words[k].lower, {"concluded", "found", "decided", "agreed", "determined"}))
      continue;
    const std::size_t who = words[k + 1].lower == "that" ? k + 2 : k + 1;
    if (who < end && classify(words, who).agent != Agent::None) return true;
  }
  return false;
}

// "It would be easy to call this a careless mistake, but the buttons sit two pixels apart", "We
// removed the word negligence from the draft", "Blame would be the wrong lens here", "Saying
// someone should have been more careful does not prevent the next incident", "Who ran the
// command matters less than ...", "We should not conclude that anyone was careless", "We
// considered whether anyone should have spotted it": blame a review names only to set it aside.
// "Nobody caused this outage": the phrase's own subject names no one.
bool no_one_is(const Words& words, std::size_t i) {
  return is_one_of(words[i].lower, {"nobody", "no-one"}) ||
         (words[i].lower == "no" && lower_at(words, i + 1) == "one" &&
          lower_at(words, i + 2) != "else");
}

bool blame_set_aside(const Words& words, const Match& match) {
  std::size_t start = match.first;
  while (start > 0 && !words[start].starts_sentence) --start;
  std::size_t end = match.last + 1;
  while (end < words.size() && !words[end].starts_sentence) ++end;
  // A frame in the clause before the phrase, with no comma or "but" between them.
  for (std::size_t k = match.first; k > start && match.first - k < 8;) {
    if (words[k].mark == ',') break;
    --k;
    const std::string& w = words[k].lower;
    if (w == "but") break;
    const std::string& before = k > start ? words[k - 1].lower : words[k].lower;
    const std::string& after = k + 1 < end ? words[k + 1].lower : words[k].lower;
    if (k > start && is_one_of(before, {"the", "that", "this", "such"}) &&
        is_one_of(w, {"word", "words", "term", "label", "phrase", "counterfactual", "notion",
                      "idea", "claim", "assumption", "narrative", "framing"}))
      return true;
    if (w == "to" && k > start && contrasted_after(words, match.last + 1, end) &&
        is_one_of(before, {"easy", "tempting", "natural", "wrong", "unfair", "unhelpful",
                           "pointless", "simplistic", "misleading", "convenient"}) &&
        is_one_of(after, {"call", "say", "blame", "label", "conclude", "describe", "write",
                          "dismiss", "put", "chalk", "frame", "attribute", "pin", "assume", "treat",
                          "read", "single"}))
      return true;
    // "We discussed whether ...", "Tobias wondered in the review whether we should have waited".
    if (w == "whether" && k > start && !concluded_on_a_person(words, match.last + 1, end))
      for (std::size_t v = k - 1; v >= start && k - v <= 4; --v) {
        if (is_one_of(words[v].lower, {"considered", "asked", "discussed", "examined", "debated",
                                       "wondered", "explored", "questioned"}))
          return true;
        if (v == start || words[v].mark == ',') break;
      }
    // "This review is not about whether anyone should have known better".
    if (w == "whether" && before == "about" && k >= start + 2 &&
        is_one_of(words[k - 2].lower, {"not", "isn't", "never"}))
      return true;
    // "We should not conclude that", "we cannot assume that" (not "It's hard not to conclude").
    if (is_one_of(w, {"conclude", "assume"}) && k >= start + 2 &&
        ((before == "not" &&
          is_one_of(words[k - 2].lower, {"should", "do", "did", "can", "must"})) ||
         is_one_of(before, {"cannot", "can't", "shouldn't", "didn't", "don't"})))
      return true;
    // "Several staff said they felt they should have spoken up sooner": their own feeling.
    if (is_one_of(w, {"felt", "feel", "feels"}) && match.first - k <= 3 &&
        is_one_of(lower_at(words, match.first - 1), {"they", "he", "she", "i", "we"}) &&
        words[match.first].lower == "should")
      return true;
  }
  // "Nobody involved is considered to be at fault", "No one person caused this": fault denied to
  // everyone by the clause's subject (not "Nobody bothered to check", which judges them all).
  if (is_one_of_kind(match.kind, {Kind::Fault, Kind::PersonAsCause, Kind::Change,
                                  Kind::Responsibility, Kind::Hindsight}) &&
      (no_one_opens_clause(words, match.first) || no_one_is(words, match.first)) &&
      !turns_after(words, match.first))
    return true;
  // A gerund that names the blaming, then a verdict on it: "Saying someone should have been more
  // careful does not prevent ...", "the old habit of naming the person who broke the build was
  // counterproductive", "blaming an individual would have hidden the real fix".
  for (std::size_t k = start; k <= match.first; ++k) {
    const bool opens = k == start || is_one_of(words[k - 1].lower, {"of", "and", "that"});
    if (opens &&
        is_one_of(words[k].lower, {"saying", "calling", "naming", "blaming", "blame", "labelling",
                                   "labeling", "asking", "finding"}) &&
        dismissed_after(words, k + 1, end))
      return true;
  }
  // "The question is not who made the mistake but why ...", "Who ran the command matters less".
  const std::size_t who = lower_at(words, match.first) == "who" ? match.first
                          : match.first > start && lower_at(words, match.first - 1) == "who"
                              ? match.first - 1
                              : end;
  if (who != end && ((who > start && is_one_of(words[who - 1].lower, {"not", "isn't"})) ||
                     dismissed_after(words, match.last + 1, end)))
    return true;
  return false;
}

std::vector<Match> find_matches(const Words& words) {
  std::vector<Match> matches;
  for (std::size_t i = 0; i < words.size(); ++i)
    for (Matcher matcher : kMatchers)
      if (auto match = matcher(words, i);
          match && within_one_sentence(words, *match) && !read_as_a_system_gap(words, *match) &&
          !question_set_aside(words, *match) && !blame_set_aside(words, *match))
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
    case Kind::Counterfactual:
      return q +
             " is a counterfactual: it tells what a person did not do instead of what "
             "happened and why it made sense at the time.";
    case Kind::Judgement:
      return q + " judges a person rather than describing the system.";
    case Kind::Fault:
      return q + " assigns blame; a post-mortem focuses on systems, not individuals.";
    case Kind::Responsibility:
      return q +
             " makes a person answerable for the outcome; a post-mortem looks for the "
             "conditions that allowed it.";
    case Kind::Punishment:
      return q +
             " speaks of punishment; people who fear it share less, and the same failure "
             "returns.";
    case Kind::Exhortation:
      return q + " asks a person to try harder; attention is not a safeguard.";
    case Kind::PersonAsCause:
      return q +
             " names a person as the cause; ask what made their action possible and "
             "reasonable at the time.";
    case Kind::Interrogation:
      return q +
             " asks a person to justify what they did or did not do; ask how the situation "
             "looked to them instead.";
    case Kind::Tone:
      return q +
             " reads as blaming a person (its tone, its sarcasm or its question at someone); "
             "describe what happened and what the system allowed.";
  }
  return q;
}

std::string suggestion_for(Kind kind) {
  switch (kind) {
    case Kind::Signal:
      return "Write what the system and process allowed, e.g. \"The alert was not actioned "
             "within our SLA\".";
    case Kind::Safeguard:
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
    case Kind::Counterfactual:
      return "Describe what people saw and why their actions made sense then, e.g. \"Both "
             "terminals showed the same prompt, so the command ran on the primary\".";
    case Kind::Judgement:
      return "Describe what the person saw and did, and the conditions around it, e.g. \"The "
             "runbook did not say which host to run the command on\".";
    case Kind::Responsibility:
      return "Name the contributing factors instead, e.g. \"The deploy tool let one change "
             "reach every region at once\".";
    case Kind::Punishment:
      return "Leave punishment out of the post-mortem; write the follow-up that changes the "
             "system, e.g. \"Add a confirmation step that names the target host\".";
    case Kind::Exhortation:
      return "Write a change to the system instead, e.g. \"Add a confirmation step that names "
             "the target host\" or \"Add the failover to the on-call training rota\".";
    case Kind::PersonAsCause:
      return "Name the condition instead, e.g. \"Root cause: the playbook accepted a server "
             "count larger than the subsystem could lose\".";
    case Kind::Interrogation:
      return "Ask \"how\" and \"what\" instead, e.g. \"What did the dashboard show while the "
             "disk was filling?\"";
    case Kind::Tone:
      return "Say what the person saw and did, and what in the system let it happen, e.g. \"The "
             "deploy tool let one change reach every region at once\".";
  }
  return {};
}

// Where each question ends: "Who should have been notified differently?" asks for an
// improvement and judges no one. Matches come in text order, so one cursor finds every end.
class SentenceEnds {
 public:
  explicit SentenceEnds(std::string_view text) : text_(text) {}
  bool in_question(const Words& words, const Match& match) {
    const std::size_t end = words[match.last].offset + words[match.last].text.size();
    // Once no end is left in the text, none is left for later matches either.
    if (!searched_ || (stop_ != std::string_view::npos && stop_ < end)) {
      stop_ = text_.find_first_of(".!?;\n", end);
      searched_ = true;
    }
    return stop_ != std::string_view::npos && text_[stop_] == '?';
  }

 private:
  std::string_view text_;
  std::size_t stop_ = 0;
  bool searched_ = false;
};

// A tone finding quotes its unit's first words: enough to find it, short enough to read.
std::string_view opening_words(std::string_view sentence) {
  constexpr std::size_t kWords = 6;
  std::size_t words = 0, p = 0;
  while (p < sentence.size() && words < kWords) {
    while (p < sentence.size() && sentence[p] == ' ') ++p;
    if (p < sentence.size()) ++words;
    while (p < sentence.size() && sentence[p] != ' ') ++p;
  }
  return sentence.substr(0, p);
}

// "The investigation didn't look for an individual to blame; it looked at the conditions", "We're
// sorry the receipts were late; they all went out by Sunday": of clauses a semicolon joins, one
// the gate `passes` and none of the others reads as blame ("Nobody else is to blame; Mark alone
// caused this" turns back to a person). False for a sentence with no semicolon.
bool a_clause_passes(std::string_view sentence, bool (*passes)(std::string_view)) {
  if (sentence.find(';') == std::string_view::npos) return false;
  std::vector<std::string_view> clauses;
  for (std::size_t from = 0; from <= sentence.size();) {
    const std::size_t to = std::min(sentence.find(';', from), sentence.size());
    clauses.push_back(trim(sentence.substr(from, to - from)));
    from = to + 1;
  }
  const auto passing = std::find_if(clauses.begin(), clauses.end(), passes);
  if (passing == clauses.end()) return false;
  for (auto clause = clauses.begin(); clause != clauses.end(); ++clause)
    if (clause != passing && !clause->empty() && reads_as_blame(*clause)) return false;
  return true;
}

// "Nobody is getting written up over this", "we talk about why the system let it happen, not
// who to blame": a sentence that sets blame aside denies it within a few words, and no "but",
// "alone", "except" or second clause turns back to a person ("Not to point fingers, but ...",
// "Nobody else is to blame; Mark alone caused this"). The tone model, which reads words and
// pairs, cannot tell it from blame; the rules judge it.
bool sets_blame_aside(std::string_view sentence) {
  if (sentence.find(';') != std::string_view::npos)
    return a_clause_passes(sentence, sets_blame_aside);
  const Words words = split_words(sentence);
  const auto denies = [&](std::size_t k) {
    const std::string& w = words[k].lower;
    return is_one_of(w,
                     {"nobody", "no", "not", "never", "without", "avoid", "avoided", "nobody's"}) ||
           w.ends_with("n't");
  };
  bool set_aside = false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string& w = words[k].lower;
    if (is_one_of(w, {"but", "alone", "except"})) return false;
    const bool blame_talk =
        is_one_of(
            w, {"blame",    "blaming",   "blamed",     "fault",      "disciplined", "discipline",
                "punish",   "punishing", "punished",   "punishment", "scapegoat",   "disciplinary",
                "punitive", "penalised", "penalized",  "singled",    "careless",    "negligent",
                "reckless", "lazy",      "incompetent"}) ||
        (w == "written" && lower_at(words, k + 1) == "up") ||
        (is_one_of(w, {"point", "pointing"}) && lower_at(words, k + 1) == "fingers");
    // The no governs the blame word: at most five words before it ("Nobody is getting written
    // up", "not who to blame", "nobody is going to be disciplined").
    for (std::size_t back = 1; blame_talk && back <= 5 && back <= k; ++back)
      if (denies(k - back)) set_aside = true;
    // "our blame culture has made people reluctant to report": the habit, named.
    if (names_a_blame_habit(words, k)) set_aside = true;
    if (blame_talk && blame_said_to_get_nowhere(words, k)) set_aside = true;
  }
  return set_aside;
}

// "We sincerely apologise for the disruption this caused to your business", "Again, we are
// sorry for the trouble": the team's apology to its readers, which the tone model, having learnt
// self-blame ("I apologise, I broke it"), can mistake. One that turns ("but") is left to it.
bool apologises_to_readers(std::string_view sentence) {
  if (sentence.find(';') != std::string_view::npos)
    return a_clause_passes(sentence, apologises_to_readers);
  const Words words = split_words(sentence);
  // "On behalf of the warehouse team, I'm sorry ...", "To everyone who paid to watch: we're
  // sorry ...", "Dear donors, we're truly sorry ...": whom the apology speaks for, or to, before
  // it.
  std::size_t k = 0;
  const bool on_behalf =
      lower_at(words, 0) == "on" && lower_at(words, 1) == "behalf" && lower_at(words, 2) == "of";
  const bool dear = lower_at(words, 0) == "dear";
  if (on_behalf || dear || lower_at(words, 0) == "to") {
    const char mark = on_behalf || dear ? ',' : ':';
    for (k = 1; k < words.size() && words[k].mark != mark;) ++k;
  }
  // "Please accept our apologies for the disruption".
  if (lower_at(words, k) == "please" && lower_at(words, k + 1) == "accept") k += 2;
  while (k < words.size() && is_one_of(words[k].lower, {"again", "once", "finally", "and"})) ++k;
  if (k >= words.size()) return false;
  // One sentence: a unit joined to its neighbour ("We apologise. Ben rushed it.") is the model's.
  for (std::size_t i = 0; i < words.size(); ++i)
    if ((i > 0 && i != k && words[i].starts_sentence) ||
        is_one_of(words[i].lower, {"but", "however", "though", "although"}))
      return false;
  if (words[k].lower == "our")
    return is_one_of(lower_at(words, k + 1), {"apologies", "sincere", "deepest", "deep"});
  // "I" only for the team it speaks on behalf of ("I'm sorry for my mistake" is the writer's).
  if (!is_one_of(words[k].lower, {"we", "we're"}) &&
      !(on_behalf && is_one_of(words[k].lower, {"i", "i'm"})))
    return false;
  std::size_t verb = k + 1;
  while (
      verb < words.size() &&
      is_one_of(words[verb].lower, {"sincerely", "deeply", "truly", "really", "are", "am", "want",
                                    "to", "would", "like", "again", "once", "very", "so"}))
    ++verb;
  return verb < words.size() &&
         is_one_of(words[verb].lower, {"apologise", "apologize", "sorry", "regret", "apologies"});
}

// ""Why didn't anyone stop it?" is the wrong question for this review", "The question isn't who
// pushed the button, it's why the button existed": a question of who set aside as the wrong one.
bool sets_a_question_of_who_aside(std::string_view sentence) {
  const Words words = split_words(sentence);
  bool who = false, set_aside = false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (words[k].lower == "but") return false;
    who = who || is_one_of(words[k].lower, {"who", "whose", "why"});
    if (words[k].lower != "question") continue;
    for (std::size_t j = k > 3 ? k - 3 : 0; j < k; ++j)
      set_aside = set_aside || is_one_of(words[j].lower, {"wrong", "isn't", "not"});
    set_aside = set_aside || is_one_of(lower_at(words, k + 1), {"isn't", "wasn't"});
  }
  return who && set_aside;
}

// "I want to thank every person who jumped on the bridge", "Shoutout to the support team, who
// answered 6,000 tickets", "Good catch on the DST edge case, Priya": thanks and praise, which the
// tone model, having learnt sarcasm ("Thanks, Mike, for the surprise outage", "Kudos to the
// security team for learning about the breach from a journalist"), can mistake. Praise that
// names a harm, praises whoever did it, or turns ("but") is sarcasm's form and is left to it.
bool gives_thanks_or_praise(std::string_view sentence) {
  const std::string lower = lowercase_ascii(sentence);
  static constexpr std::string_view kPraise[] = {
      "thank you",        "thank every",     "thank everyone",   "thanks to everyone",
      "thanks to all",    "thanks everyone", "thanks, everyone", "thanks all",
      "grateful",         "appreciate the",  "appreciate how",   "appreciate all",
      "appreciate every", "appreciate your", "shoutout",         "shout-out",
      "shout out to",     "kudos",           "proud of",         "recognise the",
      "recognize the",    "good catch",      "great debugging",  "great work by",
      "great job",        "well done",       "hats off",         "to thank"};
  // Whole words: not the "grateful" of "ungrateful".
  const auto says = [&](std::string_view phrase) {
    for (std::size_t at = lower.find(phrase); at != std::string::npos;
         at = lower.find(phrase, at + 1)) {
      const std::size_t end = at + phrase.size();
      if ((at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]))) &&
          (end == lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end]))))
        return true;
    }
    return false;
  };
  if (std::none_of(std::begin(kPraise), std::end(kPraise), says)) return false;
  const Words words = split_words(sentence);
  return std::none_of(words.begin(), words.end(), [](const Word& w) {
    return is_one_of(w.lower, {"down", "outage", "outages", "broke", "broken", "break", "breaking",
                               "lost", "lose", "losing", "deleted", "deleting", "dropped",
                               "dropping", "wrong", "disaster", "panic", "expensive", "crash",
                               "crashed", "crashing", "failed", "failure", "breach", "errors",
                               "locked", "again", "nothing", "usual", "surprise", "500s",
                               // "Great work by whoever decided ...", "Well done team, we
                               // managed to double-pay ...", "... and never did it, thank you".
                               "whoever", "managed", "never", "but",
                               // "Great job team, we shipped a release that doesn't even
                               // install."
                               "even",
                               // "I hope the agents who went home early are proud of
                               // themselves".
                               "hope"});
  });
}

// "Stellar work from QA 🙄", "Great job turning a launch into a speedrun /s": a sentence its
// writer marked as sarcasm, with an eye-roll or a clown, the "/s" chat puts after it or a "Not.".
// Said of work, it mocks the people who did it, whatever its words.
constexpr std::size_t kLongestEmoji = 8;  // bytes, with a space or two before it

bool marks_sarcasm(std::string_view sentence) {
  static constexpr std::string_view kEyeRoll = "\xF0\x9F\x99\x84";  // U+1F644
  static constexpr std::string_view kClown = "\xF0\x9F\xA4\xA1";    // U+1F921
  if (sentence.find(kEyeRoll) != std::string_view::npos ||
      sentence.find(kClown) != std::string_view::npos)
    return true;
  while (!sentence.empty() && (sentence.back() == '.' || sentence.back() == '!')) {
    sentence.remove_suffix(1);
  }
  // "Kudos to the release team for yet another flawless Friday deploy. Not.": the praise taken
  // back by a "Not." of its own, read in the unit of the sentence before it. "... and never did
  // it, thank you very much": thanks after a comma, closing a complaint.
  static constexpr std::string_view kClosings[] = {
      " /s", ". Not", "! Not", ". NOT", "! NOT", ", thank you very much", ", thanks very much"};
  return std::any_of(std::begin(kClosings), std::end(kClosings),
                     [&](std::string_view closing) { return sentence.ends_with(closing); });
}

// Units no rule found anything in, read by the tone model.
void add_tone_findings(std::string_view text, std::string_view path,
                       std::vector<Finding>& findings) {
  std::size_t next = 0;  // findings are in text order: one cursor walks them
  const std::size_t by_rules = findings.size();
  for (const ToneUnit& unit : tone_units(text)) {
    while (next < by_rules && findings[next].offset < unit.begin) ++next;
    if (next < by_rules && findings[next].offset < unit.end) continue;
    const std::string_view sentence = trim(text.substr(unit.begin, unit.end - unit.begin));
    if (sentence.empty()) continue;
    // The eye-roll after a sentence's full stop is a unit of no words, read with the sentence.
    const std::string_view after = trim(text.substr(unit.end, kLongestEmoji));
    if (!marks_sarcasm(sentence) && !marks_sarcasm(after) &&
        (!reads_as_blame(sentence) || sets_blame_aside(sentence) ||
         apologises_to_readers(sentence) || sets_a_question_of_who_aside(sentence) ||
         gives_thanks_or_praise(sentence)))
      continue;
    const std::string_view opening = opening_words(sentence);
    const std::string phrase =
        std::string(opening) + (opening.size() < sentence.size() ? "..." : "");
    findings.push_back({std::string(kBlamelessLanguage), std::string(path),
                        static_cast<std::size_t>(sentence.data() - text.data()),
                        message_for(Kind::Tone, phrase), suggestion_for(Kind::Tone)});
  }
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Finding& a, const Finding& b) { return a.offset < b.offset; });
}

}  // namespace

// "The first draft said "human error"", "If we stop at "someone made a mistake"", "The word
// "careless" came up": a phrase wholly in quotes is named, not said. A quote inside the phrase
// does not count: "his "fix" was careless" still judges.
bool quoted_phrase(std::string_view text, const Words& words, const Match& match) {
  const std::size_t first = words[match.first].offset;
  // A single quote opens after a space and closes before one: 'who broke it', not "didn't".
  const auto single_opens = [&](std::size_t at) {
    return text[at] == '\'' && (at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1])));
  };
  // Not the apostrophe of a plural's possessive ("the interns' patch").
  const auto single_closes = [&](std::size_t at) {
    return text[at] == '\'' && at > 0 && text[at - 1] != 's' &&
           (at + 1 == text.size() || !std::isalnum(static_cast<unsigned char>(text[at + 1])));
  };
  std::size_t start = first;  // just after the opening quote, when one is found
  for (; start > 0 && first - start < 80; --start) {
    const char c = text[start - 1];
    if (c == '"' || (start >= 3 && text.substr(start - 3, 3) == "\xE2\x80\x9C") ||
        single_opens(start - 1))
      break;
    if (c == '.' || c == '!' || c == '?' || c == ';') return false;
  }
  if (start == 0 || first - start >= 80) return false;
  // A quote closes as it opened: single with single, double with double.
  const bool single = text[start - 1] == '\'';
  const auto closes = [&](std::size_t at) {
    return single ? single_closes(at) : text[at] == '"' || text.substr(at, 3) == "\xE2\x80\x9D";
  };
  const Word& last = words[match.last];
  std::size_t close = last.offset + last.text.size();
  for (; close < text.size() && close < start + 80; ++close) {
    const char c = text[close];
    if (closes(close)) break;
    // A quoted question: "why didn't anyone catch this?" ends inside its quotes.
    if ((c == '?' || c == '!') && close + 1 < text.size() && closes(close + 1)) continue;
    if (c == '.' || c == '!' || c == '?' || c == ';') return false;
  }
  if (close >= text.size() || close >= start + 80) return false;
  // A quote is named when the sentence says so: someone said or wrote it, it is a word, a phrase
  // or a label, or the text stops at it ("An early draft said ...", "The word ... came up", "If
  // we stop at ..."). Otherwise the quotes are the writer's own ("It was "human error", plain and
  // simple."), and so is a sentence wholly in quotes.
  static constexpr std::string_view kNamingWords[] = {
      "said",    "says",     "say",       "saying",   "called",  "calls",     "call",
      "calling", "wrote",    "writes",    "write",    "written", "word",      "words",
      "phrase",  "term",     "label",     "labelled", "labeled", "labelling", "labeling",
      "draft",   "stop",     "stopping",  "quote",    "quoted",  "tempting",  "heard",
      "hear",    "read",     "reads",     "used",     "uses",    "appears",   "claim",
      "claims",  "claimed",  "recorded",  "replaced", "wording", "entry",     "title",
      "renamed", "changed",  "question",  "framing",  "asking",  "asked",     "sentence",
      "removed", "dropped",  "appeared",  "banned",   "retired", "listing",   "listed",
      "avoided", "avoiding", "discussed", "debated"};
  // A system's words, named right beside the quote: the alarm text "OPERATOR ERROR", a checkbox
  // for "staff error", the "pilot error" flag, "Access denied - user error 0x5" in the log.
  static constexpr std::string_view kSystemTextWords[] = {
      "text", "message", "alarm", "flag", "string", "code", "checkbox", "log", "status", "for"};
  // Nobody "dropped the ball", the root cause isn't "someone forgot": named to be denied. The
  // "blame" view, the "Blame Game" emote: the name of a thing.
  std::size_t inside = match.first;
  while (inside > 0 && words[inside - 1].offset >= start) --inside;
  if (inside > 0 && !words[inside].starts_sentence &&
      is_one_of(words[inside - 1].lower, {"not", "nobody", "isn't", "wasn't", "never", "no"}))
    return true;
  std::size_t after = match.last + 1;
  while (after < words.size() && words[after].offset < close) ++after;
  const auto system_text_word = [&](std::size_t k) {
    return k < words.size() && std::find(std::begin(kSystemTextWords), std::end(kSystemTextWords),
                                         words[k].lower) != std::end(kSystemTextWords);
  };
  if ((inside > 0 && system_text_word(inside - 1) && words[inside - 1].lower != "for") ||
      (inside > 1 && words[inside - 1].lower == "for" && system_text_word(inside - 2)) ||
      (after < words.size() && !words[after].starts_sentence && system_text_word(after) &&
       words[after].lower != "for") ||
      (lower_at(words, after) == "in" && lower_at(words, after + 1) == "the" &&
       ((in_sentence(words, after + 2) && system_text_word(after + 2)) ||
        (in_sentence(words, after + 3) && system_text_word(after + 3)))))  // "in the event log"
    return true;
  if (after < words.size() && !words[after].starts_sentence &&
      is_one_of(words[after].lower,
                {"view",   "emote",    "emotes",   "bundle",    "button", "field",   "tab",
                 "column", "command",  "feature",  "template",  "label",  "tag",     "option",
                 "menu",   "checkbox", "dropdown", "channel",   "page",   "section", "mode",
                 "skin",   "item",     "badge",    "annotation"}))
    return true;
  std::size_t begin = match.first, end = match.last;
  while (begin > 0 && !words[begin].starts_sentence) --begin;
  while (end + 1 < words.size() && !words[end + 1].starts_sentence) ++end;
  // ""Who pushed this?" came up early": the sentence goes on after a quoted question.
  if (after < words.size() && words[after].starts_sentence && !words[after].text.empty() &&
      std::islower(static_cast<unsigned char>(words[after].text[0])))
    for (end = after; end + 1 < words.size() && !words[end + 1].starts_sentence;) ++end;
  // ""Who approved this?" was the first question, and it deserves an answer": the writer asks it
  // too.
  for (std::size_t k = after; k <= end && k < words.size(); ++k)
    if (is_one_of(words[k].lower, {"deserves", "deserve", "fair", "valid", "legitimate"}))
      return false;
  // "... came up early", "... was raised in the retro": a quote someone put to the room.
  for (std::size_t k = begin; k < end; ++k)
    if ((words[k].offset < start || words[k].offset > close) &&
        ((words[k].lower == "came" && words[k + 1].lower == "up") ||
         (words[k].lower == "raised" && k > 0 &&
          is_one_of(words[k - 1].lower, {"was", "were", "been", "is"}))))
      return true;
  for (std::size_t k = begin; k <= end; ++k)
    if ((words[k].offset < start || words[k].offset > close) &&
        std::find(std::begin(kNamingWords), std::end(kNamingWords), words[k].lower) !=
            std::end(kNamingWords))
      return true;
  return false;
}

// "Several people asked whether they had been careless": a question someone asked, reported
// (and, as here, usually answered), not the writer's judgement.
// One answered yes ("... and it found that he did", "and concluded she was") reports blame.
bool reported_question(const Words& words, const Match& match) {
  bool asked = false;
  for (std::size_t back = 1; back <= 6 && back <= match.first && !asked; ++back) {
    const std::size_t k = match.first - back;
    if (words[k + 1].starts_sentence) break;
    asked = is_one_of(words[k].lower, {"whether", "if"}) && k > 0 && !words[k].starts_sentence &&
            is_one_of(words[k - 1].lower, {"asked", "asking", "wondered", "wondering", "ask"});
    // "The question was never whether the nurse made an error, but why ...": a question set
    // aside for the one after "but" ("The question is not whether Dave screwed up, he did").
    if (words[k].lower == "whether" && k > 0 && !words[k].starts_sentence &&
        is_one_of(words[k - 1].lower, {"never", "not", "isn't", "wasn't"}))
      for (std::size_t j = match.last + 1; !asked && in_sentence(words, j + 1); ++j)
        asked = words[j].lower == "but" &&
                (is_one_of(words[j + 1].lower, {"why", "what", "which"}) ||
                 (words[j + 1].lower == "how" &&
                  !is_one_of(lower_at(words, j + 2), {"badly", "many", "much", "often", "long"})));
  }
  // "Someone asked in the channel whose fault it was": a who-question someone else asked.
  for (std::size_t back = 0; !asked && back <= 4 && back <= match.first; ++back) {
    const std::size_t k = match.first - back;
    if (back > 0 && words[k + 1].starts_sentence) break;
    if (!is_one_of(words[k].lower, {"who", "whose", "whom"})) continue;
    // Not a relative "who" after a comma: "We asked Dave, who was at fault, to stay late".
    if (words[k].mark == ',') continue;
    for (std::size_t j = 1; !asked && j <= 4 && j <= k && !words[k - j + 1].starts_sentence; ++j)
      asked = is_one_of(words[k - j].lower, {"asked", "wondered"});
  }
  if (!asked) return false;
  for (std::size_t k = match.last + 1; in_sentence(words, k); ++k) {
    if (!is_one_of(words[k].lower, {"found", "concluded", "confirmed", "determined", "established",
                                    "agreed", "decided"}))
      continue;
    bool denied = false;
    for (std::size_t j = k + 1; j <= k + 4 && in_sentence(words, j); ++j)
      denied = denied || is_one_of(words[j].lower, {"no", "not", "nothing", "never", "none"});
    if (!denied && !negated(words, k)) return false;
  }
  return true;
}

// "We found no evidence that any porter was careless", "nothing to suggest that the nurse
// rushed": a judgement the sentence says the evidence does not bear out, in the clause the
// denial opens ("..., which was careless of him" after it still judges).
bool denied_by_evidence(const Words& words, const Match& match) {
  for (std::size_t back = 1; back <= 6 && back + 2 <= match.first; ++back) {
    const std::size_t k = match.first - back;
    if (words[k + 1].starts_sentence || is_one_of(words[k + 1].lower, {"which", "who"}))
      return false;
    if (words[k].lower != "that") continue;
    const std::string& noun = words[k - 1].lower;
    const std::string& before = words[k - 2].lower;
    if (is_one_of(noun, {"evidence", "sign", "signs", "indication", "suggestion"}) &&
        is_one_of(before, {"no", "not", "any"}))
      return true;
    // "nothing to suggest that", not "the logs seem to suggest that".
    if (is_one_of(noun, {"suggest", "indicate"}) && before == "to" && k >= 3 &&
        words[k - 3].lower == "nothing")
      return true;
  }
  return false;
}

// "Findings will not be used in appraisals or disciplinary proceedings", "This review is not
// intended to decide who was at fault": punishment or fault that the review, its findings or
// its report say they are not for, in the same clause ("The runbook was not used, and the
// engineer will face disciplinary action" still punishes).
bool ruled_out_by_purpose(const Words& words, const Match& match) {
  if (match.kind != Kind::Punishment && match.kind != Kind::Fault) return false;
  for (std::size_t back = 1; back <= 12 && back + 1 <= match.first; ++back) {
    const std::size_t k = match.first - back;
    if (words[k + 1].starts_sentence || words[k + 1].mark == ';' ||
        is_one_of(words[k + 1].lower, {"but", "however", "yet"}) ||
        (words[k + 1].mark == ',' && is_one_of(words[k + 1].lower, {"and", "so"})))
      return false;
    if (words[k].lower != "not") continue;
    const std::string& next = words[k + 1].lower;
    const std::string& then = k + 2 < words.size() ? words[k + 2].lower : next;
    if (!is_one_of(next, {"intended", "meant", "used", "about"}) &&
        !(next == "be" && is_one_of(then, {"used", "shared", "considered"})))
      continue;
    // Said of the review or what it yields: "findings", "this review", "it".
    for (std::size_t j = k; j > 0 && k - j < 6 && !words[j].starts_sentence; --j)
      if (is_one_of(words[j - 1].lower,
                    {"review", "reviews", "findings", "finding", "report", "post-mortem",
                     "postmortem", "retrospective", "document", "process", "this", "it"}))
        return true;
  }
  return false;
}

// "This review focuses on conditions, not on who made the mistake", "rather than who pushed
// the change": the question of who, set aside for another ("It was Dave, not who the VP blamed"
// names whom, so a bare "not" does not count).
bool who_clause_set_aside(const Words& words, const Match& match) {
  const std::size_t k = match.first;
  if (k < 2 || words[k].starts_sentence || words[k - 1].starts_sentence ||
      !is_one_of(words[k].lower, {"who", "whom", "whose"}))
    return false;
  // "we deliberately set aside the question of who made the mistake".
  if (words[k - 1].lower == "of" && words[k - 2].lower == "question")
    for (std::size_t j = k - 2; j > 0 && k - 2 - j < 4 && !words[j].starts_sentence;)
      if (is_one_of(words[--j].lower,
                    {"aside", "not", "never", "avoid", "avoided", "stopped", "dropped"}))
        return true;
  // "speculation about who caused the outage", "Please stop asking on the channel who broke it",
  // "We are not here to find out whose fault it was": the question talked about, asked no more,
  // or denied as the review's aim.
  if (is_one_of(words[k - 1].lower, {"about", "over"}) &&
      is_one_of(words[k - 2].lower,
                {"speculation", "speculating", "gossip", "arguing", "argument", "arguments",
                 "debate", "debating", "guessing", "guesswork", "rumours", "rumors"}))
    return true;
  for (std::size_t back = 1; back <= 6 && back <= k && !words[k - back + 1].starts_sentence;
       ++back) {
    const std::string& w = words[k - back].lower;
    if (is_one_of(w, {"asking", "ask"}) && k - back >= 1 &&
        is_one_of(words[k - back - 1].lower, {"stop", "stopped", "quit", "not", "don't", "dont"}))
      return true;
    if (w != "not" || back < 3) continue;
    bool aim = true;  // only the words of an aim between: "not here to find out"
    for (std::size_t j = k - back + 1; j < k; ++j)
      aim = aim && is_one_of(words[j].lower, {"here", "to", "find", "out", "decide", "establish",
                                              "determine", "work", "figure", "looking", "for",
                                              "trying", "going", "about", "ask", "asking"});
    if (aim) return true;
  }
  const bool preposition = is_one_of(words[k - 1].lower, {"on", "about", "over"});
  const std::size_t set = preposition ? k - 2 : k - 1;  // "not", "than" or "of"
  if (preposition && words[set].lower == "not") return true;
  if (set == 0 || words[set].starts_sentence) return false;
  const std::string& before = words[set - 1].lower;
  return (words[set].lower == "than" && before == "rather") ||
         (words[set].lower == "of" && before == "instead");
}

// "No individual will be disciplined", "Nothing here was anyone being reckless": the person the
// match opens with, denied. "Impact: about 9,200 students missed two days": people the incident
// befell, not its actors. "Marco deliberately broke staging to check that the new alert fires":
// a failure made on purpose, to test a safeguard.
bool person_denied_or_befallen(const Words& words, const Match& match) {
  const std::size_t k = match.first;
  const std::string& who = words[k].lower;
  // Not "Priya said no, Dave made the mistake anyway": a "no" before a comma is a reply.
  if (k > 0 && !words[k].starts_sentence && words[k - 1].lower == "no" && words[k].mark != ',')
    return true;
  if (is_one_of(who, {"anyone", "anybody"}))
    for (std::size_t back = 1; back <= 4 && back <= k && !words[k - back + 1].starts_sentence;
         ++back)
      if (is_one_of(words[k - back].lower,
                    {"nothing", "not", "never", "no", "wasn't", "isn't", "weren't"}))
        return true;
  if (is_one_of(who, {"students", "pupils", "patients", "passengers", "customers", "viewers",
                      "readers", "players", "visitors", "subscribers", "shoppers", "guests",
                      "callers", "fans", "learners", "families", "residents", "citizens"}) &&
      (match.kind == Kind::Signal || match.kind == Kind::Safeguard))
    return true;
  if (match.kind != Kind::Change) return false;
  bool on_purpose = false;
  for (std::size_t j = k; j <= match.last && j < words.size(); ++j)
    on_purpose = on_purpose || is_one_of(words[j].lower, {"deliberately", "intentionally"});
  // The purpose in the same clause, within the object's few words ("broke prod, and we had to
  // check every shard" is no purpose).
  for (std::size_t j = match.last + 1;
       on_purpose && j <= match.last + 6 && in_sentence(words, j + 1); ++j) {
    if (words[j].mark == ',' || is_one_of(words[j].lower, {"and", "but", "so"})) break;
    if (words[j].lower == "to" &&
        is_one_of(words[j + 1].lower, {"test", "check", "verify", "confirm", "prove", "simulate",
                                       "rehearse", "exercise"}))
      return true;
  }
  return false;
}

std::vector<Finding> lint_blameless_rules(std::string_view text, std::string_view path) {
  const Words words = split_words(text);
  SentenceEnds ends(text);
  std::vector<Finding> findings;
  for (const Match& match : find_matches(words)) {
    const bool asks = match.kind == Kind::Hindsight || match.kind == Kind::Counterfactual;
    if (asks && ends.in_question(words, match)) continue;
    if (quoted_phrase(text, words, match) || reported_question(words, match) ||
        denied_by_evidence(words, match) || ruled_out_by_purpose(words, match) ||
        who_clause_set_aside(words, match) || person_denied_or_befallen(words, match))
      continue;
    std::string_view phrase = span_text(text, words, match.first, match.last);
    std::size_t offset = words[match.first].offset;
    if (words[match.first].mark == '@' && offset > 0 && text[offset - 1] == '@') {
      --offset;  // a handle is quoted and pointed at with its "@"
      phrase = text.substr(offset, phrase.size() + 1);
    }
    findings.push_back({std::string(kBlamelessLanguage), std::string(path), offset,
                        message_for(match.kind, phrase), suggestion_for(match.kind)});
  }
  return findings;
}

std::vector<Finding> lint_blameless_text(std::string_view text, std::string_view path) {
  // A log or a command pasted in a fenced block is the system's words, not the writer's.
  const std::string prose = without_fenced_code(text);
  std::vector<Finding> findings = lint_blameless_rules(prose, path);
  add_tone_findings(prose, path, findings);
  return findings;
}

}  // namespace hindsight::core
