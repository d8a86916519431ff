// Phrases that blame whoever they are about, as the blameless-culture literature names them
// (Etsy's "Blameless PostMortems and a Just Culture", the Google SRE book's "Postmortem Culture",
// Dekker's "Field Guide to Understanding Human Error"):
//   - hindsight and counterfactuals about people: "should have checked", "if only", "had Maria
//     checked", "the reviewer could have prevented", "anyone would have caught";
//   - "human error" and its kin ("operator error", "user error", "developer error", "layer 8");
//   - judgements of effort or thinking: "careless", "lazy", "without thinking", "rookie mistake";
//   - blame and fault: "blame", "Dave's fault", "mistake by";
//   - responsibility: "Bob is responsible for the outage", "This one is on Dave", "Elena must
//     take responsibility for the outage".
// Punishment and exhortation live in lint_blameless_sanctions.
// Contract: "should have" about a system ("The alert should have fired earlier") describes the
// gap between what a system was meant to do and what it did, and is not blame; about a person, or
// in a passive that hides one ("should have been caught"), it is hindsight. Negated and
// denied uses ("no one was at fault", "Bob was not responsible for the outage") do not blame.
#include "core/lint/lint_blameless_rules.hpp"

namespace hindsight::core {
namespace {

// Words that judge a person.
const WordSet kJudgementWords{
    "careless carelessly carelessness negligent negligently negligence sloppy sloppily sloppiness "
    "lazy laziness lazily incompetent incompetence incompetently reckless recklessly recklessness "
    "irresponsible irresponsibly clueless stupid stupidity idiotic idiot idiots inattentive "
    "inattention thoughtless thoughtlessly inexperienced foolish foolishly unprofessional "
    "amateurish boneheaded blunder blunders blundered pebkac pebcak id10t fat-fingered "
    "fat-fingering complacent complacency overconfident arrogant ignorant cowboy dumb half-baked "
    "half-assed screw-up screw-ups screwup screwups inexcusable unforgivable shameful disgraceful "
    "scapegoat scapegoated inept ineptitude ineptly slapdash lackadaisical heedless dishonest "
    "dishonestly moron morons muppet muppets numpty dimwit bozo imbecile halfwit galah galahs "
    "dumbest stupidest arrogance"};

// Things a judging word also names: "lazy loading", "a dumb terminal", "dumb question" (said of
// one's own question).
const WordSet kJudgedThings{
    "loading load loaded evaluation initialization initialisation initialized initialised "
    "init import imports fetch mode unmount unmounting unmounted umount mount mounting "
    "pipe pipes terminal terminals client clients switch switches question questions claim "
    "claims lawsuit lawsuits suit allegation allegations litigation"};

// What code and systems are made of, which a judging word can describe without a person: "the
// script's sloppy error handling", "a stupid edge case in the parser", "stupid simple".
const WordSet kJudgeableThings{
    "logic code default defaults test tests suite edge case cases config configuration "
    "script scripts query queries check checks retry retries regex parser parsing cache "
    "implementation design assumption assumptions approach algorithm heuristic heuristics "
    "migration schema workaround hack loop timeout timeouts validation simple easy behaviour "
    "behavior matching evaluation question questions"};

// What may stand between "is" and a judging word: "is frankly dumb", "was a bit sloppy".
const WordSet kDegreeWords{
    "frankly just really so very pretty quite rather a bit little too somewhat kind sort of "
    "incredibly extremely honestly admittedly genuinely fairly"};

// Subjects that are no thing: they stand for a person or an act as easily ("It was careless to")
// or name people ("because people are careless").
const WordSet kStandIns{
    "it this that which there what these those people folks humans staff everyone everybody "
    "someone somebody nobody anyone anybody"};

// "not on blame", "no one was at fault", "blame-free".
const WordSet kNegations{
    "no not without avoid avoiding never nobody nobody's don't dont doesn't isn't wasn't aren't "
    "won't free none rather instead neither"};

// "fault tolerance", "fault domains": the engineering term.
// Verbs that seek out one person as the one responsible: "we found the engineer responsible".
const WordSet kSinglingOut{"found identified identify find caught blamed blame"};

// What is done to the person singled out: "the engineer responsible will lose deploy access",
// "the developer responsible has been spoken to", "was let go".
const WordSet kSanctionedAs{
    "lose loses lost spoken talked disciplined reprimanded punished fired dismissed suspended "
    "removed demoted warned sacked terminated let dealt"};

const WordSet kFaultCompounds{
    "tolerance tolerant injection domain domains detection handling handler isolation line lines "
    "zone zones code codes condition conditions tree model count"};

// "found no evidence that anyone acted carelessly", "did not find evidence that anyone acted
// carelessly": a judgement the sentence denies.
bool denied_earlier(const Words& words, std::size_t i) {
  for (std::size_t back = 1; back <= 10 && back <= i; ++back) {
    const std::size_t k = i - back;
    // "..., which was careless of him": a clause of its own after the denied one.
    if (words[k + 1].starts_sentence || is_one_of(words[k + 1].lower, {"which", "who"}))
      return false;
    if (is_one_of(words[k].lower, {"evidence", "sign", "signs", "indication", "suggestion"}) &&
        k > 0 && (words[k - 1].lower == "any" || negated(words, k)))
      return true;
  }
  return false;
}

// "Carelessness was not a factor", "Negligence played no part", "Carelessness was ruled out":
// the judgement ruled out as a cause by what follows it ("Such negligence is not tolerated" and
// "Negligence has no place here" still judge).
bool ruled_out_after(const Words& words, std::size_t i) {
  if (!in_sentence(words, i + 3)) return false;
  const std::string& next = words[i + 1].lower;
  std::size_t k = i + 2;
  const bool denied = (is_one_of(next, {"was", "were", "is"}) && words[k].lower == "not") ||
                      is_one_of(next, {"wasn't", "weren't", "isn't"});
  if (denied && words[k].lower == "not") ++k;
  if (!denied) {
    if (is_one_of(next, {"was", "were"}) && words[k].lower == "ruled" &&
        lower_at(words, k + 1) == "out")
      return true;
    return is_one_of(next, {"played", "plays"}) && words[k].lower == "no" &&
           is_one_of(lower_at(words, k + 1), {"part", "role"});
  }
  if (is_one_of(words[k].lower, {"a", "the", "an"}) && in_sentence(words, k + 1)) ++k;
  return is_one_of(words[k].lower, {"factor", "cause", "reason", "issue", "problem", "involved"});
}

// "What looked like a negligent delay was actually the dispatch software queuing the call": an
// appearance the sentence corrects.
bool appearance_corrected(const Words& words, std::size_t i) {
  bool appeared = false;
  for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
    const std::size_t k = i - back;
    if (words[k + 1].starts_sentence) break;
    appeared = appeared || is_one_of(words[k].lower,
                                     {"looked", "seemed", "appeared", "looks", "seems", "appears"});
  }
  if (!appeared) return false;
  // "was actually", "was in fact", "turned out to be" ("and it really was" confirms it).
  for (std::size_t k = i + 1; k <= i + 12 && in_sentence(words, k); ++k)
    if (words[k].lower == "actually" || (words[k].lower == "fact" && words[k - 1].lower == "in") ||
        (words[k].lower == "turned" && lower_at(words, k + 1) == "out"))
      return true;
  return false;
}

// Verbs that frame what follows as something: "consider this a", "treat it as".
const WordSet kFramingVerbs{
    "consider considering considered treat treating treated call calling called regard regarding "
    "regarded view viewing viewed classify classifying classified count counting counted label "
    "labelling labeling labelled labeled record recording recorded think"};

// "It is tempting to call ...", "It would be easy to blame ...", then "but", "however" or "yet":
// the verb at i raised to be set aside.
bool raised_to_set_aside(const Words& words, std::size_t i) {
  if (i < 2 || words[i].starts_sentence || words[i - 1].lower != "to" ||
      words[i - 1].starts_sentence ||
      !is_one_of(words[i - 2].lower, {"tempting", "easy", "easier", "natural", "convenient"}))
    return false;
  // "yet" as the turn, not "yet another".
  for (std::size_t later = i + 1; later <= i + 8 && in_sentence(words, later); ++later)
    if (is_one_of(words[later].lower, {"but", "however"}) ||
        (words[later].lower == "yet" &&
         !is_one_of(lower_at(words, later + 1), {"another", "again", "more"})))
      return true;
  return false;
}

// "We do not consider this a designer error", "We are not treating this as an individual's
// mistake": a framing the sentence turns down, up to eight words back.
bool framing_denied(const Words& words, std::size_t i) {
  for (std::size_t back = 1; back <= 8 && back <= i; ++back) {
    const std::size_t k = i - back;
    if (words[k + 1].starts_sentence) return false;
    if (!contains(kFramingVerbs, words[k].lower) || k == 0 || words[k].starts_sentence) continue;
    // "do not consider", "never considered", "should not be called".
    std::size_t before = k - 1;
    if (is_one_of(words[before].lower, {"be", "been", "being"}) && before > 0 &&
        !words[before].starts_sentence)
      --before;
    if (is_one_of(words[before].lower, {"not", "never", "don't", "dont", "doesn't", "won't",
                                        "didn't", "aren't", "isn't"}))
      return true;
    // "It is tempting to call this human error, but ...": a framing raised to be set aside (not
    // "Easy to call this human error; it was.").
    if (raised_to_set_aside(words, k)) return true;
  }
  return false;
}

}  // namespace

// "Nobody on the call was careless", "No one here acted carelessly", "Nobody involved in this
// incident is considered to be at fault": the clause of word i opens with no one, up to ten
// words back.
bool no_one_opens_clause(const Words& words, std::size_t i) {
  // The mark is the punctuation before a word: a clause opens at a sentence's start or after a
  // comma, semicolon or colon.
  auto opens_clause = [&](std::size_t k) {
    const char m = words[k].mark;
    return words[k].starts_sentence || m == ',' || m == ';' || m == ':';
  };
  if (opens_clause(i)) return false;
  for (std::size_t back = 1; back <= 10 && back <= i; ++back) {
    const std::size_t k = i - back;
    // "Nobody doubts that the deploy was reckless": a clause of its own after "that".
    if (is_one_of(words[k].lower, {"that", "because", "since", "but", "which", "who"}))
      return false;
    // "Nobody else is to blame" lays it on someone.
    if (opens_clause(k))
      return (is_one_of(words[k].lower, {"nobody", "none"}) && lower_at(words, k + 1) != "else") ||
             (words[k].lower == "no" &&
              (is_one_of(lower_at(words, k + 1), {"one", "single", "individual", "person"}) ||
               is_role(lower_at(words, k + 1))) &&
              lower_at(words, k + 2) != "else");
  }
  return false;
}

namespace {

// "would have", "would never have", "wouldn't have" anywhere in the sentence of word i.
// "would not have", "wouldn't have", or "would have been limited, avoided, caught ...": the
// sentence around word i says what something would have spared.
bool would_have_spared(const Words& words, std::size_t i) {
  std::size_t start = i;
  while (start > 0 && !words[start].starts_sentence) --start;
  for (std::size_t k = start; k < words.size() && (k == start || !words[k].starts_sentence); ++k) {
    const std::string& w = words[k].lower;
    if (w == "wouldn't" || w == "wouldnt") return lower_at(words, k + 1) == "have";
    if (w != "would" && w != "would've") continue;
    for (std::size_t j = k + 1; j <= k + 5 && in_sentence(words, j); ++j)
      if (is_one_of(words[j].lower,
                    {"not", "never", "limited", "avoided", "prevented", "caught", "stopped",
                     "spotted", "contained", "shorter", "smaller", "fewer", "less", "minutes"}))
        return true;
    return false;
  }
  return false;
}

bool would_have_in_sentence(const Words& words, std::size_t i) {
  std::size_t start = i;
  while (start > 0 && !words[start].starts_sentence) --start;
  for (std::size_t k = start; k < words.size() && (k == start || !words[k].starts_sentence); ++k) {
    const std::string& w = words[k].lower;
    if (w == "would've" || ((w == "would" || w == "wouldn't") &&
                            (lower_at(words, k + 1) == "have" ||
                             (is_one_of(lower_at(words, k + 1), {"never", "not"}) &&
                              lower_at(words, k + 2) == "have"))))
      return true;
  }
  return false;
}

// Irregular past participles; regular ones end in "ed".
const WordSet kParticiples{
    "been known seen done gone taken written caught run read kept left built sent spent made put "
    "set told thought brought found held understood got gotten given chosen spoken forgotten "
    "shown drawn paid hit let shut agreed broken driven stopped rolled reset cut quit upset "
    "rerun overwritten"};

// What a person, not a program, is said to have done or left undone.
const WordSet kPersonParticiples{
    "checked double-checked looked read tested verified validated followed noticed written run "
    "typed reviewed caught known seen realised realized paid asked escalated waited listened "
    "bothered thought remembered approved spotted considered flagged questioned examined "
    "answered responded reacted confirmed communicated documented "
    "investigated acknowledged acted handled done heeded"};

// Between "should" and "have": "should never have merged".
const WordSet kHindsightAdverbs{"never really also definitely probably obviously clearly"};

// What a person "should never have been" that judges their fitness: "given access", "hired".
const WordSet kEntrusted{"given allowed trusted hired permitted let promoted granted"};

// Adjectives that make the missed thing look plain in hindsight: "should have been obvious".
const WordSet kPlainInHindsight{"obvious clear apparent evident"};

// Judging adjectives before "mistake" or "error".
const WordSet kMistakeJudgements{
    "rookie stupid silly dumb careless obvious amateur newbie beginner beginner's basic "
    "individual personal"};

// After "human error" or "user error": a measure of something else ("user error rates").
const WordSet kErrorCompounds{
    "rate rates count counts code codes response responses message messages page pages budget "
    "log logs handling box boxes field fields category categories checkbox option options tag "
    "tags column columns classification"};

// Who can be said to err: "operator error", "developer error".
const WordSet kErringPeople{
    "human operator pilot user developer engineer admin administrator dba sre programmer dev staff "
    "employee technician maintainer designer contributor analyst reviewer clerk nurse coder "
    "tester"};

// "Human error is a symptom", "look beyond human error": the literature's own framing.
const WordSet kBeyondHumanError{
    "beyond past than instead not avoid without rather blaming blame understanding understand "
    "understood explaining explain studying study view views theory label notion myth how why "
    "labelling labeling labelled labeled calling treat treating treated phrase term words "
    "wording"};

// "While the immediate cause was operator error, broader systemic issues allowed it": a sentence
// that names human error only to go past it.
const WordSet kConcessions{"while although though whilst"};
const WordSet kPastThePerson{
    "systemic system systems conditions broader underlying deeper allowed allow allows design "
    "process processes tooling"};
const WordSet kHumanErrorReframes{
    "symptom symptoms starting consequence effect label never not rarely seldom where"};

// Bad outcomes someone can be called responsible for.
const WordSet kBadEvents{
    "outage outages incident incidents failure failures downtime breach mistake mistakes error "
    "errors problem problems bug bugs regression crash disruption mess loss deletion breakage "
    "disaster fiasco debacle screw-up screwup delay delays slowdown overload chaos confusion "
    "misdirection"};

// Damage that makes what follows a bad outcome: "responsible for the corrupted backups".
const WordSet kDamaged{"corrupted lost broken deleted botched failed dropped wiped leaked"};

// "responsible for incident communications": a duty, not blame.
const WordSet kDutyCompounds{
    "response responses communication communications comms command commander review reviews "
    "management channel report reports coordination process processes handling recovery "
    "analysis retrospective postmortem post-mortem follow-up tracker rotation"};

const WordSet kBeForms{"was were be been being got get gets getting is are"};

// Between a subject and "be": "must", "needs to", "should".
const WordSet kModalSkips{
    "must should needs need to has have had will would just really also simply probably ought"};

const WordSet kCarefulWords{
    "careful diligent vigilant attentive thorough cautious alert disciplined rigorous "
    "conscientious"};

// Collective subjects: "everyone should be trained" is an action, not blame.
const WordSet kEveryone{"everyone everybody anyone anybody someone all"};
const WordSet kAnyone{"any every each"};

// What "any engineer would have ..." claims was easy to see.
const WordSet kSeeingVerbs{
    "catch caught notice noticed spot spotted know known see seen avoid avoided realise realised "
    "realize realized"};

// "A more careful engineer", "a competent operator": the person a judgement compares against.
const WordSet kBetterPeople{
    "careful competent experienced attentive diligent seasoned senior decent good skilled"};

// What "more" asks of a person in a counterfactual: "with a bit more care, the operator would
// have caught it".
const WordSet kMoreOfAPerson{"care attention thought diligence caution focus effort discipline"};

// What "X could have ..." claims was in a person's hands.
const WordSet kPreventingVerbs{"prevented avoided caught stopped noticed spotted averted"};

// How "didn't think" continues when it judges a person's thinking rather than reporting a belief.
const WordSet kThinkingJudged{"about through before to twice ahead of"};

// What may follow "obviously"/"clearly" after a person when it judges them.
const WordSet kAfterObviously{
    "never didn't didnt did failed forgot ignored missed should should've wasn't had knew skipped "
    "broke"};

// What a person's conduct is called when it is judged: "Ben's handover was useless".
const WordSet kConduct{
    "performance conduct behaviour behavior work response handover communication communications "
    "support updates"};

// Verdicts on a person's conduct: "the team's performance was unacceptable".
const WordSet kConductVerdicts{
    "unacceptable poor disappointing inadequate subpar sloppy shameful appalling lacking terrible "
    "useless awful horrible lousy"};

// Every word judgement_phrase() looks at: one lookup turns away the rest of the text.
const WordSet kJudgementPhraseWords{
    "point spot attitude attitudes performance conduct behaviour behavior work response reflect "
    "handover communication communications support updates "
    "bother bothered dropped asleep paying pay think thinking judgement judgment decision "
    "decisions call care cared careful diligent vigilant attentive thorough cautious alert obvious "
    "would obviously clearly apple apples knew upon keyboard sense more been"};

bool is_judgement(std::string_view w) { return contains(kJudgementWords, w); }

bool is_owner_word(std::string_view w) {
  return ends_with(w, "'s") || is_one_of(w, {"his", "her", "their", "my", "your", "our", "whose"});
}

}  // namespace

bool any_before(const Words& words, std::size_t i, std::size_t window, const WordSet& list) {
  for (std::size_t back = 1; back <= window && back <= i; ++back) {
    if (words[i - back + 1].starts_sentence) return false;
    if (contains(list, words[i - back].lower)) return true;
  }
  return false;
}

// The subject of a verb group: back from `at` over modals, "be" and adverbs, up to four words.
std::optional<std::size_t> subject_over_modals(const Words& words, std::size_t at) {
  std::size_t j = at;
  for (int skipped = 0; skipped <= 4; ++skipped) {
    if (j == 0 || words[j].starts_sentence) return std::nullopt;
    --j;
    if (!contains(kModalSkips, words[j].lower) && !contains(kBeForms, words[j].lower) &&
        // "Ben and Chloe both should have caught this".
        !is_one_of(words[j].lower,
                   {"clearly", "obviously", "definitely", "really", "also", "both", "each"}))
      return j;
  }
  return std::nullopt;
}

bool is_person(const Words& words, std::optional<std::size_t> j) {
  return j && classify(words, *j).agent != Agent::None;
}

std::optional<std::size_t> person_before_in_sentence(const Words& words, std::size_t at,
                                                     std::size_t window) {
  for (std::size_t back = 1; back <= window && back <= at; ++back) {
    if (words[at - back + 1].starts_sentence) return std::nullopt;
    const std::size_t k = at - back;
    if (classify(words, k).agent == Agent::Person && words[k].lower != "who")
      return classify(words, k).first;
  }
  return std::nullopt;
}

bool is_be_form(std::string_view w) { return contains(kBeForms, w); }
bool is_bad_event(std::string_view w) { return contains(kBadEvents, w); }
bool is_modal_skip(std::string_view w) { return contains(kModalSkips, w); }
bool is_careful_word(std::string_view w) { return contains(kCarefulWords, w); }
bool is_collective(std::string_view w) { return contains(kEveryone, w); }

namespace {

// "The engineer who wrote the regex should have known": a person earlier in the sentence.
bool relative_person_before(const Words& words, std::size_t i) {
  for (std::size_t back = 1; back <= 8 && back <= i; ++back) {
    if (words[i - back + 1].starts_sentence) return false;
    if (words[i - back].lower == "who") return true;
  }
  return false;
}

}  // namespace

bool negated(const Words& words, std::size_t i) { return any_before(words, i, 3, kNegations); }

// "not looking for someone to blame", "No single person was at fault": a denial up to five words
// back; but not the "not" of "Kevin, not the process, is to blame", which sets another aside.
bool denied_within_five(const Words& words, std::size_t i) {
  for (std::size_t back = 1; back <= 5 && back <= i; ++back) {
    if (words[i - back + 1].starts_sentence) return false;
    const Word& w = words[i - back];
    if (!contains(kNegations, w.lower)) continue;
    // "to understand what happened, not to find someone to blame", "focus on what happened, not
    // on who was at fault": a contrast's "not" before a purpose or a focus denies the words up to
    // its next comma; "Dave, not the system, is to blame" blames after it, and "It was Dave, not
    // who the VP first blamed" names whom.
    // "this is about tracking, not blame": the word after it, denied.
    if (w.lower == "not" && w.mark == ',' && back > 1) {
      // "owning the actions, not taking the blame": a gesture denied, as a purpose is.
      bool closed = !is_one_of(words[i - back + 1].lower, {"to", "on", "about", "into", "that"}) &&
                    !words[i - back + 1].lower.ends_with("ing");
      for (std::size_t k = i - back + 1; k <= i; ++k) closed = closed || words[k].mark == ',';
      if (closed) continue;
    }
    return true;
  }
  return false;
}

bool names_a_blame_habit(const Words& words, std::size_t i) {
  return words[i].lower == "blame" && in_sentence(words, i + 1) &&
         is_one_of(words[i + 1].lower, {"culture", "cultures", "game", "games"});
}

namespace {

// A person anywhere in the words from the sentence's start up to `end` (exclusive): the subject
// of "The fix the intern shipped was sloppy", "Whoever approved this is to blame".
bool person_in_subject(const Words& words, std::size_t end) {
  std::size_t start = end;
  while (start > 0 && !words[start].starts_sentence && end - start < 12) --start;
  for (std::size_t k = start; k < end; ++k)
    if (classify(words, k).agent == Agent::Person || words[k].lower == "whoever") return true;
  return false;
}

// "The cron job is ...", "Our alerting was ...": the "be" at `be` follows a thing, with no person
// in the subject.
bool thing_before_be(const Words& words, std::size_t be) {
  return be >= 1 && is_one_of(words[be].lower, {"is", "was", "are", "were"}) &&
         !words[be].starts_sentence && classify(words, be - 1).agent == Agent::None &&
         !contains(kStandIns, words[be - 1].lower) && !person_in_subject(words, be);
}
}  // namespace

// Participles after "had" that say what befell a person, or what they had, rather than what they
// did: "if the on-call had been paged", "if the engineer had had access".
// What a person did that "had X not ..." regrets: skipping a step, or breaking something.
const WordSet kHarmfulActs{
    "skipped ignored bypassed disabled deleted dropped pushed deployed merged rushed overrode "
    "overridden removed killed forced ran"};

const WordSet kNotActs{"been had received gotten got known given shown told paged notified"};

bool is_participle(std::string_view w) {
  if (contains(kParticiples, w)) return true;
  return w.size() >= 4 && ends_with(w, "ed") && !ends_with(w, "eed");
}

bool is_person_participle(std::string_view w) { return contains(kPersonParticiples, w); }

std::optional<Match> human_error(const Words& words, std::size_t i) {
  const std::string& who = words[i].lower;
  const std::string& what = lower_at(words, i + 1);
  // "a layer 8 problem": the user as the broken layer of the network stack.
  if (who == "layer" && is_one_of(what, {"8", "eight"}) && in_sentence(words, i + 1) &&
      !is_one_of(lower_before(words, i, 1), {"osi", "the"}))
    return Match{i, i + 1, Kind::HumanError};
  if (!contains(kErringPeople, who) || !in_sentence(words, i + 1) ||
      !is_one_of(what, {"error", "errors", "mistake", "mistakes"}))
    return std::nullopt;
  // "4xx user errors", "user error rates": a class of request, not a person.
  if (who == "user" && what != "error") return std::nullopt;
  if (in_sentence(words, i + 2) && contains(kErrorCompounds, words[i + 2].lower))
    return std::nullopt;
  if (any_before(words, i, 3, kBeyondHumanError) || framing_denied(words, i)) return std::nullopt;
  if (any_before(words, i, 6, kConcessions))
    for (std::size_t k = i + 2; k <= i + 16 && in_sentence(words, k); ++k)
      if (contains(kPastThePerson, words[k].lower)) return std::nullopt;
  // "\"human error\" isn't a root cause".
  if (in_sentence(words, i + 2) && is_one_of(words[i + 2].lower, {"isn't", "wasn't", "isnt"}))
    return std::nullopt;
  if (in_sentence(words, i + 2) && is_one_of(words[i + 2].lower, {"is", "was"})) {
    for (std::size_t k = i + 3; k <= i + 5 && in_sentence(words, k); ++k)
      if (contains(kHumanErrorReframes, words[k].lower)) return std::nullopt;
    // "Human error is treated in this report as a symptom of system design".
    // Within its clause, and as "a symptom", not "the trigger, and the symptoms were ignored".
    if (is_one_of(lower_at(words, i + 3), {"treated", "seen", "viewed", "regarded", "read"}))
      for (std::size_t k = i + 5; k <= i + 10 && in_sentence(words, k) && words[k].mark != ','; ++k)
        if (is_one_of(words[k].lower, {"symptom", "starting", "consequence"}) &&
            is_one_of(words[k - 1].lower, {"a", "an"}))
          return std::nullopt;
  }
  return Match{i, i + 1, Kind::HumanError};
}

std::optional<Match> hindsight(const Words& words, std::size_t i) {
  const std::string& v = words[i].lower;
  const std::string& next = lower_at(words, i + 1);
  const std::string& next2 = lower_at(words, i + 2);
  std::size_t end = 0;
  // "should never have merged", "should really have checked".
  if (v == "should" && contains(kHindsightAdverbs, next) && lower_at(words, i + 2) == "have" &&
      is_participle(lower_at(words, i + 3))) {
    end = i + 3;
  } else if (is_one_of(v, {"should've", "shouldn't've", "shouldve"}) && is_participle(next)) {
    end = i + 1;
  } else if (is_one_of(v, {"should", "shouldn't", "shouldnt"}) &&
             (next == "have" || (v == "should" && is_one_of(next, {"of", "had"}))) &&
             is_participle(
                 next2)) {  // "should of escalated", "should had tested", as some write it
    end = i + 2;
  } else if (((v == "should" && next == "not") || (v == "ought" && next == "to")) &&
             next2 == "have" && is_participle(lower_at(words, i + 3))) {
    end = i + 3;
  } else {
    return std::nullopt;
  }
  if (!in_sentence(words, end)) return std::nullopt;
  // "It is easy to say what people should have done", "Avoid evaluating what should or should
  // not have been done": a clause about counterfactuals, not one.
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    if (words[i - back + 1].starts_sentence) break;
    if (words[i - back].lower == "what") return std::nullopt;
    // "The question is not who should have caught it, but why ...".
    if (words[i - back].lower == "who" && negated(words, i - back)) return std::nullopt;
    // "Asking who should have known is less useful than ...": the question as a topic.
    if (words[i - back].lower == "who" && i - back > 0 && !words[i - back].starts_sentence &&
        is_one_of(words[i - back - 1].lower, {"asking", "ask", "asked", "wondering"}))
      return std::nullopt;
  }
  // "It would be easy in hindsight to say the issue should have been spotted": what one might
  // say, set up to be answered ("It is fair to say ...", "Needless to say ..." still judge).
  for (std::size_t back = 2; back <= 10 && back < i; ++back) {
    if (words[i - back + 1].starts_sentence) break;
    if (words[i - back].lower != "say" || words[i - back - 1].lower != "to") continue;
    for (std::size_t k = i - back - 1; k-- > 0 && k + 5 > i - back - 1;) {
      if (is_one_of(words[k].lower, {"easy", "easier", "tempting", "unfair", "simplistic"}))
        return std::nullopt;
      if (words[k].starts_sentence) break;
    }
  }
  const std::size_t first =
      i > 0 && !words[i].starts_sentence && is_one_of(words[i - 1].lower, {"clearly", "obviously"})
          ? i - 1
          : i;
  // "The on-call engineer should have been paged": the person is who the system failed.
  // "The junior developer should never have been given write access" judges the person's fitness.
  if (words[end].lower == "been" && in_sentence(words, end + 1) &&
      is_participle(words[end + 1].lower) && !is_person_participle(words[end + 1].lower) &&
      !contains(kEntrusted, words[end + 1].lower))
    return std::nullopt;
  // "The signaller should have received a warning": what the person was owed, not what they did.
  if (is_one_of(words[end].lower, {"received", "got", "gotten"})) return std::nullopt;
  const auto subject = subject_before(words, i);
  // "Olga was overwhelmed and should have asked for help": the subject of the first verb.
  const bool coordinated = subject && is_one_of(words[*subject].lower, {"and", "but", "then"}) &&
                           person_before_in_sentence(words, *subject, 8);
  if (!subject || is_person(words, subject) || coordinated || relative_person_before(words, i))
    return Match{first, end, Kind::Hindsight};
  // A thing as the subject: blame only in a passive that hides the person ("It should not have
  // been approved", "It should have been obvious"), unless a thing is named as the agent.
  if (words[end].lower != "been" || !in_sentence(words, end + 1)) return std::nullopt;
  const std::string& done = words[end + 1].lower;
  if (!is_person_participle(done) && !contains(kPlainInHindsight, done)) return std::nullopt;
  if (in_sentence(words, end + 2) && words[end + 2].lower == "by" &&
      !person_phrase_at(words, end + 3))
    return std::nullopt;
  return Match{first, end + 1, Kind::Hindsight};
}

std::optional<Match> counterfactual(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  if (w == "if" && in_sentence(words, i + 1) && words[i + 1].lower == "only") {
    // "If only the load balancer had drained connections": a wish about a system.
    for (std::size_t k = i + 2; k <= i + 6 && in_sentence(words, k); ++k) {
      if (classify(words, k).agent != Agent::None) break;
      if (k > i + 2 && is_one_of(words[k].lower, {"had", "were", "was", "could", "did"})) {
        // "If only the config had been reviewed by Sarah": a person after all.
        for (std::size_t by = k + 1; by + 1 < words.size() && by <= k + 6 && in_sentence(words, by + 1);
             ++by)
          if (words[by].lower == "by" && person_words_at(words, by + 1))
            return Match{i, i + 1, Kind::Counterfactual};
        return contains(kStandIns, words[k - 1].lower)
                   ? std::optional<Match>(Match{i, i + 1, Kind::Counterfactual})
                   : std::nullopt;
      }
    }
    return Match{i, i + 1, Kind::Counterfactual};
  }
  // "With a bit more care, the operator would have caught the typo": what a person lacked, in a
  // sentence that says what would have followed.
  if (w == "more" && in_sentence(words, i + 1) && contains(kMoreOfAPerson, words[i + 1].lower) &&
      !negated(words, i))
    for (std::size_t k = i + 2; k <= i + 12 && in_sentence(words, k); ++k)
      if (is_one_of(words[k].lower, {"would", "would've", "could", "could've"}) &&
          is_person(words, subject_before(words, k)))
        return Match{i, i + 1, Kind::Counterfactual};
  // "Had Maria checked the rule", "If the author had written a test": a person's undone step.
  // "The outage was preventable, had the engineer been more careful": a person's state.
  // "The incident would not have occurred had the lead bothered to ...": after the outcome.
  const bool opens_condition =
      words[i].starts_sentence || words[i].mark == ',' ||
      (i > 0 && is_one_of(words[i - 1].lower, {"preventable", "avoidable", "avoided", "prevented",
                                               "occurred", "happened"}));
  // With "would have" in the sentence saying what it would have spared, any act of a person's
  // is what would have averted it: "Had the analyst exercised due diligence, the file would not
  // have been sent" ("Had Dana rolled back, it would have lasted hours longer" credits her).
  const bool averted = w == "had" && would_have_spared(words, i);
  // "Were the operator more careful, this would not have happened".
  if (w == "were" && words[i].starts_sentence)
    for (std::size_t k = i + 2; k <= i + 4 && in_sentence(words, k); ++k)
      if (contains(kCarefulWords, words[k].lower) || words[k].lower == "more") {
        for (std::size_t p = i + 1; p < k; ++p)
          if (is_person(words, p)) return Match{i, k, Kind::Counterfactual};
        break;
      }
  if (w == "had" && opens_condition) {
    for (std::size_t k = i + 2; k <= i + 5 && in_sentence(words, k); ++k) {
      if (words[k].lower == "been" && in_sentence(words, k + 1) &&
          (contains(kCarefulWords, words[k + 1].lower) ||
           is_one_of(words[k + 1].lower,
                     {"more", "paying", "watching", "looking", "listening", "doing"}))) {
        for (std::size_t p = i + 1; p < k; ++p)
          if (is_person(words, p)) return Match{i, k + 1, Kind::Counterfactual};
        return std::nullopt;
      }
      // "Had Tom not skipped the canary": a safeguard left out. "Had Dana not rolled back, it
      // would have lasted hours" credits the person, so only acts that skip or break count.
      const bool undone = is_one_of(words[k - 1].lower, {"not", "never"}) &&
                          contains(kHarmfulActs, words[k].lower);
      // "Had Dana not rolled back, it would have lasted hours" credits her: negated, only the
      // harmful acts above count.
      const bool act = averted && is_participle(words[k].lower) &&
                       !contains(kNotActs, words[k].lower) &&
                       !is_one_of(words[k - 1].lower, {"not", "never"});
      if (!is_person_participle(words[k].lower) && !undone && !act) continue;
      for (std::size_t p = i + 1; p < k; ++p)
        if (is_person(words, p) && (!act || is_person_participle(words[k].lower) ||
                                    classify(words, p).agent == Agent::Person))
          return Match{i, k, Kind::Counterfactual};
      return std::nullopt;
    }
  }
  // "This would never have happened if the devs wrote proper tests": a person's act in the
  // condition of a sentence about what would have followed.
  if (w == "if" && would_have_in_sentence(words, i)) {
    for (std::size_t k = i + 1; k <= i + 4 && in_sentence(words, k); ++k) {
      if (!is_person(words, k) || is_one_of(words[k].lower, {"we", "i", "us"})) continue;
      const std::size_t verb = k + 1;
      if (in_sentence(words, verb) && words[verb].lower != "had" &&
          (reads_as_finite_verb(words[verb].lower) || is_person_participle(words[verb].lower)) &&
          !contains(kBeForms, words[verb].lower))
        return Match{i, verb, Kind::Counterfactual};
      break;
    }
  }
  if (w == "if") {
    for (std::size_t had = i + 2; had <= i + 6 && in_sentence(words, had); ++had) {
      // "If he would have read the alert properly", as some write "had read".
      const bool would_have = words[had].lower == "would" && lower_at(words, had + 1) == "have";
      if (!is_one_of(words[had].lower, {"had", "hadn't", "hadnt"}) && !would_have) continue;
      std::size_t done = had + (would_have ? 2 : 1);
      // "if Noor hadn't pushed on a Friday": any act of a person's, said to have caused it.
      const bool undone =
          words[had].lower != "had" || is_one_of(lower_at(words, done), {"not", "never"});
      if (words[had].lower == "had" && undone) ++done;
      // "If Lars had been paying attention": a person's state.
      if (lower_at(words, done) == "been" && in_sentence(words, done + 1) &&
          (contains(kCarefulWords, words[done + 1].lower) ||
           is_one_of(words[done + 1].lower,
                     {"more", "paying", "watching", "looking", "listening", "awake"}))) {
        for (std::size_t p = i + 1; p < had; ++p)
          if (is_person(words, p) && !is_one_of(words[p].lower, {"we", "i", "us"}))
            return Match{i, done + 1, Kind::Counterfactual};
        return std::nullopt;
      }
      if (in_sentence(words, done) &&
          is_one_of(words[done].lower, {"just", "only", "simply", "actually", "even", "properly"}))
        ++done;
      if (!in_sentence(words, done) || !is_participle(words[done].lower)) return std::nullopt;
      // "If the DBA had taken a backup": any act of a person named as what would have averted
      // it; of "we" or "they" only the steps a person is said to skip ("if we had tested").
      const bool any_act = !contains(kNotActs, words[done].lower);
      for (std::size_t p = i + 1; p < had; ++p) {
        if (!is_person(words, p)) continue;
        if (is_person_participle(words[done].lower) ||
            (any_act && classify(words, p).agent == Agent::Person &&
             !is_one_of(words[p].lower, {"we", "i", "us", "you"})))
          return Match{i, done, Kind::Counterfactual};
      }
      return std::nullopt;
    }
  }
  // "A simple check by the operator would have prevented this": a person's small act, missed.
  if (w == "by" && i > 0 && !words[i].starts_sentence &&
      is_one_of(words[i - 1].lower, {"check", "look", "glance", "review", "test", "grep", "query"}))
    if (const auto person = person_words_at(words, i + 1))
      if (is_one_of(lower_at(words, *person + 1), {"would", "could"}) &&
          lower_at(words, *person + 2) == "have" &&
          contains(kPreventingVerbs, lower_at(words, *person + 3)) &&
          in_sentence(words, *person + 3))
        return Match{i - 1, *person + 3, Kind::Counterfactual};
  // "The reviewer could have prevented the outage".
  if (is_one_of(w, {"could", "could've"})) {
    std::size_t done = i + (w == "could" ? 2 : 1);
    // "could easily have prevented", "could simply have checked".
    if (w == "could" && in_sentence(words, i + 1) && is_manner_adverb(words[i + 1].lower)) ++done;
    if (w == "could" && lower_at(words, done - 1) != "have") return std::nullopt;
    if (!in_sentence(words, done)) return std::nullopt;
    // "They could have checked the lag first": a step a person is said to have had in hand.
    const bool prevents = contains(kPreventingVerbs, words[done].lower);
    if (!prevents && !is_person_participle(words[done].lower)) return std::nullopt;
    const auto subject = subject_before(words, i);
    if (!is_person(words, subject)) return std::nullopt;
    // "Anyone could have made the same mistake", "any team member could have read it that way":
    // what anyone could have done excuses the person rather than judging them.
    if (!prevents &&
        (contains(kEveryone, words[*subject].lower) || any_before(words, *subject + 1, 3, kAnyone)))
      return std::nullopt;
    // "which nobody could have known", "No one person could have prevented this", "Neither
    // reviewer could have seen it": what no one could have done clears everyone.
    const std::size_t first = classify(words, *subject).first;
    if (is_one_of(words[*subject].lower, {"nobody", "noone"}) ||
        is_one_of(lower_before(words, first, 1), {"no", "not", "neither"}) ||
        (is_one_of(lower_before(words, first, 2), {"no", "not"}) && !words[first].starts_sentence))
      return std::nullopt;
    // "The team could have caught this with a canary", "With a feature flag to switch it off,
    // we could have stopped it": what a safeguard would have done, named at `k` ("with", "using",
    // "via"). "with a bit more care", "with a single grep", "with ten minutes of testing" still
    // ask it of the person.
    const auto names_a_safeguard = [&](std::size_t k) {
      if (!in_sentence(words, k + 1) || !is_one_of(words[k].lower, {"with", "using", "via"}))
        return false;
      std::size_t what = k + 1;
      if (is_one_of(words[what].lower, {"a", "an", "some"}) && in_sentence(words, what + 1)) ++what;
      return !contains(kMoreOfAPerson, words[what].lower) &&
             !is_one_of(words[what].lower,
                        {"more", "bit", "little", "just", "basic", "proper", "single", "quick",
                         "simple", "one", "cursory", "glance", "look"}) &&
             !(in_sentence(words, what + 1) &&
               is_one_of(words[what + 1].lower,
                         {"minute", "minutes", "seconds", "second", "moment", "hour", "hours"}));
    };
    std::size_t opening = i;
    while (opening > 0 && !words[opening].starts_sentence) --opening;
    if (words[opening].lower != "via" && names_a_safeguard(opening)) return std::nullopt;
    for (std::size_t k = done + 1; k <= done + 4 && in_sentence(words, k + 1); ++k)
      if (names_a_safeguard(k)) return std::nullopt;
    return Match{classify(words, *subject).first, done, Kind::Counterfactual};
  }
  return std::nullopt;
}

// A person's, just before `at` (up to three words back): "Tim's", "his", "their".
bool owned_by_a_person(const Words& words, std::size_t at) {
  for (std::size_t back = 1; back <= 3 && back <= at; ++back) {
    const std::size_t k = at - back;
    if (words[k + 1].starts_sentence) return false;
    const std::string& w = words[k].lower;
    // "Tim's", "his", "the intern's".
    if (is_named_owner(words, k) || is_one_of(w, {"his", "her", "their", "your"}) ||
        (ends_with(w, "'s") && is_role(std::string_view(w).substr(0, w.size() - 2))))
      return true;
  }
  return false;
}

// "The script's sloppy error handling", "The health check is lazy", "the library's default
// behaviour is frankly dumb": a judging word said of a thing, which judges no one (unless the
// thing is a person's: "Tim's sloppy handling").
bool said_of_a_thing(const Words& words, std::size_t i) {
  if (owned_by_a_person(words, i)) return false;
  for (std::size_t k = i + 1; k <= i + 2 && in_sentence(words, k); ++k) {
    if (contains(kJudgeableThings, words[k].lower)) return true;
    if (is_one_of(words[k].lower, {"by", "of", "from", "on", "to"})) break;
  }
  // "sloppy error handling" (but "the incompetent handling of the failover" is people's).
  if (is_one_of(lower_at(words, i + 1), {"error", "exception"}) &&
      lower_at(words, i + 2) == "handling" && in_sentence(words, i + 2))
    return true;
  std::size_t be = i;
  while (be > 0 && !words[be].starts_sentence && contains(kDegreeWords, words[be - 1].lower)) --be;
  if (be < 2 || words[be].starts_sentence || !is_one_of(words[be - 1].lower, {"is", "was", "are",
                                                                               "were", "seems"}))
    return false;
  const std::size_t subject = be - 2;
  if (words[subject + 1].starts_sentence) return false;
  // "Pushing a global rule without a canary was reckless": the subject is an act, not the canary.
  std::size_t start = subject;
  while (start > 0 && !words[start].starts_sentence) --start;
  if (words[start].lower.size() > 4 && ends_with(words[start].lower, "ing")) return false;
  return classify(words, subject).agent == Agent::None &&
         !contains(kStandIns, words[subject].lower) && !owned_by_a_person(words, subject + 1) &&
         !person_in_subject(words, subject + 1);
}

std::optional<Match> judgement_word(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  if (!is_judgement(w)) return std::nullopt;
  // "lazy loading", "lazily unmounting" name a technique, "a dumb terminal" a device.
  if (is_one_of(w, {"lazy", "lazily", "dumb"}) && contains(kJudgedThings, lower_at(words, i + 1)))
    return std::nullopt;
  if (said_of_a_thing(words, i)) return std::nullopt;
  // "This is not incompetence; it is a predictable consequence of the workflow."
  if (negated(words, i) || denied_earlier(words, i) || no_one_opens_clause(words, i) ||
      ruled_out_after(words, i) || appearance_corrected(words, i))
    return std::nullopt;
  // "We're not looking for a scapegoat": the one sought, denied further back.
  if (is_one_of(w, {"scapegoat", "scapegoats"}) && denied_within_five(words, i))
    return std::nullopt;
  return Match{i, i, Kind::Judgement};
}

// "could have been prevented", "would have caught": a sentence of what would have been.
bool would_have_been(const Words& words, std::size_t i) {
  std::size_t start = i;
  while (start > 0 && !words[start].starts_sentence) --start;
  for (std::size_t k = start; k + 1 < words.size() && (k == start || !words[k].starts_sentence);
       ++k)
    if (is_one_of(words[k].lower, {"could", "would", "should", "might"}) &&
        words[k + 1].lower == "have")
      return true;
  return false;
}

// "The inspector's report, had it": a person's work named before `had` in its sentence.
bool persons_work_before(const Words& words, std::size_t had) {
  for (std::size_t k = had; k > 0 && had - k < 6 && !words[k].starts_sentence;) {
    --k;
    const std::string& w = words[k].lower;
    const std::string_view stem =
        ends_with(w, "'s") ? std::string_view(w).substr(0, w.size() - 2) : std::string_view(w);
    if (is_role(stem) || is_named_owner(words, k)) return true;
  }
  return false;
}

std::optional<Match> judgement_phrase(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  if (!kJudgementPhraseWords.has(w)) return std::nullopt;
  const std::string& prev = lower_before(words, i, 1);
  const std::string& prev2 = lower_before(words, i, 2);
  const std::string& next = lower_at(words, i + 1);
  const bool after_nobody = prev == "nobody" || (prev == "one" && prev2 == "no");
  if (is_one_of(w, {"bother", "bothered"})) {
    if (is_one_of(prev, {"didn't", "didnt", "never"}) || after_nobody)
      return Match{prev == "one" ? i - 2 : i - 1, i, Kind::Judgement};
    // "didn't even bother to show up".
    if (prev == "even" && is_one_of(prev2, {"didn't", "didnt", "never", "not"}))
      return Match{i - 2, i, Kind::Judgement};
    if (prev == "not" && prev2 == "did") return Match{i - 2, i, Kind::Judgement};
    if (prev == "be" && is_one_of(prev2, {"couldn't", "can't", "wouldn't", "couldnt"}))
      return Match{i - 2, i, Kind::Judgement};
    // "Nobody on the team bothered to read the advisory".
    if (i > 0 && !words[i].starts_sentence)
      if (const auto start = postmodified_subject(words, i - 1))
        if (is_one_of(words[*start].lower, {"nobody", "no"}))
          return Match{*start, i, Kind::Judgement};
  }
  // "With a bit of common sense, the teacher would have ...", "Tom lacked common sense": a
  // person's judgement found wanting (not "the checklist replaces common sense").
  // ("no common sense validation", "more common sense defaults" name a kind of check).
  const bool ends_the_phrase =
      !in_sentence(words, i + 1) || words[i + 1].mark == ',' ||
      is_one_of(next, {"and",    "or",    "to",   "when", "before", "would",     "could",
                       "should", "in",    "on",   "at",   "about",  "while",     "but",
                       "so",     "which", "that", "is",   "was",    "the",       "he",
                       "she",    "they",  "we",   "here", "there",  "whatsoever"});
  if (w == "sense" && prev == "common" && ends_the_phrase &&
      (is_one_of(prev2, {"basic", "no", "lacked", "lacks", "lack", "lacking", "without", "more",
                         "little", "any", "zero"}) ||
       (prev2 == "of" && is_one_of(lower_before(words, i, 3),
                                   {"bit", "lack", "little", "modicum", "ounce", "shred"}))))
    return Match{prev2 == "of" ? i - 3 : i - 2, i, Kind::Judgement};
  // "It could have been prevented with a little more care", "with just a bit more attention, the
  // operator would have ...": effort found wanting, in a sentence of what would have been (not
  // "With a bit more effort, the dashboard will show ...", a plan).
  if (w == "more" &&
      is_one_of(next,
                {"care", "attention", "diligence", "caution", "thought", "effort", "focus"}) &&
      would_have_been(words, i)) {
    std::size_t k = i;
    while (k > 0 && i - k < 4 && !words[k].starts_sentence &&
           is_one_of(words[k - 1].lower, {"a", "just", "little", "bit", "tiny", "slightly"}))
      --k;
    if (k < i && k > 0 && words[k - 1].lower == "with") return Match{i, i + 1, Kind::Judgement};
  }
  // "The inspector's report, had it been thorough, would have flagged the corrosion": "it" a
  // person's work (not "The test suite, had it been more thorough, ...").
  if (w == "been" && i >= 2 && prev2 == "had" && !words[i - 1].starts_sentence &&
      is_one_of(prev, {"it", "he", "she", "they"}) &&
      (is_careful_word(next) || (next == "more" && is_careful_word(lower_at(words, i + 2)))) &&
      (prev != "it" || persons_work_before(words, i - 2)))
    return Match{i - 2, next == "more" ? i + 2 : i + 1, Kind::Counterfactual};
  // "The problem sat between the keyboard and the chair": PEBKAC spelt out.
  if (w == "keyboard" && prev == "the" && prev2 == "between" && lower_at(words, i + 1) == "and" &&
      is_one_of(lower_at(words, i + 3), {"chair", "seat"}))
    return Match{i - 2, i + 3, Kind::Judgement};
  if (w == "dropped" && next == "the" && lower_at(words, i + 2) == "ball")
    return Match{i, i + 2, Kind::Judgement};
  if (w == "asleep" && next == "at" && lower_at(words, i + 3) == "wheel")
    return Match{i, i + 3, Kind::Judgement};
  if (is_one_of(w, {"paying", "pay"}) && next == "attention") {
    if (is_one_of(prev, {"not", "wasn't", "weren't", "wasnt", "werent", "didn't", "didnt"}))
      return Match{i - 1, i + 1, Kind::Judgement};
    if (is_one_of(prev, {"was", "were"}) &&
        (prev2 == "nobody" || (prev2 == "one" && lower_before(words, i, 3) == "no")))
      return Match{i - 2, i + 1, Kind::Judgement};
  }
  // "didn't think about backtracking", "ran the script without thinking".
  if (w == "think" &&
      (is_one_of(prev, {"didn't", "didnt", "never"}) || (prev == "not" && prev2 == "did"))) {
    if (!in_sentence(words, i + 1) || contains(kThinkingJudged, next))
      return Match{prev == "not" ? i - 2 : i - 1, i, Kind::Judgement};
  }
  if (w == "thinking" && (prev == "without" || is_one_of(prev, {"wasn't", "weren't", "wasnt"})))
    return Match{i - 1, i, Kind::Judgement};
  // "poor judgement", "a bad call", "a lapse in judgement".
  if (is_one_of(w, {"judgement", "judgment", "decision", "decisions", "call"}) &&
      is_one_of(prev, {"poor", "bad", "questionable", "terrible"}) && !words[i].starts_sentence)
    return Match{i - 1, i, Kind::Judgement};
  if (is_one_of(w, {"judgement", "judgment"}) && is_one_of(prev, {"in", "of"}) &&
      is_one_of(prev2,
                {"lapse", "error", "errors", "lapses", "gap", "gaps", "failure", "failures"}) &&
      !words[i - 1].starts_sentence)
    return Match{i - 2, i, Kind::Judgement};
  // "serious gaps in the judgement of the release manager".
  if (is_one_of(w, {"judgement", "judgment"}) && prev == "the" && i >= 3 &&
      is_one_of(prev2, {"in", "of"}) &&
      is_one_of(lower_before(words, i, 3),
                {"lapse", "lapses", "gap", "gaps", "failure", "failures"}) &&
      lower_at(words, i + 1) == "of" && in_sentence(words, i + 2))
    if (const auto person = person_phrase_at(words, i + 2))
      return Match{i - 3, *person, Kind::Judgement};
  // "didn't care", "nobody cared".
  if (is_one_of(w, {"care", "cared"}) &&
      (is_one_of(prev, {"didn't", "didnt", "never"}) || (prev == "not" && prev2 == "did") ||
       (w == "cared" && after_nobody)))
    return Match{prev == "not" || prev == "one" ? i - 2 : i - 1, i, Kind::Judgement};
  // "The reviewer wasn't careful enough".
  if (contains(kCarefulWords, w) && is_one_of(prev, {"wasn't", "weren't", "wasnt", "werent"}) &&
      i >= 2 && !words[i - 1].starts_sentence && classify(words, i - 2).agent != Agent::None)
    return Match{classify(words, i - 2).first, i, Kind::Judgement};
  // "It was obvious that the config was wrong" (but not "it was not obvious which host").
  if (w == "obvious" && is_one_of(prev, {"was", "is", "were"}) && next == "that")
    return Match{i - 1, i + 1, Kind::Judgement};
  // "Anyone would have caught this", "Any competent engineer would have noticed".
  if (w == "would") {
    std::size_t seeing = i + 1;
    // "A more experienced admin would not have made that call": any act a better person is said
    // to have done otherwise.
    const bool otherwise = is_one_of(lower_at(words, seeing), {"not", "never"}) &&
                           lower_at(words, seeing + 1) == "have" &&
                           is_participle(lower_at(words, seeing + 2));
    if (otherwise) seeing += 2;
    if (lower_at(words, seeing) == "have") ++seeing;
    if (in_sentence(words, seeing) && (otherwise || contains(kSeeingVerbs, words[seeing].lower)))
      for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
        if (words[i - back + 1].starts_sentence) break;
        if (is_one_of(words[i - back].lower, {"anyone", "anybody", "any", "everyone"}))
          return Match{i - back, seeing, Kind::Judgement};
        // "A more careful engineer would have noticed".
        if (back >= 2 && contains(kBetterPeople, words[i - back].lower) &&
            classify(words, i - back + 1).agent == Agent::Person)
          return Match{i - back, seeing, Kind::Judgement};
      }
  }
  // "points to the on-call engineer as the weak point": a person named the weak part.
  if (is_one_of(w, {"point", "spot"}) && is_one_of(prev, {"weak", "weakest"}) &&
      !words[i].starts_sentence)
    if (person_before_in_sentence(words, i - 1, 13)) return Match{i - 1, i, Kind::Judgement};
  // "Tim's attitude", "the team's performance was unacceptable": a person's conduct judged.
  if (is_one_of(w, {"attitude", "attitudes", "conduct", "behaviour", "behavior"}) && i > 0 &&
      !words[i].starts_sentence &&
      (is_named_owner(words, i - 1) || is_one_of(prev, {"his", "her"})))
    return Match{i - 1, i, Kind::Judgement};
  // "communication from Asha was terrible": the person after "from".
  const bool from_person =
      next == "from" && in_sentence(words, i + 2) && person_words_at(words, i + 2).has_value();
  const bool owned =
      i > 0 && !words[i].starts_sentence && ends_with(prev, "'s") &&
      (is_named_owner(words, i - 1) || is_role(std::string_view(prev).substr(0, prev.size() - 2)));
  if (contains(kConduct, w) && (owned || from_person))
    for (std::size_t k = i + 1; k <= i + 6 && in_sentence(words, k + 1); ++k)
      if (is_be_form(words[k].lower) && !negated(words, k + 1) &&
          contains(kConductVerdicts, lower_at(words, k + 1)))
        return Match{owned ? i - 1 : i, k + 1, Kind::Judgement};
  // "should reflect on their actions".
  if (w == "reflect" && next == "on" &&
      is_one_of(lower_at(words, i + 2), {"his", "her", "their", "your"}) &&
      is_one_of(lower_at(words, i + 3),
                {"actions", "behaviour", "behavior", "conduct", "mistake", "mistakes", "choices"}))
    return Match{i, i + 3, Kind::Judgement};
  // "a bad apple on the team" (but not "the bad apple theory", which names the old view).
  if (is_one_of(w, {"apple", "apples"}) && prev == "bad" && !words[i].starts_sentence &&
      !is_one_of(next, {"theory", "view", "model", "myth", "explanation"}))
    return Match{i - 1, i, Kind::Judgement};
  // "knew full well", "knew perfectly well": the outcome read back into a person's intent.
  if (w == "knew" && is_one_of(next, {"full", "perfectly", "very"}) &&
      lower_at(words, i + 2) == "well" && in_sentence(words, i + 2) && !negated(words, i))
    return Match{i, i + 2, Kind::Judgement};
  // "took it upon himself to disable the relays": acting beyond one's place.
  if (w == "upon" && prev == "it" && is_one_of(prev2, {"took", "take", "takes", "taken"}) &&
      is_one_of(next, {"himself", "herself", "themselves", "themself"}) && i >= 2 &&
      !words[i - 1].starts_sentence && !words[i].starts_sentence)
    return Match{i - 2, i + 1, Kind::Judgement};
  // "The developer obviously never ran the rule".
  if (is_one_of(w, {"obviously", "clearly"}) && i > 0 && !words[i].starts_sentence &&
      classify(words, i - 1).agent == Agent::Person && contains(kAfterObviously, next))
    return Match{classify(words, i - 1).first, i, Kind::Judgement};
  return std::nullopt;
}

namespace {

// "didn't", "did not", "won't", "will not", "weren't", "haven't", "hasn't", "do not", "does not"
// in the five words before `i` in its sentence: what a review says it did not do ("didn't look
// for an individual").
bool did_not_within_five(const Words& words, std::size_t i) {
  for (std::size_t back = 1; back <= 5 && back <= i; ++back) {
    if (words[i - back + 1].starts_sentence) return false;
    const std::string& w = words[i - back].lower;
    if (is_one_of(w, {"didn't", "didnt", "won't", "wont", "weren't", "haven't", "hasn't"}) ||
        (is_one_of(w, {"not", "never"}) && i - back >= 1 && !words[i - back].starts_sentence &&
         is_one_of(words[i - back - 1].lower, {"did", "will", "do", "does"})))
      return true;
  }
  return false;
}

// "we talk about why the system let it happen, not who to blame", "rather than whose fault it
// was", "instead of who is at fault": the question of who, set aside for another.
bool who_question_set_aside(const Words& words, std::size_t i) {
  for (std::size_t back = 1; back <= 4 && back < i; ++back) {
    const std::size_t k = i - back;
    if (words[k + 1].starts_sentence) return false;
    if (!is_one_of(words[k].lower, {"who", "whom", "whose", "who's"})) continue;
    if (words[k].starts_sentence) return false;
    // "not who to blame", "not who is at fault", "not whose fault" (but "It was Dave, not who
    // the VP first blamed" names whom).
    if (is_one_of(words[k].lower, {"who", "whom"}) &&
        !is_one_of(lower_at(words, k + 1), {"to", "is", "was", "should", "gets", "deserves"}))
      return false;
    const std::string& before = words[k - 1].lower;
    const std::string& earlier = lower_before(words, k, 2);
    // "The question of who was at fault came up once": the question itself, the topic, unless
    // the sentence answers it ("... has an easy answer: the intern").
    if (before == "of" && is_one_of(earlier, {"question", "questions"})) {
      for (std::size_t j = k + 1;
           in_sentence(words, j) || (j < words.size() && words[j].mark == ':'); ++j)
        if (words[j].mark == ':' ||
            is_one_of(words[j].lower, {"answer", "answered", "obvious", "clear", "simple"}))
          return false;
      return true;
    }
    return before == "not" || (before == "than" && earlier == "rather") ||
           (before == "of" && earlier == "instead");
  }
  return false;
}

// "Players were blaming the servers in chat", "we blamed the CDN at first": blame laid on a
// thing (a determiner, then no person in the next three words).
bool blame_laid_on_a_thing(const Words& words, std::size_t i) {
  if (!in_sentence(words, i + 2) ||
      !is_one_of(words[i + 1].lower, {"the", "our", "their", "its", "a", "an"}))
    return false;
  for (std::size_t k = i + 2; k <= i + 4 && in_sentence(words, k); ++k)
    if (classify(words, k).agent != Agent::None || is_owner_word(words[k].lower)) return false;
  // "blamed the whole outage on Dave": the thing is what is blamed, the person whom.
  for (std::size_t k = i + 2; k + 1 <= i + 9 && in_sentence(words, k + 1); ++k)
    if (is_one_of(words[k].lower, {"on", "to"}) && person_phrase_at(words, k + 1)) return false;
  return true;
}

}  // namespace

// "Finding a person to blame will not prevent the next incident", "Blame doesn't fix anything":
// blame as a topic (opening the sentence, or "someone to blame"), said to get nowhere, with no
// "but" after it ("I blame Dave who never fixed it" blames).
bool blame_said_to_get_nowhere(const Words& words, std::size_t i) {
  if (!words[i].starts_sentence && lower_before(words, i, 1) != "to") return false;
  for (std::size_t k = i + 1; in_sentence(words, k); ++k)
    if (words[k].lower == "but") return false;
  for (std::size_t k = i + 1; k <= i + 3 && in_sentence(words, k); ++k) {
    if (words[k].mark == ',' || is_one_of(words[k].lower, {"and", "who", "that", "which"}))
      return false;
    const bool denied =
        is_one_of(words[k].lower, {"won't", "wouldn't", "doesn't", "didn't", "don't", "never",
                                   "can't", "cannot"}) ||
        (words[k].lower == "not" &&
         is_one_of(lower_before(words, k, 1), {"will", "would", "does", "did", "do", "can"}));
    if (denied)
      return in_sentence(words, k + 1) &&
             is_one_of(words[k + 1].lower,
                       {"help", "helps", "helped", "prevent", "prevents", "prevented", "fix",
                        "fixes", "fixed", "solve", "solves", "solved", "work", "works", "change",
                        "stop", "stops", "make", "makes"});
  }
  return false;
}

// "but", "however", "though" after `i` in its sentence: the sentence turns ("Nobody wanted a
// culprit to blame, but everyone knew it was Kevin").
bool turns_after(const Words& words, std::size_t i) {
  for (std::size_t k = i + 1; in_sentence(words, k); ++k)
    if (is_one_of(words[k].lower, {"but", "however", "though", "although", "yet"})) return true;
  return false;
}

std::optional<Match> blame_word(const Words& words, std::size_t i) {
  if (!is_one_of(words[i].lower, {"blame", "blamed", "blames", "blaming"})) return std::nullopt;
  // "not looking for someone to blame": the denial may stand five words back.
  if (denied_within_five(words, i) || who_question_set_aside(words, i) ||
      blame_laid_on_a_thing(words, i) || blame_said_to_get_nowhere(words, i))
    return std::nullopt;
  // "nudging people toward blame": blame as a direction a culture can take.
  if (is_one_of(lower_before(words, i, 1), {"toward", "towards", "into"}) &&
      !words[i].starts_sentence && words[i].lower == "blame")
    return std::nullopt;
  // "It would be easy to blame the operator, but the valve handle pointed the other way": blame
  // raised to be set aside.
  if (raised_to_set_aside(words, i)) return std::nullopt;
  // "Running git blame showed the line came from a refactor", "The blame view in GitHub": the
  // command and its view.
  if (lower_before(words, i, 1) == "git" ||
      (words[i].lower == "blame" && in_sentence(words, i + 1) &&
       is_one_of(words[i + 1].lower, {"view", "output", "annotations"})))
    return std::nullopt;
  // "We are not here to find someone to blame", "I am not interested in finding someone to
  // blame", "The investigation didn't look for an individual to blame": the one to blame sought,
  // denied.
  if (i >= 2 && lower_before(words, i, 1) == "to" && !words[i - 1].starts_sentence &&
      is_one_of(words[i - 2].lower, {"someone", "somebody", "anyone", "anybody", "individual",
                                     "person", "culprit", "scapegoat", "people"}) &&
      (denied_within_five(words, i - 2) || did_not_within_five(words, i - 2)) &&
      !turns_after(words, i))
    return std::nullopt;
  if (names_a_blame_habit(words, i)) return std::nullopt;
  // "tell the facilitator if any wording reads as blaming an individual": how words may come
  // across, which the writer asks readers to point out.
  if (i >= 2 && !words[i - 1].starts_sentence && lower_before(words, i, 1) == "as" &&
      is_one_of(words[i - 2].lower, {"reads", "read", "comes", "come", "sounds", "sound"}))
    return std::nullopt;
  // "If anyone felt blamed on the day": how a person felt, which a review sets out to lift.
  if (words[i].lower == "blamed" && !words[i].starts_sentence &&
      is_one_of(lower_before(words, i, 1), {"felt", "feel", "feels", "feeling"}))
    return std::nullopt;
  // "Several operators said they expected to be blamed", "afraid of being blamed": blame
  // feared, which a review sets out to lift.
  // The fear governs "be blamed" ("As we all expected, Dave is to blame" is no fear).
  if (words[i].lower == "blamed" && !words[i].starts_sentence &&
      is_one_of(lower_before(words, i, 1), {"be", "being"}))
    for (std::size_t back = 2; back <= 4 && back <= i && !words[i - back + 1].starts_sentence;
         ++back)
      if (is_one_of(words[i - back].lower,
                    {"afraid", "fear", "feared", "fearing", "fears", "worried", "worry", "scared",
                     "expected", "expecting", "anxious", "nervous"}))
        return std::nullopt;
  // "Blame is a natural reaction in the first hour": blame itself, the topic (not "Blame is
  // squarely on the intern").
  // "Blame was the first word in the group chat": the first, the easy, the usual reaction.
  // "Blame would have been the easy headline": the same, told as a choice not made.
  const std::size_t verb = is_one_of(lower_at(words, i + 1), {"would", "could", "might"}) &&
                                   lower_at(words, i + 2) == "have" &&
                                   lower_at(words, i + 3) == "been"
                               ? i + 3
                               : i + 1;
  const bool reaction_named =
      lower_at(words, verb + 1) == "the" &&
      is_one_of(lower_at(words, verb + 2), {"first", "easy", "easiest", "obvious", "usual",
                                            "default", "natural", "wrong", "instinctive"});
  if (words[i].lower == "blame" && words[i].starts_sentence &&
      is_one_of(lower_at(words, verb),
                {"is", "was", "been", "feels", "felt", "tends", "comes", "came"}) &&
      (reaction_named ||
       is_one_of(lower_at(words, verb + 1),
                 {"a", "an", "natural", "easy", "tempting", "human", "understandable", "common",
                  "normal", "useless", "cheap", "seductive", "never", "rarely"}))) {
    // Not "Blame is easy to place: squarely on the intern".
    bool placed = false;
    for (std::size_t k = verb + 2;
         k < words.size() && (in_sentence(words, k) || words[k].mark == ':'); ++k)
      placed = placed || is_one_of(words[k].lower, {"on", "with", "squarely"});
    if (!placed) return std::nullopt;
  }
  // "The error message blamed a network timeout", "the tool blames the wrong component": a
  // thing laying the cause on a thing, with no person in the sentence.
  if (is_one_of(words[i].lower, {"blamed", "blames"}) && !person_before_in_sentence(words, i, 20) &&
      (!in_sentence(words, i + 1) ||
       (classify(words, i + 1).agent == Agent::None &&
        !is_one_of(words[i + 1].lower,
                   {"her", "himself", "herself", "themselves", "myself", "ourselves"}))))
    return std::nullopt;
  // "The cron job is to blame for the spike": a thing.
  if (lower_before(words, i, 1) == "to" && i >= 2 && !words[i - 1].starts_sentence &&
      thing_before_be(words, i - 2))
    return std::nullopt;
  // "The blame for the slow recovery lies with our backup design": laid on a thing.
  for (std::size_t k = i + 1; k + 1 <= i + 8 && in_sentence(words, k + 1); ++k) {
    // "The blame does not sit with one person; it sits with the release process" (not "Blame
    // doesn't lie with the tooling but with Kevin").
    if (is_one_of(words[k].lower, {"lie", "sit", "rest"}) && words[k + 1].lower == "with" &&
        negated(words, k)) {
      bool but = false;
      for (std::size_t j = k + 2; j <= k + 10 && in_sentence(words, j); ++j)
        but = but || words[j].lower == "but";
      if (!but) return std::nullopt;
    }
    if (is_one_of(words[k].lower, {"lies", "lay", "rests", "rested", "sits", "sat"}) &&
        words[k + 1].lower == "with") {
      bool person = false;
      for (std::size_t j = k + 2; j <= k + 5 && in_sentence(words, j); ++j)
        person = person || classify(words, j).agent != Agent::None;
      if (!person) return std::nullopt;
      break;
    }
  }
  // "Blame would not have helped us", "Blaming never fixes anything": blame as the topic, denied
  // (but not "Blame doesn't lie with the tooling but with Kevin").
  if (words[i].starts_sentence) {
    bool denied = false, but = false;
    for (std::size_t k = i + 1; k <= i + 12 && in_sentence(words, k); ++k) {
      if (k <= i + 3 && contains(kNegations, words[k].lower)) denied = true;
      if (words[k].lower == "but") but = true;
    }
    if (denied && !but) return std::nullopt;
  }
  // "Blaming someone is very different from holding them accountable": the act as a topic.
  if (words[i].lower == "blaming" &&
      (words[i].starts_sentence ||
       is_one_of(lower_before(words, i, 1), {"from", "than", "about", "of", "like", "against"})))
    return std::nullopt;
  // "we are not here to assign blame".
  if (i > 0 &&
      is_one_of(words[i - 1].lower, {"assign", "assigning", "apportion", "apportioning", "place",
                                     "placing", "about", "any"}) &&
      negated(words, i - 1))
    return std::nullopt;
  return Match{i, i, Kind::Fault};
}

std::optional<Match> fault(const Words& words, std::size_t i) {
  if (!is_one_of(words[i].lower, {"fault", "faults"})) return std::nullopt;
  // "A few people asked whether this was Kwame's fault": the question, reported.
  for (std::size_t back = 1; back <= 6 && back <= i; ++back) {
    if (words[i - back + 1].starts_sentence) break;
    if (words[i - back].lower == "whether") return std::nullopt;
  }
  const std::string& next = lower_at(words, i + 1);
  // "fault tolerance", "the cluster's fault domains": the engineering term.
  if (contains(kFaultCompounds, next) || who_question_set_aside(words, i)) return std::nullopt;
  if (next == "of" && !negated(words, i)) return Match{i, i + 1, Kind::Fault};
  if (i == 0) return std::nullopt;
  const std::string& prev = words[i - 1].lower;
  // "No single person was at fault": the denial stands further back than a possessive's; "Our
  // alerting was at fault" lays it on a thing.
  if (prev == "at" && !denied_within_five(words, i - 1) &&
      !(i >= 2 && !words[i - 1].starts_sentence && thing_before_be(words, i - 2)))
    return Match{i - 1, i, Kind::Fault};
  // "It's nobody's fault", "no one's fault": denied by its owner.
  const bool no_ones = is_one_of(prev, {"nobody's", "noone's", "nobodys"}) ||
                       (prev == "one's" && i >= 2 && words[i - 2].lower == "no");
  if (is_owner_word(prev) && !no_ones && !negated(words, i - 1))
    return Match{i - 1, i, Kind::Fault};
  // "Audience members sharing passwords blew through the limit, not our fault": the fault
  // denied for the writer's side is laid on the others.
  // Not when the denial spares everyone or shares the cause ("not our fault, nor anyone's",
  // "not our fault alone", "not our fault as individuals").
  if (is_one_of(prev, {"our", "my"}) && negated(words, i - 1) &&
      !is_one_of(lower_at(words, i + 1), {"alone", "nor", "as", "either", "or", "that"}))
    return Match{i - 1, i, Kind::Fault};
  // "The developer has admitted fault".
  if (is_one_of(prev, {"admitted", "admits", "accepted", "accepts", "conceded"}) &&
      !negated(words, i - 1))
    return Match{i - 1, i, Kind::Fault};
  return std::nullopt;
}

std::optional<Match> mistake(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  const bool is_mistake = is_one_of(w, {"mistake", "mistakes", "oversight", "oversights"});
  if (!is_mistake && !is_one_of(w, {"error", "errors", "lapse", "lapses", "slip", "slips"}))
    return std::nullopt;
  const std::string& next = lower_at(words, i + 1);
  // "There was no mistake by the pharmacist": denied.
  if (is_mistake && next == "by" && !negated(words, i)) return Match{i, i + 1, Kind::Fault};
  // "The mistake is from the operator side" (as some write it).
  if (is_one_of(next, {"is", "was"}) && lower_at(words, i + 2) == "from" &&
      in_sentence(words, i + 3) && !negated(words, i)) {
    std::size_t k = i + 3;
    if (is_determiner(words[k].lower) && in_sentence(words, k + 1)) ++k;
    if (classify(words, k).agent == Agent::Person) return Match{i, k, Kind::Fault};
  }
  // "Mistake of developer", "the error of the operator" (as some write it).
  if (next == "of" && in_sentence(words, i + 2) && !negated(words, i))
    if (const auto person = person_phrase_at(words, i + 2))
      if (classify(words, *person).agent == Agent::Person) return Match{i, *person, Kind::Fault};
  // "a lapse by our on-call staff", "a slip by the operator".
  if (is_one_of(w, {"lapse", "lapses", "slip", "slips"}) && next == "by" &&
      in_sentence(words, i + 2))
    if (const auto person = person_phrase_at(words, i + 2)) return Match{i, *person, Kind::Fault};
  // "an error by the operator", "an error on the part of the DBA".
  if (!is_mistake && next == "by" && in_sentence(words, i + 2))
    if (const auto person = person_phrase_at(words, i + 2)) return Match{i, *person, Kind::Fault};
  if (next == "on" && lower_at(words, i + 2) == "the" && lower_at(words, i + 3) == "part" &&
      lower_at(words, i + 4) == "of" && in_sentence(words, i + 5))
    if (const auto person = person_phrase_at(words, i + 5)) return Match{i, *person, Kind::Fault};
  if (is_mistake && next == "made" && lower_at(words, i + 2) == "by")
    return Match{i, i + 2, Kind::Fault};
  // "Mistakes were made by the release crew", "the error was made by a contractor".
  if (is_one_of(next, {"was", "were"}) && lower_at(words, i + 2) == "made" &&
      lower_at(words, i + 3) == "by" && in_sentence(words, i + 4))
    if (const auto person = person_phrase_at(words, i + 4)) return Match{i, *person, Kind::Fault};
  if (i == 0 || words[i].starts_sentence || framing_denied(words, i)) return std::nullopt;
  const std::string& prev = words[i - 1].lower;
  if (contains(kMistakeJudgements, prev)) return Match{i - 1, i, Kind::Fault};
  // "Frank's mistake"; for errors only a person's ("the cluster's error rate" is a measure).
  const bool owned = is_mistake ? is_owner_word(prev)
                                : (is_named_owner(words, i - 1) || is_one_of(prev, {"his", "her"}));
  // "a monitoring gap, not anyone's oversight", "not Tom's mistake": denied.
  if (owned && !(in_sentence(words, i + 1) && contains(kErrorCompounds, next)) &&
      !negated(words, i - 1) && !is_one_of(prev, {"anyone's", "anybody's"}))
    return Match{i - 1, i, Kind::Fault};
  return std::nullopt;
}

std::optional<Match> responsibility(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  // "Bob is responsible for the outage", "the developer responsible for this outage".
  // "Management wants to know who is accountable for this disaster".
  if (is_one_of(w, {"responsible", "accountable"}) && lower_at(words, i + 1) == "for" &&
      in_sentence(words, i + 2)) {
    std::size_t event = i + 2;
    // "the outage", "the data loss", "this data loss".
    for (int lead = 0;
         lead < 2 && in_sentence(words, event + 1) &&
         is_one_of(words[event].lower, {"the", "this", "that", "our", "today's", "data"});
         ++lead)
      ++event;
    const bool damaged = contains(kDamaged, words[event].lower) && in_sentence(words, event + 1);
    if (damaged) ++event;
    if (!damaged && !contains(kBadEvents, words[event].lower)) return std::nullopt;
    if (in_sentence(words, event + 1) && contains(kDutyCompounds, words[event + 1].lower))
      return std::nullopt;
    std::size_t who = i;
    if (who > 0 && !words[who].starts_sentence &&
        is_one_of(words[who - 1].lower, {"is", "was", "are", "were", "solely", "directly"}))
      --who;
    // "were largely responsible", "are partly responsible": the share said before the word.
    if (who == i && who > 1 && !words[who].starts_sentence &&
        is_one_of(words[who - 1].lower, {"largely", "partly", "partially", "mainly", "mostly",
                                         "primarily", "fully", "entirely"}) &&
        is_one_of(words[who - 2].lower, {"is", "was", "are", "were"}))
      who -= 2;
    // "The operator should be held responsible for the data loss".
    if (who > 1 && !words[who].starts_sentence && words[who - 1].lower == "held")
      if (const auto subject = subject_over_modals(words, who - 1)) who = *subject + 1;
    if (who == 0 || words[who].starts_sentence || negated(words, i)) return std::nullopt;
    const Subject subject = classify(words, who - 1);
    // "who is accountable" asks for a person unless "who" relates to one named before it.
    const bool asks_who =
        words[who - 1].lower == "who" && (who - 1 == 0 || words[who - 1].starts_sentence ||
                                          classify(words, who - 2).agent == Agent::None);
    if (subject.agent == Agent::None ||
        (!asks_who && is_one_of(words[who - 1].lower, {"nobody", "none", "who", "one"})))
      return std::nullopt;
    return Match{subject.first, event, Kind::Responsibility};
  }
  // "Elena needs to take responsibility for the outage", "Bob should accept the blame".
  if (is_one_of(w, {"responsibility", "ownership", "blame"}) && i > 0 &&
      !words[i].starts_sentence &&
      is_one_of(words[i - 1].lower, {"take", "takes", "took", "accept", "accepts", "accepted"}) &&
      (w == "blame" || (lower_at(words, i + 1) == "for" && in_sentence(words, i + 2)))) {
    std::size_t event = w == "blame" ? i : i + 2;
    if (w != "blame") {
      if (is_determiner(words[event].lower) && in_sentence(words, event + 1)) ++event;
      if (!contains(kBadEvents, words[event].lower)) return std::nullopt;
    }
    const auto subject = subject_over_modals(words, i - 1);
    if (!subject || classify(words, *subject).agent != Agent::Person || negated(words, i - 1))
      return std::nullopt;
    return Match{classify(words, *subject).first, event, Kind::Responsibility};
  }
  // "Priya owns this failure", "the team owns the outage".
  if (is_one_of(w, {"owns", "own", "owned", "bears", "bear", "bore"}) &&
      in_sentence(words, i + 1)) {
    std::size_t event = i + 1;
    if (is_one_of(words[event].lower, {"the", "this", "that", "today's"}) &&
        in_sentence(words, event + 1))
      ++event;
    if (!contains(kBadEvents, words[event].lower) ||
        (in_sentence(words, event + 1) && contains(kDutyCompounds, words[event + 1].lower)))
      return std::nullopt;
    const auto subject = subject_before(words, i);
    if (!subject || classify(words, *subject).agent != Agent::Person || negated(words, i))
      return std::nullopt;
    return Match{classify(words, *subject).first, event, Kind::Responsibility};
  }
  // "The fault lies squarely with the deploy engineer", "Responsibility rests with Ops", "The
  // fault here is entirely with the platform team".
  // "Responsibility for the loss of data lies squarely with the backup administrator": the
  // noun may carry what it is for.
  const bool here = i > 1 && lower_before(words, i, 1) == "here" && !words[i - 1].starts_sentence;
  // What it is for must be a bad outcome: "Responsibility for the runbook lies with the platform
  // team" assigns work.
  std::optional<std::size_t> noun;
  if (i > 0 && !words[i].starts_sentence) noun = i - (here ? 2 : 1);
  for (std::size_t k = i; noun && k-- > 1 && k + 7 > i && !words[k].starts_sentence;)
    if (words[k].lower == "for") {
      noun = k - 1;
      bool bad = false;
      for (std::size_t j = k + 1; j < i; ++j)
        bad = bad || is_bad_event(words[j].lower) ||
              is_one_of(words[j].lower, {"this", "it", "lost", "broken", "failed", "leaked",
                                         "deleted", "corrupted", "delayed", "missed"});
      if (!bad) noun.reset();
    }
  if (is_one_of(w,
                {"lies", "lay", "rests", "rested", "sits", "sat", "falls", "fell", "is", "was"}) &&
      noun &&
      is_one_of(words[*noun].lower,
                {"fault", "responsibility", "accountability", "blame", "failure"})) {
    std::size_t with = i + 1;
    if (in_sentence(words, with) &&
        (is_manner_adverb(words[with].lower) ||
         is_one_of(words[with].lower, {"squarely", "entirely", "solely", "firmly", "fully"})))
      ++with;
    if (!in_sentence(words, with) || !is_one_of(words[with].lower, {"with", "on"}))
      return std::nullopt;
    const auto person = person_phrase_at(words, with + 1);
    if (!person || !in_sentence(words, with + 1) || negated(words, *noun)) return std::nullopt;
    return Match{*noun, *person, Kind::Responsibility};
  }
  // "The engineer responsible has been spoken to", "we found the developer responsible": one
  // person singled out as the one responsible, in a sentence that seeks or sanctions them.
  // "The alert paged the engineer responsible" and "each action names the engineer responsible"
  // only say who looks after something; a team, an owner, "everyone" single out no one.
  if (w == "responsible" && i >= 1 && !words[i].starts_sentence && is_role(words[i - 1].lower) &&
      !is_one_of(words[i - 1].lower, {"team", "teams", "crew", "crews", "staff", "owner", "owners",
                                      "someone", "somebody", "everyone", "everybody", "person",
                                      "anyone", "anybody", "nobody", "members", "folks"}) &&
      !(in_sentence(words, i + 1) &&
        is_one_of(words[i + 1].lower, {"for", "to", "of", "with", "in", "on", "at"})) &&
      !any_before(words, i, 4, kNegations)) {
    for (std::size_t k = i; k > 0 && k + 5 > i && !words[k].starts_sentence; --k)
      if (contains(kSinglingOut, words[k - 1].lower)) return Match{i - 1, i, Kind::Responsibility};
    for (std::size_t k = i + 1; k <= i + 5 && in_sentence(words, k); ++k)
      if (contains(kSanctionedAs, words[k].lower)) return Match{i - 1, i, Kind::Responsibility};
  }
  // "This failure is entirely Megan's responsibility": a bad outcome as a person's own.
  if (is_one_of(w, {"responsibility", "fault", "doing"}) && i >= 3 && !words[i].starts_sentence &&
      (is_named_owner(words, i - 1) || is_one_of(words[i - 1].lower, {"his", "her", "their"}))) {
    for (std::size_t back = 2; back <= 4 && back <= i; ++back) {
      if (words[i - back + 1].starts_sentence) break;
      if (!is_one_of(words[i - back].lower, {"is", "was", "were", "are"})) continue;
      const auto subject = subject_before(words, i - back);
      if (subject && contains(kBadEvents, words[*subject].lower) && !negated(words, i - 1))
        return Match{*subject, i, Kind::Responsibility};
      break;
    }
  }
  // "This one is on Dave", "That's on the DBA".
  // "This incident is squarely on the mobile team": over one adverb.
  if (w == "on" && i >= 1 && !words[i].starts_sentence) {
    std::size_t be = i - 1;
    if (is_manner_adverb(words[be].lower) && be >= 2 && !words[be].starts_sentence) --be;
    const std::string& prev = words[be].lower;
    const bool this_is = prev == "is" && !words[be].starts_sentence &&
                         (is_one_of(words[be - 1].lower, {"one", "this", "that", "it"}) ||
                          (contains(kBadEvents, words[be - 1].lower) &&
                           is_one_of(lower_before(words, be, 2), {"this", "that", "the"})));
    if (!this_is && !is_one_of(prev, {"that's", "it's", "this's"})) return std::nullopt;
    const auto person = person_phrase_at(words, i + 1);
    if (!person) return std::nullopt;
    // "It's on the reviewer for approving it".
    const bool for_act =
        lower_at(words, *person + 1) == "for" && ends_with(lower_at(words, *person + 2), "ing");
    if (in_sentence(words, *person + 1) && words[*person + 1].mark != ',' && !for_act &&
        !is_one_of(words[*person + 1].lower, {"and", "not", "but", "because", "alone"}))
      return std::nullopt;
    return Match{this_is ? be - 1 : be, *person, Kind::Responsibility};
  }
  return std::nullopt;
}

}  // namespace hindsight::core
