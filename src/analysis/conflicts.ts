/**
 * Conflicts: figures of one measure and scope, from different sources (or headline against
 * body), that cannot both hold (contradiction) or can but give different numbers (discrepancy).
 */
import { disjoint, type RawFigure } from "./figures.js";
import type { Measured } from "./measure.js";
import type { Conflict } from "./types.js";

/** A figure with everything the comparison needs. */
export type Comparable = {
  id: string;
  raw: RawFigure;
  m: Measured;
  text: string;
  /** Source id, or null for the article itself. */
  sourceId: string | null;
  /** Source name for the summary ("the headline", "the article" when none). */
  who: string;
  /** In the headline. */
  headline: boolean;
};

function sameScope(a: Measured, b: Measured): boolean {
  if (a.places.length !== b.places.length) return false;
  const sa = new Set(a.places.map((p) => p.toLowerCase()));
  if (!b.places.every((p) => sa.has(p.toLowerCase()))) return false;
  // different days are different events
  if (a.times.length && b.times.length && !a.times.some((t) => b.times.includes(t))) return false;
  // years must agree exactly: a figure of another year (or "last year") is another count
  if (a.years.length !== b.years.length || !a.years.every((y) => b.years.includes(y))) return false;
  return true;
}

function point(f: RawFigure): string {
  return `${f.value}|${f.high ?? ""}`;
}

/** Find the conflicts among figures. */
export function findConflicts(figs: Comparable[]): Conflict[] {
  const out: Conflict[] = [];
  const usable = figs.filter((f) => f.m.key && !f.m.part);
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i]!;
      const b = usable[j]!;
      if (a.m.key !== b.m.key || a.raw.unit !== b.raw.unit) continue;
      const differentVoices = a.sourceId !== b.sourceId || (a.sourceId === null && a.headline !== b.headline);
      if (!differentVoices || !sameScope(a.m, b.m)) continue;
      let kind: Conflict["kind"] | null = null;
      if (disjoint(a.raw, b.raw)) kind = "contradiction";
      else if (!a.raw.vague && !b.raw.vague && point(a.raw) !== point(b.raw)) kind = "discrepancy";
      if (!kind) continue;
      const scope = a.m.places.join(", ") || null;
      const measure = a.m.measure ?? "";
      out.push({
        id: `x${out.length + 1}`,
        kind,
        figureIds: [a.id, b.id],
        measure,
        scope,
        summary: `${cap(a.who)} says ${a.text} ${measure}${scope ? ` in ${scope}` : ""}; ${b.who} says ${b.text}${kind === "contradiction" ? " (cannot both be true)" : " (different counts)"}`,
      });
    }
  }
  return out;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
