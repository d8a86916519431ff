// What a post-mortem says is done to a person afterwards, as the blameless-culture literature warns
// against it (Etsy's "Blameless PostMortems and a Just Culture", Dekker's "Just Culture"):
//   - punishment and sanctions: "held accountable", "disciplinary", "was reprimanded", "we fired
//     the contractor", "put on probation", "HR has been informed", "action was taken against",
//     "noted in his performance review", "we have dealt with that individual";
//   - exhortation: a person told to try harder or to be fixed ("must be more careful", "needs to
//     pay more attention", "should be retrained").
// Contract: only a person is sanctioned or exhorted; negated and hypothetical uses ("there will
// be no disciplinary action", "an engineer who thinks they will be reprimanded") and plans for
// everyone ("everyone should be trained", "will be trained") do not blame.
#include "core/lint/lint_blameless_rules.hpp"

namespace hindsight::core {
namespace {
// Punishments, after "was", "were", "be", "been", "got".
// "was reminded", "got a lecture" after the fact: the person corrected rather than the system.
const WordSet kPunishments{
    "reprimanded disciplined punished demoted fired sacked suspended dismissed terminated "
    "lectured scolded admonished chastised rebuked counselled counseled reminded re-educated "
    "reeducated"};

// Words that make a punishment hypothetical: "an engineer who thinks they will be reprimanded".
const WordSet kHypothetical{
    "think thinks thought fear fears feared afraid worry worries worried if whether unless "
    "willing want wants ready happy enthusiastic"};

// A punishment done to a person named after it: "we fired the contractor", "discipline whoever".
// A person "retrained", "lectured" or "counselled" is one whose remedy is their own correction.
const WordSet kPunishingVerbs{
    "reprimanded disciplined punished demoted fired sacked suspended reprimand discipline punish "
    "demote fire sack suspend retrained re-trained lectured scolded admonished chastised rebuked "
    "counselled counseled"};

// What fires without punishing anyone: "The alert fired the on-call engineer's pager".
const WordSet kFiringThings{"alert alerts alarm alarms page pages pager monitor monitors check"};

// Things said to punish: "The process punished whoever was release manager with a lot of manual
// steps".
const WordSet kPunishingThings{
    "process processes system systems tool tooling pipeline design workflow setup policy rota "
    "schedule checklist procedure ui"};

// "The process punished ...", "Our rota punishes ...": the thing just before the verb opens the
// sentence as its subject (not "Management, frustrated with the process, fired Dave").
bool punished_by_a_thing(const Words& words, std::size_t i) {
  if (i == 0 || words[i].starts_sentence || words[i].mark != 0 ||
      !is_one_of(words[i].lower, {"punished", "punishes", "punish"}) ||
      !contains(kPunishingThings, words[i - 1].lower))
    return false;
  return words[i - 1].starts_sentence ||
         (i >= 2 && words[i - 2].starts_sentence &&
          is_one_of(words[i - 2].lower, {"the", "our", "this", "that", "a", "an", "their"}));
}

// A person taken away from the work after "be": "kept away from production", "removed from
// the rotation", "banned from deploying".
const WordSet kRemovals{"kept removed banned barred"};

// Verbs that take punitive action: "we have taken action with that employee".
const WordSet kTakingVerbs{"take takes took taken taking"};

// What is done with HR about a person: "HR has been informed", "escalated to HR".
const WordSet kReportedTo{"informed notified involved told contacted escalated looped reported"};

// "Disciplinary action is not part of our process": a word denied after it.
bool denied_after(const Words& words, std::size_t i) {
  for (std::size_t k = i + 1; k <= i + 4 && in_sentence(words, k); ++k)
    if (is_one_of(words[k].lower, {"not", "never", "isn't", "won't", "wasn't", "aren't"}))
      return true;
  return false;
}

// What a person is put on: "put on paid leave", "placed on probation".
const WordSet kSuspensions{"leave probation notice"};

// "Someone's getting fired", "He's been let go": a person and "is" or "has" in one word.
bool is_person_contraction(const Words& words, std::size_t j) {
  const std::string& w = words[j].lower;
  if (!ends_with(w, "'s") || !in_sentence(words, j + 1) || !is_be_form(words[j + 1].lower))
    return false;
  const std::string_view stem = std::string_view(w).substr(0, w.size() - 2);
  return is_role(stem) || is_one_of(stem, {"he", "she"});
}

// What a person is told to do harder: "must double-check", "needs to pay more attention".
const WordSet kTryHarder{
    "double-check double-checks triple-check remember concentrate focus slow pay think watch take "
    "step get do know stop learn try apologise apologize say start"};
const WordSet kMoreOf{"more additional further extra better closer"};
const WordSet kTrainings{"trained retrained re-trained coached reminded educated"};

// "must double-check", "needs to think twice": a person told to try harder, after a modal.
bool asks_to_try_harder(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  if (!contains(kTryHarder, w) || i < 1 || words[i].starts_sentence) return false;
  const std::string& prev = words[i - 1].lower;
  const std::string& prev2 = lower_before(words, i, 2);
  // "Leila to stop deploying on Fridays": an action item that names a person, then "to".
  const bool action_item = prev == "to" && i >= 2 && !words[i - 1].starts_sentence &&
                           classify(words, i - 2).agent == Agent::Person;
  if (!is_one_of(prev, {"must", "should"}) && !action_item &&
      !(prev == "to" && is_one_of(prev2, {"need", "needs", "have", "has", "ought"})))
    return false;
  const std::string& next = lower_at(words, i + 1);
  const std::string& next2 = lower_at(words, i + 2);
  if (w == "pay") return next == "attention" || (contains(kMoreOf, next) && next2 == "attention");
  if (w == "think") return is_one_of(next, {"twice", "harder", "before", "more"});
  if (w == "watch") return is_one_of(next, {"out", "closer", "more"});
  if (w == "slow") return next == "down";
  if (w == "take") return next == "care" || (contains(kMoreOf, next) && next2 == "care");
  if (w == "focus" || w == "concentrate") return !in_sentence(words, i + 1) || next == "more";
  // "needs to step up", "must do better", "should know better", "must stop ignoring alerts",
  // "needs to get its act together".
  if (w == "step") return next == "up";
  // "needs to start taking on-call seriously", "must start paying attention".
  if (w == "start")
    return is_one_of(next, {"taking", "being", "paying", "reading", "checking", "following",
                            "listening", "thinking"});
  if (w == "try") return next == "harder";
  if (w == "say") return next == "sorry";
  if (w == "learn") return next == "to" || next == "from";
  if (w == "do" || w == "know") return next == "better";
  if (w == "stop") return next == "being" || (ends_with(next, "ing") && next.size() > 5);
  if (w == "get") return is_one_of(next, {"its", "their", "his", "her", "your"}) && next2 == "act";
  return true;
}

// What taking a person's access away is said with: "revoke his production access", "should
// keep her access". Losing access to a system that broke ("SREs had lost access") names no owner.
const WordSet kAccessSanctions{
    "revoke revoked revoking remove removed removing pull pulled pulling suspend suspended strip "
    "stripped withdraw withdrew withdrawn keep keeps lose loses"};

// What puts one named person under another's approval: "Mei must get sign-off".
const WordSet kObligations{"must will needs need has have"};

// Steps a manager says they expect of people: "I expect my engineers to check their work".
const WordSet kStepsExpected{
    "check double-check read follow test verify review remember pay think watch know"};

// Steps a person is told to mind, in the third person: "ensure Bogdan reads the runbook".
const WordSet kStepsToMind{
    "reads checks double-checks verifies follows tests reviews watches answers acknowledges "
    "remembers pays looks"};

// Words that soften a punishment without naming it: "appropriate action has been taken".
const WordSet kEuphemisticActions{"appropriate necessary corrective suitable firm swift measures"};

// "his production access", "Leo's access", "the intern's access": a person's own access; the
// index of the owner, if the words before "access" name one.
std::optional<std::size_t> access_owner(const Words& words, std::size_t access) {
  for (std::size_t back = 1; back <= 3 && back <= access; ++back) {
    const std::size_t k = access - back;
    if (words[k + 1].starts_sentence) return std::nullopt;
    const std::string& w = words[k].lower;
    const std::string_view stem = std::string_view(w).substr(0, w.size() >= 2 ? w.size() - 2 : 0);
    if (is_one_of(w, {"his", "her"}) || is_named_owner(words, k) ||
        (ends_with(w, "'s") && is_role(stem)))
      return k;
  }
  return std::nullopt;
}

// Sanctions said without a punishing word: "we have dealt with that individual", "the person
// responsible is no longer with the company", "heads will roll", "or there will be
// consequences", "revoke his production access", "make sure Leo never gets access again",
// "appropriate action has been taken" about a person named in the sentence.
std::optional<Match> euphemistic_sanction(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  const std::string& next = lower_at(words, i + 1);
  if (is_one_of(w, {"dealt", "deal", "dealing"}) && next == "with" && in_sentence(words, i + 2))
    if (const auto person = person_phrase_at(words, i + 2))
      if (!negated(words, i) && !any_before(words, i, 6, kHypothetical) &&
          !is_one_of(words[*person].lower, {"we", "they"}))
        return Match{i, *person, Kind::Punishment};
  // "is no longer with the company", "no longer works here".
  if (w == "longer" && lower_before(words, i, 1) == "no" && i >= 2 &&
      !words[i - 1].starts_sentence &&
      (is_one_of(next, {"with", "employed", "works", "working"}) ||
       (next == "part" && lower_at(words, i + 2) == "of"))) {
    const auto subject = subject_over_modals(words, i - 1);
    if (subject && classify(words, *subject).agent == Agent::Person)
      return Match{classify(words, *subject).first, i + 1, Kind::Punishment};
    if (subject && is_one_of(words[*subject].lower, {"responsible", "involved", "concerned"}) &&
        *subject > 0 && classify(words, *subject - 1).agent == Agent::Person)
      return Match{classify(words, *subject - 1).first, i + 1, Kind::Punishment};
  }
  // "This will be noted in his performance review", "it will come up at her appraisal".
  if (is_one_of(w, {"review", "appraisal", "appraisals", "bonus", "evaluation"}) && i >= 1 &&
      !words[i].starts_sentence) {
    std::size_t owner = i - 1;
    if (words[owner].lower == "performance" && owner >= 1 && !words[owner].starts_sentence) --owner;
    const std::string& o = words[owner].lower;
    const bool owned = is_one_of(o, {"his", "her"}) || is_named_owner(words, owner) ||
                       (ends_with(o, "'s") && is_role(std::string_view(o).substr(0, o.size() - 2)));
    if (owned && (owner < i - 1 || w != "review") && !negated(words, owner))
      return Match{owner, i, Kind::Punishment};
  }
  // "Zoe must not deploy unsupervised until further notice": a person's work restricted.
  if (w == "unsupervised" || (w == "notice" && lower_before(words, i, 1) == "further" &&
                              lower_before(words, i, 2) == "until"))
    if (const auto person = person_before_in_sentence(words, i, 10))
      return Match{*person, i, Kind::Punishment};
  // "HR to follow up with Bruno", "HR will speak with the engineer".
  if (words[i].text == "HR")
    for (std::size_t k = i + 1; k <= i + 5 && in_sentence(words, k + 1); ++k)
      if (words[k].lower == "with")
        if (const auto person = person_phrase_at(words, k + 1))
          if (!negated(words, i) && classify(words, *person).agent == Agent::Person)
            return Match{i, *person, Kind::Punishment};
  // "the on-call to read the runbook, no excuses".
  if (w == "excuses" && lower_before(words, i, 1) == "no" && i >= 1 &&
      person_before_in_sentence(words, i - 1, 13))
    return Match{i - 1, i, Kind::Exhortation};
  // "until she can be trusted with deploys", "Felix is not allowed near the database".
  if (w == "until" && in_sentence(words, i + 1) &&
      is_one_of(words[i + 1].lower, {"he", "she", "they"}))
    for (std::size_t k = i + 2; k <= i + 4 && in_sentence(words, k); ++k)
      if (is_one_of(words[k].lower, {"trusted", "ready", "competent", "retrained"}))
        return Match{i, k, Kind::Punishment};
  if (w == "allowed" && i >= 2 && is_one_of(words[i - 1].lower, {"not", "no", "longer"}) &&
      !words[i - 1].starts_sentence)
    if (const auto subject =
            subject_over_modals(words, i - (words[i - 1].lower == "longer" ? 2 : 1)))
      if (is_name_word(words, *subject) || is_one_of(words[*subject].lower, {"he", "she"}))
        return Match{*subject, i, Kind::Punishment};
  // "Mei must get sign-off from her manager before every deploy": one person's work put under
  // another's approval.
  if (is_one_of(w, {"sign-off", "approval", "permission", "supervision"}) && i >= 3 &&
      !words[i].starts_sentence)
    for (std::size_t back = 1; back <= 3; ++back) {
      const std::string& verb = words[i - back].lower;
      if (words[i - back + 1].starts_sentence) break;
      if (!is_one_of(verb,
                     {"get", "obtain", "seek", "have", "need", "needs", "require", "requires"}))
        continue;
      const auto subject = subject_over_modals(words, i - back);
      if (subject &&
          (is_name_word(words, *subject) || is_one_of(words[*subject].lower, {"he", "she"})) &&
          any_before(words, i - back + 1, 4, kObligations))
        return Match{*subject, i, Kind::Punishment};
      break;
    }
  // "the individual responsible has been identified": the culprit found.
  if (is_one_of(w, {"identified", "found", "located"}) && i >= 3 &&
      lower_before(words, i, 1) == "been" &&
      is_one_of(lower_before(words, i, 2), {"has", "have"}) &&
      is_one_of(lower_before(words, i, 3), {"responsible", "involved"}) && i >= 4 &&
      classify(words, i - 4).agent == Agent::Person)
    return Match{classify(words, i - 4).first, i, Kind::Punishment};
  // "the engineer involved to complete a training course", "Ana to attend a refresher".
  if (is_one_of(w, {"training", "course", "refresher", "re-training", "retraining"}))
    for (std::size_t back = 1; back <= 6 && back + 2 <= i; ++back) {
      const std::size_t verb = i - back;
      if (words[verb + 1].starts_sentence) break;
      if (!is_one_of(words[verb].lower, {"complete", "attend", "take", "undergo", "redo", "do"}))
        continue;
      if (words[verb - 1].lower != "to") break;
      std::size_t who = verb - 2;
      if (is_one_of(words[who].lower, {"involved", "responsible"}) && who > 0) --who;
      if (classify(words, who).agent == Agent::Person && !is_collective(words[who].lower))
        return Match{classify(words, who).first, i, Kind::Exhortation};
      break;
    }
  // "Ensure Bogdan reads the runbook", "make sure the on-call checks the dashboard": a person
  // asked to do their step, as if attention were the safeguard.
  if (is_one_of(w, {"ensure", "sure"}) && (w == "ensure" || lower_before(words, i, 1) == "make") &&
      in_sentence(words, i + 1)) {
    std::size_t k = i + 1;
    if (words[k].lower == "that" && in_sentence(words, k + 1)) ++k;
    if (const auto person = person_words_at(words, k))
      if (in_sentence(words, *person + 1) && !is_collective(words[*person].lower) &&
          contains(kStepsToMind, words[*person + 1].lower))
        return Match{i, *person + 1, Kind::Exhortation};
  }
  // "I expect my engineers to check their work": a manager's expectation of people's attention.
  if (is_one_of(w, {"expect", "expected"}) && lower_before(words, i, 1) == "i" &&
      in_sentence(words, i + 1)) {
    std::size_t k = i + 1;
    if (is_one_of(words[k].lower, {"my", "our", "the"}) && in_sentence(words, k + 1)) ++k;
    if (const auto person = person_words_at(words, k))
      if (lower_at(words, *person + 1) == "to" && in_sentence(words, *person + 2) &&
          contains(kStepsExpected, lower_at(words, *person + 2)))
        return Match{i - 1, *person + 2, Kind::Exhortation};
  }
  // "Kevin, stop touching prod": an order to a person named before it.
  if (is_one_of(w, {"stop", "quit"}) && words[i].mark == ',' && i > 0 &&
      words[i - 1].starts_sentence && is_name_word(words, i - 1) && in_sentence(words, i + 1) &&
      ends_with(words[i + 1].lower, "ing"))
    return Match{i - 1, i + 1, Kind::Exhortation};
  // "don't let Pete near the load balancer", "never let the intern touch prod again".
  if (w == "let" && negated(words, i) && in_sentence(words, i + 1))
    if (const auto person = person_words_at(words, i + 1))
      if (in_sentence(words, *person + 1) &&
          is_one_of(words[*person + 1].lower, {"near", "touch", "anywhere", "deploy"}))
        return Match{i, *person + 1, Kind::Punishment};
  // "discuss Nate's performance with his manager": a person's performance taken up.
  if (w == "performance" && i >= 2 && !words[i - 1].starts_sentence &&
      is_one_of(words[i - 2].lower,
                {"discuss", "discussed", "review", "address", "raise", "flag"}) &&
      (is_named_owner(words, i - 1) || is_one_of(words[i - 1].lower, {"his", "her"})))
    return Match{i - 2, i, Kind::Punishment};
  // "Someone's head needs to roll", "heads will roll".
  if (is_one_of(w, {"head", "heads", "head's"}) && !negated(words, i))
    for (std::size_t k = i + 1; k <= i + 4 && in_sentence(words, k); ++k)
      if (is_one_of(words[k].lower, {"roll", "rolls", "rolled", "rolling"}))
        return Match{i, k, Kind::Punishment};
  // "or there will be consequences", "there must be consequences".
  if (w == "consequences" && i >= 1 && !words[i].starts_sentence &&
      is_one_of(words[i - 1].lower, {"be", "are", "face", "serious", "real"}) &&
      !negated(words, i) && !any_before(words, i, 6, kHypothetical))
    return Match{i - 1, i, Kind::Punishment};
  if (w == "access") {
    // "revoke his production access", "whether the developer should keep his access".
    if (const auto owner = access_owner(words, i); owner && !negated(words, i))
      for (std::size_t back = 1; back <= 2 && back <= *owner; ++back) {
        const std::size_t verb = *owner - back;
        if (words[verb + 1].starts_sentence) break;
        if (contains(kAccessSanctions, words[verb].lower)) return Match{verb, i, Kind::Punishment};
      }
    // "make sure Leo never gets production access again".
    for (std::size_t back = 2; back <= 4 && back <= i; ++back) {
      const std::size_t never = i - back;
      if (words[never + 1].starts_sentence) break;
      if (words[never].lower != "never" ||
          !is_one_of(words[never + 1].lower, {"gets", "get", "has", "have", "touches", "touch"}))
        continue;
      const auto subject = subject_before(words, never);
      if (subject && classify(words, *subject).agent == Agent::Person)
        return Match{classify(words, *subject).first, i, Kind::Punishment};
    }
  }
  // "appropriate action has been taken": about a person named earlier in the sentence.
  if (contains(kEuphemisticActions, w) &&
      (is_one_of(next, {"action", "actions", "steps"}) || w == "measures")) {
    const std::size_t action = w == "measures" ? i : i + 1;
    bool taken = false;
    for (std::size_t k = action + 1; k <= action + 4 && in_sentence(words, k); ++k)
      if (contains(kTakingVerbs, words[k].lower)) {
        taken = !(in_sentence(words, k + 1) && is_one_of(words[k + 1].lower, {"to", "on", "for"}));
        break;
      }
    if (taken && person_before_in_sentence(words, i, 20) && !negated(words, i))
      return Match{i, action, Kind::Punishment};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> punishment(const Words& words, std::size_t i) {
  if (auto match = euphemistic_sanction(words, i)) return match;
  const std::string& w = words[i].lower;
  const std::string& prev = lower_before(words, i, 1);
  // "will be held accountable", "held personally accountable".
  const std::size_t held = i >= 2 && ends_with(prev, "ly") && lower_before(words, i, 2) == "held" &&
                                   !words[i - 1].starts_sentence
                               ? i - 2
                               : i - 1;
  if (w == "accountable" && i >= 1 && !words[i].starts_sentence && words[held].lower == "held") {
    if (negated(words, held) || any_before(words, held, 4, kHypothetical)) return std::nullopt;
    return Match{held, i, Kind::Punishment};
  }
  if (w == "disciplinary" && !denied_within_five(words, i) &&
      !any_before(words, i, 6, kHypothetical) && !denied_after(words, i))
    return Match{i, i, Kind::Punishment};
  // "has been issued a final written warning", "placed on a performance improvement plan".
  if (w == "warning" && i > 0 && !words[i].starts_sentence &&
      is_one_of(words[i - 1].lower, {"final", "written", "formal", "verbal"}) && !negated(words, i))
    return Match{i - 1, i, Kind::Punishment};
  // "a warning letter", "a letter of reprimand".
  if (w == "letter" && i > 0 && !words[i].starts_sentence &&
      is_one_of(words[i - 1].lower, {"warning", "disciplinary", "reprimand"}) && !negated(words, i))
    return Match{i - 1, i, Kind::Punishment};
  if (w == "letter" && lower_at(words, i + 1) == "of" &&
      is_one_of(lower_at(words, i + 2), {"warning", "reprimand", "concern"}) &&
      in_sentence(words, i + 2) && !negated(words, i))
    return Match{i, i + 2, Kind::Punishment};
  // "she has been spoken to", "the engineer was talked to".
  if (is_one_of(w, {"spoken", "talked"}) && lower_before(words, i, 1) == "been" &&
      lower_at(words, i + 1) == "to" && (!in_sentence(words, i + 2) || words[i + 2].mark == ',') &&
      i >= 2)
    if (const auto subject = subject_over_modals(words, i))
      if (classify(words, *subject).agent == Agent::Person)
        return Match{classify(words, *subject).first, i + 1, Kind::Punishment};
  if (w == "performance" && lower_at(words, i + 1) == "improvement" &&
      lower_at(words, i + 2) == "plan" && in_sentence(words, i + 2) && !negated(words, i))
    return Match{i, i + 2, Kind::Punishment};
  // "Everyone on that team needs a talking-to".
  if (is_one_of(w, {"talking-to", "dressing-down", "telling-off"}) && !negated(words, i))
    return Match{i, i, Kind::Punishment};
  // "HR has been informed", "we escalated to HR": a person's conduct taken to personnel.
  if (words[i].text == "HR") {
    for (std::size_t k = (i >= 4 ? i - 4 : 0); k <= i + 4 && k < words.size(); ++k)
      if (k != i && contains(kReportedTo, words[k].lower) && !negated(words, k) &&
          (k < i ? !words[i].starts_sentence || k + 1 == i : in_sentence(words, k)))
        return Match{std::min(i, k), std::max(i, k), Kind::Punishment};
  }
  // "There will be consequences for the engineer who skipped review".
  if (w == "consequences" && lower_at(words, i + 1) == "for" && in_sentence(words, i + 2) &&
      !negated(words, i) && !any_before(words, i, 6, kHypothetical))
    if (const auto person = person_phrase_at(words, i + 2))
      return Match{i, *person, Kind::Punishment};
  // "We have let the contractor go".
  if (w == "let" && in_sentence(words, i + 1))
    if (const auto person = person_phrase_at(words, i + 1))
      if (lower_at(words, *person + 1) == "go" && in_sentence(words, *person + 1) &&
          !negated(words, i) && !any_before(words, i, 8, kHypothetical))
        return Match{i, *person + 1, Kind::Punishment};
  if (w == "face" && is_one_of(lower_at(words, i + 1), {"consequences", "disciplinary"}) &&
      in_sentence(words, i + 1) && !denied_within_five(words, i))
    return Match{i, i + 1, Kind::Punishment};
  // "Action was taken against the engineer", "we have taken action with that employee".
  if (is_one_of(w, {"action", "actions", "steps"})) {
    bool taken = any_before(words, i, 3, kTakingVerbs);
    for (std::size_t k = i + 1; k <= i + 4 && in_sentence(words, k); ++k) {
      const std::string& next = words[k].lower;
      if (contains(kTakingVerbs, next)) {
        taken = true;
      } else if (is_one_of(next, {"with", "against"})) {
        const auto person = taken ? person_phrase_at(words, k + 1) : std::nullopt;
        if (!person || !in_sentence(words, k + 1) || negated(words, i) ||
            any_before(words, i, 6, kHypothetical))
          return std::nullopt;
        // "took action with the storage team to add a guard" works together; action "with" a
        // person punishes only when the person ends the clause.
        if (next == "with" && in_sentence(words, *person + 1) && !words[*person + 1].mark &&
            !is_one_of(words[*person + 1].lower, {"who", "involved", "responsible", "concerned"}))
          return std::nullopt;
        return Match{i, *person, Kind::Punishment};
      } else if (!is_be_form(next) && !is_modal_skip(next)) {
        return std::nullopt;
      }
    }
    return std::nullopt;
  }
  // "We fired the contractor", "Discipline whoever pushed it".
  if (contains(kPunishingVerbs, w) && in_sentence(words, i + 1) && !is_be_form(prev)) {
    const auto person = person_phrase_at(words, i + 1);
    if (!person || negated(words, i) || any_before(words, i, 8, kHypothetical) ||
        (is_one_of(w, {"fired", "fire"}) && any_before(words, i, 3, kFiringThings)) ||
        punished_by_a_thing(words, i) ||
        // "The fire warden training", "Two fire wardens were on duty": the noun before a role.
        (w == "fire" &&
         is_one_of(lower_at(words, i + 1),
                   {"warden",     "wardens", "marshal",    "marshals",    "officer",
                    "officers",   "crew",    "crews",      "chief",       "chiefs",
                    "team",       "teams",   "fighter",    "fighters",    "brigade",
                    "service",    "safety",  "department", "departments", "inspector",
                    "inspectors", "station", "rescue",     "authority",   "authorities"})))
      return std::nullopt;
    return Match{i, *person, Kind::Punishment};
  }
  // "The engineer was reprimanded", "The intern was written up", "should be disciplined",
  // "needs to be kept away from production".
  std::size_t last = i;
  if (w == "written" && lower_at(words, i + 1) == "up" && in_sentence(words, i + 1)) {
    last = i + 1;
  } else if (w == "let" && lower_at(words, i + 1) == "go" && in_sentence(words, i + 1)) {
    last = i + 1;
  } else if (is_one_of(w, {"put", "placed"}) && lower_at(words, i + 1) == "on" &&
             in_sentence(words, i + 1) &&
             (contains(kSuspensions, lower_at(words, i + 2)) ||
              (in_sentence(words, i + 3) && contains(kSuspensions, lower_at(words, i + 3))))) {
    last = contains(kSuspensions, lower_at(words, i + 2)) ? i + 2 : i + 3;
  } else if (w == "stripped" && lower_at(words, i + 1) == "of" && in_sentence(words, i + 1)) {
    last = i + 1;  // "has been stripped of his deploy rights"
  } else if (contains(kRemovals, w) && in_sentence(words, i + 1) &&
             (lower_at(words, i + 1) == "from" ||
              (lower_at(words, i + 1) == "away" && lower_at(words, i + 2) == "from"))) {
    last = lower_at(words, i + 1) == "from" ? i + 1 : i + 2;
  } else if (!contains(kPunishments, w)) {
    return std::nullopt;
  }
  if (!is_be_form(prev) || i < 1 || words[i].starts_sentence) return std::nullopt;
  // "was reminded by the deploy bot": a program's reminder corrects no one.
  if (lower_at(words, last + 1) == "by" && in_sentence(words, last + 2) &&
      !person_phrase_at(words, last + 2))
    return std::nullopt;
  auto subject = subject_over_modals(words, i);
  if (!subject) return std::nullopt;
  // "The person responsible has been removed", "the engineers involved were fired".
  if (is_one_of(words[*subject].lower, {"responsible", "involved", "concerned"}) && *subject > 0 &&
      !words[*subject].starts_sentence)
    --*subject;
  // "Whoever pushed this needs to be disciplined": the relative that opens the sentence.
  for (std::size_t k = *subject; classify(words, *subject).agent == Agent::None; --k) {
    if (words[k].lower == "whoever") *subject = k;
    if (words[k].starts_sentence || k == 0 || *subject - k > 6) break;
  }
  const bool contraction = is_person_contraction(words, *subject);
  if (!contraction && classify(words, *subject).agent == Agent::None) return std::nullopt;
  if (is_one_of(words[*subject].lower, {"nobody", "none", "one"}) || negated(words, i) ||
      any_before(words, i, 8, kHypothetical))
    return std::nullopt;
  return Match{contraction ? *subject : classify(words, *subject).first, last, Kind::Punishment};
}

std::optional<Match> exhortation(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  const std::string& prev = lower_before(words, i, 1);
  std::size_t be = 0;
  if (is_careful_word(w) && prev == "more" && lower_before(words, i, 2) == "be" && i >= 2) {
    be = i - 2;
  } else if (is_careful_word(w) && prev == "more" && i >= 3 &&
             is_one_of(lower_before(words, i, 2), {"far", "much", "lot", "bit", "way"})) {
    // "be far more careful", "be a lot more disciplined".
    be = lower_before(words, i, 3) == "a" ? i - 4 : i - 3;
    if (be >= words.size() || words[be].lower != "be") return std::nullopt;
  } else if (contains(kTrainings, w) && prev == "be" && i >= 1) {
    be = i - 1;
    // "will be trained" is a plan; "should be retrained" asks for a person to be fixed.
    if (!is_one_of(lower_before(words, i, 2), {"should", "must", "to", "ought"}))
      return std::nullopt;
  } else if (is_one_of(w, {"retraining", "re-training", "training", "coaching", "supervision",
                           "mentoring"}) &&
             i >= 1) {
    // "needs training", "needs more training", "requires closer supervision".
    be = contains(kMoreOf, prev) && i >= 2 ? i - 2 : i - 1;
    if (!is_one_of(words[be].lower, {"needs", "need", "requires", "require"})) return std::nullopt;
  } else if (asks_to_try_harder(words, i)) {
    // "Operators must double-check their typing", "The on-call needs to pay more attention".
    be = i - 1;
  } else {
    return std::nullopt;
  }
  if (be == 0 || words[be].starts_sentence || words[i].starts_sentence) return std::nullopt;
  const auto subject = subject_over_modals(words, be);
  if (!is_person(words, subject) || is_collective(words[*subject].lower) || negated(words, be))
    return std::nullopt;
  return Match{classify(words, *subject).first, i, Kind::Exhortation};
}

}  // namespace hindsight::core
