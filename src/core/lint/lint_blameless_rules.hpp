// The blameless-language rules, shared by their modules (internal to the lints):
//   lint_blameless_people   who a sentence is about (names, handles, roles, pronouns) and blame
//                           verbs with a person as subject or agent
//   lint_blameless_phrases  phrases that blame whoever they are about: hindsight and
//                           counterfactuals, judgements, fault and responsibility
//   lint_blameless_sanctions what is done to a person afterwards: punishment and exhortation
//   lint_blameless_causes   a person, or a person's act, named as the cause
//   lint_blameless_minds    judgements of a person's attention, skill and reasoning,
//                           questions that put a person on trial, and sarcasm
//   lint_blameless_clauses  a person and a judging predicate in one clause: a failing state, a
//                           failing act, a duty left undone
//   lint_blameless_idioms   idioms of blame, threat and sarcasm, from a table ("on thin ice")
//   lint_blameless_insinuations blame by insinuation: "finally joins", "sat on the pages", "as
//                           usual", "what exactly was she doing", "lack of preparation"
//   lint_blameless          runs every rule over a text and words each finding
// Contract: a rule looks at a bounded window of words around the word it is given, so a text lints
// in time linear in its length; it reports at most one match starting at or before that word.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/lint/lint_words.hpp"

namespace hindsight::core {

using Words = std::vector<Word>;

// What a finding says is wrong, which picks its message and suggestion.
enum class Kind {
  Signal,          // a person ignored or missed an alert, page or warning
  Safeguard,       // a person left out a step: "failed to test", "forgot to"
  Change,          // a person broke something: "deployed broken code", "deleted the wrong volume"
  HumanError,      // "human error", "operator error", "user error"
  Hindsight,       // "should have checked", "should have been obvious"
  Counterfactual,  // "if only X had", "had X checked", "X could have prevented"
  Judgement,       // "careless", "lazy", "without thinking", "rookie mistake"
  Fault,           // "blame", "Dave's fault", "mistake by"
  Responsibility,  // "X is responsible for the outage", "this one is on Dave"
  Punishment,      // "held accountable", "reprimanded", "disciplinary", "was fired"
  Exhortation,     // "X must be more careful", "X should be retrained"
  PersonAsCause,   // "Root cause: the on-call engineer", "caused by the DBA"
  Interrogation,   // "Why didn't the operators watch out?", "How could they not have noticed?"
  Tone,            // no rule's phrase, but the tone model reads the unit as blame
};

struct Match {
  std::size_t first = 0;  // word index of the phrase's first word
  std::size_t last = 0;   // and of its last, in the same sentence
  Kind kind = Kind::Fault;
};

enum class Agent { None, Pronoun, Person };

struct Subject {
  Agent agent = Agent::None;
  std::size_t first = 0;
  bool by_name = false;  // a capitalised word: a person, or a product we do not know
};

const std::string& lower_at(const Words& words, std::size_t i);
const std::string& lower_before(const Words& words, std::size_t i, std::size_t back);
bool ends_with(std::string_view word, std::string_view suffix);
bool in_sentence(const Words& words, std::size_t i);  // i exists and continues the sentence

// Who: a person (name, handle, role, he/she/who), a pronoun (we, they) or nothing.
Subject classify(const Words& words, std::size_t i);
bool is_determiner(std::string_view w);
bool is_role(std::string_view w);         // "engineer", "on-call", "intern", "someone"
bool is_change_word(std::string_view w);  // what a person's change is called: "commit", "deploy"
bool is_name_word(const Words& words, std::size_t i);  // "Bob", "@bob": one person, not a role
// "Jenna's": a named person's; "Kubernetes's", "the cluster's" are not.
bool is_named_owner(const Words& words, std::size_t i);

// The word before `at` that could be its subject, over at most two adverbs or auxiliaries.
std::optional<std::size_t> subject_before(const Words& words, std::size_t at);

// A person named by the words from `from` (over a determiner and up to two adjectives), the
// index of the person's last word; none when the words name a thing ("the admin panel").
std::optional<std::size_t> person_phrase_at(const Words& words, std::size_t from);

// A person named by the words from `from`, whatever follows them: a name, a handle, he or she, or
// a determiner, an adjective and roles ("the new SRE", "the on-call engineer"); the index of the
// person's last word.
std::optional<std::size_t> person_words_at(const Words& words, std::size_t from);

// "An engineer responsible for the change knocked the service offline", "Karen from billing keeps
// changing settings": a person (a role or a name) opening the sentence, then a phrase about them
// with no verb of its own, then the verb. `subject` is the word
// before the verb; the result is the sentence's first word.
std::optional<std::size_t> postmodified_subject(const Words& words, std::size_t subject);

// The clause of a step left undone goes on to explain it ("did not check because the dashboard
// showed green") or is a condition ("if the on-call does not acknowledge"); `person` is the
// subject's first word, `end` the step's last. An explanation that blames another person
// ("because nobody was watching") does not count.
bool explained_or_conditional(const Words& words, std::size_t person, std::size_t end);
// The explanation half alone: "because", "since", "as the ..." after the word `end`.
bool explained_after(const Words& words, std::size_t end);

// An adverb of manner or degree: "deliberately", "quietly", "really" (not "early", "daily").
bool is_manner_adverb(std::string_view w);

// "no one", "not", "never" within three words before i, in the same sentence.
bool negated(const Words& words, std::size_t i);
// A denial up to five words before i ("not looking for someone to blame", "no member will face
// disciplinary action"), but not a contrast's "not" that sets another aside ("Kevin, not the
// process, is to blame").
bool denied_within_five(const Words& words, std::size_t i);
// "Nobody on the call was careless", "No one person caused this": the clause of word i opens
// with no one, up to ten words back.
bool no_one_opens_clause(const Words& words, std::size_t i);
// "but", "however", "though" after i in its sentence: the sentence turns ("Nobody wanted a
// culprit to blame, but everyone knew it was Kevin").
bool turns_after(const Words& words, std::size_t i);
// "our blame culture", "the blame game": "blame" at i names a habit, not blame laid.
bool names_a_blame_habit(const Words& words, std::size_t i);

// Whether a word within `window` words before i, in the same sentence, is in `list`.
bool any_before(const Words& words, std::size_t i, std::size_t window, const WordSet& list);

// The subject of a verb group: back from `at` over modals, "be" and adverbs, up to four words.
std::optional<std::size_t> subject_over_modals(const Words& words, std::size_t at);
bool is_person(const Words& words, std::optional<std::size_t> j);  // a person or a pronoun
// The first word of the nearest person (a name, a role, he/she; not "who") among the `window`
// words before `at`, in its sentence.
std::optional<std::size_t> person_before_in_sentence(const Words& words, std::size_t at,
                                                     std::size_t window);
// A person (not "who") among the twenty words before word i or the twelve after word `last`,
// in their sentence.
bool person_in_sentence(const Words& words, std::size_t i, std::size_t last);

bool is_be_form(std::string_view w);       // "was", "been", "got"
bool is_modal_skip(std::string_view w);    // "must", "needs", "to", "will"
bool is_careful_word(std::string_view w);  // "careful", "diligent", "vigilant"
bool is_collective(std::string_view w);    // "everyone", "anyone", "all"
bool is_bad_event(std::string_view w);     // "outage", "incident", "mistake", "mess"

// Participles a person, not a program, is said to have done or left undone ("checked", "known").
bool is_person_participle(std::string_view w);
bool is_participle(std::string_view w);

// A word that reads as a past or present verb of its own clause: "said", "was", "edited".
bool reads_as_finite_verb(std::string_view w);

// The rules. Each looks at word i and returns the phrase it finds there.
std::optional<Match> blame_by_verb(const Words& words, std::size_t i);
std::optional<Match> wrong_target(const Words& words, std::size_t i);
std::optional<Match> skipped_step(const Words& words, std::size_t i);
std::optional<Match> human_error(const Words& words, std::size_t i);
std::optional<Match> hindsight(const Words& words, std::size_t i);
std::optional<Match> counterfactual(const Words& words, std::size_t i);
std::optional<Match> judgement_word(const Words& words, std::size_t i);
std::optional<Match> judgement_phrase(const Words& words, std::size_t i);
std::optional<Match> blame_word(const Words& words, std::size_t i);
// "Finding a person to blame will not prevent the next incident": the blame word at i, opening
// its sentence or after "to", said to get nowhere.
bool blame_said_to_get_nowhere(const Words& words, std::size_t i);
std::optional<Match> fault(const Words& words, std::size_t i);
std::optional<Match> mistake(const Words& words, std::size_t i);
std::optional<Match> responsibility(const Words& words, std::size_t i);
std::optional<Match> punishment(const Words& words, std::size_t i);
std::optional<Match> exhortation(const Words& words, std::size_t i);
std::optional<Match> person_as_cause(const Words& words, std::size_t i);
std::optional<Match> inattention(const Words& words, std::size_t i);
std::optional<Match> interrogation(const Words& words, std::size_t i);
std::optional<Match> dismissal(const Words& words, std::size_t i);
std::optional<Match> sarcasm(const Words& words, std::size_t i);
std::optional<Match> exasperation(const Words& words, std::size_t i);
std::optional<Match> person_and_judging_predicate(const Words& words, std::size_t i);
std::optional<Match> blame_idiom(const Words& words, std::size_t i);
std::optional<Match> insinuation(const Words& words, std::size_t i);

}  // namespace hindsight::core
