/**
 * Marks in the page with the CSS Custom Highlight API: no element is added around the text,
 * so the page's DOM (and outerHTML) stays as it was. Styles go in a constructed stylesheet
 * adopted by the document, or, where a content script may not adopt one, a <style> removed on off.
 *
 * Every figure of every dispute gets a strong style; claims get a colour per source from the Okabe-Ito
 * palette (colour-blind safe) AND an underline style per source, so colour is never the only cue.
 */
import type { Analysis } from "../analysis/types.js";
import { yieldToPage } from "./yield.js";
import type { TextMap } from "./text-map.js";

/** Prefix of every highlight name we register (the registry is shared with the page). */
export const HIGHLIGHT_PREFIX = "crosscheck-";
/** Okabe-Ito colours for sources, dark enough for a 2px underline on white (yellow left out). */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#000000"];
/** Underline styles, the non-colour cue of a source. */
export const LINE_STYLES = ["solid", "dotted", "dashed", "wavy", "double"] as const;
/** Distinct source looks: every (colour, line) pair differs for this many sources in a row. */
export const SLOTS = PALETTE.length * LINE_STYLES.length;
/** Conflicting figures: Okabe-Ito vermillion, with a background. */
const CONFLICT_COLOR = "#D55E00";
/** Milliseconds a revealed mark flashes. */
const FLASH_MS = 1600;
/** Spans mapped between two checks of the clock while building ranges. */
const CHUNK_ITEMS = 40;
/** Longest run of range building before yielding to the page (ms). */
const CHUNK_MS = 6;
/**
 * Ranges added to the highlights between two yields. A browser repaints what each step added:
 * all 5,000 marks of a long page at once made one frame of half a second in Firefox.
 */
const RANGES_PER_STEP = 250;
/** Up to this many marks all are painted; beyond, only those near the viewport (paintNearViewport). */
const PAINT_ALL_UP_TO = 1500;
/** How far above and below the viewport marks are painted: a screen and a half each way. */
const NEAR_VIEWPORT = "150% 0px 150% 0px";

/** One marked span. */
export type Mark = {
  /** The claim or figure id. */
  id: string;
  /** What it marks. */
  kind: "claim" | "figure";
  /** Its live range. */
  range: Range;
  /** Its start in the article text (marks are kept in text order). */
  start: number;
  /** The highlight it belongs to (without prefix): conflict, or claim-N. */
  group: string;
};

/** The source of a claim's look: its colour and line style. */
export function sourceLook(slot: number): { color: string; line: (typeof LINE_STYLES)[number] } {
  return { color: PALETTE[slot % PALETTE.length], line: LINE_STYLES[slot % LINE_STYLES.length] };
}

/** The CSS of our highlights. */
export function highlightCss(highContrast = false): string {
  const w = highContrast ? 3 : 2;
  const rules = [
    `::highlight(${HIGHLIGHT_PREFIX}conflict){background-color:${highContrast ? "#FFD9C2" : "rgba(213,94,0,.22)"};` +
      `text-decoration:underline solid ${CONFLICT_COLOR} ${w + 1}px;${highContrast ? "color:#000;" : ""}}`,
    `::highlight(${HIGHLIGHT_PREFIX}flash){background-color:rgba(240,228,66,.75);color:#000;}`,
    `::highlight(${HIGHLIGHT_PREFIX}current){background-color:rgba(86,180,233,.35);}`,
  ];
  for (let i = 0; i < SLOTS; i++) {
    const { color, line } = sourceLook(i);
    rules.push(`::highlight(${HIGHLIGHT_PREFIX}claim-${i}){text-decoration:underline ${line} ${color} ${w}px;}`);
  }
  return rules.join("\n");
}

/** The spans to mark: claims (by source slot) and every figure of every dispute, in text order. */
export function markSpans(a: Analysis): Array<{ id: string; kind: Mark["kind"]; start: number; end: number; group: string }> {
  const slotOf = new Map(a.sources.map((s, i) => [s.id, i % SLOTS]));
  // an analysis from before disputes existed: its conflicts' figures
  const inConflict = new Set((a.disputes ?? a.conflicts).flatMap((x) => x.figureIds));
  const out = [
    ...a.claims.map((c) => ({ id: c.id, kind: "claim" as const, start: c.start, end: c.end, group: `claim-${slotOf.get(c.sourceId) ?? 0}` })),
    ...a.figures.filter((f) => inConflict.has(f.id)).map((f) => ({ id: f.id, kind: "figure" as const, start: f.start, end: f.end, group: "conflict" })),
  ];
  return out.sort((x, y) => x.start - y.start || (x.kind === "figure" ? -1 : 1));
}

/** Build live ranges for spans in slices of a few ms, yielding between them. `alive()` false stops. */
export async function buildMarks(map: TextMap, spans: ReturnType<typeof markSpans>, alive: () => boolean): Promise<Mark[]> {
  const out: Mark[] = [];
  let t0 = performance.now();
  for (let i = 0; i < spans.length; i++) {
    if (i % CHUNK_ITEMS === 0 && performance.now() - t0 > CHUNK_MS) {
      await yieldToPage();
      if (!alive()) return [];
      t0 = performance.now();
    }
    const s = spans[i];
    const range = map.toRange(s.start, s.end);
    if (range) out.push({ id: s.id, kind: s.kind, range, start: s.start, group: s.group });
  }
  return out;
}

/** The highlights and stylesheet of one page. */
export class Highlights {
  private sheet: CSSStyleSheet | null = null;
  private style: HTMLStyleElement | null = null;
  private groups = new Map<string, Highlight>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private shown = { conflicts: false, claims: false };
  /** Adds and takes out the ranges near the viewport, when there are too many marks to paint all. */
  private observer: IntersectionObserver | null = null;

  constructor(private readonly doc: Document) {}

  /** True when this browser has the CSS Custom Highlight API. */
  static supported(): boolean {
    return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
  }

  /** Add our stylesheet (once). */
  private addStyles(highContrast: boolean): void {
    if (this.sheet || this.style) return;
    const css = highlightCss(highContrast);
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // Firefox content scripts cannot hand their own CSSStyleSheet to the page's document
      // (a sheet from another global); a <style> element works everywhere and goes on off.
      const style = this.doc.createElement("style");
      style.textContent = css;
      (this.doc.head ?? this.doc.documentElement).appendChild(style);
      this.style = style;
    }
  }

  /** The element we added to the DOM, if any (for mutation filtering). */
  get styleElement(): Element | null {
    return this.style;
  }

  /**
   * Replace all marks: the highlights are registered first, then filled a few hundred ranges at a
   * time in text order (the top of the page first); false when `alive` turned false on the way.
   */
  async fill(marks: Mark[], highContrast: boolean, alive: () => boolean): Promise<boolean> {
    this.addStyles(highContrast);
    this.clearGroups();
    for (const m of marks) {
      if (this.groups.has(m.group)) continue;
      const h = new Highlight();
      h.priority = m.group === "conflict" ? 2 : 1;
      this.groups.set(m.group, h);
    }
    this.apply();
    if (marks.length > PAINT_ALL_UP_TO && typeof IntersectionObserver === "function") {
      this.paintNearViewport(marks);
      return true;
    }
    for (let i = 0; i < marks.length; i++) {
      if (i > 0 && i % RANGES_PER_STEP === 0) {
        await yieldToPage();
        if (!alive()) return false;
      }
      const m = marks[i]!;
      this.groups.get(m.group)!.add(m.range);
    }
    return true;
  }

  /**
   * Many marks: paint only those near the viewport. A browser repaints every range of a
   * registered highlight, on screen or not (5,000 of them took a 60-100 ms frame in Chromium), so
   * the ranges of the elements within a screen and a half of the viewport are in the highlights,
   * and an IntersectionObserver adds and takes out the others as the reader scrolls.
   */
  private paintNearViewport(marks: Mark[]): void {
    const byElement = new Map<Element, Mark[]>();
    for (const m of marks) {
      const node = m.range.startContainer;
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (!el) continue;
      const list = byElement.get(el);
      if (list) list.push(m);
      else byElement.set(el, [m]);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        try {
          for (const e of entries) {
            for (const m of byElement.get(e.target) ?? []) {
              const h = this.groups.get(m.group);
              if (!h) continue;
              if (e.isIntersecting) h.add(m.range);
              else h.delete(m.range);
            }
          }
        } catch {
          // a highlight gone with an `off` in between: nothing to paint
        }
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    for (const el of byElement.keys()) observer.observe(el);
    this.observer = observer;
  }

  /** Show or hide conflict and claim marks (the registered highlights are not touched when unchanged). */
  show(conflicts: boolean, claims: boolean): void {
    this.shown = { conflicts, claims };
    this.apply();
  }

  /** Register the visible groups in CSS.highlights, unregister the others. */
  private apply(): void {
    for (const [name, h] of this.groups) {
      const visible = name === "conflict" ? this.shown.conflicts : this.shown.claims;
      const key = HIGHLIGHT_PREFIX + name;
      // registering the same highlight again makes the browser repaint all its ranges
      if (visible) {
        if (CSS.highlights.get(key) !== h) CSS.highlights.set(key, h);
      } else CSS.highlights.delete(key);
    }
  }

  /** Paint ranges as the current (keyboard) mark; none clears. */
  current(ranges: Range[]): void {
    if (ranges.length) CSS.highlights.set(`${HIGHLIGHT_PREFIX}current`, new Highlight(...ranges));
    else CSS.highlights.delete(`${HIGHLIGHT_PREFIX}current`);
  }

  /** Flash ranges for a moment. */
  flash(ranges: Range[]): void {
    clearTimeout(this.flashTimer);
    CSS.highlights.set(`${HIGHLIGHT_PREFIX}flash`, new Highlight(...ranges));
    this.flashTimer = setTimeout(() => CSS.highlights.delete(`${HIGHLIGHT_PREFIX}flash`), FLASH_MS);
  }

  private clearGroups(): void {
    this.observer?.disconnect();
    this.observer = null;
    for (const name of this.groups.keys()) CSS.highlights.delete(HIGHLIGHT_PREFIX + name);
    this.groups.clear();
  }

  /** Remove every highlight and our stylesheet. */
  remove(): void {
    this.clearGroups();
    clearTimeout(this.flashTimer);
    CSS.highlights.delete(`${HIGHLIGHT_PREFIX}flash`);
    CSS.highlights.delete(`${HIGHLIGHT_PREFIX}current`);
    if (this.sheet) {
      const sheet = this.sheet;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
    this.style?.remove();
    this.style = null;
  }
}
