/**
 * The popup's view model: pure functions from an Analysis to what the popup lists.
 * No DOM, no browser: table-tested in test/popup/model.test.ts.
 */
import type { Analysis, Claim, Dispute, Figure, Source, SourceKind } from "../analysis/types.js";

/** The order source groups are listed in. */
export const SOURCE_KIND_ORDER: readonly SourceKind[] = [
  "person", "media", "government", "organization", "armed-group", "anonymous", "unknown",
];

/** The chart shows this many sources; the rest are summed as "others". */
export const CHART_MAX_ROWS = 6;

/** The header's counts. */
export type Counts = {
  /** Sources, each once. */
  sources: number;
  /** Attributed claims. */
  claims: number;
  /** Disputed quantities (one for five tolls of one event, not ten pairs). */
  disputes: number;
};

/** One source as the popup lists it. */
export type SourceView = {
  /** The source's id. */
  id: string;
  /** Canonical name (page-derived: render as text only). */
  name: string;
  /** What kind it is. */
  kind: SourceKind;
  /** What the article says of it, or null. */
  description: string | null;
  /** Its claims in reading order. */
  claims: Claim[];
  /** How many of its claims are direct quotes. */
  directCount: number;
  /** The figures it gave, in reading order. */
  figures: Figure[];
  /** The disputes one of its figures is part of, in the order the popup lists disputes. */
  disputes: Dispute[];
};

/** Sources of one kind. */
export type SourceGroup = { kind: SourceKind; sources: SourceView[] };

/** One voice's figure in a dispute. */
export type DisputeVoice = {
  /** The figure's id (reveal target). */
  figureId: string;
  /** The figure as written (page-derived: render as text only). */
  text: string;
  /** Who gives it; null = the article itself. */
  sourceName: string | null;
  /** The source id, or null. */
  sourceId: string | null;
  /** The figure stands in the headline (who gives it is then "the headline"). */
  headline: boolean;
  /** The number as stated, or null (a range, a vague amount). */
  value: number | null;
  /** Lower bound; null = open. */
  low: number | null;
  /** Upper bound; null = open. */
  high: number | null;
  /** The lower bound is excluded ("more than 130"). */
  lowExclusive: boolean;
  /** The upper bound is excluded ("nearly 130"). */
  highExclusive: boolean;
};

/** One disputed quantity with every voice's figure, as a card shows it. */
export type DisputeView = {
  /** The dispute's id (reveal target: every figure of it). */
  id: string;
  /** contradiction when any pair cannot both hold, else discrepancy. */
  kind: Dispute["kind"];
  /** What is counted. */
  measure: string;
  /** Where/which event, or null. */
  scope: string | null;
  /** The figures' unit (percent, a currency code, a counted noun), or null. */
  unit: string | null;
  /** One line a reader understands. */
  summary: string;
  /** The pairs of conflicts it gathers. */
  conflictIds: string[];
  /** Every figure of it, in reading order: one row of the number line each. */
  voices: DisputeVoice[];
};

/** One row of the attribution chart. */
export type ShareRow = {
  /** Source id, or null for the "others" row. */
  sourceId: string | null;
  /** Source name, or null for "others". */
  name: string | null;
  /** Characters of the article attributed to it (sum of its claims' lengths). */
  chars: number;
  /** chars / all attributed chars, 0..1. */
  share: number;
};

/** The attribution chart's data. */
export type Shares = {
  /** Largest first, at most CHART_MAX_ROWS sources, then "others" when there are more. */
  rows: ShareRow[];
  /** Characters attributed to someone, in all. */
  attributedChars: number;
  /** attributedChars / the article's length, 0..1. */
  attributedShare: number;
  /** Figures the article gives without citing anyone. */
  unsourcedFigures: number;
  /** All figures. */
  totalFigures: number;
  /** unsourcedFigures / totalFigures (0 when there are none). */
  unsourcedShare: number;
};

/** The header's counts (sources counted once each, by id). */
export function counts(a: Analysis): Counts {
  return { sources: uniqueSources(a).length, claims: a.claims.length, disputes: disputesOf(a).length };
}

/** The analysis's disputes; an analysis from before disputes existed gets one per conflict. */
export function disputesOf(a: Analysis): Dispute[] {
  if (Array.isArray(a.disputes)) return a.disputes;
  return a.conflicts.map((x, i) => ({ ...x, id: `d${i + 1}`, unit: null, conflictIds: [x.id] }));
}

/** Sources with duplicate ids dropped (first kept). */
export function uniqueSources(a: Analysis): Source[] {
  const seen = new Set<string>();
  return a.sources.filter((s) => (seen.has(s.id) ? false : (seen.add(s.id), true)));
}

/** Every source as a SourceView, grouped by kind in SOURCE_KIND_ORDER; empty groups left out. */
export function groupSourcesByKind(a: Analysis): SourceGroup[] {
  const figureById = new Map(a.figures.map((f) => [f.id, f]));
  const groups = new Map<SourceKind, SourceView[]>();
  for (const s of uniqueSources(a)) {
    const claims = a.claims.filter((c) => c.sourceId === s.id).sort(byStart);
    const figures = unique([
      ...s.figureIds.map((id) => figureById.get(id)),
      ...a.figures.filter((f) => f.sourceId === s.id),
    ]).sort(byStart);
    const figureIds = new Set(figures.map((f) => f.id));
    const order = new Map(disputeViews(a).map((d, i) => [d.id, i]));
    const view: SourceView = {
      id: s.id,
      name: s.name,
      kind: s.kind,
      description: s.description,
      claims,
      directCount: claims.filter((c) => c.direct).length,
      figures,
      disputes: disputesOf(a)
        .filter((d) => d.figureIds.some((id) => figureIds.has(id)))
        .sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0)),
    };
    const kind = SOURCE_KIND_ORDER.includes(s.kind) ? s.kind : "unknown";
    groups.set(kind, [...(groups.get(kind) ?? []), view]);
  }
  return SOURCE_KIND_ORDER.filter((k) => groups.has(k)).map((kind) => ({
    kind,
    sources: (groups.get(kind) ?? []).sort((x, y) => y.claims.length - x.claims.length || x.name.localeCompare(y.name)),
  }));
}

/** Disputes with every voice's figure; contradictions first, then reading order. */
export function disputeViews(a: Analysis): DisputeView[] {
  const figureById = new Map(a.figures.map((f) => [f.id, f]));
  const nameById = new Map(a.sources.map((s) => [s.id, s.name]));
  const views = disputesOf(a).map((d) => {
    const figures = unique(d.figureIds.map((id) => figureById.get(id))).sort(byStart);
    return {
      id: d.id,
      kind: d.kind,
      measure: d.measure,
      scope: d.scope,
      unit: d.unit ?? null,
      summary: d.summary,
      conflictIds: d.conflictIds ?? [],
      voices: figures.map((f) => ({
        figureId: f.id,
        text: f.text,
        sourceId: f.sourceId,
        // the voice its own clause names ("Mirel pegged him at"), else its source's name
        sourceName: f.holder ?? (f.sourceId === null ? null : (nameById.get(f.sourceId) ?? null)),
        headline: f.inHeadline === true,
        value: f.value ?? null,
        low: f.low,
        high: f.high,
        lowExclusive: f.lowExclusive === true,
        highExclusive: f.highExclusive === true,
      })),
      first: figures[0]?.start ?? Number.MAX_SAFE_INTEGER,
    };
  });
  views.sort((p, q) => rank(p.kind) - rank(q.kind) || p.first - q.first);
  return views.map(({ first: _first, ...v }) => v);
}

/** Who gets how much of the article's attribution, and the share of figures no one is cited for. */
export function attributionShares(a: Analysis): Shares {
  const chars = new Map<string, number>();
  for (const c of a.claims) chars.set(c.sourceId, (chars.get(c.sourceId) ?? 0) + Math.max(0, c.end - c.start));
  const total = [...chars.values()].reduce((x, y) => x + y, 0);
  const names = new Map(uniqueSources(a).map((s) => [s.id, s.name]));
  const all = [...chars.entries()]
    .filter(([, n]) => n > 0)
    .map(([id, n]) => ({ sourceId: id, name: names.get(id) ?? id, chars: n, share: total ? n / total : 0 }))
    .sort((x, y) => y.chars - x.chars || x.name.localeCompare(y.name));
  const rows: ShareRow[] = all.slice(0, CHART_MAX_ROWS);
  const rest = all.slice(CHART_MAX_ROWS);
  if (rest.length) {
    const n = rest.reduce((x, r) => x + r.chars, 0);
    rows.push({ sourceId: null, name: null, chars: n, share: total ? n / total : 0 });
  }
  const unsourced = a.figures.filter((f) => f.sourceId === null).length;
  const length = a.article.text.length;
  return {
    rows,
    attributedChars: total,
    attributedShare: length ? Math.min(1, total / length) : 0,
    unsourcedFigures: unsourced,
    totalFigures: a.figures.length,
    unsourcedShare: a.figures.length ? unsourced / a.figures.length : 0,
  };
}

/** A share as a whole percentage ("42%"); a non-zero share never shows as 0%. */
export function percent(share: number): string {
  const p = Math.round(share * 100);
  return `${share > 0 && p === 0 ? "<1" : p}%`;
}

function rank(kind: Dispute["kind"]): number {
  return kind === "contradiction" ? 0 : 1;
}

function byStart(x: { start: number }, y: { start: number }): number {
  return x.start - y.start;
}

function unique<T extends { id: string }>(items: (T | undefined)[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) if (item && !seen.has(item.id)) (seen.add(item.id), out.push(item));
  return out;
}
