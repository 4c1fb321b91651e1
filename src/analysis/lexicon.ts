/**
 * Word lists of English news writing: attribution cues, titles, the nouns that name each kind
 * of source. Patterns of the language only: never the names of one article.
 */

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Verbs of saying and writing, in any form, that attribute what follows or precedes. */
export const SPEECH_VERBS = set(`
  say says said saying tell tells told telling add adds added adding claim claims claimed claiming
  deny denies denied denying confirm confirms confirmed confirming announce announces announced announcing
  write writes wrote writing declare declares declared declaring reply replies replied replying
  respond responds responded responding tweet tweets tweeted tweeting acknowledge acknowledges acknowledged acknowledging
  admit admits admitted admitting insist insists insisted insisting argue argues argued arguing
  explain explains explained explaining warn warns warned warning stress stresses stressed stressing
  allege alleges alleged alleging testify testifies testified testifying contend contends contended
  concede concedes conceded conceding assert asserts asserted asserting maintain maintains maintained
  complain complains complained complaining recall recalls recalled recalling ask asks asked asking
  report reports reported reporting estimate estimates estimated predict predicts predicted
  suggest suggests suggested suggesting note notes noted noting state stated stating shout shouted
  emphasize emphasizes emphasized emphasised boast boasted quip quipped joke joked vow vows vowed
  pledge pledged promise promises promised promising urge urges urged urging charge charged charging
  observe observed remark remarked reiterate reiterates reiterated reiterating counter countered
  mention mentioned disclose disclosed reveal revealed revealing indicate indicated indicating point points pointed pointing
  posted cautioned cautions call calls called calling accuse accuses accused accusing continued continues
  describe describes described describing conclude concludes concluded exclaim exclaims exclaimed chant chants chanted
  yell yells yelled wonder wonders wondered answer answers answered
  jokes quips boasts boasting shouts shouting observes reveals discloses indicates retort retorts retorted
  snapped scoffed lament laments lamented proclaim proclaims proclaimed assure assures assured remind reminds reminded
  recount recounts recounted found finds
  vowing pledging pledges joking contending predicting inform informs informed informing ruled show shows showed
`);

/**
 * Verbs that give a figure as someone's reckoning: "X put the toll at 40", "X estimated the cost
 * at $2 billion", "X gave the toll as 12", "X pegged the number at 300". Only with "at"/"as" and a
 * figure after their object do they attribute; otherwise they are ordinary verbs.
 */
export const FIGURE_VERBS = set(`put puts placed places pegged pegs estimate estimates estimated gave gives`);

/** Cues that attribute only right after a quotation or before a colon or quote ("..., she continued."). */
export const QUOTE_ONLY_VERBS = set(`continued continues describe describes described describing conclude concludes concluded
  exclaim exclaims exclaimed chant chants chanted yell yells yelled wonder wonders wondered answer answers answered
  snapped scoffed recount recounts recounted`);

/** Cues that need a "that"-clause, a quote or the clause-final position to attribute. */
export const WEAK_VERBS = set(`
  report reports reported reporting estimate estimates estimated note notes noted state stated
  suggest suggests suggested predict predicts predicted indicate indicated reveal revealed mention mentioned
  observe observed charge charged counter countered promise promises promised vow vows vowed pledge pledged
  urge urges urged warning ask asks asked recall recalls recalled
  reveals indicates lament laments lamented proclaim proclaims proclaimed found finds
`);

/**
 * Cues of plain saying whose subject speaks whatever noun heads it ("One delegate said ...",
 * "..., the NFL legend said"): with these, any noun phrase before the cue is taken as the speaker.
 */
export const STRONG_VERBS = set(`
  say says said tell tells told add adds added insist insists insisted
  argue argues argued contend contends contended assert asserts asserted explain explains explained
  acknowledge acknowledges acknowledged admit admits admitted concede concedes conceded
  claim claims claimed complain complains complained
`);

/**
 * Cue words as often nouns, or verbs of another sense, as cues ("the state", "a report", "continued
 * to rise", "responded to the attack", "declared victory", "posted a video", "call centers", "the data suggest"),
 * and "asked", which also asks people to do things: the fallback reading of a sentence (attribution.ts)
 * skips them; only the frames that make them cues read them (a request, a question put in
 * reported speech: "asked whether ...", "asked Roe if ...").
 */
export const AMBIGUOUS_CUES = set(`
  state states stated report reports reporting continue continues continued respond responds responded responding
  tweet tweets tweeted tweeting declared pledged pledges point points claim claims claiming claimed note notes
  answer answers writing promising add adds added adding confirm confirmed confirming mentioned maintain maintains maintained
  estimate estimates estimated remark remarked reveal reveals indicates indicating stress stresses shouting shouts
  alleging boasts jokes joke joked joking quip quips recalling reply replied replies testified testifies denies
  snapped responds emphasizes writes write assure assured assures reminds predicted concede contend proclaimed
  complaining yelled describes disclose recount vowing insist post posts posted
  ask asks asked asking suggest suggests suggested charge charges charged promise promises
  reported wonder
`);

/** Verbs that take the addressee right after them: "told reporters", "asked the court". */
export const ADDRESSEE_VERBS = set(`tell tells told telling warn warns warned warning urge urges urged urging assure assured remind reminded inform informs informed informing`);

/** Participles that attach a claim to the subject of the clause before them. */
export const PARTICIPLES = set(`saying adding noting claiming insisting arguing explaining stressing warning declaring acknowledging calling
  telling asserting writing recalling promising vowing pledging urging accusing suggesting joking boasting complaining
  admitting conceding contending denying describing announcing asking predicting reiterating charging questioning`);

/** Titles and roles that stand before a person's name. */
export const TITLES = set(`
  president vice prime minister secretary senator sen. sen rep. rep representative gov. gov governor mayor
  general gen. gen lt. col. capt. sgt. maj. adm. colonel captain sergeant major admiral commander chief
  judge justice attorney prosecutor dr. dr prof. professor mr. mr mrs. mrs ms. ms miss sir lord lady king queen prince princess
  pope bishop archbishop rabbi imam sheikh ayatollah cardinal father rev. chairman chairwoman chair ceo cfo coo founder
  director spokesman spokeswoman spokesperson ambassador envoy commissioner inspector detective officer sheriff chancellor
  speaker leader candidate nominee lawmaker councilman councilwoman councillor lieutenant superintendent treasurer
  economist analyst coach manager executive president-elect minister-president premier deputy foreign interior defense
  defence health finance state first lady emir sultan crown principal headteacher headmaster coroner warden
`);

/** Title words that only modify another title ("Foreign Minister", "Deputy Director"): no title alone. */
export const TITLE_MODIFIERS = new Set("vice foreign interior defense defence health finance state first deputy crown chief senior lady".split(" "));

/** Nouns that head a mention of a person or of persons, without a name. */
export const PERSON_NOUNS = set(`
  spokesman spokeswoman spokesperson official officials minister president governor mayor senator lawmaker lawmakers
  witness witnesses resident residents activist activists analyst analysts expert experts source sources doctor doctors
  aide aides adviser advisers advisor advisors lawyer lawyers attorney attorneys prosecutor prosecutors judge leader leaders
  commander commanders officer officers survivor survivors relative relatives neighbor neighbors neighbour neighbours
  man woman men women chairman chairwoman director executive executives diplomat diplomats researcher researchers
  scientist scientists economist economists investigator investigators strategist strategists candidate nominee
  spokespeople representative representatives member members voter voters critic critics supporter supporters
  organizer organizers organiser organisers protester protesters student students worker workers employee employees
  resident manager owner owners negotiator negotiators mediator envoy ambassador
  insider insiders person people staffer staffers operative operatives observer observers
  user users commenter commenters blogger bloggers associate associates ally allies backer backers fan fans
  nurse nurses teacher teachers farmer farmers driver drivers soldier soldiers pilot pilots engineer engineers
  colonel general captain sergeant lieutenant major commissioner secretary director chief head
  rescuer rescuers paramedic paramedics medic medics firefighter firefighters responder responders volunteer volunteers
  crew crews team teams agent agents clerk clerks boss bosses
  principal principals headteacher headteachers headmaster headmistress dean provost rector pastor priest chaplain
  coroner pathologist surgeon surgeons physician physicians pharmacist pharmacists auditor auditors trustee trustees
  warden wardens ranger rangers guard guards inspector inspectors curator accountant accountants
`);

/** Head nouns and name words of news media. */
export const MEDIA_WORDS = set(`
  tv television station channel network radio newspaper paper daily weekly magazine agency outlet broadcaster
  news times post journal tribune herald gazette telegraph guardian chronicle reuters website site wire press
  newswire bulletin tabloid courier ledger observer mirror dispatch inquirer examiner sentinel globe broadcasting
`);
/** Agency heads that are news media only when "news" or "press" stands with them. */
export const NEWS_AGENCY = /\b(?:news|press)\s+agency\b|\bagency\s+(?:news|press)\b/i;

/** Head nouns and name words of governments and their bodies. */
export const GOVERNMENT_WORDS = set(`
  ministry department government administration cabinet parliament congress senate house kremlin pentagon
  embassy consulate police military army navy authorities authority council municipality mayor's office
  presidency court prosecutors' regime junta command forces guard agency bureau commission directorate gendarmerie service services
`);

/** Head nouns and name words of organisations other than governments and media. */
export const ORGANIZATION_WORDS = set(`
  organization organisation association institute foundation committee union federation rights
  group company corporation inc. inc corp. corp ltd. ltd firm bank university college hospital center centre
  society alliance coalition party campaign charity fund league council network watch board trust
  program programme initiative project consortium federation chamber club church movement
  poll survey study report index airport airports workers industry industries airlines airline airways motors
  holdings partners laboratories labs pharmaceuticals technologies systems fc cross crescent aid relief clinic
  hospitals society societies trade resistance
`);

/** Documents that "say" things: "the report said", "the ruling said". */
export const DOCUMENT_WORDS = set(`
  book ruling statement letter memo memorandum filing complaint lawsuit indictment document documents analysis
  ad advertisement video clip editorial order decision opinion transcript release announcement bulletin
  post tweet email assessment review audit estimate forecast projection papers affidavit petition judgment judgement
  sheet dossier submission declaration readout testimony motion brief memoir manifesto notice warrant directive circular
  guidance guidelines note column passage placard banner caption headline leaflet pamphlet brochure poster
  billboard plaque inscription
`);

/**
 * What data and documents "according to" may cite ("according to the results", "according to a count
 * by the AP", "according to state records"): sources only after "according to", where nothing else fits.
 */
export const DATA_WORDS = set(`
  data results figures records returns count counts tally numbers estimates statistics polling poll polls
  survey surveys summary biography timeline documents excerpts copy emails interviews account accounts
  transcript transcripts analysis study studies report reports filing filings census research findings
  projections calculations tabulation minutes notes
`);

/** Head nouns of armed groups. */
export const ARMED_WORDS = set(`
  militia militias rebels rebel insurgents insurgent militants militant fighters guerrillas guerrilla
  brigade brigades battalion army-group jihadists jihadist paramilitaries paramilitary
`);

/** Anonymous sources: plural or unnamed roles. */
export const ANONYMOUS_HEADS = set(`
  officials official sources source witnesses witness residents resident activists activist
  people person insiders insider aides aide diplomats diplomat analysts experts observers someone
  spokesman spokeswoman spokesperson man woman men women doctors medics staffers operatives user users commenter commenters
`);

/** Words that stop the backward walk over a speaker's noun phrase. */
export const NP_STOP = set(`
  and or but as that which who whom whose when while where because since although though if than so yet
  is was were are be been being has have had do does did will would could should may might must can
  to in on at by with from into onto over under after before during about against between through
  not also too very just only even still then there here this these those it its
  once now later instead indeed finally earlier today meanwhile however yet thus hence otherwise
  said says say told tells added adds according
`);

/** Pronouns that can stand as a speaker. */
export const PRONOUNS = set(`he she they it we i`);

/** Adverbs and auxiliaries that may stand between a speaker and the cue. */
export const CUE_FILLERS = set(`
  also later earlier meanwhile previously once then further separately publicly privately recently
  reportedly again first still frequently often repeatedly has have had had since did does do would will
  could may might quickly flatly simply bluntly however originally initially subsequently now
  today yesterday tonight already never always allegedly even long
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Weekday names, for times and scopes. */
export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);
