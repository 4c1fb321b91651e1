import assert from "node:assert/strict";
import { parseAnn, parseSpans } from "../../bench/lib/brat.js";
import {
  headWord, isDirectContent, isSpeech, matchSpans, overlapLength, sourceIsRight, spansMatch,
} from "../../bench/lib/attribution-score.js";
import type { Source } from "../../src/analysis/types.js";
import type { Spans } from "../../bench/lib/brat.js";

describe("bench scoring: spans", () => {
  const cases: Array<[string, Spans, Spans, boolean]> = [
    ["identical", [[0, 10]], [[0, 10]], true],
    ["disjoint", [[0, 10]], [[10, 20]], false],
    ["half of the shorter", [[0, 10]], [[5, 100]], true],
    ["just under half of the shorter", [[0, 10]], [[6, 100]], false],
    ["short inside long", [[40, 50]], [[0, 1000]], true],
    ["discontinuous parts summed", [[0, 10]], [[0, 3], [7, 20]], true],
    ["discontinuous, too little", [[0, 10]], [[0, 2], [9, 20]], false],
  ];
  for (const [name, a, b, want] of cases) it(name, () => assert.equal(spansMatch(a, b), want));
  it("overlapLength sums parts", () => assert.equal(overlapLength([[0, 10]], [[0, 3], [7, 20]]), 6));
  it("parseSpans reads discontinuous spans", () => assert.deepEqual(parseSpans("30 40;5 10"), [[5, 10], [30, 40]]));
});

describe("bench scoring: greedy one-to-one matching", () => {
  const cases: Array<[string, Spans[], Spans[], Array<[number, number]>]> = [
    ["one each", [[[0, 10]]], [[[0, 10]]], [[0, 0]]],
    ["two claims on one content: only the larger overlap counts", [[[0, 10]], [[0, 6]]], [[[0, 10]]], [[0, 0]]],
    ["one claim over two contents: matched once", [[[0, 20]]], [[[0, 10]], [[10, 20]]], [[0, 0]]],
    ["the best pairs win", [[[0, 12]], [[10, 20]]], [[[0, 10]], [[10, 20]]], [[0, 0], [1, 1]]],
    ["no match", [[[0, 5]]], [[[50, 60]]], []],
  ];
  for (const [name, claims, gold, want] of cases) it(name, () => assert.deepEqual(matchSpans(claims, gold), want));
});

describe("bench scoring: speech and direct quotes", () => {
  const text = `Smith said taxes would rise. Voters believe it. “We will win,” she said. Jones wants more.`;
  const ann = [
    "T1\tSource 0 5\tSmith", "T2\tCue 6 10\tsaid", "T3\tContent 11 27\ttaxes would rise",
    "T4\tCue 36 43\tbelieve", "T5\tContent 44 46\tit", "T6\tSource 29 35\tVoters",
    "T7\tContent 49 60\tWe will win", "T8\tCue 67 71\tsaid", "T9\tSource 63 66\tshe",
    "T10\tCue 78 83\twants", "T11\tContent 84 88\tmore", "T12\tSource 72 77\tJones",
    "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
    "E2\tAttribution:T4 Source:T6 Cue:T4 Content:T5",
    "E3\tAttribution:T8 Source:T9 Cue:T8 Content:T7",
    "E4\tAttribution:T10 Source:T12 Cue:T10 Content:T11",
  ].join("\n");
  const gold = parseAnn(ann);
  it("parses four attributions", () => assert.equal(gold.length, 4));
  it("the texts line up", () => assert.equal(text.slice(49, 60), "We will win"));
  for (const [i, want] of [[0, true], [1, false], [2, true], [3, false]] as const)
    it(`attribution ${i + 1} speech = ${want}`, () => assert.equal(isSpeech(text, gold[i]), want));
  it("a content right after an opening quote is direct", () => assert.equal(isDirectContent(text, [[49, 60]]), true));
  it("a content starting with a quote is direct", () => assert.equal(isDirectContent(text, [[48, 60]]), true));
  it("two apostrophes open a quote (NYT style)", () => assert.equal(isDirectContent("He said ''We won,'' ok", [[10, 16]]), true));
  it("a plain content is not direct", () => assert.equal(isDirectContent(text, [[11, 27]]), false));

  const src = (name: string, mentions: Array<[number, number]>): Source => ({
    id: "s1", name, kind: "person", description: null, claimIds: [], figureIds: [],
    mentions: mentions.map(([s, e]) => ({ text: text.slice(s, e), start: s, end: e })),
  });
  it("source right by span overlap", () => assert.ok(sourceIsRight(text, gold[0], gold, src("J. Smith", [[0, 5]]))));
  it("source right by head word", () => assert.ok(sourceIsRight(text, gold[0], gold, src("Mr. Smith", []))));
  it("pronoun: right by its antecedent's head word", () => assert.ok(sourceIsRight(text, gold[2], gold, src("voters", []))));
  it("pronoun: right when our mentions hold the pronoun", () => assert.ok(sourceIsRight(text, gold[2], gold, src("Anna Lee", [[63, 66]]))));
  it("wrong source", () => assert.equal(sourceIsRight(text, gold[0], gold, src("Jones", [[72, 77]])), false));
  const heads: Array<[string, string | null]> = [
    ["Secretary of State John Kerry", "kerry"], ["Donald Trump's campaign", "trump"], ["the New York Times", "times"],
    ["senior officials", "officials"], ["sources familiar with the matter", "sources"], ["a source close to the campaign", "source"], ["officials", "officials"], ["Mr. Trump", "trump"], ["he", null],
  ];
  for (const [s, want] of heads) it(`head word of "${s}"`, () => assert.equal(headWord(s), want));
});
