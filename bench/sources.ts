/**
 * Sources bench: every source analyze() names over the 1,270 news texts and the 181 extraction
 * pages' bodies, with its kind and claim count, and the hand judgments of a random sample of them.
 *
 * usage: npm run bench:sources -- [--out FILE] [--sample N] [--seed S] [--show]
 *
 * Workflow:
 *  1. load the documents (news-texts and the extraction bodies, as the command line reads them)
 *  2. analyse each; write every source (document, name, kind, claims, one claim's sentence) to
 *     --out (default out/sources.tsv), and print a summary: sources by kind, the most frequent names
 *  3. draw a reproducible sample of N (default 300): the N sources whose hash of seed, document
 *     and name is smallest, so a source that comes or goes moves no other source in or out
 *  4. score the sample against the judgments of test/fixtures/sources/judged.json (by document
 *     and name): junk rate (not a person, body or unnamed group) and kind accuracy; --show prints
 *     the sample's unjudged sources with their sentence, to judge them
 *  5. a final JSON line
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyze } from "../src/analysis/index.js";
import type { SourceKind } from "../src/analysis/types.js";
import { docKey, inputOf, loadCorpus, sentenceAround, type Doc } from "./lib/conflict-labels.js";
import { repoRoot, sharedDir } from "./lib/paths.js";

/** The judgments: one per sampled source, by corpus, document and the source's name. */
export const JUDGED = path.join(repoRoot, "test", "fixtures", "sources", "judged.json");

/** One judged source: junk, or the kind it really is. */
type Judgment = { corpus: string; doc: string; name: string; junk: boolean; kind: SourceKind | null; why?: string };

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = path.resolve(opt("--out") ?? path.join(repoRoot, "out", "sources.tsv"));
const sampleN = Number(opt("--sample") ?? 300);
const seed = opt("--seed") ?? "1";
const oneLine = (s: string, n = 260) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > n ? t.slice(0, n - 1) + "…" : t;
};
const pct = (x: number) => (Number.isNaN(x) ? "n/a" : (100 * x).toFixed(1) + "%");

/** FNV-1a of a string: the sample's order, the same on every machine. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

type Row = { corpus: string; doc: string; name: string; kind: SourceKind; claims: number; mention: string; sentence: string };

// 1-2. analyse every document, list every source
const t0 = performance.now();
const docs: Doc[] = [...loadCorpus(sharedDir, "news-texts"), ...loadCorpus(sharedDir, "extraction")];
if (!docs.length) {
  console.log(`no corpus found under ${sharedDir}`);
  process.exit(0);
}
const rows: Row[] = [];
for (const d of docs) {
  const a = analyze(inputOf(d));
  for (const s of a.sources) {
    const c = a.claims.find((x) => x.sourceId === s.id);
    const m = c ? s.mentions.find((x) => x.start >= c.start - 400 && x.end <= c.end + 400) ?? s.mentions[0] : s.mentions[0];
    const span = c ? sentenceAround(d.text, Math.min(c.start, m?.start ?? c.start), Math.max(c.end, m?.end ?? c.end), 200) : [0, 0];
    rows.push({ corpus: d.corpus, doc: d.doc, name: s.name, kind: s.kind, claims: s.claimIds.length, mention: m?.text ?? "", sentence: oneLine(d.text.slice(span[0], span[1])) });
  }
}
const secs = (performance.now() - t0) / 1000;
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, ["document\tname\tkind\tclaims\tmention\tsentence", ...rows.map((r) => [docKey(r.corpus, r.doc), r.name, r.kind, r.claims, oneLine(r.mention, 120), r.sentence].join("\t"))].join("\n") + "\n");
const byKind = new Map<string, number>();
for (const r of rows) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
const names = new Map<string, number>();
for (const r of rows) names.set(r.name, (names.get(r.name) ?? 0) + 1);
console.log(`${rows.length} sources in ${docs.length} documents (${rows.reduce((n, r) => n + r.claims, 0)} claims), analysed in ${secs.toFixed(1)} s; every source: ${path.relative(process.cwd(), out)}`);
console.log(`by kind: ${[...byKind].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(", ")}`);
console.log(`most frequent names: ${[...names].sort((x, y) => y[1] - x[1]).slice(0, 25).map(([k, n]) => `${k} ${n}`).join(", ")}`);

// 3. the sample
const keyOf = (r: { corpus: string; doc: string; name: string }) => `${r.corpus}/${r.doc}\t${r.name}`;
const picked = [...rows].sort((x, y) => hash(`${seed}\t${keyOf(x)}`) - hash(`${seed}\t${keyOf(y)}`) || keyOf(x).localeCompare(keyOf(y))).slice(0, sampleN);

// 4. score it
const judged: Judgment[] = existsSync(JUDGED) ? (JSON.parse(readFileSync(JUDGED, "utf8")) as { items: Judgment[] }).items : [];
const judgment = new Map(judged.map((j) => [keyOf(j), j]));
let seen = 0, junk = 0, kindsJudged = 0, kindsRight = 0;
const junkLeft: string[] = [];
const wrongKinds: string[] = [];
const unjudged: Row[] = [];
for (const r of picked) {
  const j = judgment.get(keyOf(r));
  if (!j) {
    unjudged.push(r);
    continue;
  }
  seen++;
  if (j.junk) {
    junk++;
    junkLeft.push(`  ${r.corpus}/${r.doc} "${r.name}" (${r.kind})${j.why ? `: ${j.why}` : ""}`);
    continue;
  }
  kindsJudged++;
  if (j.kind === r.kind) kindsRight++;
  else wrongKinds.push(`  ${r.corpus}/${r.doc} "${r.name}": ${r.kind}, is ${j.kind}${j.why ? ` (${j.why})` : ""}`);
}
// the judged sources no longer named (junk gone, or a source lost), over the whole label file
const present = new Set(rows.map(keyOf));
const gone = judged.filter((j) => !present.has(keyOf(j)));
console.log(`\nsample of ${picked.length} (seed ${seed}): ${seen} judged (${JUDGED.replace(repoRoot + "/", "")}), ${unjudged.length} not yet`);
console.log(`junk rate      ${pct(junk / seen)}  (${junk} of ${seen} judged sources are no person, body or group)`);
console.log(`kind accuracy  ${pct(kindsRight / kindsJudged)}  (${kindsRight} of ${kindsJudged})`);
console.log(`judged sources no longer named: ${gone.filter((j) => j.junk).length} junk, ${gone.filter((j) => !j.junk).length} real`);
if (args.includes("--verbose") || junkLeft.length + wrongKinds.length <= 30) {
  if (junkLeft.length) console.log(`junk:\n${junkLeft.join("\n")}`);
  if (wrongKinds.length) console.log(`wrong kinds:\n${wrongKinds.join("\n")}`);
  const lost = gone.filter((j) => !j.junk);
  if (lost.length) console.log(`real sources no longer named:\n${lost.map((j) => `  ${j.corpus}/${j.doc} "${j.name}"`).join("\n")}`);
}
if (args.includes("--show")) for (const r of unjudged) console.log(`${JSON.stringify({ corpus: r.corpus, doc: r.doc, name: r.name })} ${r.kind} | ${oneLine(r.mention, 80)} | ${r.sentence}`);

// 5.
console.log(JSON.stringify({ bench: "sources", sources: rows.length, documents: docs.length, sample: picked.length, judged: seen, junkRate: +(junk / seen).toFixed(4), kindAccuracy: +(kindsRight / kindsJudged).toFixed(4) }));
