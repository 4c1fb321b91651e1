/**
 * The readable report of an analysis: the article, its sources with kinds and claims, the
 * figures as intervals, and the disputes: every voice's figure of each disputed quantity.
 * (The pairwise conflicts stay in the JSON for outside checks; a reader is shown disputes.)
 */
import type { Analysis, Dispute, Figure } from "../analysis/types.js";

/** Longest quoted claim text before it is shortened with an ellipsis. */
const CLAIM_WIDTH = 100;

/** Shorten a text to `width` characters on one line. */
function clip(s: string, width: number): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length <= width ? one : `${one.slice(0, width - 1)}…`;
}

/** A figure's interval: [83, ∞), = 62, (130, ∞), [117, 130), (-∞, 5]. */
export function interval(f: Pick<Figure, "low" | "high" | "lowExclusive" | "highExclusive">): string {
  if (f.low !== null && f.low === f.high) return `= ${f.low}`;
  const open = f.low === null || f.lowExclusive ? "(" : "[";
  const close = f.high === null || f.highExclusive ? ")" : "]";
  return `${open}${f.low ?? "-∞"}, ${f.high ?? "∞"}${close}`;
}

/** The analysis's disputes; an analysis from before disputes existed gets one per conflict. */
function disputesOf(a: Analysis): Dispute[] {
  return a.disputes ?? a.conflicts.map((x, i) => ({ ...x, id: `d${i + 1}`, unit: null, conflictIds: [x.id] }));
}

/** The report as lines of text. */
export function report(a: Analysis, file?: string): string {
  const out: string[] = [];
  const src = new Map(a.sources.map((s) => [s.id, s]));
  const fig = new Map(a.figures.map((f) => [f.id, f]));
  const who = (id: string | null) => (id ? (src.get(id)?.name ?? id) : "the article");
  if (file) out.push(`== ${file}`);
  if (!a.article.found) {
    out.push("No article found on this page.");
    return out.join("\n") + "\n";
  }
  const words = a.article.text.split(/\s+/).filter(Boolean).length;
  out.push(a.article.title ?? "(untitled)");
  const meta = [a.article.byline ? `by ${a.article.byline}` : null, `${words} words`, a.article.method ? `found by ${a.article.method}` : null];
  out.push(`  ${meta.filter(Boolean).join(" · ")}`, "");

  out.push(`Sources (${a.sources.length})`);
  for (const s of a.sources) {
    out.push(`  ${s.name} — ${s.kind}${s.description ? `, ${s.description}` : ""}  (${s.mentions.length} mention${s.mentions.length === 1 ? "" : "s"})`);
    for (const cid of s.claimIds) {
      const c = a.claims.find((x) => x.id === cid);
      if (c) out.push(`    · ${clip(c.text, CLAIM_WIDTH)}  [${c.cue}${c.direct ? ", direct quote" : ""}]`);
    }
  }
  // a figure's voice: its source, the headline, the one its clause names, or the article
  const voice = (f: Figure) => f.holder ?? (f.sourceId ? who(f.sourceId) : f.inHeadline ? "the headline" : "the article");
  out.push("", `Figures (${a.figures.length})`);
  for (const f of a.figures) {
    const what = [f.measure, f.scope ? `in ${f.scope}` : null].filter(Boolean).join(" ");
    out.push(`  ${f.text.padEnd(16)} ${interval(f).padEnd(14)} ${what || "-"}  — ${voice(f)}`);
  }
  const disputes = disputesOf(a);
  out.push("", `Disputes (${disputes.length})`);
  const nameWidth = Math.max(12, ...disputes.flatMap((d) => d.figureIds.map((id) => { const f = fig.get(id); return f ? voice(f).length : 0; }))) + 2;
  for (const d of disputes) {
    const voices = d.figureIds.map((id) => fig.get(id)).filter((f): f is Figure => !!f);
    const pairs = d.conflictIds.length === 1 ? "1 pair" : `${d.conflictIds.length} pairs`;
    out.push(`  ${d.kind === "contradiction" ? "✗ contradiction" : "≠ discrepancy"}: ${d.measure}${d.scope ? ` in ${d.scope}` : ""}  (${voices.length} figures, ${pairs}: ${d.conflictIds.join(", ")})`);
    for (const f of voices) out.push(`      ${voice(f).padEnd(nameWidth)} ${f.text.padEnd(16)} ${interval(f)}`);
    out.push(`      ${d.summary}`);
  }
  return out.join("\n") + "\n";
}
