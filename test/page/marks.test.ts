/**
 * The pure parts of marking: which spans get marks and in which group, the per-source looks
 * (colour AND line style), the CSS, and the card's interval words and announcement.
 */
import { strict as assert } from "node:assert";
import type { Analysis } from "../../src/analysis/types.js";
import { AnalysisIndex, cardAnnouncement, intervalText } from "../../src/page/card.js";
import { highlightCss, LINE_STYLES, markSpans, PALETTE, SLOTS, sourceLook } from "../../src/page/marks.js";

const TEXT = "SANA said at least 83 died. The Observatory said 62 died. Police counted 5 cars.";
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
    { id: "f1", ...at("at least 83"), value: 83, low: 83, high: null, unit: "people", measure: "killed", scope: null, sourceId: "s1" },
    { id: "f2", ...at("62"), value: 62, low: 62, high: 62, unit: null, measure: "killed", scope: null, sourceId: "s2" },
    { id: "f3", ...at("5"), value: 5, low: 5, high: 5, unit: "cars", measure: "cars", scope: null, sourceId: null },
  ],
  conflicts: [{ id: "x1", kind: "contradiction", figureIds: ["f1", "f2"], measure: "killed", scope: null, summary: "SANA says at least 83 killed; Observatory says 62" }],
  disputes: [{ id: "d1", kind: "contradiction", figureIds: ["f1", "f2"], conflictIds: ["x1"], measure: "killed", scope: null, unit: "people", summary: "Two figures for killed: at least 83 (SANA), 62 (Observatory)" }],
};

describe("marks", () => {
  it("marks claims by source slot and only the figures in conflicts, in text order", () => {
    const spans = markSpans(ANALYSIS);
    assert.deepEqual(
      spans.map((s) => [s.id, s.group]),
      [
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

  it("writes a ::highlight() rule per group", () => {
    const css = highlightCss();
    assert.match(css, /::highlight\(crosscheck-conflict\)\{background-color/);
    for (let i = 0; i < SLOTS; i++) assert.ok(css.includes(`::highlight(crosscheck-claim-${i})`));
    assert.match(highlightCss(true), /color:#000/);
  });
});

describe("card text", () => {
  const cases: Array<[{ low: number | null; high: number | null }, string]> = [
    [{ low: 83, high: null }, "83 or more"],
    [{ low: 62, high: 62 }, "exactly 62"],
    [{ low: null, high: 130 }, "130 or fewer"],
    [{ low: 1000, high: 2000 }, "1,000 to 2,000"],
    [{ low: null, high: null }, "unknown"],
  ];
  for (const [f, want] of cases) it(`says ${want}`, () => assert.equal(intervalText(f), want));

  it("announces a conflicting figure with its rival", () => {
    const text = cardAnnouncement(new AnalysisIndex(ANALYSIS), { kind: "figure", id: "f1" });
    assert.match(text, /^Figure at least 83: 83 or more killed, from SANA\. In conflict: SANA says at least 83 killed; Observatory says 62$/);
  });

  it("announces a claim with its source, kind and cue", () => {
    assert.equal(cardAnnouncement(new AnalysisIndex(ANALYSIS), { kind: "claim", id: "c2" }), "Claim by Observatory (organization), reported, cue “said”.");
  });
});
