/**
 * What a source's name looks like, from its own words: words that name nobody (pronouns, their
 * contractions, determiners, adverbs, days, months, number words, bare adjectives of nationality
 * or religion, section labels), countries that speak as their governments, and the words of
 * company and website names. Patterns of English and general knowledge only: never the names of
 * one article.
 */

import { SPEECH_VERBS } from "./lexicon.js";

const set = (s: string) => new Set(s.trim().split(/\s+/));

/**
 * Closed-class words and sentence openers that are never a name's first word, nor a whole name:
 * "I’ve", "It’s", "No", "Another Oxford ...", "Unlike", "Shortly", "To LeBron James".
 */
const FUNCTION_WORDS = set(`
  i i'm i've i'd i'll me my mine we we're we've we'd we'll us our ours you you're you've you'd you'll your yours
  he he's he'd he'll him his she she's she'd she'll her hers it it's it'd it'll its they they're they've they'd they'll them their theirs
  let let's don't doesn't didn't can't couldn't won't wouldn't isn't aren't wasn't weren't haven't hasn't shouldn't
  here's there's that's what's who's where's how's
  a an the no not nothing none nobody noone some any each every all both either neither another other others such
  this that these those what which who whom whose whatever whoever one
  here there where when while why how if then than so yet but and or nor for with without within unlike like
  as at by to from in into on onto of off over under after before since until upon about above below between among
  against during through per via toward towards despite beyond besides
  shortly afterwards afterward meanwhile however moreover furthermore instead still also even just only already
  again later earlier soon now today yesterday tomorrow tonight perhaps maybe finally eventually nevertheless
  thus hence therefore indeed certainly clearly obviously apparently basically actually really
  please yes okay ok oh hey well ever why almost nearly roughly approximately around
  correction corrections update updated editor's note related advertisement sponsored published posted
  greater lesser more most less least many much few several
  although though whether unless because whereas everything everyone everybody everywhere something someone somebody
  anything anyone anybody having being plus ah oh um umm ummm uh hmm heck gosh wow sigh alas yeah yep nope ugh
`);

/** Months and days: capitalised, but they name a time. */
const CALENDAR = set(`
  january february march april may june july august september october november december
  jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
  monday tuesday wednesday thursday friday saturday sunday christmas easter
`);

/** Regions of a country or the world and their seas: "The Midwest claimed 19 percent" names no speaker. */
const REGIONS = set(`midwest northeast northwest southeast southwest mideast mediterranean pacific atlantic arctic antarctic caribbean`);

/** Number words: "Three said ..." is a count, not a name. */
const NUMBER_WORDS = set(`
  zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
  million millions billion billions dozen dozens half first second third fourth fifth
`);

/** U.S. state and other postal abbreviations that follow a city ("Oakland, Calif."). */
const PLACE_ABBREVIATIONS = set(`
  ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass. mich. minn. miss. mo. mont.
  neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. tex. vt. va. wash. w.va. wis. wyo.
`);

/** Bare adjectives of nationality, region or religion: "French said" names nobody ("the French" do). */
const ADJECTIVES_OF_PEOPLE = set(`
  american british english scottish welsh irish french german italian spanish portuguese dutch belgian swiss austrian
  swedish norwegian danish finnish icelandic polish czech slovak hungarian romanian bulgarian greek turkish cypriot
  russian ukrainian belarusian serbian croatian bosnian albanian slovenian macedonian georgian armenian azerbaijani
  chinese japanese korean taiwanese tibetan mongolian vietnamese thai cambodian laotian burmese malaysian indonesian
  filipino singaporean indian pakistani afghan bangladeshi nepalese sri lankan iranian iraqi syrian lebanese jordanian
  israeli palestinian egyptian libyan tunisian algerian moroccan saudi yemeni omani qatari emirati kuwaiti bahraini
  kurdish arab arabic persian african nigerian kenyan ethiopian somali sudanese ghanaian congolese ugandan tanzanian
  rwandan zimbabwean zambian angolan mozambican malian senegalese cameroonian ivorian south canadian mexican cuban
  haitian dominican jamaican brazilian argentine argentinian chilean peruvian colombian venezuelan ecuadorian bolivian
  uruguayan paraguayan guatemalan honduran salvadoran nicaraguan panamanian australian zealand european asian latin
  latino hispanic western eastern northern southern central federal national international global foreign domestic
  catholic protestant christian muslim jewish islamic hindu buddhist sikh orthodox evangelical mormon anglican
  lutheran baptist methodist presbyterian sunni shia shiite republican democratic democrat conservative liberal
  socialist communist labour local senior top former current
`);

/** Countries, by the names news writing gives them: "Ecuador said" is its government speaking. */
const COUNTRIES = set(`
  afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh
  barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina burundi cambodia
  cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador
  egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada
  guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
  jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
  lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico moldova monaco
  mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands holland nicaragua niger nigeria
  norway oman pakistan palau panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa
  senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
  tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan
  vanuatu venezuela vietnam yemen zambia zimbabwe britain england scotland wales palestine
  u.s. u.s.a. usa u.k. uk
`);

/** Lower-case words before a name that say it is a company's or a site's ("software maker Acme"). */
export const COMPANY_NOUNS = set(`
  automaker automakers carmaker carmakers drugmaker drugmakers chipmaker chipmakers retailer retailers manufacturer
  manufacturers insurer insurers lender lenders bank banks startup start-up startups publisher publishers airline
  airlines carrier carriers operator operators maker makers developer developers producer producers supplier suppliers
  brand brands company companies firm firms giant giants provider providers utility utilities conglomerate studio
  studios label labels website websites site sites app service platform blog
`);

/** Name words of companies, firms and sites that the body lexicon does not hold ("Mercury Research", "Lightspeed Ventures"). */
const COMPANY_NAME_WORDS = set(`
  research analytics partners ventures capital labs media entertainment energy communications technologies
  technology software systems solutions consulting advisors advisers associates securities investments holdings
  group games studios records pictures films motors airlines inc inc. corp corp. co co. llc ltd ltd. plc ag sa gmbh
  wireless telecom mobile networks airways bancorp financial insurance pharma pharmaceuticals brands foods stores
  .com .org .net
`);

/** The lower-case form of a word, without a possessive and with one kind of apostrophe. */
function low(w: string): string {
  return w.toLowerCase().replace(/’/g, "'").replace(/'s$/, "").replace(/^['"“‘(]+|['"”’),:;]+$/g, "");
}

/** Is a word one that never opens a name ("To", "Another", "I’ve")? */
export function isFunctionWord(w: string): boolean {
  const l = w.toLowerCase().replace(/’/g, "'");
  return FUNCTION_WORDS.has(l) || FUNCTION_WORDS.has(low(w));
}

/**
 * Is a name made only of words that name nobody: a pronoun or its contraction, a determiner, an
 * adverb, a month or day, a number word, a place's abbreviation, a bare adjective of nationality
 * or religion ("It’s", "Shortly", "November", "Three", "Calif.", "French", "Catholic")?
 */
export function isJunkName(name: string): boolean {
  const ws = name.split(/\s+/).filter(Boolean);
  if (!ws.length) return true;
  // a pronoun or a contraction anywhere: "a subject I’ve", "the Journal he’s"
  if (ws.some((w) => /^(?:i|we|you|they|he|she|it)(?:['’](?:m|ve|d|ll|re|s))$/i.test(w) || /^I$/.test(w))) return true;
  // a law or an amendment says nothing by itself ("First Amendment", "Patriot Act")
  if (ws.length > 1 && /^(?:Amendment|Act|Bill|Treaty|Accord|Constitution)$/.test(ws[ws.length - 1]!)) return true;
  // a product with its model code ("Acer C7 Chromebook", "Galaxy S3"): letters and digits in one word after the first
  if (ws.length > 1 && ws.slice(1).some((w) => /^(?=.*\p{L})(?=.*\d)[\p{L}\d]+$/u.test(w) && !/^\d+(?:st|nd|rd|th|s)$/.test(w))) return true;
  // a standard's or a model's code ("USB-C", "F-16"), not a group of nations ("G-20")
  if (ws.some((w) => /^[\p{Lu}\d]{1,4}-(?:\p{Lu}|\d{1,3})$/u.test(w) && !/^G-\d+$/.test(w))) return true;
  // a day of the calendar ("Polling Day", "Election Day", "New Year's Eve")
  if (ws.length > 1 && /^(?:Day|Eve)$/.test(ws[ws.length - 1]!)) return true;
  return ws.every((w) => {
    const l = low(w);
    return isFunctionWord(w) || CALENDAR.has(l) || REGIONS.has(l) || NUMBER_WORDS.has(l) || PLACE_ABBREVIATIONS.has(w.toLowerCase()) || ADJECTIVES_OF_PEOPLE.has(l) || /^\d/.test(w);
  });
}

/** Suffixes of English adverbs, adjectives and abstract nouns ("Ethically", "Dubious", "Empiricism"): never a lone name's. */
const COMMON_SUFFIX = /^\p{Lu}\p{Ll}{2,}(?:ally|ously|ively|fully|ably|ibly|ently|antly|edly|ingly|ous|ful|less|ism|ness|tion|sion|ment)$/u;

/** Is a lone capitalised word shaped as a common word, not a name: an adverb, an adjective or an abstract noun? */
export function hasCommonSuffix(w: string): boolean {
  return COMMON_SUFFIX.test(w);
}

/**
 * Is a name's first word a verb's form run into it from a headline or a sentence ("Says Jane Roe",
 * "Added Jane Roe", "Qualifying Acme", "Whether Springfield"): a speech verb's inflected form, a
 * conjunction, or a word in -ing after a consonant (not "Boeing")?
 */
export function hasRunInLead(name: string): boolean {
  const ws = name.split(/\s+/);
  if (ws.length < 2) return false;
  const w = ws[0]!;
  const l = w.toLowerCase();
  return (SPEECH_VERBS.has(l) && /(?:s|ed|ing|id|ld|ote)$/.test(l) && !/^(?:news|reports|states|points)$/.test(l)) || /^\p{Lu}\p{Ll}*[^aeiou\s]ing$/u.test(w) && w.length >= 7 || /^(?:whether|although|though|unless|because|once|having|being)$/.test(l);
}

/** Is the name a country's ("Ecuador", "the Netherlands")? */
export function isCountry(name: string): boolean {
  return COUNTRIES.has(low(name.replace(/^the\s+/i, "")));
}

/** Does the name end in a word of a company's or a site's name ("Mercury Research", "People.com")? */
export function hasCompanyWord(name: string): boolean {
  const ws = name.split(/\s+/);
  const last = ws[ws.length - 1] ?? "";
  return COMPANY_NAME_WORDS.has(low(last)) || /\.(?:com|org|net|io|co\.uk)$/i.test(last) || /&/.test(name);
}

/** Is the name a website's ("People.com", "Salon.com")? */
export function isWebsite(name: string): boolean {
  return /\.(?:com|org|net|io|co\.uk)$/i.test(name.trim());
}

/** Is the word a bare adjective of nationality or religion ("Chinese", "Catholic")? */
export function isAdjectiveOfPeople(w: string): boolean {
  return ADJECTIVES_OF_PEOPLE.has(low(w));
}

/** Nouns of a person's role or relation the lexicon does not hold ("Actor Jane Roe", "my friend Helen"). */
const PERSON_WORDS = set(`
  friend wife husband son daughter mother father brother sister aunt uncle cousin grandmother grandfather
  boyfriend girlfriend partner colleague boss exec execs author co-author writer singer actor actress player star
  rapper poet novelist artist chef host mom dad child boy girl student graduate teen teenager veteran patient victim
  customer neighbor neighbour founder co-founder ceo cfo cto president chairman chairwoman professor doctor
  musician comedian filmmaker director producer designer photographer blogger columnist editor reporter journalist
  athlete coach striker goalkeeper quarterback pitcher rookie waitress hostess client clients customers patients
  users readers viewers listeners fans parents kids children family families locals guests workers folks
  individuals surrogate surrogates insider insiders citizen citizens tycoon mogul billionaire millionaire neurosurgeon surgeon
  crowd crowds attendees audience delegates participants veterans residents-to-be retirees seniors
  friends wives husbands sons daughters mothers fathers brothers sisters cousins colleagues partners bosses authors writers
  singers actors players stars artists students graduates teens teenagers victims neighbors neighbours founders professors
  spouse spouses widow widower fiance fiancee fiancé fiancée sibling siblings nephew niece grandson granddaughter
  stepfather stepmother stepson stepdaughter grandparents grandchildren classmate classmates roommate roommates
  teammate teammates pal pals advocate advocates magnate magnates hopeful hopefuls front-runner front-runners frontrunner
  delegate superdelegate superdelegates attendee rival rivals donor donors intern interns landlord landlords plaintiff
  plaintiffs heir heiress rabbi rabbis imam imams cleric clerics bishop bishops monk monks nun nuns sheriff sheriffs
  cop cops detective detectives juror jurors pundit pundits anchor anchors mp mps
`);

/** Is the word a person's role or relation ("actor", "friend", "co-author")? */
export function isPersonWord(w: string): boolean {
  return PERSON_WORDS.has(low(w));
}

/** Words of a newspaper's name, also inside a hyphenated one ("Times-Democrat"). */
const PAPER_WORDS = set(`times post journal tribune herald gazette telegraph guardian chronicle courier ledger observer mirror dispatch inquirer examiner sentinel globe daily weekly magazine news`);

/** Does a word of the name, or a part of a hyphenated word, name a newspaper ("Richmond Times-Democrat")? */
export function hasPaperWord(name: string): boolean {
  return name.split(/[\s-]+/).some((w, i) => i > 0 && PAPER_WORDS.has(low(w)));
}

/** Greetings and oaths that open a line, never a name ("Happy Birthday Tim", "Dear Editor"). */
const GREETINGS = /^(?:Happy|Dear|Hello|Hi|Thanks|Thank|Congratulations|Welcome|Goodbye|Bye|Merry|Fuck|Damn|Screw)$/;

/** The world's broadcasters and news sites by name: general knowledge of the trade, like the wire services. */
const BROADCASTERS = /^(?:the\s+)?(?:CNN|CNBC|MSNBC|BBC|NBC|ABC|CBS|PBS|NPR|Fox News|ESPN|Al Jazeera|Sky News|RT|CBC|ITV|Channel 4|C-SPAN|Bloomberg TV|Politico|Axios|Vox|BuzzFeed|HuffPost|Huffington Post|TMZ|E!)$/;

/** Is the name a broadcaster's or a news site's ("CNBC", "Al Jazeera")? */
export function isBroadcaster(name: string): boolean {
  return BROADCASTERS.test(name.trim());
}

/** Words of the names of state bodies the lexicon does not hold: customs, border, immigration, disease control, parliaments by name. */
const GOVERNMENT_NAME = /\b(?:Customs|Border Protection|Border Patrol|Immigration|Disease Control|Revenue Service|Treasury|Coast Guard|National Guard|Lok Sabha|Rajya Sabha|Duma|Knesset|Bundestag|Majlis|Diet)\b/;

/** Does the name hold a word of a state body's name ("Customs and Border Protection", "Centers for Disease Control")? */
export function isGovernmentName(name: string): boolean {
  return GOVERNMENT_NAME.test(name);
}

/** Texts that are quoted as saying things, by name: "the Constitution states", "the Bible says". */
const DOCUMENT_NAMES = /^(?:the\s+)?(?:Constitution|Bible|Koran|Quran|Qur'an|Torah|Talmud|Charter|Declaration of Independence|Bill of Rights)$/;

/** Is the name a text's, not a speaker's ("Constitution")? */
export function isDocumentName(name: string): boolean {
  return DOCUMENT_NAMES.test(name.trim());
}

/** Capitalised words that never stand inside a body's name, only in a headline's title case ("... Tries To Save ... From ..."). */
const HEADLINE_WORDS = set(`to from with by at in on than into onto as if when while is are was were will can could would should it he she they we you i says said tells told`);

/** Is the name a headline run into it: a capitalised verb or preposition inside it ("Sinning Differently Than Others")? */
export function isHeadlineRun(name: string): boolean {
  const ws = name.split(/\s+/);
  return GREETINGS.test(ws[0] ?? "") || ws.some((w, i) => i > 0 && /^\p{Lu}/u.test(w) && HEADLINE_WORDS.has(w.toLowerCase()));
}

/** Quantifiers and number words: "Some said", "Others argued", "Two said" are unnamed groups, not names. */
const QUANTIFIERS = set(`some others other several many most all both few each either neither another more`);

/** Is the word a quantifier or a number word ("Some", "Others", "Three")? */
export function isQuantifier(w: string): boolean {
  const l = low(w);
  return QUANTIFIERS.has(l) || NUMBER_WORDS.has(l);
}

/** Is the name a country's abbreviation ("U.S.", "UK")? */
export function isCountryAbbreviation(name: string): boolean {
  return /^(?:u\.s\.|u\.s\.a\.|usa|u\.k\.|uk)$/i.test(name.trim()) || name.trim() === "US";
}

/** Unnamed things that speak as data: "according to the model", "the forecast says". */
const DATA_THINGS = set(`article articles story experiment experiments model models forecast forecasts simulation simulations calculation analysis tally count suit lawsuit note notes missive interview interviews website media probe test memo letter`);

/** Is the head noun a model or forecast that speaks as data ("the model")? */
export function isDataThing(w: string): boolean {
  return DATA_THINGS.has(low(w));
}
