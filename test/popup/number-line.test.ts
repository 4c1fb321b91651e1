/** The number line's geometry: the axis scaled to the figures, and each figure's mark, table-tested. */
import "./fake-browser.js";
import { strict as assert } from "node:assert";
import { formatNumber, intervalWords } from "../../src/popup/i18n.js";
import {
  axisFor,
  labelPlace,
  LINE_PAD,
  LINE_WIDTH,
  markFor,
  tickStep,
  xOf,
  type Interval,
} from "../../src/popup/number-line.js";

const exact = (n: number): Interval => ({ value: n, low: n, high: n });
const atLeast = (n: number): Interval => ({ value: n, low: n, high: null });
const moreThan = (n: number): Interval => ({ value: n, low: n, high: null, lowExclusive: true });
const nearly = (n: number, low: number): Interval => ({ value: n, low, high: n, highExclusive: true });
const atMost = (n: number): Interval => ({ value: n, low: null, high: n });
const range = (low: number, high: number): Interval => ({ value: null, low, high });
const vague: Interval = { value: null, low: null, high: null };

describe("number line", () => {
  const steps: [number, number][] = [[13, 5], [100, 25], [4, 1], [1000, 250], [0.4, 0.1], [250_000, 100_000]];
  for (const [span, step] of steps) it(`ticks a span of ${span} every ${step}`, () => assert.equal(tickStep(span), step));

  // [figures, axis min <= , axis max >=, includes 0, first tick, last tick]
  const axes: [string, Interval[], { zero: boolean; ticks: [number, number]; openLow: boolean; openHigh: boolean }][] = [
    ["62 vs at least 83: no 0 (62 is over half of 83)", [atLeast(83), exact(62)], { zero: false, ticks: [60, 90], openLow: false, openHigh: true }],
    ["nearly 130 vs more than 130: close in", [moreThan(130), nearly(130, 117)], { zero: false, ticks: [115, 130], openLow: false, openHigh: true }],
    ["27 to more than 70: from 0", [exact(27), atLeast(40), moreThan(70), nearly(50, 45)], { zero: true, ticks: [0, 80], openLow: false, openHigh: true }],
    ["at most 5 vs 12: from 0, no room below 0", [atMost(5), exact(12)], { zero: true, ticks: [0, 15], openLow: false, openHigh: false }],
    ["at most -1 vs 3: room below for the arrow", [atMost(-1), exact(3)], { zero: false, ticks: [-1, 3], openLow: true, openHigh: false }],
    ["negative growth vs positive", [exact(-2), exact(3)], { zero: false, ticks: [-2, 4], openLow: false, openHigh: false }],
  ];
  for (const [name, figures, want] of axes) {
    it(`scales the axis: ${name}`, () => {
      const axis = axisFor(figures)!;
      assert.ok(axis);
      assert.equal(axis.ticks[0] === 0, want.zero, `ticks ${axis.ticks}`);
      assert.deepEqual([axis.ticks[0], axis.ticks.at(-1)], want.ticks);
      assert.ok(axis.ticks.length >= 2 && axis.ticks.length <= 6, `ticks ${axis.ticks}`);
      for (const t of axis.ticks) assert.ok(t >= axis.min && t <= axis.max);
      // an open side leaves room past the last tick for the arrow; a closed side does not
      assert.equal(axis.max > axis.ticks.at(-1)!, want.openHigh);
      assert.equal(axis.min < axis.ticks[0], want.openLow);
      // every stated number is inside the plot
      for (const f of figures) for (const n of [f.low, f.high, f.value]) if (n !== null) assert.ok(n >= axis.min && n <= axis.max, `${n}`);
    });
  }

  it("has no axis when no figure names a number, and a window around one shared number", () => {
    assert.equal(axisFor([vague, vague]), null);
    const one = axisFor([exact(5), atLeast(5)])!;
    assert.ok(one.min < 5 && one.max > 5 && one.min >= 0);
  });

  const marks: [string, Interval, { shape: "dot" | "bar"; openLow: boolean; openHigh: boolean; hollowLow: boolean; hollowHigh: boolean; value: boolean }][] = [
    ["an exact number is a dot", exact(62), { shape: "dot", openLow: false, openHigh: false, hollowLow: false, hollowHigh: false, value: false }],
    ["at least: a filled end and an arrow right", atLeast(83), { shape: "bar", openLow: false, openHigh: true, hollowLow: false, hollowHigh: false, value: false }],
    ["more than: a hollow end and an arrow right", moreThan(130), { shape: "bar", openLow: false, openHigh: true, hollowLow: true, hollowHigh: false, value: false }],
    ["nearly: a bar with a hollow upper end", nearly(130, 117), { shape: "bar", openLow: false, openHigh: false, hollowLow: false, hollowHigh: true, value: false }],
    ["at most: an arrow left and a filled end", atMost(70), { shape: "bar", openLow: true, openHigh: false, hollowLow: false, hollowHigh: false, value: false }],
    ["about 200: a bar with its stated number marked", { value: 200, low: 170, high: 230 }, { shape: "bar", openLow: false, openHigh: false, hollowLow: false, hollowHigh: false, value: true }],
    ["a range: a bar", range(10, 20), { shape: "bar", openLow: false, openHigh: false, hollowLow: false, hollowHigh: false, value: false }],
  ];
  const axis = { min: 0, max: 300, ticks: [0, 100, 200, 300] };
  for (const [name, f, want] of marks) {
    it(`draws ${name}`, () => {
      const m = markFor(axis, f)!;
      assert.deepEqual(
        { shape: m.shape, openLow: m.openLow, openHigh: m.openHigh, hollowLow: m.hollowLow, hollowHigh: m.hollowHigh, value: m.xValue !== null },
        want,
      );
      assert.ok(m.x1 <= m.x2);
      if (m.openHigh) assert.equal(m.x2, LINE_WIDTH - 2, "runs to the right edge");
      if (m.openLow) assert.equal(m.x1, 2, "runs to the left edge");
      if (f.low !== null && !m.openLow) assert.equal(m.x1, xOf(axis, f.low));
    });
  }

  it("draws nothing for a figure without a number", () => assert.equal(markFor(axis, vague), null));

  it("maps the axis into the padded plot, clamping outside values", () => {
    assert.equal(xOf(axis, 0), LINE_PAD);
    assert.equal(xOf(axis, 300), LINE_WIDTH - LINE_PAD);
    assert.equal(xOf(axis, 150), LINE_WIDTH / 2);
    assert.equal(xOf(axis, -50), LINE_PAD);
  });

  const labels: [string, Interval, "start" | "end", boolean][] = [
    ["a short label at the left starts at its mark", exact(20), "start", false],
    ["a label near the right edge ends at its mark", exact(290), "end", false],
    ["an open-ended mark near the right keeps its label inside", moreThan(280), "end", false],
    ["a very long label is cut with an ellipsis", exact(150), "start", true],
    ["a label too long for either side of a mark mid-way slides left to fit, uncut", exact(150), "start", false],
  ];
  for (const [name, f, anchor, cut] of labels) {
    it(`places labels: ${name}`, () => {
      const label = cut
        ? `${"Syrian Observatory for Human Rights and friends ".repeat(3)}· 150`
        : name.includes("slides") ? "Syrian Observatory for Human Rights · 150" : "SANA · 20";
      const p = labelPlace(markFor(axis, f)!, label);
      assert.equal(p.anchor, anchor);
      assert.equal(p.text.endsWith("…"), cut);
      const width = p.text.length * 6.1;
      const [left, right] = p.anchor === "start" ? [p.x, p.x + width] : [p.x - width, p.x];
      assert.ok(left >= 0 && right <= LINE_WIDTH + 1, `label within the drawing: ${left}..${right}`);
    });
  }

  const words: [Interval, string | null, string][] = [
    [exact(62), null, "exactly 62"],
    [atLeast(83), null, "83 or more"],
    [moreThan(130), null, "more than 130"],
    [nearly(130, 117), null, "117 to under 130"],
    [atMost(5), null, "5 or fewer"],
    [{ value: null, low: null, high: 5, highExclusive: true }, null, "less than 5"],
    [range(1000, 2000), null, "1,000 to 2,000"],
    [{ value: null, low: 10, high: 20, lowExclusive: true }, null, "over 10, up to 20"],
    [{ value: null, low: 10, high: 20, lowExclusive: true, highExclusive: true }, null, "between 10 and 20"],
    [vague, null, "no number given"],
    [exact(12.5), "percent", "exactly 12.5%"],
    [atLeast(1200), "USD", "$1,200 or more"],
  ];
  for (const [f, unit, want] of words) it(`says ${want}`, () => assert.equal(intervalWords(f, unit), want));

  const numbers: [number, string | null, boolean, string][] = [
    [250_000, null, true, "250K"],
    [250_000, null, false, "250,000"],
    [40, "percent", true, "40%"],
    [1_500_000, "GBP", true, "£1.5M"],
    [7, "people", false, "7"],
    [7, "XYZW", false, "7"],
  ];
  for (const [n, unit, compact, want] of numbers) {
    it(`writes ${n} ${unit ?? ""}${compact ? " compact" : ""} as ${want}`, () => assert.equal(formatNumber(n, unit, compact), want));
  }
});
