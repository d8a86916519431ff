// A person and a judging predicate in one clause: the structure most blameful sentences share,
// whatever their wording ("Oliver was asleep on the job", "The SRE on shift was too slow to
// react", "Those guys in ops never listen", "The night shift didn't do their job"). The subject is
// a person (a name, a handle, a role, he/she/they/you, a person opening the sentence with a
// phrase of no verb); the predicate is one of three classes:
//   - a judged state: a be-form with a failing ("asleep", "too slow", "distracted"), a lacking
//     ("not competent enough") quality, a verdict ("is a liability", "out of his depth") or a
//     pastime instead of the work ("was watching a film", "too busy gaming");
//   - a failing act only people are said to do: "slept through", "panicked", "blew away",
//     "misread", "let the disk fill up", "made it worse", "has no idea", "can't be trusted",
//     "skimmed", "hid", "wasted an hour", "incorrectly executed", "lost focus", "failed us",
//     "chose speed over safety", "has no business touching";
//   - a duty left undone: a negated step people are expected to take ("never reads", "didn't even
//     look", "wasn't watching", "didn't do her job", "didn't run the tests", "did not make the
//     checking").
// Contract: the predicate must follow the person over a verb group only (auxiliaries, modals,
// negations, adverbs), so "the alert the on-call did not see fired" and "the dashboard the DBA
// watched was slow" pass; "we" and "I" describe the writer's own team and are not judged here;
// a duty left undone is not blame when the clause explains it ("did not check because the
// dashboard showed green"), states a policy ("if the on-call does not acknowledge") or an
// inability ("could not check").
#include "core/lint/lint_blameless_rules.hpp"

namespace hindsight::core {
namespace {

// The words of a verb group between a subject and its predicate: "was simply not", "has never".
const WordSet kVerbGroup{
    "was were is are be been being has have had did does do will would could should must might "
    "may can cannot can't couldn't wouldn't shouldn't didn't didnt doesn't doesnt don't dont "
    "wasn't wasnt weren't werent isn't aren't hasn't haven't hadn't won't not never just simply "
    "clearly obviously really even still again also completely totally apparently basically "
    "actually honestly frankly once always repeatedly ever seemed seems seem looked looks got gets "
    "became become so too very quite pretty keeps keep kept half far deeply rather somewhat "
    "totally utterly"};

// States a person is judged to have been in: "was asleep", "was distracted", "was too slow".
const WordSet kFailingStates{
    "asleep distracted unprepared unqualified unfit lax naive hasty impatient unresponsive "
    "unreliable useless hopeless clumsy sloppy careless negligent lazy reckless incompetent "
    "clueless complacent inattentive irresponsible overconfident arrogant ignorant cavalier "
    "slow slack unhelpful rude dismissive lazy gullible stubborn"};

// What a person is judged to be: "was the weak link", "is culpable", "should be ashamed".
const WordSet kPersonVerdicts{
    "culpable guilty ashamed unfit incapable culprit culprits offender offenders liability "
    "menace moron idiot clown amateur"};

// Failings a person is said to own: "the operator's failure to follow", "the engineer's
// inexperience", "the negligence of the night operator".
const WordSet kDeficiencies{
    "failure refusal inability inexperience ignorance neglect negligence laziness incompetence "
    "carelessness sloppiness recklessness complacency misjudgement misjudgment arrogance "
    "indifference apathy"};

// Qualities a person is judged to lack: "not competent enough", "wasn't careful".
const WordSet kLackedQualities{
    "competent careful diligent thorough attentive qualified experienced skilled capable "
    "vigilant cautious alert responsible professional fast quick good smart"};

// Qualities whose plain denial judges a person: "was not careful" (but "was not responsible for
// the change" clears them, and "not experienced with Kafka" names a gap in training).
const WordSet kCarelessWhenDenied{
    "careful diligent thorough attentive competent capable vigilant cautious professional"};

// "too slow to react", "too lazy to": what "too" judges in a person.
const WordSet kTooJudged{
    "slow lazy careless quick hasty eager confident impatient casual proud stubborn arrogant "
    "nervous scared timid"};

// What a person is said to have been doing instead of the work: "was chatting", "too busy
// gaming to notice".
const WordSet kDistractions{
    "chatting gossiping partying drinking gaming napping slacking socialising socializing "
    "goofing"};

// What a person is said to have been watching instead of the dashboards: "watching a film".
const WordSet kPastimes{"film films movie movies netflix tv television youtube football tiktok"};

// Where a person is said to have gone instead of staying with the work: "went to the pub".
const WordSet kOutings{"pub bar party beach"};

// Adverbs that judge how a person acted: "incorrectly executed", "mistakenly shut down".
const WordSet kWrongly{"incorrectly wrongly improperly mistakenly erroneously hastily"};

// What a person is said to have lost: "lost focus", "lost track of the rollout".
const WordSet kLostFaculties{"focus track concentration patience interest nerve"};

// Whom a person is said to have failed or let down: "failed us", "failed the customers".
const WordSet kFailedParties{
    "us me everyone everybody team company customers users business department organisation "
    "organization"};

// What a person is said to have put speed ahead of: "chose speed over safety".
const WordSet kSacrificed{
    "safety quality process correctness stability reliability caution testing security review"};

// What the tests a person is said not to have run are called: "didn't run the test suite".
const WordSet kTestRuns{"test tests suite linter lint checks ci pipeline"};

// Steps people are expected to take, as base forms: "never reads", "didn't even look", "wasn't
// watching", "did not bother".
const WordSet kDuties{
    "check double-check test look read follow escalate notify tell ask warn wait listen care "
    "think review verify validate watch communicate coordinate update document monitor confirm "
    "investigate respond act answer consult try plan pay bother prepare heed report notice "
    "inform mention acknowledge"};

// Words between a negation and the step it denies: "didn't even look", "never bothered to".
const WordSet kDutyLead{"even bother bothered to really actually always ever properly once"};

// "doesn't take ownership", "never takes care": what "take" leaves undone.
const WordSet kTakes{"take"};

// What "do" leaves undone when it judges: "didn't do her job", "did not do their homework".
const WordSet kOwnWork{"job jobs homework work diligence part"};

// Verbs of damage that, said of a person, make them the cause: "overwrote the schema".
const WordSet kDamageVerbs{
    "overwrote overwritten nuked trashed clobbered destroyed blew goofed fumbled flubbed "
    "panicked butchered"};

// Acts of disregard or overreach said of a person: "flouted the rule", "brushed aside the
// warnings", "went rogue", "sat on the alert", "dithered".
const WordSet kDisregards{
    "flouted flouts disobeyed defied overstepped overrode dithered rubber-stamped rubberstamped "
    "waffled stalled"};

// Misreadings said of a person: "misread the gauge", "misjudged the load".
const WordSet kMisVerbs{
    "misread misjudged mistyped misinterpreted misunderstood mismanaged misused miscalculated "
    "mislabeled mislabelled misconfigured misidentified"};

// What "found a way to" does when it mocks: "found a way to break production".
const WordSet kDamageBases{"break crash delete wipe kill nuke corrupt drop bring take"};

// What a person is said to have acted outside of or against: "outside of policy".
const WordSet kRulesGoneAgainst{
    "policy policies procedure procedures process guidelines authority remit advice scope "
    "instructions orders rules"};

// What "let" lets happen when it blames: "let the disk fill up", "let a regression through".
const WordSet kLetOutcomes{
    "through fill slip slide rot lapse expire expired lapsed pile drift die run down grow"};

// What a person is said to keep doing: "keeps breaking the build".
const WordSet kHabits{
    "breaking ignoring missing forgetting skipping messing screwing bypassing dropping sleeping "
    "snoozing"};

// "as expected at 4am", "as the runbook instructed": an "as" that explains.
const WordSet kAsIntended{
    "expected designed planned documented instructed required allowed intended agreed usual"};

// States a sentence can go on to explain: "was asleep when the page arrived, as expected at 4am".
const WordSet kExplainableStates{"asleep distracted unresponsive"};

// Failing acts a sentence can go on to explain: "skimmed the diff, as the change was huge".
const WordSet kExplainable{
    "skimmed skims told informed warned notified wasted lost froze walked went misread misjudged "
    "mistyped misinterpreted misunderstood refused refuses did sat sits sitting stood gave "
    "deviated"};

// Clauses that explain an undone step or make it a policy rather than a lapse.
const WordSet kExplanations{"because since until due as"};
const WordSet kConditions{"if unless when whenever once until whether so"};

// Forms a base verb takes: "reads", "looked", "watching", "bothered", "notices".
bool has_base_in(std::string_view w, const WordSet& bases) {
  if (bases.has(w)) return true;
  auto stem_in = [&](std::size_t cut, std::string_view add) {
    if (w.size() <= cut + 1) return false;
    std::string stem(w.substr(0, w.size() - cut));
    stem += add;
    return bases.has(stem);
  };
  if (ends_with(w, "ing")) return stem_in(3, "") || stem_in(3, "e") || stem_in(4, "");
  if (ends_with(w, "ied")) return stem_in(3, "y");
  if (ends_with(w, "ed")) return stem_in(2, "") || stem_in(1, "") || stem_in(3, "");
  if (ends_with(w, "es")) return stem_in(2, "") || stem_in(1, "");
  if (ends_with(w, "s")) return stem_in(1, "");
  return false;
}

// The person whose verb group ends just before `at`: its first word. Back over the verb group,
// then the subject: a person, "they"/"you", "the person responsible", or a person opening the
// sentence with a phrase of no verb ("The SRE on shift", "Someone on the payments team").
std::optional<std::size_t> person_before(const Words& words, std::size_t at) {
  std::size_t j = at;
  for (int skipped = 0; skipped < 6; ++skipped) {
    if (j == 0 || words[j].starts_sentence) return std::nullopt;
    const std::string& w = words[j - 1].lower;
    if (!kVerbGroup.has(w) && !is_manner_adverb(w)) break;
    --j;
  }
  if (j == 0 || words[j].starts_sentence) return std::nullopt;
  // "Ops, as usual, didn't answer": over an aside set off by commas.
  if (words[j].mark == ',')
    for (std::size_t k = j - 1; k > 0 && j - k <= 5 && !words[k].starts_sentence; --k)
      if (words[k].mark == ',') {
        if (classify(words, k - 1).agent == Agent::Person) j = k;
        break;
      }
  const std::size_t s = j - 1;
  // "The SRE on shift": the person before the phrase, not the role inside it.
  if (s > 0 && !words[s].starts_sentence &&
      is_one_of(words[s - 1].lower, {"on", "in", "at", "from", "of", "behind", "with"}))
    if (const auto person = postmodified_subject(words, s)) return person;
  const Subject subject = classify(words, s);
  if (subject.agent == Agent::Person && words[s].lower != "who") return subject.first;
  if (is_one_of(words[s].lower, {"they", "you", "u", "y'all", "yall"})) return s;
  // "The person responsible", "the engineers involved".
  if (is_one_of(words[s].lower, {"responsible", "involved", "concerned"}) && s > 0 &&
      !words[s].starts_sentence && classify(words, s - 1).agent == Agent::Person)
    return classify(words, s - 1).first;
  // "The developer was warned and went ahead anyway": the subject of the first of two
  // coordinated verbs, when nothing but that verb phrase lies between.
  if (is_one_of(words[s].lower, {"and", "then"}) && words[s].mark != ',')
    for (std::size_t k = s; k > 0 && s - k < 6 && !words[k].starts_sentence; --k)
      if (reads_as_finite_verb(words[k - 1].lower) && k >= 2 && !words[k - 1].starts_sentence) {
        const auto first = person_before(words, k - 1);
        if (first) return first;
      }
  // "whoever is on call tonight isn't looking": the clause a "whoever" opens is the subject.
  for (std::size_t k = s; k + 8 > s; --k) {
    if (words[k].lower == "whoever") return k;
    if (k == 0 || words[k].starts_sentence) break;
  }
  if (subject.agent == Agent::None) return postmodified_subject(words, s);
  return std::nullopt;
}

}  // namespace

bool explained_or_conditional(const Words& words, std::size_t person, std::size_t end) {
  for (std::size_t back = 1; back <= 6 && back <= person; ++back) {
    if (words[person - back + 1].starts_sentence) break;
    if (kConditions.has(words[person - back].lower)) return true;
  }
  // "Because the dashboard showed green, the operator did not check": an explanation that ends,
  // at a comma, before the person (in "Because Bob didn't check, ..." Bob is inside it).
  bool comma = false;
  for (std::size_t back = 0; back <= 14 && back <= person; ++back) {
    const std::size_t k = person - back;
    if (back > 0 && is_one_of(words[k].lower, {"because", "since"}) && comma) return true;
    if (words[k].mark == ',') comma = true;
    if (words[k].starts_sentence) break;
  }
  return explained_after(words, end);
}

bool explained_after(const Words& words, std::size_t end) {
  for (std::size_t k = end + 1; k <= end + 12 && in_sentence(words, k); ++k) {
    if (!kExplanations.has(words[k].lower)) continue;
    // "as the dashboard showed green" explains; "as quickly as", "such as" compare.
    if (words[k].lower == "as" &&
        !is_one_of(lower_at(words, k + 1),
                   {"the", "it", "its", "there", "no", "our", "their", "a"}) &&
        !kAsIntended.has(lower_at(words, k + 1)))
      continue;
    // "because nobody was watching him", "because they didn't care": another person to blame.
    return !in_sentence(words, k + 1) || classify(words, k + 1).agent == Agent::None ||
           words[k + 1].lower == "we";
  }
  return false;
}

namespace {

// "was asleep", "was too slow to react", "were not competent enough", "seemed distracted".
std::optional<Match> judged_state(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  if (i == 0 || words[i].starts_sentence) return std::nullopt;
  const std::string& prev = words[i - 1].lower;
  // "The operators were not careless": a failing denied outright is no judgement.
  bool judged = kFailingStates.has(w) && (w != "slow" || prev == "too") &&
                (!is_one_of(prev, {"not", "never", "wasn't", "weren't", "isn't", "aren't"}) ||
                 lower_before(words, i, 2) == "if");  // "nothing if not careless"
  if (prev == "too" && kTooJudged.has(w)) judged = true;
  // "not competent enough", "wasn't careful enough": a quality found wanting.
  if (kLackedQualities.has(w) && lower_at(words, i + 1) == "enough" && in_sentence(words, i + 1))
    for (std::size_t back = 1; back <= 3 && back <= i; ++back)
      if (is_one_of(words[i - back].lower,
                    {"not", "wasn't", "weren't", "isn't", "aren't", "never"}))
        judged = true;
  // "was not careful", "is not careful person" (as some write it).
  if (kCarelessWhenDenied.has(w) &&
      is_one_of(prev, {"not", "wasn't", "weren't", "isn't", "aren't"}))
    judged = true;
  // "was the weak link", "is culpable", "should be ashamed", "is not fit to hold the pager", "was
  // not up to the task".
  if (kPersonVerdicts.has(w) || (w == "link" && is_one_of(prev, {"weak", "weakest"})))
    judged = true;
  // "thinks he is above the process".
  if (w == "above" && in_sentence(words, i + 1) &&
      (kRulesGoneAgainst.has(lower_at(words, i + 1)) ||
       (is_one_of(lower_at(words, i + 1), {"the", "our"}) &&
        (kRulesGoneAgainst.has(lower_at(words, i + 2)) || lower_at(words, i + 2) == "law"))))
    judged = true;
  // "was out of his depth", "was chatting", "too busy gaming to notice", "was watching a film".
  if (w == "depth" && is_one_of(prev, {"his", "her", "their", "your", "my"}) &&
      lower_before(words, i, 2) == "of" && lower_before(words, i, 3) == "out")
    judged = true;
  // "was chatting", "too busy chatting to notice" (but "was chatting with the vendor" is work).
  if (kDistractions.has(w) &&
      (prev == "busy" || !(in_sentence(words, i + 1) &&
                           is_one_of(lower_at(words, i + 1), {"with", "to", "in", "on", "about"}))))
    judged = true;
  if (kPastimes.has(w))
    for (std::size_t back = 1; back <= 3 && back <= i; ++back)
      if (is_one_of(words[i - back].lower, {"watching", "streaming", "playing"})) judged = true;
  if (w == "fit" && is_one_of(prev, {"not", "unfit"}) && lower_at(words, i + 1) == "to")
    judged = true;
  if (w == "up" && prev == "not" && lower_at(words, i + 1) == "to" &&
      is_one_of(lower_at(words, i + 2), {"the", "it", "this"}) &&
      is_one_of(lower_at(words, i + 3), {"task", "job", "it", "standard"}))
    judged = true;
  if (!judged) return std::nullopt;
  // The quality must be said of the subject through a be-form or a verb of seeming.
  // "too busy gaming": the distraction is said of the person through "busy".
  std::size_t linked = 0;
  for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
    if (words[i - back + 1].starts_sentence) break;
    const std::string& v = words[i - back].lower;
    if (is_one_of(v, {"was", "were", "is", "are", "be", "been", "being", "seemed", "seems",
                      "looked", "got", "became", "wasn't", "weren't", "isn't", "aren't"})) {
      linked = i - back + 1;
      break;
    }
  }
  if (linked == 0) return std::nullopt;
  // "is a liability", "was the weak link": the verdict names the person through an article.
  const auto person = person_before(words, linked);
  if (!person) return std::nullopt;
  // "no one was careless", "not because anyone was lazy": denied, not said.
  if ((*person > 0 && negated(words, *person)) ||
      is_one_of(words[*person].lower, {"nobody", "no", "none"}))
    return std::nullopt;
  if (kExplainableStates.has(w) && explained_after(words, i)) return std::nullopt;
  // "was distracted by a second incident": the work that took the attention, not the person.
  if (w == "distracted" && lower_at(words, i + 1) == "by" && in_sentence(words, i + 2) &&
      !person_words_at(words, i + 2) &&
      !is_one_of(lower_at(words, i + 2), {"his", "her", "their", "personal"}))
    return std::nullopt;
  return Match{*person, i, Kind::Judgement};
}

// The last word of a failing act at verb `i`, if the verb starts one.
std::optional<std::size_t> failing_act_end(const Words& words, std::size_t i) {
  const std::string& v = words[i].lower;
  const std::string& next = lower_at(words, i + 1);
  const bool has_next = in_sentence(words, i + 1);
  if (is_one_of(v, {"slept", "sleeps", "sleeping"}) && has_next && next == "through") return i + 1;
  if (v == "fell" && has_next && next == "asleep") return i + 1;
  if (is_one_of(v, {"screwed", "messed", "screws", "messes", "screwing", "messing"}) && has_next &&
      (next == "up" || (next == "the" && lower_at(words, i + 2) == "pooch")))
    return next == "up" ? i + 1 : i + 2;
  if (v == "blew" && has_next && is_one_of(next, {"away", "up", "it"})) return i + 1;
  if (kDamageVerbs.has(v) && v != "blew") return i;
  if (kMisVerbs.has(v)) return i;
  if (kDisregards.has(v) && (v != "stalled" || !has_next)) return i;
  if (is_one_of(v, {"brushed", "waved", "shrugged", "laughed"}) && has_next &&
      is_one_of(next, {"aside", "off", "away"}))
    return i + 1;
  if (is_one_of(v, {"went", "going", "goes", "go"}) && has_next && next == "rogue") return i + 1;
  // "refused to escalate", "sat there and did nothing", "was supposed to know better".
  if (is_one_of(v, {"refused", "refuses"}) && next == "to" && in_sentence(words, i + 2))
    return i + 2;
  if (v == "did" && next == "nothing") return i + 1;
  if (is_one_of(v, {"sat", "stood"}) && next == "there") return i + 1;
  if (is_one_of(v, {"know", "knew", "knows"}) && next == "better" && in_sentence(words, i + 1))
    return i + 1;
  // "sat on the alert", "sat on three PagerDuty pages", "sits on customer reports"; not "sat on
  // the incident bridge", "sits on the incident rotation".
  if (is_one_of(v, {"sat", "sits", "sitting"}) && next == "on" && in_sentence(words, i + 2)) {
    for (std::size_t what = i + 2; what <= i + 4 && in_sentence(words, what); ++what)
      if (is_one_of(words[what].lower,
                    {"alert", "alerts", "page", "pages", "ticket", "tickets", "warning", "warnings",
                     "escalation", "incident", "bug", "bugs", "issue", "issues", "report",
                     "reports"})) {
        if (is_one_of(lower_at(words, what + 1), {"bridge", "call", "channel", "rotation", "room"}))
          return std::nullopt;
        return what;
      }
  }
  // "acted in direct violation of the policy", "failed in their duty".
  if (is_one_of(v, {"acted", "was", "were"}) && next == "in") {
    for (std::size_t k = i + 2; k <= i + 3 && in_sentence(words, k); ++k)
      if (is_one_of(words[k].lower, {"violation", "breach", "defiance", "contravention"})) return k;
  }
  if (v == "failed" && next == "in" &&
      is_one_of(lower_at(words, i + 2), {"his", "her", "their", "its", "your"}) &&
      is_one_of(lower_at(words, i + 3), {"duty", "duties", "responsibility", "responsibilities"}))
    return i + 3;
  // "took her eye off the ball", "was caught napping", "strikes again".
  if (is_one_of(v, {"took", "takes", "taken"}) && lower_at(words, i + 2) == "eye" &&
      lower_at(words, i + 3) == "off")
    return i + 3;
  if (v == "caught" && has_next && is_one_of(next, {"napping", "sleeping", "slacking"}))
    return i + 1;
  if (is_one_of(v, {"strikes", "struck"}) && has_next && next == "again") return i + 1;
  // "fried the data centre".
  if (v == "fried") return i;
  // "skimmed the diff", "hid the failed backup", "covered up the error", "lied about the test".
  if (is_one_of(v, {"skimmed", "skims", "hid", "hides", "concealed", "conceals", "lied"})) return i;
  if (v == "covered" && has_next && next == "up") return i + 1;
  // "wasted forty minutes" (but "wasted no time" is praise).
  if (v == "wasted" && has_next && !is_one_of(next, {"no", "little"})) return i;
  // "incorrectly executed a command", "mistakenly shut down the cluster".
  if (kWrongly.has(v) && has_next && reads_as_finite_verb(next)) return i + 1;
  // "lost focus", "lost track of the rollout".
  if (v == "lost" && has_next && kLostFaculties.has(next) &&
      !is_one_of(lower_at(words, i + 2), {"time", "hours", "days", "weeks"}))  // "focus time"
    return i + 1;
  // "failed us", "failed the customers", "let the company down".
  if (v == "failed" && has_next) {
    std::size_t whom = i + 1;
    if (is_determiner(next) && in_sentence(words, i + 2)) ++whom;
    if (kFailedParties.has(words[whom].lower) &&
        !(in_sentence(words, whom + 1) && is_one_of(words[whom + 1].lower, {"to", "with"})))
      return whom;
  }
  // "rubber stamp everything", "yolo-deployed on a Friday".
  if (v == "rubber" && has_next && is_one_of(next, {"stamp", "stamps", "stamped", "stamping"}))
    return i + 1;
  if (v.size() > 4 && v.substr(0, 4) == "yolo") return i;
  // "chose speed over safety", "put the deadline before quality".
  if (is_one_of(v, {"chose", "chooses", "prioritised", "prioritized", "put", "puts", "favoured",
                    "favored", "valued", "placed"}))
    for (std::size_t k = i + 2; k <= i + 5 && in_sentence(words, k + 1); ++k)
      if (is_one_of(words[k].lower, {"over", "before", "above", "ahead"})) {
        std::size_t what = k + 1;
        if (words[what].lower == "of" && in_sentence(words, what + 1)) ++what;
        if (kSacrificed.has(words[what].lower)) return what;
        break;
      }
  // "acted outside of policy", "worked against advice".
  if (is_one_of(v, {"acted", "operated", "worked", "went"}) && has_next &&
      is_one_of(next, {"outside", "against", "beyond"}))
    for (std::size_t what = i + 2; what <= i + 5 && in_sentence(words, what); ++what) {
      if (words[what].mark == ',') break;
      if (kRulesGoneAgainst.has(words[what].lower)) return what;
    }
  // "omitted the backup step".
  if (is_one_of(v, {"omitted", "omits"})) return i;
  // "went back to sleep", "went home".
  if (v == "went" && next == "back" && lower_at(words, i + 2) == "to" &&
      is_one_of(lower_at(words, i + 3), {"sleep", "bed"}))
    return i + 3;
  // "thought it was fine to disable the alerts": a decision mocked as careless.
  if (is_one_of(v, {"thought", "figured", "decided", "assumed"}) && next == "it" &&
      is_one_of(lower_at(words, i + 2), {"was", "would"})) {
    std::size_t what = i + 3;
    if (lower_at(words, what) == "be") ++what;
    if (lower_at(words, what) == "a" && lower_at(words, what + 1) == "good" &&
        lower_at(words, what + 2) == "idea")
      return what + 2;
    if (is_one_of(lower_at(words, what), {"fine", "ok", "okay", "smart", "clever", "cool"}) &&
        lower_at(words, what + 1) == "to")
      return what;
  }
  // "had any idea what he was doing".
  if (v == "had" && is_one_of(next, {"any", "the", "slightest"})) {
    std::size_t what = i + 2;
    if (lower_at(words, what) == "slightest") ++what;
    if (is_one_of(lower_at(words, what), {"idea", "clue"}) && lower_at(words, what + 1) == "what")
      for (std::size_t k = what + 2; k <= what + 5 && in_sentence(words, k); ++k)
        if (words[k].lower == "doing") return k;
  }
  // "zoned out", "slacked off", "phoned it in", "gave up", "was winging it", "made a mess of".
  if (is_one_of(v, {"zoned", "spaced", "tuned"}) && next == "out") return i + 1;
  if (is_one_of(v, {"slacked", "slacking", "goofed", "goofing"}) && next == "off") return i + 1;
  if (is_one_of(v, {"phoned", "phoning"}) && next == "it" && lower_at(words, i + 2) == "in")
    return i + 2;
  if (is_one_of(v, {"gave", "give", "gives"}) && next == "up" &&
      lower_at(words, i + 2) != "on")  // "gave up on the old cluster" is a decision
    return i + 1;
  if (is_one_of(v, {"winging", "winged"}) && next == "it") return i + 1;
  if (is_one_of(v, {"made", "makes"}) && next == "a" &&
      is_one_of(lower_at(words, i + 2), {"mess", "hash", "muddle"}))
    return i + 2;
  // "deviated from the runbook".
  if (is_one_of(v, {"deviated", "strayed", "departed"}) && next == "from")
    for (std::size_t what = i + 2; what <= i + 4 && in_sentence(words, what); ++what)
      if (kRulesGoneAgainst.has(words[what].lower) || words[what].lower == "runbook") return what;
  // "walked away from the incident", "went silent", "froze", "told nobody".
  if (v == "walked" && next == "away") return i + 1;
  if (v == "went" && is_one_of(next, {"silent", "dark", "missing", "awol", "quiet"})) return i + 1;
  // "froze all deploys", "froze the queue": freezing something is an act, not a judgement.
  if (v == "froze" && has_next &&
      (is_determiner(next) || is_one_of(next, {"all", "new", "further", "deploys", "deployments",
                                               "changes", "writes", "releases", "merges"})))
    return std::nullopt;
  if (is_one_of(v, {"froze", "choked", "disappeared", "vanished", "bailed"})) return i;
  if (is_one_of(v, {"told", "informed", "warned", "notified"}) && has_next &&
      (next == "nobody" || (next == "no" && lower_at(words, i + 2) == "one")))
    return next == "no" ? i + 2 : i + 1;
  // "had any sense", "has no common sense".
  if (is_one_of(v, {"has", "had", "have"}) && is_one_of(next, {"any", "no", "zero"})) {
    std::size_t what = i + 2;
    if (lower_at(words, what) == "common") ++what;
    if (is_one_of(lower_at(words, what), {"sense", "brains", "clue"}) && in_sentence(words, what))
      return what;
  }
  // "did wrong", "cost us the biggest client".
  if (is_one_of(v, {"did", "do", "does"}) && next == "wrong" && !in_sentence(words, i + 2))
    return i + 1;
  if (is_one_of(v, {"did", "do", "does"}) && next == "wrong" && words[i + 2].mark == ',')
    return i + 1;
  if (is_one_of(v, {"cost", "costs"}) && has_next &&
      (next == "us" || (is_one_of(next, {"the", "our"}) &&
                        is_one_of(lower_at(words, i + 2), {"company", "business", "client",
                                                           "customer", "contract", "team"}))))
    return i + 1;
  // "doesn't believe in code review".
  if (v == "believe" && next == "in" && i > 0 &&
      is_one_of(words[i - 1].lower,
                {"doesn't", "doesnt", "don't", "dont", "didn't", "not", "never"}))
    return i + 1;
  // "found a way to break production", "knows nothing about our systems".
  if (is_one_of(v, {"found", "finds"}) && next == "a" && lower_at(words, i + 2) == "way" &&
      lower_at(words, i + 3) == "to" && kDamageBases.has(lower_at(words, i + 4)) &&
      in_sentence(words, i + 4))
    return i + 4;
  if (is_one_of(v, {"know", "knows", "knew"}) && next == "nothing" &&
      lower_at(words, i + 2) == "about")
    return i + 2;
  // "had every opportunity to stop it", "owes us a weekend".
  if (is_one_of(v, {"has", "had", "have"}) && next == "every" &&
      is_one_of(lower_at(words, i + 2), {"opportunity", "chance"}))
    return i + 2;
  if (is_one_of(v, {"owes", "owed", "owe"}) && has_next &&
      is_one_of(next, {"us", "me", "everyone", "everybody"}))
    return i + 1;
  // "has no business touching terraform", "should explain themselves", "went to the pub".
  if (is_one_of(v, {"has", "had", "have"}) && next == "no" && lower_at(words, i + 2) == "business")
    return i + 2;
  if (v == "explain" && has_next &&
      is_one_of(next, {"himself", "herself", "themselves", "themself", "yourself"}))
    return i + 1;
  if (v == "went" && next == "to" && kOutings.has(lower_at(words, i + 3)) &&
      in_sentence(words, i + 3))
    return i + 3;
  // "has a habit of merging on Fridays": a habit named against a person.
  if (is_one_of(v, {"has", "had"}) && next == "a" &&
      is_one_of(lower_at(words, i + 2), {"habit", "history"}) && lower_at(words, i + 3) == "of")
    return i + 3;  // "has a history of cutting corners"
  // "made it worse", "made things much worse", "made the outage even worse".
  if (v == "made" && has_next) {
    std::size_t k = i + 1;
    if (is_one_of(lower_at(words, k), {"the", "our", "this"}) && in_sentence(words, k + 1) &&
        is_one_of(lower_at(words, k + 1),
                  {"outage", "situation", "incident", "problem", "backlog", "recovery", "delay"}))
      k += 2;
    else if (is_one_of(lower_at(words, k), {"it", "things", "matters", "everything"}))
      ++k;
    else
      k = 0;
    if (k != 0 && in_sentence(words, k) &&
        is_one_of(lower_at(words, k), {"much", "even", "far", "considerably", "significantly"}))
      ++k;
    if (k != 0 && in_sentence(words, k) && lower_at(words, k) == "worse") return k;
  }
  // "did a poor job", "did a sloppy job".
  if (v == "did" && next == "a" &&
      is_one_of(lower_at(words, i + 2), {"poor", "bad", "terrible", "sloppy", "lousy", "shoddy",
                                         "half-assed", "half-arsed", "awful"}) &&
      kOwnWork.has(lower_at(words, i + 3)))
    return i + 3;
  // "keeps breaking the build", "kept ignoring the pages": a failing habit.
  if (is_one_of(v, {"keeps", "keep", "kept"}) && has_next && kHabits.has(next)) return i + 1;
  // "went ahead anyway".
  if (v == "went" && next == "ahead" && lower_at(words, i + 2) == "anyway") return i + 2;
  // "has no idea", "had no clue".
  if (is_one_of(v, {"has", "had", "have"}) && next == "no" &&
      is_one_of(lower_at(words, i + 2), {"idea", "clue"}))
    return i + 2;
  // "didn't know what he was doing".
  if (v == "know" && next == "what" && i > 0 &&
      is_one_of(words[i - 1].lower, {"didn't", "didnt", "not", "doesn't", "don't"})) {
    for (std::size_t k = i + 2; k <= i + 5 && in_sentence(words, k); ++k)
      if (words[k].lower == "doing") return k;
  }
  // "cannot be trusted", "can't be trusted with production".
  if (v == "trusted" && i >= 2 && words[i - 1].lower == "be" &&
      is_one_of(words[i - 2].lower, {"cannot", "can't", "couldn't", "shouldn't"}))
    return i;
  // "let the disk fill up", "let an obvious regression through".
  if (v == "let") {
    for (std::size_t k = i + 1; k <= i + 5 && in_sentence(words, k); ++k) {
      if (kLetOutcomes.has(words[k].lower)) return k;
      if (words[k].mark == ',' || reads_as_finite_verb(words[k].lower)) break;
    }
  }
  return std::nullopt;
}

// "The responders panicked", "An engineer on the data team overwrote the schema", "A worker
// messed up the pallet count": a person as the subject of a failing act.
std::optional<Match> failing_act(const Words& words, std::size_t i) {
  const auto end = failing_act_end(words, i);
  if (!end) return std::nullopt;
  // The verb group may hold the start of the act: "cannot be trusted", "didn't know".
  std::size_t verb = i;
  while (verb > 0 && !words[verb].starts_sentence &&
         is_one_of(words[verb - 1].lower,
                   {"be", "cannot", "can't", "couldn't", "shouldn't", "to", "supposed"}))
    --verb;
  if (const auto person = person_before(words, verb)) {
    if (negated(words, *person + 1) && words[i].lower != "know") return std::nullopt;
    // "skimmed the diff, as the change gave no way to focus", "told nobody because the status
    // tool was down": an act the sentence explains.
    if (kExplainable.has(words[i].lower) && explained_after(words, *end)) return std::nullopt;
    // "It is normal for engineers to misread a config under time pressure": the act told as what
    // anyone would do.
    for (std::size_t k = *person; k > 0 && k + 5 > *person && !words[k].starts_sentence; --k)
      if (words[k - 1].lower == "for" &&
          is_one_of(lower_before(words, k - 1, 1),
                    {"normal", "easy", "understandable", "natural", "common", "human", "usual"}))
        return std::nullopt;
    return Match{*person, *end, Kind::Judgement};
  }
  // "messed up" and "screwed up" are said of people only, whoever the subject is: "A worker
  // messed up the count".
  const std::string& v = words[i].lower;
  if (is_one_of(v, {"messed", "screwed"}) && i > 0 && !words[i].starts_sentence) {
    const auto subject = subject_before(words, i);
    if (subject && !is_one_of(words[*subject].lower, {"it", "this", "that", "we", "i"}))
      return Match{*subject, *end, Kind::Change};
  }
  return std::nullopt;
}

// "did not make the checking", "didn't do testing", "didn't run the test suite": a step named as
// a thing done, after the verb at `k`; the step's last word.
std::optional<std::size_t> step_named_as_a_thing(const Words& words, std::size_t k) {
  const std::string& verb = words[k].lower;
  if (is_one_of(verb, {"do", "doing", "make", "making"}) && in_sentence(words, k + 1)) {
    std::size_t step = k + 1;
    if (is_one_of(words[step].lower, {"the", "any", "a"}) && in_sentence(words, step + 1)) ++step;
    if (has_base_in(words[step].lower, kDuties)) return step;
  }
  if (is_one_of(verb, {"run", "ran", "execute", "executed"}))
    for (std::size_t t = k + 1; t <= k + 3 && in_sentence(words, t); ++t)
      if (kTestRuns.has(words[t].lower)) return t;
  return std::nullopt;
}

// "It took forty minutes for Pablo to even notice the outage": the least step, stressed.
std::optional<Match> least_step(const Words& words, std::size_t i) {
  if (words[i].lower != "even" || i < 2 || words[i].starts_sentence || words[i - 1].lower != "to" ||
      !in_sentence(words, i + 1) || !has_base_in(words[i + 1].lower, kDuties))
    return std::nullopt;
  const Subject person = classify(words, i - 2);
  if (person.agent != Agent::Person || words[i - 2].lower == "who") return std::nullopt;
  return Match{person.first, i + 1, Kind::Judgement};
}

// "Engineers who can't follow a checklist", "an admin who cannot read a graph": a person judged
// unable, in general, to take a step expected of them.
std::optional<Match> unable_person(const Words& words, std::size_t i) {
  if (!is_one_of(words[i].lower, {"can't", "cant", "cannot"}) || i < 2 ||
      words[i].starts_sentence || words[i - 1].starts_sentence || words[i - 1].lower != "who" ||
      !in_sentence(words, i + 1))
    return std::nullopt;
  const Subject person = classify(words, i - 2);
  if (person.agent != Agent::Person || !has_base_in(words[i + 1].lower, kDuties) ||
      explained_or_conditional(words, person.first, i + 1))
    return std::nullopt;
  return Match{person.first, i + 1, Kind::Judgement};
}

// "Chen never reads the runbook", "didn't even look", "wasn't watching", "didn't do her job".
std::optional<Match> undone_duty(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  std::size_t k = i + 1;
  // "The operator not follow the procedure", as some write it: "not" right after the person.
  const bool bare_not = w == "not" && i > 0 && !words[i].starts_sentence &&
                        classify(words, i - 1).agent == Agent::Person;
  if (w == "not" && !bare_not) {
    if (i == 0 || words[i].starts_sentence ||
        !is_one_of(words[i - 1].lower,
                   {"did", "does", "do", "was", "were", "is", "are", "has", "have", "had"}))
      return std::nullopt;
  } else if (w != "not" && !is_one_of(w, {"didn't", "didnt", "never", "wasn't", "wasnt", "weren't",
                                          "werent", "isn't", "aren't", "doesn't", "doesnt", "don't",
                                          "dont", "hasn't", "haven't", "won't"})) {
    return std::nullopt;
  }
  // "didn't bother to update" judges the person's effort, which judgement_phrase words.
  if (is_one_of(lower_at(words, k), {"bother", "bothered"}) && in_sentence(words, k))
    return std::nullopt;
  for (int lead = 0; lead < 2 && in_sentence(words, k) && kDutyLead.has(words[k].lower); ++lead)
    ++k;
  if (!in_sentence(words, k)) return std::nullopt;
  const std::string& duty = words[k].lower;
  std::size_t end = k;
  if (const auto step = step_named_as_a_thing(words, k)) {
    end = *step;
  } else if (is_one_of(duty, {"do", "doing"})) {
    // "didn't do her job", "did not do their due diligence".
    std::size_t what = k + 1;
    for (int lead = 0;
         lead < 2 && in_sentence(words, what) &&
         is_one_of(words[what].lower, {"his", "her", "their", "your", "the", "its", "due"});
         ++lead)
      ++what;
    if (!in_sentence(words, what) || !kOwnWork.has(words[what].lower)) return std::nullopt;
    end = what;
  } else if (has_base_in(duty, kTakes) && in_sentence(words, k + 1) &&
             is_one_of(words[k + 1].lower, {"ownership", "responsibility", "care", "notice"})) {
    end = k + 1;  // "doesn't take ownership"
  } else if (!has_base_in(duty, kDuties)) {
    return std::nullopt;
  }
  // "wasn't watching", "weren't checking": a be-form takes the -ing form only.
  if (is_one_of(w, {"wasn't", "wasnt", "weren't", "werent", "isn't", "aren't"}) &&
      !ends_with(duty, "ing"))
    return std::nullopt;
  const std::size_t group = w == "not" && !bare_not ? i - 1 : i;
  const auto person = person_before(words, group);
  if (!person || explained_or_conditional(words, *person, end)) return std::nullopt;
  return Match{*person, end, Kind::Safeguard};
}

// "The operator's failure to follow the runbook", "the engineer's inexperience", "the
// negligence of the night operator", "a wrong decision of the team leader": a failing named as a
// person's own.
std::optional<Match> owned_failing(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  const bool failing = kDeficiencies.has(w);
  // "a wrong decision of the team leader", "poor execution by the infra team".
  const bool bad_decision =
      is_one_of(w, {"decision", "decisions", "call", "choice", "execution", "work", "performance",
                    "handling", "planning", "judgement", "judgment"}) &&
      i > 0 &&
      is_one_of(words[i - 1].lower,
                {"wrong", "bad", "poor", "reckless", "sloppy", "shoddy", "lousy", "terrible"});
  if ((!failing && !bad_decision) || i == 0 || words[i].starts_sentence) return std::nullopt;
  // "failure to follow": a failing of the person's; "the engineer's failure domain" is a thing.
  if (is_one_of(w, {"failure", "refusal", "inability"}) && lower_at(words, i + 1) != "to")
    return std::nullopt;
  std::size_t owner = bad_decision ? i - 1 : i;
  if (owner > 0 && !words[owner].starts_sentence) {
    const std::string& prev = words[owner - 1].lower;
    const std::string_view stem = std::string_view(prev).substr(0, prev.size() - 2);
    if (is_named_owner(words, owner - 1) || (ends_with(prev, "'s") && is_role(stem))) {
      std::size_t first = owner - 1;
      if (first > 0 && !words[first].starts_sentence && is_role(words[first - 1].lower))
        --first;  // "the on-call engineer's"
      return Match{first, i, Kind::Judgement};
    }
  }
  if (in_sentence(words, i + 1) && is_one_of(words[i + 1].lower, {"of", "by"}) &&
      in_sentence(words, i + 2))
    if (const auto person = person_phrase_at(words, i + 2))
      return Match{owner, *person, Kind::Judgement};
  return std::nullopt;
}

}  // namespace

std::optional<Match> person_and_judging_predicate(const Words& words, std::size_t i) {
  if (auto match = judged_state(words, i)) return match;
  if (auto match = failing_act(words, i)) return match;
  if (auto match = owned_failing(words, i)) return match;
  if (auto match = unable_person(words, i)) return match;
  if (auto match = least_step(words, i)) return match;
  return undone_duty(words, i);
}

}  // namespace hindsight::core
