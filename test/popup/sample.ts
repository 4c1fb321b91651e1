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
    `Police said 31 villages were taken. ` +
    `${a} said about 200 were wounded, Police said 112 were wounded and ${b} said more than 250 were wounded.`;
  const at = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`not in text: ${s}`);
    return { text: s, start, end: start + s.length };
  };
  const sources: Source[] = [
    { id: "s1", name: a, kind: "media", description: "official news agency", mentions: [at(a)], claimIds: ["c1", "c7"], figureIds: ["f3", "f8"] },
    { id: "s2", name: b, kind: "organization", description: null, mentions: [at(b)], claimIds: ["c2", "c3", "c5", "c9"], figureIds: ["f4", "f6", "f10"] },
    { id: "s3", name: "Foreign Ministry", kind: "government", description: null, mentions: [at("The ministry")], claimIds: ["c4"], figureIds: ["f5"] },
    { id: "s4", name: "Police", kind: "government", description: null, mentions: [at("Police")], claimIds: ["c6", "c8"], figureIds: ["f7", "f9"] },
  ];
  const claim = (id: string, sourceId: string, s: string, direct = false, cue = "said"): Claim => ({ id, sourceId, cue, direct, ...at(s) });
  const claims: Claim[] = [
    claim("c1", "s1", "at least 83 people were killed in Sayyida Zeinab"),
    claim("c2", "s2", "62 were killed there"),
    claim("c3", "s2", quote, true),
    claim("c4", "s3", "at least 46 died in Homs"),
    claim("c5", "s2", "57 died in Homs"),
    claim("c6", "s4", "31 villages were taken"),
    claim("c7", "s1", "about 200 were wounded"),
    claim("c8", "s4", "112 were wounded"),
    claim("c9", "s2", "more than 250 were wounded"),
  ];
  const fig = (id: string, s: string, low: number | null, high: number | null, measure: string, scope: string | null, sourceId: string | null, from = 0): Figure => ({
    id, value: low ?? high, low, high, unit: null, measure, scope, sourceId, ...at(s, from),
  });
  const figures: Figure[] = [
    { ...fig("f1", "more than 130", 130, null, "killed", null, null), inHeadline: true, lowExclusive: true },
    { ...fig("f2", "nearly 130", 117, 130, "killed", null, null), value: 130, highExclusive: true },
    fig("f3", "at least 83", 83, null, "killed", "Sayyida Zeinab", "s1"),
    fig("f4", "62", 62, 62, "killed", "Sayyida Zeinab", "s2"),
    fig("f5", "at least 46", 46, null, "killed", "Homs", "s3"),
    fig("f6", "57", 57, 57, "killed", "Homs", "s2"),
    fig("f7", "31", 31, 31, "villages captured", null, "s4"),
    // three voices on one quantity: a range around a stated number, an exact one, an open one
    { ...fig("f8", "about 200", 170, 230, "wounded", null, "s1"), value: 200 },
    fig("f9", "112", 112, 112, "wounded", null, "s4"),
    { ...fig("f10", "more than 250", 250, null, "wounded", null, "s2"), lowExclusive: true },
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
      { id: "x4", kind: "contradiction", figureIds: ["f8", "f9"], measure: "wounded", scope: null, summary: `${a} says about 200 wounded; Police says 112` },
      { id: "x5", kind: "contradiction", figureIds: ["f8", "f10"], measure: "wounded", scope: null, summary: `${a} says about 200 wounded; ${b} says more than 250` },
      { id: "x6", kind: "contradiction", figureIds: ["f9", "f10"], measure: "wounded", scope: null, summary: `Police says 112 wounded; ${b} says more than 250` },
    ],
    disputes: [
      { id: "d1", kind: "discrepancy", figureIds: ["f5", "f6"], conflictIds: ["x1"], measure: "killed", scope: "Homs", unit: null, summary: `Two figures for killed in Homs: at least 46 (Foreign Ministry), 57 (${b})` },
      { id: "d2", kind: "contradiction", figureIds: ["f3", "f4"], conflictIds: ["x2"], measure: "killed", scope: "Sayyida Zeinab", unit: null, summary: `Two figures for killed in Sayyida Zeinab: at least 83 (${a}), 62 (${b})` },
      { id: "d3", kind: "contradiction", figureIds: ["f1", "f2"], conflictIds: ["x3"], measure: "killed", scope: null, unit: null, summary: "Two figures for killed: more than 130 (the headline), nearly 130 (the article)" },
      { id: "d4", kind: "contradiction", figureIds: ["f8", "f9", "f10"], conflictIds: ["x4", "x5", "x6"], measure: "wounded", scope: null, unit: "people", summary: `Three figures for wounded: about 200 (${a}), 112 (Police), more than 250 (${b})` },
    ],
  };
}
