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
};

/** Words: letters/digits, joined by apostrophes, hyphens, inner dots, ampersands (bounded, so a run of garbage costs linear time). */
const WORD = /[\p{L}\p{N}]{1,100}(?:[’'\-.&][\p{L}\p{N}]{1,100}){0,12}/uy;
/** Initialisms such as U.S. or D.C. take their final dot. */
const INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u;
/** Title abbreviations that take their dot as part of the word (Sen., Gov., Mr.). */
export const DOTTED_ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sen rep gov gen lt col capt sgt maj cmdr adm st mt jr sr inc corp co ltd bros vs " +
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos fig approx ave blvd rd dept univ assn est " +
    "calif fla ky tenn mass conn pa va ga ala ariz ark colo del ill ind kan la md mich minn miss mo mont " +
    "neb nev okla ore wash wis wyo pres supt det insp rev msgr hon amb atty cpl pvt"
  ).split(" "),
);

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
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      // a word running past the range (a sentence cut inside a run of letters) ends at the range's edge
      let end = Math.min(i + m[0].length, to);
      const w = text.slice(i, end);
      if (text[end] === "." && end < to && (INITIALISM.test(w) || DOTTED_ABBREVIATIONS.has(w.toLowerCase()) || /^\p{Lu}$/u.test(w)))
        end++;
      out.push({ text: text.slice(i, end), start: i, end, word: true });
      i = end;
      continue;
    }
    // one punctuation char (keep surrogate pairs whole)
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    out.push({ text: text.slice(i, i + len), start: i, end: i + len, word: false });
    i += len;
  }
  return out;
}

/** True when a word starts with an upper-case letter. */
export function isCap(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}

/** Lower-case a word and drop a possessive ending. */
export function bare(w: string): string {
  return w.toLowerCase().replace(/[’']s$/, "").replace(/\.$/, "");
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
