/**
 * Turn a DOM subtree into paragraphs ("blocks") of collapsed text, recording for every
 * character run the LIVE text node it came from (a TextMap per block).
 *
 * The subtree walked may be the live document itself (fallback detection) or Readability's
 * output (read into plain nodes from its outline); `WalkContext` says how to find the live twin
 * of a walked node.
 */
import { TextMap } from "./text-map.js";

/** Elements that start and end a paragraph (CSS display: block or similar by default). */
const BLOCK_TAGS = new Set(
  (
    "address article aside blockquote body center caption dd details dialog div dl dt fieldset figcaption figure " +
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th " +
    "thead tr ul"
  ).split(" "),
);
/** Elements whose text is never article text: code, media, form fields (we leave editors alone). */
const SKIP_TAGS = new Set(
  "script style noscript template textarea input select option button svg math canvas iframe object embed video audio head title".split(
    " ",
  ),
);
/** White space to collapse, characters that render as nothing, and the rest. */
const TOKEN_RE = /[\s]+|[\u00AD\u200B-\u200D\u2060\uFEFF]+|[^\s\u00AD\u200B-\u200D\u2060\uFEFF]+/g;
/** A run that is white space (tested on its first character). */
const WS_RE = /^\s/;
/** Characters dropped from the text (soft hyphen, zero-width space/joiners, BOM). */
const INVISIBLE_RE = /^[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/** One paragraph of text with its map into the live DOM. */
export type Block = {
  /** The collapsed text, trimmed, no "\n\n" inside. */
  text: string;
  /** Its segments, offsets relative to the block's first character. */
  map: TextMap;
  /** Tag of the innermost block element holding its first character (p, li, h2, figcaption...). */
  tag: string;
  /** Characters of the text that are inside links. */
  linkChars: number;
  /** Tags of the block's block-level ancestors (outermost first) inside the walked root. */
  path: string[];
};

/**
 * What the walk reads of a node: DOM nodes have it, and so do the plain objects an outline of
 * Readability's output is read into (outline.ts), when Readability ran away from the page.
 */
export type WalkNode = {
  readonly nodeType: number;
  readonly firstChild: WalkNode | null;
  readonly nextSibling: WalkNode | null;
  /** Elements: the tag, lower case. */
  readonly localName?: string | null;
  /** Text nodes: the text. */
  readonly data?: string;
};

/** How a walk finds the live twins of the nodes it visits. */
export type WalkContext<N extends WalkNode = Node> = {
  /** The live element a walked element stands for; null when it has none (created by Readability). */
  liveElement(el: N): Element | null;
  /**
   * The live text node a walked text node stands for (or the run of adjacent live text nodes it
   * was parsed from), given its live ancestor; null when unknown, false to leave it out.
   */
  liveText(t: N, liveParent: Element | null): Text | Text[] | null | false;
  /** True when the live element's subtree must be left out (hidden, editable, boilerplate...). */
  skipLive(el: Element): boolean;
};

/** Nodes walked between two yields of walkBlockSteps: a slice stays well under a few ms. */
const NODES_PER_STEP = 400;

/** Collects blocks while walking; handles collapse, breaks and the map. */
class BlockBuilder {
  readonly blocks: Block[] = [];
  private parts: string[] = [];
  private len = 0;
  private map = new TextMap();
  private links = 0;
  private tag = "";
  private path: string[] = [];
  /** A space or line break waiting for the next visible character. */
  private pending: { ch: string; node: Text | null; offset: number } | null = null;

  /** Finish the current block, if it has text. */
  flush(): void {
    this.pending = null;
    if (this.len === 0) return;
    this.blocks.push({ text: this.parts.join(""), map: this.map, tag: this.tag, linkChars: this.links, path: this.path });
    this.parts = [];
    this.len = 0;
    this.map = new TextMap();
    this.links = 0;
  }

  /** A <br>: a line break inside the paragraph. */
  lineBreak(): void {
    if (this.len > 0) this.pending = { ch: "\n", node: null, offset: 0 };
  }

  /** Add the data of a text node (live node, or null when only the text is known). */
  text(data: string, node: Text | null, inLink: boolean, tag: string, path: string[]): void {
    TOKEN_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN_RE.exec(data))) {
      const run = m[0];
      if (WS_RE.test(run)) {
        if (this.len > 0 && !this.pending) this.pending = { ch: " ", node, offset: m.index };
        continue;
      }
      if (INVISIBLE_RE.test(run)) continue;
      if (this.len === 0) {
        this.tag = tag;
        this.path = path.slice();
      }
      if (this.pending) {
        const p = this.pending;
        this.pending = null;
        if (p.node && p.ch === " ") this.map.add(this.len, 1, p.node, p.offset);
        this.parts.push(p.ch);
        this.len += 1;
        if (inLink) this.links += 1;
      }
      if (node) this.map.add(this.len, run.length, node, m.index);
      this.parts.push(run);
      this.len += run.length;
      if (inLink) this.links += run.length;
    }
  }
}

/** Walk `root` and return its paragraphs. `liveRoot` is the live twin of root (or null). */
export function walkBlocks<N extends WalkNode>(root: N, ctx: WalkContext<N>, liveRoot: Element | null): Block[] {
  const steps = walkBlockSteps(root, ctx, liveRoot);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * walkBlocks in steps: the generator yields every few hundred nodes, so a caller on the page's
 * thread can let the page run between steps; the last step returns the blocks. The walk is
 * iterative (an explicit stack), so a deeply nested page cannot overflow the call stack.
 */
export function* walkBlockSteps<N extends WalkNode>(root: N, ctx: WalkContext<N>, liveRoot: Element | null): Generator<void, Block[], void> {
  const out = new BlockBuilder();
  const path: string[] = [];
  type Frame = { next: WalkNode | null; live: Element | null; inLink: boolean; tag: string; block: boolean };
  const stack: Frame[] = [{ next: root.firstChild, live: liveRoot, inLink: false, tag: root.localName ?? "", block: false }];
  let visited = 0;
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    const node = f.next as N | null;
    if (!node) {
      stack.pop();
      if (f.block) {
        path.pop();
        out.flush();
      }
      continue;
    }
    f.next = node.nextSibling;
    if (++visited % NODES_PER_STEP === 0) yield;
    if (node.nodeType === 3) {
      const lt = ctx.liveText(node, f.live);
      if (lt === false) continue;
      if (Array.isArray(lt)) for (const one of lt) out.text(one.data, one, f.inLink, f.tag, path);
      else out.text(lt ? lt.data : (node.data ?? ""), lt, f.inLink, f.tag, path);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.localName ?? "";
    if (SKIP_TAGS.has(name)) continue;
    const twin = ctx.liveElement(node);
    if (twin && twin !== f.live && ctx.skipLive(twin)) continue;
    const here = twin ?? f.live;
    if (name === "br") {
      out.lineBreak();
      continue;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) {
      out.flush();
      path.push(name);
    }
    stack.push({ next: node.firstChild, live: here, inLink: f.inLink || name === "a", tag: block ? name : f.tag, block });
  }
  out.flush();
  return out.blocks;
}

/** Join blocks into one text with "\n\n" between them, and one map. */
export function joinBlocks(blocks: Block[], into?: { text: string; map: TextMap }): { text: string; map: TextMap } {
  const map = into?.map ?? new TextMap();
  const parts: string[] = into?.text ? [into.text] : [];
  let len = into?.text.length ?? 0;
  for (const b of blocks) {
    if (len > 0) {
      parts.push("\n\n");
      len += 2;
    }
    map.append(b.map, len);
    parts.push(b.text);
    len += b.text.length;
  }
  return { text: parts.join(""), map };
}
