// Idioms of blame, threat and sarcasm, whose words say it whatever the sentence around them:
// "pointing fingers at the DBA", "on thin ice", "a slap on the wrist", "zero tolerance for
// mistakes", "thrown under the bus", "all he had to do was", "it would have taken the reviewer
// two minutes", "no excuse for ignoring", "outdid himself", "if she had been doing her job",
// "I expect better from a senior engineer", "write Hannah up". Each idiom is a row of a table: the
// words it is made of, what it says (its Kind) and whether it needs a person in its sentence to
// blame anyone ("on thin ice" of a person, not of a budget).
// Contract: an idiom matches word for word from the word it is given, within one sentence; a
// pattern word is a literal, alternatives ("point|points|pointed"), "*" (any one word),
// "<person>" (a name, a handle or a role phrase: "the new SRE") or "<bad>" (a bad outcome:
// "outage", "downtime"); a comma, colon or semicolon inside the idiom breaks it unless the pattern
// word before it ends with a comma ("done,"); negated idioms ("no one is pointing fingers") do not
// blame.

#include "core/lint/lint_blameless_rules.hpp"

namespace hindsight::core {
namespace {

struct Idiom {
  std::string_view pattern;  // space-separated pattern words
  Kind kind;
  bool needs_person;           // a person must be named in the sentence
  bool denial_inside = false;  // "no excuse for", "nobody in their right mind": its "no" is its own
  // When not 0, the person must stand within this many words before the idiom, as its subject:
  // "the DBA refused to follow" blames, "the load balancer refused to answer, so the on-call
  // engineer failed over" does not.
  std::size_t subject_within = 0;
};

// A plain array: deducing std::array's size folds over every row, past clang's nesting limit.
constexpr Idiom kIdioms[] = {
    Idiom{"pointing|pointed|point|points finger|fingers at <person>", Kind::Fault, false},
    Idiom{"thrown|throw|threw|throwing under the bus", Kind::Fault, false},
    Idiom{"hung|hang|hanging <person> out to dry", Kind::Fault, false},
    Idiom{"fall guy", Kind::Fault, false},
    // "This was a discipline issue, not a design issue", "100% a people problem".
    Idiom{"discipline|professionalism|attitude issue|problem", Kind::Fault, false},
    Idiom{"a people problem|issue|failure", Kind::Fault, false},
    Idiom{"it's the people", Kind::Fault, false},
    Idiom{"it is the people", Kind::Fault, false},
    Idiom{"failure|failures of leadership", Kind::Judgement, false},
    Idiom{"shame on", Kind::Judgement, false},
    Idiom{"i|he|she|you|they|we blew it", Kind::Fault, false},
    Idiom{"<person> blew it", Kind::Fault, false},
    Idiom{"owes|owe|owed * an|a explanation|apology", Kind::Responsibility, true, false, 3},
    Idiom{"owes|owe|owed * * an|a explanation|apology", Kind::Responsibility, true, false, 3},
    Idiom{"need|needs|should * answer|answering for", Kind::Responsibility, true},
    Idiom{"the one|ones answering for", Kind::Responsibility, false},
    Idiom{"want|need names of", Kind::Fault, false},
    Idiom{"need|want a name for who", Kind::Fault, false},
    Idiom{"disappointed in you|him|her|them|both", Kind::Judgement, false},
    Idiom{"which|what|some genius", Kind::Judgement, false},
    Idiom{"interesting choice to", Kind::Judgement, false},
    Idiom{"thanks for nothing", Kind::Judgement, false},
    Idiom{"thank you for nothing", Kind::Judgement, false},
    Idiom{"out of sheer", Kind::Judgement, true},
    Idiom{"have|had the decency", Kind::Judgement, false},
    Idiom{"pretend|pretending to care", Kind::Judgement, false},
    Idiom{"only adult in", Kind::Judgement, false},
    Idiom{"should|must resign", Kind::Punishment, true},
    Idiom{"be|being formally counseled|counselled", Kind::Punishment, true},
    Idiom{"counsel|counseling|counselling the employee|engineer|staff|operator", Kind::Punishment,
          false},
    Idiom{"shorter|short|tighter leash", Kind::Punishment, true, false, 6},
    Idiom{"is a joke", Kind::Judgement, true, false, 4},
    Idiom{"on thin ice", Kind::Punishment, true},
    Idiom{"slap on the wrist", Kind::Punishment, false},
    Idiom{"zero tolerance for", Kind::Punishment, false, true},
    Idiom{"one more mistake|error|slip|incident|screw-up", Kind::Punishment, true},
    Idiom{"watching|watch|monitor|monitoring <person> closely", Kind::Punishment, false},
    Idiom{"trust|trusting <person> with", Kind::Judgement, false, true},
    Idiom{"all he|she|they had to do was", Kind::Judgement, false},
    Idiom{"taken|take <person> * minutes|seconds|moments|minute|second", Kind::Counterfactual,
          false},
    Idiom{"excuse|excuses for", Kind::Judgement, false, true},
    Idiom{"outdid|outdone himself|herself|themselves|themself", Kind::Judgement, false},
    Idiom{"own|owns|owned up", Kind::Responsibility, true},
    Idiom{"answer for the|this|that|today's <bad>", Kind::Responsibility, true},
    Idiom{"fell|falls|fall short", Kind::Judgement, true},
    Idiom{"as if nothing was|were|had wrong|happened|been", Kind::Judgement, true},
    Idiom{"remain|remains nameless", Kind::Judgement, false},
    Idiom{"shall|will|must not be named", Kind::Judgement, false},
    Idiom{"in his|her|their|its infinite wisdom", Kind::Judgement, false},
    Idiom{"asleep at|on the job|wheel|switch", Kind::Judgement, true},
    Idiom{"turned|turn|turns|turning a blind eye", Kind::Judgement, true, false, 4},
    Idiom{"dragged|drag|drags|dragging its|their|his|her|our feet", Kind::Judgement, false},
    Idiom{"we all know who", Kind::Judgement, false},
    Idiom{"not|without naming names", Kind::Judgement, false, true},
    Idiom{"how hard is|was it to", Kind::Judgement, true},
    Idiom{"how hard can it be", Kind::Judgement, false},
    Idiom{"you|he|she|they had one job", Kind::Judgement, false},
    Idiom{"<person> had one job", Kind::Judgement, false},
    Idiom{"use your brain|brains|head", Kind::Judgement, false},
    Idiom{"think before you", Kind::Exhortation, false},
    Idiom{"let that sink in", Kind::Judgement, false},
    Idiom{"and did|said nothing", Kind::Judgement, true, false, 12},
    Idiom{"kept|keeps quiet about", Kind::Judgement, true, false, 12},
    Idiom{"for those in the back", Kind::Judgement, false},
    Idiom{"reminder for the second|third|fourth|fifth|umpteenth|nth time", Kind::Judgement, false},
    Idiom{"his|her|their own broken|faulty|buggy|botched|bad", Kind::Fault, true},
    Idiom{"some people are|seem|were comfortable with", Kind::Judgement, false},
    Idiom{"staring|stared <person> in the face", Kind::Judgement, false},
    Idiom{"another outage|incident|failure|mess courtesy of", Kind::Fault, false},
    Idiom{"less than vigilant|careful|diligent|attentive|thorough|competent|professional",
          Kind::Judgement, true},
    Idiom{"cheaped|cheap|cheaps|cheaping out", Kind::Judgement, false},
    Idiom{"garbage|shoddy|sloppy|crappy|lousy code|work|build|builds|patch|patches|job",
          Kind::Judgement, true},
    Idiom{"left|leaves|leaving holding the bag|baby", Kind::Fault, false},
    Idiom{"will|would lose|forfeit * access|privileges|rights for", Kind::Punishment, true},
    Idiom{"which is|was unacceptable|inexcusable|unforgivable", Kind::Judgement, true},
    Idiom{"how little effort|care|attention|thought", Kind::Judgement, true},
    Idiom{"hard|difficult to understand|fathom|comprehend why", Kind::Judgement, true},
    Idiom{"completely|totally|entirely checked out", Kind::Judgement, true, false, 4},
    Idiom{"sat|sits|sitting on the * report|ticket|request|findings|email|alert|warning|"
          "complaint|results for",
          Kind::Judgement, true, false, 4},
    Idiom{"sat|sits|sitting on the report|ticket|request|findings|email|alert|warning|"
          "complaint|results for",
          Kind::Judgement, true, false, 4},
    Idiom{"student|intern|junior|graduate|trainee|newbie|beginner would|could not|never have "
          "made|missed",
          Kind::Judgement, false},
    Idiom{"in his|her|their right mind|minds", Kind::Judgement, false, true},
    Idiom{"the bare minimum", Kind::Judgement, true},
    Idiom{"which is hard to believe", Kind::Judgement, true, true},
    Idiom{"in no uncertain terms", Kind::Punishment, true, true},
    Idiom{"had been doing his|her|their job|jobs", Kind::Counterfactual, false},
    Idiom{"not|wasn't|weren't|isn't|aren't doing his|her|their job|jobs", Kind::Judgement, false,
          true},
    Idiom{"expect|expected|expecting better from|of <person>", Kind::Judgement, false},
    Idiom{"failure|failures|failing|failings|lapse on his|her|their part", Kind::Fault, false},
    Idiom{"failure|failures|failing|failings of the individual|individuals", Kind::Fault, false},
    Idiom{"write|writes|writing <person> up", Kind::Punishment, false},
    Idiom{"write|writing up <person> for", Kind::Punishment, false},
    Idiom{"classic move|blunder from|by <person>", Kind::Judgement, false},
    Idiom{"optional for some|certain people|folks|engineers", Kind::Judgement, false},
    Idiom{"obviously|clearly|evidently never heard|learned|learnt of", Kind::Judgement, false},
    Idiom{"remove|removed|removing|pull|pulled|drop|dropped <person> from the on-call|rotation|"
          "pager|project|team|schedule",
          Kind::Punishment, false},
    Idiom{"taken|took|take|pulled|moved off the * project|team|rotation|account", Kind::Punishment,
          true},
    Idiom{"as a penalty|punishment|sanction", Kind::Punishment, false},
    Idiom{"nobody|no-one thought to", Kind::Judgement, false, true},
    Idiom{"no one thought to", Kind::Judgement, false, true},
    Idiom{"not|isn't|wasn't exactly rocket science", Kind::Judgement, false, true},
    Idiom{"too much to ask", Kind::Judgement, false},
    Idiom{"a certain someone|somebody|someone's|somebody's", Kind::Judgement, false},
    Idiom{"with half a brain", Kind::Judgement, false},
    Idiom{"and ask|asks|asked questions later", Kind::Judgement, false},
    Idiom{"held|hold|holding to account", Kind::Punishment, false},
    Idiom{"named and shamed", Kind::Punishment, false},
    Idiom{"name and shame", Kind::Punishment, false},
    Idiom{"make|making|made an example of", Kind::Punishment, false},
    Idiom{"to be formally|officially|publicly reprimanded|disciplined|sanctioned", Kind::Punishment,
          false},
    Idiom{"post|posts|issue|issues|make|makes a public apology", Kind::Punishment, true},
    Idiom{"to publicly apologize|apologise", Kind::Punishment, true},
    Idiom{"did|does|do not trouble himself|herself|themselves|themself to", Kind::Judgement, false},
    Idiom{"without enough|sufficient carefulness|care|seriousness", Kind::Judgement, true},
    Idiom{"finally got|get|gets|getting around to", Kind::Judgement, true, false, 4},
    Idiom{"finally show|shows|showed|showing|turn|turns|turned|turning up", Kind::Judgement, true,
          false, 4},
    Idiom{"personnel file|files", Kind::Punishment, false},
    Idiom{"a|the conduct review|hearing|investigation", Kind::Punishment, false},
    Idiom{"further sanctions|sanction|disciplinary", Kind::Punishment, true},
    Idiom{"failure|failures|lapse|lapses of|in diligence|supervision|judgement|judgment|care",
          Kind::Judgement, false},
    Idiom{"failure|failures|lapse|lapses of|in professional diligence|judgement|judgment|care|"
          "conduct",
          Kind::Judgement, false},
    Idiom{"without even *", Kind::Judgement, true, false, 8},
    Idiom{"had <person> bothered|troubled|cared to", Kind::Counterfactual, false},
    Idiom{"had <person> taken the trouble|time to", Kind::Counterfactual, false},
    Idiom{"refused|refuses|refusing to follow|listen|read|escalate|acknowledge|wait|answer",
          Kind::Judgement, true, false, 4},
    Idiom{"some of us actually", Kind::Judgement, false},
    Idiom{"demonstrated|showed|displayed|shown|demonstrates|shows an|a inadequate|poor|"
          "insufficient|limited|weak|superficial understanding|grasp|knowledge",
          Kind::Judgement, true, false, 5},
    Idiom{"demonstrated|showed|displayed|shown|demonstrates|shows inadequate|poor|insufficient|"
          "limited|weak|superficial|little|no understanding|grasp|knowledge",
          Kind::Judgement, true, false, 5},
    Idiom{"level|standard|degree of care|diligence|attention|professionalism that|which would|"
          "could",
          Kind::Judgement, true, false, 10},
    Idiom{"level|standard|degree of care|diligence|attention|professionalism expected",
          Kind::Judgement, true, false, 10},
    Idiom{"ignored|ignoring|ignores repeated|multiple|several requests|warnings|pages|reminders|"
          "calls|emails|messages",
          Kind::Signal, true, false, 4},
    Idiom{"felt|feel|feels|thought|thinks|figured it was|is fine|ok|okay|acceptable|alright to",
          Kind::Judgement, true, false, 4},
    Idiom{"seem|seems|seemed to think", Kind::Judgement, true, false, 4},
    Idiom{"student|intern|junior|graduate|trainee|newbie|beginner would|could have noticed|"
          "spotted|caught|known|seen|realised|realized|told",
          Kind::Judgement, false},
    Idiom{"obviously|clearly didn't|never run|ran|test|tested|check|checked|read|look|bother|"
          "think|care|understand",
          Kind::Judgement, true, false, 6},
    Idiom{"obviously|clearly did not run|test|check|read|look|bother|think|care|understand",
          Kind::Judgement, true, false, 6},
    // Passive aggression: a reproach dressed as a reminder, a thank-you or a disclaimer.
    Idiom{"as|per my previous|last|earlier email|message|comment|note|reminder", Kind::Judgement,
          false},
    Idiom{"friendly|gentle reminder that", Kind::Judgement, false},
    Idiom{"not to point fingers|names, but", Kind::Judgement, false, true},
    Idiom{"nobody|nobody's is blaming <person>, but", Kind::Fault, false, true},
    Idiom{"i did say|warn|predict", Kind::Judgement, false},
    Idiom{"told you|them|everyone|everybody|us so", Kind::Judgement, false},
    Idiom{"some of us did|actually raise|raised|warn|warned|flag|flagged|say|said|mention",
          Kind::Judgement, false},
    Idiom{"apparently nobody|no-one read|reads|bothered|checks|checked|noticed", Kind::Judgement,
          false, true},
    Idiom{"for eventually|finally noticing|responding|replying|answering|reading|showing",
          Kind::Judgement, false},
    Idiom{"eventually found|finds|finding time to", Kind::Judgement, true},
    Idiom{"who actually followed|read|bothered|answered|checked|showed|did|tested", Kind::Judgement,
          false},
    Idiom{"as anyone|anybody could|would have predicted|foreseen|told|guessed|seen",
          Kind::Hindsight, false},
    Idiom{"how anyone|anybody thought|believed|figured|decided|approved", Kind::Hindsight, false},
    Idiom{"anyone|anybody with basic|common|even|minimal", Kind::Judgement, false},
    Idiom{"interesting|ambitious|creative choice|decision|approach", Kind::Judgement, true},
    Idiom{"impressive in its own way", Kind::Judgement, false},
    Idiom{"bless him|her|them|his|their", Kind::Judgement, false},
    Idiom{"meant|means well", Kind::Judgement, true, false, 3},
    Idiom{"bit|little|clearly|simply|well|completely beyond him|her", Kind::Judgement, false},
    Idiom{"typical of him|her", Kind::Judgement, false},
    Idiom{"<bad> is|was on them|him|her|you|<person>", Kind::Responsibility, false},
    Idiom{"penny-pinching|penny pinching", Kind::Judgement, false},
    Idiom{"if certain individuals|stakeholders|colleagues|people|parties", Kind::Counterfactual,
          false},
    Idiom{"knew|know|knows exactly whose", Kind::Judgement, false},
    Idiom{"attention lapsed|wandered", Kind::Judgement, true},
    // A formal report's reproaches: a choice called presumption, indifference or a habit, a
    // person set against a colleague, a lapse of regard or concentration.
    Idiom{"saw|sees|see fit to", Kind::Judgement, true},
    Idiom{"could|would|can not be bothered|troubled", Kind::Judgement, true},
    Idiom{"couldn't|can't|wouldn't|won't be bothered|troubled", Kind::Judgement, true},
    Idiom{"nowhere to be found|seen", Kind::Judgement, true},
    Idiom{"reflects|reflected|reflect poorly|badly on", Kind::Judgement, true},
    Idiom{"unlike some|certain others|colleagues|people|members", Kind::Judgement, false},
    Idiom{"despite clear|explicit|repeated|written|prior instructions|guidance|advice",
          Kind::Judgement, true},
    Idiom{"offending <person>", Kind::Fault, false},
    Idiom{"characteristically", Kind::Judgement, true, false, 3},
    Idiom{"was|were slow to respond|react|escalate|reply|provide|acknowledge|answer|act|notice",
          Kind::Judgement, true, false, 4},
    Idiom{"insufficient|scant|little regard for", Kind::Judgement, true},
    Idiom{"not concentrating", Kind::Judgement, true, false, 5},
    Idiom{"moment of haste|madness|weakness|inexplicable|carelessness", Kind::Judgement, true},
    Idiom{"stubborn|stubbornly refusal|refused|refusing|insistence|insisted", Kind::Judgement, true,
          false, 4},
    Idiom{"casual|cavalier|lax|relaxed attitude|approach to", Kind::Judgement, true},
    Idiom{"rather more concerned with|about", Kind::Judgement, true},
    Idiom{"cleaning|clean|cleaned|cleans up after <person>", Kind::Fault, false},
    Idiom{"told|reminded|warned|asked on no fewer|less than * occasions", Kind::Judgement, true},
    Idiom{"formal capability|disciplinary|conduct process|procedure|hearing", Kind::Punishment,
          false},
    Idiom{"reflect|reflects carefully|seriously|deeply upon|on his|her|their decision-making|"
          "decisions|conduct|actions|behaviour|behavior|judgement|judgment",
          Kind::Punishment, false},
    Idiom{"explain|justify in writing", Kind::Punishment, true},
    Idiom{"explain|justify the|their|his|her lapse|error|mistake|failure|decision|conduct|delay "
          "in writing",
          Kind::Punishment, false},
    Idiom{"against all|any common sense", Kind::Judgement, false},
    Idiom{"covering|cover|covered himself|herself|themselves|themself", Kind::Judgement, false},
    Idiom{"did|does not seem|appear to grasp|understand|realise|realize|appreciate",
          Kind::Judgement, true},
    Idiom{"didn't|doesn't seem|appear to grasp|understand|realise|realize|appreciate",
          Kind::Judgement, true},
    Idiom{"frankly|utterly appalled|disgusted", Kind::Judgement, false},
    Idiom{"am|are|were|was appalled|disgusted that", Kind::Judgement, false},
    Idiom{"should not have to remind|tell", Kind::Judgement, false},
    Idiom{"shouldn't have to remind|tell", Kind::Judgement, false},
    Idiom{"would do well to remember|remind|recall", Kind::Judgement, false},
    Idiom{"made my|our expectations very|quite|abundantly clear", Kind::Punishment, false},
    Idiom{"made my|our expectations clear", Kind::Punishment, false},
    Idiom{"if people|everyone|staff|they simply|just followed|read|checked|did|used|listened",
          Kind::Counterfactual, false},
    Idiom{"problem|issue was|is the person|people|engineer|individual", Kind::PersonAsCause, false},
    Idiom{"let down by", Kind::Fault, true},
    Idiom{"did not do his|her|their job|jobs", Kind::Judgement, true, false, 4},
    Idiom{"didn't do his|her|their job|jobs", Kind::Judgement, true, false, 4},
    Idiom{"problem|issue with one specific|particular employee|engineer|person|individual",
          Kind::Fault, false},
    Idiom{"in a properly|well run|well-run team|shop|organisation|organization|department",
          Kind::Judgement, false},
    Idiom{"a properly|well run|well-run team|shop|organisation|organization|department would",
          Kind::Judgement, false},
    Idiom{"apparently stopped looking|checking|reading|watching|caring", Kind::Judgement, true,
          false, 4},
    Idiom{"one would expect someone|anyone|somebody|anybody", Kind::Judgement, false},
    Idiom{"one would have expected someone|anyone|somebody|anybody", Kind::Judgement, false},
    Idiom{"one would expect <person>", Kind::Judgement, false},
    Idiom{"one would have expected <person>", Kind::Judgement, false},
    Idiom{"exercise greater|more care|caution|diligence", Kind::Judgement, true},
    Idiom{"inadequate|poor|lax supervision by", Kind::Judgement, false},
    Idiom{"rushing|hurrying to leave", Kind::Judgement, true, false, 4},
    Idiom{"rushing|hurrying to get home", Kind::Judgement, true, false, 4},
    Idiom{"reassigned|moved|demoted to less critical|sensitive|important duties|roles|work",
          Kind::Punishment, false},
    Idiom{"reassigned|moved|demoted to other duties", Kind::Punishment, false},
    Idiom{"keep|kept|keeping <person> away from", Kind::Punishment, false},
    Idiom{"casual|cavalier|lax approach|attitude of", Kind::Judgement, true},
    Idiom{"take|takes|took full responsibility for the|this|its defective|faulty|<bad>",
          Kind::Responsibility, true},
    Idiom{"nobody|no-one|none from|in * saw|sees fit", Kind::Judgement, false, true},
    Idiom{"unclear|inexplicable|baffling what <person> expected|thought|intended|hoped|imagined",
          Kind::Judgement, false},
    Idiom{"unclear|inexplicable|baffling|mystifying why <person> would|chose|decided|thought",
          Kind::Judgement, false},
    // Contempt in everyday words: "It's not rocket science to switch to paper", "as much use as a
    // chocolate teapot", "couldn't organise a backup in a brewery", "It beggars belief that",
    // "Bit rich for IT to blame the hardware", "has form for this", "what exactly Derek does all
    // day", "a lesson in common sense", "Nice of engineering to show up".
    Idiom{"not rocket science to", Kind::Judgement, false},
    Idiom{"use as a chocolate", Kind::Judgement, true},
    Idiom{"organise|organize|run * in a brewery", Kind::Judgement, false},
    Idiom{"organise|organize|run a * * in a brewery", Kind::Judgement, false},
    Idiom{"beggars|beggared belief", Kind::Judgement, false},
    Idiom{"bit rich for|of", Kind::Judgement, false},
    Idiom{"has|have|had form for", Kind::Judgement, false},
    Idiom{"what * does|do all day", Kind::Judgement, false},
    Idiom{"what * * does|do all day", Kind::Judgement, false},
    Idiom{"lesson|lessons in common sense", Kind::Judgement, false},
    Idiom{"not too much to ask", Kind::Judgement, false},
    Idiom{"gee thanks", Kind::Judgement, false},
    Idiom{"nice|good of * to show|turn up", Kind::Judgement, false},
    // Questions at a person: "Dan, you were on call - where were you for the first 45 minutes?",
    // "What exactly did Kevin think would happen?".
    Idiom{"where were you", Kind::Interrogation, false},
    Idiom{"what exactly did|does|do <person> think|expect", Kind::Interrogation, false},
    // Exhortation and sanction: "get it right the first time", "double-check your work", "a
    // little more care from the people", "more diligent in future", "a stern word with the
    // agents", "a written reprimand" (a denial up to five words before it sets it aside: "Nobody
    // will receive a written reprimand"), "not welcome back on our site", "coach Stefan on
    // following instructions", "find out who authorised this", "a conversation with Hector about
    // following process", "booked a performance conversation with Jordan".
    Idiom{"get it right the first time", Kind::Exhortation, false},
    Idiom{"double-check|double check your|his|her|their work", Kind::Exhortation, false},
    Idiom{"a little more care|attention|diligence|thought from", Kind::Exhortation, false},
    Idiom{"more diligent|careful|vigilant|attentive in future|going forward", Kind::Exhortation,
          true},
    Idiom{"stern word|words|talking-to", Kind::Punishment, false},
    Idiom{"written|formal|verbal reprimand|reprimands", Kind::Punishment, false},
    Idiom{"not welcome back", Kind::Punishment, false},
    Idiom{"coach|coaching <person> on following", Kind::Punishment, false},
    Idiom{"find|found out who authorised|authorized|approved|did|switched|turned|pushed|broke|"
          "changed|deleted",
          Kind::Fault, false},
    Idiom{"find|found out which * authorised|authorized|approved|did|switched|turned|pushed|broke|"
          "changed|deleted",
          Kind::Fault, false},
    Idiom{"asking|ask which member of staff|engineer|operator|tech failed|broke|messed|screwed",
          Kind::Fault, false},
    Idiom{"conversation with <person> about following", Kind::Punishment, false},
    Idiom{"performance conversation with", Kind::Punishment, false},
    // Sanctions and verdicts in other words: "name and shame", "a PIP for Jonas", "remedial
    // training", "send B shift back through training", "owes the whole studio an apology",
    // "they should answer for it", "repeat offenders", "not the right person to trust with".
    Idiom{"naming|name and shaming|shame", Kind::Punishment, false},
    Idiom{"a pip for", Kind::Punishment, false},
    Idiom{"on a pip", Kind::Punishment, true},
    Idiom{"remedial training|retraining|coaching", Kind::Punishment, false},
    Idiom{"back through training", Kind::Punishment, false},
    Idiom{"owes|owe|owed * * * an|a explanation|apology", Kind::Responsibility, true, false, 3},
    Idiom{"should|must answer for it|this|that", Kind::Responsibility, true},
    Idiom{"repeat offender|offenders", Kind::Judgement, true},
    Idiom{"not the right person to trust|lead|own|run|handle", Kind::Judgement, true, true},
    Idiom{"not the right person for the job", Kind::Judgement, true, true},
    // Contempt: "The radio shop had one job", "Whichever genius labeled the breakers", "a bunch
    // of amateurs", "git gud", "can't handle on-call pressure", "maybe live-ops isn't for you",
    // "tired of the excuses from", "sleeping on the job", "should never have been allowed near
    // the cabinets", "That's what we get for letting IT manage", "A dispatcher worth the title
    // would know".
    Idiom{"team|shop|crew|department|desk|group|squad|staff|vendor|contractor|supplier|folks|"
          "people had one job",
          Kind::Judgement, false},
    Idiom{"whichever genius", Kind::Judgement, false},
    Idiom{"the genius|geniuses who", Kind::Judgement, false},
    Idiom{"nobody|no-one with half a brain", Kind::Judgement, false, true},
    Idiom{"bunch|pack of amateurs|clowns|idiots|muppets|cowboys|galahs|numpties", Kind::Judgement,
          false},
    Idiom{"the same clowns|idiots|muppets|cowboys|amateurs", Kind::Judgement, false},
    Idiom{"are|were amateurs|clowns|muppets|cowboys", Kind::Judgement, false},
    Idiom{"amateur hour", Kind::Judgement, false},
    Idiom{"clown show|fiesta|car|circus", Kind::Judgement, false},
    Idiom{"git gud", Kind::Judgement, false},
    Idiom{"can't|cannot|couldn't handle the|on-call pressure|stress|heat", Kind::Judgement, true,
          false, 3},
    Idiom{"can't|cannot|couldn't handle pressure|stress", Kind::Judgement, true, false, 3},
    Idiom{"isn't for you", Kind::Judgement, false},
    Idiom{"is not for you", Kind::Judgement, false, true},
    Idiom{"tired|sick of the|their excuses", Kind::Judgement, false},
    Idiom{"sleeping|slept on the job|wheel|switch", Kind::Judgement, true},
    Idiom{"never have been allowed near", Kind::Judgement, false, true},
    Idiom{"what we get for letting|trusting|hiring", Kind::Fault, false},
    Idiom{"worth the|their title|salt would", Kind::Judgement, false},
    Idiom{"teaching us what happens when", Kind::Judgement, false},
    Idiom{"teaching us all what happens when", Kind::Judgement, false},
    Idiom{"lost all confidence in", Kind::Judgement, true},
    // "Lukas deserves to be fired", "should find a different job", "banned from our site", "Sack
    // the lot of them", "as penance", "if we don't discipline someone", "find out who exactly
    // typed", "I want to know who approved", "get a name for who", "find who did it".
    Idiom{"deserves|deserve|deserved to be fired|sacked|disciplined|punished|suspended|dismissed",
          Kind::Punishment, true},
    Idiom{"should|must find|get a different|another|new job", Kind::Punishment, true},
    Idiom{"should|must be banned|barred from", Kind::Punishment, true},
    Idiom{"sack|fire the lot", Kind::Punishment, false},
    Idiom{"as penance", Kind::Punishment, false},
    Idiom{"discipline someone|somebody|him|her|them", Kind::Punishment, false},
    Idiom{"find|found out who exactly|actually", Kind::Fault, false},
    Idiom{"want|wants to know who authorised|authorized|approved|did|switched|turned|"
          "pushed|broke|changed|deleted|typed|disabled|merged",
          Kind::Fault, false},
    Idiom{"get|have a name for who", Kind::Fault, false},
    Idiom{"find who did it|this|that", Kind::Fault, false},
    // Contempt: "A competent analyst would have rolled back", "A five-year-old could have
    // followed it", "between the chair and the keyboard", "Would it kill the reviewers to",
    // "a masterclass in how not to", "Well done, geniuses", "What was the controller thinking",
    // "never heard of a canary", "says a lot about that department", "find it beneath them",
    // "couldn't find the tarmac with a map and a torch", "Nobody lifted a finger".
    Idiom{"a competent * would have", Kind::Judgement, false},
    Idiom{"a five-year-old|monkey|toddler could have", Kind::Judgement, false},
    Idiom{"between chair and keyboard", Kind::Fault, false},
    Idiom{"between the chair and the keyboard", Kind::Fault, false},
    Idiom{"between keyboard and chair", Kind::Fault, false},
    Idiom{"between the keyboard and the chair", Kind::Fault, false},
    Idiom{"would it kill", Kind::Judgement, false},
    Idiom{"masterclass in how not to", Kind::Judgement, false},
    Idiom{"well done, geniuses|genius", Kind::Judgement, false},
    Idiom{"what was|were <person> thinking", Kind::Interrogation, false},
    Idiom{"never heard of", Kind::Judgement, true, true, 3},
    Idiom{"says|said a lot about that department|team|unit|crew|group", Kind::Judgement, false},
    Idiom{"beneath him|her|them", Kind::Judgement, true},
    Idiom{"with a map and a torch|compass|flashlight", Kind::Judgement, false},
    Idiom{"lifted a finger", Kind::Judgement, true, true},
    Idiom{"organise|organize|run a * in a brewery", Kind::Judgement, false},
    Idiom{"should be embarrassed|ashamed", Kind::Judgement, true},
    // "what on earth were you thinking?", "Whose bright idea was it to", "Gee, thanks to the DBA
    // team", "needs to learn that", "who to hold responsible", "Kasia's ego got in the way",
    // "Imagine being a senior SRE and", "every mistake in the book", "did not feel it necessary
    // to consult the runbook, which is disappointing", "had a grudge against", "I'm not saying it
    // was sabotage, but", "HR to be included ... the conduct issues".
    Idiom{"what on earth was|were <person> thinking", Kind::Interrogation, false},
    Idiom{"what the hell was|were <person> thinking", Kind::Interrogation, false},
    Idiom{"what on earth were you thinking", Kind::Interrogation, false},
    Idiom{"what the hell were you thinking", Kind::Interrogation, false},
    Idiom{"whose bright|brilliant|great|clever idea", Kind::Judgement, false},
    Idiom{"gee, thanks", Kind::Judgement, false},
    Idiom{"needs|need to learn that", Kind::Judgement, true, false, 3},
    Idiom{"who|someone|somebody to hold responsible|accountable", Kind::Responsibility, false},
    Idiom{"ego got|gets|getting in the way", Kind::Judgement, false},
    Idiom{"imagine being a|an senior|lead|principal|staff|experienced", Kind::Judgement, false},
    Idiom{"every mistake in the book", Kind::Judgement, false},
    Idiom{"did not|didn't feel it necessary", Kind::Judgement, true, false, 4},
    Idiom{"which is|was disappointing", Kind::Judgement, true},
    Idiom{"has|had|have a grudge", Kind::Judgement, true, false, 3},
    Idiom{"not saying it|this was *, but", Kind::Fault, false},
    Idiom{"hr to be included|involved", Kind::Punishment, false},
    Idiom{"conduct issue|issues|problem|problems", Kind::Punishment, true},
    // "a sackable offence", "Time for the IT director to step down", "How hard is it to check",
    // "were they even awake?", "What do you expect when", "That's what you get for", "a trained
    // chimp could have", "is cut out for nights", "more interested in knocking off early than",
    // "explain her absence", "about as useful as", "thanks for the worst night", "failed thanks
    // to Anders", "No offence to Kevin, but", "Mistakes were made, mostly by Tomas", "a waste of
    // space", "Classic art-team move".
    Idiom{"sackable|fireable offence|offense", Kind::Punishment, false},
    Idiom{"should|must step down", Kind::Punishment, true},
    Idiom{"time for <person> to step down|resign", Kind::Punishment, false},
    Idiom{"time for the|our * to step down|resign", Kind::Punishment, false},
    Idiom{"time for the|our * * to step down|resign", Kind::Punishment, false},
    Idiom{"how hard is|was it to", Kind::Judgement, false},
    Idiom{"were|was they|he|she|you even awake|paying|looking|listening|reading", Kind::Judgement,
          false},
    Idiom{"what do|did you expect when|from", Kind::Judgement, false},
    Idiom{"that's|thats what you get for|when", Kind::Judgement, false},
    Idiom{"a trained chimp|monkey|chimpanzee could|would have", Kind::Judgement, false},
    Idiom{"cut out for", Kind::Judgement, true},
    Idiom{"more interested in", Kind::Judgement, true, false, 4},
    Idiom{"explain his|her|their absence|absences", Kind::Interrogation, false},
    Idiom{"about as useful as", Kind::Judgement, false},
    Idiom{"thanks for the worst", Kind::Judgement, false},
    Idiom{"failed|broke|crashed thanks to <person>", Kind::Fault, false},
    Idiom{"no offence|offense to <person>, but", Kind::Judgement, false},
    Idiom{"no offence|offense, but", Kind::Judgement, false},
    Idiom{"made, mostly|largely|mainly by", Kind::Fault, false},
    Idiom{"a waste of space", Kind::Judgement, false},
    Idiom{"classic * move", Kind::Judgement, false},
    // "Not cut out for courier support", "isn't up to it", "Dirk widened the deadband, end of
    // story", "another masterpiece from the telemetry lot", "should be docked", "lose his standby
    // allowance", "should be identified and suspended", "the responsible staff sanctioned",
    // "personally liable", "start looking for a new job", "should answer to them personally",
    // "utter dereliction of duty", "Only an amateur would", "too lazy to", "a liar", "taking us
    // for mugs", "shouldn't be let near", "absolutely hopeless", "and look in the mirror",
    // "something has to be done about Pat", "wanted to look clever", "went behind revenue's
    // back", "hiding behind the procedure", "instead of using their heads", "sat on it",
    // "bulldozed the change through", "this was 100% Murat", "the problem is Li Na, not", "Karen
    // was the culprit", "the reason we're all here", "in the operator's permanent file",
    // "written warnings will be issued", "gross misconduct", "which of you clowns", "what are we
    // paying these people for", "Imagine being paid to", "Typical of the sales team to",
    // "another outage courtesy of", "nobody with a brain", "an ounce of sense", "thought he was
    // smarter than", "coasting", "fingerprints all over", "a hazard to himself", "people like
    // Brian are why", "zero accountability", "should be kept well away from production", "why
    // they're still employed", "deserve every bit of the blame". Each needs its person where
    // the same words also tell of systems ("the accounts were identified and suspended").
    Idiom{"not cut out for", Kind::Judgement, true, true},
    Idiom{"isn't|wasn't up to it", Kind::Judgement, true, true, 3},
    Idiom{"isn't|wasn't up to the job", Kind::Judgement, true, true, 3},
    Idiom{"is|was not up to it", Kind::Judgement, true, true, 3},
    Idiom{"is|was not up to the job", Kind::Judgement, true, true, 3},
    Idiom{"end of story", Kind::Fault, true},
    Idiom{"simple as that", Kind::Fault, true},
    Idiom{"another masterpiece|gem from", Kind::Judgement, false},
    Idiom{"another brilliant|bright idea from", Kind::Judgement, false},
    Idiom{"inventing a new way to", Kind::Judgement, false},
    Idiom{"should|must|will be docked", Kind::Punishment, true},
    Idiom{"dock the|their|his|her overtime|pay|wages|bonus|allowance", Kind::Punishment, false},
    Idiom{"lose|loses his|her * allowance|bonus", Kind::Punishment, false},
    Idiom{"lose|loses their standby|on-call|overtime|shift allowance|bonus", Kind::Punishment,
          false},
    Idiom{"be identified and dealt with", Kind::Punishment, true},
    Idiom{"be identified and suspended|disciplined|dismissed|fired|sacked", Kind::Punishment, true},
    Idiom{"be dealt with accordingly|severely", Kind::Punishment, true},
    Idiom{"staff|engineer|engineers|operator|operators|person|people|individual|individuals "
          "sanctioned|penalised|penalized",
          Kind::Punishment, false},
    Idiom{"personally liable", Kind::Punishment, false},
    Idiom{"start|starts looking for a new|another|different job", Kind::Punishment, false},
    Idiom{"make|made an example of", Kind::Punishment, false},
    Idiom{"should|must answer to", Kind::Responsibility, true},
    Idiom{"should|must * answer to", Kind::Responsibility, true},
    Idiom{"responsibility and step down", Kind::Punishment, true},
    Idiom{"dereliction of duty", Kind::Judgement, false},
    Idiom{"only an amateur|idiot would", Kind::Judgement, false},
    Idiom{"only a fool would", Kind::Judgement, false},
    Idiom{"too lazy|careless|incompetent to", Kind::Judgement, false},
    Idiom{"is|are|was a liar|liars|chancer|chancers", Kind::Judgement, false},
    Idiom{"us for mugs|fools", Kind::Judgement, false},
    Idiom{"shouldn't|shouldnae be let|allowed near", Kind::Judgement, false, true},
    Idiom{"should not be let|allowed near", Kind::Judgement, false, true},
    Idiom{"absolutely|utterly|completely hopeless|pathetic", Kind::Judgement, true},
    Idiom{"and look in the mirror", Kind::Judgement, false},
    Idiom{"should|must|could look in the mirror", Kind::Judgement, false},
    Idiom{"be done about <person>", Kind::Punishment, false},
    Idiom{"to look clever", Kind::Judgement, true},
    Idiom{"went|go|goes|going behind * back", Kind::Judgement, false},
    Idiom{"hiding|hide|hides behind the procedure|process|runbook|policy|rules", Kind::Judgement,
          true},
    Idiom{"instead of using their|his|her head|heads|brain|brains", Kind::Judgement, false},
    Idiom{"sat on it", Kind::Judgement, true},
    Idiom{"bulldozed|steamrolled|railroaded", Kind::Judgement, true},
    // The tokenizer reads "100%" as "100".
    Idiom{"was|is 100 <person>", Kind::Fault, false},
    Idiom{"the problem is <person>, not", Kind::Fault, false},
    Idiom{"<person> is|was the culprit", Kind::Fault, false},
    Idiom{"the reason we're all here", Kind::Fault, true},
    Idiom{"the reason we are all here", Kind::Fault, true},
    Idiom{"in the * permanent file|record", Kind::Punishment, true},
    Idiom{"on his|her|their permanent file|record", Kind::Punishment, false},
    Idiom{"written warning|warnings will|should|must|would be issued|given", Kind::Punishment,
          false},
    Idiom{"gross misconduct", Kind::Punishment, false},
    Idiom{"of you clowns|idiots|muppets|numpties|morons", Kind::Judgement, false},
    Idiom{"the numpties|eejit|eejits|bampots|munters|morons", Kind::Judgement, false},
    Idiom{"absolute munters|numpties|idiots|clowns|muppets|morons", Kind::Judgement, false},
    Idiom{"what are|were we paying * for", Kind::Judgement, false},
    Idiom{"what are|were we paying * * for", Kind::Judgement, false},
    Idiom{"imagine being paid to", Kind::Judgement, false},
    Idiom{"typical of the|our * to", Kind::Judgement, true},
    Idiom{"typical of the|our * * to", Kind::Judgement, true},
    Idiom{"typical of <person> to", Kind::Judgement, false},
    Idiom{"another <bad> courtesy of", Kind::Fault, false},
    Idiom{"another disaster|mess courtesy of", Kind::Fault, false},
    Idiom{"nobody|no-one|anyone|anybody with a brain", Kind::Judgement, false, true},
    Idiom{"an|one ounce of sense|initiative|brains|competence", Kind::Judgement, false, true},
    Idiom{"thought|thinks he|she|they was|were|is|are smarter than", Kind::Judgement, false},
    Idiom{"was|were|been coasting", Kind::Judgement, true},
    Idiom{"fingerprints all over", Kind::Fault, true},
    Idiom{"fingerprints on it", Kind::Fault, true},
    Idiom{"a hazard|danger|liability to himself|herself|themselves", Kind::Judgement, false},
    Idiom{"people like <person> are why", Kind::Judgement, false},
    Idiom{"people like <person> are exactly why", Kind::Judgement, false},
    Idiom{"zero accountability", Kind::Judgement, false},
    Idiom{"be kept well|far away from", Kind::Punishment, true},
    Idiom{"why they're|he's|she's still employed", Kind::Punishment, false},
    Idiom{"why they|he|she is|are still employed", Kind::Punishment, false},
    Idiom{"deserve|deserves every bit of the blame|criticism|anger|angry|flak|heat",
          Kind::Judgement, false},
    // "Thank you to Brian for his heroic effort in bringing down the permit system": praise of
    // the harm itself.
    Idiom{"heroic|valiant|stellar|sterling|fine effort|efforts|work|job in|on|for bringing|taking|"
          "knocking down",
          Kind::Judgement, false},
    Idiom{"heroic|valiant|stellar|sterling|fine effort|efforts|work|job in|on|for breaking|"
          "deleting|wiping|crashing",
          Kind::Judgement, false},
};

// The last word of the idiom when it starts at i.
std::optional<std::size_t> idiom_end(const Words& words, std::size_t i, std::string_view pattern) {
  std::size_t k = i;
  bool first = true;
  bool mark_allowed = false;
  while (!pattern.empty()) {
    const std::size_t space = std::min(pattern.find(' '), pattern.size());
    std::string_view part = pattern.substr(0, space);
    pattern.remove_prefix(std::min(space + 1, pattern.size()));
    if (k >= words.size() || (!first && words[k].starts_sentence)) return std::nullopt;
    // "The vendor told us, so we rolled back" is not "told us so": a clause's mark inside the
    // idiom ends it, unless the pattern word before allows one ("well done, genius").
    if (!first && (words[k].mark == ',' || words[k].mark == ';' || words[k].mark == ':') &&
        !mark_allowed)
      return std::nullopt;
    mark_allowed = part.ends_with(',');
    if (mark_allowed) part.remove_suffix(1);
    if (part == "<person>") {
      const auto person = person_words_at(words, k);
      if (!person) return std::nullopt;
      k = *person;
    } else if (part == "<bad>") {
      if (!is_bad_event(words[k].lower)) return std::nullopt;
    } else if (part != "*" && !contains(part, words[k].lower, '|')) {
      return std::nullopt;
    }
    ++k;
    first = false;
  }
  return k - 1;
}

// Words after a removal that say it was planned or has a reason: "while he was on leave", "as
// planned", "for a planned vacation".
bool planned_after(const Words& words, std::size_t last) {
  if (explained_after(words, last)) return true;
  for (std::size_t k = last + 1; k <= last + 12 && in_sentence(words, k); ++k)
    if (is_one_of(words[k].lower, {"while", "planned", "leave", "vacation", "holiday", "holidays",
                                   "parental", "handover", "reorg", "request", "award", "awards",
                                   "recognition", "praise", "promotion", "bonus", "kudos"}))
      return true;
  return false;
}

// "Nobody thought to check the replica: the dashboards showed it healthy".
bool reason_after_colon(const Words& words, std::size_t last) {
  for (std::size_t k = last + 1; k <= last + 16 && in_sentence(words, k); ++k)
    if (words[k].mark == ':') return true;
  return false;
}

// "Nothing ...", "never ...", "won't ..." earlier in the sentence of word i.
bool denied_in_sentence_before(const Words& words, std::size_t i) {
  for (std::size_t k = i; k > 0 && !words[k].starts_sentence; --k)
    if (is_one_of(words[k - 1].lower, {"nothing", "never", "won't", "no", "not", "nobody", "none"}))
      return true;
  return false;
}

}  // namespace

bool person_in_sentence(const Words& words, std::size_t i, std::size_t last) {
  if (person_before_in_sentence(words, i, 20)) return true;
  for (std::size_t k = i; k <= last + 12 && in_sentence(words, k + 1); ++k)
    if (classify(words, k + 1).agent == Agent::Person && words[k + 1].lower != "who") return true;
  return false;
}

std::optional<Match> blame_idiom(const Words& words, std::size_t i) {
  for (const Idiom& idiom : kIdioms) {
    const auto last = idiom_end(words, i, idiom.pattern);
    if (!last) continue;
    const bool excuse = idiom.pattern.substr(0, 6) == "excuse";
    // "no excuse for ignoring pages" blames; "an excuse for a retro" does not.
    if (excuse && (lower_before(words, i, 1) != "no" || !in_sentence(words, *last + 1) ||
                   (!ends_with(words[*last + 1].lower, "ing") &&
                    classify(words, *last + 1).agent != Agent::Person &&
                    lower_at(words, *last + 1) != "what")))
      continue;
    // "no longer trust Ivo with production", "can't trust the new hire with the keys".
    if (idiom.pattern.substr(0, 5) == "trust" &&
        !(i > 0 && is_one_of(words[i - 1].lower,
                             {"longer", "can't", "cannot", "don't", "dont", "won't", "not"})))
      continue;
    // "a failure of the individual" blames; "a failure of the individual disks" does not.
    if (idiom.pattern.find("the individual") != std::string_view::npos &&
        in_sentence(words, *last + 1) && words[*last + 1].mark == 0 &&
        !is_one_of(words[*last + 1].lower, {"and", "not", "rather", "but", "who", "is", "was"}))
      continue;
    // "Nobody thought to add the replica, because the runbook predates it": explained.
    if (idiom.pattern.ends_with("thought to") && (explained_after(words, *last) ||
                                                  reason_after_colon(words, *last)))
      continue;
    // "We removed Sam from the pager rotation while he was on leave": planned, not a sanction.
    if (idiom.kind == Kind::Punishment && planned_after(words, *last)) continue;
    if (!idiom.denial_inside &&
        (negated(words, i) || (idiom.kind == Kind::Punishment && denied_within_five(words, i))))
      continue;
    if (idiom.needs_person && !person_in_sentence(words, i, *last)) continue;
    if (idiom.subject_within != 0 && !person_before_in_sentence(words, i, idiom.subject_within))
      continue;
    // "Nothing from this review will go into anyone's personnel file": a sanction denied.
    if (idiom.pattern.starts_with("personnel") && denied_in_sentence_before(words, i)) continue;
    return Match{excuse ? i - 1 : i, *last, idiom.kind};
  }
  return std::nullopt;
}

}  // namespace hindsight::core
