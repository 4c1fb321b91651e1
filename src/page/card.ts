/**
 * The small card shown for a mark: in a CLOSED shadow root of a custom-named element, so page
 * CSS cannot restyle it and page scripts cannot reach in. It exists only while shown.
 * Page-derived text is only ever set as textContent.
 */
import type { Analysis, Claim, Dispute, Figure, Source } from "../analysis/types.js";
import { sourceLook, SLOTS } from "./marks.js";

/** Tag of the card's host (a valid custom element name, so attachShadow works undefined). */
export const CARD_TAG = "crosscheck-card";
/** Card width in CSS pixels. */
const CARD_WIDTH = 320;
/** Gap between the mark and the card. */
const CARD_GAP = 6;

/** The card's own styles, inside the shadow root. */
const CARD_CSS = `
:host{all:initial}
.card{box-sizing:border-box;width:${CARD_WIDTH}px;max-width:calc(100vw - 16px);background:#fff;color:#1b1b1b;
 border:1px solid #8a8a8a;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.25);padding:10px 12px;
 max-height:calc(100vh - 16px);overflow:auto;font:13px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;text-align:left}
.card:focus{outline:2px solid #0072B2;outline-offset:2px}
.head{font-weight:600;margin:0 0 4px;display:flex;gap:6px;align-items:baseline}
.kind{font-weight:400;color:#555}
.swatch{display:inline-block;width:22px;height:0;border-bottom-width:3px;vertical-align:middle}
.row{margin:2px 0}
.label{color:#555}
.dispute{border-top:1px solid #ddd;margin-top:6px;padding-top:6px}
.what{font-weight:600}
.tag{display:inline-block;font-size:11px;font-weight:600;padding:0 5px;border-radius:4px;background:#D55E00;color:#fff}
.tag.discrepancy{background:#0072B2}
ul{margin:4px 0 0;padding:0 0 0 16px}
button{all:unset;cursor:pointer;color:#0060a0;text-decoration:underline}
button:focus-visible{outline:2px solid #0072B2;outline-offset:1px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (prefers-color-scheme: dark){.card{background:#1f2328;color:#eee;border-color:#666}.kind,.label{color:#bbb}button{color:#7cc4ff}}
`;

/** What a card is about. */
export type CardSubject = { kind: "claim"; id: string } | { kind: "figure"; id: string };

/** Lookups over one analysis, for cards. */
export class AnalysisIndex {
  readonly sources = new Map<string, Source>();
  readonly claims = new Map<string, Claim>();
  readonly figures = new Map<string, Figure>();
  /** The disputes each figure is part of, by figure id. */
  readonly disputesOf = new Map<string, Dispute[]>();
  readonly slot = new Map<string, number>();

  constructor(readonly analysis: Analysis) {
    analysis.sources.forEach((s, i) => {
      this.sources.set(s.id, s);
      this.slot.set(s.id, i % SLOTS);
    });
    for (const c of analysis.claims) this.claims.set(c.id, c);
    for (const f of analysis.figures) this.figures.set(f.id, f);
    // an analysis from before disputes existed: one dispute per conflict
    const disputes = analysis.disputes ?? analysis.conflicts.map((x, i) => ({ ...x, id: `d${i + 1}`, unit: null, conflictIds: [x.id] }));
    for (const d of disputes) {
      for (const id of new Set(d.figureIds)) this.disputesOf.set(id, [...(this.disputesOf.get(id) ?? []), d]);
    }
  }

  /** The name of a figure's source, or "the article". */
  sourceName(id: string | null): string {
    return (id && this.sources.get(id)?.name) || "the article";
  }

  /** Who gives a figure: the voice its own clause names, its source, "the headline" or "the article". */
  voice(f: Figure): string {
    return f.holder ?? (f.sourceId ? this.sourceName(f.sourceId) : f.inHeadline ? "the headline" : "the article");
  }

  /** The other figures of a dispute than `figureId`, in text order. */
  rivals(d: Dispute, figureId: string): Figure[] {
    return [...new Set(d.figureIds)]
      .filter((id) => id !== figureId)
      .map((id) => this.figures.get(id))
      .filter((r): r is Figure => !!r)
      .sort((x, y) => x.start - y.start);
  }
}

/** What a dispute counts, and where: "killed in Homs". */
export function disputeWhat(d: Pick<Dispute, "measure" | "scope">): string {
  return d.scope ? `${d.measure} in ${d.scope}` : d.measure;
}

/** A figure's interval as words: "83 or more", "more than 130", "exactly 62", "117 to under 130". */
export function intervalText(f: Pick<Figure, "low" | "high" | "lowExclusive" | "highExclusive">): string {
  const fmt = (n: number) => n.toLocaleString("en-US");
  const { low, high } = f;
  if (low !== null && high !== null) {
    if (low === high) return `exactly ${fmt(low)}`;
    return `${f.lowExclusive ? "over " : ""}${fmt(low)} to ${f.highExclusive ? "under " : ""}${fmt(high)}`;
  }
  if (low !== null) return f.lowExclusive ? `more than ${fmt(low)}` : `${fmt(low)} or more`;
  if (high !== null) return f.highExclusive ? `less than ${fmt(high)}` : `${fmt(high)} or fewer`;
  return "unknown";
}

/** One-line text of a card, for the live region. */
export function cardAnnouncement(index: AnalysisIndex, subject: CardSubject): string {
  if (subject.kind === "claim") {
    const c = index.claims.get(subject.id);
    if (!c) return "";
    const s = index.sources.get(c.sourceId);
    return `Claim by ${s?.name ?? "unknown source"} (${s?.kind ?? "unknown"}), ${c.direct ? "direct quote" : "reported"}, cue “${c.cue}”.`;
  }
  const f = index.figures.get(subject.id);
  if (!f) return "";
  const disputes = (index.disputesOf.get(f.id) ?? []).map((d) => {
    const rivals = index.rivals(d, f.id).map((r) => `${index.voice(r)}: ${r.text} (${intervalText(r)})`);
    return `${d.kind === "contradiction" ? "Contradiction" : "Discrepancy"} over ${disputeWhat(d)}; other figures: ${rivals.join("; ")}.`;
  });
  return `Figure ${f.text}: ${intervalText(f)}${f.measure ? ` ${f.measure}` : ""}, from ${index.voice(f)}. ${disputes.join(" ")}`.trim();
}

/** The card element and its parts; `jump` is called with a figure id from a rival's link. */
export class Card {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  /** The subject shown, if any. */
  subject: CardSubject | null = null;

  constructor(
    private readonly doc: Document,
    private readonly jump: (figureId: string) => void,
    private readonly onLeave: () => void,
  ) {}

  /** The host element while shown (to ignore our own mutations and hover). */
  get element(): HTMLElement | null {
    return this.host;
  }

  /** Show the card for a subject next to a rectangle; `focus` moves keyboard focus into it. */
  show(index: AnalysisIndex, subject: CardSubject, at: DOMRect, focus: boolean): void {
    this.hide();
    const host = this.doc.createElement(CARD_TAG);
    const root = host.attachShadow({ mode: "closed" });
    const card = this.el("div", "card");
    card.setAttribute("role", "dialog");
    card.setAttribute("aria-label", "Crosscheck");
    card.tabIndex = -1;
    const live = this.el("div", "sr");
    live.setAttribute("role", "status");
    live.setAttribute("aria-live", "polite");
    this.fill(card, index, subject);
    card.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.stopPropagation();
        this.hide();
      }
    });
    host.addEventListener("mouseleave", () => this.onLeave());
    root.append(card, live);
    try {
      // constructed sheets are not subject to the page's CSP style-src
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      // Firefox content scripts: a sheet from the script's global is refused; use a <style>
      const style = this.doc.createElement("style");
      style.textContent = CARD_CSS;
      root.prepend(style);
    }
    const s = host.style;
    for (const [k, v] of [
      ["all", "initial"],
      ["position", "fixed"],
      ["z-index", "2147483647"],
      ["display", "block"],
      ["left", `${Math.max(8, Math.min(at.left, innerWidth - CARD_WIDTH - 8))}px`],
      ["top", `${at.bottom + CARD_GAP + 160 > innerHeight ? Math.max(8, at.top - CARD_GAP - 170) : at.bottom + CARD_GAP}px`],
    ]) {
      s.setProperty(k, v, "important");
    }
    this.doc.documentElement.appendChild(host);
    // a dispute of many voices makes a tall card: place it by its real height, below the mark
    // when it fits, else above it
    const height = host.getBoundingClientRect().height;
    if (height > 0) {
      const below = at.bottom + CARD_GAP;
      const top = below + height > innerHeight - 8 ? Math.max(8, at.top - CARD_GAP - height) : below;
      s.setProperty("top", `${top}px`, "important");
    }
    this.host = host;
    this.root = root;
    this.subject = subject;
    if (focus) card.focus({ preventScroll: true });
    // a live region announces changes, not its first content: fill it a moment later
    const text = cardAnnouncement(index, subject);
    card.setAttribute("aria-description", text);
    setTimeout(() => {
      if (this.root === root) live.textContent = text;
    }, 50);
  }

  /** True when a node is inside the card. */
  contains(node: EventTarget | null): boolean {
    return !!this.host && node === this.host;
  }

  /** Remove the card. */
  hide(): void {
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.subject = null;
  }

  private el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
    const e = this.doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  private fill(card: HTMLElement, index: AnalysisIndex, subject: CardSubject): void {
    if (subject.kind === "claim") {
      const c = index.claims.get(subject.id);
      if (!c) return;
      const s = index.sources.get(c.sourceId);
      card.append(this.sourceHead(index, s), this.row("Cue", `“${c.cue}”, ${c.direct ? "direct quote" : "reported speech"}`));
      if (s?.description) card.append(this.row("Described as", s.description));
      return;
    }
    const f = index.figures.get(subject.id);
    if (!f) return;
    const s = f.sourceId ? index.sources.get(f.sourceId) : undefined;
    card.append(this.sourceHead(index, s));
    card.append(this.row("Figure", `${f.text} = ${intervalText(f)}${f.measure ? ` ${f.measure}` : ""}`));
    if (f.scope) card.append(this.row("Where", f.scope));
    for (const d of index.disputesOf.get(f.id) ?? []) {
      const box = this.el("div", "dispute");
      box.append(this.el("span", `tag ${d.kind}`, d.kind === "contradiction" ? "Contradiction" : "Discrepancy"), " ", this.el("span", "what", disputeWhat(d)));
      const rivals = index.rivals(d, f.id);
      box.append(this.el("div", "label", rivals.length === 1 ? "The other figure:" : `The ${rivals.length} other figures:`));
      const list = this.el("ul");
      for (const r of rivals) {
        const li = this.el("li");
        const go = this.el("button", undefined, `${index.voice(r)}: ${r.text}`);
        go.type = "button";
        go.title = "Jump to this figure";
        go.addEventListener("click", () => this.jump(r.id));
        li.append(go, ` (${intervalText(r)})`);
        list.append(li);
      }
      box.append(list);
      card.append(box);
    }
  }

  private sourceHead(index: AnalysisIndex, s: Source | undefined): HTMLElement {
    const head = this.el("div", "head");
    if (s) {
      const { color, line } = sourceLook(index.slot.get(s.id) ?? 0);
      const sw = this.el("span", "swatch");
      sw.style.borderBottom = `3px ${line} ${color}`;
      sw.setAttribute("aria-hidden", "true");
      head.append(sw, this.el("span", undefined, s.name), this.el("span", "kind", s.kind));
    } else head.append(this.el("span", undefined, "The article itself"));
    return head;
  }

  private row(label: string, value: string): HTMLElement {
    const r = this.el("div", "row");
    r.append(this.el("span", "label", `${label}: `), value);
    return r;
  }
}
