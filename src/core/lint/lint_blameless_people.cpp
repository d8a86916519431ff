// Who a sentence blames: names, handles, roles and pronouns as the subject of a blame verb ("Sarah
// ignored the alert", "@sam failed to rotate the key", "The team failed to test") or as its agent
// ("was ignored by the on-call engineer"), warnings that "were ignored" with no agent named, a
// named person's change that broke something, a person who acted on "the wrong" target, took
// something down or offline ("knocked the service offline"), or went around a safeguard
// ("bypassed the review", "took a shortcut"), or left a step out ("merged without a review",
// "instead of reading it", "keeps changing settings without asking"). A subject may be a relative
// ("The engineer who ...") or a person opening the sentence with a phrase of no verb ("An engineer
// responsible for the change ...", "Karen from billing ..."); "you" counts when a statement, not a
// condition, says what the person addressed broke; customers count only as who broke something.
// Contract: a capitalised word counts as a name only where it is not a common sentence opener, a
// known product, a plural or an abstract noun, so that ordinary incident prose ("the check
// failed", "the job was ignored by the scheduler", "Sarah added an alert") passes. Never matches
// across a sentence boundary.
#include <algorithm>

#include "core/lint/lint_blameless_rules.hpp"

namespace hindsight::core {
namespace {

// Roles that name only people ("the package manager" and "the load tester" are programs).
constexpr std::string_view kPeopleOnlyRoles =
    "engineer engineers developer developers dev devs administrator administrators admin "
    "admins sysadmin sysadmins team teams intern interns contractor contractors employee "
    "employees reviewer reviewers dba dbas sre sres lead staff operator operators technician "
    "technicians analyst responder responders on-call crew leader leaders individual "
    "individuals assignee assignees commander commanders architect programmer programmers "
    "nurse nurses pharmacist pharmacists physician physicians doctor doctors surgeon "
    "surgeons clinician clinicians secretary secretaries clerk clerks postdoc postdocs "
    "maintainer maintainers contributor contributors supervisor supervisors specialist "
    "specialists officer officers consultant consultants volunteer volunteers colleague "
    "colleagues coworker coworkers trainee trainees director directors recruiter recruiters "
    "professor professors lecturer lecturers instructor instructors teacher teachers "
    "accountant accountants auditor auditors founder founders co-founder co-founders "
    "cofounder cofounders ceo cto cio cfo coo vp executives boss bosses receptionist "
    "receptionists cashier cashiers lawyer lawyers attorney attorneys paralegal paralegals "
    "scientist scientists researcher researchers designer designers marketer marketers "
    "apprentice apprentices foreman attendant attendants journalist journalists freelancer "
    "freelancers subcontractor subcontractors electrician electricians approver approvers "
    "chairman chairperson treasurer president dean superintendent banker bankers teller "
    "tellers underwriter underwriters paramedic paramedics salesperson salespeople midwife "
    "midwives anesthesiologist anesthesiologists anaesthetist anaesthetists obstetrician "
    "obstetricians chef chefs courier couriers bartender bartenders waiter waiters waitress "
    "waitresses janitor janitors plumber plumbers firefighter firefighters "
    "caregiver caregivers dentist dentists therapist therapists radiologist radiologists squad "
    "squads crews toolpusher toolpushers driller drillers roughneck roughnecks rigger riggers "
    "welder welders fitter fitters machinist machinists mechanic mechanics miner miners foremen "
    "lookout lookouts captain captains skipper skippers helmsman deckhand deckhands sailor "
    "sailors seafarer seafarers "
    "signaller signallers signalman sergeant sergeants constable constables inspector "
    "inspectors detective detectives warden wardens subeditor subeditors "
    "medic medics porter porters carer carers surveyor surveyors "
    "steward stewards chemist chemists student students tutor tutors headteacher "
    "labourer labourers laborer laborers scaffolder "
    "scaffolders carpenter carpenters storekeeper storekeepers lifeguard lifeguards cook cooks "
    "referee referees lineman linemen linesman linesmen shunter shunters pipefitter pipefitters "
    "chargehand chargehands stevedore stevedores bricklayer "
    "bricklayers roofer roofers plasterer plasterers glazier glaziers caretaker caretakers matron "
    "matrons storeman storemen handyman handymen trackworker trackworkers groundworker "
    "groundworkers orderlies adjuster adjusters staffer staffers liaison liaisons ";

// Roles and indefinite people: "the on-call engineer", "the new hire", "someone".
const WordSet kRoles{
    kPeopleOnlyRoles,
    "oncall on-caller author manager managers management qa tester testers someone somebody "
    "nobody everyone everybody anyone anybody person owner owners ops hire hires member "
    "members coder coders pilot pilots whoever newbie rookie guy guys shift shifts vendor "
    "vendors folks tech techs human humans juniors department departments "};

// People outside the team: they have no alerts to watch and no procedures to follow ("Customers
// missed the maintenance email" is impact), but naming one as who broke something still blames.
const WordSet kOutsiders{"customer customers"};

// Capitalised at the start of a sentence, never names.
const WordSet kCommonOpeners{
    "the a an our this that these those it its then after when while during before at on in by "
    "for from with without once later meanwhile finally also however because since so but and or "
    "if each every all both some most no none another other there here what which who why how "
    "where today yesterday tomorrow tonight monday tuesday wednesday thursday friday saturday "
    "sunday january february march april may june july august september october november december "
    "first second third next last initially eventually subsequently unfortunately fortunately "
    "luckily ultimately instead again still only even just not nothing everything something "
    "anything many several few such whose my your his her their thanks please note overall "
    "together root yes had classic any same different new old more less much whole entire"};

// Products and system parts that read like names when capitalised.
const WordSet kSystemWords{
    "production prod staging cache database primary replica cluster node pod service server "
    "client router proxy gateway scheduler autoscaler canary pipeline build deploy release "
    "rollout rollback failover traffic config storage search checkout login auth backup cron "
    "upstream downstream frontend backend queue worker job nginx redis postgres postgresql mysql "
    "kafka kubernetes docker jenkins terraform ansible datadog grafana prometheus vault consul "
    "envoy istio celery sidekiq cloudflare akamai fastly heroku linux windows chrome safari "
    "firefox android slack jira zookeeper etcd elasticsearch opensearch rabbitmq memcached "
    "haproxy helm argo spinnaker sentry splunk kibana logstash fluentd lambda alertmanager "
    "opsgenie pagerduty github gitlab bitbucket"};

// Names that end in "s", which would otherwise read as plurals.
const WordSet kNamesEndingInS{
    "james chris thomas nicholas charles marcus lucas douglas carlos lars hans jonas andreas "
    "matthias tobias elias niklas agnes dennis francis louis luis travis curtis otis angus jules "
    "gus ross wes les doris iris lois frances alexis yannis kostas nikos jess tess miles silas "
    "amos moses rhys boris klaus mats"};

// A word after these is a thing ("the Scheduler"), not a person.
const WordSet kDeterminers{"the a an our their this that its your my his her each every some any"};

// Adjectives between a determiner and a role: "the new hire", "an exhausted operator".
const WordSet kPersonAdjectives{
    "new junior senior tired exhausted same other on-duty inexperienced experienced responsible "
    "overnight primary secondary particular specific offending"};

// What may follow a person named as a cause: the end of the clause, a relative, a verb.
const WordSet kAfterPerson{
    "who that which was were is did didn't had has and or when while because by not in on at "
    "during with for responsible involved concerned the after again yesterday today go"};

// Roles a plain noun may qualify, since they name only people: "the night-shift operator", "the
// platform team". Plurals that are verbs too ("leads") count only there.
const WordSet kHumanRoles{kPeopleOnlyRoles, "leads analysts crews architects "};

// What a manager is when the word before names people's work, not a program's ("the release
// manager", "the incident manager"; "the package manager" and "the cluster manager" are programs).
const WordSet kPeopleManagers{
    "release incident engineering project product program programme delivery hiring account "
    "line people change shift duty escalation"};

// "team-member-1", "engineer-2": a person a redacted post-mortem numbers instead of naming.
bool is_numbered_role(std::string_view w) {
  const std::size_t dash = w.rfind('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 == w.size() ||
      w.find_first_not_of("0123456789", dash + 1) != std::string_view::npos)
    return false;
  // Hosts and pods are numbered too ("etcd-member-2", "ops-1", "prometheus-operator-0"): only
  // words that name a person alone count.
  return is_one_of(w.substr(0, dash),
                   {"team-member", "engineer", "developer", "person", "responder", "employee",
                    "analyst", "contractor", "reviewer", "staff-member", "user"});
}

// What a program that is called a manager manages: "the session manager", "the package manager".
const WordSet kManagedThings{
    "session sessions package packages window resource resources connection connections memory "
    "cluster node process device power secret secrets certificate certificates config "
    "configuration lock network volume disk state credential credentials password dependency "
    "file boot display workload traffic queue job pool thread entity license licence download "
    "update patch cache key keys storage task tasks devices"};

// "didn't check", "did not test": a step a person is said to have left out.
const WordSet kOmissions{
    "check test verify review follow read notice escalate respond look validate monitor wait "
    "call notify inform tell report declare initiate consult patch answer confirm reconcile"};

// "never tested the restore": the same steps, done or not.
const WordSet kOmissionsDone{
    "checked tested verified reviewed followed read noticed escalated responded looked validated "
    "monitored"};

// What "introduced" brings in when it blames: "Bob introduced a bug".
const WordSet kDefects{
    "bug bugs regression regressions typo typos vulnerability defect defects leak outage outages "
    "incident"};

// What a person's bad work is called after "shipped" or "wrote": "shipped garbage".
const WordSet kBadWork{"broken buggy bad untested faulty garbage junk crap rubbish trash"};

// What a person "made": "made an avoidable mistake".
const WordSet kMistakes{"mistake mistakes error errors blunder blunders"};

// Words before "you" that make its act a condition or a rule: "if you broke the build".
const WordSet kConditionOpeners{"if when unless once whenever before after until whether"};

// What "let" allows when it blames: "Bob let the certificate expire".
const WordSet kLapses{"expire expired lapse lapsed slip slide"};

// Auxiliaries and adverbs between a subject and its verb ("Sarah simply ignored").
const WordSet kSubjectSkips{
    "had has have just simply also then again completely totally apparently clearly obviously "
    "repeatedly accidentally still already initially once somehow basically probably actually "
    "really entirely allegedly mistakenly alone personally single-handedly singlehandedly"};

// Signals people are meant to act on.
const WordSet kSignals{
    "alert alerts alarm alarms page pages warning warnings escalation escalations notification "
    "notifications ticket tickets message messages email emails report reports reminder "
    "reminders notice notices"};

// What people, not programs, are said to ignore: signals and the team's own procedures.
const WordSet kPersonObjects{
    "runbook runbooks checklist checklists procedure procedures process policy advice feedback "
    "review guidance instructions rollback criteria dashboard dashboards deadline sla"};

// What people, not programs, are said to have failed to do.
const WordSet kPersonActions{
    "test check notice follow update escalate communicate review verify read renew rotate notify "
    "inform document catch act acknowledge tell mention consider ask page revert remove add do"};

// Between a signal and "ignored": "the alerts were all ignored".
const WordSet kPassiveSkips{
    "was were got been had have has simply just completely repeatedly all largely"};

// What a person's change is called when it broke something: "Jenna's change broke checkout".
const WordSet kChanges{
    "change changes commit commits deploy deployment pr patch script query migration typo edit "
    "code config push merge command shortcut shortcuts hack workaround decision"};

// Operations aimed at a target that "the wrong" one can follow: "deleted the wrong volume".
const WordSet kTargetedActions{
    "ran run restarted deleted dropped removed rebooted killed edited deployed pushed merged "
    "typed selected chose picked modified updated changed configured terminated truncated "
    "targeted used entered applied executed shut stopped wiped promoted failed sent gave passed "
    "supplied provided copied pasted uploaded specified pointed clicked pressed hit flipped "
    "unplugged switched opened closed made make makes"};

// Safeguards a person is said to have gone around: "bypassed the review", "sidestepped our
// policies". Programs bypass caches and proxies, so the object decides.
const WordSet kSafeguards{
    "review reviews process processes procedure procedures policy policies check checks checklist "
    "checklists approval approvals test tests ci safeguard safeguards guardrail "
    "guardrails control controls canary canaries staging gate gates rule rules protocol "
    "protocols validation runbook runbooks sign-off change-management"};

// Verbs of going around a safeguard.
const WordSet kCircumventions{
    "bypassed circumvented sidestepped side-stepped shortcut short-cut short-circuited skirted "
    "evaded"};

// What "took ... down" cannot have as its object: "took a while to come down".
const WordSet kNotDamaged{
    "to while time minute minutes hour hours second seconds day days long longer forever ages"};

// Words that open a phrase after a person and before their verb: "An engineer responsible for
// the change", "The SRE on call", "The team behind the migration", "The person for deploy".
const WordSet kPostmodifiers{"responsible in on from at with behind of for"};

// Steps "without" says were left out: "merged without waiting for CI".
const WordSet kSkippedSteps{
    "running testing checking verifying reviewing reading asking telling waiting validating "
    "consulting following notifying confirming authorization authorisation approval permission "
    "sign-off"};

// Between "without" and the step it leaves out: "without a review", "without really reading".
const WordSet kStepLeads{"a an any the proper prior really even first properly actually so much"};

// What people, not programs, push out: "Jo merged without running the tests".
const WordSet kShippingVerbs{
    "pushed merged deployed shipped released committed approved applied ran changed edited"};

struct Verb {
  std::size_t length = 1;
  Kind kind = Kind::Change;
  bool strong = false;  // blames any agent, "we" and "they" included
};

const std::string& no_word() {
  static const std::string kNone;
  return kNone;
}

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

bool is_handle(const Word& w) { return w.mark == '@'; }

bool is_name(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!has_name_shape(w.text) || is_common_opener(w.lower) || is_system_word(w.lower) ||
      looks_like_common_noun(w.lower))
    return false;
  // "the Scheduler" is a thing; "that Lucy doesn't understand DNS" opens a clause about Lucy.
  return w.starts_sentence || i == 0 || !is_determiner(words[i - 1].lower) ||
         words[i - 1].lower == "that";
}

bool is_omission(std::string_view w) { return contains(kOmissions, w); }

bool any_of_next(const Words& words, std::size_t i, std::size_t window, const WordSet& list) {
  for (std::size_t k = i + 1; k <= i + window && in_sentence(words, k); ++k)
    if (contains(list, words[k].lower)) return true;
  return false;
}

// What an operator kills to stop it ("killed the runaway worker", "killed PID 48211").
const WordSet kStoppedThings{
    "process processes pid job jobs worker workers query queries thread threads task tasks "
    "container containers script scripts daemon pod pods session sessions migration "
    "migrations"};

// What killing a program may take down with it ("killed the job and took the site down").
const WordSet kDamagedAfterKilling{"down outage offline broke lost"};

// Every word blame_verb() starts from: one lookup turns away the rest of the text.
const WordSet kBlameVerbStarts{
    "ignored ignores disregarded overlooked neglected neglects ignore disregard overlook neglect "
    "forgot forgets forget botched "
    "bungled "
    "mishandled fat-fingered failed messed screwed deployed pushed shipped merged released "
    "committed wrote introduced let violated made decided chose opted was were broke caused "
    "misconfigured crashed wiped corrupted killed triggered brought took knocked missed skipped "
    "make makes do does "
    "didn't didnt never "
    "did rushed bypassed circumvented sidestepped side-stepped shortcut short-cut short-circuited "
    "skirted evaded cut don't dont doesn't doesnt"};

// "took the platform down", "knocked the service offline": a person as the agent of damage, with
// the damaged thing between the verb and its particle. The verb's length, if it is one.
std::optional<std::size_t> damage_with_object(const Words& words, std::size_t i) {
  const std::string& v = words[i].lower;
  for (std::size_t k = i + 1; k <= i + 5 && in_sentence(words, k); ++k) {
    const std::string& w = words[k].lower;
    const bool particle = is_one_of(w, {"down", "offline", "off-line"}) ||
                          (v == "knocked" && w == "out" && lower_at(words, k + 1) != "of");
    if (particle) {
      // "took the node down for maintenance", "brought the cluster down to patch it": planned.
      if (k == i + 1 ||
          (in_sentence(words, k + 1) &&
           is_one_of(words[k + 1].lower, {"for", "to", "deliberately", "intentionally", "safely"})))
        return std::nullopt;
      return k - i + 1;
    }
    if (contains(kNotDamaged, w) || reads_as_finite_verb(w) || words[k].mark == ',')
      return std::nullopt;
  }
  return std::nullopt;
}

// "bypassed the review", "took a shortcut", "cut corners": a person going around a safeguard.
std::optional<std::size_t> circumvention(const Words& words, std::size_t i) {
  const std::string& v = words[i].lower;
  const std::string& next = lower_at(words, i + 1);
  if (v == "took" && (next == "shortcuts" || (next == "a" && lower_at(words, i + 2) == "shortcut")))
    return next == "a" ? 3 : 2;
  if (v == "cut" && is_one_of(next, {"corners", "a"}) &&
      (next == "corners" || lower_at(words, i + 2) == "corner"))
    return next == "a" ? 3 : 2;
  if (!contains(kCircumventions, v)) return std::nullopt;
  for (std::size_t k = i + 1; k <= i + 5 && in_sentence(words, k); ++k) {
    if (contains(kSafeguards, words[k].lower)) return k - i + 1;
    // "bypassed the proxy to run the tests": the object ended before the safeguard.
    if (words[k].mark == ',' ||
        is_one_of(words[k].lower, {"to", "for", "by", "with", "and", "so", "because", "that",
                                   "which", "when", "while", "but", "or"}))
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Verb> blame_verb(const Words& words, std::size_t i) {
  const std::string& v = words[i].lower;
  if (!kBlameVerbStarts.has(v)) return std::nullopt;
  const std::string& next = lower_at(words, i + 1);
  if (is_one_of(v, {"ignored", "ignores", "disregarded", "overlooked", "neglected", "neglects"}))
    return Verb{1, Kind::Signal, true};
  // "Staff on Ward 7 routinely neglect hand hygiene": a habit laid on people (not "operators can
  // safely ignore this alert").
  // ("Engineers routinely ignore this alert because it fires hundreds of times a day" lays it on
  // the alert.)
  if (is_one_of(v, {"ignore", "disregard", "overlook", "neglect"}) && i > 0 &&
      is_one_of(words[i - 1].lower, {"routinely", "often", "always", "regularly", "frequently",
                                     "habitually", "consistently", "repeatedly", "usually"}) &&
      !explained_after(words, i))
    return Verb{1, Kind::Signal, true};
  if (is_one_of(v, {"forgot", "forgets"})) return Verb{1, Kind::Safeguard, true};
  // "Yuki forget to renew the domain", as some write it; checked for one person in active_blame.
  if (v == "forget" && next == "to") return Verb{2, Kind::Safeguard, false};
  if (is_one_of(v, {"botched", "bungled", "mishandled", "fat-fingered"}))
    return Verb{1, Kind::Change, true};
  if (v == "failed" && next == "to") return Verb{2, Kind::Safeguard, true};
  if (is_one_of(v, {"messed", "screwed"}) && next == "up") return Verb{2, Kind::Change, true};
  if (is_one_of(v, {"deployed", "pushed", "shipped", "merged", "released", "committed"}) &&
      (contains(kBadWork, next) || next == "wrong"))
    return Verb{2, Kind::Change, true};
  if (is_one_of(v, {"deployed", "pushed", "shipped", "merged", "released", "committed"}) &&
      is_one_of(next, {"a", "an", "the"}) && contains(kBadWork, lower_at(words, i + 2)))
    return Verb{3, Kind::Change, true};
  // "triggered the bug" blames; "triggered the failover" is an operation.
  if (v == "triggered" && any_of_next(words, i, 3, kDefects)) return Verb{1, Kind::Change, false};
  // "killed the stuck reconciliation process", "killed the hung DNP3 master process": stopping
  // a program is an operation.
  if (v == "killed" && any_of_next(words, i, 5, kStoppedThings) &&
      !any_of_next(words, i, 14, kDamagedAfterKilling))
    return std::nullopt;
  if (is_one_of(v, {"broke", "caused", "misconfigured", "crashed", "wiped", "corrupted", "killed"}))
    return Verb{1, Kind::Change, false};
  // "took over" is a hand-over ("Josh took over the deploys"); "knocked over" is damage.
  if ((is_one_of(v, {"brought", "took", "knocked"}) && is_one_of(next, {"down", "out"})) ||
      (v == "knocked" && next == "over"))
    return Verb{2, Kind::Change, false};
  if (is_one_of(v, {"brought", "took", "knocked"}))
    if (const auto length = damage_with_object(words, i)) return Verb{*length, Kind::Change, false};
  if (const auto length = circumvention(words, i)) return Verb{*length, Kind::Safeguard, false};
  if (v == "wrote" && (contains(kBadWork, next) || next == "sloppy"))
    return Verb{2, Kind::Change, true};
  if (v == "introduced" && any_of_next(words, i, 3, kDefects)) return Verb{1, Kind::Change, false};
  if (v == "let" && any_of_next(words, i, 4, kLapses)) return Verb{1, Kind::Safeguard, false};
  if (v == "violated") return Verb{1, Kind::Safeguard, false};
  // "made a mistake", "made an avoidable error", "made the same mistake again", "did mistake" and
  // "make same error" (as some write it).
  if (is_one_of(v, {"made", "make", "makes", "did", "do", "does"}) && in_sentence(words, i + 1) &&
      (v == "made" || v == "did" || !is_one_of(lower_before(words, i, 1), {"to", "would", "can"})))
    for (std::size_t k = i + 1; k <= i + 3 && in_sentence(words, k); ++k) {
      if (contains(kMistakes, words[k].lower)) return Verb{k - i + 1, Kind::Fault, false};
      if (!is_one_of(words[k].lower, {"a", "an", "another", "several", "multiple", "two", "the",
                                      "same", "this", "that", "such", "basic", "avoidable",
                                      "costly", "big", "serious", "critical", "obvious", "simple"}))
        break;
    }
  if (is_one_of(v, {"decided", "chose", "opted"}) && next == "to" &&
      is_one_of(lower_at(words, i + 2),
                {"ignore", "skip", "bypass", "disregard", "circumvent", "sidestep", "side-step",
                 "shortcut", "short-cut", "short-circuit", "skirt", "evade"}))
    return Verb{3, Kind::Signal, true};
  if (is_one_of(v, {"was", "were"}) && next == "supposed" && lower_at(words, i + 2) == "to" &&
      contains(kPersonActions, lower_at(words, i + 3)))
    return Verb{4, Kind::Safeguard, false};
  // "was supposed to have reviewed the plan".
  if (is_one_of(v, {"was", "were"}) && next == "supposed" && lower_at(words, i + 2) == "to" &&
      lower_at(words, i + 3) == "have" && is_person_participle(lower_at(words, i + 4)) &&
      in_sentence(words, i + 4))
    return Verb{5, Kind::Safeguard, false};
  // "chose not to follow the runbook".
  if (is_one_of(v, {"decided", "chose", "opted"}) && next == "not" &&
      lower_at(words, i + 2) == "to" && is_omission(lower_at(words, i + 3)) &&
      in_sentence(words, i + 3))
    return Verb{4, Kind::Safeguard, true};
  // "were supposed to be watching the dashboards".
  if (is_one_of(v, {"was", "were"}) && next == "supposed" && lower_at(words, i + 2) == "to" &&
      lower_at(words, i + 3) == "be" && ends_with(lower_at(words, i + 4), "ing") &&
      in_sentence(words, i + 4))
    return Verb{5, Kind::Safeguard, false};
  if (v == "missed") return Verb{1, Kind::Signal, false};
  // "the team rushed", "Sam rushed the fix out"; "rushed to the data centre" is how fast they went.
  if (v == "rushed" && !is_one_of(next, {"to", "back", "over", "in"}))
    return Verb{1, Kind::Change, false};
  if (v == "skipped") return Verb{1, Kind::Safeguard, false};
  if (is_one_of(v, {"didn't", "didnt", "never", "don't", "dont", "doesn't", "doesnt"})) {
    // "don't always follow the rules".
    if (is_omission(next)) return Verb{2, Kind::Safeguard, false};
    if (is_one_of(next, {"always", "even", "ever", "really", "actually", "usually"}) &&
        in_sentence(words, i + 2) && is_omission(words[i + 2].lower))
      return Verb{3, Kind::Safeguard, false};
  }
  if (v == "never" && contains(kOmissionsDone, next)) return Verb{2, Kind::Safeguard, false};
  if (v == "did" && next == "not" && is_omission(lower_at(words, i + 2)))
    return Verb{3, Kind::Safeguard, false};
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

// "Jenna's change broke checkout": the named person's change as the subject of a change verb.
std::optional<std::size_t> named_owner_of_change(const Words& words, std::size_t subject) {
  if (!contains(kChanges, words[subject].lower) || subject == 0 || words[subject].starts_sentence)
    return std::nullopt;
  if (is_named_owner(words, subject - 1)) return subject - 1;
  // "Dana's config push": one lowercase noun between the owner and the change.
  if (subject >= 2 && !words[subject - 1].starts_sentence &&
      words[subject - 1].text == words[subject - 1].lower && is_named_owner(words, subject - 2))
    return subject - 2;
  return std::nullopt;
}

// "Whoever upgraded the library broke ingest", "The engineer who made the change forgot to read
// the notes": a person named before a relative clause is the subject of the verb after it. A weak
// verb counts only when the relative clause runs straight into it: in "The engineer who edited the
// router config caused the outage" the engineer caused it, but in "The engineer who paged us said
// the job broke" the job broke.
std::optional<std::size_t> relative_subject(const Words& words, std::size_t subject,
                                            const Verb& verb) {
  for (std::size_t back = 0; back <= 8 && back <= subject; ++back) {
    const std::size_t k = subject - back;
    if (back > 0 && words[k + 1].starts_sentence) return std::nullopt;
    if (words[k].lower == "whoever") return k;
    // "it was the data team that broke the nightly jobs": "that" after a person relates to them.
    const bool that_of_person = words[k].lower == "that" && k > 0 && !words[k].starts_sentence &&
                                classify(words, k - 1).agent == Agent::Person &&
                                !classify(words, k - 1).by_name;
    if (words[k].lower != "who" && !that_of_person) continue;
    if (k == 0 || words[k].starts_sentence) return std::nullopt;
    if (!verb.strong)
      for (std::size_t between = k + 2; between <= subject; ++between)
        if (reads_as_finite_verb(words[between].lower) || words[between].mark == ',')
          return std::nullopt;
    const Subject person = classify(words, k - 1);
    if (person.agent != Agent::Person) return std::nullopt;
    // "It was the monitoring, not the on-call engineer, that missed the disk filling": the
    // person set aside for the thing.
    for (std::size_t before = person.first; before > 0 && before + 3 > person.first; --before) {
      if (words[before].starts_sentence) break;
      if (words[before - 1].lower == "not") return std::nullopt;
    }
    return person.first;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::size_t> postmodified_subject(const Words& words, std::size_t subject) {
  std::size_t start = subject;
  while (start > 0 && !words[start].starts_sentence && subject - start < 10) --start;
  if (!words[start].starts_sentence) return std::nullopt;
  std::size_t k = start;
  if (is_determiner(words[k].lower)) ++k;
  for (int adjectives = 0;
       adjectives < 2 && k < subject && contains(kPersonAdjectives, words[k].lower); ++adjectives)
    ++k;
  if (k + 1 < subject && words[k].lower == "no" && words[k + 1].lower == "one") ++k;  // "No one"
  if (k >= subject || (!is_role(words[k].lower) && !is_name_word(words, k) &&
                       !(words[k].lower == "one" && k > start)))
    return std::nullopt;
  while (k + 1 < subject && is_role(words[k + 1].lower)) ++k;
  if (!contains(kPostmodifiers, words[k + 1].lower)) return std::nullopt;
  for (std::size_t between = k + 1; between <= subject; ++between)
    if (reads_as_finite_verb(words[between].lower) || words[between].mark == ',' ||
        is_one_of(words[between].lower, {"who", "that", "which", "and", "but", "when", "while"}))
      return std::nullopt;
  return start;
}

namespace {

std::optional<Match> active_blame(const Words& words, std::size_t i, const Verb& verb) {
  // "who found the misconfigured TTL": a participle after a determiner describes a thing.
  if (i > 0 && !words[i].starts_sentence && is_one_of(words[i - 1].lower, {"the", "a", "an"}))
    return std::nullopt;
  auto subject_index = subject_before(words, i);
  if (!subject_index) return std::nullopt;
  // "Mike's shortcut is what took the site down": the subject of "is what". "The config change,
  // not the engineer, is what took the site down" clears the person it names.
  if (const std::size_t what = *subject_index; words[what].lower == "what" && what >= 2 &&
                                               !words[what].starts_sentence &&
                                               is_one_of(words[what - 1].lower, {"is", "was"})) {
    subject_index = subject_before(words, what - 1);
    if (!subject_index || negated(words, *subject_index)) return std::nullopt;
  }
  // "Nobody forgot anything", "No one ignored the alarm": a lapse denied, not laid on anyone.
  if (const std::string& who = words[*subject_index].lower;
      (who == "nobody" || who == "noone" ||
       (who == "one" && *subject_index > 0 && words[*subject_index - 1].lower == "no")) &&
      is_one_of(words[i].lower, {"forgot", "ignored", "missed", "overlooked", "neglected",
                                 "disregarded", "botched", "skipped"}))
    return std::nullopt;
  const std::size_t last = i + verb.length - 1;
  if (verb.kind == Kind::Change)
    if (const auto owner = named_owner_of_change(words, *subject_index))
      return Match{*owner, last, Kind::Change};
  const Subject subject = classify(words, *subject_index);
  if (verb.kind == Kind::Change && contains(kOutsiders, words[*subject_index].lower)) {
    return Match{*subject_index, last, verb.kind};
  }
  if (subject.agent == Agent::None) {
    if (const auto person = relative_subject(words, *subject_index, verb))
      return Match{*person, last, verb.kind};
    if (const auto person = postmodified_subject(words, *subject_index))
      return Match{*person, last, verb.kind};
  }
  // "u broke the pipeline": the person addressed, in a statement rather than a condition.
  const bool addressed = is_one_of(words[*subject_index].lower, {"you", "u", "y'all", "yall"}) &&
                         !any_before(words, *subject_index, 4, kConditionOpeners);
  // "We forgot to include the new region", "We failed to meet our target", "We messed up": the
  // writers' own team, owning the miss, is no one singled out.
  const bool blames =
      subject.agent == Agent::Person || addressed ||
      (verb.strong && subject.agent == Agent::Pronoun && words[*subject_index].lower != "we");
  if (!blames || (subject.by_name && !reads_as_person(words, i))) return std::nullopt;
  // "a signalling fault at Redbridge caused delays": a name after a preposition is a place or a
  // thing's owner, not the one who acted.
  if (subject.by_name && subject.first > 0 && !words[subject.first].starts_sentence &&
      is_one_of(words[subject.first - 1].lower, {"at", "in", "on", "near", "from", "of", "to"}))
    return std::nullopt;
  // "Engineers make mistakes" is the blameless premise; "he make same error" is about one person.
  if (is_one_of(words[i].lower, {"make", "makes", "do", "does", "forget"}) && !subject.by_name &&
      !is_one_of(words[*subject_index].lower, {"he", "she"}))
    return std::nullopt;
  // "People forget to update runbooks when nothing reminds them": people in general.
  if (words[i].lower == "forget" &&
      (is_collective(words[*subject_index].lower) ||
       is_one_of(words[*subject_index].lower, {"people", "engineers", "developers", "operators",
                                               "folks", "humans", "users", "teams", "we", "they",
                                               "you"})))
    return std::nullopt;
  // "did not check the replica because the dashboard showed green", "decided to skip the canary
  // because its cluster was down", "skipped the canary because the pipeline showed it as
  // optional", "missed the alert because it went to an old channel": a step left out or a signal
  // missed, explained.
  if ((is_one_of(words[i].lower, {"didn't", "didnt", "did", "never", "don't", "dont", "doesn't",
                                  "doesnt", "decided", "chose", "opted", "skipped"}) ||
       (verb.kind == Kind::Signal && !verb.strong)) &&
      explained_or_conditional(words, subject.first, last))
    return std::nullopt;
  return Match{subject.first, last, verb.kind};
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
  // "The procedure was not followed by the operators": a step a person is said to have left out.
  const bool undone = i > 0 && !words[i].starts_sentence &&
                      is_one_of(words[i - 1].lower, {"not", "never"}) && is_person_participle(v);
  const bool skipped = is_one_of(v, {"skipped", "bypassed", "circumvented", "forgotten"});
  if (!undone && !skipped &&
      !is_one_of(v, {"ignored", "overlooked", "missed", "neglected", "disregarded", "mishandled",
                     "botched"}))
    return std::nullopt;
  const Kind kind = is_one_of(v, {"mishandled", "botched"}) ? Kind::Change
                    : undone || skipped                     ? Kind::Safeguard
                                                            : Kind::Signal;
  if (undone || skipped) {
    if (!in_sentence(words, i + 1) || words[i + 1].lower != "by") return std::nullopt;
    if (const auto agent = agent_after_by(words, i + 1))
      return Match{undone ? i - 1 : i, *agent, kind};
    return std::nullopt;
  }
  if (in_sentence(words, i + 1) && words[i + 1].lower == "by") {
    if (const auto agent = agent_after_by(words, i + 1)) return Match{i, *agent, kind};
    return std::nullopt;
  }
  if (!is_one_of(v, {"ignored", "disregarded"})) return std::nullopt;
  if (const auto signal = ignored_signal_before(words, i)) return Match{*signal, i, Kind::Signal};
  return std::nullopt;
}

}  // namespace

bool reads_as_finite_verb(std::string_view w) {
  return (w.size() >= 4 && ends_with(w, "ed") && !ends_with(w, "eed")) ||
         is_one_of(w, {"said", "says",  "told",  "saw",  "knew", "thought", "was",
                       "were", "is",    "are",   "has",  "had",  "did",     "found",
                       "felt", "heard", "wrote", "ran",  "made", "got",     "went",
                       "took", "broke", "kept",  "left", "sent", "put",     "set"});
}

bool is_manner_adverb(std::string_view w) {
  // "deliberately skipped", "quietly ran": an -ly adverb between a subject and its verb. The
  // nouns and verbs that end in "ly" are few and named here.
  return w.size() >= 5 && ends_with(w, "ly") &&
         !is_one_of(
             w, {"supply", "apply",  "reply",   "family", "assembly", "anomaly",  "rally", "tally",
                 "bully",  "italy",  "jelly",   "belly",  "holly",    "monopoly", "early", "only",
                 "daily",  "weekly", "monthly", "hourly", "nightly",  "friendly"});
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

bool in_sentence(const Words& words, std::size_t i) {
  return i < words.size() && !words[i].starts_sentence;
}

bool is_determiner(std::string_view w) { return contains(kDeterminers, w); }

// A role by its ending, for the trades no list can hold: "radiographer", "sonographer",
// "technician", "dermatologist", "psychiatrist", "phlebotomist", "machinist", "banksman",
// "tradesmen" (words of these endings name people). Of words ending "-ist", lists ("checklist",
// "allowlist") and verbs ("persist", "consist") name none, nor do short ones ("mist", "wrist").
bool is_role(std::string_view w) {
  if (contains(kRoles, w)) return true;
  for (std::string_view ending : {"grapher", "graphers", "ician", "icians", "ologist", "ologists",
                                  "iatrist", "iatrists", "sman", "smen"})
    if (w.size() > ending.size() + 2 && w.ends_with(ending)) return true;
  std::string_view stem = w;
  if (stem.ends_with("ists")) stem.remove_suffix(1);
  return stem.size() >= 7 && stem.ends_with("ist") && !stem.ends_with("list") &&
         !is_one_of(stem, {"persist", "consist", "subsist", "coexist", "preexist"});
}

bool is_change_word(std::string_view w) { return contains(kChanges, w); }

bool is_name_word(const Words& words, std::size_t i) {
  return i < words.size() && (is_handle(words[i]) || is_name(words, i));
}

bool is_named_owner(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!ends_with(w.lower, "'s")) return false;
  if (is_handle(w)) return true;
  // The apostrophe is ' or U+2019 as written; the lowercase form folds both to '.
  const std::size_t apostrophe = w.text.size() - (w.text.size() - w.lower.size()) - 2;
  const std::string_view stem = w.text.substr(0, apostrophe);
  const std::string_view lower_stem = std::string_view(w.lower).substr(0, w.lower.size() - 2);
  return has_name_shape(stem) && !is_common_opener(lower_stem) && !is_system_word(lower_stem) &&
         (w.starts_sentence || i == 0 || !is_determiner(words[i - 1].lower));
}

namespace {

// "Engineer A", "Operator B": a role with a letter, as anonymised reports name people.
bool is_label_after_role(const Words& words, std::size_t i) {
  const std::string_view w = words[i].text;
  return w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z' && i > 0 && !words[i].starts_sentence &&
         is_role(words[i - 1].lower);
}

}  // namespace

Subject classify(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  if (is_label_after_role(words, i)) return {Agent::Person, i - 1};
  if (is_handle(words[i])) return {Agent::Person, i};
  if (is_one_of(w, {"he", "she", "him", "who"})) return {Agent::Person, i};
  // "u broke the pipeline", "y'all need to stop": chat spellings of "you".
  if (is_one_of(w, {"we", "they", "i", "you", "us", "them", "me", "u", "y'all", "yall"}))
    return {Agent::Pronoun, i};
  if (w == "one" && i > 0 && !words[i].starts_sentence && words[i - 1].lower == "no")
    return {Agent::Person, i - 1};
  // "the session manager failed to release locks": a program named for what it manages.
  if (is_one_of(w, {"manager", "managers"}) && i > 0 && !words[i].starts_sentence &&
      contains(kManagedThings, words[i - 1].lower))
    return {};
  if (is_role(w)) return {Agent::Person, i};
  if (is_numbered_role(w)) return {Agent::Person, i};
  if (is_name(words, i)) return {Agent::Person, i, true};
  return {};
}

std::optional<std::size_t> subject_before(const Words& words, std::size_t at) {
  std::size_t j = at;
  for (int skipped = 0; skipped <= 2; ++skipped) {
    if (j == 0 || words[j].starts_sentence) return std::nullopt;
    --j;
    if (!contains(kSubjectSkips, words[j].lower) && !is_manner_adverb(words[j].lower)) return j;
  }
  return std::nullopt;
}

std::optional<std::size_t> person_phrase_at(const Words& words, std::size_t from) {
  std::size_t k = from;
  if (k < words.size() && is_determiner(words[k].lower)) ++k;
  for (int adjectives = 0;
       adjectives < 2 && in_sentence(words, k + 1) && contains(kPersonAdjectives, words[k].lower);
       ++adjectives)
    ++k;
  if (k >= words.size() || (k > from && words[k].starts_sentence)) return std::nullopt;
  // "the night-shift operator": a lowercase noun before a role that names only people, so that
  // "the Strimzi operator" and "the etcd operator" stay programs.
  // A system word qualifies a person ("the deploy engineer", "the release crew") but not an
  // operator, which is also a program ("the etcd operator").
  if (classify(words, k).agent == Agent::None && words[k].text == words[k].lower &&
      in_sentence(words, k + 1) &&
      ((contains(kHumanRoles, words[k + 1].lower) &&
        (!is_system_word(words[k].lower) ||
         !is_one_of(words[k + 1].lower, {"operator", "operators"}))) ||
       (contains(kPeopleManagers, words[k].lower) &&
        is_one_of(words[k + 1].lower, {"manager", "managers"}))))
    ++k;
  const Subject who = classify(words, k);
  if (who.agent != Agent::Person || who.first != k || words[k].lower == "who") return std::nullopt;
  // "the on-call engineer", "the SRE team": a role may take one more role word.
  if (!who.by_name && in_sentence(words, k + 1) && is_role(words[k + 1].lower)) ++k;
  if (in_sentence(words, k + 1) && is_label_after_role(words, k + 1)) ++k;
  if (!in_sentence(words, k + 1) || words[k + 1].mark == ',') return k;
  const std::string& after = words[k + 1].lower;
  // "the admin panel", "the on-call engineer's runbook": a thing, not the person.
  if (contains(kAfterPerson, after) || ends_with(after, "ed") || ends_with(after, "ing")) return k;
  return std::nullopt;
}

std::optional<std::size_t> person_words_at(const Words& words, std::size_t from) {
  std::size_t k = from;
  if (k >= words.size()) return std::nullopt;
  if (is_name_word(words, k) || is_one_of(words[k].lower, {"he", "she", "him", "her"})) return k;
  if (is_determiner(words[k].lower) && in_sentence(words, k + 1)) ++k;
  if (contains(kPersonAdjectives, words[k].lower) && in_sentence(words, k + 1)) ++k;
  // "the night operator": a lowercase noun before a role that names only people.
  if (!is_role(words[k].lower) && in_sentence(words, k + 1) &&
      contains(kHumanRoles, words[k + 1].lower) && words[k].text == words[k].lower &&
      !is_system_word(words[k].lower))
    ++k;
  if (!is_role(words[k].lower) || (k > from && words[k].starts_sentence)) return std::nullopt;
  while (in_sentence(words, k + 1) && is_role(words[k + 1].lower)) ++k;
  return k;
}

std::optional<Match> blame_by_verb(const Words& words, std::size_t i) {
  if (const auto verb = blame_verb(words, i))
    if (const auto match = active_blame(words, i, *verb)) return match;
  return passive_blame(words, i);
}

// Steps "rather than" passes over in their base form: "Rather than follow the checklist, ...".
const WordSet kStepBases{"follow check test wait read ask escalate review verify validate page"};

// "Instead of escalating, the on-call went back to sleep", "Rather than follow the checklist,
// Mark improvised": a step passed over in the clause that opens the sentence, then the person
// and what they did instead.
std::optional<Match> step_passed_over_first(const Words& words, std::size_t i) {
  const std::string& w = words[i].lower;
  const std::string& next = lower_at(words, i + 1);
  if (!words[i].starts_sentence ||
      !((w == "instead" && next == "of") || (w == "rather" && next == "than")))
    return std::nullopt;
  const std::string& step = lower_at(words, i + 2);
  if (!in_sentence(words, i + 2) ||
      !(contains(kSkippedSteps, step) || contains(kStepBases, step) || step == "escalating"))
    return std::nullopt;
  for (std::size_t k = i + 3; k <= i + 8 && in_sentence(words, k); ++k)
    if (words[k].mark == ',') {
      const auto person = person_words_at(words, k);
      if (person && in_sentence(words, *person + 1) &&
          reads_as_finite_verb(words[*person + 1].lower) && !explained_after(words, *person + 1))
        return Match{i, *person + 1, Kind::Safeguard};
      return std::nullopt;
    }
  return std::nullopt;
}

// "Sam pushed without running the tests": a step a person is said to have left out, as "failed to"
// says it. The verb comes at most five words before "without", over its object.
std::optional<Match> skipped_step(const Words& words, std::size_t i) {
  if (auto match = step_passed_over_first(words, i)) return match;
  // "instead of reading it" leaves a step out as "without" does.
  const bool instead = words[i].lower == "instead" && lower_at(words, i + 1) == "of";
  if (words[i].lower != "without" && !instead) return std::nullopt;
  // "without a review", "without really reading it", "without any tests".
  std::size_t step = instead ? i + 2 : i + 1;
  for (int lead = 0;
       lead < 2 && in_sentence(words, step) && contains(kStepLeads, words[step].lower); ++lead)
    ++step;
  if (!in_sentence(words, step) ||
      (!contains(kSkippedSteps, words[step].lower) && !contains(kSafeguards, words[step].lower)))
    return std::nullopt;
  // "restarted the production node instead of the test node because both share a prefix".
  if (explained_after(words, step)) return std::nullopt;
  for (std::size_t back = 1; back <= 5 && back <= i; ++back) {
    const std::size_t verb = i - back;
    if (words[verb + 1].starts_sentence) return std::nullopt;
    // "classic Dave, deploying without telling anyone": a gerund after the person it describes.
    if (ends_with(words[verb].lower, "ing") && words[verb].mark == ',' && verb > 0 &&
        classify(words, verb - 1).agent == Agent::Person)
      return Match{classify(words, verb - 1).first, step, Kind::Safeguard};
    // "keeps changing settings without asking": a habit, whose subject is before "keeps".
    std::size_t finite = verb;
    if (ends_with(words[verb].lower, "ing") && verb > 0 && !words[verb].starts_sentence &&
        is_one_of(words[verb - 1].lower, {"keeps", "kept", "keep"}))
      finite = verb - 1;
    else if (!reads_as_finite_verb(words[verb].lower))
      continue;
    const auto subject_index = subject_before(words, finite);
    if (!subject_index) return std::nullopt;
    const Subject subject = classify(words, *subject_index);
    // "Karen from billing keeps changing settings": a person opening the sentence, then a phrase.
    if (subject.agent == Agent::None)
      if (const auto person = postmodified_subject(words, *subject_index))
        return Match{*person, step, Kind::Safeguard};
    // "You pushed to main without a review": the person addressed, or "they", counts too.
    const bool addressed = is_one_of(words[*subject_index].lower, {"you", "they"});
    if (subject.agent != Agent::Person && !addressed) return std::nullopt;
    // "Traefik retried without waiting" names a program; a name counts for what people ship.
    if (subject.by_name && !contains(kShippingVerbs, words[verb].lower)) return std::nullopt;
    return Match{subject.first, step, Kind::Safeguard};
  }
  return std::nullopt;
}

// "Olusegun restarted the wrong node": a person acting on the wrong target, judged afterwards,
// unless the sentence goes on to explain it.
std::optional<Match> wrong_target(const Words& words, std::size_t i) {
  if (words[i].lower != "wrong") return std::nullopt;
  for (std::size_t back = 1; back <= 5 && back <= i; ++back) {
    const std::size_t v = i - back;
    if (words[v + 1].starts_sentence || words[v + 1].mark == ',') return std::nullopt;
    if (!contains(kTargetedActions, words[v].lower)) continue;
    const auto subject_index = subject_before(words, v);
    if (!subject_index) return std::nullopt;
    const Subject subject = classify(words, *subject_index);
    // "restarted the wrong node because the console listed it first", "Both dashboards use the
    // same theme, so the operator restarted the wrong node": explained.
    if (subject.agent != Agent::Person || explained_after(words, i)) return std::nullopt;
    std::size_t opens = subject.first;
    if (opens > 0 && !words[opens].starts_sentence && is_determiner(words[opens - 1].lower))
      --opens;
    if (opens > 0 && !words[opens].starts_sentence && words[opens - 1].lower == "so" &&
        words[opens - 1].mark == ',')
      return std::nullopt;
    return Match{subject.first, i, Kind::Change};
  }
  return std::nullopt;
}

}  // namespace hindsight::core
