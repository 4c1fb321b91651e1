/** The popup's view model, table-tested on a small hand-made analysis. */
import { strict as assert } from "node:assert";
import type { Analysis } from "../../src/analysis/types.js";
import {
  attributionShares,
  CHART_MAX_ROWS,
  counts,
  disputeViews,
  groupSourcesByKind,
  percent,
  uniqueSources,
} from "../../src/popup/model.js";
import { sampleAnalysis } from "./sample.js";

const A = sampleAnalysis();

const empty: Analysis = {
  schema: "crosscheck/analysis@1",
  article: { found: true, title: null, byline: null, text: "" },
  sources: [],
  claims: [],
  figures: [],
  conflicts: [],
  disputes: [],
};

describe("popup model", () => {
  it("sample offsets are right", () => {
    for (const s of [...A.claims, ...A.figures]) assert.equal(A.article.text.slice(s.start, s.end), s.text);
  });

  it("counts sources once each", () => {
    assert.deepEqual(counts(A), { sources: 4, claims: 9, disputes: 4 });
    const dup = { ...A, sources: [...A.sources, A.sources[0]] };
    assert.equal(counts(dup).sources, 4);
    assert.equal(uniqueSources(dup).length, 4);
    assert.deepEqual(counts(empty), { sources: 0, claims: 0, disputes: 0 });
  });

  it("counts disputes, not pairs; an analysis without disputes counts one per conflict", () => {
    assert.equal(A.conflicts.length, 6);
    assert.equal(counts(A).disputes, 4);
    const old = { ...A, disputes: undefined as unknown as Analysis["disputes"] };
    assert.equal(counts(old).disputes, 6);
    assert.deepEqual(disputeViews(old).map((d) => d.conflictIds), [["x3"], ["x2"], ["x4"], ["x5"], ["x6"], ["x1"]]);
  });

  it("groups sources by kind in order, each once, busiest first", () => {
    const groups = groupSourcesByKind(A);
    assert.deepEqual(
      groups.map((g) => [g.kind, g.sources.map((s) => s.name)]),
      [
        ["media", ["SANA"]],
        ["government", ["Police", "Foreign Ministry"]],
        ["organization", ["Syrian Observatory for Human Rights"]],
      ],
    );
    assert.deepEqual(groupSourcesByKind(empty), []);
  });

  // disputes listed in the popup's order: contradictions first, then reading order
  const perSource: [string, { claims: number; direct: number; figures: string[]; disputes: string[] }][] = [
    ["s1", { claims: 2, direct: 0, figures: ["at least 83", "about 200"], disputes: ["d2", "d4"] }],
    ["s2", { claims: 4, direct: 1, figures: ["62", "57", "more than 250"], disputes: ["d2", "d4", "d1"] }],
    ["s3", { claims: 1, direct: 0, figures: ["at least 46"], disputes: ["d1"] }],
    ["s4", { claims: 2, direct: 0, figures: ["31", "112"], disputes: ["d4"] }],
  ];
  for (const [id, want] of perSource) {
    it(`source ${id}: claims, quotes, figures, disputes`, () => {
      const s = groupSourcesByKind(A).flatMap((g) => g.sources).find((x) => x.id === id)!;
      assert.equal(s.claims.length, want.claims);
      assert.equal(s.directCount, want.direct);
      assert.deepEqual(s.figures.map((f) => f.text), want.figures);
      assert.deepEqual(s.disputes.map((x) => x.id), want.disputes);
    });
  }

  it("puts an unknown kind under unknown", () => {
    const odd = { ...A, sources: [{ ...A.sources[0], kind: "alien" as "unknown" }] };
    assert.deepEqual(groupSourcesByKind(odd).map((g) => g.kind), ["unknown"]);
  });

  it("lists disputes contradictions first, then reading order, every voice in reading order", () => {
    const views = disputeViews(A);
    assert.deepEqual(views.map((v) => v.id), ["d3", "d2", "d4", "d1"]);
    assert.deepEqual(
      views.map((v) => v.voices.map((s) => [s.text, s.sourceName, s.headline])),
      [
        [["more than 130", null, true], ["nearly 130", null, false]],
        [["at least 83", "SANA", false], ["62", "Syrian Observatory for Human Rights", false]],
        [["about 200", "SANA", false], ["112", "Police", false], ["more than 250", "Syrian Observatory for Human Rights", false]],
        [["at least 46", "Foreign Ministry", false], ["57", "Syrian Observatory for Human Rights", false]],
      ],
    );
    assert.equal(views[1].scope, "Sayyida Zeinab");
    assert.deepEqual(views[2].conflictIds, ["x4", "x5", "x6"]);
    assert.equal(views[2].unit, "people");
  });

  const bounds: [string, Partial<Record<"value" | "low" | "high", number | null>> & { lowExclusive?: boolean; highExclusive?: boolean }][] = [
    ["f1", { value: 130, low: 130, high: null, lowExclusive: true, highExclusive: false }],
    ["f2", { value: 130, low: 117, high: 130, lowExclusive: false, highExclusive: true }],
    ["f8", { value: 200, low: 170, high: 230, lowExclusive: false, highExclusive: false }],
  ];
  for (const [id, want] of bounds) {
    it(`a voice carries ${id}'s value, bounds and exclusions`, () => {
      const v = disputeViews(A).flatMap((d) => d.voices).find((x) => x.figureId === id)!;
      assert.deepEqual({ value: v.value, low: v.low, high: v.high, lowExclusive: v.lowExclusive, highExclusive: v.highExclusive }, want);
    });
  }

  it("skips missing and duplicate figure ids in a dispute", () => {
    const odd = { ...A, disputes: [{ ...A.disputes[0], figureIds: ["f5", "nope", "f5", "f6"] }] };
    assert.deepEqual(disputeViews(odd)[0].voices.map((s) => s.figureId), ["f5", "f6"]);
  });

  it("shares attribution by claimed characters, and counts unsourced figures", () => {
    const shares = attributionShares(A);
    const total = A.claims.reduce((n, c) => n + c.end - c.start, 0);
    assert.equal(shares.attributedChars, total);
    assert.equal(shares.rows[0].name, "Syrian Observatory for Human Rights");
    assert.ok(Math.abs(shares.rows.reduce((n, r) => n + r.share, 0) - 1) < 1e-9);
    assert.deepEqual([shares.unsourcedFigures, shares.totalFigures], [2, 10]);
    assert.ok(Math.abs(shares.unsourcedShare - 2 / 10) < 1e-9);
    assert.ok(shares.attributedShare > 0 && shares.attributedShare < 1);
  });

  it("sums the smallest sources as others", () => {
    const many: Analysis = { ...A, claims: [], sources: [] };
    for (let i = 0; i < CHART_MAX_ROWS + 3; i++) {
      many.sources.push({ ...A.sources[0], id: `s${i}`, name: `S${i}` });
      many.claims.push({ ...A.claims[0], id: `c${i}`, sourceId: `s${i}`, end: A.claims[0].start + 10 + i });
    }
    const rows = attributionShares(many).rows;
    assert.equal(rows.length, CHART_MAX_ROWS + 1);
    assert.equal(rows.at(-1)!.name, null);
    assert.equal(rows[0].name, `S${CHART_MAX_ROWS + 2}`);
  });

  it("handles an empty analysis", () => {
    assert.deepEqual(attributionShares(empty), {
      rows: [], attributedChars: 0, attributedShare: 0, unsourcedFigures: 0, totalFigures: 0, unsourcedShare: 0,
    });
  });

  const pct: [number, string][] = [[0, "0%"], [0.001, "<1%"], [0.5, "50%"], [0.996, "100%"], [1, "100%"]];
  for (const [share, text] of pct) it(`percent(${share}) = ${text}`, () => assert.equal(percent(share), text));
});
