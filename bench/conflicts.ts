/**
 * Conflicts bench: what analyze() reports as figures that disagree, over every text of the three
 * shared corpora (news-texts, PolNeAR train and dev, the extraction pages' bodies), scored against
 * the hand-judged pairs of test/fixtures/conflicts/labels.json.
 *
 * usage: npm run bench:conflicts -- [--sample N] [--seed S] [--corpus news-texts|polnear|extraction|all]
 *
 * Workflow:
 *  1. load the documents (bench/lib/conflict-labels.ts) and analyse each as the command line does
 *  2. write every reported conflict, grouped by document, with both figures and both sentences,
 *     to out/conflicts-report.txt (printed instead when short)
 *  3. resolve the labels and score: pair recall (real pairs in one conflict or one dispute),
 *     precision (of reported pairs matching a label, the share that are real), traps flagged,
 *     recall by quantity kind
 *  4. --sample N --seed S: a reproducible random N of all reported conflicts, for hand judging
 *  5. a final JSON line
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyze } from "../src/analysis/index.js";
import type { Analysis } from "../src/analysis/types.js";
import { repoRoot, sharedDir } from "./lib/paths.js";
import {
  docKey, inputOf, loadCorpus, loadLabels, nthOf, pairMatches, readDoc, resolveLabels, sample, score, sentenceAround,
  type Corpus, type Doc, type Range, type ReportedGroup, type ReportedPair,
} from "./lib/conflict-labels.js";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sampleN = opt("--sample") !== undefined ? Number(opt("--sample")) : 0;
const seed = Number(opt("--seed") ?? 1);
const which = opt("--corpus") ?? "all";
const SETS: Record<string, Corpus[]> = {
  "news-texts": ["news-texts"],
  polnear: ["polnear-train", "polnear-dev"],
  extraction: ["extraction"],
  all: ["news-texts", "polnear-train", "polnear-dev", "extraction"],
};
const corpora = SETS[which];
if (!corpora) {
  console.error(`unknown --corpus ${which}`);
  process.exit(2);
}
const LABELS = path.join(repoRoot, "test", "fixtures", "conflicts", "labels.json");
const REPORT = path.join(repoRoot, "out", "conflicts-report.txt");

const oneLine = (s: string, n = 320) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > n ? t.slice(0, n - 1) + "…" : t;
};
const pct = (x: number) => (Number.isNaN(x) ? "  n/a" : (100 * x).toFixed(1) + "%");

type Reported = { key: string; doc: Doc; a: Analysis; id: string; kind: string; measure: string; scope: string | null; summary: string; spans: Range[]; texts: string[] };

// 1. analyse
const t0 = performance.now();
const docs: Doc[] = corpora.flatMap((c) => loadCorpus(sharedDir, c));
if (!docs.length) {
  console.log(`no corpus found under ${sharedDir}`);
  process.exit(0);
}
const pairs: ReportedPair[] = [];
const groups: ReportedGroup[] = [];
const reported: Reported[] = [];
let disputes = 0;
let figures = 0;
const docsWith = new Set<string>();
for (const d of docs) {
  const a = analyze(inputOf(d));
  const key = docKey(d.corpus, d.doc);
  figures += a.figures.length;
  const byId = new Map(a.figures.map((f) => [f.id, f]));
  for (const c of a.conflicts) {
    const fs = c.figureIds.map((id) => byId.get(id)).filter((f) => f !== undefined);
    if (fs.length < 2) continue;
    const spans = fs.map((f) => [f.start, f.end] as Range);
    pairs.push({ doc: key, a: spans[0]!, b: spans[1]!, id: c.id });
    reported.push({ key, doc: d, a, id: c.id, kind: c.kind, measure: c.measure, scope: c.scope, summary: c.summary, spans, texts: fs.map((f) => f.text) });
    docsWith.add(key);
  }
  for (const g of a.disputes) {
    disputes++;
    groups.push({ doc: key, id: g.id, spans: g.figureIds.map((id) => byId.get(id)).filter((f) => f !== undefined).map((f) => [f.start, f.end] as Range) });
  }
}
const secs = (performance.now() - t0) / 1000;

// 2. the report of every conflict
const describe = (r: Reported) => {
  const lines = [`  ${r.id} ${r.kind} measure=${r.measure}${r.scope ? ` scope=${r.scope}` : ""}: ${r.summary}`];
  r.spans.forEach((s, k) => {
    const f = r.a.figures.find((x) => x.start === s[0] && x.end === s[1]);
    const who = f?.sourceId ? r.a.sources.find((x) => x.id === f.sourceId)?.name ?? f.sourceId : f?.inHeadline ? "headline" : "article";
    const sent = sentenceAround(r.doc.text, s[0], s[1]);
    lines.push(`    ${"ab"[k] ?? "?"}: "${r.texts[k]}" @${s[0]} [${who}]  ${oneLine(r.doc.text.slice(sent[0], sent[1]))}`);
  });
  return lines.join("\n");
};
const report: string[] = [];
let last = "";
for (const r of reported) {
  if (r.key !== last) report.push(`\n=== ${r.key}`);
  last = r.key;
  report.push(describe(r));
}
const head = `${reported.length} conflicts reported in ${docsWith.size} of ${docs.length} documents (${disputes} disputes, ${figures} figures), analysed in ${secs.toFixed(1)} s`;
if (report.length <= 60) {
  console.log(report.join("\n"));
  console.log(`\n${head}`);
} else {
  mkdirSync(path.dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, `${head}\n${report.join("\n")}\n`);
  console.log(`${head}\nevery conflict, with both sentences: ${path.relative(process.cwd(), REPORT)}`);
}

// 3. score against the labels
const file = loadLabels(LABELS);
const { resolved, unresolved } = resolveLabels(file.items, (l) => readDoc(sharedDir, l.corpus, l.doc));
const inRun = new Set(docs.map((d) => docKey(d.corpus, d.doc)));
const scored = resolved.filter((l) => inRun.has(docKey(l.corpus, l.doc)));
const s = score(scored, pairs, groups);
console.log(`\nlabels: ${file.items.length} (${scored.length} in this run; ${unresolved.length} do not resolve)`);
for (const u of unresolved) console.log(`  unresolved ${u.label.corpus}/${u.label.doc} "${u.label.a.text}"/"${u.label.b.text}": ${u.why}`);
console.log(`pair recall    ${pct(s.recall)}  (${s.found.length} of ${s.real} real pairs in one conflict or dispute)`);
console.log(`precision      ${pct(s.precision)}  (${s.matchedReal} real of ${s.matched} reported pairs that match a label)`);
console.log(`traps flagged  ${s.trapsFlagged.length} of ${s.traps}`);
for (const t of s.trapsFlagged) console.log(`  ${t.label.corpus}/${t.label.doc}: "${t.label.a.text}" vs "${t.label.b.text}" (${t.label.trap}: ${t.label.why})`);
console.log(`recall by quantity:`);
for (const [q, v] of [...s.byQuantity].sort((x, y) => y[1].real - x[1].real)) console.log(`  ${q.padEnd(16)} ${v.found}/${v.real}`);
// reported pairs no label judges yet: what the next labelling pass should look at
const labelled = new Map<string, Range[][]>();
for (const l of scored) {
  const k = docKey(l.corpus, l.doc);
  labelled.set(k, [...(labelled.get(k) ?? []), [l.spanA, l.spanB]]);
}
const unjudged = reported.filter((r) => !(labelled.get(r.key) ?? []).some(([x, y]) => pairMatches(x!, y!, r.spans[0]!, r.spans[1]!)));
console.log(`unjudged       ${unjudged.length} of ${reported.length} reported pairs match no label`);
if (args.includes("--verbose")) {
  for (const r of unjudged) console.log(`  ${r.key}: "${r.texts[0]}"#${nthOf(r.doc.text, r.texts[0]!, r.spans[0]![0])} vs "${r.texts[1]}"#${nthOf(r.doc.text, r.texts[1]!, r.spans[1]![0])} (${r.summary})`);
  console.log(`missed real pairs:`);
  for (const l of s.missed) console.log(`  ${l.corpus}/${l.doc}: "${l.a.text}"#${l.a.nth} vs "${l.b.text}"#${l.b.nth} (${l.quantity}: ${l.why})`);
}

// 4. a sample for hand judging
if (sampleN > 0) {
  console.log(`\nsample of ${Math.min(sampleN, reported.length)} conflicts (seed ${seed}):`);
  for (const r of sample(reported, sampleN, seed)) console.log(`\n=== ${r.key}\n${describe(r)}`);
}

console.log(JSON.stringify({
  bench: "conflicts", docs: docs.length, conflicts: reported.length, disputes, seconds: Number(secs.toFixed(1)),
  real: s.real, traps: s.traps, recall: Number(s.recall.toFixed(3)), precision: Number.isNaN(s.precision) ? null : Number(s.precision.toFixed(3)),
  trapsFlagged: s.trapsFlagged.length,
}));
