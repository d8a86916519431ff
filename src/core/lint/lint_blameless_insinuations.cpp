// Blame by insinuation: words that say nothing outright against a person but let the reader draw
// the conclusion, as the blameless-culture literature warns (Etsy's "Blameless PostMortems and a
// Just Culture": a timeline that judges by its adverbs; Dekker's "Field Guide": hindsight that
// reads an outcome back into a person's conduct):
//   - lateness told by an adverb: "Deepa finally joins the bridge", "before finally acking";
//   - a warning repeated, or defied: "was told twice not to", "went ahead with it anyway" after a
//     warning or a concession;
//   - a habit assumed: "had his notifications muted, as usual", "as they always do";
//   - a lapse told as one more of many: "yet again", "once more", "not for the first time";
//   - questions that are accusations: "What exactly was Oksana doing for two hours?", "How did
//     Oliver manage to miss it?", "Can someone explain to Kofi what staging is for?", "an
//     explanation from Elif";
//   - a person's faculties found wanting: "Hannah's lack of preparation", "insufficient
//     diligence by the deploying team";
//   - people cast as what made it worse: "Cashiers who kept rebooting the terminals only made the
//     outage worse", "Claimants who left it until the last day contributed to the overload";
//   - blame disclaimed and then laid: "Not to point fingers, but only one person had deploy
//     rights", "I don't want to single anyone out, but Chloe did make that change".
// Contract: each needs a person (a name, a handle, a role, he/she, or the "who" that only people
// take) in the words it reads; "the job finally succeeded" and "insufficient monitoring" pass.
#include "core/lint/lint_blameless_rules.hpp"

namespace hindsight::core {
namespace {

// What a person "finally" did that others were waiting for.
const WordSet kBelatedActs{
    "joins joined joining acks acked acking acknowledges acknowledged acknowledging responds "
    "responded responding answers answered answering shows showed escalates escalated escalating "
    "replies replied replying reads reading wakes woke notices noticed noticing realises realised "
    "realizes realized opens opened picks picked looks looked checks checked calls called "
    "bothers bothered logs logged"};

// How often a person is said to have been told: "told twice", "warned repeatedly".
const WordSet kRepeatedly{"twice repeatedly again"};

// Earlier in a sentence that ends in "anyway": what the act went against ("was told to wait",
// "asked him to wait", "during the freeze", "despite the warning").
const WordSet kWarnedWords{"told warned asked advised begged"};
const WordSet kWarnings{"freeze unapproved objected objection objections warning warnings"};

// What a habit "as usual" is said of when it is a lapse.
const WordSet kLapses{
    "muted missed ignored forgot forgotten late unreachable nowhere asleep broke broken skipped "
    "nobody offline absent unavailable"};

// Faculties a person is said to lack: "lack of preparation", "insufficient diligence".
const WordSet kFacultiesLacking{
    "competence diligence care preparation effort ownership attention skill skills knowledge "
    "professionalism judgement judgment discipline rigour rigor accountability decision-making "
    "urgency focus vigilance thoroughness seriousness initiative commitment"};

// Of these, the ones only a person has: "the coordinator's lack of urgency" judges whoever the
// coordinator is ("the service's lack of ownership" says no one owns it).
const WordSet kHumanFaculties{
    "competence diligence care effort professionalism urgency focus vigilance thoroughness "
    "seriousness initiative commitment"};

bool person_word(const Words& words, std::size_t k) {
  return classify(words, k).agent == Agent::Person && words[k].lower != "who";
}

// "Deepa finally joins the bridge", "Kenji waited for three pages before finally acking".
std::optional<Match> belated(const Words& words, std::size_t i) {
  if (words[i].lower != "finally" || !in_sentence(words, i + 1) ||
      !contains(kBelatedActs, words[i + 1].lower))
    return std::nullopt;
  // "Once the replica caught up, the on-call finally opened the traffic": the order of steps.
  for (std::size_t back = 1; back <= 12 && back <= i; ++back) {
    if (words[i - back + 1].starts_sentence) break;
    if (words[i - back].lower == "once") return std::nullopt;
  }
  for (std::size_t k = i + 2; k <= i + 10 && in_sentence(words, k); ++k)
    if (words[k].lower == "once") return std::nullopt;
  if (const auto person = person_before_in_sentence(words, i, 10))
    return Match{*person, i + 1, Kind::Judgement};
  return std::nullopt;
}

// "Kwame was told twice not to touch it", "was warned repeatedly".
std::optional<Match> told_again(const Words& words, std::size_t i) {
  if (!is_one_of(words[i].lower, {"told", "warned", "reminded"}) || i < 2 ||
      words[i].starts_sentence || !is_one_of(words[i - 1].lower, {"was", "were", "been"}) ||
      !in_sentence(words, i + 1) || !contains(kRepeatedly, words[i + 1].lower))
    return std::nullopt;
  // "was warned again by the monitoring system": a machine's alerts, not people's warnings.
  if (lower_at(words, i + 2) == "by" && in_sentence(words, i + 3) &&
      !person_words_at(words, i + 3))
    return std::nullopt;
  if (const auto person = person_before_in_sentence(words, i - 1, 4))
    return Match{*person, i + 1, Kind::Judgement};
  return std::nullopt;
}

// "Giorgos went ahead with it anyway" after "two people asked him to wait".
std::optional<Match> defied(const Words& words, std::size_t i) {
  if (!is_one_of(words[i].lower, {"anyway", "anyways"})) return std::nullopt;
  std::size_t start = i;
  while (start > 0 && !words[start].starts_sentence && i - start < 40) --start;
  bool warned = false;
  std::optional<std::size_t> person;
  for (std::size_t k = start; k < i; ++k) {
    // A warning given to a person: "was told", "had been warned", "asked him to wait".
    const bool given =
        contains(kWarnedWords, words[k].lower) &&
        ((k > start && is_one_of(words[k - 1].lower, {"was", "were", "been", "being"})) ||
         (k + 1 < i && (is_one_of(words[k + 1].lower, {"him", "her", "them"}) ||
                        classify(words, k + 1).by_name)));
    warned = warned || given || contains(kWarnings, words[k].lower);
    if (!person && person_word(words, k)) person = classify(words, k).first;
  }
  if (!warned || !person) return std::nullopt;
  return Match{*person, i, Kind::Judgement};
}

// "Hamza, as usual, had his notifications muted", "as they always do".
std::optional<Match> habit(const Words& words, std::size_t i) {
  if (words[i].lower != "as" || !in_sentence(words, i + 2)) return std::nullopt;
  const std::string& next = words[i + 1].lower;
  const bool usual = is_one_of(next, {"usual", "always"});
  const bool always_do = is_one_of(next, {"he", "she", "they"}) &&
                         words[i + 2].lower == "always";
  if (!usual && !always_do) return std::nullopt;
  // The lapse stands near the habit, in its clause: "Hamza, as usual, had his notifications
  // muted" (not "as usual, the on-call checked the dashboards, and the alert was silent").
  std::size_t start = i, end = i + 2;
  while (start > 0 && !words[start].starts_sentence && i - start < 8) --start;
  while (end + 1 < words.size() && !words[end + 1].starts_sentence && end - i < 8 &&
         words[end + 1].mark != ',')
    ++end;
  // "muted the noisy channel so production alerts stood out": done on purpose.
  for (std::size_t k = i + 3; k <= i + 14 && in_sentence(words, k); ++k)
    if (words[k].lower == "so" && !is_one_of(lower_at(words, k + 1), {"much", "many", "far"}))
      return std::nullopt;
  bool lapse = always_do, person = false;
  for (std::size_t k = start; k <= end; ++k) {
    lapse = lapse || contains(kLapses, words[k].lower);
    person = person || person_word(words, k);
  }
  if (!lapse || !person) return std::nullopt;
  return Match{i, i + 2, Kind::Judgement};
}

// "What exactly was Oksana doing", "How did Oliver manage to miss", "explain to Kofi what",
// "an explanation from Elif".
std::optional<Match> accusing_question(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  if (w == "what") {
    std::size_t aux = i + 1;
    const bool exactly = lower_at(words, aux) == "exactly";
    if (exactly) ++aux;
    if (!in_sentence(words, aux + 2) || !is_one_of(words[aux].lower, {"was", "were"}))
      return std::nullopt;
    // "What exactly was Oksana doing", "What was Kofi doing for two hours"; not "What were the
    // engineers doing to mitigate the impact?", a question for the facts.
    if (const auto person = person_words_at(words, aux + 1))
      if (lower_at(words, *person + 1) == "doing" && in_sentence(words, *person + 1) &&
          (exactly || classify(words, aux + 1).by_name))
        return Match{i, *person + 1, Kind::Interrogation};
    return std::nullopt;
  }
  if (w == "how" && lower_at(words, i + 1) == "did" && in_sentence(words, i + 3)) {
    if (const auto person = person_words_at(words, i + 2))
      if (lower_at(words, *person + 1) == "manage" && in_sentence(words, *person + 1))
        return Match{i, *person + 1, Kind::Interrogation};
    return std::nullopt;
  }
  // One named person asked to account, or talked down to: "explain to Kofi what staging is
  // for", "an explanation from Elif" (not "an explanation from the vendor").
  if ((w == "explain" && lower_at(words, i + 1) == "to") ||
      (w == "explanation" && lower_at(words, i + 1) == "from")) {
    if (in_sentence(words, i + 2) && classify(words, i + 2).by_name)
      return Match{i, i + 2, Kind::Interrogation};
  }
  return std::nullopt;
}

// "Hannah's lack of preparation", "insufficient diligence by the deploying team", "poor
// decision-making by the incident lead".
std::optional<Match> faculty_lacking(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  std::size_t faculty = i + 1;
  if (w == "lack" && lower_at(words, i + 1) == "of") faculty = i + 2;
  else if (!is_one_of(w, {"insufficient", "inadequate", "poor"})) return std::nullopt;
  if (!in_sentence(words, faculty) || !contains(kFacultiesLacking, words[faculty].lower))
    return std::nullopt;
  if (i > 0 && !words[i].starts_sentence &&
      (is_named_owner(words, i - 1) || is_one_of(words[i - 1].lower, {"his", "her", "their"})))
    return Match{i - 1, faculty, Kind::Judgement};
  const bool human = contains(kHumanFaculties, words[faculty].lower);
  // "The duty manager's lack of urgency", "The staff demonstrated a lack of competence" (not
  // "the alert's lack of urgency").
  const std::string_view owner = words[i > 0 ? i - 1 : i].lower;
  const bool role_owner = ends_with(owner, "'s") && is_role(owner.substr(0, owner.size() - 2));
  if (human && i > 0 && !words[i].starts_sentence && !negated(words, i) &&
      (role_owner || person_before_in_sentence(words, i, 6)))
    return Match{i - 1, faculty, Kind::Judgement};
  const std::size_t after = faculty + 1;
  if (in_sentence(words, after + 1) && is_one_of(words[after].lower, {"by", "of", "in", "from"}))
    if (const auto person = person_phrase_at(words, after + 1))
      return Match{i, *person, Kind::Judgement};
  return std::nullopt;
}

// What "made worse" says of a bad outcome: "made the outage worse", "made recovery harder"
// ("made the backlog longer" describes load).
const WordSet kWorse{"worse harder"};

// What people "added to" or "contributed to" when it casts them as aggravators ("added to the
// load" describes it).
const WordSet kAggravated{"chaos confusion overload losses mess problem problems outage incident"};

// "Customers who abandoned their carts added to the chaos": people, named by the "who" of the
// sentence's subject, as what aggravated the outcome. `i` is that "who".
std::optional<Match> aggravators(const Words& words, std::size_t i) {
  if (words[i].lower != "who" || i == 0 || words[i].starts_sentence || i > 6) return std::nullopt;
  std::size_t start = i;
  while (start > 0 && !words[start].starts_sentence) --start;
  if (i - start > 5 || words[i].mark == ',') return std::nullopt;
  for (std::size_t k = i + 2; k <= i + 25 && in_sentence(words, k); ++k) {
    const std::string& w = words[k].lower;
    const bool made = is_one_of(w, {"made", "make", "makes", "making"});
    if (made)
      for (std::size_t j = k + 1; j <= k + 5 && in_sentence(words, j); ++j)
        if (contains(kWorse, words[j].lower) && !negated(words, k))
          return Match{start, j, Kind::PersonAsCause};
    // "contributed (significantly) to the overload", "added to the chaos".
    std::size_t to = k + 1;
    if (in_sentence(words, to) && ends_with(words[to].lower, "ly")) ++to;
    if (is_one_of(w, {"contributed", "contribute", "contributes", "added", "add", "adds"}) &&
        lower_at(words, to) == "to" && in_sentence(words, to) && !negated(words, k))
      for (std::size_t j = to + 1; j <= to + 4 && in_sentence(words, j); ++j)
        if (contains(kAggravated, words[j].lower) && !explained_after(words, j))
          return Match{start, to, Kind::PersonAsCause};
  }
  return std::nullopt;
}

// Words of help and thanks, which a repetition praises: "once again helped us".
const WordSet kHelpWords{
    "thanks thank kudos grateful helped help helping quick quickly limited saved caught fixed "
    "resolved"};

// What a person repeats when it is a lapse: "Once again the night crew failed to log".
const WordSet kRepeatedLapses{
    "muted missed ignored forgot forgotten late unreachable asleep broke broken skipped offline "
    "absent failed without bypassed overrode neglected"};

// "Yet again a reviewer approved a change without reading it", "The network team, not for the
// first time, changed the rule without telling anyone", "Once again the B-crew failed to log the
// changeover": a person's lapse told as one more of many. The lapse follows the person in one
// clause; "yet again" said of a system, or of help, is no lapse.
std::optional<Match> repeated_lapse(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  std::size_t last = i + 1;
  if ((w == "yet" && lower_at(words, i + 1) == "again") ||
      (w == "once" && is_one_of(lower_at(words, i + 1), {"again", "more"}))) {
  } else if (w == "not" && lower_at(words, i + 1) == "for" && lower_at(words, i + 2) == "the" &&
             lower_at(words, i + 3) == "first" && lower_at(words, i + 4) == "time") {
    last = i + 4;
  } else {
    return std::nullopt;
  }
  if (!in_sentence(words, last)) return std::nullopt;
  std::size_t start = i, end = last;
  while (start > 0 && !words[start].starts_sentence) --start;
  while (end + 1 < words.size() && !words[end + 1].starts_sentence) ++end;
  // "Once again, thanks to the on-call team", "helped us debug": help repeated, not a lapse.
  for (std::size_t k = start; k <= end; ++k)
    if (contains(kHelpWords, words[k].lower)) return std::nullopt;
  std::optional<std::size_t> person;
  for (std::size_t k = start; k <= end; ++k) {
    if (k >= i && k <= last) continue;
    if (!person && person_word(words, k)) {
      person = k;
      continue;
    }
    if (!person || !contains(kRepeatedLapses, words[k].lower)) continue;
    // In the person's clause: no comma between them but those around the phrase itself.
    bool split = false;
    for (std::size_t j = *person + 1; j <= k; ++j)
      if (words[j].mark == ',' && j != i && j != last + 1) split = true;
    if (!split) return Match{i, last, Kind::Judgement};
  }
  return std::nullopt;
}

// The words that disclaim blame before laying it ("not to point fingers", "not naming names",
// "without naming names", "no names", "don't want to single anyone out").
bool disclaims_blame(const Words& words, std::size_t i) {
  const auto at = [&](std::size_t k) -> const std::string& { return lower_at(words, i + k); };
  if (at(0) == "not" && at(1) == "to" && is_one_of(at(2), {"point", "single", "blame", "throw"}))
    return true;
  if (is_one_of(at(0), {"not", "without"}) && is_one_of(at(1), {"naming", "pointing", "blaming"}))
    return true;
  if (at(0) == "no" && is_one_of(at(1), {"names", "finger-pointing"})) return true;
  return is_one_of(at(0), {"don't", "dont"}) && at(1) == "want" && at(2) == "to" &&
         is_one_of(at(3), {"single", "point", "blame", "name"});
}

// "Not to point fingers, but only one person had deploy rights that week": after the disclaimer,
// a "but" that turns to one person: a name, he or she, or "one person" ("but the on-call engineer
// had the access they needed" and "but our team lacked a reviewer" ask about roles and teams).
std::optional<Match> disclaimed(const Words& words, std::size_t i) {
  if (!disclaims_blame(words, i)) return std::nullopt;
  for (std::size_t k = i + 2; k < i + 12 && in_sentence(words, k); ++k) {
    if (words[k].lower != "but") continue;
    for (std::size_t j = k + 1; j < k + 8 && in_sentence(words, j); ++j)
      if (is_name_word(words, j) || is_one_of(words[j].lower, {"he", "she"}) ||
          (words[j].lower == "person" && lower_at(words, j - 1) == "one"))
        return Match{i, j, Kind::Judgement};
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> insinuation(const Words& words, std::size_t i) {
  for (auto rule : {belated, told_again, defied, habit, accusing_question, faculty_lacking,
                    aggravators, repeated_lapse, disclaimed})
    if (auto match = rule(words, i)) return match;
  return std::nullopt;
}

}  // namespace hindsight::core
