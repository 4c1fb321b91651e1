/**
 * Reads the attribution corpus: BRAT standoff files (.ann) over plain texts.
 * A text body (`T5\tSource 112 135;140 150\tthe ...`) may be discontinuous; an event line
 * (`E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5`) ties one attribution's parts.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { attributionDir } from "./paths.js";

/** A possibly discontinuous span: its parts, each [start, end), in text order. */
export type Spans = Array<[number, number]>;

/** One text-bound annotation (T line). */
export type BratText = {
  /** T5 */
  id: string;
  /** Source, Cue, Content, Attribution, Attribution-no-source, Discuss, Discard ... */
  type: string;
  /** Its parts as offsets into the text. */
  spans: Spans;
};

/** One attribution: an E line resolved to its parts. */
export type GoldAttribution = {
  /** E2 */
  id: string;
  /** True for Attribution-no-source. */
  noSource: boolean;
  /** The source's spans, or null when none is marked. */
  source: Spans | null;
  /** The cue's spans, or null. */
  cue: Spans | null;
  /** The content's spans (Content and Content2 merged), or null. */
  content: Spans | null;
};

/** One corpus article with its first annotator's attributions. */
export type CorpusDoc = {
  /** The file name without .txt */
  slug: string;
  /** The article text (headline first). */
  text: string;
  /** The .ann file used (first in sorted order). */
  annFile: string;
  /** Every attribution of that file, in file order. */
  attributions: GoldAttribution[];
};

/** Parses "12 20;25 30" into [[12,20],[25,30]], sorted. */
export function parseSpans(s: string): Spans {
  return s
    .split(";")
    .map((p) => p.trim().split(/\s+/).map(Number) as [number, number])
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b))
    .sort((x, y) => x[0] - y[0]);
}

/** Parses one .ann file into its attributions. */
export function parseAnn(ann: string): GoldAttribution[] {
  const texts = new Map<string, BratText>();
  const events: string[][] = [];
  for (const line of ann.split(/\r?\n/)) {
    const cols = line.split("\t");
    if (line.startsWith("T") && cols.length >= 2) {
      const m = /^(\S+)\s+(.*)$/.exec(cols[1]);
      if (m) texts.set(cols[0], { id: cols[0], type: m[1], spans: parseSpans(m[2]) });
    } else if (line.startsWith("E") && cols.length >= 2) {
      events.push([cols[0], ...cols[1].trim().split(/\s+/)]);
    }
  }
  const out: GoldAttribution[] = [];
  for (const [id, ...args] of events) {
    const a: GoldAttribution = { id, noSource: false, source: null, cue: null, content: null };
    for (const arg of args) {
      const [role, ref] = arg.split(":");
      if (!ref) continue;
      const t = texts.get(ref);
      if (role.startsWith("Attribution")) a.noSource = role === "Attribution-no-source";
      if (!t) continue;
      if (role === "Source") a.source = t.spans;
      else if (role === "Cue") a.cue = t.spans;
      else if (role.startsWith("Content")) a.content = [...(a.content ?? []), ...t.spans].sort((x, y) => x[0] - y[0]);
    }
    out.push(a);
  }
  return out;
}

/** Loads one split (dev or train): each text with the first .ann in sorted order. */
export function loadSplit(split: string, dir = attributionDir): CorpusDoc[] {
  const textDir = path.join(dir, split, "text");
  const annDir = path.join(dir, split, "attributions");
  if (!existsSync(textDir)) throw new Error(`no corpus at ${textDir}`);
  const anns = existsSync(annDir) ? readdirSync(annDir).filter((f) => f.endsWith(".ann")).sort() : [];
  const docs: CorpusDoc[] = [];
  for (const f of readdirSync(textDir).filter((f) => f.endsWith(".txt")).sort()) {
    const slug = f.slice(0, -4);
    const annFile = anns.find((a) => a.slice(0, a.lastIndexOf("_")) === slug);
    if (!annFile) continue;
    docs.push({
      slug,
      text: readFileSync(path.join(textDir, f), "utf8"),
      annFile,
      attributions: parseAnn(readFileSync(path.join(annDir, annFile), "utf8")),
    });
  }
  return docs;
}

/** The text of a span list, parts joined by " … ". */
export function spanText(text: string, spans: Spans | null): string {
  return (spans ?? []).map(([a, b]) => text.slice(a, b)).join(" … ");
}
