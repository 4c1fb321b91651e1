/**
 * The analysis engine: article text in, who-said-what and conflicting figures out.
 * PURE: no DOM, no browser API, no I/O.
 *
 * Workflow:
 *  1. segment the text into paragraphs, quotations and sentences (segment.ts)
 *  2. find attributions: cue, speaker phrase, content, in every order (attribution.ts)
 *  3. read the speakers' phrases and merge them into sources (sources.ts)
 *  4. find figures as intervals (figures.ts), with measure and scope (measure.ts)
 *  5. give each figure the source whose claim holds it; find conflicts (conflicts.ts)
 */
import { bareQuote, sentenceClaims, type RawClaim } from "./attribution.js";
import { findConflicts, type Comparable } from "./conflicts.js";
import { findFigures, type RawFigure } from "./figures.js";
import { measureFigures, OWN_DOMAIN } from "./measure.js";
import { paragraphs, quoteAt, quotes, sentences, type Sentence } from "./segment.js";
import { kindOf } from "./speaker.js";
import { TITLE_MODIFIERS, TITLES } from "./lexicon.js";
import { isCap, isPossessive, tokenize } from "./text.js";
import { finishDraft, mergeMentions, readMention, type Mention, type SourceDraft } from "./sources.js";
import type { Analysis, ArticleInput, Claim, Figure, Source } from "./types.js";

export type * from "./types.js";

/** Lower-case words that describe a source right before its name ("state news agency SANA"). */
const DESCRIPTORS = new Set("state official news agency broadcaster newspaper daily outlet group".split(" "));

/** Texts longer than this are cut before analysis, so no page can stall the engine. */
export const MAX_TEXT = 2_000_000;

/** Analyse one article. Never throws; offsets index into `input.text`. */
export function analyze(input: ArticleInput): Analysis {
  const text = typeof input?.text === "string" ? input.text : "";
  const article = {
    found: input?.found ?? true,
    title: input?.title ?? null,
    byline: input?.byline ?? null,
    text,
    ...(input?.method ? { method: input.method } : {}),
  };
  try {
    const result = analyzeText(normalizeQuotes(text.slice(0, MAX_TEXT)), input?.title ?? null);
    // spans were found on the normalised text (same length): their texts come from the original
    for (const x of [...result.claims, ...result.figures]) x.text = text.slice(x.start, x.end);
    for (const src of result.sources) for (const m of src.mentions) m.text = text.slice(m.start, m.end);
    return { schema: "crosscheck/analysis@1", article, ...result };
  } catch (e) {
    // the engine must never break its caller: an empty analysis says nothing false
    return { schema: "crosscheck/analysis@1", article: { ...article, error: String(e) } as typeof article, sources: [], claims: [], figures: [], conflicts: [] };
  }
}

/** Two apostrophes stand for a double quote in some papers' archives: read them as one (same length). */
function normalizeQuotes(text: string): string {
  return text.includes("''") ? text.replace(/''/g, '" ') : text;
}

/** Person names anywhere in the text: the antecedents pronouns may point to. */
const PERSON_NAME = /(?<![\p{L}\p{N}])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Prof|Rev)\.\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}|\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})(?![\p{L}\p{N}])/gu;
/** Words that make a capitalised pair a place or a body, not a person. */
const NOT_PERSON = /\b(?:The|North|South|East|West|New|San|Santa|Los|Las|El|Saint|St|United|Saudi|Islamic|Republic|Kingdom|States|City|County|Island|Islands|Sea|River|Bay|Gulf|Street|Avenue|Square|Park|Hall|Center|Centre|University|College|House|Party|Court|Department|Ministry|Committee|Council|Times|Post|News|Fox|Services|Service|Agency|Association|Institute|Office|Group|Bank|Fund|Company|Inc|Corp|Foundation|Network|Club|Church|School|Hospital|Airport|Station|Bridge|Road|Tower|Campaign|Administration|Senate|Congress|Democrats|Republicans|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|In|On|At|But|And|As|If|When|While|After|Before|For|With|From|By|This|That|These|Those|His|Her|Their|Our|It|He|She|They|We|I)\b/;

function personCandidates(text: string, qs: ReturnType<typeof quotes>, pronouns: number[], bodyStart: number): Mention[] {
  const out: Mention[] = [];
  // only the stretches a pronoun may look back over: no pronoun speakers, no scan
  const windows: [number, number][] = [];
  for (const p of pronouns) {
    const from = Math.max(bodyStart, p - PRONOUN_REACH);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], p);
    else windows.push([from, p]);
  }
  const shape = new Map<string, Mention | null>();
  for (const [from, to] of windows) {
    PERSON_NAME.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = PERSON_NAME.exec(text)) && m.index < to) {
      let found = m[0];
      let at = m.index;
      const opener = LEADING_WORDS.exec(found);
      if (opener) {
        // read again from after the opener: "What Mr. Roe ..." holds "Mr. Roe"
        PERSON_NAME.lastIndex = at + opener[0].length;
        continue;
      }
      if (NOT_PERSON.test(found) && !TITLE_ABBR.test(found)) continue;
      if (quoteAt(qs, at) || /(?:\bof|\bthe)\s+$/i.test(text.slice(Math.max(0, at - 5), at))) continue;
      const hit = { text: found, index: at };
      // the same words read the same way: read each distinct name once
      let men = shape.get(hit.text);
      if (men === undefined) {
        const r = readMention(hit.text, 0, hit.text.length, undefined, false);
        const k = r.name ? kindOf([r.text], true, false, r.titled) : null;
        men = k === "unknown" || k === "person" ? r : null;
        shape.set(hit.text, men);
      }
      if (!men) continue;
      // a subject: among the first words of its sentence ("For Lena Vogt, 29, ...", "Opposition leader X ...")
      const lead = text.slice(Math.max(0, hit.index - 40), hit.index);
      const salient = hit.index === 0 || /(?:^|[\n.!?]["”]?\s+|\n)(?:[\p{L}’'-]+,?\s+){0,3}$/u.test(lead);
      // the titles and words before the name belong to the mention ("Opposition leader Jane Roe")
      const b = extendBack(text, hit.index);
      const titledBefore = text.slice(b, hit.index).toLowerCase().split(/\s+/).some((w) => TITLES.has(w) && !TITLE_MODIFIERS.has(w));
      out.push({ ...men, text: text.slice(b, hit.index + hit.text.length), start: b, end: hit.index + hit.text.length, salient, titled: men.titled || TITLE_ABBR.test(hit.text) || titledBefore });
    }
  }
  return out;
}

/** Abbreviated titles that make a capitalised word a person ("Mr. Kamin"). */
const TITLE_ABBR = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Prof|Rev)\./;
/** Words that open a sentence before a name ("For Lena Roe, ..."): not part of it. */
const LEADING_WORDS = /^(?:For|In|On|At|But|And|As|If|When|While|After|Before|With|From|By|Like|To|Then|So|Yet|Even|Only|Also|What|Who|Where|How|Why|That|This|It|There|Here|The|A|An|His|Her|Their|Our|My|Once|Now|Still|Since|Though|Although|Because|Unlike|Under|Over|During|Asked)\s+/;
/** How far before a pronoun its antecedent may stand (as in sources.ts). */
const PRONOUN_REACH = 4000;

function analyzeText(text: string, title: string | null): Omit<Analysis, "schema" | "article"> {
  // 1. structure
  const paras = paragraphs(text);
  const qs = quotes(text, paras);
  const sents = sentences(text, paras, qs);
  const headlineEnd = headline(text, paras, title);
  // 2. attributions
  const raw: RawClaim[] = [];
  for (const s of sents) if (s.start >= headlineEnd || headlineEnd === 0) sentenceClaims(text, s, qs, raw);
  continueQuotes(text, sents, qs, raw);
  // 3. sources
  const speakerOf: Mention[][] = [];
  const mentions: Mention[] = [];
  for (const c of raw) {
    if (c.sameAs !== undefined) {
      speakerOf.push(speakerOf[c.sameAs] ?? []);
      continue;
    }
    const ms = c.speakers.map((s) => readMention(text, s.start, s.end, s.aside, true));
    speakerOf.push(ms);
    mentions.push(...ms);
  }
  const pronounAt = mentions.filter((m) => m.pronoun || (!m.name && /^the\s/i.test(m.text))).map((m) => m.start).sort((a, b) => a - b);
  const { drafts, of } = mergeMentions(mentions, personCandidates(text, qs, pronounAt, headlineEnd), text, headlineEnd);
  const cited = drafts.filter((d) => d.mentions.length);
  const idOf = new Map<SourceDraft, string>();
  const claims: Claim[] = [];
  raw.forEach((c, k) => {
    for (const m of speakerOf[k] ?? []) {
      const d = of.get(m);
      if (!d) continue;
      if (!idOf.has(d)) idOf.set(d, `s${idOf.size + 1}`);
      claims.push({ id: `c${claims.length + 1}`, sourceId: idOf.get(d)!, text: text.slice(c.start, c.end), start: c.start, end: c.end, cue: text.slice(c.cueStart, c.cueStart + c.cue.length), direct: c.direct });
    }
  });
  addNameMentions(text, cited.filter((d) => idOf.has(d)), headlineEnd);
  // 4. figures
  const rawFigs = findFigures(text);
  const sentenceOf = sentenceFinder(sents);
  // the names of sources are not places (person names found only as antecedents may be)
  const names = new Set(cited.filter((d) => idOf.has(d)).flatMap((d) => d.mentions.filter((m) => m.speaks || m.titled).map((m) => m.name?.toLowerCase()).filter((x): x is string => !!x)));
  const measured = measureFigures(text, rawFigs, sents, sentenceOf, (s) => names.has(s.toLowerCase()), headlineEnd);
  // 5. sources of figures, conflicts
  const holderOf = containerFinder(claims);
  const figures: Figure[] = rawFigs.map((f, i) => {
    const holder = holderOf(f.start, f.end);
    const m = measured[i]!;
    return { id: `f${i + 1}`, text: text.slice(f.start, f.end), start: f.start, end: f.end, low: round(f.low), high: round(f.high), measure: m.measure, scope: m.places.filter((p) => p !== OWN_DOMAIN).join(", ") || null, sourceId: holder?.sourceId ?? null, ...(f.lowOpen ? { lowExclusive: true } : {}), ...(f.highOpen ? { highExclusive: true } : {}) };
  });
  const sources: Source[] = [];
  const claimsBy = groupIds(claims, (c) => c.sourceId);
  const figuresBy = groupIds(figures, (f) => f.sourceId);
  for (const [d, id] of idOf) {
    sources.push({
      id,
      name: d.name,
      kind: d.kind,
      description: d.description,
      mentions: d.mentions.sort((a, b) => a.start - b.start).map((m) => ({ text: m.text, start: m.start, end: m.end })),
      claimIds: claimsBy.get(id) ?? [],
      figureIds: figuresBy.get(id) ?? [],
    });
  }
  sources.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  const nameOf = new Map(sources.map((s) => [s.id, s.name]));
  const comparable: Comparable[] = figures.map((f, i) => ({
    id: f.id,
    raw: rawFigs[i]!,
    m: measured[i]!,
    text: f.text,
    sourceId: f.sourceId,
    headline: f.start < headlineEnd,
    who: f.sourceId ? nameOf.get(f.sourceId)! : f.start < headlineEnd ? "the headline" : "the article",
  }));
  const conflicts = findConflicts(comparable);
  return { sources, claims, figures, conflicts };
}

/** Ids grouped by a key. */
function groupIds<T extends { id: string }>(xs: T[], key: (x: T) => string | null): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const x of xs) {
    const k = key(x);
    if (k === null) continue;
    const l = m.get(k);
    if (l) l.push(x.id);
    else m.set(k, [x.id]);
  }
  return m;
}

/** The first claim (in text order) whose span holds [start, end); claims may nest, so check a few back. */
function containerFinder(claims: Claim[]): (start: number, end: number) => Claim | undefined {
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  const starts = sorted.map((c) => c.start);
  return (start, end) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    let found: Claim | undefined;
    for (let k = lo - 1; k >= 0 && k >= lo - 16; k--) {
      const c = sorted[k]!;
      if (c.start <= start && end <= c.end) found = c;
    }
    return found;
  };
}

function round(n: number | null): number | null {
  return n === null ? null : Math.round(n * 1000) / 1000;
}

/** End offset of the headline paragraph (the first paragraph, or the one equal to the title). */
function headline(text: string, paras: ReturnType<typeof paragraphs>, title: string | null): number {
  const first = paras[0];
  if (!first) return 0;
  if (title) {
    const p = paras.slice(0, 3).find((p) => text.slice(p.start, p.end).trim() === title.trim());
    if (p) return p.end;
  }
  // a first paragraph without a final period, short, is a headline
  const t = text.slice(first.start, first.end);
  return t.length < 200 && !/[.!?]["”]?$/.test(t) ? first.end : 0;
}

function sentenceFinder(sents: Sentence[]): (f: RawFigure) => Sentence {
  return (f) => {
    let lo = 0;
    let hi = sents.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sents[mid]!.start <= f.start) lo = mid;
      else hi = mid - 1;
    }
    return sents[lo] ?? { start: 0, end: 0, paragraph: 0, index: 0 };
  };
}

/**
 * A bare quotation that follows an attributed one in the same paragraph, or that makes up a
 * paragraph right after a paragraph whose last claim was a quotation, is the same speaker's.
 */
function continueQuotes(text: string, sents: Sentence[], qs: ReturnType<typeof quotes>, raw: RawClaim[]): void {
  const bySentence = new Map<number, number>();
  raw.forEach((c, i) => bySentence.set(c.sentence, i));
  const added: RawClaim[] = [];
  let last: { index: number; paragraph: number; direct: boolean; wholeParagraph: boolean } | null = null;
  for (const s of sents) {
    const k = bySentence.get(s.index);
    if (k !== undefined) {
      last = { index: k, paragraph: s.paragraph, direct: raw[k]!.direct, wholeParagraph: false };
      continue;
    }
    const q = bareQuote(text, s, qs);
    if (!q || !last) {
      if (last && s.paragraph !== last.paragraph) last = null;
      continue;
    }
    const sameParagraph = s.paragraph === last.paragraph;
    const nextParagraph = s.paragraph === last.paragraph + 1 && last.direct && isParagraphStart(sents, s);
    if (!sameParagraph && !nextParagraph) {
      last = null;
      continue;
    }
    const src = raw[last.index]!;
    const root = src.sameAs ?? last.index;
    if (sameParagraph && src.direct && src.sentence < s.index) {
      // one speaker's quotation that runs on in the paragraph is one claim
      src.end = Math.max(src.end, Math.min(q.end, s.end));
      continue;
    }
    added.push({ start: q.start, end: Math.min(q.end, s.end), cue: src.cue, cueStart: src.cueStart, speakers: [], sameAs: root, direct: true, sentence: s.index });
    last = { ...last, paragraph: s.paragraph };
  }
  raw.push(...added);
}

function isParagraphStart(sents: Sentence[], s: Sentence): boolean {
  return s.index === 0 || sents[s.index - 1]!.paragraph !== s.paragraph;
}

/**
 * Every later or earlier use of a cited source's name is one of its mentions too
 * ("state news agency SANA" where SANA is cited), extended over the words that describe it.
 */
function addNameMentions(text: string, drafts: SourceDraft[], from: number): void {
  // one pass over the text for all names, longest first so "John Kerry" wins over "Kerry"
  const owner = new Map<string, SourceDraft>();
  for (const d of drafts) for (const m of d.mentions) if (m.name && m.name.length > 1 && !owner.has(m.name)) owner.set(m.name, d);
  if (!owner.size) return;
  // names by their first word, longest first: a scan of capitalised words finds them all in one pass
  const byFirst = new Map<string, string[]>();
  for (const n of owner.keys()) {
    const first = /^[^\s]+/.exec(n)![0];
    const l = byFirst.get(first);
    if (l) l.push(n);
    else byFirst.set(first, [n]);
  }
  for (const l of byFirst.values()) l.sort((a, b) => b.length - a.length);
  const taken = drafts.flatMap((d) => d.mentions.map((m) => [m.start, m.end] as [number, number])).sort((x, y) => x[0] - y[0]);
  const starts = taken.map((t) => t[0]);
  const overlaps = (s: number, e: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < e) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (taken[k]![1] > s) return true;
    return false;
  };
  const touched = new Set<SourceDraft>();
  const CAP_WORD = /(?<![\p{L}\p{N}])\p{Lu}[^\s,.;:!?"“”()]*/gu;
  CAP_WORD.lastIndex = from;
  let cw: RegExpExecArray | null;
  while ((cw = CAP_WORD.exec(text))) {
    const w = cw[0];
    const cands = byFirst.get(w) ?? byFirst.get(w.replace(/[’']s$/, ""));
    if (!cands) continue;
    const i = cw.index;
    const hit = cands.find((n) => text.startsWith(n, i) && !/[\p{L}\p{N}]/u.test(text[i + n.length] ?? ""));
    if (!hit) continue;
    const s = i;
    const e = i + hit.length;
    CAP_WORD.lastIndex = e;
    const d = owner.get(hit);
    if (!d || overlaps(s, e)) continue;
    const b = extendBack(text, s);
    const found = readMention(text, b, e, undefined, false);
    d.mentions.push(found.name && found.name.endsWith(hit) ? found : { ...found, name: hit });
    touched.add(d);
  }
  for (const d of touched) finishDraft(d);
}

/** Titles, name words and descriptors before a name ("Syrian President Bashar Assad", "state news agency SANA"). */
function extendBack(text: string, s: number): number {
  const toks = tokenize(text, Math.max(0, s - 80), s);
  let k = toks.length - 1;
  while (k >= 0) {
    const t = toks[k]!;
    const w = t.text.toLowerCase();
    if (!t.word || isPossessive(t.text)) break;
    if (isCap(t.text) || TITLES.has(w) || DESCRIPTORS.has(w)) {
      k--;
      continue;
    }
    break;
  }
  while (k + 1 < toks.length && /^(?:the|a|an)$/i.test(toks[k + 1]!.text)) k++;
  return k + 1 < toks.length ? toks[k + 1]!.start : s;
}

/** Whole-analysis helpers for the extension and the command line. */
export { findFigures, paragraphs, quotes, sentences };
