/**
 * The geometry of a dispute's number line: one axis scaled to every voice's figure, and for
 * each figure a mark (a dot for an exact number, a bar for an interval, an arrow to the edge
 * for an open end, hollow ends for excluded bounds), one row per figure so labels never overlap.
 * Pure: no DOM, no browser; Disputes.tsx draws it, test/popup/number-line.test.ts checks it.
 */

/** Width of the drawing, in SVG user units (the SVG scales to the card's width). */
export const LINE_WIDTH = 320;
/** Room kept left and right of the plotted values, so end caps and dots are never clipped. */
export const LINE_PAD = 14;
/** Height of one voice's row: its label above, its mark below. */
export const ROW_HEIGHT = 30;
/** Height under the rows: the axis and its tick labels. */
export const AXIS_HEIGHT = 26;
/** 0 is put on the axis when the smallest figure is at most this share of the largest: tolls of 27 and 70 start at 0, 117 and 130 do not (they would be squeezed into a corner). */
export const ZERO_RATIO = 0.5;
/** Share of the span added on a side where a figure is open (an arrow must reach past the last number). */
export const OPEN_MARGIN = 0.18;
/** At most this many ticks on the axis. */
export const MAX_TICKS = 5;
/** Average width of a label character at the labels' 11px size, to keep labels inside the drawing. */
export const CHAR_WIDTH = 6.1;

/** A figure as an interval (see Figure in src/analysis/types.ts). */
export type Interval = {
  /** The number as stated; null for a range or a vague amount. */
  value: number | null;
  /** Lower bound; null = open. */
  low: number | null;
  /** Upper bound; null = open. */
  high: number | null;
  /** The lower bound itself is excluded. */
  lowExclusive?: boolean;
  /** The upper bound itself is excluded. */
  highExclusive?: boolean;
};

/** The axis: its domain and its ticks. */
export type Axis = {
  /** The value at the left edge of the plot area. */
  min: number;
  /** The value at the right edge of the plot area. */
  max: number;
  /** Round values to label, in order, all within [min, max]. */
  ticks: number[];
};

/** How one figure is drawn, in SVG x units. */
export type MarkShape = {
  /** dot: one number; bar: an interval (maybe open on a side). */
  shape: "dot" | "bar";
  /** Left end of the mark (the plot's left edge when open below). */
  x1: number;
  /** Right end of the mark (the plot's right edge when open above). */
  x2: number;
  /** Where the stated number stands, when it is inside the bar (about 200 in 170-230); else null. */
  xValue: number | null;
  /** No lower bound: an arrow to the left edge. */
  openLow: boolean;
  /** No upper bound: an arrow to the right edge. */
  openHigh: boolean;
  /** The lower bound is excluded: a hollow end. */
  hollowLow: boolean;
  /** The upper bound is excluded: a hollow end. */
  hollowHigh: boolean;
};

/** The numbers an interval names (its finite bounds and its value). */
function numbersOf(f: Interval): number[] {
  return [f.low, f.high, f.value].filter((n): n is number => typeof n === "number" && Number.isFinite(n));
}

/** A round step giving at most MAX_TICKS ticks over `span`: 1, 2, 2.5 or 5 times a power of ten. */
export function tickStep(span: number): number {
  if (!(span > 0)) return 1;
  const raw = span / (MAX_TICKS - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

/**
 * The axis for a dispute's figures: from the smallest to the largest number they name (0
 * included when the smallest is at most ZERO_RATIO of the largest), widened to round ticks, and
 * widened again by OPEN_MARGIN on a side where a figure is open; null when no figure names a number.
 */
export function axisFor(figures: Interval[]): Axis | null {
  const all = figures.flatMap(numbersOf);
  if (!all.length) return null;
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (lo >= 0 && hi > 0 && lo <= hi * ZERO_RATIO) lo = 0;
  if (hi === lo) {
    // one number for everyone (at least 5 vs 5 or fewer): a window around it, not below 0 for counts
    const half = Math.max(1, Math.abs(hi) * 0.2);
    lo = lo >= 0 ? Math.max(0, lo - half) : lo - half;
    hi += half;
  }
  const step = tickStep(hi - lo);
  const min = Math.floor(lo / step + 1e-9) * step;
  const max = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = min; t <= max + step * 1e-6; t += step) ticks.push(Number(t.toPrecision(12)));
  const span = max - min;
  // below 0 means nothing for a count: "at most 5" then runs to the left edge without a margin
  const openLow = figures.some((f) => f.low === null && numbersOf(f).length > 0) && !(min === 0 && lo >= 0);
  const openHigh = figures.some((f) => f.high === null && numbersOf(f).length > 0);
  return {
    min: openLow ? min - span * OPEN_MARGIN : min,
    max: openHigh ? max + span * OPEN_MARGIN : max,
    ticks,
  };
}

/** The x of a value on an axis, within the plot area [LINE_PAD, LINE_WIDTH - LINE_PAD]. */
export function xOf(axis: Axis, v: number): number {
  const f = axis.max === axis.min ? 0.5 : (v - axis.min) / (axis.max - axis.min);
  return LINE_PAD + Math.min(1, Math.max(0, f)) * (LINE_WIDTH - 2 * LINE_PAD);
}

/** How one figure is drawn on an axis; null when it names no number ("dozens"): it is listed, not drawn. */
export function markFor(axis: Axis, f: Interval): MarkShape | null {
  if (!numbersOf(f).length) return null;
  const low = f.low ?? (f.high === null ? f.value : null);
  const high = f.high ?? (f.low === null ? f.value : null);
  const openLow = f.low === null && f.high !== null;
  const openHigh = f.high === null && f.low !== null;
  const x1 = openLow ? 2 : xOf(axis, low ?? f.value!);
  const x2 = openHigh ? LINE_WIDTH - 2 : xOf(axis, high ?? f.value!);
  const dot = !openLow && !openHigh && low !== null && low === high;
  const inside = f.value !== null && (low === null || f.value > low) && (high === null || f.value < high);
  return {
    shape: dot ? "dot" : "bar",
    x1,
    x2,
    xValue: !dot && inside ? xOf(axis, f.value!) : null,
    openLow,
    openHigh,
    hollowLow: !dot && !openLow && f.lowExclusive === true,
    hollowHigh: !dot && !openHigh && f.highExclusive === true,
  };
}

/**
 * Where a row's label goes, above its mark: starting at the mark's left end when it fits there,
 * else ending at its right end, else slid left just enough to fit in the drawing (it is still the
 * only label of its row), else cut with an ellipsis (the full text is in the list under the
 * drawing and in its aria-label).
 */
export function labelPlace(mark: MarkShape, label: string): { x: number; anchor: "start" | "end"; text: string } {
  const startX = Math.max(2, mark.x1 - (mark.shape === "dot" ? 4 : 0));
  const endX = Math.min(LINE_WIDTH - 2, mark.x2 + (mark.shape === "dot" ? 4 : 0));
  const width = label.length * CHAR_WIDTH;
  if (width <= LINE_WIDTH - 2 - startX) return { x: startX, anchor: "start", text: label };
  if (width <= endX - 2) return { x: endX, anchor: "end", text: label };
  if (width <= LINE_WIDTH - 4) return { x: LINE_WIDTH - 2 - width, anchor: "start", text: label };
  const fit = Math.floor((LINE_WIDTH - 4) / CHAR_WIDTH);
  return { x: 2, anchor: "start", text: `${label.slice(0, fit - 1).trimEnd()}…` };
}

/** Height of a number line of `rows` rows. */
export function lineHeight(rows: number): number {
  return rows * ROW_HEIGHT + AXIS_HEIGHT;
}
