/**
 * Readability's result as an outline of the page's own nodes, so that Readability may run away
 * from the page (in the background, on the page's HTML parsed again) and its result still map
 * onto the live DOM.
 *
 * Workflow:
 *  1. the document Readability reads (a clone of the page, or its HTML parsed again) is numbered
 *     (`numberNodes`): each element of the body in document order, each text node by its
 *     element's number and its place among that element's text nodes
 *  2. Readability runs on it (`readabilityOutline`); its output becomes an outline: each element
 *     with its number and tag, each text node with its text and number, plain JSON
 *  3. on the page, the live body is numbered the same way (`liveElements`); the outline is read
 *     back into walkable nodes (`outlineNodes`) and walked with a context (`outlineContext`) that
 *     finds each node's live twin by its number, checks the tag and the text, and falls back to
 *     finding the text in order when they differ
 * The numbering skips the insides of elements whose content a live page and its parsed HTML hold
 * differently (template, noscript, foreign content...), so both sides count the same elements.
 */
import { Readability } from "@mozilla/readability";
import type { WalkContext } from "./blocks.js";
import { isEditable, isHidden } from "./live.js";

/** A text node of the outline: its text, and its element's number and place (-1 when Readability made it). */
export type OutlineText = { t: string; p: number; k: number };
/** An element of the outline: its number (-1 when Readability made it), tag and children. */
export type OutlineElement = { e: number; tag: string; c: OutlineNode[] };
/** A node of the outline. */
export type OutlineNode = OutlineText | OutlineElement;
/** Readability's result, as the page needs it. */
export type Outline = {
  /** Readability's content element (its live twin is the body). */
  root: OutlineElement;
  /** Readability's title and byline, trimmed, or null. */
  title: string | null;
  byline: string | null;
  /** How many elements the reading side numbered (the page numbers its own and compares). */
  elements: number;
};

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
 * Removed from the copy before Readability sees it: never article text, and Readability would
 * walk (and score) them all first. Saves parse time; navigation out also helps precision.
 */
const PRUNE_SELECTOR = "script, style, svg, template, iframe, nav";
/**
 * Deepest nesting Readability is run on. Its time grows with the cube of the depth (a page of
 * 250 nested divs takes a second, 1,000 take half a minute); news pages nest 15 deep (median of
 * the 181 extraction pages), 49 at most. Deeper pages go to the fallbacks, which walk any depth.
 */
const MAX_READABILITY_DEPTH = 100;
/** Elements numbered but not entered: a live page and its HTML parsed again disagree on their insides. */
const OPAQUE = new Set(["template", "noscript", "script", "style", "textarea", "title", "iframe", "svg", "math", "select", "object"]);
/** Outline elements left out entirely: the walk skips them anyway (blocks.ts SKIP_TAGS). */
const LEFT_OUT = new Set(
  "script style noscript template textarea input select option button svg math canvas iframe object embed video audio head title".split(" "),
);
/** Text nodes scanned ahead when an outline text does not sit where its number says. */
const CURSOR_WINDOW = 4000;

/** The number given to a node of the document Readability reads (a JS property, never on the live page). */
const NUMBER = Symbol("crosscheck.number");
type Numbered = Node & { [NUMBER]?: number | [number, number] };

/**
 * The elements of a body in the order numbering counts them: the body is 0, then every element
 * in document order, not entering OPAQUE ones. Iterative: deep pages cannot overflow the stack.
 */
function eachElement(body: Element, visit: (el: Element, n: number) => void): { elements: number; depth: number } {
  let n = 0;
  let depth = 0;
  visit(body, n++);
  const stack: Array<Element | null> = [body.firstElementChild];
  while (stack.length) {
    const el = stack[stack.length - 1];
    if (!el) {
      stack.pop();
      continue;
    }
    stack[stack.length - 1] = el.nextElementSibling;
    visit(el, n++);
    if (stack.length > depth) depth = stack.length;
    if (!OPAQUE.has(el.localName) && el.firstElementChild) stack.push(el.firstElementChild);
  }
  return { elements: n, depth };
}

/**
 * Number the body of the document Readability will read; returns how many elements it has.
 * Adjacent text nodes are merged first: a parser makes one text node of what a page's script may
 * have built as several ("Posted by " + name), and some parsers split text at entities; a text
 * is numbered by its run of adjacent text nodes, which both sides count alike.
 */
export function numberNodes(body: Element): { elements: number; depth: number } {
  return eachElement(body, (el, n) => {
    (el as Numbered)[NUMBER] = n;
    if (OPAQUE.has(el.localName)) return;
    let k = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 3) continue;
      while (c.nextSibling?.nodeType === 3) {
        const next = c.nextSibling as Text;
        (c as Text).data += next.data;
        next.remove();
      }
      (c as Numbered)[NUMBER] = [n, k++];
    }
  });
}

/** The live body's elements by number (the same numbering as numberNodes). */
export function liveElements(body: Element): Element[] {
  const out: Element[] = [];
  eachElement(body, (el) => out.push(el));
  return out;
}

/**
 * Run Readability on a numbered document (numberNodes on its body first) and outline its
 * output; null when it finds nothing, or when the page nests too deep for it. Readability
 * changes the document: pass a copy.
 */
export function readabilityOutline(doc: Document, { elements, depth }: { elements: number; depth: number }): Outline | null {
  if (depth > MAX_READABILITY_DEPTH) return null;
  for (const el of Array.from(doc.querySelectorAll(PRUNE_SELECTOR))) el.remove();
  const parsed = new Readability<Element>(doc, {
    serializer: (el) => el as Element,
    charThreshold: READABILITY_CHAR_THRESHOLD,
    maxElemsToParse: READABILITY_MAX_ELEMS,
    disableJSONLD: !READABILITY_JSONLD,
  }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return null;
  return { root: outlineOf(content), title: parsed.title?.trim() || null, byline: parsed.byline?.trim() || null, elements };
}

/** The outline of an element's subtree (iterative). */
function outlineOf(root: Element): OutlineElement {
  const top: OutlineElement = { e: elementNumber(root), tag: root.localName, c: [] };
  const stack: Array<{ next: Node | null; into: OutlineElement }> = [{ next: root.firstChild, into: top }];
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    const node = f.next;
    if (!node) {
      stack.pop();
      continue;
    }
    f.next = node.nextSibling;
    if (node.nodeType === 3) {
      const n = (node as Numbered)[NUMBER];
      const [p, k] = Array.isArray(n) ? n : [-1, -1];
      // adjacent texts are one run, as any parser reads them (a copy Readability rebuilt from HTML splits them anew)
      const prev = f.into.c[f.into.c.length - 1];
      if (prev && "t" in prev) {
        prev.t += (node as Text).data;
        if (prev.p < 0) [prev.p, prev.k] = [p, k];
      } else f.into.c.push({ t: (node as Text).data, p, k });
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (LEFT_OUT.has(el.localName)) continue;
      const o: OutlineElement = { e: elementNumber(el), tag: el.localName, c: [] };
      f.into.c.push(o);
      stack.push({ next: el.firstChild, into: o });
    }
  }
  return top;
}

function elementNumber(el: Element): number {
  const n = (el as Numbered)[NUMBER];
  return typeof n === "number" ? n : -1;
}

/** A node of the outline read back for walking (blocks.ts walks these like DOM nodes). */
export type OutlineWalkNode = {
  nodeType: number;
  firstChild: OutlineWalkNode | null;
  nextSibling: OutlineWalkNode | null;
  localName: string | null;
  data: string;
  /** Its number: the element's, or the text's element's. */
  n: number;
  /** A text node's place among its element's text nodes. */
  k: number;
};

/** Read an outline into walkable nodes (iterative). */
export function outlineNodes(root: OutlineElement): OutlineWalkNode {
  const make = (o: OutlineNode): OutlineWalkNode =>
    "t" in o
      ? { nodeType: 3, firstChild: null, nextSibling: null, localName: null, data: o.t, n: o.p, k: o.k }
      : { nodeType: 1, firstChild: null, nextSibling: null, localName: o.tag, data: "", n: o.e, k: -1 };
  const top = make(root);
  const stack: Array<[OutlineElement, OutlineWalkNode]> = [[root, top]];
  while (stack.length) {
    const [o, w] = stack.pop()!;
    let prev: OutlineWalkNode | null = null;
    for (const c of o.c) {
      const cw = make(c);
      if (prev) prev.nextSibling = cw;
      else w.firstChild = cw;
      prev = cw;
      if (!("t" in c)) stack.push([c, cw]);
    }
  }
  return top;
}

/** A run of adjacent text nodes of the live page and its text: what one text of an outline stands for. */
type Run = { nodes: Text[]; data: string };

/** The runs of adjacent text nodes of an element: its children's, or all its descendants'. */
function textRuns(el: Element, deep: boolean): Run[] {
  const out: Run[] = [];
  const stack: Array<Node | null> = [el.firstChild];
  let open: Run | null = null;
  while (stack.length) {
    const c = stack[stack.length - 1];
    if (!c) {
      stack.pop();
      open = null;
      continue;
    }
    stack[stack.length - 1] = c.nextSibling;
    if (c.nodeType === 3) {
      if (open) {
        open.nodes.push(c as Text);
        open.data += (c as Text).data;
      } else out.push((open = { nodes: [c as Text], data: (c as Text).data }));
      continue;
    }
    open = null;
    if (deep && c.nodeType === 1) stack.push(c.firstChild);
  }
  return out;
}

/**
 * The live text nodes of the runs from list[k] whose texts together are `data` (one run, or a
 * few when a comment or element Readability dropped stood between them), and how many runs
 * that took; or null.
 */
function runsMatching(list: Run[], k: number, data: string): { nodes: Text[]; runs: number } | null {
  const first = list[k]!;
  if (first.data === data) return { nodes: first.nodes, runs: 1 };
  if (!first.data || !data.startsWith(first.data)) return null;
  const nodes = [...first.nodes];
  let got = first.data.length;
  let j = k + 1;
  for (; j < list.length && got < data.length; j++) {
    const run = list[j]!;
    if (!run.data || !data.startsWith(run.data, got)) return null;
    nodes.push(...run.nodes);
    got += run.data.length;
  }
  return got === data.length ? { nodes, runs: j - k } : null;
}

/** A run as the walk takes it: its one node, or its nodes. */
function nodesOf(run: Run): Text | Text[] {
  return run.nodes.length === 1 ? run.nodes[0]! : run.nodes;
}

/** How well an outline matched the live page, after a walk. */
export type OutlineFit = { wrongTag: number };

/**
 * The walk context of an outline against the live page: an element's twin is the live element
 * of its number when the tag agrees; a text's twin is the live text node at its place when the
 * text agrees, else the same text found further on among its live ancestor's text nodes (in
 * document order, as Readability keeps it).
 */
export function outlineContext(live: Element[]): { ctx: WalkContext<OutlineWalkNode>; fit: OutlineFit } {
  const fit: OutlineFit = { wrongTag: 0 };
  /** Per live element: its runs of text and how far the matching got. */
  const cursors = new Map<Element, { list: Run[]; i: number; deep: boolean }>();
  /** Per live element: its child runs (for texts found by their place). */
  const children = new Map<Element, Run[]>();
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
  const ctx: WalkContext<OutlineWalkNode> = {
    liveElement(el) {
      if (el.n < 0) return null;
      const twin = live[el.n];
      if (twin && twin.localName === el.localName) return twin;
      fit.wrongTag++;
      return null;
    },
    liveText(t, parent) {
      // at its place: the same run, when the text agrees
      const owner = t.n >= 0 ? live[t.n] : undefined;
      if (owner && t.k >= 0) {
        let list = children.get(owner);
        if (!list) children.set(owner, (list = textRuns(owner, false)));
        const at = list[t.k];
        if (at && at.data === t.data) return nodesOf(at);
      }
      if (!parent || !/\S/.test(t.data)) return null;
      let cur = cursors.get(parent);
      if (!cur) {
        cur = { list: textRuns(parent, false), i: 0, deep: false };
        cursors.set(parent, cur);
      }
      for (let pass = 0; pass < 2; pass++) {
        const end = Math.min(cur.list.length, cur.i + CURSOR_WINDOW);
        for (let k = cur.i; k < end; k++) {
          const found = runsMatching(cur.list, k, t.data);
          if (found) {
            cur.i = k + found.runs;
            return skipText(found.nodes[0]!) ? false : found.nodes.length === 1 ? found.nodes[0]! : found.nodes;
          }
        }
        // the text moved out of a child Readability unwrapped or renamed: look at all descendants once
        if (cur.deep) break;
        cur.list = textRuns(parent, true);
        cur.i = 0;
        cur.deep = true;
      }
      return null;
    },
    skipLive: (el) => isHidden(el) || isEditable(el),
  };
  return { ctx, fit };
}

/** Head elements Readability's metadata reads (title, og:title, author...); the rest is not copied or sent. */
export const HEAD_KEEP = new Set(["title", "meta", "base"]);

/** The page as HTML for Readability elsewhere: the head's metadata and the whole body. */
export function pageHtml(doc: Document): string {
  const parts = ["<!doctype html><html><head>"];
  const head = doc.head;
  if (head) for (let c = head.firstElementChild; c; c = c.nextElementSibling) if (HEAD_KEEP.has(c.localName)) parts.push(c.outerHTML);
  parts.push("</head>", doc.body?.outerHTML ?? "<body></body>", "</html>");
  return parts.join("");
}
