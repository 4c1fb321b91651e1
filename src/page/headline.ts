/**
 * The headline, the byline, and the densest text block of a live page.
 */
import { isFurniture, isHidden } from "./live.js";

/** Longest text taken as a headline; longer h1s are not headlines. */
const HEADLINE_MAX = 300;
/** Token overlap (Dice) above which two titles are the same headline ("Title | Site" vs "Title"). */
const TITLE_SIMILARITY = 0.75;
/** Paragraph-ish elements counted when looking for the densest block. */
const DENSE_TAGS = "p, pre, blockquote";
/** Paragraphs shorter than this do not count towards density (captions, labels). */
const DENSE_MIN_PARAGRAPH = 40;
/** Elements holding a byline (the first in the page is taken). */
const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], .author, .byline, [class*="byline"]';
/** Longest text taken as a byline. */
const BYLINE_MAX = 120;

/** Words of a title, lower-cased. */
function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True when two titles name the same headline: one contains the other, or most words match. */
export function similarTitle(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return false;
  const ja = wa.join(" ");
  const jb = wb.join(" ");
  if (ja === jb) return true;
  const [short, long] = ja.length < jb.length ? [ja, jb] : [jb, ja];
  if (short.length >= 20 && long.includes(short)) return true;
  const set = new Set(wb);
  const common = wa.filter((w) => set.has(w)).length;
  return (2 * common) / (wa.length + wb.length) >= TITLE_SIMILARITY;
}

/** The text of an element with white space collapsed. */
function flat(el: Element): string {
  return (el.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** Headings looked at, per level: headlines come early in the page. */
const MAX_HEADINGS = 20;

/** Visible headings of one level with their text, in document order. */
function headings(doc: Document, tag: "h1" | "h2"): Array<{ el: Element; text: string }> {
  const out: Array<{ el: Element; text: string }> = [];
  const all = doc.querySelectorAll(tag);
  for (let i = 0; i < all.length && out.length < MAX_HEADINGS; i++) {
    const text = flat(all[i]);
    if (text.length > 0 && text.length <= HEADLINE_MAX && !isHidden(all[i])) out.push({ el: all[i], text });
  }
  return out;
}

/** The headline: an h1 matching the page's title (Readability's, og:title, <title>), else that title. */
export function findHeadline(doc: Document, readabilityTitle: string | null): { text: string; el: Element | null } | null {
  const og = doc.querySelector('meta[property="og:title"], meta[name="twitter:title"]')?.getAttribute("content")?.trim();
  const titles = [readabilityTitle, og, doc.title?.trim()].filter((t): t is string => !!t);
  // an h2 may carry the headline when no h1 does (some templates keep h1 for the logo)
  for (const level of ["h1", "h2"] as const) {
    const hs = headings(doc, level);
    for (const t of titles) {
      const h = hs.find((x) => similarTitle(x.text, t));
      if (h) return { text: h.text, el: h.el };
    }
  }
  const text = readabilityTitle ?? og ?? null;
  return text ? { text, el: null } : null;
}

/** A byline without the date and "By" that often come with it: "22/02/2016 by admin" -> "admin". */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw.replace(/\s+/g, " ").trim();
  const by = /(?:^|\s)by\s+(.+)$/i.exec(s);
  if (by) s = by[1];
  s = s.replace(/^[\s|·•,:;–—-]+|[\s|·•,:;–—-]+$/g, "");
  return s && s.length <= BYLINE_MAX ? s : null;
}

/** The byline from metadata or a byline element, or null. */
export function findByline(doc: Document): string | null {
  const meta = doc.querySelector('meta[name="author"], meta[property="article:author"]')?.getAttribute("content")?.trim();
  if (meta && !/^https?:/.test(meta)) return cleanByline(meta);
  const el = doc.querySelector(BYLINE_SELECTOR);
  return el ? cleanByline(flat(el)) : null;
}

/** The element holding the most paragraph text, outside page furniture; null when none. */
export function densestBlock(doc: Document): Element | null {
  const score = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll(DENSE_TAGS))) {
    const len = flat(p).length;
    const parent = p.parentElement;
    if (!parent || len < DENSE_MIN_PARAGRAPH) continue;
    score.set(parent, (score.get(parent) ?? 0) + len);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s <= bestScore) continue;
    let furniture = false;
    for (let a: Element | null = el; a && a !== doc.body && !furniture; a = a.parentElement) furniture = isFurniture(a);
    if (!furniture) [best, bestScore] = [el, s];
  }
  return best;
}
