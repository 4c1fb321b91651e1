/** Is a phrase a plausible speaker, and what kind of source does it name? */
import {
  ANONYMOUS_HEADS, ARMED_WORDS, DOCUMENT_WORDS, GOVERNMENT_WORDS, MEDIA_WORDS, NEWS_AGENCY, ORGANIZATION_WORDS, PERSON_NOUNS, TITLES, WEEKDAYS,
} from "./lexicon.js";
import { isAdjectiveOfPeople, isPersonWord } from "./name-shape.js";
import { setRoleWord, type NounPhrase } from "./noun-phrase.js";
import { bare, isCap, type Token } from "./text.js";
import type { SourceKind } from "./types.js";

/** The longest phrase taken as a speaker, in tokens: longer ones are clauses. */
const MAX_SPEAKER_TOKENS = 12;
/** Months and days are capitalised but name nobody. */
const CALENDAR = /^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** Words that head a phrase but never speak ("the blasts said" does not occur; "the data show" is not speech). */
const MUTE_HEADS = new Set("it's this that these those there here what which who one all some many most both each nobody none neither anyone anybody everyone everybody someone somebody".split(" "));

/** True when tokens [np.from, np.to) can be a speaker. */
export function isSpeakerPhrase(_text: string, toks: Token[], np: NounPhrase): boolean {
  const len = np.to - np.from;
  if (len <= 0 || len > MAX_SPEAKER_TOKENS) return false;
  // "displaying what many analysts (said)", "how voters (say)": a clause word or an -ing verb opening it makes a clause, not a speaker
  if (toks.slice(np.from, np.to).some((t) => /^(?:what|how|why)$/i.test(t.text)) || /^[a-z]+ing$/.test(toks[np.from]!.text) && len > 1) return false;
  // "officials from both parties": the role before the preposition is the head
  const prep = toks.slice(np.from + 1, np.to).findIndex((t) => /^(?:from|in|at|for|with|on|around|across|to)$/.test(t.text));
  // ("a person familiar with the talks", "a source close to the board": the noun before the adjective)
  const before = prep >= 0 ? np.from + prep : np.to - 1;
  const head = bare(toks[prep >= 0 && before > np.from && /^(?:familiar|close|briefed|knowledgeable)$/i.test(toks[before]!.text) ? before - 1 : before]!.text);
  if (len === 1 && /^(?:he|she|they|it)$/.test(head)) return true;
  // (the writer's "I": the article's own first person)
  if (len === 1 && toks[np.from]!.text === "I") return true;
  if (isQuantitySubject(toks.slice(np.from, np.to).map((t) => t.text).join(" "))) return true;
  const acronym = /^\p{Lu}{2,}$/u.test(toks[np.to - 1]!.text);
  if (!acronym && (/^(?:we|i|you|us|me)$/.test(head) || MUTE_HEADS.has(head))) return false;
  if (CALENDAR.test(head) || WEEKDAYS.has(head)) return false;
  // (a person by relation or trade: "his best friend", "the billionaire magnate")
  if (headKind(head) !== null || TITLES.has(head) || isRoleNoun(head) || isPersonWord(head) || /^\d+-year-old$/.test(head)) return true;
  // "the report said", "the ruling said": a document, with its determiner
  if (DOCUMENT_WORDS.has(head) && len >= 2 && /^(?:the|a|an|his|her|its|their|this|that)$/i.test(toks[np.from]!.text)) return true;
  // "the latest figures in Ohio": a name after a preposition of place is where, not who
  const nameTo = prep >= 0 && /^(?:in|at|across|around)$/.test(toks[np.from + 1 + prep]!.text) ? np.from + 1 + prep : np.to;
  for (let i = np.from; i < nameTo; i++) {
    const t = toks[i]!;
    if (isCap(t.text) && !CALENDAR.test(t.text) && !(i === np.from && /^(?:the|a|an)$/i.test(t.text))) return true;
  }
  return false;
}

/** The kind a head noun alone suggests, or null. */
export function headKind(head: string): SourceKind | null {
  const k = headKindExact(head);
  return k !== null || !head.endsWith("s") ? k : headKindExact(head.slice(0, -1));
}

function headKindExact(head: string): SourceKind | null {
  if (ANONYMOUS_HEADS.has(head)) return "anonymous";
  if (PERSON_NOUNS.has(head)) return "person";
  if (MEDIA_WORDS.has(head)) return "media";
  if (GOVERNMENT_WORDS.has(head)) return "government";
  if (ARMED_WORDS.has(head)) return "armed-group";
  if (ORGANIZATION_WORDS.has(head)) return "organization";
  return null;
}

/** The world's news wires, by name: general knowledge of the trade, not of any article. */
const WIRE_SERVICES = /\b(?:Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|Xinhua|TASS|Interfax|Yonhap|Kyodo|EFE|ANSA|dpa|UPI|PTI|ANI)\b/;
/** Modifiers that make a group an armed group ("militant group", "rebel alliance"). */
const ARMED_MODIFIERS = /\b(?:militant|militia|rebel|insurgent|jihadist|extremist|armed|guerrilla|paramilitary|terrorist)\b/i;

/**
 * The kind of a source from its mentions' words: a title or a personal pronoun makes a person;
 * media, government, armed-group and organisation words their kinds; unnamed roles anonymous.
 */
export function kindOf(phrases: string[], named: boolean, pronoun: boolean, titled: boolean): SourceKind {
  if (titled || pronoun) return "person";
  const all = phrases.join(" ");
  // the same phrases come back many times in a long text: read each once
  const key = (named ? "n:" : "u:") + all;
  let k = kindMemo.get(key);
  if (k === undefined) {
    if (kindMemo.size >= KIND_MEMO_SIZE) kindMemo.clear();
    kindMemo.set(key, (k = kindOfText(all, named)));
  }
  return k;
}

/** Kinds already read, by phrase; cleared when full, so memory stays bounded. */
const kindMemo = new Map<string, SourceKind>();
const KIND_MEMO_SIZE = 5000;

/** An international body ("the United Nations refugee agency", "the World Bank", "NATO"), not a national ministry. */
export function isInternationalBody(name: string): boolean {
  return /(?:\bU\.N\.|\bUN\b|\bUnited Nations\b|\bWorld\b|\bInternational\b|\bEuropean Union\b|\bNATO\b|\bRed Cross\b|\bRed Crescent\b)/.test(name) && !/\b(?:Ministry|Government)\b/.test(name);
}

/** kindOf for phrases joined into one text, neither titled nor a pronoun. */
function kindOfText(all: string, named: boolean): SourceKind {
  const words = all.split(/\s+/).map(bare);
  const has = (set: Set<string>) => words.some((w) => set.has(w));
  if (WIRE_SERVICES.test(all)) return "media";
  // international bodies are organisations; national agencies, central banks and "Stats"/"Statistics" offices are government
  if (isInternationalBody(all)) return "organization";
  if (/\bBank of \p{Lu}/u.test(all) || /\b(?:Central Bank|Federal Reserve)\b/.test(all)) return "government";
  if (/\b(?:National|Federal|State|Civil Defen[cs]e|Geological Survey|Statistics|Stats|Census)\b/.test(all) && /\b(?:Institute|Agency|Bureau|Survey|Service|Office|Authority|Administration|Statistics|Stats|Commission|Department|Directorate|Defen[cs]e)\b/.test(all)) return "government";
  if (NEWS_AGENCY.test(all) || has(MEDIA_WORDS)) {
    // "agency" alone is media only as a news agency
    const mediaWords = words.filter((w) => MEDIA_WORDS.has(w) && w !== "agency" && w !== "press" && w !== "news" && w !== "post" && w !== "times" && w !== "paper" && w !== "site");
    if (NEWS_AGENCY.test(all) || mediaWords.length || /\b(?:The\s+)?\p{Lu}\p{L}*\s+(?:Times|Post|Journal|News|Press)\b/u.test(all)) return "media";
  }
  if (ARMED_MODIFIERS.test(all) || has(ARMED_WORDS)) return "armed-group";
  if (has(GOVERNMENT_WORDS) && !/\b(?:agency)\b/i.test(all)) return "government";
  if (has(GOVERNMENT_WORDS)) return "government";
  if (has(ORGANIZATION_WORDS)) return "organization";
  if (!named) {
    if (words.some((w) => ANONYMOUS_HEADS.has(w) || PERSON_NOUNS.has(w))) return "anonymous";
    return "unknown";
  }
  if (words.some((w) => TITLES.has(w))) return "person";
  return "unknown";
}

setRoleWord((w) => headKind(w.replace(/[’']s$/, "")) !== null || TITLES.has(w) || isRoleNoun(w) || isPersonWord(w) || DOCUMENT_WORDS.has(w));

/** A noun of a role by its ending ("commissioner", "businessman", "lobbyist"). */
export function isRoleNoun(w: string): boolean {
  return w.length >= 6 && /(?:ist|ists|er|ers|or|ors|ian|ians|ent|ents|ant|ants|man|men|woman|women)$/.test(w) && !/^(?:however|whether|together|rather|either|neither|further|another|number|matter|letter|paper|water|order|member|summer|winter|center|after|under|never|remember|consider|monitor|counter|border|moment|comment|statement|government|amendment|agreement|argument|document|department|element|payment|treatment|investment|development|environment|management|movement|percent|content|event|account|talent|talents|patent|patents|current|currents|extent|incident|incidents|accident|accidents|instant|constant|restaurant|restaurants|variant|variants|pageant|warrant|warrants|covenant|implant|implants|pollutant|pollutants|stimulant|coolant|lubricant|sealant|equivalent|component|components|ingredient|ingredients|gradient|nutrient|nutrients|detergent|solvent|segment|segments|garment|garments|ornament|ornaments|supplement|supplements|apartment|apartments|compartment|testament|sentiment|tournament|tournaments|monument|monuments)$/.test(w);
}

/** Is a plural word one of persons ("economists", "Democrats", "officials", "friends", "People")? */
export function isPersonPlural(w: string): boolean {
  const l = w.toLowerCase();
  if (!/s$/.test(l)) return l === "people";
  const one = l.replace(/ies$/, "y").replace(/s$/, "");
  return headKind(l) === "person" || headKind(l) === "anonymous" || isRoleNoun(l) || isPersonWord(l) || isAdjectiveOfPeople(one);
}

/** Participles that make the people before them a poll's respondents ("those surveyed", "voters polled"). */
export const POLLED_PARTICIPLE = /^(?:surveyed|polled|questioned|interviewed|sampled)$/;
/** The people a poll's participle follows ("those surveyed"). */
export const POLLED_PEOPLE = /^(?:those|people|adults|voters)$/i;

/** "47 percent", "Six in 10", "Nearly half", "a third of voters": a poll's respondents as a speaker. */
const QUANTITY_SUBJECT = /^(?:(?:about|around|nearly|almost|roughly|more than|fewer than|less than|only|just|some|another)\s+)?(?:[\d.,]+\s*%|(?:[\d.,]+|[A-Za-z-]+)\s+(?:percent|in\s+(?:10|ten|\d+)))(?:\s+of\s+[\p{L}\s'-]{1,40})?$|^(?:(?:about|around|nearly|almost|roughly|more than|fewer than|less than|only|just)\s+)?(?:a\s+|one\s+|two\s+)?(?:half|third|thirds|quarter|quarters|majority|majorities|minority|plurality)(?:\s+of\s+[\p{L}\s'-]{1,40}|\s+in\s+[\p{L}\s\d-]{1,30})?$/iu;

/** Is a phrase a share of people polled ("47 percent", "a third of voters")? */
export function isQuantitySubject(phrase: string): boolean {
  const ws = phrase.trim().split(/\s+/);
  return QUANTITY_SUBJECT.test(phrase.trim()) || ws.length === 2 && POLLED_PEOPLE.test(ws[0]!) && POLLED_PARTICIPLE.test(ws[1]!);
}
