/**
 * Find the news article on a page, in the browser or on a Node DOM (no browser.* calls).
 *
 * Workflow:
 *  1. run Readability on a CLONE whose elements carry the index of their live twin
 *  2. rebuild its output as paragraphs from the LIVE text nodes (blocks.ts), recording a TextMap
 *  3. drop boilerplate lines and trailing link lists (clean.ts)
 *  4. when that is not an article: fall back to <article>, <main>, then the densest text block
 *  5. put the headline (the h1 matching the title, else og:title) first, "\n\n", then the body
 */
import { Readability } from "@mozilla/readability";
import type { ArticleInput } from "../analysis/types.js";
import { joinBlocks, walkBlocks, type Block, type WalkContext } from "./blocks.js";
import { cleanBlocks, isLinkBlock } from "./clean.js";
import { isEditable, isFurniture, isHidden } from "./live.js";
import { TextMap } from "./text-map.js";
import { cleanByline, densestBlock, findByline, findHeadline, similarTitle } from "./headline.js";

/** Attribute put on the clone's elements (never on the live page) naming their live twin. */
const TWIN_ATTR = "data-crosscheck-twin";
/** Non-link characters an article needs at least; below that a page has no article. */
const MIN_ARTICLE_CHARS = 200;
/** Readability's own threshold for a successful grab (its default). */
const READABILITY_CHAR_THRESHOLD = 500;
/** Readability gives up on pages with more elements than this (0 = no limit, its default). */
const READABILITY_MAX_ELEMS = 0;
/** Leading body paragraphs checked for a repeat of the headline. */
const HEADLINE_REPEAT_WINDOW = 3;

/** How the article was found. */
export type DetectMethod = "readability" | "article" | "main" | "densest" | "page" | "none";

/** The detected article: ArticleInput fields plus the map back to the live DOM. */
export type Detection = {
  /** False when the page has no article. */
  found: boolean;
  /** The headline, or null. */
  title: string | null;
  /** The byline, or null. */
  byline: string | null;
  /** Headline, then the body's paragraphs, separated by "\n\n". */
  text: string;
  /** How the article was found. */
  method: DetectMethod;
  /** Where the body starts in `text` (after the headline and its separator). */
  bodyStart: number;
  /** Offsets in `text` <-> live DOM points. */
  map: TextMap;
  /** The live element the body was taken from, when known (for watching late content). */
  root: Element | null;
};

/** Options of one detection. */
export type DetectOptions = {
  /** When no article is found, take the whole page's visible text. */
  wholePage?: boolean;
  /** Skip Readability (tests of the fallbacks). */
  noReadability?: boolean;
};

/** The ArticleInput the analysis takes, without the DOM map. */
export function toArticleInput(d: Detection): ArticleInput {
  return { text: d.text, title: d.title, byline: d.byline, found: d.found, method: d.method };
}

/** Context for walking the live DOM itself (page furniture skipped or not). */
export function liveContext(skipFurniture: boolean): WalkContext {
  return {
    liveElement: (el) => el,
    liveText: (t) => t,
    skipLive: (el) => isHidden(el) || isEditable(el) || (skipFurniture && isFurniture(el)),
  };
}

/** Non-link characters of blocks: how much prose there is. */
function proseChars(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) if (!isLinkBlock(b)) n += b.text.length - b.linkChars;
  return n;
}

/** Share of the body text that must map to live nodes; below it the clone lost its twins. */
const MIN_MAPPED_SHARE = 0.5;

/**
 * Readability's result as blocks of live text, or null when it found nothing.
 * Each clone element knows its live twin: first through a JS property (cheap), and when
 * Readability rebuilt its working copy from HTML (a retry, which drops JS properties) again
 * through an attribute on the clone, which survives the rebuild.
 */
export function readabilityBlocks(doc: Document): { blocks: Block[]; title: string | null; byline: string | null } | null {
  const fast = readabilityPass(doc, false);
  if (!fast || mappedShare(fast.blocks) >= MIN_MAPPED_SHARE) return fast;
  return readabilityPass(doc, true) ?? fast;
}

/** Share of the blocks' characters that map to live text nodes. */
function mappedShare(blocks: Block[]): number {
  let all = 0;
  let mapped = 0;
  for (const b of blocks) {
    all += b.text.length;
    for (let i = 0; i < b.map.size; i++) mapped += b.map.lengths[i];
  }
  return all ? mapped / all : 1;
}

/** A JS property on clone elements holding their live twin (never set on the live page). */
const TWIN = Symbol("crosscheck.twin");
type Twinned = Element & { [TWIN]?: Element };

/** One Readability run on a fresh clone; `attributes` marks twins with an attribute, else a JS property. */
function readabilityPass(doc: Document, attributes: boolean): { blocks: Block[]; title: string | null; byline: string | null } | null {
  const liveEls = doc.querySelectorAll("*");
  const clone = doc.cloneNode(true) as Document;
  const cloneEls = clone.querySelectorAll("*");
  if (cloneEls.length !== liveEls.length) return null;
  if (attributes) for (let i = 0; i < cloneEls.length; i++) cloneEls[i].setAttribute(TWIN_ATTR, String(i));
  else for (let i = 0; i < cloneEls.length; i++) (cloneEls[i] as Twinned)[TWIN] = liveEls[i];
  const parsed = new Readability<Element>(clone, {
    serializer: (el) => el as Element,
    charThreshold: READABILITY_CHAR_THRESHOLD,
    maxElemsToParse: READABILITY_MAX_ELEMS,
  }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return null;
  /** Per live element: its text nodes and how far the matching got (output is in document order). */
  const cursors = new Map<Element, { list: Text[]; i: number; deep: boolean }>();
  const ctx: WalkContext = {
    liveElement(el) {
      if (!attributes) return (el as Twinned)[TWIN] ?? null;
      const i = el.getAttribute(TWIN_ATTR);
      return i === null ? null : (liveEls[Number(i)] ?? null);
    },
    liveText(t, parent) {
      if (!parent) return null;
      let cur = cursors.get(parent);
      if (!cur) {
        cur = { list: childTexts(parent, false), i: 0, deep: false };
        cursors.set(parent, cur);
      }
      for (let pass = 0; pass < 2; pass++) {
        for (let k = cur.i; k < cur.list.length; k++) {
          if (cur.list[k].data === t.data) {
            cur.i = k + 1;
            return cur.list[k];
          }
        }
        // Readability moved the text out of a child it unwrapped or renamed: look at all descendants once
        if (cur.deep) break;
        cur.list = childTexts(parent, true);
        cur.i = 0;
        cur.deep = true;
      }
      return null;
    },
    skipLive: (el) => isHidden(el) || isEditable(el),
  };
  const blocks = walkBlocks(content, ctx, null);
  return { blocks, title: parsed.title?.trim() || null, byline: parsed.byline?.trim() || null };
}

/** The text nodes of an element: its children, or all its descendants. */
function childTexts(el: Element, deep: boolean): Text[] {
  const out: Text[] = [];
  const visit = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push(c as Text);
      else if (deep && c.nodeType === 1) visit(c);
    }
  };
  visit(el);
  return out;
}

/** Fallback roots in order of trust: the biggest <article>, <main>, the densest block. */
function fallbackRoots(doc: Document): Array<[DetectMethod, Element]> {
  const out: Array<[DetectMethod, Element]> = [];
  let best: Element | null = null;
  let bestLen = 0;
  for (const a of Array.from(doc.querySelectorAll("article"))) {
    const len = (a.textContent ?? "").length;
    if (len > bestLen) [best, bestLen] = [a, len];
  }
  if (best) out.push(["article", best]);
  const main = doc.querySelector("main, [role=main]");
  if (main) out.push(["main", main]);
  const dense = densestBlock(doc);
  if (dense) out.push(["densest", dense]);
  return out;
}

/** The answer for a page without an article. */
function notFound(): Detection {
  return { found: false, title: null, byline: null, text: "", method: "none", bodyStart: 0, map: new TextMap(), root: null };
}

/** Detect the article of a document. Never throws on odd pages; `found: false` when there is none. */
export function detectArticle(doc: Document, options: DetectOptions = {}): Detection {
  let method: DetectMethod = "none";
  let body: Block[] = [];
  let root: Element | null = null;
  let rTitle: string | null = null;
  let rByline: string | null = null;
  if (!doc.documentElement || !doc.body) return notFound();
  if (!options.noReadability) {
    try {
      const r = readabilityBlocks(doc);
      if (r) {
        [rTitle, rByline] = [r.title, r.byline];
        const cleaned = cleanBlocks(r.blocks);
        if (proseChars(cleaned) >= MIN_ARTICLE_CHARS) [method, body] = ["readability", cleaned];
      }
    } catch {
      // Readability fails on some malformed documents; the fallbacks below still work
    }
  }
  if (method === "none" && doc.body) {
    for (const [m, el] of fallbackRoots(doc)) {
      const blocks = cleanBlocks(walkBlocks(el, liveContext(true), el));
      if (proseChars(blocks) >= MIN_ARTICLE_CHARS) {
        [method, body, root] = [m, blocks, el];
        break;
      }
    }
  }
  if (method === "none" && options.wholePage && doc.body) {
    const blocks = walkBlocks(doc.body, liveContext(false), doc.body);
    if (blocks.length) [method, body, root] = ["page", blocks, doc.body];
  }
  if (method === "none") return notFound();
  if (!root && body.length) root = commonRoot(body);

  const head = findHeadline(doc, rTitle);
  let headBlock: Block | null = null;
  if (head?.el) headBlock = walkBlocks(head.el, liveContext(false), head.el).find((b) => b.text.length > 0) ?? null;
  const title = headBlock?.text ?? head?.text ?? null;
  if (title) {
    const window = Math.min(HEADLINE_REPEAT_WINDOW, body.length);
    const repeat = body.slice(0, window).findIndex((b) => similarTitle(b.text, title));
    if (repeat >= 0) body = body.slice(repeat + 1);
  }
  let start = { text: "", map: new TextMap() };
  if (headBlock) start = joinBlocks([headBlock]);
  else if (title) start = { text: title, map: new TextMap() };
  const bodyStart = start.text.length ? start.text.length + 2 : 0;
  const joined = joinBlocks(body, start);
  return {
    found: true,
    title,
    byline: cleanByline(rByline) ?? findByline(doc),
    text: joined.text,
    method,
    bodyStart,
    map: joined.map,
    root,
  };
}

/** The deepest live element holding all mapped text of the blocks. */
function commonRoot(blocks: Block[]): Element | null {
  const first = blocks.find((b) => b.map.size)?.map.nodes[0];
  const lastBlock = [...blocks].reverse().find((b) => b.map.size);
  const last = lastBlock?.map.nodes[lastBlock.map.size - 1];
  if (!first || !last) return null;
  let el: Element | null = first.parentElement;
  while (el && !el.contains(last)) el = el.parentElement;
  return el;
}
