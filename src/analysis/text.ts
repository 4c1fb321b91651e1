/** Tokens and small text helpers shared by the extractors. Offsets are UTF-16 indices. */

/** One token: a word (letters/digits with inner ' - . &) or one punctuation character. */
export type Token = {
  /** The token's text. */
  text: string;
  /** Offset of its first character. */
  start: number;
  /** Offset one past its last character. */
  end: number;
  /** True for a word (letters or digits), false for punctuation. */
  word: boolean;
  /** The text in lower case (computed once: the rules compare words many times). */
  lower: string;
};

/** A letter or digit (any script), tested at an index: the word scanner's test outside ASCII. */
const LETTER = /[\p{L}\p{N}]/uy;
/** Longest run of letters in a word part, and most joined parts: bounded, so a run of garbage costs linear time. */
const MAX_PART = 100;
const MAX_JOINS = 12;

/** Length in UTF-16 units of the letter or digit at i, or 0 when there is none. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  // NaN past the end; a low surrogate here stands alone (a pair is read from its high half)
  if (Number.isNaN(c) || (c & 0xfc00) === 0xdc00) return 0;
  LETTER.lastIndex = i;
  if (!LETTER.test(text)) return 0;
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** An upper-case letter, tested at an index outside ASCII. */
const UPPER_AT = /\p{Lu}/uy;
/** A letter or digit ending at an index (the code point before it), as the lookbehind (?<![\p{L}\p{N}]) sees it. */
const LETTER_BEFORE = /[\p{L}\p{N}]$/u;

/** Is the code point before index k a letter or digit? */
function letterBefore(text: string, k: number): boolean {
  if (k <= 0) return false;
  const c = text.charCodeAt(k - 1);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  const pair = (c & 0xfc00) === 0xdc00 && k >= 2 && (text.charCodeAt(k - 2) & 0xfc00) === 0xd800;
  return LETTER_BEFORE.test(text.slice(pair ? k - 2 : k - 1, k));
}

/**
 * The first index in [i, to) where a capitalised word starts: an upper-case letter with no letter
 * or digit before it (where /(?<![\p{L}\p{N}])\p{Lu}/u would match), or -1. A hand scan: whole-text
 * regexes that must try every position are slow on two-byte text.
 */
export function nextCapital(text: string, i: number, to: number): number {
  for (let k = i; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if (c < 65 || c > 90) continue;
    } else {
      if ((c & 0xfc00) === 0xdc00) continue;
      UPPER_AT.lastIndex = k;
      if (!UPPER_AT.test(text)) continue;
    }
    if (!letterBefore(text, k)) return k;
  }
  return -1;
}

/** Characters that join the parts of one word: it's, well-known, U.S, AT&T. */
function isJoiner(c: number): boolean {
  return c === 0x2019 || c === 39 || c === 45 || c === 46 || c === 38;
}

/**
 * End of the word starting at i, or i when none does: the match of
 * /[\p{L}\p{N}]{1,100}(?:[’'\-.&][\p{L}\p{N}]{1,100}){0,12}/uy, scanned by hand (far faster than
 * the regex on two-byte text, and it makes no string).
 */
function wordAt(text: string, i: number): number {
  let j = part(text, i);
  if (j === i) return i;
  for (let joins = 0; joins < MAX_JOINS && isJoiner(text.charCodeAt(j)); joins++) {
    const k = part(text, j + 1);
    if (k === j + 1) break;
    j = k;
  }
  return j;
}

/** End of a run of at most MAX_PART letters and digits from i. */
function part(text: string, i: number): number {
  let j = i;
  for (let n = 0; n < MAX_PART; n++) {
    const len = letterAt(text, j);
    if (!len) break;
    j += len;
  }
  return j;
}

/** Initialisms such as U.S. or D.C. take their final dot. */
const INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u;
/** Title abbreviations that take their dot as part of the word (Sen., Gov., Mr.). */
export const DOTTED_ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sen rep gov gen lt col capt sgt maj cmdr adm st mt jr sr inc corp co ltd bros vs " +
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos fig approx ave blvd rd dept univ assn est " +
    "calif fla ky tenn mass conn pa va ga ala ariz ark colo del ill ind kan la md mich minn miss mo mont " +
    "neb nev okla ore wash wis wyo pres supt det insp rev msgr hon amb atty cpl pvt sta sto ste brig lieut cdr"
  ).split(" "),
);

/** A word in lower case; most words already are, and then no new string is made. */
function lowerWord(w: string): string {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return w.toLowerCase();
  }
  return w;
}

/** Split a range of text into tokens. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
      i++;
      continue;
    }
    const wordEnd = wordAt(text, i);
    if (wordEnd > i) {
      // a word running past the range (a sentence cut inside a run of letters) ends at the range's edge
      let end = Math.min(wordEnd, to);
      const w = text.slice(i, end);
      if (text[end] === "." && end < to && (INITIALISM.test(w) || DOTTED_ABBREVIATIONS.has(w.toLowerCase()) || /^\p{Lu}$/u.test(w)))
        end++;
      const t = end === i + w.length + 1 ? text.slice(i, end) : w;
      out.push({ text: t, start: i, end, word: true, lower: lowerWord(t) });
      i = end;
      continue;
    }
    // one punctuation char (keep surrogate pairs whole)
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    const p = text.slice(i, i + len);
    out.push({ text: p, start: i, end: i + len, word: false, lower: p });
    i += len;
  }
  return out;
}

/** A token's lower-case text, or "" past either end of the token list. */
export function lowerOf(t: Token | undefined): string {
  return t ? t.lower : "";
}

/** Letters and digits, for counting words outside ASCII. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How many runs of letters and digits lie in [start, end) (as /[\p{L}\p{N}]+/gu finds them), without building strings. */
export function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let w: boolean;
    if (c < 128) w = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      w = WORD_CHAR.test(text.slice(i, i + 2));
      i++;
    } else w = WORD_CHAR.test(text[i]!);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** True when a word starts with an upper-case letter. */
export function isCap(w: string): boolean {
  // (ASCII first, without a regular expression: the rules ask this of every word, many times over)
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
}

/** Lower-case a word and drop a possessive ending. */
export function bare(w: string): string {
  let l = lowerWord(w);
  if (l.endsWith("'s") || l.endsWith("’s")) l = l.slice(0, -2);
  return l.endsWith(".") ? l.slice(0, -1) : l;
}

/** True when a word ends in a possessive 's. */
export function isPossessive(w: string): boolean {
  return /[’']s$/.test(w);
}

/** Opening quotation marks. */
export const OPEN_QUOTES = "“\"«„";
/** Closing quotation marks. */
export const CLOSE_QUOTES = "”\"»“";

/** Trim a span [start, end) of white space and the given characters at both ends. */
export function trimSpan(text: string, start: number, end: number, chars = " \t\n\r\u00a0"): [number, number] {
  while (start < end && chars.includes(text[start]!)) start++;
  while (end > start && chars.includes(text[end - 1]!)) end--;
  return [start, end];
}
