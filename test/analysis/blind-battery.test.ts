/**
 * Blind batteries: made-up news items written by team members who had not read the analysis
 * rules (the second held out from the first; the later ones written after the rules, each measured once before any
 * change for it, then tuned on by pattern), each with the pairs of figures that conflict, or none (a trap: a part, another period,
 * a subgroup, rounding, a forecast, a source updating itself). The conflicts reported must be
 * exactly those pairs. Cases the analysis does not yet get right carry `gap` with the reason:
 * they are shown as skipped, and fail once they hold, so the list stays true.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { analyze } from "../../src/analysis/index.js";

type Item = { title: string; body: string; want: string[][]; kind: string; note: string; gap?: string };
const batteries: [string, { items: Item[] }][] = ["blind-battery.json", "blind-battery-2.json", "blind-battery-3.json", "blind-battery-4.json", "blind-battery-5.json", "blind-battery-6.json", "blind-battery-7.json", "blind-battery-8.json", "blind-battery-9.json", "blind-battery-10.json", "blind-battery-11.json", "blind-battery-12.json", "blind-battery-13.json", "blind-battery-14.json", "blind-battery-15.json", "blind-battery-16.json", "blind-battery-17.json", "blind-battery-18.json", "blind-battery-19.json", "blind-battery-20.json", "blind-battery-21.json", "blind-battery-22.json", "blind-battery-23.json", "blind-battery-24.json", "blind-battery-25.json", "blind-battery-26.json", "blind-battery-27.json", "blind-battery-28.json", "blind-battery-29.json", "blind-battery-30.json", "blind-battery-31.json", "blind-battery-32.json", "blind-battery-33.json", "blind-battery-34.json", "blind-battery-35.json", "blind-battery-36.json", "blind-battery-37.json", "blind-battery-38.json", "blind-battery-39.json", "blind-battery-40.json", "blind-battery-41.json"].map((f) => [f, JSON.parse(readFileSync(new URL(`../fixtures/conflicts/${f}`, import.meta.url), "utf8"))]);

const byPair = (x: string[], y: string[]) => x.join("|").localeCompare(y.join("|"));

/** The reported conflicts and the wanted pairs, as sorted pairs of figure texts. */
function pairsOf(item: Item): { reported: string[][]; wanted: string[][] } {
  const a = analyze({ text: `${item.title}\n\n${item.body}`, title: item.title });
  const texts = a.figures.map((f) => f.text.toLowerCase());
  const text = new Map(a.figures.map((f) => [f.id, f.text.toLowerCase()]));
  const pairs = a.conflicts.map((c) => c.figureIds.map((id) => text.get(id)!).sort());
  // a headline that repeats a body figure gives one pair twice over: one pair of texts, once
  const reported = [...new Map(pairs.map((p) => [p.join("|"), p])).values()].sort(byPair);
  // a wanted text is the figure written so, else the figure read around it ("4 dollars" is read as "4", money)
  const asRead = (w: string) => {
    const l = w.toLowerCase();
    // ("900 positions" is the figure "about 900": its number, without the qualifier, stands in the wanted text)
    // (the longest figure a wanted text holds: "up to 45 metres per day" is "up to 45", not the headline's "45")
    const core = (t: string) => t.replace(/^[^\d$€£¥₹]*/, "");
    const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return texts.includes(l) ? l : ([...texts].filter((t) => new RegExp(`(?:^|\\s)${esc(t)}(?:\\s|$)`).test(l)).sort((x, y) => y.length - x.length)[0] ?? texts.find((t) => l.includes(t) || t.includes(l))) ?? texts.find((t) => core(t).length > 0 && new RegExp(`(?:^|\\s)${esc(core(t))}(?:\\s|$)`).test(l)) ?? l;
  };
  // (two wanted pairs read as one pair of texts, "8,000 ha" and "8,000 hectares" against one rival, are that pair once, as reported)
  const wanted = [...new Map(item.want.map((p) => p.map(asRead).sort()).map((p) => [p.join("|"), p])).values()].sort(byPair);
  return { reported, wanted };
}

for (const [file, battery] of batteries) describe(`blind battery (${file}): conflicts in made-up news written without the rules`, () => {
  battery.items.forEach((item, i) => {
    const name = `#${i + 1} ${item.kind}: ${item.title} (${item.want.length ? `${item.want.length} conflict${item.want.length > 1 ? "s" : ""}` : `trap: ${item.note}`})`;
    if (item.gap) {
      it(`${name} [known gap: ${item.gap}]`, function () {
        const { reported, wanted } = pairsOf(item);
        assert.notDeepEqual(reported, wanted, `#${i + 1} now holds: remove its gap from test/fixtures/conflicts/${file}`);
        this.skip();
      });
      return;
    }
    it(name, () => {
      const { reported, wanted } = pairsOf(item);
      assert.deepEqual(reported, wanted, `${item.title}\n${item.body}`);
    });
  });
});
