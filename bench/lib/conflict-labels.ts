/**
 * The hand-judged set of figure pairs that disagree (test/fixtures/conflicts/labels.json), and how
 * the engine's conflicts are scored against it. Pure except for the loaders at the bottom.
 *
 * A label names two figures of one document by their text as written and `nth`, the 0-based
 * occurrence of that exact string in the document's text (every start position counts). A figure
 * of the engine matches a labelled figure when their spans overlap; a reported pair matches a
 * labelled pair when each side matches a different side of it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The corpora a label may point at. */
export const CORPORA = ["news-texts", "polnear-train", "polnear-dev", "extraction"] as const;
export type Corpus = (typeof CORPORA)[number];

/** Why a near-miss is not a conflict. */
export const TRAP_KINDS = [
  "part", "subgroup", "period", "place", "rounding", "rate-vs-level", "change-vs-level", "forecast-vs-result",
  "same-voice", "different-thing", "agree-bounds", "other-measurement",
] as const;

/** One figure of a label: its text as written and which occurrence of it. */
export type LabelFigure = { text: string; nth: number };

/** One judged pair. */
export type Label = {
  corpus: Corpus;
  doc: string;
  a: LabelFigure;
  b: LabelFigure;
  /** real: a disagreement a fact-checker would flag; trap: a near-miss that must not be flagged. */
  label: "real" | "trap";
  /** The kind of quantity: deaths, poll-share, money, ... */
  quantity: string;
  /** For traps, why they are not conflicts; null for real pairs. */
  trap: string | null;
  why: string;
};

export type LabelFile = { about: string; items: Label[] };

/** [start, end) in the document's text. */
export type Range = [number, number];

/** A label with its two figures found in the document. */
export type Resolved = Label & { spanA: Range; spanB: Range };

/** One pair the engine reports (a conflict), by the two figures' spans. */
export type ReportedPair = { doc: string; a: Range; b: Range; id?: string };

/** One group of figures the engine reports as one disputed quantity. */
export type ReportedGroup = { doc: string; spans: Range[]; id?: string };

/** The key of a document across corpora. */
export const docKey = (corpus: string, doc: string) => `${corpus}/${doc}`;

/** The span of the nth (0-based) occurrence of `needle` in `text`, or null. */
export function locate(text: string, fig: LabelFigure): Range | null {
  if (!fig.text || fig.nth < 0 || !Number.isInteger(fig.nth)) return null;
  let at = -1;
  for (let k = 0; k <= fig.nth; k++) {
    at = text.indexOf(fig.text, at + 1);
    if (at < 0) return null;
  }
  return [at, at + fig.text.length];
}

/** Which occurrence of `needle` starts at `start` (the inverse of locate), or -1. */
export function nthOf(text: string, needle: string, start: number): number {
  let at = -1;
  for (let k = 0; ; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0 || at > start) return -1;
    if (at === start) return k;
  }
}

/** Two spans share at least one character. */
export const overlaps = (x: Range, y: Range) => x[0] < y[1] && y[0] < x[1];

/** A reported pair (x, y) is the labelled pair (a, b), in either order. */
export function pairMatches(a: Range, b: Range, x: Range, y: Range): boolean {
  return (overlaps(a, x) && overlaps(b, y)) || (overlaps(a, y) && overlaps(b, x));
}

/** A group holds both labelled figures through two different figures of its own. */
export function groupHolds(a: Range, b: Range, spans: Range[]): boolean {
  for (let i = 0; i < spans.length; i++)
    for (let j = 0; j < spans.length; j++) if (i !== j && overlaps(a, spans[i]!) && overlaps(b, spans[j]!)) return true;
  return false;
}

/** Problems with one label's shape (not its spans): an empty list when it is well formed. */
export function labelProblems(l: Label): string[] {
  const out: string[] = [];
  if (!CORPORA.includes(l.corpus)) out.push(`unknown corpus ${l.corpus}`);
  if (!l.doc) out.push("no doc");
  if (l.label !== "real" && l.label !== "trap") out.push(`label must be real or trap, not ${l.label}`);
  if (!l.quantity) out.push("no quantity");
  if (l.label === "trap" && !(TRAP_KINDS as readonly string[]).includes(l.trap ?? "")) out.push(`unknown trap kind ${l.trap}`);
  if (l.label === "real" && l.trap !== null) out.push("a real pair has trap null");
  if (!l.why) out.push("no why");
  for (const f of [l.a, l.b]) if (!f || typeof f.text !== "string" || !Number.isInteger(f.nth)) out.push("a figure needs text and an integer nth");
  return out;
}

/** Resolve labels against their documents' texts; those that do not resolve come back with why. */
export function resolveLabels(items: Label[], textOf: (l: Label) => string | null): { resolved: Resolved[]; unresolved: Array<{ label: Label; why: string }> } {
  const resolved: Resolved[] = [];
  const unresolved: Array<{ label: Label; why: string }> = [];
  for (const l of items) {
    const problems = labelProblems(l);
    if (problems.length) {
      unresolved.push({ label: l, why: problems.join("; ") });
      continue;
    }
    const text = textOf(l);
    if (text === null) {
      unresolved.push({ label: l, why: "document not found" });
      continue;
    }
    const spanA = locate(text, l.a);
    const spanB = locate(text, l.b);
    if (!spanA || !spanB) {
      unresolved.push({ label: l, why: `${!spanA ? `"${l.a.text}"#${l.a.nth}` : `"${l.b.text}"#${l.b.nth}`} not in the text` });
      continue;
    }
    if (overlaps(spanA, spanB)) {
      unresolved.push({ label: l, why: "the two figures overlap" });
      continue;
    }
    resolved.push({ ...l, spanA, spanB });
  }
  return { resolved, unresolved };
}

export type Score = {
  real: number;
  traps: number;
  /** Real pairs found (in one conflict or one dispute). */
  found: Resolved[];
  missed: Resolved[];
  recall: number;
  /** Reported pairs that match some label. */
  matched: number;
  /** Of those, matching a real label. */
  matchedReal: number;
  /** matchedReal / matched (NaN when nothing matched). */
  precision: number;
  /** Trap labels matched by a reported pair. */
  trapsFlagged: Array<{ label: Resolved; pair: ReportedPair }>;
  /** Recall by quantity kind. */
  byQuantity: Map<string, { real: number; found: number }>;
};

/**
 * Score reported pairs (and groups) against resolved labels, all keyed by docKey.
 * Recall: real labels whose two figures are both in one reported pair or one group.
 * Precision: of reported pairs that match any label, the share matching a real one.
 */
export function score(labels: Resolved[], pairs: ReportedPair[], groups: ReportedGroup[] = []): Score {
  const byDoc = <T extends { doc: string }>(xs: T[]) => {
    const m = new Map<string, T[]>();
    for (const x of xs) (m.get(x.doc) ?? m.set(x.doc, []).get(x.doc)!).push(x);
    return m;
  };
  const labelsOf = byDoc(labels.map((l) => ({ ...l, doc: docKey(l.corpus, l.doc), l })));
  const pairsOf = byDoc(pairs);
  const groupsOf = byDoc(groups);
  const found: Resolved[] = [];
  const missed: Resolved[] = [];
  const byQuantity = new Map<string, { real: number; found: number }>();
  for (const l of labels) {
    if (l.label !== "real") continue;
    const k = docKey(l.corpus, l.doc);
    const hit =
      (pairsOf.get(k) ?? []).some((p) => pairMatches(l.spanA, l.spanB, p.a, p.b)) ||
      (groupsOf.get(k) ?? []).some((g) => groupHolds(l.spanA, l.spanB, g.spans));
    (hit ? found : missed).push(l);
    const q = byQuantity.get(l.quantity) ?? { real: 0, found: 0 };
    q.real++;
    if (hit) q.found++;
    byQuantity.set(l.quantity, q);
  }
  let matched = 0;
  let matchedReal = 0;
  const trapsFlagged: Score["trapsFlagged"] = [];
  for (const p of pairs) {
    const ls = (labelsOf.get(p.doc) ?? []).filter((x) => pairMatches(x.l.spanA, x.l.spanB, p.a, p.b));
    if (!ls.length) continue;
    matched++;
    if (ls.some((x) => x.l.label === "real")) matchedReal++;
    for (const x of ls) if (x.l.label === "trap") trapsFlagged.push({ label: x.l, pair: p });
  }
  const real = labels.filter((l) => l.label === "real").length;
  return {
    real,
    traps: labels.length - real,
    found,
    missed,
    recall: real ? found.length / real : NaN,
    matched,
    matchedReal,
    precision: matched ? matchedReal / matched : NaN,
    trapsFlagged,
    byQuantity,
  };
}

/** A small deterministic random generator (mulberry32), for reproducible samples. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n items drawn without replacement, in a reproducible order for one seed. */
export function sample<T>(xs: T[], n: number, seed: number): T[] {
  const r = rng(seed);
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, n);
}

// ---------------------------------------------------------------- loaders (I/O)

/** One document of a corpus, with the text the labels index into. */
export type Doc = { corpus: Corpus; doc: string; text: string; kind: "txt" | "body" };

/** The files of the corpora under the shared folder. */
export function corpusPaths(sharedDir: string) {
  const b = path.join(sharedDir, "benchmarks");
  return {
    "news-texts": path.join(b, "news-texts", "texts"),
    "polnear-train": path.join(b, "attribution", "train", "text"),
    "polnear-dev": path.join(b, "attribution", "dev", "text"),
    extraction: path.join(b, "article-extraction", "ground-truth.json"),
  } as const;
}

const extractionCache = new Map<string, Record<string, { articleBody: string; url?: string }>>();
function extraction(file: string) {
  let d = extractionCache.get(file);
  if (!d) {
    d = JSON.parse(readFileSync(file, "utf8")) as Record<string, { articleBody: string; url?: string }>;
    extractionCache.set(file, d);
  }
  return d;
}

/** The text of one document, or null when it is not there. */
export function readDoc(sharedDir: string, corpus: Corpus, doc: string): string | null {
  const p = corpusPaths(sharedDir);
  if (corpus === "extraction") {
    if (!existsSync(p.extraction)) return null;
    const body = extraction(p.extraction)[doc]?.articleBody;
    return typeof body === "string" ? body : null;
  }
  const f = path.join(p[corpus], doc);
  if (path.dirname(f) !== p[corpus] || !existsSync(f)) return null;
  return new TextDecoder("utf-8").decode(readFileSync(f));
}

/** Every document of one corpus (sorted by name; numeric names in number order). */
export function loadCorpus(sharedDir: string, corpus: Corpus): Doc[] {
  const p = corpusPaths(sharedDir);
  if (corpus === "extraction") {
    if (!existsSync(p.extraction)) return [];
    const d = extraction(p.extraction);
    return Object.keys(d).sort().map((id) => ({ corpus, doc: id, text: d[id]!.articleBody ?? "", kind: "body" as const }));
  }
  if (!existsSync(p[corpus])) return [];
  const names = readdirSync(p[corpus]).filter((f) => f.endsWith(".txt"));
  names.sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  return names.map((n) => ({ corpus, doc: n, text: new TextDecoder("utf-8").decode(readFileSync(path.join(p[corpus], n))), kind: "txt" as const }));
}

/** Read and parse the label file. */
export function loadLabels(file: string): LabelFile {
  return JSON.parse(readFileSync(file, "utf8")) as LabelFile;
}

/**
 * The analysis input of a document, as the command line builds it: a .txt file is analysed as
 * written with its first non-empty line as the title (src/cli/load.ts textInput); an extraction
 * page's articleBody (no headline) as written, without a title.
 */
export function inputOf(d: Doc): { text: string; title: string | null; byline: null; found: boolean; method: string } {
  if (d.kind === "body") return { text: d.text, title: null, byline: null, found: d.text.trim().length > 0, method: "text" };
  const first = d.text.split(/\r?\n/).find((l) => l.trim().length > 0);
  return { text: d.text, title: first?.trim() ?? null, byline: null, found: d.text.trim().length > 0, method: "text" };
}

/** The sentence around [start, end): from the last sentence end or line break before it to the next after it. */
export function sentenceAround(text: string, start: number, end: number, max = 400): Range {
  const ABBR = /\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Jr|Sr|No|vs|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.N|U\.K|[A-Z])\.$/;
  let s = start;
  const lo = Math.max(0, start - max);
  while (s > lo) {
    const c = text[s - 1]!;
    if (c === "\n") break;
    if (/\s/.test(c) && /[.!?]["”’')]?$/.test(text.slice(Math.max(0, s - 4), s - 1)) && !ABBR.test(text.slice(Math.max(0, s - 8), s - 1).replace(/["”’')]$/, ""))) break;
    s--;
  }
  let e = end;
  const hi = Math.min(text.length, end + max);
  while (e < hi) {
    const c = text[e]!;
    if (c === "\n") break;
    if (/[.!?]/.test(c) && (e + 1 >= text.length || /\s/.test(text[e + 1]!) || /["”’')]/.test(text[e + 1]!)) && !ABBR.test(text.slice(Math.max(0, e - 6), e + 1))) {
      e++;
      while (e < text.length && /["”’')]/.test(text[e]!)) e++;
      break;
    }
    e++;
  }
  return [s, e];
}
