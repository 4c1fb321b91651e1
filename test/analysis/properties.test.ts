/**
 * Properties analyze() must keep on any input: it never throws, every span's text is the slice of
 * the article text it claims, every referenced id exists, and the result is deterministic.
 * Inputs: arbitrary unicode, lone surrogates, text made of news-like tokens (quotes, digits, huge
 * numbers, punctuation runs, capitalised words), and generated news sentences with cues and figures.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { analyze } from "../../src/analysis/index.js";
import type { Analysis } from "../../src/analysis/types.js";

/** Runs per property: enough to hit odd paths, few enough for a 2-core machine. */
const RUNS = 150;

/** Every invariant of one analysis of `text`; returns the analysis. */
function checkInvariants(text: string): Analysis {
  const a = analyze({ text, title: text.split("\n", 1)[0] });
  assert.equal(a.schema, "crosscheck/analysis@1");
  assert.equal(a.article.text, text, "article.text is the input text");
  const spans = [
    ...a.claims.map((c) => ["claim " + c.id, c] as const),
    ...a.figures.map((f) => ["figure " + f.id, f] as const),
    ...a.sources.flatMap((s) => s.mentions.map((m, i) => [`mention ${i} of ${s.id}`, m] as const)),
  ];
  for (const [what, s] of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: bad offsets ${s.start}-${s.end}`);
    assert.equal(text.slice(s.start, s.end), s.text, `${what}: text is not the slice`);
  }
  const uniq = (ids: string[], what: string) => assert.equal(new Set(ids).size, ids.length, `${what} ids repeat`);
  const sources = new Set(a.sources.map((s) => s.id)), claims = new Set(a.claims.map((c) => c.id)), figures = new Set(a.figures.map((f) => f.id));
  uniq(a.sources.map((s) => s.id), "source");
  uniq(a.claims.map((c) => c.id), "claim");
  uniq(a.figures.map((f) => f.id), "figure");
  uniq(a.conflicts.map((c) => c.id), "conflict");
  for (const c of a.claims) assert.ok(sources.has(c.sourceId), `claim ${c.id}: source ${c.sourceId} missing`);
  for (const s of a.sources) {
    for (const id of s.claimIds) assert.ok(claims.has(id), `source ${s.id}: claim ${id} missing`);
    for (const id of s.figureIds) assert.ok(figures.has(id), `source ${s.id}: figure ${id} missing`);
  }
  for (const f of a.figures) {
    assert.ok(f.sourceId === null || sources.has(f.sourceId), `figure ${f.id}: source ${f.sourceId} missing`);
    assert.ok(f.low === null || f.high === null || f.low <= f.high, `figure ${f.id}: low ${f.low} > high ${f.high}`);
    for (const v of [f.low, f.high]) assert.ok(v === null || Number.isFinite(v), `figure ${f.id}: bound ${v} not finite`);
  }
  for (const x of a.conflicts) {
    assert.ok(x.figureIds.length >= 2, `conflict ${x.id}: fewer than two figures`);
    for (const id of x.figureIds) assert.ok(figures.has(id), `conflict ${x.id}: figure ${id} missing`);
    assert.ok(x.kind === "contradiction" || x.kind === "discrepancy", `conflict ${x.id}: kind ${x.kind}`);
  }
  assert.doesNotThrow(() => JSON.stringify(a), "the analysis is JSON");
  return a;
}

/** Checks invariants and that a second run gives a deep-equal result. */
function holds(text: string) {
  const first = checkInvariants(text);
  assert.deepEqual(analyze({ text, title: text.split("\n", 1)[0] }), first, "the output is the same twice");
}

/** Tokens that stress the engine's paths: quotes, numbers, punctuation runs, names, cues. */
const token = fc.oneof(
  fc.constantFrom('"', "“", "”", "‘", "’", "'", "«", "»", "—", "–", "-", ",", ".", "...", "…", ";", ":", "(", ")", "\n", "\n\n", " ", "  ", "\t", "%", "$", "€", "£"),
  fc.constantFrom("said", "says", "told", "according to", "added", "claimed", "denied", "he", "she", "they", "officials", "the ministry", "at least", "more than", "nearly", "about", "up to", "between", "and", "including", "killed", "wounded", "people", "percent", "million", "billion", "dozens", "hundreds", "two", "twenty-one", "a third"),
  fc.constantFrom("Mr.", "Dr.", "U.S.", "Sen.", "Gov.", "No.", "St.", "Jan.", "Health Minister", "The Associated Press", "Al-Manar", "O'Brien", "McDonald", "ISIS", "UN"),
  fc.integer({ min: 0, max: 1_000_000 }).map(String),
  fc.bigInt({ min: 0n, max: 10n ** 40n }).map((n) => n.toString()),
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map((n) => n.toLocaleString("en-US")),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((d) => d.toFixed(2)),
  fc.stringMatching(/^[A-Z][a-z]{1,10}$/),
  fc.string({ unit: "grapheme", maxLength: 6 }),
);
const tokenText = fc.array(token, { maxLength: 60 }).map((ts) => ts.join(" "));

/** A run of one character, long enough to trip quadratic or backtracking code. */
const runs = fc
  .tuple(fc.constantFrom('"', "“", "1", ",", ".", "Aa ", "9,", "- ", "'", "\n", " said", "At least ", "(", "$"), fc.integer({ min: 1, max: 3000 }))
  .map(([c, n]) => c.repeat(n));

const NAMES = ["John Kerry", "Ana Ruiz", "Health Minister Ana Ruiz", "the Syrian Observatory for Human Rights", "officials", "police", "SANA", "a spokesman", "he", "She", "The group"];
const CUES = ["said", "says", "told reporters", "added", "claimed", "said in a statement", "wrote on Twitter", "denied"];
const QUALS = ["", "at least ", "more than ", "nearly ", "about ", "up to ", "fewer than ", "some ", "almost "];
const MEASURES = ["people were killed", "people were wounded", "were detained", "jobs would be cut", "protesters marched", "percent of voters backed her", "million dollars was spent"];
const PLACES = ["", " in Homs", " in the capital", " on Sunday", " last year", " in 2019"];
const num = fc.oneof(fc.integer({ min: 0, max: 500 }).map(String), fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString("en-US")), fc.constantFrom("two", "dozens", "11", "1.5 million", "hundreds"));
const figure = fc.tuple(fc.constantFrom(...QUALS), num, fc.constantFrom(...MEASURES), fc.constantFrom(...PLACES)).map(([q, n, m, p]) => `${q}${n} ${m}${p}`);
const sentence = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...CUES), figure).map(([s, c, f]) => `${s[0].toUpperCase()}${s.slice(1)} ${c} ${f}.`),
  fc.tuple(figure, fc.constantFrom(...NAMES), fc.constantFrom(...CUES)).map(([f, s, c]) => `${f[0].toUpperCase()}${f.slice(1)}, ${s} ${c}.`),
  fc.tuple(figure, fc.constantFrom(...NAMES)).map(([f, s]) => `${f[0].toUpperCase()}${f.slice(1)}, according to ${s}.`),
  fc.tuple(fc.lorem({ maxCount: 8 }), fc.constantFrom(...NAMES), fc.constantFrom(...CUES), fc.boolean()).map(([q, s, c, curly]) =>
    curly ? `“${q}. ${q}?” ${s} ${c}.` : `"${q}," ${s} ${c}. "${q}."`),
  fc.tuple(fc.constantFrom(...NAMES), fc.lorem({ maxCount: 6 })).map(([s, q]) => `"${q}.\n\n"${q}," ${s} said.`),
  figure.map((f) => `${f[0].toUpperCase()}${f.slice(1)}.`),
);
const article = fc
  .tuple(fc.lorem({ maxCount: 6 }), fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }))
  .map(([title, paras]) => [title, ...paras.map((p) => p.join(" "))].join("\n\n"));

describe("analyze() properties", function () {
  this.timeout(120_000);
  const cases: Array<[string, fc.Arbitrary<string>]> = [
    ["any printable unicode", fc.string({ unit: "grapheme", maxLength: 300 })],
    ["any code points, controls included", fc.string({ unit: "binary", maxLength: 300 })],
    ["lone surrogates and odd UTF-16", fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((cs) => String.fromCharCode(...cs))],
    ["news-like tokens: quotes, digits, huge numbers, punctuation", tokenText],
    ["long runs of one character", runs],
    ["generated news sentences with cues and figures", article],
  ];
  for (const [name, arb] of cases) it(`holds on ${name}`, () => fc.assert(fc.property(arb, holds), { numRuns: RUNS }));

  const edge = ["", " ", "\n\n\n", '"', "“", "”“”“", "1", "1,000,000,000,000,000,000,000,000", "at least", "said", '"Hi," he said.', "\u{1F600}\u{1F600} said 5", "\uD800", "a\u0000b 12"];
  for (const text of edge) it(`holds on ${JSON.stringify(text)}`, () => holds(text));
  it("holds with input fields missing", () => {
    const a = analyze({ text: "Officials said 5 people died." });
    assert.equal(a.article.text, "Officials said 5 people died.");
  });
});
