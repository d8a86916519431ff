// Judgements of a person's mind and effort, as the blameless-culture literature names them
// (Dekker's "Field Guide to Understanding Human Error" and "Loss of Situation Awareness", the
// PagerDuty Postmortem Guide on "why" questions):
//   - attention and skill: "a lapse of attention", "lost situation awareness", "lacks the skills
//     to", "did not take the alert seriously";
//   - questions that put a person on trial: "Why didn't the operators watch out better?", "How
//     could they not have noticed?";
//   - dismissal of a person's reasoning: "just assumed", "blindly trusted", "for whatever reason,
//     the employee decided";
//   - sarcasm and exasperation: "Nice job breaking prod, Steve", "When will the DBAs learn?",
//     "Typical Alex", "I've told him a hundred times", "even though he had been told not to",
//     an outburst ("unbelievable") about a person's act, "disappointed in the on-call staff".
// A question that looks for a person ("who restarted the primary?") does not judge when the next
// sentence says what the facts are wanted for ("just want to get the timeline right"), and a
// five-whys question is not blame when the next sentence answers it ("Why did the engineer restart
// the primary? Because the console listed it first"): the answer is linted on its own.
// Contract: only a person (a name, a handle, a role, he/she/they) is judged: "the cache lost its
// warm set", "why didn't the failover trigger?" and "the runbook lacks the steps" pass, and so do
// negations ("no lapse of attention explains this").
#include "core/lint/lint_blameless_rules.hpp"

namespace hindsight::core {
namespace {

// What a person is said to have lacked, lapsed in or lost: "a lapse of attention".
const WordSet kFaculties{
    "attention concentration care diligence vigilance judgement judgment discipline rigour rigor "
    "professionalism effort"};

// What a person, named before, is said to have shown a lack of: "a lack of ownership".
const WordSet kDuesOfAPerson{"ownership urgency accountability commitment focus"};

// What a person is said to lack: "lacks the skills to touch billing".
const WordSet kAbilities{
    "skill skills competence experience ability abilities discipline knowledge expertise "
    "judgement judgment urgency focus rigour rigor ownership care attention diligence"};

// Verbs of thinking a person is said to have "just" done: "just assumed the backup was fine".
const WordSet kThinkingVerbs{
    "assumed trusted guessed hoped believed expected figured copied pasted clicked ignored"};

// "why didn't", "why wasn't": a question that asks a person to justify what they did not do.
const WordSet kNegatedAuxiliaries{
    "didn't didnt wasn't wasnt weren't werent hadn't hadnt couldn't couldnt wouldn't wouldnt"};

// After "how could the operator": the undone step the question holds against them.
const WordSet kAfterHowCould{"not have miss ignore overlook forget skip fail"};

// "why did", "why would", "why was": a question that asks a person to account for an act.
const WordSet kAskingAuxiliaries{"did would was were does do is are has had"};

// Irregular past verbs a "who" question asks about: "who broke staging", "who ran the script".
const WordSet kActsAskedAbout{"ran broke made put set sent wrote took left did let gave hit shut"};

// What sarcastic praise thanks a person for: "nice job breaking prod" ("taking" only as "taking
// down": "thanks for taking that on" is thanks).
const WordSet kDamageGerunds{
    "breaking killing nuking wiping crashing deleting dropping trashing taking bricking "
    "corrupting"};

// What sarcastic praise says was damaged: "nice going, the script ate the table".
const WordSet kDamagePast{
    "broke ate killed nuked wiped trashed crashed bricked corrupted deleted dropped destroyed "
    "torched toast"};

// Outbursts that, said of a person, judge them: "unbelievable", "pathetic".
const WordSet kOutbursts{
    "unbelievable ridiculous pathetic embarrassing appalling shocking disgraceful unreal"};

// How many times a person is said to have been told: "a hundred times", "countless times".
const WordSet kManyTimes{
    "hundred hundreds thousand million many several multiple countless numerous dozen ten"};

// Concessions that turn a warning into defiance: "even though he had been told not to".
const WordSet kDespite{"though although despite"};

// Interjections a chat question may open with: "ok which one of you", "seriously, who".
const WordSet kChatOpeners{
    "ok okay so seriously honestly lol and but um right ffs wtf omg ugh jeez sigh"};

// "the hell", "on earth": outrage inside a question. Moves `k` past it.
bool skip_outrage(const Words& words, std::size_t& k) {
  if (lower_at(words, k) == "the" && lower_at(words, k + 1) == "hell") {
    k += 2;
    return true;
  }
  if (lower_at(words, k) == "on" && lower_at(words, k + 1) == "earth") {
    k += 2;
    return true;
  }
  return false;
}

// A word that opens its clause: the sentence's first, or after a chat interjection.
bool opens_clause(const Words& words, std::size_t i) {
  if (words[i].starts_sentence) return true;
  return i > 0 && contains(kChatOpeners, words[i - 1].lower) &&
         (words[i - 1].starts_sentence || words[i].mark == ',');
}

// "@dana did you ...", "Sam, did you ...": a question put to a person named before it.
bool addressed(const Words& words, std::size_t i) {
  return i > 0 && words[i - 1].starts_sentence && is_name_word(words, i - 1);
}

// Words that say a decision made no sense: "for whatever reason", "inexplicably".
const WordSet kReasonless{"whatever some no"};

bool is_awareness(const Words& words, std::size_t i) {
  return in_sentence(words, i + 1) && is_one_of(words[i].lower, {"situation", "situational"}) &&
         words[i + 1].lower == "awareness";
}

// "who restarted the primary? just want to get the timeline right": a question for the facts,
// whose next sentence says what the asker means to do with them (but not "I want to know").
bool asks_for_facts(const Words& words, std::size_t verb) {
  int sentences = 0;
  for (std::size_t k = verb + 1; k + 2 < words.size() && k <= verb + 24; ++k) {
    if (words[k].starts_sentence && ++sentences > 1) break;
    if (is_one_of(words[k].lower, {"want", "wants", "trying", "need", "needs"}) &&
        words[k + 1].lower == "to" && in_sentence(words, k + 2) &&
        !is_one_of(words[k + 2].lower, {"know", "hear", "talk", "speak"}))
      return true;
    // "asking so I can understand the intent".
    if (is_one_of(words[k].lower, {"can", "could"}) &&
        is_one_of(words[k + 1].lower, {"understand", "learn"}) && in_sentence(words, k + 1))
      return true;
  }
  return false;
}

// "Why did the engineer restart the primary? Because the console listed it first", "Why did the
// engineer not see the warning? It was printed above 400 lines of output": a five-whys question,
// answered in the next sentence (which is linted on its own).
bool answered_next(const Words& words, std::size_t why) {
  for (std::size_t k = why + 1; k < words.size() && k <= why + 20; ++k)
    if (words[k].starts_sentence)
      return words[k].lower == "because" ||
             // "? It was printed above 400 lines of output": an answer about a thing.
             (words[k].mark == '?' &&
              is_one_of(words[k].lower, {"it", "the", "there", "a", "an"}) &&
              in_sentence(words, k + 1) && classify(words, k + 1).agent == Agent::None &&
              !(is_determiner(words[k].lower) && person_words_at(words, k)));
  return false;
}

// The person a question is about: "they", "the operators", "the on-call engineer", "Sam"; its
// last word. The question's verb follows, so the person ends where the roles end.
std::optional<std::size_t> questioned_person(const Words& words, std::size_t k) {
  if (!in_sentence(words, k)) return std::nullopt;
  if (is_one_of(words[k].lower, {"they", "he", "she", "we", "you"})) return k;
  if (is_determiner(words[k].lower) && in_sentence(words, k + 1)) ++k;
  const Subject who = classify(words, k);
  if (who.agent != Agent::Person || who.first != k || words[k].lower == "who") return std::nullopt;
  while (in_sentence(words, k + 1) && classify(words, k + 1).agent == Agent::Person &&
         !classify(words, k + 1).by_name)
    ++k;
  return k;
}

// The verb right after a person, over one adverb: "the employee decided", "Sam quietly ran".
bool acts_next(const Words& words, std::size_t person) {
  for (std::size_t k = person + 1; k <= person + 2 && in_sentence(words, k); ++k)
    if (reads_as_finite_verb(words[k].lower)) return true;
  return false;
}

}  // namespace

std::optional<Match> inattention(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  const std::string& next = lower_at(words, i + 1);
  // "a lapse of attention", "lack of diligence", "loss of situation awareness".
  if (is_one_of(w, {"lack", "lapse", "lapses", "loss"}) && is_one_of(next, {"of", "in"}) &&
      in_sentence(words, i + 2) && !negated(words, i)) {
    if (contains(kFaculties, words[i + 2].lower)) return Match{i, i + 2, Kind::Judgement};
    // "showed a complete lack of ownership" (but "a lack of ownership after the reorg" is the
    // organisation's).
    if (contains(kDuesOfAPerson, words[i + 2].lower) && person_before_in_sentence(words, i, 8))
      return Match{i, i + 2, Kind::Judgement};
    if (is_awareness(words, i + 2)) return Match{i, i + 3, Kind::HumanError};
    return std::nullopt;
  }
  // "The operator lost situation awareness".
  if (w == "lost" && is_awareness(words, i + 1)) {
    const auto subject = subject_before(words, i);
    if (subject && classify(words, *subject).agent != Agent::None)
      return Match{classify(words, *subject).first, i + 2, Kind::HumanError};
    return std::nullopt;
  }
  // "The developer lacks the skills to touch billing".
  if (is_one_of(w, {"lacks", "lacked", "lack"})) {
    std::size_t what = i + 1;
    if (in_sentence(words, what) && is_one_of(words[what].lower, {"the", "any", "basic"})) ++what;
    if (!in_sentence(words, what) || !contains(kAbilities, words[what].lower)) return std::nullopt;
    const auto subject = subject_before(words, i);
    if (!subject || classify(words, *subject).agent != Agent::Person) return std::nullopt;
    return Match{classify(words, *subject).first, what, Kind::Judgement};
  }
  // "did not take the alert seriously", "never took the warnings seriously".
  if (w == "seriously") {
    for (std::size_t back = 1; back <= 5 && back <= i; ++back) {
      const std::size_t take = i - back;
      if (words[take + 1].starts_sentence) return std::nullopt;
      if (!is_one_of(words[take].lower, {"take", "took", "taken", "taking"})) continue;
      if (!negated(words, take)) return std::nullopt;
      std::size_t first = take;
      while (first > 0 && !words[first].starts_sentence && take - first < 3 &&
             !is_one_of(words[first].lower, {"not", "never", "didn't", "didnt", "wasn't", "weren't",
                                             "wasnt", "werent"}))
        --first;
      return Match{first, i, Kind::Judgement};
    }
  }
  return std::nullopt;
}

namespace {

// "Who approved the change isn't the interesting question", "Who typed the command matters far
// less than why one command could reach every OLT": the who-clause is the sentence's subject,
// weighed, not a question put to anyone.
// ("Who approved this is not in question: Dave did" answers it.)
bool who_clause_as_topic(const Words& words, std::size_t verb) {
  for (std::size_t k = verb + 1; k <= verb + 8 && in_sentence(words, k); ++k) {
    if (is_one_of(words[k].lower, {"matters", "mattered"})) return true;
    if (words[k].lower != "question" || words[k - 1].lower == "in") continue;
    // "Who clicked the link is the least useful question in this review".
    for (std::size_t back = 1; back <= 4 && k - back > verb; ++back)
      if (is_one_of(words[k - back].lower, {"is", "isn't", "was", "wasn't", "not"})) return true;
  }
  return false;
}

// "how could anyone have picked out the important one?", "How could anybody have known?": what
// no one could have seen, asked in the person's defence ("How could anyone have missed this?"
// still asks them to account for it).
bool asks_what_anyone_could_know(const Words& words, std::size_t person) {
  static const WordSet kSeeing(
      "known seen spotted noticed caught predicted foreseen anticipated guessed picked told found "
      "understood realised realized detected expected");
  if (!is_one_of(words[person].lower, {"anyone", "anybody"})) return false;
  std::size_t verb = person + 1;
  if (lower_at(words, verb) == "have") ++verb;
  return in_sentence(words, verb) && kSeeing.has(words[verb].lower);
}

}  // namespace

std::optional<Match> interrogation(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  const std::string& next = lower_at(words, i + 1);
  if (!in_sentence(words, i + 1)) return std::nullopt;
  if (w == "why" && answered_next(words, i)) return std::nullopt;
  if (w == "why") {
    // "Why on earth would you disable the health check?": outrage before the auxiliary.
    std::size_t aux = i + 1;
    skip_outrage(words, aux);
    const std::string& asked = lower_at(words, aux);
    // "Why didn't the operators watch out better?"
    if (in_sentence(words, aux) && contains(kNegatedAuxiliaries, asked))
      if (const auto person = questioned_person(words, aux + 1))
        return Match{i, *person, Kind::Interrogation};
    // "Why did the on-call not escalate?"
    if (in_sentence(words, aux) && asked == "did")
      if (const auto person = questioned_person(words, aux + 1))
        if (lower_at(words, *person + 1) == "not" && in_sentence(words, *person + 1))
          return Match{i, *person + 1, Kind::Interrogation};
    // "Why did you push that on a Friday?", "Why would the DBA run that query?", "Why was the
    // on-call not watching?": a person asked to account for what they did.
    // Not "Why do we still have a token that can publish?": a team's question about its habits.
    if (in_sentence(words, aux) && contains(kAskingAuxiliaries, asked))
      if (const auto person = questioned_person(words, aux + 1);
          person && !(asked == "do" && words[*person].lower == "we"))
        return Match{i, *person, Kind::Interrogation};
  }
  // "How could the on-call engineer not have noticed?", "How on earth did nobody notice?"
  if (w == "how") {
    std::size_t aux = i + 1;
    const bool outraged = skip_outrage(words, aux);
    if (in_sentence(words, aux) &&
        is_one_of(words[aux].lower, {"could", "couldn't", "couldnt", "did"}))
      if (const auto person = questioned_person(words, aux + 1))
        if (in_sentence(words, *person + 1) &&
            (outraged || contains(kAfterHowCould, words[*person + 1].lower) ||
             is_one_of(words[*person].lower, {"nobody", "one"})) &&
            !asks_what_anyone_could_know(words, *person))
          return Match{i, *person + 1, Kind::Interrogation};
  }
  // "Who approved this?", "Who the hell ran terraform destroy?", "which one of you deleted the
  // branch": a question that looks for the person behind an act.
  if (opens_clause(words, i) && is_one_of(w, {"who", "which"})) {
    std::size_t verb = i + 1;
    if (w == "which" && next == "one" && lower_at(words, i + 2) == "of" &&
        is_one_of(lower_at(words, i + 3), {"you", "them", "us"}))
      verb = i + 4;
    else if (w == "which" && next == "of" && is_one_of(lower_at(words, i + 2), {"you", "them"}))
      verb = i + 3;
    else if (w == "which")
      verb = words.size();
    skip_outrage(words, verb);
    if (in_sentence(words, verb) && asks_for_facts(words, verb)) return std::nullopt;
    if (who_clause_as_topic(words, verb)) return std::nullopt;
    if (in_sentence(words, verb) && ends_with(words[verb].lower, "ed") &&
        reads_as_finite_verb(words[verb].lower))
      return Match{i, verb, Kind::Interrogation};
    if (in_sentence(words, verb) && contains(kActsAskedAbout, words[verb].lower))
      return Match{i, verb, Kind::Interrogation};
    // "who keeps turning off the alerts": a habit looked for.
    if (in_sentence(words, verb + 1) && is_one_of(words[verb].lower, {"keeps", "kept"}) &&
        ends_with(words[verb + 1].lower, "ing"))
      return Match{i, verb + 1, Kind::Interrogation};
  }
  // "What kind of engineer deploys on Christmas Eve?"
  if (w == "what" && is_one_of(next, {"kind", "sort", "type"}) && lower_at(words, i + 2) == "of" &&
      in_sentence(words, i + 3) && is_role(words[i + 3].lower))
    return Match{i, i + 3, Kind::Interrogation};
  // "What was Jake thinking?"
  if (w == "what" && is_one_of(next, {"was", "were"}))
    if (const auto person = questioned_person(words, i + 2))
      if (lower_at(words, *person + 1) == "thinking" && in_sentence(words, *person + 1))
        return Match{i, *person + 1, Kind::Interrogation};
  // "Did you even test this?", "Does anyone on the mobile team actually read the checklist?", "Is
  // Emma even awake?": a question that doubts a person did the least.
  if (contains(kAskingAuxiliaries, w) && (opens_clause(words, i) || addressed(words, i)))
    if (const auto person = questioned_person(words, i + 1))
      for (std::size_t k = *person + 1; k <= *person + 5 && in_sentence(words, k); ++k) {
        if (is_one_of(words[k].lower, {"even", "actually", "ever"}))
          return Match{i, k, Kind::Interrogation};
        // "Did nobody think to check the disk?", "Did anyone bother to read it?"
        if (is_one_of(words[k].lower, {"think", "bother"}) && lower_at(words, k + 1) == "to" &&
            in_sentence(words, k + 1))
          return Match{i, k + 1, Kind::Interrogation};
        if (reads_as_finite_verb(words[k].lower)) break;
      }
  // "How many times do we have to tell the SREs", "When will the DBAs learn?": exasperation.
  if (w == "how" && next == "many" && lower_at(words, i + 2) == "times")
    for (std::size_t k = i + 3; k <= i + 8 && in_sentence(words, k); ++k)
      if (is_one_of(words[k].lower, {"tell", "ask", "remind", "warn", "told", "asked", "reminded"}))
        return Match{i, k, Kind::Interrogation};
  if (w == "when" && is_one_of(next, {"will", "do", "does", "are", "is"}))
    if (const auto person = questioned_person(words, i + 2))
      for (std::size_t k = *person + 1; k <= *person + 3 && in_sentence(words, k); ++k)
        if (is_one_of(words[k].lower, {"learn", "listen", "grow", "realise", "realize"}))
          return Match{i, k, Kind::Interrogation};
  return std::nullopt;
}

std::optional<Match> sarcasm(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  // "Nice job breaking prod, Steve", "Thanks a lot, Kevin, for killing the cluster": praise for
  // damage, which mocks the person who did it.
  const bool praise =
      w == "another" ||
      (is_one_of(w, {"nice", "great", "good", "well"}) &&
       is_one_of(lower_at(words, i + 1), {"job", "work", "going", "done", "one"})) ||
      is_one_of(w, {"thanks", "thank", "kudos", "congrats", "congratulations", "bravo"}) ||
      (w == "way" && lower_at(words, i + 1) == "to" && lower_at(words, i + 2) == "go");
  if (!praise) return std::nullopt;
  for (std::size_t k = i + 1; k <= i + 6 && k < words.size(); ++k) {
    if (words[k].starts_sentence) break;
    if (contains(kDamageGerunds, words[k].lower) &&
        (words[k].lower != "taking" ||
         is_one_of(lower_at(words, k + 1), {"down", "out", "prod", "production"})))
      return Match{i, k, Kind::Judgement};
  }
  // "Another brilliant move by the platform team": praise that counts the times.
  if (w == "another" && in_sentence(words, i + 3) &&
      is_one_of(words[i + 1].lower,
                {"brilliant", "genius", "stellar", "great", "fine", "stunning"}) &&
      is_one_of(words[i + 2].lower, {"move", "idea", "call", "decision", "job", "performance"}) &&
      is_one_of(words[i + 3].lower, {"by", "from"}))
    if (const auto person = person_phrase_at(words, i + 4))
      return Match{i, *person, Kind::Judgement};
  // "Nice going, the migration you wrote just ate the orders table": praise as an interjection,
  // then the damage it mocks.
  // "Way to go, Priya, the cluster is toast".
  std::size_t comma = i + 1;
  while (comma <= i + 3 && in_sentence(words, comma) && words[comma].mark != ',') ++comma;
  if (comma <= i + 3 && in_sentence(words, comma) && w != "thanks" && w != "thank")
    for (std::size_t k = comma; k <= comma + 12 && in_sentence(words, k); ++k)
      if (contains(kDamagePast, words[k].lower)) return Match{i, k, Kind::Judgement};
  return std::nullopt;
}

std::optional<Match> exasperation(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  // "can we get someone competent on the bridge": the people there found wanting.
  if (is_one_of(w, {"someone", "somebody", "people", "anyone"}) && in_sentence(words, i + 1) &&
      is_one_of(words[i + 1].lower, {"competent", "capable", "qualified"}) &&
      is_one_of(lower_before(words, i, 1), {"get", "need", "want", "send", "find"}))
    return Match{i, i + 1, Kind::Judgement};
  // "Typical Alex, breaking things", "classic Dave": a person named as a type.
  if (is_one_of(w, {"typical", "classic"}) && in_sentence(words, i + 1) &&
      classify(words, i + 1).agent == Agent::Person &&
      (!in_sentence(words, i + 2) || words[i + 2].mark == ','))
    return Match{i, i + 1, Kind::Judgement};
  // "Our ops guy wiped the backups, unbelievable": an outburst about a person's act.
  // "It is frankly embarrassing that a senior engineer did not know how to roll back".
  if (contains(kOutbursts, w)) {
    std::size_t start = i;
    while (start > 0 && !words[start].starts_sentence && i - start < 20) --start;
    for (std::size_t k = start;
         k < words.size() && k <= i + 12 && (k == start || in_sentence(words, k)); ++k)
      if (k != i && classify(words, k).agent == Agent::Person && words[k].lower != "who" &&
          !negated(words, i))
        return Match{std::min(k, i), std::max(k, i), Kind::Judgement};
    return std::nullopt;
  }
  // "deeply disappointed in the performance of our on-call staff".
  if (is_one_of(w, {"disappointed", "disappointing"}) &&
      is_one_of(lower_at(words, i + 1), {"in", "with", "by"}) && !negated(words, i))
    for (std::size_t k = i + 2; k <= i + 7 && in_sentence(words, k); ++k)
      if (classify(words, k).agent == Agent::Person && words[k].lower != "who")
        return Match{i, k, Kind::Judgement};
  // "I've told Arjun a hundred times", "we warned the team countless times".
  if (is_one_of(w, {"told", "warned", "asked", "reminded"})) {
    bool person = false;
    for (std::size_t k = i + 1; k <= i + 6 && in_sentence(words, k + 1); ++k) {
      if (person && contains(kManyTimes, words[k].lower) && words[k + 1].lower == "times")
        return Match{i, k + 1, Kind::Judgement};
      if (classify(words, k).agent == Agent::Person) person = true;
    }
  }
  // "ran the script even though he had been told not to", "despite being warned".
  if (contains(kDespite, w) && i > 0 && !words[i].starts_sentence)
    for (std::size_t k = i + 1; k <= i + 5 && in_sentence(words, k); ++k) {
      if (!is_one_of(words[k].lower, {"told", "warned", "asked", "instructed"})) continue;
      if (!is_one_of(words[k - 1].lower, {"been", "being", "was", "were"})) return std::nullopt;
      if (in_sentence(words, k + 1) && !is_one_of(words[k + 1].lower, {"not", "to", "never"}) &&
          words[k + 1].mark != ',')
        return std::nullopt;
      return Match{i, k, Kind::Judgement};
    }
  return std::nullopt;
}

std::optional<Match> dismissal(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  // "The SRE just assumed the backup was fine", "Sam blindly trusted the dashboard".
  if (is_one_of(w, {"just", "simply", "merely", "blindly"}) && i > 0 && !words[i].starts_sentence &&
      in_sentence(words, i + 1)) {
    const std::string& verb = words[i + 1].lower;
    const bool judged =
        contains(kThinkingVerbs, verb) || (w == "blindly" && reads_as_finite_verb(verb));
    const Subject subject = classify(words, i - 1);
    if (judged && subject.agent == Agent::Person)
      return Match{subject.first, i + 1, Kind::Judgement};
    return std::nullopt;
  }
  // "For whatever reason, the employee decided to deploy globally."
  std::size_t last = i;
  if (w == "inexplicably") {
  } else if (w == "for" && in_sentence(words, i + 2) && contains(kReasonless, words[i + 1].lower) &&
             is_one_of(words[i + 2].lower, {"reason", "reasons"})) {
    last = i + 2;
  } else if (w == "for" && in_sentence(words, i + 3) && words[i + 1].lower == "no" &&
             is_one_of(words[i + 2].lower, {"good", "apparent", "obvious"}) &&
             words[i + 3].lower == "reason") {
    last = i + 3;
  } else {
    return std::nullopt;
  }
  // The person whose decision it calls senseless: before it ("The engineer, for some reason,
  // restarted") or the first actor after it, with no other clause in between.
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    if (words[i - back + 1].starts_sentence) break;
    if (classify(words, i - back).agent == Agent::Person)
      return Match{classify(words, i - back).first, last, Kind::Judgement};
  }
  // "Liam set the TTL to a year, for some reason": after the clause of a person's act.
  if (words[i].mark == ',')
    for (std::size_t back = 4; back <= 14 && back <= i; ++back) {
      if (words[i - back + 1].starts_sentence) break;
      if (classify(words, i - back).agent == Agent::Person && acts_next(words, i - back))
        return Match{classify(words, i - back).first, last, Kind::Judgement};
    }
  for (std::size_t k = last + 1; k <= last + 12 && in_sentence(words, k); ++k) {
    if (classify(words, k).agent == Agent::Person && acts_next(words, k))
      return Match{i, last, Kind::Judgement};
    if (k > last + 1 && reads_as_finite_verb(words[k].lower)) return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace hindsight::core
