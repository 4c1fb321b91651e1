/**
 * Checks an analysis against a hand-made label file, with the logic of
 * shared/tools/score-analysis.mjs, but as a list of named checks so tests can give each its own `it`.
 *
 * A source matches when its name or a mention contains one of the label's keys (case-insensitive;
 * keys of 3 letters or fewer must stand as words, case-sensitive). A conflict matches when its
 * figures' texts contain the listed sides, one figure per side.
 */
import type { Analysis, Conflict, Source } from "../../src/analysis/types.js";

/** A label file (see shared/fixtures/seed-article.expected.json). */
export type Labels = {
  page: string;
  about?: string;
  article?: { mustContain?: string[]; mustNotContain?: string[] };
  sources?: {
    required?: Array<{ keys: string[]; kind?: string; minClaims?: number; mentions?: string[] }>;
    optional?: string[][];
    forbidden?: string[];
    maxExtra?: number;
  };
  quotes?: Array<{ contains: string; speaker: string }>;
  conflicts?: {
    required?: Array<{ kind: string; sides: string[]; why?: string }>;
    forbidden?: Array<{ sides: string[]; why?: string }>;
    maxExtra?: number;
  };
};

/** One named check: `run` returns null when it holds, else what is wrong. */
export type LabelCheck = { name: string; run: (a: Analysis) => string | null };

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Short keys (IS, UN, AP) must stand as words; longer ones may sit inside a phrase. */
export const has = (hay: string | null | undefined, key: string) =>
  new RegExp(`(^|[^A-Za-z])${esc(key)}($|[^A-Za-z])`, key.length <= 3 ? "" : "i").test(hay ?? "");
const mentionTexts = (s: Source) => [s.name, ...(s.mentions ?? []).map((m) => (typeof m === "string" ? m : m.text))];
/** True when a source's name or a mention holds one of the keys. */
export const sourceHas = (s: Source, keys: string[]) => mentionTexts(s).some((t) => keys.some((k) => has(t, k)));

function conflictMatcher(a: Analysis) {
  const fig = new Map(a.figures.map((f) => [f.id, f]));
  const sideHit = (c: Conflict, side: string) =>
    c.figureIds.some((id) => has(fig.get(id)?.text, side) || fig.get(id)?.text?.toLowerCase() === side.toLowerCase());
  return (c: Conflict, sides: string[]) =>
    sides.every((side) => sideHit(c, side)) &&
    (sides.length < 2 ||
      c.figureIds.some((x) => c.figureIds.some((y) => x !== y && has(fig.get(x)?.text, sides[0]) && has(fig.get(y)?.text, sides[1]))));
}

/** The sources and conflicts the labels account for (required, optional, forbidden). */
function accounted(L: Labels, a: Analysis) {
  const usedS = new Set<string>(), usedC = new Set<string>();
  for (const r of L.sources?.required ?? []) for (const s of a.sources) if (sourceHas(s, r.keys)) usedS.add(s.id);
  for (const o of L.sources?.optional ?? []) for (const s of a.sources) if (sourceHas(s, o)) usedS.add(s.id);
  const matches = conflictMatcher(a);
  for (const r of L.conflicts?.required ?? []) {
    const c = a.conflicts.find((c) => matches(c, r.sides));
    if (c) usedC.add(c.id);
  }
  for (const f of L.conflicts?.forbidden ?? []) for (const c of a.conflicts) if (matches(c, f.sides)) usedC.add(c.id);
  return { usedS, usedC };
}

/** The checks a label file asks for, in a fixed order. */
export function labelChecks(L: Labels): LabelCheck[] {
  const out: LabelCheck[] = [];
  const add = (name: string, run: LabelCheck["run"]) => out.push({ name, run });
  for (const p of L.article?.mustContain ?? []) add(`article holds "${p}"`, (a) => (a.article.text.includes(p) ? null : "missing"));
  for (const p of L.article?.mustNotContain ?? []) add(`article lacks "${p}"`, (a) => (a.article.text.includes(p) ? "present" : null));
  add("offsets give each claim's and figure's text", (a) => {
    const bad = [...a.claims, ...a.figures].filter((x) => a.article.text.slice(x.start, x.end) !== x.text);
    return bad.length ? `${bad.length} bad: ${bad.slice(0, 3).map((x) => x.id).join(", ")}` : null;
  });
  for (const r of L.sources?.required ?? []) {
    const k = r.keys[0];
    const find = (a: Analysis) => a.sources.find((s) => sourceHas(s, r.keys));
    add(`source ${k} found, not split`, (a) => {
      const s = find(a);
      if (!s) return `not found among ${a.sources.map((s) => s.name).join(", ") || "no sources"}`;
      const split = a.sources.filter((s2) => s2 !== s && sourceHas(s2, r.keys));
      return split.length ? `split: ${split.map((s2) => `"${s2.name}"`).join(", ")} should merge into "${s.name}"` : null;
    });
    if (r.kind) add(`source ${k} is ${r.kind}`, (a) => {
      const s = find(a);
      return !s ? "not found" : s.kind === r.kind ? null : `kind ${s.kind}`;
    });
    add(`source ${k} has at least ${r.minClaims ?? 1} claims`, (a) => {
      const s = find(a);
      const n = s ? a.claims.filter((c) => c.sourceId === s.id).length : 0;
      return !s ? "not found" : n >= (r.minClaims ?? 1) ? null : `${n} claims`;
    });
    for (const m of r.mentions ?? [])
      add(`source ${k} merges mention "${m}"`, (a) => {
        const s = find(a);
        return !s ? "not found" : mentionTexts(s).some((t) => t?.toLowerCase().includes(m.toLowerCase())) ? null : `mentions: ${mentionTexts(s).join(" | ")}`;
      });
  }
  for (const k of L.sources?.forbidden ?? [])
    add(`no source named "${k}"`, (a) => {
      const bad = a.sources.filter((s) => has(s.name, k));
      return bad.length ? `forbidden: ${bad.map((s) => s.name).join(", ")}` : null;
    });
  if (L.sources?.maxExtra !== undefined) {
    const max = L.sources.maxExtra;
    add(`at most ${max} unlabelled sources`, (a) => {
      const { usedS } = accounted(L, a);
      const extra = a.sources.filter((s) => !usedS.has(s.id));
      return extra.length <= max ? null : `extra: ${extra.map((s) => `${s.name} (${s.kind})`).join(", ")}`;
    });
  }
  for (const q of L.quotes ?? [])
    add(`direct quote "${q.contains}" by ${q.speaker}`, (a) => {
      const c = a.claims.find((c) => c.direct && c.text.includes(q.contains));
      if (!c) return "not found as a direct claim";
      const s = a.sources.find((s) => s.id === c.sourceId);
      return s && sourceHas(s, [q.speaker]) ? null : `given to ${s?.name ?? "nobody"}`;
    });
  for (const r of L.conflicts?.required ?? [])
    add(`${r.kind}: ${r.sides.join(" vs ")}`, (a) => {
      const c = a.conflicts.find((c) => conflictMatcher(a)(c, r.sides));
      return !c ? `not found (${r.why ?? ""})` : c.kind === r.kind ? null : `found as ${c.kind}`;
    });
  for (const f of L.conflicts?.forbidden ?? [])
    add(`no conflict ${f.sides.join(" vs ")} (${f.why ?? ""})`, (a) => {
      const bad = a.conflicts.filter((c) => conflictMatcher(a)(c, f.sides));
      return bad.length ? `forbidden conflict: ${bad.map((c) => c.summary).join("; ")}` : null;
    });
  const maxC = L.conflicts?.maxExtra ?? 0;
  add(`at most ${maxC} unlabelled conflicts`, (a) => {
    const { usedC } = accounted(L, a);
    const fig = new Map(a.figures.map((f) => [f.id, f]));
    const extra = a.conflicts.filter((c) => !usedC.has(c.id));
    return extra.length <= maxC ? null : `extra: ${extra.map((c) => c.figureIds.map((id) => fig.get(id)?.text).join(" vs ")).join("; ")}`;
  });
  return out;
}

/** Runs every check: the misses, and whether all hold. */
export function scoreLabels(L: Labels, a: Analysis): { pass: boolean; checks: number; misses: Array<{ name: string; why: string }> } {
  const checks = labelChecks(L);
  const misses = checks.flatMap((c) => {
    const why = c.run(a);
    return why === null ? [] : [{ name: c.name, why }];
  });
  return { pass: misses.length === 0, checks: checks.length, misses };
}
