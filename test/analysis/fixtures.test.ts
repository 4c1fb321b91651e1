/**
 * Each labelled article (test/fixtures/<slug>/ and the shared seed) against its expected.json,
 * one `it` per label so the output shows which hold. Same logic as shared/tools/score-analysis.mjs.
 */
import assert from "node:assert/strict";
import { analyze } from "../../src/analysis/index.js";
import type { Analysis } from "../../src/analysis/types.js";
import { loadFixtures, loadSeed, type Fixture } from "../../bench/lib/fixtures.js";
import { labelChecks } from "../../bench/lib/score-labels.js";

const fixtures: Fixture[] = [...loadFixtures()];
const seed = loadSeed();
if (seed) fixtures.push(seed);

describe("fixture articles", () => {
  it("there are at least 10 fixtures of our own", () => assert.ok(loadFixtures().length >= 10));
  for (const f of fixtures) {
    describe(f.slug, () => {
      let analysis: Analysis | undefined;
      const get = () => (analysis ??= analyze({ text: f.text, title: f.title }));
      // (our own fixtures only: the seed's labels also name the page around the article)
      if (f !== seed) it("labels name only what the text holds", () => {
        const L = f.labels, lower = f.text.toLowerCase();
        const wanted = [
          ...(L.sources?.required ?? []).flatMap((r) => [...r.keys.slice(0, 1), ...(r.mentions ?? [])]),
          ...(L.quotes ?? []).map((q) => q.contains),
          ...(L.conflicts?.required ?? []).flatMap((c) => c.sides),
          ...(L.conflicts?.forbidden ?? []).flatMap((c) => c.sides),
        ];
        assert.deepEqual(wanted.filter((w) => !lower.includes(w.toLowerCase())), []);
      });
      for (const check of labelChecks(f.labels)) {
        it(check.name, () => {
          const why = check.run(get());
          assert.equal(why, null, `${f.slug}: ${check.name}: ${why}`);
        });
      }
    });
  }
});
