/**
 * Scoring of a blind attribution battery item: each wanted attribution (speaker, a few words said, cue)
 * against the claims the analysis reads. Shared by the test that keeps the battery true and the
 * scratch report.
 */
import type { Analysis } from "../../src/analysis/types.js";

export type AttributionItem = { text: string; want: { speaker: string; says: string; cue: string }[]; note: string; gap?: string };

/** What is wrong with the reading of one item, as lines ("" when nothing is): misses, wrong speakers, claims beyond the wanted. */
export function attributionFaults(item: AttributionItem, a: Analysis): string[] {
  const used = new Set<string>();
  const out: string[] = [];
  for (const w of item.want) {
    // a claim holding the words said (their first 24 characters: a wanted span may run past the claim's end)
    const c = a.claims.find((x) => !used.has(x.id) && x.text.toLowerCase().includes(w.says.toLowerCase().slice(0, 24)));
    if (!c) {
      out.push(`missed: ${w.speaker} [${w.cue}] ${w.says}`);
      continue;
    }
    used.add(c.id);
    const s = a.sources.find((x) => x.id === c.sourceId)!;
    const want = w.speaker.toLowerCase().replace(/^(?:the|a|an)\s+/, "");
    const name = s.name.toLowerCase();
    if (!(name.includes(want) || want.includes(name) || s.mentions.some((m) => m.text.toLowerCase().replace(/^(?:the|a|an)\s+/, "") === want))) out.push(`speaker: ${w.says} is given to ${s.name}, not ${w.speaker}`);
  }
  for (const x of a.claims) if (!used.has(x.id)) out.push(`claim beyond the wanted: ${a.sources.find((s) => s.id === x.sourceId)?.name} [${x.cue}] ${x.text}`);
  return out;
}
