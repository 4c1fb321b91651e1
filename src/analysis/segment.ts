/** Paragraphs, quotations and sentences of an article, with offsets into its text. */
import { countWords, DOTTED_ABBREVIATIONS } from "./text.js";

/** A paragraph: a run of text between line breaks. */
export type Paragraph = { start: number; end: number; index: number };

/** A quotation: from its opening mark to its closing mark (both included). */
export type Quote = {
  /** Offset of the opening mark. */
  start: number;
  /** Offset one past the closing mark (or the paragraph end when it never closes). */
  end: number;
  /** The words inside. */
  words: number;
  /** True when it runs over more than one paragraph. */
  multiParagraph: boolean;
};

/** A sentence; never split inside a quotation. */
export type Sentence = { start: number; end: number; paragraph: number; index: number };

/** Marks that may follow the final punctuation and still belong to the sentence. */
const TRAILERS = "\"”’')]»";
/** After a closing quote: a short name or role, then a cue of saying ("Trump said", "the mayor asked", "said Roe"). */
const SPEAKER_THEN_CUE = /^(?:(?:said|says|asked|added|told|wrote|replied|continued|explained|insisted|declared|shouted|tweeted|noted)\b|(?:[\p{L}’'.-]+\s+){1,5}(?:said|says|asked|added|told|wrote|replied|continued|explained|insisted|declared|shouted|tweeted|noted|concluded)\b)/u;
/** A name and a cue that end the sentence: 'Trump said.' */
const SPEAKER_CUE_END = /^(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:said|says|asked|added|told reporters|wrote)[.!]?\s*$|^(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:said|says|asked|added|wrote)\.\s/u;
/** Words that may begin a sentence after an initialism such as "U.S.". */
const SENTENCE_OPENERS = new Set(
  "the a an he she it they we i but and in on at this that these those his her their its there after when while as if so yet".split(" "),
);

/** Split text into paragraphs (non-empty lines). */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (/\S/.test(m[0])) {
      let s = m.index;
      let e = s + m[0].length;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      out.push({ start: s, end: e, index: out.length });
    }
  }
  return out;
}


/** True when a straight quote at i opens (rather than closes) a quotation. */
function opensHere(text: string, i: number, pStart: number): boolean {
  const before = i > pStart ? text[i - 1]! : " ";
  return /[\s(\[—–-]/.test(before) || i === pStart;
}

/**
 * Find quotations. Curly quotes pair by kind; straight quotes by position (a mark after a space
 * opens, any other closes). A quote left open at a paragraph's end continues when the next
 * paragraph opens with a quote mark (news style for quotes running over paragraphs).
 */
export function quotes(text: string, paras: Paragraph[]): Quote[] {
  const out: Quote[] = [];
  let openAt = -1;
  let multi = false;
  const close = (end: number) => {
    out.push({ start: openAt, end, words: countWords(text, openAt, end), multiParagraph: multi });
    openAt = -1;
    multi = false;
  };
  for (let p = 0; p < paras.length; p++) {
    const { start, end } = paras[p]!;
    for (let i = start; i < end; i++) {
      const cc = text.charCodeAt(i);
      // only quotation marks matter here: “ « „ ” » and "
      if (cc !== 34 && cc !== 0x201c && cc !== 0xab && cc !== 0x201e && cc !== 0x201d && cc !== 0xbb) continue;
      const c = text[i]!;
      const continuation = i === start && multi && openAt >= 0;
      if (c === "“" || c === "«" || c === "„") {
        if (continuation) continue;
        openAt = i; // a second opening mark means the first never closed: restart
        multi = false;
      } else if (c === "”" || c === "»") {
        if (openAt >= 0) close(i + 1);
      } else if (c === '"') {
        if (continuation) continue;
        if (openAt < 0) {
          if (opensHere(text, i, start)) openAt = i;
        } else close(i + 1);
      }
    }
    if (openAt >= 0) {
      const next = paras[p + 1];
      const nextOpens = next && /["“«]/.test(text[next.start]!);
      if (nextOpens) multi = true;
      else if (multi) close(end);
      else openAt = -1; // a stray mark: no quotation
    }
  }
  return out;
}

/** The quotation containing offset i, if any (binary search over sorted quotes). */
export function quoteAt(qs: Quote[], i: number): Quote | undefined {
  let lo = 0;
  let hi = qs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = qs[mid]!;
    if (i < q.start) hi = mid - 1;
    else if (i >= q.end) lo = mid + 1;
    else return q;
  }
  return undefined;
}

function abbreviationBefore(text: string, dot: number): "abbr" | "initialism" | null {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  // ("a high of 34.1C.", "48.1°C.": a degree's letter after a number ends the sentence, no initial)
  if (/^[CF]$/.test(word) && s > 0 && /[\d°]/.test(text[s - 1]!)) return null;
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word) || /^\p{Lu}$/u.test(word)) return "initialism";
  if (DOTTED_ABBREVIATIONS.has(word.toLowerCase())) return "abbr";
  return null;
}

/** Split each paragraph into sentences, never inside a quotation. */
export function sentences(text: string, paras: Paragraph[], qs: Quote[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paras) {
    let s = p.start;
    for (let i = p.start; i < p.end; i++) {
      const cc = text.charCodeAt(i);
      if (cc !== 46 && cc !== 33 && cc !== 63) continue; // sentence-final . ! ?
      const c = text[i]!;
      const q = quoteAt(qs, i);
      let j = i + 1;
      while (j < p.end && TRAILERS.includes(text[j]!)) j++;
      // inside a quotation a sentence ends only where the quotation ends ("... a say." The minister)
      if (q && q.end > j) continue;
      // (a non-breaking space ends a sentence as a space does: "... on Monday.\u00a0The mayor")
      if (j < p.end && text[j] !== " " && text[j] !== "\u00a0") continue;
      let k = j;
      while (k < p.end && (text[k] === " " || text[k] === "\u00a0")) k++;
      if (k >= p.end) continue;
      const next = text[k]!;
      if (!/[\p{Lu}\p{N}"“‘'(«]/u.test(next)) continue;
      // "\u201cWho are they?\u201d Trump said.": a quotation's end followed by its speaker and cue is one sentence
      // (after "?" or "!"; after "." only when the speaker and cue end the sentence: '...done." Roe said.')
      if (j > i + 1 && /["”»]/.test(text[j - 1]!)) {
        const after = text.slice(k, Math.min(p.end, k + 80));
        if (c !== "." ? SPEAKER_THEN_CUE.test(after) : SPEAKER_CUE_END.test(after)) continue;
      }
      if (c === ".") {
        if (/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
        const kind = abbreviationBefore(text, i);
        if (kind === "abbr") continue;
        if (kind === "initialism") {
          const m = /^[\p{L}]+/u.exec(text.slice(k, k + 20));
          if (!m || !SENTENCE_OPENERS.has(m[0].toLowerCase())) continue;
        }
      }
      out.push({ start: s, end: j, paragraph: p.index, index: out.length });
      s = k;
      i = k - 1;
    }
    if (s < p.end) out.push({ start: s, end: p.end, paragraph: p.index, index: out.length });
  }
  return capLength(text, out);
}

/** The longest sentence analysed whole; longer runs (lists, garbage) are cut at commas or spaces, so no sentence costs more than a bounded amount of work. */
export const MAX_SENTENCE = 1500;

function capLength(text: string, sents: Sentence[]): Sentence[] {
  if (sents.every((s) => s.end - s.start <= MAX_SENTENCE)) return sents;
  const out: Sentence[] = [];
  for (const s of sents) {
    let start = s.start;
    while (s.end - start > MAX_SENTENCE) {
      const window = text.slice(start + MAX_SENTENCE / 2, start + MAX_SENTENCE);
      const comma = Math.max(window.lastIndexOf(", "), window.lastIndexOf("; "));
      const space = window.lastIndexOf(" ");
      const cut = start + MAX_SENTENCE / 2 + (comma >= 0 ? comma + 1 : space >= 0 ? space : window.length);
      out.push({ start, end: cut, paragraph: s.paragraph, index: out.length });
      start = cut;
      while (start < s.end && text[start] === " ") start++;
    }
    if (start < s.end) out.push({ start, end: s.end, paragraph: s.paragraph, index: out.length });
  }
  return out;
}
