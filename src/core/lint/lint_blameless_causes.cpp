// A person named as the cause of an incident, in any of the ways prose says it (the Google SRE
// book's "Postmortem Culture": "the root cause was Bob"; Dekker's "Field Guide": human error as a
// cause rather than a symptom):
//   - the cause, then who it was: "Root cause: the on-call engineer", "The root cause of the
//     outage was a junior developer", "The cause came down to Bob's change";
//   - who it was, then the cause: "The intern was the root cause", "Jenna's commit was the cause";
//   - a causal link to a person: "caused by the DBA", "due to the on-call engineer", "attributed to
//     @mkhan", "because of the team leader"; an outcome whose reason is a person's act: "the
//     thermostats bricked because Raj pushed the firmware to the whole fleet";
//   - a person as what lay behind the outcome: "Lee was behind the incident", "This mess is down
//     to the DBA", "The reason for the breach is the contractor", "Thanks to Dave, we lost
//     orders" (but "thanks to Dave's rollback" credits an act);
//   - a person's acts by name: "caused by the actions of a single engineer";
//   - a graded failure, problem or factor: "Contributing factor: the night operator";
//   - a five-whys answer that is only a role: "Why was the page missed? The on-call engineer.";
//   - a clause about a person who did not act or understand: "The root cause is that Lucy
//     doesn't understand DNS".
// Contract: a person or a person's act (their change, mistake or decision) must be what the cause
// names; a condition ("The root cause was a missing timeout", "the on-call engineer's runbook was
// stale", "due to the team being short-staffed", "that the team didn't have a staging cluster")
// and a negation ("Bob was not the root cause") pass.
#include "core/lint/lint_blameless_rules.hpp"

namespace hindsight::core {
namespace {

// Words that grade a cause: "the root cause", "the primary cause".
const WordSet kCauseGrades{
    "root real main primary actual underlying proximate direct sole ultimate immediate true only "
    "leading biggest single principal technical contributing"};

// Adverbs between a link and what it names: "was ultimately Bob".
const WordSet kLinkAdverbs{"simply clearly ultimately really just actually obviously again"};

// A person's act, after a possessive, that can be named as a cause: "Bob's decision".
const WordSet kPersonalActs{
    "mistake mistakes error errors decision decisions action actions oversight negligence "
    "carelessness inattention"};

// Adjectives that judge a person's act: "an employee's unauthorised change".
const WordSet kActJudgements{
    "unauthorised unauthorized reckless careless hasty rushed untested unapproved rogue bad "
    "poor wrong"};

// What may follow a person's act named as a cause: "Bob's change to the config was".
const WordSet kAfterAct{"to was is were in on that which and of at for during with when because"};

// What, after a person, makes the phrase a condition rather than the person: "due to the team
// being short-staffed".
const WordSet kConditionVerbs{"being having lacking"};

// Link words from a cause to what it names; the index of the first word they name, if any.
// "was", "is", "came down to", "lies with", "traces back to".
std::optional<std::size_t> named_after_link(const Words& words, std::size_t k) {
  if (!in_sentence(words, k)) return std::nullopt;
  const std::string& w = words[k].lower;
  const std::string& next = lower_at(words, k + 1);
  std::size_t named = 0;
  // "the root cause here is", "the cause in the end was".
  if (w == "here" && in_sentence(words, k + 1)) return named_after_link(words, k + 1);
  if (is_one_of(w, {"was", "is", "were", "are"})) {
    named = k + 1;
  } else if (is_one_of(w, {"came", "comes", "boils", "boiled"}) && next == "down" &&
             lower_at(words, k + 2) == "to") {
    named = k + 3;
  } else if (is_one_of(w, {"lies", "lay", "rests", "rested"}) && next == "with") {
    named = k + 2;
  } else {
    return std::nullopt;
  }
  if (in_sentence(words, named) && contains(kLinkAdverbs, words[named].lower)) ++named;
  if (!in_sentence(words, named)) return std::nullopt;
  return named;
}

// "Bob's change", "the on-call engineer's decision": a person's act; the index of the act.
std::optional<std::size_t> persons_act_at(const Words& words, std::size_t from) {
  std::size_t k = from;
  if (is_determiner(words[k].lower) && in_sentence(words, k + 1)) ++k;
  if (is_role(words[k].lower) && in_sentence(words, k + 1)) ++k;  // "on-call" of "on-call dev's"
  const std::string& owner = words[k].lower;
  if (!ends_with(owner, "'s") || !in_sentence(words, k + 1)) return std::nullopt;
  const bool persons = is_named_owner(words, k) || is_role(owner.substr(0, owner.size() - 2));
  // "an employee's unauthorised change": one judging adjective before the act.
  if (contains(kActJudgements, words[k + 1].lower) && in_sentence(words, k + 2)) ++k;
  const std::string& act = words[k + 1].lower;
  if (!persons || (!is_change_word(act) && !contains(kPersonalActs, act))) return std::nullopt;
  // "Bob's change process", "the team's deploy pipeline": the act names a thing of theirs.
  if (in_sentence(words, k + 2) && !words[k + 2].mark && !contains(kAfterAct, words[k + 2].lower))
    return std::nullopt;
  return k + 1;
}

// "that Lucy doesn't understand DNS", "that the on-call never checked": a clause whose subject
// is a person who did not act or understand; the index of the negation. Lacking a thing ("that
// the team didn't have a staging cluster") is a condition.
std::optional<std::size_t> person_clause_at(const Words& words, std::size_t that) {
  if (words[that].lower != "that" || !in_sentence(words, that + 1)) return std::nullopt;
  const auto person = is_name_word(words, that + 1) ? std::optional<std::size_t>(that + 1)
                                                    : person_phrase_at(words, that + 1);
  if (!person || !in_sentence(words, *person + 1)) return std::nullopt;
  std::size_t k = *person + 1;
  if (is_one_of(words[k].lower, {"did", "does", "do"}) && lower_at(words, k + 1) == "not") ++k;
  if (!is_one_of(words[k].lower, {"didn't", "didnt", "doesn't", "doesnt", "don't", "dont", "not",
                                  "never", "failed", "forgot", "ignored", "skipped"}) ||
      !in_sentence(words, k + 1) ||
      is_one_of(words[k + 1].lower, {"have", "has", "had", "get", "got", "receive", "received"}))
    return std::nullopt;
  return k;
}

// "Contributing factor: on-call engineers had no training on the new cluster", "... were never
// given access", "... was covering two rotas": what the person lacked or carried, a condition of
// the system.
bool lacked_after(const Words& words, std::size_t k) {
  if (!in_sentence(words, k)) return false;
  const std::string& w = words[k].lower;
  const std::string& next = lower_at(words, k + 1);
  const std::string& third = lower_at(words, k + 2);
  if (is_one_of(w, {"lacked", "lack", "lacks"})) return true;
  if (is_one_of(w, {"had", "have", "has"}) && next == "no") return true;
  if (is_one_of(w, {"did", "does", "do"}) && next == "not" && third == "have") return true;
  if (is_one_of(w, {"didn't", "don't", "doesn't"}) && next == "have") return true;
  // "Contributing factor: the on-call analyst was covering two rotas", "... was alone on shift",
  // "... had been awake for nineteen hours": the load the person carried.
  if (is_one_of(w, {"was", "were"}) &&
      is_one_of(next, {"covering", "juggling", "handling", "working", "alone", "new"}))
    return true;
  if (is_one_of(w, {"had", "has", "have"}) && next == "been" &&
      is_one_of(third, {"awake", "working", "covering", "on"}))
    return true;
  return is_one_of(w, {"was", "were", "had", "have"}) && is_one_of(next, {"not", "never"}) &&
         is_one_of(third, {"given", "trained", "told", "shown", "granted", "been"});
}

// A person, or a person's act, at `from`: the index of its last word.
std::optional<std::size_t> blamed_at(const Words& words, std::size_t from) {
  if (const auto act = persons_act_at(words, from)) return act;
  // "the actions of a single engineer", "the negligence of our contractor".
  std::size_t act = from;
  if (is_determiner(words[act].lower) && in_sentence(words, act + 1)) ++act;
  if (contains(kPersonalActs, words[act].lower) && lower_at(words, act + 1) == "of" &&
      in_sentence(words, act + 2))
    if (const auto person = person_words_at(words, act + 2)) return person;
  // "was that ...": a clause, which blames only as person_clause_at() says.
  if (words[from].lower == "that") return person_clause_at(words, from);
  const auto person = person_phrase_at(words, from);
  if (!person ||
      (in_sentence(words, *person + 1) && contains(kConditionVerbs, words[*person + 1].lower)) ||
      lacked_after(words, *person + 1))
    return std::nullopt;
  return person;
}

// "The root cause of the outage was Bob": forward from the cause, over "of ..." to the link.
std::optional<Match> cause_then_person(const Words& words, std::size_t i) {
  if (!in_sentence(words, i + 1) && i + 1 < words.size() && words[i + 1].mark == ':') {
    // "Root cause: the on-call engineer" (a colon opens a new sentence).
    if (const auto last = blamed_at(words, i + 1)) return Match{i + 1, *last, Kind::PersonAsCause};
    return std::nullopt;
  }
  std::size_t k = i + 1;
  if (is_one_of(lower_at(words, k), {"of", "for"})) {
    // "of this weekend's checkout outage": the link follows within eight words.
    for (std::size_t end = k + 9; k < end && in_sentence(words, k); ++k)
      if (named_after_link(words, k)) break;
  }
  const auto named = named_after_link(words, k);
  if (!named) return std::nullopt;
  if (const auto last = blamed_at(words, *named)) return Match{*named, *last, Kind::PersonAsCause};
  return std::nullopt;
}

// "The lack of focus time for the on-call team is a contributing factor": the person ends a phrase
// after a preposition, so the subject is something else.
bool object_of_preposition(const Words& words, std::size_t person) {
  std::size_t k = person;
  while (k > 0 && !words[k].starts_sentence &&
         (is_role(words[k - 1].lower) || is_determiner(words[k - 1].lower)))
    --k;
  return k > 0 && !words[k].starts_sentence &&
         is_one_of(words[k - 1].lower,
                   {"for", "of", "from", "to", "with", "by", "on", "in", "at", "about", "without"});
}

// "The intern was the root cause", "Jenna's commit was the cause of the outage".
std::optional<Match> person_then_cause(const Words& words, std::size_t i) {
  std::size_t k = i;
  if (k > 0 && !words[k].starts_sentence && contains(kCauseGrades, words[k - 1].lower)) --k;
  if (k < 3 || words[k].starts_sentence || !is_one_of(words[k - 1].lower, {"the", "a", "an"}))
    return std::nullopt;
  const std::size_t be = k - 2;
  if (words[k - 1].starts_sentence || !is_one_of(words[be].lower, {"was", "is", "were", "are"}) ||
      words[be].starts_sentence)
    return std::nullopt;
  const std::size_t subject = be - 1;
  if (is_change_word(words[subject].lower) || contains(kPersonalActs, words[subject].lower)) {
    if (subject > 0 && !words[subject].starts_sentence && is_named_owner(words, subject - 1))
      return Match{subject - 1, i, Kind::PersonAsCause};
    return std::nullopt;
  }
  const Subject who = classify(words, subject);
  if (who.agent != Agent::Person || is_one_of(words[subject].lower, {"who", "nobody", "one"}) ||
      object_of_preposition(words, who.first))
    return std::nullopt;
  return Match{who.first, i, Kind::PersonAsCause};
}

// Losses that make "thanks to" sarcastic: "Thanks to Dave, we lost six hours of orders".
const WordSet kLosses{"lost lose down outage outages broke broken failed missed wiped deleted"};

// "Thanks to Dave, we lost six hours of orders": thanks to a person (not to their act, which
// may be praise: "thanks to Dave's quick rollback"), in a sentence about a loss.
std::optional<Match> sarcastic_thanks(const Words& words, std::size_t i) {
  if (words[i].lower != "thanks" || lower_at(words, i + 1) != "to" || !in_sentence(words, i + 2))
    return std::nullopt;
  const auto person = person_phrase_at(words, i + 2);
  if (!person) return std::nullopt;
  for (std::size_t k = *person + 1; k <= *person + 10 && in_sentence(words, k); ++k)
    // "for bisecting the regression down to one commit" narrows, it loses nothing.
    if (contains(kLosses, words[k].lower) && !is_one_of(lower_before(words, k, 1), {"only"}) &&
        !is_one_of(lower_at(words, k + 1), {"only"}) &&
        !(words[k].lower == "down" && lower_at(words, k + 1) == "to"))
      return Match{i, *person, Kind::PersonAsCause};
  return std::nullopt;
}

// "Uma's team has been the source of three outages", "The decision by Oren to skip staging is
// the root cause": a person as the source, or a person's act by name as the cause.
std::optional<Match> source_of_outcomes(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  if (w == "source" && lower_at(words, i + 1) == "of" && i >= 3 && !words[i].starts_sentence &&
      lower_before(words, i, 1) == "the" && is_be_form(lower_before(words, i, 2))) {
    bool bad = false;
    for (std::size_t k = i + 2; k <= i + 5 && in_sentence(words, k); ++k)
      if (is_bad_event(words[k].lower)) bad = true;
    const auto subject = subject_over_modals(words, i - 1);
    if (bad && subject && classify(words, *subject).agent == Agent::Person && !negated(words, i))
      return Match{classify(words, *subject).first, i, Kind::PersonAsCause};
  }
  if (is_one_of(w, {"decision", "choice", "change", "call"}) && lower_at(words, i + 1) == "by" &&
      in_sentence(words, i + 2) && !negated(words, i))
    if (const auto person = is_name_word(words, i + 2) ? std::optional<std::size_t>(i + 2)
                                                       : person_phrase_at(words, i + 2))
      for (std::size_t k = *person + 1; k <= *person + 12 && in_sentence(words, k); ++k)
        if (is_one_of(words[k].lower, {"cause", "caused", "causes", "led", "resulted"}))
          return Match{i, k, Kind::PersonAsCause};
  return std::nullopt;
}

// "Hamid was behind the outage", "The whole mess is down to the SRE on nights".
std::optional<Match> behind_or_down_to(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  if (w == "behind" && i > 0 && !words[i].starts_sentence &&
      is_one_of(words[i - 1].lower, {"was", "is", "were", "are"}) && in_sentence(words, i + 1)) {
    std::size_t event = i + 1;
    if (is_determiner(words[event].lower) && in_sentence(words, event + 1)) ++event;
    const auto subject = subject_before(words, i - 1);
    if (is_bad_event(words[event].lower) && subject &&
        classify(words, *subject).agent == Agent::Person && !negated(words, i))
      return Match{classify(words, *subject).first, event, Kind::PersonAsCause};
    return std::nullopt;
  }
  if (w == "down" && lower_at(words, i + 1) == "to" && i > 0 && !words[i].starts_sentence &&
      is_one_of(words[i - 1].lower, {"is", "was", "all", "entirely", "squarely"}) &&
      in_sentence(words, i + 2) && !negated(words, i))
    if (const auto last = person_phrase_at(words, i + 2))
      return Match{i, *last, Kind::PersonAsCause};
  return std::nullopt;
}

// What went wrong before a "because" that names a person's act: "went down", "bricked".
const WordSet kOutcomes{
    "down bricked crashed broke broken failed outage outages lost corrupted wiped happened "
    "deleted stalled halted unavailable offline"};

// Measures that go down when things get better: "Latency went down because the SRE ...".
const WordSet kMeasures{"latency errors error rate rates load usage lag traffic cpu memory"};

// Acts that, told as the reason for an outcome, put the person in the cause's place.
const WordSet kCausingActs{
    "pushed deployed merged ran bypassed skipped ignored disabled deleted dropped overrode removed "
    "killed forced uploaded patched changed rushed"};

// "60,000 thermostats bricked because Raj pushed the firmware to the whole fleet", "Your site went
// down because someone in your marketing team uploaded a theme": an outcome, then a person's act
// as its reason.
std::optional<Match> outcome_because_person(const Words& words, std::size_t i) {
  if (words[i].lower != "because" || !in_sentence(words, i + 1) || negated(words, i))
    return std::nullopt;
  bool outcome = false, measure = false;
  for (std::size_t back = 1; back <= 10 && back <= i && !words[i - back + 1].starts_sentence;
       ++back) {
    outcome = outcome || contains(kOutcomes, words[i - back].lower);
    measure = measure || contains(kMeasures, words[i - back].lower);
  }
  if (!outcome || measure) return std::nullopt;
  const auto person = person_phrase_at(words, i + 1);
  if (!person) return std::nullopt;
  std::size_t verb = *person + 1;
  // "someone in your marketing team uploaded": over a place or team after the person.
  if (is_one_of(lower_at(words, verb), {"in", "from", "on", "at"}))
    for (std::size_t k = verb + 1; k <= verb + 4 && in_sentence(words, k); ++k)
      if (contains(kCausingActs, words[k].lower)) verb = k;
  if (!in_sentence(words, verb) || !contains(kCausingActs, words[verb].lower)) return std::nullopt;
  return Match{i, verb, Kind::PersonAsCause};
}

// "caused by the DBA", "due to the on-call engineer", "attributed to @mkhan".
std::optional<Match> caused_by_person(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  const std::string& next = lower_at(words, i + 1);
  if (auto match = sarcastic_thanks(words, i)) return match;
  if (auto match = behind_or_down_to(words, i)) return match;
  if (auto match = source_of_outcomes(words, i)) return match;
  if (auto match = outcome_because_person(words, i)) return match;
  std::size_t from = 0;
  if (is_one_of(w, {"caused", "introduced", "triggered"}) && next == "by") {
    from = i + 2;
  } else if (is_one_of(w, {"due", "attributed", "attributable", "traced", "traceable"}) &&
             next == "to") {
    // "Praise is due to the content designers", "Thanks are due to the night shift": owed.
    if (w == "due" && i >= 2 && !words[i].starts_sentence && !words[i - 1].starts_sentence &&
        is_one_of(words[i - 1].lower, {"is", "are", "was", "were"}) &&
        is_one_of(words[i - 2].lower, {"praise", "thanks", "credit", "kudos", "gratitude",
                                       "congratulations", "appreciation", "apologies"}))
      return std::nullopt;
    from = i + 2;
  } else if (is_one_of(w, {"result", "consequence", "product"}) && next == "of" &&
             is_one_of(lower_before(words, i, 1), {"the", "a", "direct"})) {
    from = i + 2;  // "the result of an employee's unauthorised change"
  } else if (w == "because" && next == "of") {
    from = i + 2;  // "because of a wrong decision of the team leader", "because of Chen"
  } else if (is_one_of(w, {"resulted", "results", "stemmed", "stems", "arose", "arises"}) &&
             next == "from") {
    from = i + 2;  // "resulted from a lapse by our staff" reads on; "resulted from Bob" here
  } else if (is_one_of(w, {"traced", "traces", "trace"}) && next == "back" &&
             lower_at(words, i + 2) == "to") {
    from = i + 3;
  } else if (is_one_of(w, {"comes", "came", "boils", "boiled"}) && next == "down" &&
             lower_at(words, i + 2) == "to") {
    from = i + 3;  // "this comes down to Carlos not following process"
  } else {
    return std::nullopt;
  }
  for (std::size_t k = i + 1; k <= from; ++k)
    if (!in_sentence(words, k)) return std::nullopt;
  if (negated(words, i)) return std::nullopt;
  const auto last = blamed_at(words, from);
  if (!last) return std::nullopt;
  // "caused by Varnish running out of memory": a program after all.
  if (lower_at(words, *last + 1) == "running" && lower_at(words, *last + 2) == "out")
    return std::nullopt;
  return Match{i, *last, Kind::PersonAsCause};
}

}  // namespace

// "the real failure was the network engineer", "the main problem is the on-call": a graded
// failure or problem, which names a cause as "the cause" does ("Alert fatigue is a real factor:
// the team had 230 pages" names one factor among others, and then explains it).
bool graded_failure(const Words& words, std::size_t i) {
  return is_one_of(words[i].lower, {"failure", "problem", "issue", "culprit", "factor"}) && i > 0 &&
         !words[i].starts_sentence && contains(kCauseGrades, words[i - 1].lower) &&
         !(i > 1 && is_one_of(words[i - 2].lower, {"a", "an"}));
}

// "Why was the page missed? The on-call engineer.": a five-whys answer that is only a person.
std::optional<Match> person_as_answer(const Words& words, std::size_t i) {
  if (!words[i].starts_sentence || i == 0) return std::nullopt;
  // A capitalised word alone ("Disk.", "Traffic.") may be a thing: roles and handles only.
  const auto person = person_words_at(words, i);
  if (!person || in_sentence(words, *person + 1) ||
      (classify(words, *person).by_name && words[*person].mark != '@'))
    return std::nullopt;
  for (std::size_t back = 1; back <= 20 && back <= i; ++back)
    if (words[i - back].starts_sentence)
      return words[i - back].lower == "why"
                 ? std::optional<Match>(Match{i, *person, Kind::PersonAsCause})
                 : std::nullopt;
  return std::nullopt;
}

std::optional<Match> person_as_cause(const Words& words, std::size_t i) {
  if (auto match = person_as_answer(words, i)) return match;
  // "The root of this incident is a team that doesn't take ownership", "The reason for the
  // outage is Felix": "root" and "reason" name the cause.
  const bool root_of = (words[i].lower == "root" && lower_at(words, i + 1) == "of") ||
                       (words[i].lower == "reason" && lower_at(words, i + 1) == "for") ||
                       graded_failure(words, i);
  if (!is_one_of(words[i].lower, {"cause", "causes"}) && !root_of)
    return caused_by_person(words, i);
  if (negated(words, i)) return std::nullopt;
  if (auto match = cause_then_person(words, i)) return match;
  return person_then_cause(words, i);
}

}  // namespace hindsight::core
