/** One phrase that names a source, read into its name, head, title and description. */
import { ANONYMOUS_HEADS, DATA_WORDS, DOCUMENT_WORDS, PERSON_NOUNS, SPEECH_VERBS, TITLE_MODIFIERS, TITLES } from "./lexicon.js";
import { headKind, isQuantitySubject, isRoleNoun } from "./speaker.js";
import { bare, isCap, isPossessive, tokenize } from "./text.js";
import type { Span } from "./types.js";
import { COMPANY_NOUNS, isAdjectiveOfPeople, isCountryAbbreviation, isDataThing, isFunctionWord, isJunkName, isPersonWord } from "./name-shape.js";

/** One phrase that names a source. */
export type Mention = Span & {
  /** The name inside the phrase ("John Kerry"), or null for a role or pronoun. */
  name: string | null;
  /** A personal pronoun (he, she, they, it). */
  pronoun: string | null;
  /** The head noun, lower-case ("agency", "kerry"). */
  head: string;
  /** A title stands before the name ("Secretary of State"). */
  titled: boolean;
  /** What the phrase says of it besides the name ("official news agency"). */
  description: string | null;
  /** True when the phrase speaks (it is a claim's speaker), false when found by a later scan. */
  speaks: boolean;
  /** The phrase without a trailing "at/of/for ..." that describes its place ("a nurse" of "a nurse at the hospital"). */
  phrase?: string;
  /** The relative pronoun of a clause said of it: "which" marks a body, "who" a person. */
  relative?: "which" | "who" | null;
  /** The name speaks through its officials or spokesman ("Acme Power officials"): the source is the body named. */
  spokes?: boolean;
  /** The name it had, dropped as naming nobody ("Shortly", "Others"): it is read as an unnamed phrase. */
  demoted?: string;
  /** Joined into the mention before it ("Work and Pensions"): no source of its own. */
  joined?: boolean;
  /** Up to three words before a name in its sentence ("my friend" of "my friend Helen"), when read. */
  lead?: string;
  /** Stands as a sentence's subject (its first words): what a later pronoun most likely means. */
  salient?: boolean;
  /** A body named as the subject of the sentence before a pronoun's, found for that pronoun ("The charity Medicor ... They put ..."). */
  body?: boolean;
};

/** Generic words dropped to compare media names ("Al-Manar TV" = "Al-Manar station"). */
export const GENERIC = new Set(
  "tv television station channel radio network newspaper paper daily agency news service outlet website the".split(" "),
);

/** Capitalised words that open a sentence before a name ("Despite Ted Cruz's ..."). */
const SENTENCE_OPENER = /^(?:the|a|an|despite|although|though|while|when|after|before|unlike|like|but|and|so|yet|if|as|since|because|meanwhile|however|still|even|only|also|then|now|once)$/i;
/** Bodies named after their owner: "Jane Roe's office", "Roe's campaign". */
const BODY_OF = /^(?:office|campaign|team|administration|government|ministry|company|party|spokesman|spokeswoman|spokesperson|staff|lawyers|attorneys|representatives|foundation|family|army|military|navy|police|forces|embassy|cabinet|parliament|court)$/;
/** Days and months, after "on", "late", "last" ("on Thursday evening"). */
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?:['’]s)?$/;
/** Courtesy titles: "Mr." says nothing of a person, so it is never their description. */
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|mme|mlle|messrs)\.?$/i;
/** Nouns through which a body speaks: "Acme Power officials", "Army spokesman" speak for the body named before them. */
const SPOKES = /^(?:officials?|spokesm[ae]n|spokeswom[ae]n|spokespersons?|spokespeople|representatives?|executives?|authorities)$/;
/** Capitalised words that only describe the officials ("Senior officials", "Local officials"): no body is named. */
const OFFICIAL_MODIFIERS = /^(?:senior|top|former|current|local|regional|provincial|municipal|city|county|state|federal|national|international|foreign|military|police|government|party|campaign|company|industry|administration|intelligence|security|health|election|defen[cs]e|justice|court|hospital|airport|school|university|union|agency|western|eastern|other|some|several|many|two|three|four|five)$/i;

/** Collective nouns of people the body lexicon does not hold ("the 10th Circuit panel", "the Roe camp"). */
const COLLECTIVE = /^(?:panel|jury|camp|side|delegation|crew|squad|unit|division|wing|branch|lab|laboratory|bench|operation|caucus|coalition|alliance|contingent|board|bloc)$/;
/** Is a lower-case head a word for a speaker: a person, a role, a body, a group, a medium, a document or data ("officials", "campaign", "report")? */
function speakerNoun(h: string): boolean {
  const w = h.replace(/^ex-/, "");
  const one = w.replace(/(?:ies)$/, "y").replace(/s$/, "");
  return [w, one].some((x) => COLLECTIVE.test(x) || headKind(x) !== null || GENERIC.has(x) || BODY_OF.test(x) || SPOKES.test(x) || PERSON_NOUNS.has(x) || ANONYMOUS_HEADS.has(x) || TITLES.has(x) || isRoleNoun(x) || isPersonWord(x) || DOCUMENT_WORDS.has(x) || DATA_WORDS.has(x) || isDataThing(x) || COMPANY_NOUNS.has(x) || /^\d+-year-olds?$/.test(x));
}

/** Up to three words before offset `at` in its sentence: what the article calls the name there ("my friend" Helen). */
export function leadOf(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 40), at).split(/[.!?\n]/).pop() ?? "";
  return /(?:^|[\s(])((?:[\p{L}’'-]+ ){1,3})$/u.exec(before)?.[1]?.trim();
}

/** Read a speaker's phrase into a mention. */
export function readMention(text: string, start: number, end: number, aside: [number, number] | undefined, speaks: boolean): Mention {
  // a phrase never runs over a line break: what stands before it is a headline, a byline or a label
  // (searched inside the phrase only: a search back from its end would cross the whole text on a page of one long line)
  const nlAt = text.slice(start, end).lastIndexOf("\n");
  if (nlAt >= 0) {
    start = start + nlAt + 1;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  let toks = tokenize(text, start, end).filter((t) => t.word);
  // "(By) Sunday the county emergency office": a day before the phrase is when, not who
  while (toks.length > 2 && CALENDAR_WORD.test(toks[0]!.text) && /^(?:the|a|an)$/i.test(toks[1]!.text)) {
    toks = toks.slice(1);
    start = toks[0]!.start;
  }
  const phrase = text.slice(start, end);
  // "a nurse at the hospital", "a spokesman for the ministry": the role is the head, the rest describes it
  let pp = "";
  // ("Officials in Baghdad", "Residents at ...": a role capitalised only as the phrase's first word is still a role;
  // "a study in India", "the latest figures in Ohio": a document or data in a place, the place no author)
  const roleAt = (k: number, place: boolean) => {
    const w = toks[k]!.text;
    const b = bare(w);
    // (not a title: "Secretary of State John Kerry"; and "Organizers from the Civic Resistance movement" speak for it)
    if (isCap(w) && !(place && k === 0 && /^\p{Lu}\p{Ll}+$/u.test(w) && !TITLES.has(b))) return false;
    // ("Police in Kanduwa State said": the police of a place speak, not the place)
    return isRoleNoun(b) || headKind(b) === "person" || headKind(b) === "anonymous" || place && b === "police";
  };
  const documentAt = (k: number) => !isCap(toks[k]!.text) && (DOCUMENT_WORDS.has(bare(toks[k]!.text)) || DATA_WORDS.has(bare(toks[k]!.text)));
  const placePrep = (w: string) => /^(?:in|across|around|at)$/.test(w);
  // ("people close to Varn's board", "a person familiar with the talks": the role speaks; whom it is close to is no name of it)
  const closeTo = toks.findIndex((t, k) => k > 1 && /^(?:with|to|on|about)$/.test(t.text) && /^(?:familiar|close|briefed|knowledgeable)$/.test(toks[k - 1]!.text) && roleAt(k - 2, true));
  // ("A Pew Research analysis of Census Bureau data": what a study is of is no author of it)
  const studyOf = toks.findIndex((t, k) => k > 0 && t.text === "of" && documentAt(k - 1) && DATA_WORDS.has(bare(toks[toks.length - 1]!.text)) && k < toks.length - 1);
  const cut = closeTo > 0 ? closeTo - 1 : studyOf > 0 ? studyOf : toks.findIndex((t, k) => k > 0 && ((/^(?:at|for|with|in|from|to|of)$/.test(t.text) && roleAt(k - 1, placePrep(t.text))) || (placePrep(t.text) && documentAt(k - 1))));
  // "Marina Lacerda of the Federal University", "Rep. Lee Zeldin of New York": a person of a body or place
  const ofCut = cut > 0 ? -1 : toks.findIndex((t, k) => k >= 2 && t.text === "of" && (/^(?:the|a)$/i.test(toks[k + 1]?.text ?? "") || isCap(toks[k + 1]?.text ?? "")) && isCap(toks[k - 1]!.text) && isCap(toks[k - 2]!.text) && headKind(bare(toks[k - 1]!.text)) === null && headKind(bare(toks[k - 2]!.text)) === null && !isPossessive(toks[k - 1]!.text) && !/^(?:Secretary|Minister|Ministry|Department|Office|Bank|University|Institute|Council|Board|Court|House|Chamber|Director|Head|Chief|President|Governor|Mayor|Member|Speaker|Leader)$/.test(toks[k - 1]!.text));
  if (cut > 0 || ofCut > 0) {
    const at = cut > 0 ? cut : ofCut;
    pp = text.slice(toks[at]!.start, end);
    toks = toks.slice(0, at);
  }
  // "his aides haven't": auxiliaries after the head are no part of the phrase
  while (toks.length > 1 && /^(?:\p{Ll}+n['’]t|would|will|could|should|can|may|might|must|had|has|have|did|does|do|not|never)$/u.test(toks[toks.length - 1]!.text)) toks = toks.slice(0, -1);
  // "Sean Spicer on Thursday evening", "Sanders on Tuesday night": a time after the name is no part of it
  const when = toks.findIndex((t, k) => k > 0 && /^(?:on|late|early|last|this)$/i.test(t.text) && CALENDAR_WORD.test(toks[k + 1]?.text ?? ""));
  if (when > 0) toks = toks.slice(0, when);
  // a share of people polled speaks for the poll's respondents: one source for all such shares
  const head = isQuantitySubject(text.slice(start, end)) ? "respondents" : toks.length ? bare(toks[toks.length - 1]!.text) : "";
  const relative = aside ? (/^\s*which\b/i.test(text.slice(aside[0], aside[1])) ? "which" : /^\s*who\b/i.test(text.slice(aside[0], aside[1])) ? "who" : null) : null;
  const base: Mention = { text: phrase, start, end, name: null, pronoun: null, head, titled: false, description: pp || null, speaks, relative, ...(pp ? { phrase: text.slice(start, toks[toks.length - 1]?.end ?? end) } : {}) };
  if (toks.length === 1 && /^(?:he|she|they|it)$/i.test(toks[0]!.text)) return { ...base, pronoun: toks[0]!.text.toLowerCase() };
  // "I said", "I told him": the writer, speaking in the article's own first person
  if (toks.length === 1 && toks[0]!.text === "I") return { ...base, pronoun: "i" };
  // "He’s", "They wouldn't", "his": a pronoun with its contraction or auxiliary is the pronoun
  const pro = /^(he|she|they|it|his|her|their|its)(?:['’](?:s|d|ll|ve|re))?$/i.exec(toks[0]?.text ?? "");
  if (pro && toks.slice(1).every((t) => /^(?:\p{Ll}+n['’]t|['’]\p{Ll}+|would|will|could|should|can|may|might|must|had|has|have|did|does|do|not|never|also|still)$/iu.test(t.text)) && (toks.length > 1 || /['’]|^(?:his|her|their|its)$/i.test(toks[0]!.text)))
    return { ...base, pronoun: ({ his: "he", her: "she", their: "they", its: "it" } as Record<string, string>)[pro[1]!.toLowerCase()] ?? pro[1]!.toLowerCase() };
  if (head === "respondents") return base;
  const isTitle = (w: string) => (TITLES.has(w) || TITLES.has(w.replace(/\.$/, ""))) && !TITLE_MODIFIERS.has(w.replace(/\.$/, ""));
  // the name: the last run of capitalised words (joined by of/for/and), not titles or possessive owners
  let i = toks.length - 1;
  // "the New York businessman": a person's role after capitalised modifiers names nobody
  const lastTok = toks[toks.length - 1];
  const prevTok = toks[toks.length - 2];
  // "His campaign", "her lawyers": the body of a person a pronoun names speaks for them
  if (lastTok && toks.length === 2 && /^(?:his|her|their)$/i.test(toks[0]!.text) && BODY_OF.test(lastTok.text))
    return { ...base, pronoun: ({ his: "he", her: "she", their: "they" } as Record<string, string>)[toks[0]!.text.toLowerCase()]! };
  if (lastTok && prevTok && !isCap(lastTok.text) && isPossessive(prevTok.text) && isCap(prevTok.text) && BODY_OF.test(lastTok.text)) {
    let k = toks.length - 2;
    while (k - 1 >= 0 && isCap(toks[k - 1]!.text) && !isTitle(toks[k - 1]!.text.toLowerCase()) && !isTitle(toks[k - 1]!.text.toLowerCase().replace(/\.$/, ""))) k--;
    // "Acme Power's spokesman": the body (or person) speaks through its spokesman
    if (SPOKES.test(lastTok.text)) return { ...base, name: text.slice(toks[k]!.start, prevTok.end).replace(/[’']s$/, ""), spokes: true, description: [lastTok.text, pp].filter(Boolean).join(" ") };
    const name = text.slice(toks[k]!.start, lastTok.end);
    return { ...base, name, description: pp || null };
  }
  // (a person by relation or trade too: "my NZ friends" are friends, not New Zealand)
  const roleHead = !!lastTok && !isCap(lastTok.text) && (headKind(head) === "person" || headKind(head) === "anonymous" || TITLES.has(head) || isRoleNoun(head) || isPersonWord(head));
  if (roleHead && SPOKES.test(head) && toks.length >= 2) {
    // "Acme Power officials", "Water Resources Department officials", "Obama administration officials": the body speaks
    let k = toks.length - 2;
    const lowerBody = !isCap(toks[k]!.text) && headKind(bare(toks[k]!.text)) !== null && headKind(bare(toks[k]!.text)) !== "person" && headKind(bare(toks[k]!.text)) !== "anonymous";
    if (lowerBody) k--;
    const runEnd = k;
    while (k >= 0 && (isCap(toks[k]!.text) || (/^(?:of|for|and|&)$/.test(toks[k]!.text) && k - 1 >= 0 && isCap(toks[k - 1]!.text))) && !isTitle(toks[k]!.text.toLowerCase()) && !isPossessive(toks[k]!.text)) k--;
    while (k + 1 <= runEnd && (isFunctionWord(toks[k + 1]!.text) || /^(?:of|for|and|&)$/.test(toks[k + 1]!.text))) k++;
    const caps = runEnd > k ? text.slice(toks[k + 1]!.start, toks[runEnd]!.end) : "";
    const plain = isJunkName(caps) || isCountryAbbreviation(caps) || caps.split(/\s+/).every((w) => OFFICIAL_MODIFIERS.test(w) || isAdjectiveOfPeople(w) || isFunctionWord(w) || isJunkName(w) || isCountryAbbreviation(w));
    if (caps && !plain) {
      const name = text.slice(toks[k + 1]!.start, toks[toks.length - 2]!.end).replace(/[’']s$/, "");
      const rest = toks.slice(0, k + 1).map((t) => t.text).filter((w) => !/^(?:the|a|an)$/i.test(w));
      return { ...base, name, spokes: true, description: [...rest, head].join(" ") + (pp ? " " + pp : "") };
    }
  }
  if (roleHead) i = -1;
  while (i >= 0 && !isCap(toks[i]!.text)) i--; // "SANA news agency": lower-case words after the name
  // "John Judge", "Tom King": a title word after a capitalised given name is the family name
  const surnameTitle = i === 1 && toks.length === 2 && isTitle(toks[1]!.text.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(toks[1]!.text) && /^\p{Lu}\p{Ll}+$/u.test(toks[0]!.text) && !TITLES.has(toks[0]!.text.toLowerCase()) && !isFunctionWord(toks[0]!.text) && !isAdjectiveOfPeople(toks[0]!.text) && headKind(bare(toks[0]!.text)) === null;
  let j = surnameTitle ? i - 1 : i;
  while (j >= 0) {
    const w = toks[j]!.text;
    const lw = w.toLowerCase().replace(/\.$/, "");
    // "Secretary of State John Kerry": a title word that only modifies ("State") is a name's only at its end ("Ministry of Health")
    // ("State Bank of India": before a body word it is the body's name)
    const nextKind = headKind(bare(toks[j + 1]?.text ?? ""));
    const modifierTitle = j < i && TITLE_MODIFIERS.has(lw) && (TITLES.has(lw) || /^(?:of|the)$/i.test(toks[j - 1]?.text ?? "") || isTitle(toks[j + 1]?.text.toLowerCase() ?? "")) && !(isCap(toks[j + 1]?.text ?? "") && (nextKind === "organization" || nextKind === "government" || nextKind === "media"));
    if (isCap(w) && !isTitle(lw) && !isTitle(lw + ".") && !modifierTitle && !(isPossessive(w) && j < i)) {
      j--;
      continue;
    }
    // "Argus Leader of Sioux Falls": a title word inside a name already begun joins too
    if (/^(?:of|for|de|al|bin|van|von|and|&)$/.test(lw) && j - 1 >= 0 && isCap(toks[j - 1]!.text)) {
      if (!isTitle(toks[j - 1]!.text.toLowerCase())) {
        j--;
        continue;
      }
      if (j - 2 >= 0 && isCap(toks[j - 2]!.text) && !TITLES.has(toks[j - 2]!.text.toLowerCase().replace(/\.$/, "")) && !TITLE_MODIFIERS.has(toks[j - 2]!.text.toLowerCase()) && !isFunctionWord(toks[j - 2]!.text)) {
        j -= 2;
        continue;
      }
    }
    // "Office for the Coordination of ...": "the" inside a name after of/for
    if (lw === "the" && j - 2 >= 0 && /^(?:of|for)$/.test(toks[j - 1]!.text) && isCap(toks[j - 2]!.text)) {
      j -= 2;
      continue;
    }
    break;
  }
  // a body's name keeps its adjectives ("Foreign Ministry"): titles count only before a person's name
  const bodyHead = i >= 0 && headKind(bare(toks[i]!.text)) !== null && headKind(bare(toks[i]!.text)) !== "person" && headKind(bare(toks[i]!.text)) !== "anonymous";
  if (bodyHead) {
    j = i;
    while (j >= 0 && (isCap(toks[j]!.text) || /^(?:of|for|and|&)$/.test(toks[j]!.text)) && !(isPossessive(toks[j]!.text) && j < i)) j--;
  }
  let nameToks = i >= 0 ? toks.slice(j + 1, i + 1) : [];

  while (nameToks.length && /^(?:of|for|and|the)$/i.test(nameToks[0]!.text)) nameToks = nameToks.slice(1);
  // "The" at the start of a sentence is not part of a name, nor "Despite", "Unlike", "To", "Another", ...
  // (a bare pronoun stays: "The We Company")
  while (nameToks.length > 1 && (SENTENCE_OPENER.test(nameToks[0]!.text) || (isFunctionWord(nameToks[0]!.text) && !/^(?:we|you|it|they|he|she|us)$/i.test(nameToks[0]!.text)))) nameToks = nameToks.slice(1);
  // "Britain-based", "pro-Western": descriptions, not names
  while (nameToks.length && /(?:-based|-backed|-run|-owned|-led|-funded|-affiliated|-leaning|-linked|-aligned|-allied|-born|-era|-style|-controlled|-held|-friendly)$|^(?:pro|anti)-/i.test(nameToks[0]!.text)) nameToks = nameToks.slice(1);
  // "Actor Jane Roe": a capitalised role at the start is no part of the name
  while (nameToks.length > 2 && isPersonWord(nameToks[0]!.text)) nameToks = nameToks.slice(1);
  // "Psychologists say", "Environmentalists say": a group of people named by their trade, no name
  if (nameToks.length === 1 && nameToks[0]!.start === start && toks.length === 1 && /^\p{Lu}\p{Ll}+(?:ists|ysts|ians|ians)$/u.test(nameToks[0]!.text)) nameToks = [];
  // "U.S. citizen", "Eagle-eyed geeks": a country's abbreviation, an adjective or a sentence's first word before a lower-case head names no one
  if (nameToks.length === 1 && i < toks.length - 1 && !GENERIC.has(bare(toks[toks.length - 1]!.text)) && headKind(bare(toks[toks.length - 1]!.text)) === null) {
    const w = nameToks[0]!.text;
    const opensSentence = nameToks[0]!.start === start && (start === 0 || /(?:^|[.!?:"”]\s*|\n\s*)$/.test(text.slice(Math.max(0, start - 3), start)));
    if (isCountryAbbreviation(w) || isAdjectiveOfPeople(w) || (opensSentence && /^\p{Lu}\p{Ll}[\p{Ll}-]*$/u.test(w) && /s$/.test(toks[toks.length - 1]!.text))) nameToks = [];
  }
  // "a Springfield arts festival", "an Acme script", "Roe's ideas": a name before a lower-case head that is no
  // speaker only modifies a thing, and names no source (the phrase is read as unnamed, and dropped as no one)
  // (only after an article or a possessive, and when no word after the name is a speaker's or a verb's: "Lady Roe got", "the Acme report found")
  const tail = toks.slice(i + 1);
  // and when two words follow, or an adjective stands before the name ("an early Acme script"): "the NFL legend" may be a person the lexicon lacks)
  const nameAt = nameToks.length ? toks.indexOf(nameToks[0]!) : -1;
  if (nameAt > 0 && (tail.length >= 2 || (tail.length === 1 && nameAt >= 2 && !isCap(toks[nameAt - 1]!.text))) && /^(?:a|an|the|another|this|that|these|those|his|her|its|their|our|my|your)$/i.test(toks[0]!.text) && tail.every((t, k) => !isCap(t.text) && !speakerNoun(bare(t.text)) && !/(?:ed|self|selves)$/.test(t.text) && (!SPEECH_VERBS.has(bare(t.text)) || (/ing$/.test(t.text) && k < tail.length - 1))))
    nameToks = [];
  // a lone capitalised word that is a role or plain noun ("Officials", "Police") is no name
  if (nameToks.length === 1 && nameToks[0]!.start === start && headKind(bare(nameToks[0]!.text)) !== null && !/^\p{Lu}{2,}$/u.test(nameToks[0]!.text))
    nameToks = [];
  // generic words alone ("the TV", "the Agency") name nothing
  if (nameToks.length && nameToks.every((t) => GENERIC.has(bare(t.text)) || (headKind(bare(t.text)) !== null && !/^\p{Lu}{3,}$/u.test(t.text)))) nameToks = [];
  const titled = !bodyHead && nameToks.length > 0 && toks.slice(0, j + 1).some((t) => isTitle(t.text.toLowerCase()));
  const owner = bodyHead && j >= 0 && isPossessive(toks[j]!.text) && isCap(toks[j]!.text) && headKind(bare(toks[i]!.text)) === "government" ? toks[j]! : null;
  if (owner) nameToks = [owner, ...nameToks];
  // "the U.S. Attorney’s Office", "the Governor's Office": a title's office is a body named by the whole run
  const at = nameToks.length === 1 ? toks.indexOf(nameToks[0]!) : -1;
  if (at >= 0 && TITLES.has(bare(nameToks[0]!.text)) && isPossessive(nameToks[0]!.text) && toks[at + 1] && isCap(toks[at + 1]!.text) && headKind(bare(toks[at + 1]!.text)) === "government") {
    let b = at;
    while (b - 1 >= 0 && isCap(toks[b - 1]!.text) && !isFunctionWord(toks[b - 1]!.text)) b--;
    nameToks = toks.slice(b, at + 2);
  }
  const name = nameToks.length ? text.slice(nameToks[0]!.start, nameToks[nameToks.length - 1]!.end).replace(/[’']s$/, "") : null;
  // the description: the rest of the phrase, without determiners, plus any aside
  const rest = toks
    .filter((t) => !nameToks.includes(t))
    .map((t) => t.text)
    .filter((w) => !/^(?:the|a|an)$/i.test(w) && !HONORIFIC.test(w));
  let description = [rest.join(" ").trim(), pp].filter(Boolean).join(" ");
  if (aside) {
    const a = text.slice(aside[0], aside[1]).replace(/^(?:who|which)\s+/i, "").trim();
    description = description ? `${description}; ${a}` : a;
  }
  return { ...base, name, titled, description: description ? description : null };
}

