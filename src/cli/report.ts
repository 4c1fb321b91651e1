/**
 * The readable report of an analysis: the article, its sources with kinds and claims, the
 * figures as intervals, and the conflicts side by side.
 */
import type { Analysis, Figure } from "../analysis/types.js";

/** Longest quoted claim text before it is shortened with an ellipsis. */
const CLAIM_WIDTH = 100;

/** Shorten a text to `width` characters on one line. */
function clip(s: string, width: number): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length <= width ? one : `${one.slice(0, width - 1)}…`;
}

/** A figure's interval: [83, ∞), [62, 62], (…, 5]. */
export function interval(f: Pick<Figure, "low" | "high">): string {
  if (f.low !== null && f.low === f.high) return `= ${f.low}`;
  return `[${f.low ?? "-∞"}, ${f.high ?? "∞"}]`;
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
  out.push("", `Figures (${a.figures.length})`);
  for (const f of a.figures) {
    const what = [f.measure, f.scope ? `in ${f.scope}` : null].filter(Boolean).join(" ");
    out.push(`  ${f.text.padEnd(16)} ${interval(f).padEnd(14)} ${what || "-"}  — ${who(f.sourceId)}`);
  }
  out.push("", `Conflicts (${a.conflicts.length})`);
  const nameWidth = Math.max(12, ...a.conflicts.flatMap((x) => x.figureIds.map((id) => who(fig.get(id)?.sourceId ?? null).length))) + 2;
  for (const x of a.conflicts) {
    out.push(`  ${x.kind === "contradiction" ? "✗ contradiction" : "≠ discrepancy"}: ${x.measure}${x.scope ? ` in ${x.scope}` : ""}`);
    for (const id of x.figureIds) {
      const f = fig.get(id);
      if (f) out.push(`      ${who(f.sourceId).padEnd(nameWidth)} ${f.text.padEnd(16)} ${interval(f)}`);
    }
    out.push(`      ${x.summary}`);
  }
  return out.join("\n") + "\n";
}
