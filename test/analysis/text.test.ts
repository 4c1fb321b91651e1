/**
 * The tokenizer's hand-written word scanner and word counter against the regular expressions that
 * define them: on any string (news-like text, odd unicode, lone surrogates, long runs) they agree.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { countWords, DOTTED_ABBREVIATIONS, nextCapital, tokenize } from "../../src/analysis/text.js";

/** The definition of a word that tokenize's scanner implements. */
const WORD = /[\p{L}\p{N}]{1,100}(?:[’'\-.&][\p{L}\p{N}]{1,100}){0,12}/uy;

const INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** The tokenizer as first written, with the regex: the reference the scanner must equal. */
function referenceTokens(text: string): { text: string; start: number; end: number; word: boolean }[] {
  const out: { text: string; start: number; end: number; word: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      let end = i + m[0].length;
      const w = m[0];
      if (text[end] === "." && end < text.length && (INITIALISM.test(w) || DOTTED_ABBREVIATIONS.has(w.toLowerCase()) || /^\p{Lu}$/u.test(w))) end++;
      out.push({ text: text.slice(i, end), start: i, end, word: true });
      i = end;
      continue;
    }
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    out.push({ text: text.slice(i, i + len), start: i, end: i + len, word: false });
    i += len;
  }
  return out;
}

/** Pieces that make the scanner's edge cases likely: joiners, capitals, non-Latin letters, digits, astral letters and emoji. */
const piece = fc.constantFrom("a", "Z", "é", "ß", "İ", "ж", "中", "٣", "7", "’", "'", "-", ".", "&", " ", "\n", "\u00a0", ",", "\"", "“", "𝐀", "😀", "\ud800", "U.S", "Sen", "well-known");
const newsLike = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(""));

describe("text: the word scanner", () => {
  it("makes the tokens the regex-defined tokenizer makes, on news-like pieces and on any string", () => {
    for (const arb of [newsLike, fc.string({ unit: "binary", maxLength: 80 })]) {
      fc.assert(
        fc.property(arb, (text) => {
          assert.deepEqual(tokenize(text).map(({ text, start, end, word }) => ({ text, start, end, word })), referenceTokens(text));
        }),
        { numRuns: 300 },
      );
    }
  });

  it("stops a word at 100 letters a part and 12 joins, as the regex does", () => {
    const long = "x".repeat(250);
    assert.deepEqual(tokenize(long).map((t) => t.end - t.start), [100, 100, 50]);
    const joined = Array.from({ length: 15 }, () => "ab").join("-");
    assert.equal(tokenize(joined)[0]!.text, Array.from({ length: 13 }, () => "ab").join("-"));
  });

  it("gives each word its lower-case form, and keeps the title dots", () => {
    const toks = tokenize("Sen. Jane ROE of the U.S. said it's well-known.");
    assert.deepEqual(toks.map((t) => t.text), ["Sen.", "Jane", "ROE", "of", "the", "U.S.", "said", "it's", "well-known", "."]);
    assert.deepEqual(toks.map((t) => t.lower), ["sen.", "jane", "roe", "of", "the", "u.s.", "said", "it's", "well-known", "."]);
  });
});

describe("text: countWords", () => {
  it("counts the runs of letters and digits that /[\\p{L}\\p{N}]+/gu finds", () => {
    for (const arb of [newsLike, fc.string({ unit: "binary", maxLength: 80 })]) {
      fc.assert(
        fc.property(arb, fc.nat(), fc.nat(), (text, a, b) => {
          const start = Math.min(a % (text.length + 1), b % (text.length + 1));
          const end = Math.max(a % (text.length + 1), b % (text.length + 1));
          // a range cutting a surrogate pair is compared on the same slice
          assert.equal(countWords(text, start, end), (text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? []).length);
        }),
        { numRuns: 300 },
      );
    }
  });
});

describe("text: nextCapital", () => {
  it("finds each capital with no letter or digit before it, where /(?<![\\p{L}\\p{N}])\\p{Lu}/gu matches", () => {
    for (const arb of [newsLike, fc.string({ unit: "binary", maxLength: 80 })]) {
      fc.assert(
        fc.property(arb, (text) => {
          const got: number[] = [];
          for (let i = nextCapital(text, 0, text.length); i >= 0; i = nextCapital(text, i + 1, text.length)) got.push(i);
          assert.deepEqual(got, [...text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}/gu)].map((m) => m.index));
        }),
        { numRuns: 300 },
      );
    }
  });
});
