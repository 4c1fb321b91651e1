/**
 * Offsets in an article's text <-> points in the LIVE document.
 *
 * The article text is built from the live text nodes (see blocks.ts), and every run of
 * characters copied from one node is recorded as a segment: where it starts in the article
 * text, which node, and where it starts in that node. Collapsed white space, <br>, inline
 * markup, hidden elements and entities only change which segments exist, never the lookup:
 * offsets -> points is a binary search over segment starts.
 */

/** A point in the DOM: a text node and a UTF-16 offset into its data. */
export type DomPoint = {
  /** The live text node. */
  node: Text;
  /** Offset into `node.data`. */
  offset: number;
};

/** The two ends of a span of article text in the DOM. */
export type DomSpan = {
  /** Where the span starts. */
  start: DomPoint;
  /** Where the span ends (exclusive). */
  end: DomPoint;
};

/** Segments of article text copied verbatim from one text node, in text order. */
export class TextMap {
  /** Start of each segment in the article text (sorted ascending). */
  readonly starts: number[] = [];
  /** Length of each segment (UTF-16 code units), the same in text and node. */
  readonly lengths: number[] = [];
  /** The live text node of each segment. */
  readonly nodes: Text[] = [];
  /** Where each segment starts in its node's data. */
  readonly nodeStarts: number[] = [];
  /** Segment indexes by node, built on first use by `offsetOf`. */
  private byNode: Map<Text, number[]> | null = null;

  /** Record that text[start, start+length) is node.data[nodeStart, nodeStart+length). Appends in text order. */
  add(start: number, length: number, node: Text, nodeStart: number): void {
    if (length <= 0) return;
    const last = this.starts.length - 1;
    if (
      last >= 0 &&
      this.nodes[last] === node &&
      this.starts[last] + this.lengths[last] === start &&
      this.nodeStarts[last] + this.lengths[last] === nodeStart
    ) {
      this.lengths[last] += length;
      return;
    }
    this.starts.push(start);
    this.lengths.push(length);
    this.nodes.push(node);
    this.nodeStarts.push(nodeStart);
    this.byNode = null;
  }

  /** Append another map's segments shifted by `delta` text offsets. */
  append(other: TextMap, delta: number): void {
    for (let i = 0; i < other.starts.length; i++) {
      this.add(other.starts[i] + delta, other.lengths[i], other.nodes[i], other.nodeStarts[i]);
    }
  }

  /** Number of segments. */
  get size(): number {
    return this.starts.length;
  }

  /** Index of the first segment that ends after `offset`, or size when none. */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] + this.lengths[mid] > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /**
   * The DOM points of text[start, end). A start inside a gap (a paragraph separator, a
   * collapsed space, text with no node) snaps forward, an end snaps back; null when no
   * mapped character lies inside the span.
   */
  toPoints(start: number, end: number): DomSpan | null {
    if (!(end > start)) return null;
    const i = this.firstEndingAfter(start);
    if (i >= this.starts.length || this.starts[i] >= end) return null;
    const startIn = Math.max(0, start - this.starts[i]);
    const j = this.firstEndingAfter(end - 1);
    // j is the segment holding end-1, or the first segment after it; step back to the last one starting before end
    const k = j < this.starts.length && this.starts[j] < end ? j : j - 1;
    const endIn = Math.min(this.lengths[k], end - this.starts[k]);
    return {
      start: { node: this.nodes[i], offset: this.nodeStarts[i] + startIn },
      end: { node: this.nodes[k], offset: this.nodeStarts[k] + endIn },
    };
  }

  /** A live Range over text[start, end), or null (see `toPoints`). */
  toRange(start: number, end: number): Range | null {
    const span = this.toPoints(start, end);
    if (!span) return null;
    const doc = span.start.node.ownerDocument;
    if (!doc) return null;
    const range = doc.createRange();
    range.setStart(span.start.node, span.start.offset);
    range.setEnd(span.end.node, span.end.offset);
    return range;
  }

  /**
   * The article-text offset of a DOM point, or null when the node is not part of the text.
   * A point inside a collapsed or skipped part of the node maps to the next mapped character.
   */
  offsetOf(node: Node, offset: number): number | null {
    if (!this.byNode) {
      this.byNode = new Map();
      for (let i = 0; i < this.nodes.length; i++) {
        const list = this.byNode.get(this.nodes[i]);
        if (list) list.push(i);
        else this.byNode.set(this.nodes[i], [i]);
      }
    }
    const list = this.byNode.get(node as Text);
    if (!list) return null;
    for (const i of list) {
      const from = this.nodeStarts[i];
      if (offset < from) return this.starts[i];
      if (offset < from + this.lengths[i]) return this.starts[i] + (offset - from);
    }
    const last = list[list.length - 1];
    return this.starts[last] + this.lengths[last];
  }
}
