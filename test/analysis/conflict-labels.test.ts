import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import {
  docKey, groupHolds, labelProblems, locate, nthOf, overlaps, pairMatches, readDoc, resolveLabels, sample, score,
  type Label, type Range, type Resolved,
} from "../../bench/lib/conflict-labels.js";
import { repoRoot, sharedDir } from "../../bench/lib/paths.js";
import { loadLabels } from "../../bench/lib/conflict-labels.js";

const LABELS = path.join(repoRoot, "test", "fixtures", "conflicts", "labels.json");

describe("conflict labels: the label file", () => {
  const file = loadLabels(LABELS);
  it("is well formed", () => {
    assert.equal(typeof file.about, "string");
    const bad = file.items.map((l, k) => ({ k, p: labelProblems(l) })).filter((x) => x.p.length);
    assert.deepEqual(bad, []);
  });
  it("has no pair twice", () => {
    const seen = new Set<string>();
    for (const l of file.items) {
      const sides = [`${l.a.text}#${l.a.nth}`, `${l.b.text}#${l.b.nth}`].sort().join("|");
      const k = `${docKey(l.corpus, l.doc)} ${sides}`;
      assert.ok(!seen.has(k), `twice: ${k}`);
      seen.add(k);
    }
  });
  it("every label resolves to two spans of its shared document", function () {
    if (!existsSync(path.join(sharedDir, "benchmarks"))) {
      console.log(`      skipped: no shared corpora at ${sharedDir}`);
      this.skip();
    }
    const { resolved, unresolved } = resolveLabels(file.items, (l) => readDoc(sharedDir, l.corpus, l.doc));
    assert.deepEqual(unresolved.map((u) => `${u.label.corpus}/${u.label.doc} "${u.label.a.text}" "${u.label.b.text}": ${u.why}`), []);
    for (const r of resolved) {
      const text = readDoc(sharedDir, r.corpus, r.doc)!;
      assert.equal(text.slice(r.spanA[0], r.spanA[1]), r.a.text);
      assert.equal(text.slice(r.spanB[0], r.spanB[1]), r.b.text);
    }
  });
});

describe("conflict labels: locating figures", () => {
  const text = "At least 83 died, SANA said; 62 died, the Observatory said. Of 620 homes, 62 burned.";
  it("finds the nth occurrence, counting every start", () => {
    assert.deepEqual(locate(text, { text: "at least 83", nth: 0 }), null); // case matters
    assert.deepEqual(locate(text, { text: "At least 83", nth: 0 }), [0, 11]);
    assert.deepEqual(locate(text, { text: "62", nth: 0 }), [29, 31]);
    assert.deepEqual(locate(text, { text: "62", nth: 1 }), [63, 65]); // inside "620"
    assert.deepEqual(locate(text, { text: "62", nth: 2 }), [74, 76]);
    assert.equal(locate(text, { text: "62", nth: 3 }), null);
    assert.equal(locate(text, { text: "", nth: 0 }), null);
    assert.equal(locate(text, { text: "62", nth: -1 }), null);
  });
  it("nthOf is locate's inverse", () => {
    assert.equal(nthOf(text, "62", 74), 2);
    assert.equal(nthOf(text, "62", 30), -1);
    assert.equal(nthOf("aaa", "aa", 1), 1);
    assert.deepEqual(locate("aaa", { text: "aa", nth: 1 }), [1, 3]);
  });
});

describe("conflict labels: matching", () => {
  it("overlap is at least one shared character", () => {
    assert.ok(overlaps([0, 5], [4, 9]));
    assert.ok(!overlaps([0, 5], [5, 9]));
    assert.ok(overlaps([2, 3], [0, 10]));
  });
  it("a pair matches in either order, each side on a different figure", () => {
    assert.ok(pairMatches([0, 5], [20, 25], [0, 11], [19, 22]));
    assert.ok(pairMatches([0, 5], [20, 25], [19, 22], [0, 11]));
    assert.ok(!pairMatches([0, 5], [20, 25], [0, 11], [30, 40]));
    assert.ok(!pairMatches([0, 5], [20, 25], [0, 30], [40, 50])); // one figure over both: not a pair
  });
  it("a group holds both figures through two of its own", () => {
    assert.ok(groupHolds([0, 5], [20, 25], [[50, 60], [21, 23], [0, 2]]));
    assert.ok(!groupHolds([0, 5], [20, 25], [[0, 30]]));
    assert.ok(!groupHolds([0, 5], [20, 25], [[0, 5]]));
  });
});

describe("conflict labels: scoring", () => {
  const base = { quantity: "deaths", why: "x" };
  const mk = (doc: string, a: Range, b: Range, label: "real" | "trap", quantity = "deaths"): Resolved => ({
    ...base, quantity, corpus: "news-texts", doc, a: { text: "x", nth: 0 }, b: { text: "y", nth: 0 }, label, trap: label === "trap" ? "part" : null, spanA: a, spanB: b,
  });
  const labels = [
    mk("1.txt", [0, 5], [20, 25], "real"),
    mk("1.txt", [0, 5], [40, 45], "trap"),
    mk("2.txt", [10, 12], [30, 32], "real", "money"),
    mk("3.txt", [1, 2], [5, 6], "real", "money"),
  ];
  it("counts recall through pairs and groups, precision over matched pairs, traps flagged", () => {
    const s = score(
      labels,
      [
        { doc: "news-texts/1.txt", a: [0, 4], b: [21, 22] }, // real
        { doc: "news-texts/1.txt", a: [41, 42], b: [2, 3] }, // trap
        { doc: "news-texts/1.txt", a: [100, 104], b: [200, 204] }, // unlabelled: not in precision
        { doc: "news-texts/3.txt", a: [1, 2], b: [50, 60] }, // half a label: no match
      ],
      [{ doc: "news-texts/2.txt", spans: [[10, 12], [30, 33], [90, 91]] }],
    );
    assert.equal(s.real, 3);
    assert.equal(s.traps, 1);
    assert.equal(s.found.length, 2);
    assert.equal(s.recall, 2 / 3);
    assert.equal(s.matched, 2);
    assert.equal(s.matchedReal, 1);
    assert.equal(s.precision, 0.5);
    assert.equal(s.trapsFlagged.length, 1);
    assert.deepEqual(s.byQuantity.get("deaths"), { real: 1, found: 1 });
    assert.deepEqual(s.byQuantity.get("money"), { real: 2, found: 1 });
    assert.deepEqual(s.missed.map((l) => l.doc), ["3.txt"]);
  });
  it("the same span in another document does not match", () => {
    const s = score(labels, [{ doc: "news-texts/2.txt", a: [0, 5], b: [20, 25] }]);
    assert.equal(s.found.length, 0);
    assert.ok(Number.isNaN(s.precision));
  });
  it("labels are checked for shape and resolved against their text", () => {
    const good: Label = { corpus: "news-texts", doc: "d.txt", a: { text: "83", nth: 0 }, b: { text: "62", nth: 0 }, label: "real", quantity: "deaths", trap: null, why: "two tolls" };
    assert.deepEqual(labelProblems(good), []);
    assert.equal(labelProblems({ ...good, label: "trap", trap: "nonsense" }).length, 1);
    assert.equal(labelProblems({ ...good, trap: "part" }).length, 1);
    assert.equal(labelProblems({ ...good, corpus: "other" as Label["corpus"] }).length, 1);
    const r = resolveLabels([good, { ...good, b: { text: "62", nth: 1 } }, { ...good, doc: "gone.txt" }], (l) => (l.doc === "d.txt" ? "83 dead or 62" : null));
    assert.equal(r.resolved.length, 1);
    assert.deepEqual(r.resolved[0]!.spanB, [11, 13]);
    assert.deepEqual(r.unresolved.map((u) => u.why), ['"62"#1 not in the text', "document not found"]);
  });
  it("samples reproducibly", () => {
    const xs = Array.from({ length: 30 }, (_, i) => i);
    assert.deepEqual(sample(xs, 5, 7), sample(xs, 5, 7));
    assert.notDeepEqual(sample(xs, 5, 7), sample(xs, 5, 8));
    assert.equal(new Set(sample(xs, 30, 1)).size, 30);
  });
});
