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

/** Non-link characters an article needs at least; below that a page has no article. */
const MIN_ARTICLE_CHARS = 200;
/** Readability's own threshold for a successful grab (its default). */
const READABILITY_CHAR_THRESHOLD = 500;
/** Readability gives up on pages with more elements than this (0 = no limit, its default). */
const READABILITY_MAX_ELEMS = 0;
/**
 * Let Readability read JSON-LD metadata. Off: we take the headline from h1/og:title and the
 * byline from the page ourselves, and parsing every JSON-LD block costs ~8% of a parse.
 */
const READABILITY_JSONLD = false;
/**
 * Removed from the clone before Readability sees it: never article text, and Readability would
 * walk (and score) them all first. Saves parse time; navigation out also helps precision.
 */
const PRUNE_SELECTOR = "script, style, svg, template, iframe, nav";
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

/** Head elements Readability's metadata reads (title, og:title, author...); the rest is not copied. */
const HEAD_KEEP = new Set(["title", "meta", "base"]);
/** Text nodes scanned ahead when a clone's text node lost its twin (Readability rebuilt it from HTML). */
const CURSOR_WINDOW = 4000;

/** A JS property on clone nodes holding their live twin (never set on the live page). */
const TWIN = Symbol("crosscheck.twin");
type Twinned = Node & { [TWIN]?: Node };

/** Give every node of `clone` (a deep clone of `live`) its twin, by walking both trees in step. */
function pairTwins(live: Node, clone: Node): void {
  let a = live.firstChild;
  let b = clone.firstChild;
  while (a && b) {
    (b as Twinned)[TWIN] = a;
    if (a.firstChild) pairTwins(a, b);
    a = a.nextSibling;
    b = b.nextSibling;
  }
}

/**
 * A copy of the page for Readability: the whole body (every node paired with its live twin),
 * and of the head only what its metadata reads (title, meta): scripts and styles stay behind.
 */
function cloneForReadability(doc: Document): Document | null {
  const html = doc.documentElement;
  const body = doc.body;
  if (!html || !body) return null;
  // importNode into a document without a browsing context: the page's custom elements are not
  // upgraded in the copy, so none of the page's constructors run for it
  const clone = doc.cloneNode(false) as Document;
  const root = clone.importNode(html, false);
  clone.appendChild(root);
  const head = doc.head;
  if (head) {
    const h = clone.importNode(head, false);
    for (let c = head.firstElementChild; c; c = c.nextElementSibling) {
      if (HEAD_KEEP.has(c.localName)) h.appendChild(clone.importNode(c, true));
    }
    root.appendChild(h);
  }
  const b = clone.importNode(body, true);
  (b as Twinned)[TWIN] = body;
  pairTwins(body, b);
  root.appendChild(b);
  return clone;
}

/**
 * Readability's result as blocks of live text, or null when it found nothing.
 * Readability works on a clone whose nodes know their live twins (a JS property). When it
 * retries, it rebuilds its working copy from HTML and the twins are gone; the text nodes are
 * then found again in the live page by their text, in document order (they come out in order).
 */
export function readabilityBlocks(doc: Document): { blocks: Block[]; title: string | null; byline: string | null } | null {
  const clone = cloneForReadability(doc);
  if (!clone) return null;
  if (PRUNE_SELECTOR) for (const el of Array.from(clone.querySelectorAll(PRUNE_SELECTOR))) el.remove();
  const parsed = new Readability<Element>(clone, {
    serializer: (el) => el as Element,
    charThreshold: READABILITY_CHAR_THRESHOLD,
    maxElemsToParse: READABILITY_MAX_ELEMS,
    disableJSONLD: !READABILITY_JSONLD,
  }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return null;
  /** Per live element: its text nodes and how far the matching got. */
  const cursors = new Map<Element, { list: Text[]; i: number; deep: boolean }>();
  /** Hidden or editable live elements, for text found by the cursor (its ancestors were not walked live). */
  const skipped = new Map<Element, boolean>();
  const skipText = (t: Text): boolean => {
    const el = t.parentElement;
    if (!el) return false;
    let v = skipped.get(el);
    if (v === undefined) {
      v = !!el.closest("[hidden],[aria-hidden=true],[contenteditable]:not([contenteditable=false])") || isHidden(el);
      skipped.set(el, v);
    }
    return v;
  };
  const ctx: WalkContext = {
    liveElement: (el) => ((el as Twinned)[TWIN] as Element | undefined) ?? null,
    liveText(t, parent) {
      const twin = (t as Twinned)[TWIN] as Text | undefined;
      if (twin) return twin;
      if (!parent || !/\S/.test(t.data)) return null;
      let cur = cursors.get(parent);
      if (!cur) {
        cur = { list: childTexts(parent, false), i: 0, deep: false };
        cursors.set(parent, cur);
      }
      for (let pass = 0; pass < 2; pass++) {
        const end = Math.min(cur.list.length, cur.i + CURSOR_WINDOW);
        for (let k = cur.i; k < end; k++) {
          if (cur.list[k].data === t.data) {
            cur.i = k + 1;
            return skipText(cur.list[k]) ? false : cur.list[k];
          }
        }
        // the text moved out of a child Readability unwrapped or renamed: look at all descendants once
        if (cur.deep) break;
        cur.list = childTexts(parent, true);
        cur.i = 0;
        cur.deep = true;
      }
      return null;
    },
    skipLive: (el) => isHidden(el) || isEditable(el),
  };
  // the body keeps its twin even when Readability rebuilds everything inside it
  const blocks = walkBlocks(content, ctx, doc.body);
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
