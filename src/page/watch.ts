/**
 * Notice when the page shows another article without a reload: SPA navigation (pushState,
 * replaceState, popstate: seen by polling location.href, since a content script cannot wrap
 * the page's history functions) and late content (a MutationObserver). Debounced, and blind
 * to our own nodes so marking never triggers itself.
 */

/** How often location.href is compared (ms). */
const URL_POLL_MS = 500;
/** Quiet time after the last change before re-analysing (ms). */
const DEBOUNCE_MS = 1000;
/** Text a batch of added nodes must bring to count as late content (characters). */
const LATE_TEXT_MIN = 200;
/** Re-analyses allowed per minute for mutations alone; a page that keeps changing is left be. */
const MAX_MUTATION_RUNS_PER_MINUTE = 4;

/** Why a re-analysis is due. */
export type ChangeReason = "navigation" | "content";

/** Watch a page; `onChange` runs debounced. `ours(node)` says a node is our own (card, style). */
export class PageWatcher {
  private lastUrl: string;
  private poll: ReturnType<typeof setInterval> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observer: MutationObserver | null = null;
  private pending: ChangeReason | null = null;
  private runs: number[] = [];
  private readonly onPop = () => this.check();

  constructor(
    private readonly win: Window,
    private readonly ours: (node: Node) => boolean,
    private readonly onChange: (reason: ChangeReason) => void,
  ) {
    this.lastUrl = win.location.href;
  }

  /** Start watching (again). */
  start(): void {
    this.stop();
    this.lastUrl = this.win.location.href;
    this.poll = setInterval(() => this.check(), URL_POLL_MS);
    this.win.addEventListener("popstate", this.onPop);
    this.observer = new MutationObserver((records) => this.mutated(records));
    this.observer.observe(this.win.document.documentElement, { childList: true, subtree: true });
  }

  /** Stop watching and forget pending work. */
  stop(): void {
    clearInterval(this.poll);
    clearTimeout(this.timer);
    this.win.removeEventListener("popstate", this.onPop);
    this.observer?.disconnect();
    this.observer = null;
    this.pending = null;
  }

  private check(): void {
    const url = this.win.location.href;
    if (url === this.lastUrl) return;
    const sameDoc = url.split("#")[0] === this.lastUrl.split("#")[0];
    this.lastUrl = url;
    if (!sameDoc) this.schedule("navigation");
  }

  private mutated(records: MutationRecord[]): void {
    let added = 0;
    for (const r of records) {
      if (this.ours(r.target)) continue;
      for (const n of Array.from(r.addedNodes)) {
        if (this.ours(n)) continue;
        added += n.nodeType === 3 ? (n as Text).data.trim().length : n.nodeType === 1 ? ((n as Element).textContent ?? "").length : 0;
      }
    }
    if (added >= LATE_TEXT_MIN) this.schedule("content");
  }

  private schedule(reason: ChangeReason): void {
    if (this.pending !== "navigation") this.pending = reason;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const why = this.pending;
      this.pending = null;
      if (!why) return;
      if (why === "content") {
        const now = Date.now();
        this.runs = this.runs.filter((t) => now - t < 60_000);
        if (this.runs.length >= MAX_MUTATION_RUNS_PER_MINUTE) return;
        this.runs.push(now);
      }
      this.onChange(why);
    }, DEBOUNCE_MS);
  }
}
