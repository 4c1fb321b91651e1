/**
 * The pure parts of marking: which spans get marks and in which group, the per-source looks
 * (colour AND line style), the CSS, and the card's interval words and announcement.
 */
import { strict as assert } from "node:assert";
import type { Analysis } from "../../src/analysis/types.js";
import { AnalysisIndex, cardAnnouncement, intervalText } from "../../src/page/card.js";
import { highlightCss, LINE_STYLES, markSpans, PALETTE, SLOTS, sourceLook } from "../../src/page/marks.js";

const TEXT = "More than 90 dead. SANA said at least 83 died. The Observatory said 62 died. Police counted 5 cars.";
const at = (s: string) => ({ text: s, start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

const ANALYSIS: Analysis = {
  schema: "crosscheck/analysis@1",
  article: { found: true, title: null, byline: null, text: TEXT },
  sources: [
    { id: "s1", name: "SANA", kind: "media", description: null, mentions: [at("SANA")], claimIds: ["c1"], figureIds: ["f1"] },
    { id: "s2", name: "Observatory", kind: "organization", description: null, mentions: [at("The Observatory")], claimIds: ["c2"], figureIds: ["f2"] },
  ],
  claims: [
    { id: "c1", sourceId: "s1", ...at("at least 83 died"), cue: "said", direct: false },
    { id: "c2", sourceId: "s2", ...at("62 died"), cue: "said", direct: false },
  ],
  figures: [
    { id: "f0", ...at("More than 90"), value: 90, low: 90, high: null, lowExclusive: true, unit: null, measure: "killed", scope: null, sourceId: null, inHeadline: true },
    { id: "f1", ...at("at least 83"), value: 83, low: 83, high: null, unit: "people", measure: "killed", scope: null, sourceId: "s1" },
    { id: "f2", ...at("62"), value: 62, low: 62, high: 62, unit: null, measure: "killed", scope: null, sourceId: "s2" },
    { id: "f3", ...at("5"), value: 5, low: 5, high: 5, unit: "cars", measure: "cars", scope: null, sourceId: null },
  ],
  conflicts: [
    { id: "x1", kind: "contradiction", figureIds: ["f1", "f2"], measure: "killed", scope: null, summary: "SANA says at least 83 killed; Observatory says 62" },
    { id: "x2", kind: "contradiction", figureIds: ["f0", "f2"], measure: "killed", scope: null, summary: "The headline says more than 90 killed; Observatory says 62" },
  ],
  // three voices: the headline's figure agrees with SANA's (no pair), yet it is part of the dispute
  disputes: [{ id: "d1", kind: "contradiction", figureIds: ["f0", "f1", "f2"], conflictIds: ["x1", "x2"], measure: "killed", scope: null, unit: "people", summary: "Three figures for killed: more than 90 (the headline), at least 83 (SANA), 62 (Observatory)" }],
};

describe("marks", () => {
  it("marks claims by source slot and every figure of every dispute, in text order", () => {
    const spans = markSpans(ANALYSIS);
    assert.deepEqual(
      spans.map((s) => [s.id, s.group]),
      [
        ["f0", "conflict"],
        ["f1", "conflict"],
        ["c1", "claim-0"],
        ["f2", "conflict"],
        ["c2", "claim-1"],
      ],
    );
  });

  it("gives every source in a run of SLOTS a different colour AND a different line style from its neighbours", () => {
    const looks = Array.from({ length: SLOTS }, (_, i) => sourceLook(i));
    assert.equal(new Set(looks.map((l) => `${l.color} ${l.line}`)).size, SLOTS, "distinct looks");
    for (let i = 1; i < SLOTS; i++) {
      assert.notEqual(looks[i].line, looks[i - 1].line, "neighbours differ without colour");
      assert.notEqual(looks[i].color, looks[i - 1].color);
    }
    assert.equal(SLOTS, PALETTE.length * LINE_STYLES.length);
  });

  it("marks an analysis from before disputes existed by its conflicts", () => {
    const old = { ...ANALYSIS, disputes: undefined as unknown as Analysis["disputes"] };
    assert.deepEqual(markSpans(old).filter((s) => s.kind === "figure").map((s) => s.id), ["f0", "f1", "f2"]);
    const none = { ...ANALYSIS, disputes: [] };
    assert.deepEqual(markSpans(none).filter((s) => s.kind === "figure"), [], "disputes decide, when there are");
  });

  it("writes a ::highlight() rule per group", () => {
    const css = highlightCss();
    assert.match(css, /::highlight\(crosscheck-conflict\)\{background-color/);
    for (let i = 0; i < SLOTS; i++) assert.ok(css.includes(`::highlight(crosscheck-claim-${i})`));
    assert.match(highlightCss(true), /color:#000/);
  });
});

describe("card text", () => {
  const cases: Array<[{ low: number | null; high: number | null; lowExclusive?: boolean; highExclusive?: boolean }, string]> = [
    [{ low: 83, high: null }, "83 or more"],
    [{ low: 62, high: 62 }, "exactly 62"],
    [{ low: null, high: 130 }, "130 or fewer"],
    [{ low: 1000, high: 2000 }, "1,000 to 2,000"],
    [{ low: null, high: null }, "unknown"],
    [{ low: 130, high: null, lowExclusive: true }, "more than 130"],
    [{ low: 117, high: 130, highExclusive: true }, "117 to under 130"],
    [{ low: null, high: 5, highExclusive: true }, "less than 5"],
  ];
  for (const [f, want] of cases) it(`says ${want}`, () => assert.equal(intervalText(f), want));

  // every figure of the dispute names ALL its rivals with their voice and interval, not one per pair
  const announced: [string, string][] = [
    ["f1", "Figure at least 83: 83 or more killed, from SANA. Contradiction over killed; other figures: the headline: More than 90 (more than 90); Observatory: 62 (exactly 62)."],
    ["f0", "Figure More than 90: more than 90 killed, from the headline. Contradiction over killed; other figures: SANA: at least 83 (83 or more); Observatory: 62 (exactly 62)."],
    ["f2", "Figure 62: exactly 62 killed, from Observatory. Contradiction over killed; other figures: the headline: More than 90 (more than 90); SANA: at least 83 (83 or more)."],
    ["f3", "Figure 5: exactly 5 cars, from the article."],
  ];
  for (const [id, want] of announced) {
    it(`announces figure ${id} with every rival in its dispute`, () => {
      assert.equal(cardAnnouncement(new AnalysisIndex(ANALYSIS), { kind: "figure", id }), want);
    });
  }

  it("names the scope of a dispute", () => {
    const scoped = { ...ANALYSIS, disputes: [{ ...ANALYSIS.disputes[0], scope: "Homs" }] };
    assert.match(cardAnnouncement(new AnalysisIndex(scoped), { kind: "figure", id: "f2" }), /Contradiction over killed in Homs;/);
  });

  it("indexes each figure's disputes once", () => {
    const index = new AnalysisIndex(ANALYSIS);
    assert.deepEqual([...index.disputesOf.keys()].sort(), ["f0", "f1", "f2"]);
    assert.deepEqual(index.rivals(ANALYSIS.disputes[0], "f1").map((f) => f.id), ["f0", "f2"]);
  });

  it("announces a claim with its source, kind and cue", () => {
    assert.equal(cardAnnouncement(new AnalysisIndex(ANALYSIS), { kind: "claim", id: "c2" }), "Claim by Observatory (organization), reported, cue “said”.");
  });
});
