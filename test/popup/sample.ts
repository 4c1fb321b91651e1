/** A small hand-made analysis for the popup's tests, built from text so offsets are right. */
import type { Analysis, Claim, Figure, Source } from "../../src/analysis/types.js";

/** Build an analysis of `text`: spans are found by their first occurrence (or the nth). */
export function sampleAnalysis(names: { a?: string; b?: string; quote?: string; title?: string } = {}): Analysis {
  const a = names.a ?? "SANA";
  const b = names.b ?? "Syrian Observatory for Human Rights";
  const quote = names.quote ?? "\u201cWe counted every body,\u201d";
  const title = names.title ?? "Bombings kill more than 130";
  const text =
    `${title}\n\n` +
    `Bombings killed nearly 130 people, officials said. ` +
    `${a} said at least 83 people were killed in Sayyida Zeinab. ` +
    `${b} said 62 were killed there. ${quote} ${b} said. ` +
    `The ministry said at least 46 died in Homs, while ${b} said 57 died in Homs. ` +
    `Police said 31 villages were taken.`;
  const at = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`not in text: ${s}`);
    return { text: s, start, end: start + s.length };
  };
  const sources: Source[] = [
    { id: "s1", name: a, kind: "media", description: "official news agency", mentions: [at(a)], claimIds: ["c1"], figureIds: ["f3"] },
    { id: "s2", name: b, kind: "organization", description: null, mentions: [at(b)], claimIds: ["c2", "c3", "c5"], figureIds: ["f4", "f6"] },
    { id: "s3", name: "Foreign Ministry", kind: "government", description: null, mentions: [at("The ministry")], claimIds: ["c4"], figureIds: ["f5"] },
    { id: "s4", name: "Police", kind: "government", description: null, mentions: [at("Police")], claimIds: ["c6"], figureIds: [] },
  ];
  const claim = (id: string, sourceId: string, s: string, direct = false, cue = "said"): Claim => ({ id, sourceId, cue, direct, ...at(s) });
  const claims: Claim[] = [
    claim("c1", "s1", "at least 83 people were killed in Sayyida Zeinab"),
    claim("c2", "s2", "62 were killed there"),
    claim("c3", "s2", quote, true),
    claim("c4", "s3", "at least 46 died in Homs"),
    claim("c5", "s2", "57 died in Homs"),
    claim("c6", "s4", "31 villages were taken"),
  ];
  const fig = (id: string, s: string, low: number | null, high: number | null, measure: string, scope: string | null, sourceId: string | null, from = 0): Figure => ({
    id, value: low ?? high, low, high, unit: null, measure, scope, sourceId, ...at(s, from),
  });
  const figures: Figure[] = [
    fig("f1", "more than 130", 131, null, "killed", null, null),
    fig("f2", "nearly 130", 120, 129, "killed", null, null),
    fig("f3", "at least 83", 83, null, "killed", "Sayyida Zeinab", "s1"),
    fig("f4", "62", 62, 62, "killed", "Sayyida Zeinab", "s2"),
    fig("f5", "at least 46", 46, null, "killed", "Homs", "s3"),
    fig("f6", "57", 57, 57, "killed", "Homs", "s2"),
    fig("f7", "31", 31, 31, "villages captured", null, "s4"),
  ];
  return {
    schema: "crosscheck/analysis@1",
    article: { found: true, title, byline: null, text, method: "readability" },
    sources,
    claims,
    figures,
    conflicts: [
      { id: "x1", kind: "discrepancy", figureIds: ["f5", "f6"], measure: "killed", scope: "Homs", summary: `Foreign Ministry says at least 46 killed; ${b} says 57` },
      { id: "x2", kind: "contradiction", figureIds: ["f3", "f4"], measure: "killed", scope: "Sayyida Zeinab", summary: `${a} says at least 83 killed; ${b} says 62` },
      { id: "x3", kind: "contradiction", figureIds: ["f1", "f2"], measure: "killed", scope: null, summary: "The headline says more than 130 killed; the lead says nearly 130" },
    ],
    disputes: [
      { id: "d1", kind: "discrepancy", figureIds: ["f5", "f6"], conflictIds: ["x1"], measure: "killed", scope: "Homs", unit: null, summary: `Two figures for killed in Homs: at least 46 (Foreign Ministry), 57 (${b})` },
      { id: "d2", kind: "contradiction", figureIds: ["f3", "f4"], conflictIds: ["x2"], measure: "killed", scope: "Sayyida Zeinab", unit: null, summary: `Two figures for killed in Sayyida Zeinab: at least 83 (${a}), 62 (${b})` },
      { id: "d3", kind: "contradiction", figureIds: ["f1", "f2"], conflictIds: ["x3"], measure: "killed", scope: null, unit: null, summary: "Two figures for killed: more than 130 (the headline), nearly 130 (the article)" },
    ],
  };
}
