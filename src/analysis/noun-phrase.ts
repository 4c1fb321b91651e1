/** Noun phrases around a cue: the speaker before "said", after "according to" or "said". */
import { CUE_FILLERS, DOCUMENT_WORDS, NP_STOP, PRONOUNS, TITLES, WEEKDAYS } from "./lexicon.js";
import { isCap, lowerOf, type Token } from "./text.js";

/** A noun phrase as a token range [from, to) of a sentence's tokens. */
export type NounPhrase = { from: number; to: number };

/** Lower-case modifiers found in speakers' phrases ("a senior administration official"). */
const SPEAKER_LOWER = new Set(
  ("a an another the its his her their our whose this that these those one two three four five several some many most both all other " +
    "former senior top chief local state federal national regional official independent deputy acting interim longtime veteran retired " +
    "current new leading prominent main key foreign military medical security rebel opposition government police campaign white house " +
    "press human rights health news civil defense defence intelligence election public private presidential vice republican democratic " +
    "conservative liberal unnamed anonymous general special legal political elected family close longtime fellow young old " +
    "u.s. american european international economic financial tech industry energy environmental nuclear republican-led " +
    "percent half third thirds quarter quarters majority majorities minority plurality in").split(" "),
);
/** Prepositions that attach a place or body to a role ("a nurse at", "a spokesman for"). */
const ROLE_PREPS = new Set(["at", "for", "with", "in", "from", "to"]);
/** Words that open a noun phrase. */
const DETERMINERS = new Set("the a an this that these those its his her their our another".split(" "));
/** Words with a role-like ending that are not roles. */
const NOT_ROLES = new Set("however whether together rather either neither further never ever other after under over went sent spent meant later sooner".split(" "));
/** Role nouns accepted inside a phrase: titles and the heads of each kind of source. */
let ROLE_WORD: (w: string) => boolean = () => false;
/** Set the role-word test (the lexicons live in speaker.ts; this avoids an import cycle). */
export function setRoleWord(fn: (w: string) => boolean): void {
  ROLE_WORD = fn;
}

/** The most tokens a phrase walk looks at: a speaker is never longer. */
const MAX_PHRASE = 16;

/** Lower-case words that may sit inside a named phrase ("Observatory for Human Rights"). */
const NAME_JOINERS = new Set(["of", "for", "de", "del", "la", "al", "bin", "van", "von", "der", "the", "and", "&"]);
/** A lowercase past participle right after a head ends the phrase ("a statement released by"). */
const PARTICIPLE_END = /^(?:[a-z]+ed|taken|given|written|done|seen|shown|drawn|made|held|sent|run|put|set|paid|found|known)$/;


/** Skip fillers (adverbs, auxiliaries, "on Sunday") backwards from index i; returns the new index. */
export function skipFillersBack(toks: Token[], i: number, min: number): number {
  while (i >= min) {
    const t = toks[i]!;
    const w = lowerOf(t);
    if (!t.word) break;
    if (CUE_FILLERS.has(w) || /ly$/.test(w) && !isCap(t.text) && w.length > 4) {
      if (WEEKDAYS.has(w) && i - 1 >= min && /^(?:on|late|early|last)$/.test(lowerOf(toks[i - 1]))) i--;
      i--;
      continue;
    }
    break;
  }
  return i;
}

/** Skip fillers forwards from index i. */
export function skipFillersFwd(toks: Token[], i: number, max: number): number {
  while (i < max) {
    const t = toks[i]!;
    const w = lowerOf(t);
    if (!t.word) break;
    if (/^(?:on|late|early|last)$/.test(w) && WEEKDAYS.has(lowerOf(toks[i + 1]))) {
      i += 2;
      continue;
    }
    // "last week", "this month", "earlier this year", "late last night"
    if (/^(?:last|this|next)$/.test(w) && /^(?:week|weekend|month|year|night|morning|afternoon|evening|fall|spring|summer|winter|time)$/.test(lowerOf(toks[i + 1]))) {
      i += 2;
      continue;
    }
    if (/^(?:earlier|later|late|early)$/.test(w) && /^(?:this|last|that)$/.test(lowerOf(toks[i + 1])) && /^(?:week|month|year|night|morning|day)$/.test(lowerOf(toks[i + 2]))) {
      i += 3;
      continue;
    }
    if (WEEKDAYS.has(w) || /^(?:today|yesterday|tonight|also|later|earlier|again|repeatedly|previously|recently|publicly|privately|separately|reportedly)$/.test(w) || (/^(?:morning|afternoon|evening|night)$/.test(w) && WEEKDAYS.has(lowerOf(toks[i - 1])))) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/**
 * Walk back from index `end` (inclusive) over one noun phrase, stopping at punctuation,
 * clause words and verbs. Returns null when there is no phrase.
 */
export function phraseBefore(toks: Token[], end: number, min: number): NounPhrase | null {
  let i = end;
  min = Math.max(min, end - MAX_PHRASE);
  // "people familiar with the plans", "sources close to the talks": the people are the head
  for (let k = end; k > min + 1 && k >= end - 6; k--) {
    if (/^(?:with|to|on|about)$/.test(lowerOf(toks[k])) && /^(?:familiar|close|briefed|knowledgeable)$/.test(lowerOf(toks[k - 1])) && toks.slice(k + 1, end + 1).every((x) => x.word)) {
      i = k - 2;
      break;
    }
  }
  // "elected officials from both parties say", "observers in Virginia and around the country say":
  // a role noun, then a phrase of place or belonging before the cue
  if (i === end && !ROLE_WORD(lowerOf(toks[end])) && !isCap(toks[end]!.text)) {
    for (let k = end - 1; k > min && k >= end - 7; k--) {
      if (!toks[k]!.word) break;
      if (/^(?:in|from|at|for|of|with|on|around|across)$/.test(lowerOf(toks[k])) && toks[k - 1]?.word && (ROLE_WORD(lowerOf(toks[k - 1])) && !NOT_ROLES.has(lowerOf(toks[k - 1])))) {
        i = k - 1;
        break;
      }
    }
  }
  while (i >= min) {
    const t = toks[i]!;
    // "the bakers' guild", "the Patients' Alliance": a plural's possessive mark is part of the phrase
    if ((t.text === "'" || t.text === "’") && i > min && toks[i - 1]!.word && /s$/i.test(toks[i - 1]!.text) && toks[i + 1]?.word) {
      i--;
      continue;
    }
    if (!t.word) break;
    const w = lowerOf(t);
    const acronym = /^\p{Lu}{2,}$/u.test(t.text);
    // "Six in 10 say": a share, not a preposition
    const shareIn = w === "in" && /^(?:\d+|ten)$/i.test(toks[i + 1]?.text ?? "") && i - 1 >= min && /^(?:\d+|one|two|three|four|five|six|seven|eight|nine)$/i.test(toks[i - 1]!.text);
    if (NP_STOP.has(w) && !acronym && !shareIn && !(i === end && PRONOUNS.has(w))) {
      // "a nurse at the hospital", "a spokesman for the ministry": a role before a preposition
      // "people familiar with the plans", "sources close to the talks"
      if (/^(?:with|to|on|about)$/.test(w) && i < end && /^(?:familiar|close|briefed|knowledgeable)$/.test(lowerOf(toks[i - 1]))) {
        i -= 2;
        continue;
      }
      if (ROLE_PREPS.has(w) && i < end && i - 1 >= min && toks[i - 1]!.word && (ROLE_WORD(lowerOf(toks[i - 1])) || /^(?:officials?|sources?)$/.test(lowerOf(toks[i - 1])))) {
        i--;
        continue;
      }
      break;
    }
    if (PRONOUNS.has(w) && i !== end && !acronym) break;
    // lower-case words inside a speaker's phrase are modifiers and role nouns, never verbs
    if (!isCap(t.text) && !PRONOUNS.has(w) && !NAME_JOINERS.has(w) && !SPEAKER_LOWER.has(w) && !/-/.test(w) && !/^\d/.test(w) && (!ROLE_WORD(w) || NOT_ROLES.has(w))) {
      // a word right before a determiner governs what follows it: "the clerk believed | the driver"
      // (a document keeps its publisher: "the council released a statement saying ...")
      if (i < end && DETERMINERS.has(lowerOf(toks[i + 1])) && !DOCUMENT_WORDS.has(lowerOf(toks[end]))) break;
      // a plain noun modifier is allowed when a determiner or possessive opens the phrase ("the state's campaign chairman")
      let opened = false;
      for (let k = i - 1; k >= min && k >= i - 3; k--) {
        const x = toks[k]!;
        if (!x.word || (NP_STOP.has(lowerOf(x)) && !DETERMINERS.has(lowerOf(x)))) break;
        if (DETERMINERS.has(lowerOf(x)) || /[’']s$/.test(x.text)) {
          opened = true;
          break;
        }
      }
      // or when the phrase runs to the clause's edge ("..., top black lawmakers said")
      if (!opened && i < end) {
        let k = i - 1;
        while (k >= min && k >= i - 3 && toks[k]!.word && !isCap(toks[k]!.text) && !NP_STOP.has(lowerOf(toks[k]))) k--;
        const edge = k < min || !toks[k]!.word || /^[,;:—–-]$/.test(toks[k]!.text);
        if (edge && (k < min || toks[k]!.text !== "-")) {
          i = k;
          break;
        }
      }
      if (!opened || i === end) break;
    }
    if (PRONOUNS.has(w)) {
      i--;
      break;
    }
    i--;
  }
  let from = i + 1;
  // a phrase does not start with a joiner ("of the agreement")
  while (from <= end && NAME_JOINERS.has(lowerOf(toks[from])) && lowerOf(toks[from]) !== "the") from++;
  if (from > end) return null;
  // "the latest figures in Cuyahoga County (suggest)", "a study in India (says)": a name after a noun and a
  // preposition of place is that noun's place, not the speaker; the phrase is the noun's, with its place
  const prep = toks[from - 1];
  const noun = toks[from - 2];
  if (from - 2 >= min && prep && noun?.word && /^(?:in|at|across|around|near|throughout|inside|outside)$/.test(prep.text) && /^\p{Ll}+$/u.test(noun.text) && !NP_STOP.has(noun.text) && !TIME_NOUN.test(noun.text) && !/(?:ed|ing|ly)$/.test(noun.text) && toks.slice(from, end + 1).every((x) => isCap(x.text) || NAME_JOINERS.has(lowerOf(x)) || /-/.test(x.text))) {
    let k = from - 2;
    while (k - 1 >= min && k - 1 >= from - 6 && toks[k - 1]!.word && /^\p{Ll}/u.test(toks[k - 1]!.text) && (!NP_STOP.has(lowerOf(toks[k - 1])) || DETERMINERS.has(lowerOf(toks[k - 1])))) {
      k--;
      if (DETERMINERS.has(lowerOf(toks[k]))) break;
    }
    // the sentence's own capitalised determiner ("The latest figures")
    if (k - 1 >= min && DETERMINERS.has(lowerOf(toks[k - 1])) && !DETERMINERS.has(lowerOf(toks[k]))) k--;
    return { from: k, to: end + 1 };
  }
  return { from, to: end + 1 };
}

/** Nouns of time: "this week in Ohio" is a time and place, no noun's place. */
const TIME_NOUN = /^(?:day|days|week|weeks|weekend|month|months|year|years|today|tonight|yesterday|morning|afternoon|evening|night|time|times|hour|hours|season|term|session)$/;

/** Walk forward from index `start` over one noun phrase. */
/** Nouns that end in -ly, as adverbs do. */
export const LY_NOUNS = /^(?:tally|tallies|family|ally|rally|supply|assembly|anomaly|monopoly|reply|belly|bully|gully|folly|homily|jelly|lily|panoply)$/;

export function phraseAfter(toks: Token[], start: number, max: number): NounPhrase | null {
  let i = start;
  max = Math.min(max, start + MAX_PHRASE);
  let sawHead = false;
  while (i < max) {
    const t = toks[i]!;
    if (!t.word) break;
    const w = lowerOf(t);
    // ("said a person familiar with the talks", "said sources close to the minister": the phrase runs on through whom they know)
    if (/^(?:with|to|on|about)$/.test(w) && i > start && /^(?:familiar|close|briefed|knowledgeable)$/.test(lowerOf(toks[i - 1])) && toks[i + 1]?.word) {
      i++;
      sawHead = false;
      continue;
    }
    // "said Will Doyle", "said May Chen": a capitalised stop word before another capitalised word is a given name
    const givenName = i > 0 && isCap(t.text) && isCap(toks[i + 1]?.text ?? "") && toks[i + 1]!.word;
    if (NP_STOP.has(w) && !givenName && !/^\p{Lu}{2,}$/u.test(t.text) && !(NAME_JOINERS.has(w) && w !== "and" && isCap(toks[i + 1]?.text ?? ""))) {
      if (!(i === start && PRONOUNS.has(w))) break;
    }
    // (an adverb ends the phrase; a noun in -ly does not: "the official tally", "his family", "the assembly")
    if (sawHead && (PARTICIPLE_END.test(t.text) && !(w === "briefed" && /^(?:on|about)$/.test(lowerOf(toks[i + 1]))) || /^[a-z]+ly$/.test(t.text) && !LY_NOUNS.test(t.text))) break;
    // a determiner after a head opens the next phrase: "told reporters | the bridge would reopen"
    if (sawHead && /^(?:the|a|an|this|these|those|his|her|their|its|our)$/.test(w) && !isCap(toks[i - 1]?.text ?? "")) break;
    if (PRONOUNS.has(w)) {
      i++;
      break;
    }
    if (!["the", "a", "an"].includes(w)) sawHead = true;
    i++;
  }
  // trailing joiners are not part of it
  while (i > start && NAME_JOINERS.has(lowerOf(toks[i - 1]))) i--;
  if (i <= start) return null;
  return { from: start, to: i };
}

/** The trailing run of capitalised tokens of a phrase that is a name (after any titles). */
export function nameOf(toks: Token[], np: NounPhrase): NounPhrase | null {
  let i = np.to - 1;
  while (i >= np.from) {
    const t = toks[i]!;
    const w = lowerOf(t);
    if (isCap(t.text) && !TITLES.has(w) && !TITLES.has(w.replace(/\.$/, ""))) {
      i--;
      continue;
    }
    if (NAME_JOINERS.has(w) && i - 1 >= np.from && isCap(toks[i - 1]!.text) && !TITLES.has(lowerOf(toks[i - 1]))) {
      i--;
      continue;
    }
    break;
  }
  let from = i + 1;
  while (from < np.to && NAME_JOINERS.has(lowerOf(toks[from]))) from++;
  return from < np.to ? { from, to: np.to } : null;
}
