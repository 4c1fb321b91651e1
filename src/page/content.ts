/**
 * The content script (bundled to content.js, injected on demand; maybe twice, hence the guard).
 *
 * Workflow of `analyze`:
 *  1. wait for an idle moment, then detect the article (detect.ts) with its map to the live DOM:
 *     Readability reads the page's HTML in the background, the rest runs here in slices of a few ms
 *  2. send the ArticleInput to the background, which runs analyze() off the page's thread
 *  3. map claims and the figures of disputes to live Ranges in slices of a few ms (marks.ts)
 *  4. paint them with CSS highlights; cards on hover and on Alt+Shift+N / Alt+Shift+P (card.ts)
 *  5. watch for SPA navigation and late content, and re-analyse (watch.ts)
 * `off` undoes all of it: the page's outerHTML is as it was before.
 * Manners: every handler is wrapped (errors go to the background, never into the page), the
 * page's frames are ignored, editors are left alone, nothing goes to the network.
 */
import { browser, callBackground } from "../shared/browser-api.js";
import { dispatch, isMessage, type AnalyzeOptions, type Handlers, type PageCalls, type TabState } from "../shared/messages.js";
import { loadSettings } from "../shared/settings-store.js";
import { unpackAnalysis } from "../shared/wire.js";
import { AnalysisIndex, Card, CARD_TAG, type CardSubject } from "./card.js";
import { detectArticleAsync, toArticleInput, type Detection } from "./detect.js";
import { buildMarks, Highlights, markSpans, type Mark } from "./marks.js";
import { PageWatcher, type ChangeReason } from "./watch.js";

/** Marks the script as running in this page's content-script world; invisible to the page's DOM. */
const INSTANCE = Symbol.for("crosscheck.content");
/** Mouse moves handled at most this often (ms). */
const HOVER_THROTTLE_MS = 60;
/** A hover card stays this long after the pointer leaves the mark (ms), so it can be reached. */
const HOVER_HIDE_MS = 350;
/** Slack around a mark's boxes when hit-testing the pointer (CSS px). */
const HIT_SLACK = 1;
/** Keys (with Alt+Shift) that step to the next and previous mark; `code`, so layouts and macOS Option agree. */
const NEXT_CODE = "KeyN";
const PREV_CODE = "KeyP";
/** Wait at most this long for an idle moment before detecting (ms). */
const IDLE_TIMEOUT_MS = 300;

/** A caret position from a point, in either browser's API. */
function caretFromPoint(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === "function") {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === "function") {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** An idle moment (or a short timeout), so detection does not compete with the page's own work. */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });
}

/** True when an event target is a place where the user types. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || el.nodeType !== 1) return false;
  return el.isContentEditable || /^(input|textarea|select)$/i.test(el.localName);
}

/** One page's Crosscheck: detection, marks, card, listeners. */
class PageSession {
  private state: TabState = { status: "idle", url: location.href };
  private detection: Detection | null = null;
  private index: AnalysisIndex | null = null;
  private marks: Mark[] = [];
  private readonly highlights = new Highlights(document);
  private readonly card = new Card(
    document,
    (id) => this.safe(() => this.revealIds([id], true)),
    () => this.scheduleHide(),
  );
  private readonly watcher = new PageWatcher(window, (n) => this.isOurs(n), (why) => void this.reanalyze(why));
  /** Bumped by every analyze/off: async work of an older generation stops. */
  private generation = 0;
  private showMarks = true;
  private showClaims = true;
  private highContrast = false;
  private cursor = -1;
  private listening = false;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private lastMove = 0;
  private cardVia: "hover" | "keyboard" | "reveal" | null = null;
  private restoreFocus: HTMLElement | null = null;

  /** The PageCalls handlers. */
  readonly handlers: Handlers<PageCalls> = {
    analyze: (options) => this.analyze(options ?? {}),
    setMarks: (marks, claimMarks) => this.guard(() => this.setMarks(marks, claimMarks), () => this.state),
    reveal: (id) => this.guard(() => this.revealIds([id], false), () => false),
    off: () => this.guard(() => this.off(), () => undefined),
    ping: () => this.state,
    analysis: () => this.index?.analysis ?? null,
  };

  /** Run `fn`; on error report it and return `fallback()`. */
  private guard<T>(fn: () => T, fallback: () => T): T {
    try {
      return fn();
    } catch (e) {
      this.report(e);
      return fallback();
    }
  }

  /** Run a listener body; errors never reach the page. */
  private safe(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.report(e);
    }
  }

  /** Tell the background about an error. */
  private report(e: unknown): void {
    const error = e instanceof Error ? e.message : String(e);
    this.state = { ...this.state, status: "error", error };
    callBackground("report", { status: "error", error, url: location.href }).catch(() => undefined);
  }

  /** Nodes of ours: the card and our <style>, if any. */
  private isOurs(node: Node): boolean {
    const card = this.card.element;
    const style = this.highlights.styleElement;
    for (let n: Node | null = node; n; n = n.parentNode) {
      if (n === card || n === style || (n.nodeType === 1 && (n as Element).localName === CARD_TAG)) return true;
    }
    return false;
  }

  /** Detect, analyse (in the background), mark. */
  async analyze(options: AnalyzeOptions, quietIfSame = false): Promise<TabState> {
    const gen = ++this.generation;
    try {
      await idle();
      if (gen !== this.generation) return this.state;
      // Readability runs in the background on the page's HTML; the rest runs here in slices
      const detection = await detectArticleAsync(document, {
        wholePage: options.wholePage,
        readElsewhere: (html) => callBackground("readArticleHtml", html),
        cancelled: () => gen !== this.generation,
      });
      if (gen !== this.generation) return this.state;
      if (quietIfSame && this.detection && detection.text === this.detection.text && this.marksConnected()) return this.state;
      this.clearMarks();
      this.detection = detection;
      this.watcher.start();
      if (!detection.found) {
        this.state = { status: "no-article", url: location.href, marks: this.showMarks, claimMarks: this.showClaims };
        return this.state;
      }
      const [analysis, settings] = await Promise.all([
        callBackground("analyzeArticle", toArticleInput(detection)).then((packed) => unpackAnalysis(packed, detection.text)),
        loadSettings().catch(() => null),
      ]);
      if (gen !== this.generation) return this.state;
      this.highContrast = settings?.markStyle === "high-contrast";
      this.index = new AnalysisIndex(analysis);
      const marks = Highlights.supported() ? await buildMarks(detection.map, markSpans(analysis), () => gen === this.generation) : [];
      if (gen !== this.generation) return this.state;
      this.marks = marks;
      if (marks.length) {
        this.highlights.show(this.showMarks, this.showMarks && this.showClaims);
        if (!(await this.highlights.fill(marks, this.highContrast, () => gen === this.generation))) return this.state;
      }
      this.listen(true);
      // the background keeps the analysis it made: the state goes back without it
      this.state = { status: "done", url: location.href, marks: this.showMarks, claimMarks: this.showClaims };
      return this.state;
    } catch (e) {
      this.report(e);
      return this.state;
    }
  }

  /** True while every mark's range still starts in the document (no re-render replaced the text). */
  private marksConnected(): boolean {
    return this.marks.every((m) => m.range.startContainer.isConnected && m.range.endContainer.isConnected);
  }

  /** The page changed under us: analyse again and tell the background. */
  private async reanalyze(why: ChangeReason): Promise<void> {
    if (this.state.status === "idle") return;
    if (why === "navigation") callBackground("report", { status: "analysing", url: location.href }).catch(() => undefined);
    const before = this.state;
    const state = await this.analyze({}, why === "content");
    if (state !== before || why === "navigation") await callBackground("report", state).catch(() => undefined);
  }

  private setMarks(marks: boolean, claimMarks: boolean): TabState {
    this.showMarks = marks;
    this.showClaims = claimMarks;
    this.highlights.show(marks, marks && claimMarks);
    if (!marks) this.hideCard();
    this.state = { ...this.state, marks, claimMarks };
    return this.state;
  }

  /** Marks a reader can see now, in text order. */
  private visibleMarks(): Mark[] {
    if (!this.showMarks) return [];
    return this.showClaims ? this.marks : this.marks.filter((m) => m.kind === "figure");
  }

  /** Scroll to and flash the marks of claim, figure, dispute, conflict or source ids; true when found. */
  private revealIds(ids: string[], showCard: boolean): boolean {
    const a = this.index?.analysis;
    const d = this.detection;
    if (!a || !d) return false;
    const spans: Array<{ id: string; start: number; end: number }> = [];
    for (const id of ids) {
      const group = a.disputes?.find((x) => x.id === id) ?? a.conflicts.find((x) => x.id === id);
      const source = a.sources.find((s) => s.id === id);
      const wanted = group ? group.figureIds : source ? source.claimIds : [id];
      for (const w of wanted) {
        const span = a.claims.find((c) => c.id === w) ?? a.figures.find((f) => f.id === w);
        if (span) spans.push({ id: w, start: span.start, end: span.end });
      }
      if (source && !source.claimIds.length) spans.push(...source.mentions.map((m) => ({ id, ...m })));
    }
    const ranges = spans.map((s) => d.map.toRange(s.start, s.end)).filter((r): r is Range => !!r);
    if (!ranges.length || !Highlights.supported()) return false;
    const el = ranges[0].startContainer.parentElement;
    el?.scrollIntoView({ block: "center", behavior: "instant" as ScrollBehavior });
    this.highlights.flash(ranges);
    const first = spans[0];
    if (first && (showCard || ids.length === 1) && this.index) {
      const subject: CardSubject = { kind: a.claims.some((c) => c.id === first.id) ? "claim" : "figure", id: first.id };
      if (subject.kind === "claim" || a.figures.some((f) => f.id === first.id)) this.showCard(subject, ranges[0], showCard, "reveal");
    }
    return true;
  }

  private showCard(subject: CardSubject, range: Range, focus: boolean, via: "hover" | "keyboard" | "reveal"): void {
    if (!this.index) return;
    clearTimeout(this.hideTimer);
    if (focus && !this.card.element) {
      const active = document.activeElement as HTMLElement | null;
      this.restoreFocus = active && active !== document.body ? active : null;
    }
    this.card.show(this.index, subject, range.getBoundingClientRect(), focus);
    this.cardVia = via;
  }

  private hideCard(): void {
    clearTimeout(this.hideTimer);
    const hadFocus = this.cardVia === "keyboard";
    this.card.hide();
    this.cardVia = null;
    this.highlights.current([]);
    if (hadFocus && this.restoreFocus?.isConnected) this.restoreFocus.focus({ preventScroll: true });
    this.restoreFocus = null;
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    if (this.cardVia !== "hover") return;
    this.hideTimer = setTimeout(() => this.safe(() => this.hideCard()), HOVER_HIDE_MS);
  }

  /** The mark under a viewport point: conflicting figures first, then the shortest claim. */
  private markAt(x: number, y: number): Mark | null {
    const caret = caretFromPoint(document, x, y);
    if (!caret) return null;
    let best: Mark | null = null;
    for (const m of this.visibleMarks()) {
      let inside = false;
      try {
        inside = m.range.isPointInRange(caret.node, caret.offset);
      } catch {
        inside = false; // a point in another root (shadow DOM, our card)
      }
      if (!inside) continue;
      const hit = Array.from(m.range.getClientRects()).some(
        (r) => x >= r.left - HIT_SLACK && x <= r.right + HIT_SLACK && y >= r.top - HIT_SLACK && y <= r.bottom + HIT_SLACK,
      );
      if (!hit) continue;
      if (!best || (m.kind === "figure" && best.kind !== "figure") || (m.kind === best.kind && m.range.toString().length < best.range.toString().length)) best = m;
    }
    return best;
  }

  private readonly onMove = (e: MouseEvent): void => {
    const now = performance.now();
    const run = () =>
      this.safe(() => {
        this.lastMove = performance.now();
        if (this.card.contains(e.target)) {
          clearTimeout(this.hideTimer);
          return;
        }
        const m = this.markAt(e.clientX, e.clientY);
        if (!m) return this.scheduleHide();
        if (this.card.subject?.id === m.id) {
          clearTimeout(this.hideTimer);
          return;
        }
        if (this.cardVia === "keyboard") return;
        this.showCard({ kind: m.kind, id: m.id }, m.range, false, "hover");
      });
    clearTimeout(this.hoverTimer);
    if (now - this.lastMove >= HOVER_THROTTLE_MS) run();
    else this.hoverTimer = setTimeout(run, HOVER_THROTTLE_MS);
  };

  private readonly onKey = (e: KeyboardEvent): void =>
    this.safe(() => {
      if (e.key === "Escape" && this.card.element) {
        this.hideCard();
        return;
      }
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
      if (e.code !== NEXT_CODE && e.code !== PREV_CODE) return;
      if (isTyping(e.target) && !this.card.contains(e.target)) return;
      const marks = this.visibleMarks();
      if (!marks.length) return;
      e.preventDefault();
      e.stopPropagation();
      const step = e.code === NEXT_CODE ? 1 : -1;
      this.cursor = (((this.cursor + step) % marks.length) + marks.length) % marks.length;
      const m = marks[this.cursor];
      const el = m.range.startContainer.parentElement;
      const rect = m.range.getBoundingClientRect();
      if (el && (rect.top < 0 || rect.bottom > innerHeight)) el.scrollIntoView({ block: "center", behavior: "instant" as ScrollBehavior });
      this.highlights.current([m.range]);
      this.showCard({ kind: m.kind, id: m.id }, m.range, true, "keyboard");
    });

  private readonly onScroll = (): void =>
    this.safe(() => {
      if (this.cardVia === "hover") this.hideCard();
    });

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const method = on ? "addEventListener" : "removeEventListener";
    document[method]("mousemove", this.onMove as EventListener, { capture: true, passive: true } as AddEventListenerOptions);
    window[method]("keydown", this.onKey as EventListener, { capture: true } as AddEventListenerOptions);
    window[method]("scroll", this.onScroll as EventListener, { capture: true, passive: true } as AddEventListenerOptions);
  }

  private clearMarks(): void {
    this.hideCard();
    this.highlights.remove();
    this.marks = [];
    this.index = null;
    this.cursor = -1;
  }

  /** Remove everything: highlights, stylesheet, card, listeners, watchers. */
  off(): void {
    this.generation++;
    this.watcher.stop();
    this.listen(false);
    clearTimeout(this.hoverTimer);
    this.clearMarks();
    this.detection = null;
    this.state = { status: "idle", url: location.href };
  }
}

/** Start once per page (top frame only); a second injection finds the first and does nothing. */
function main(): void {
  if (window.top !== window) return;
  const w = window as unknown as Record<symbol, unknown>;
  if (w[INSTANCE]) return;
  const session = new PageSession();
  w[INSTANCE] = session;
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if (!isMessage(msg)) return undefined;
    return dispatch(session.handlers, msg).catch((e: unknown) => ({ status: "error", error: String(e) }) satisfies TabState);
  });
}

try {
  main();
} catch {
  // never throw into the page
}
