/**
 * Find the news article on a page, in the browser or on a Node DOM (no browser.* calls).
 *
 * Workflow:
 *  1. run Readability on a numbered copy of the page and take its output as an outline
 *     (outline.ts): here on a clone (`detectArticle`, the command line), or away from the page on
 *     its HTML (`detectArticleAsync`, the content script: the background reads it)
 *  2. rebuild the outline as paragraphs from the LIVE text nodes (blocks.ts), recording a TextMap
 *  3. drop boilerplate lines and trailing link lists (clean.ts)
 *  4. when that is not an article: fall back to <article>, <main>, then the densest text block
 *  5. put the headline (the h1 matching the title, else og:title) first, "\n\n", then the body
 * Steps 2-5 are one generator (`detectSteps`) that yields every few hundred nodes: the command
 * line runs it through, the content script lets the page run between slices.
 */
import type { ArticleInput } from "../analysis/types.js";
import { joinBlocks, walkBlocks, walkBlockSteps, type Block, type WalkContext } from "./blocks.js";
import { cleanBlocks, isLinkBlock } from "./clean.js";
import { isEditable, isFurniture, isHidden } from "./live.js";
import { TextMap } from "./text-map.js";
import { yieldToPage } from "./yield.js";
import { cleanByline, densestBlock, findByline, findHeadline, similarTitle } from "./headline.js";
import { HEAD_KEEP, liveElements, numberNodes, outlineContext, outlineNodes, pageHtml, readabilityOutline, type Outline } from "./outline.js";

/** Non-link characters an article needs at least; below that a page has no article. */
const MIN_ARTICLE_CHARS = 200;
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
    liveElement: (el) => el as Element,
    liveText: (t) => t as Text,
    skipLive: (el) => isHidden(el) || isEditable(el) || (skipFurniture && isFurniture(el)),
  };
}

/** Non-link characters of blocks: how much prose there is. */
function proseChars(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) if (!isLinkBlock(b)) n += b.text.length - b.linkChars;
  return n;
}

/** Wrong tags an outline may have before it is read again here (a page whose HTML parses back differently). */
const MAX_WRONG_TAGS = 0;

/**
 * A copy of the page for Readability: the whole body, and of the head only what its metadata
 * reads (title, meta): scripts and styles stay behind.
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
  root.appendChild(clone.importNode(body, true));
  return clone;
}

/** Readability's outline of the page, read here on a clone; null when it finds nothing or fails. */
export function localOutline(doc: Document): Outline | null {
  try {
    const clone = cloneForReadability(doc);
    if (!clone?.body) return null;
    return readabilityOutline(clone, numberNodes(clone.body));
  } catch {
    // Readability fails on some malformed documents; the fallbacks still work
    return null;
  }
}

/** Readability's outline of a page's HTML (pageHtml) parsed by `parse`: what the background runs. */
export function outlineOfHtml(html: string, parse: (html: string) => Document): Outline | null {
  try {
    const doc = parse(html);
    if (!doc.body) return null;
    return readabilityOutline(doc, numberNodes(doc.body));
  } catch {
    return null;
  }
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

/** What the detection asks of its driver: Readability's outline (read here, or anywhere), or a pause. */
export type DetectNeed = { outline: "any" | "here" } | "pause";

/** Run a walk's steps inside detectSteps, pausing at each. */
function* paused<T>(steps: Generator<void, T, void>): Generator<DetectNeed, T, Outline | null | undefined> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    yield "pause";
  }
}

/**
 * The detection, as steps: it yields "pause" every few hundred nodes and asks for Readability's
 * outline with { outline }; "here" when an outline read elsewhere did not fit the live page (its
 * HTML parsed back to another tree), so it must be read on a clone of the page itself.
 */
export function* detectSteps(doc: Document, options: DetectOptions = {}): Generator<DetectNeed, Detection, Outline | null | undefined> {
  let method: DetectMethod = "none";
  let body: Block[] = [];
  let root: Element | null = null;
  let rTitle: string | null = null;
  let rByline: string | null = null;
  if (!doc.documentElement || !doc.body) return notFound();
  if (!options.noReadability) {
    let outline = yield { outline: "any" };
    let live: Element[] | null = null;
    for (let attempt = 0; outline && attempt < 2; attempt++) {
      live ??= liveElements(doc.body);
      yield "pause";
      const { ctx, fit } = outlineContext(live);
      const blocks = outline.elements === live.length ? yield* paused(walkBlockSteps(outlineNodes(outline.root), ctx, doc.body)) : null;
      if (blocks && fit.wrongTag <= MAX_WRONG_TAGS) {
        [rTitle, rByline] = [outline.title, outline.byline];
        const cleaned = cleanBlocks(blocks);
        if (proseChars(cleaned) >= MIN_ARTICLE_CHARS) [method, body] = ["readability", cleaned];
        break;
      }
      // the outline names other elements than the live page has: read it again here
      outline = attempt === 0 ? yield { outline: "here" } : null;
    }
  }
  if (method === "none" && doc.body) {
    for (const [m, el] of fallbackRoots(doc)) {
      const blocks = cleanBlocks(yield* paused(walkBlockSteps(el, liveContext(true), el)));
      if (proseChars(blocks) >= MIN_ARTICLE_CHARS) {
        [method, body, root] = [m, blocks, el];
        break;
      }
    }
  }
  if (method === "none" && options.wholePage && doc.body) {
    const blocks = yield* paused(walkBlockSteps(doc.body, liveContext(false), doc.body));
    if (blocks.length) [method, body, root] = ["page", blocks, doc.body];
  }
  if (method === "none") return notFound();
  if (!root && body.length) root = commonRoot(body);
  yield "pause";

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
  yield "pause";
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

/** Detect the article of a document, all at once (the command line, tests). Never throws on odd pages; `found: false` when there is none. */
export function detectArticle(doc: Document, options: DetectOptions = {}): Detection {
  const steps = detectSteps(doc, options);
  let r = steps.next();
  while (!r.done) r = steps.next(r.value === "pause" ? undefined : localOutline(doc));
  return r.value;
}

/** How the content script runs a detection: Readability's reader elsewhere, the slice length, a stop. */
export type AsyncDetectOptions = DetectOptions & {
  /** Read the page's HTML with Readability elsewhere (the background); null when it found nothing, a rejection to read here instead. */
  readElsewhere?: (html: string) => Promise<Outline | null>;
  /** Longest slice of work between two pauses (ms). */
  sliceMs?: number;
  /** Give the page its thread back (default: yield.ts). */
  yieldToPage?: () => Promise<void>;
  /** True when the result is no longer wanted: the detection stops at the next pause (the result is then `found: false`). */
  cancelled?: () => boolean;
};

/**
 * Detect the article in slices, giving the page its thread back between them; Readability runs
 * elsewhere on the page's HTML when `readElsewhere` is given (else, and when that outline does
 * not fit the live page, on a clone here). The same steps as detectArticle, so both agree.
 */
export async function detectArticleAsync(doc: Document, options: AsyncDetectOptions = {}): Promise<Detection> {
  const sliceMs = options.sliceMs ?? 8;
  const pause = options.yieldToPage ?? yieldToPage;
  const steps = detectSteps(doc, options);
  let sliceStart = performance.now();
  let r = steps.next();
  while (!r.done) {
    let answer: Outline | null | undefined;
    if (r.value === "pause") {
      if (performance.now() - sliceStart > sliceMs) {
        await pause();
        if (options.cancelled?.()) return notFound();
        sliceStart = performance.now();
      }
    } else {
      const read = r.value.outline === "any" ? options.readElsewhere : undefined;
      if (read) {
        const html = pageHtml(doc);
        answer = await read(html).catch(() => localOutline(doc));
        if (options.cancelled?.()) return notFound();
        sliceStart = performance.now();
      } else answer = localOutline(doc);
    }
    r = steps.next(answer);
  }
  return r.value;
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
