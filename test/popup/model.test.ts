/** The popup's view model, table-tested on a small hand-made analysis. */
import { strict as assert } from "node:assert";
import type { Analysis } from "../../src/analysis/types.js";
import {
  attributionShares,
  CHART_MAX_ROWS,
  conflictViews,
  counts,
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
    assert.deepEqual(counts(A), { sources: 4, claims: 6, conflicts: 3 });
    const dup = { ...A, sources: [...A.sources, A.sources[0]] };
    assert.equal(counts(dup).sources, 4);
    assert.equal(uniqueSources(dup).length, 4);
    assert.deepEqual(counts(empty), { sources: 0, claims: 0, conflicts: 0 });
  });

  it("groups sources by kind in order, each once, busiest first", () => {
    const groups = groupSourcesByKind(A);
    assert.deepEqual(
      groups.map((g) => [g.kind, g.sources.map((s) => s.name)]),
      [
        ["media", ["SANA"]],
        ["government", ["Foreign Ministry", "Police"]],
        ["organization", ["Syrian Observatory for Human Rights"]],
      ],
    );
    assert.deepEqual(groupSourcesByKind(empty), []);
  });

  const perSource: [string, { claims: number; direct: number; figures: string[]; conflicts: string[] }][] = [
    ["s1", { claims: 1, direct: 0, figures: ["at least 83"], conflicts: ["x2"] }],
    ["s2", { claims: 3, direct: 1, figures: ["62", "57"], conflicts: ["x1", "x2"] }],
    ["s3", { claims: 1, direct: 0, figures: ["at least 46"], conflicts: ["x1"] }],
    ["s4", { claims: 1, direct: 0, figures: ["31"], conflicts: [] }],
  ];
  for (const [id, want] of perSource) {
    it(`source ${id}: claims, quotes, figures, conflicts`, () => {
      const s = groupSourcesByKind(A).flatMap((g) => g.sources).find((x) => x.id === id)!;
      assert.equal(s.claims.length, want.claims);
      assert.equal(s.directCount, want.direct);
      assert.deepEqual(s.figures.map((f) => f.text), want.figures);
      assert.deepEqual(s.conflicts.map((x) => x.id).sort(), want.conflicts);
    });
  }

  it("puts an unknown kind under unknown", () => {
    const odd = { ...A, sources: [{ ...A.sources[0], kind: "alien" as "unknown" }] };
    assert.deepEqual(groupSourcesByKind(odd).map((g) => g.kind), ["unknown"]);
  });

  it("lists contradictions first, then reading order, with sides side by side", () => {
    const views = conflictViews(A);
    assert.deepEqual(views.map((v) => v.id), ["x3", "x2", "x1"]);
    assert.deepEqual(
      views.map((v) => v.sides.map((s) => [s.text, s.sourceName])),
      [
        [["more than 130", null], ["nearly 130", null]],
        [["at least 83", "SANA"], ["62", "Syrian Observatory for Human Rights"]],
        [["at least 46", "Foreign Ministry"], ["57", "Syrian Observatory for Human Rights"]],
      ],
    );
    assert.equal(views[1].scope, "Sayyida Zeinab");
  });

  it("skips missing and duplicate figure ids in a conflict", () => {
    const odd = { ...A, conflicts: [{ ...A.conflicts[0], figureIds: ["f5", "nope", "f5", "f6"] }] };
    assert.deepEqual(conflictViews(odd)[0].sides.map((s) => s.figureId), ["f5", "f6"]);
  });

  it("shares attribution by claimed characters, and counts unsourced figures", () => {
    const shares = attributionShares(A);
    const total = A.claims.reduce((n, c) => n + c.end - c.start, 0);
    assert.equal(shares.attributedChars, total);
    assert.equal(shares.rows[0].name, "Syrian Observatory for Human Rights");
    assert.ok(Math.abs(shares.rows.reduce((n, r) => n + r.share, 0) - 1) < 1e-9);
    assert.deepEqual([shares.unsourcedFigures, shares.totalFigures], [2, 7]);
    assert.ok(Math.abs(shares.unsourcedShare - 2 / 7) < 1e-9);
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
