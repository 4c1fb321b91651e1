/**
 * The background's logic, free of browser globals (everything goes through BackgroundEnv).
 *
 * Workflow of an analysis (analyzeTab):
 *  1. a restricted URL (browser pages, stores, PDF viewer, file:// without access) stops here;
 *  2. state "analysing" (the popup shows a spinner);
 *  3. ping the content script; inject content.js when it does not answer;
 *  4. the content script's `analyze` extracts the article and calls back `analyzeArticle`;
 *  5. its resulting state is stored per tab and the badge shows the number of disputes.
 */
import type { Analysis } from "../analysis/types.js";
import type { AnalyzeOptions, BackgroundCalls, Handlers, TabState } from "../shared/messages.js";
import { withAutoSite } from "../shared/settings.js";
import { packAnalysis } from "../shared/wire.js";
import { badgeFor } from "./badge.js";
import type { BackgroundEnv } from "./env.js";
import { restrictedFromError, restrictedReason } from "./restricted.js";
import { TabStore } from "./tab-store.js";

/** Registered content scripts of automatic sites have ids with this prefix. */
export const AUTO_SCRIPT_PREFIX = "crosscheck-auto:";

/** An "analysing" state older than this, with no analysis running here, was cut short (the worker stopped). */
export const STALE_ANALYSIS_MS = 60_000;

/** Who sent a message: the tab (for content scripts) and the sender's URL. */
export type Sender = { tabId?: number; url?: string };

/** The match patterns of a site analysed automatically (any port, http and https). */
export function sitePatterns(host: string): string[] {
  return [`*://${host}/*`];
}

/** The host of an http(s) URL, or null. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Two URLs of the same document (they differ at most in the #fragment). */
export function sameDocument(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return a.split("#")[0] === b.split("#")[0];
}

/** The background controller: message handlers and event reactions. */
export function createController(env: BackgroundEnv) {
  const store = new TabStore(env.session);
  /** Tabs with an analyzeTab running: their content script's "analysing" reports are redundant. */
  const inFlight = new Set<number>();
  /** The last analysis made for each tab's page (analyzeArticle), whole; the page gets it slim and answers without it. */
  const made = new Map<number, Analysis>();

  /** A tab's page is gone or left: forget what was kept for it. */
  async function forget(tabId: number): Promise<void> {
    made.delete(tabId);
    await store.clear(tabId);
  }

  /** Store a tab's state and show its badge. */
  async function save(tabId: number, state: TabState): Promise<TabState> {
    await store.set(tabId, state);
    const badge = badgeFor(state);
    await env.setBadge(tabId, badge.text, badge.color).catch(() => undefined); // the tab may be gone
    return state;
  }

  /** A page's "done" state with its analysis: the one made here for that tab, else asked of the page (a restarted worker lost it). */
  async function withAnalysis(tabId: number, state: TabState): Promise<TabState> {
    if (state.status !== "done" || state.analysis) return state;
    const analysis = made.get(tabId) ?? (await env.callPage(tabId, "analysis").catch(() => null));
    return analysis ? { ...state, analysis } : state;
  }

  async function ensureContentScript(tabId: number): Promise<void> {
    try {
      await env.callPage(tabId, "ping");
    } catch {
      await env.inject(tabId);
    }
  }

  async function analyzeTab(tabId: number, options: AnalyzeOptions): Promise<TabState> {
    let url: string | undefined;
    try {
      url = await env.getTabUrl(tabId);
    } catch (e) {
      return { status: "error", error: errorMessage(e) }; // no such tab: nothing to store
    }
    const reason = restrictedReason(url, await env.fileAccessAllowed());
    if (reason) return save(tabId, { status: "restricted", reason, url });
    const previous = await store.get(tabId);
    inFlight.add(tabId);
    try {
      await save(tabId, { status: "analysing", url, startedAt: env.now(), marks: previous.marks, claimMarks: previous.claimMarks });
      await ensureContentScript(tabId);
      let state = await withAnalysis(tabId, await env.callPage(tabId, "analyze", options));
      const settings = await env.loadSettings();
      if (state.status === "done" && (!settings.marks || !settings.claimMarks)) {
        state = { ...state, ...(await env.callPage(tabId, "setMarks", settings.marks, settings.claimMarks)) };
      }
      return await save(tabId, { ...state, url: url ?? state.url });
    } catch (e) {
      const message = errorMessage(e);
      const why = restrictedFromError(message);
      return save(tabId, why ? { status: "restricted", reason: why, url } : { status: "error", error: message, url });
    } finally {
      inFlight.delete(tabId);
    }
  }

  /** Analyse a selected text (context menu) and keep it as the tab's state. */
  async function analyzeSelection(tabId: number, text: string, url?: string): Promise<TabState> {
    const trimmed = text.trim();
    if (!trimmed) return store.get(tabId);
    let analysis: Analysis;
    try {
      analysis = env.analyze({ text: trimmed, found: true, method: "selection", title: null, byline: null });
    } catch (e) {
      return save(tabId, { status: "error", error: errorMessage(e), url });
    }
    return save(tabId, { status: "done", analysis, url, marks: false, claimMarks: false });
  }

  /** A tab starts loading: forget its state unless only the #fragment changed. */
  async function onTabLoading(tabId: number, newUrl: string | undefined): Promise<void> {
    const state = await store.get(tabId);
    if (state.status === "idle") return;
    if (newUrl && sameDocument(state.url, newUrl)) return;
    await forget(tabId);
    await env.setBadge(tabId, "", "").catch(() => undefined);
  }

  /** A tab finished loading: analyse it when its site is analysed automatically. */
  async function onTabComplete(tabId: number, url: string | undefined): Promise<void> {
    const host = hostOf(url);
    if (!host) return;
    const settings = await env.loadSettings();
    if (!settings.autoSites.includes(host)) return;
    if (!(await env.hasHostPermission(sitePatterns(host)))) return;
    const state = await store.get(tabId);
    if (state.status !== "idle" && sameDocument(state.url, url)) return; // already done or running
    await analyzeTab(tabId, {});
  }

  /** Make the registered content scripts match the settings' sites (where permission remains). */
  async function syncAutoSites(): Promise<void> {
    const settings = await env.loadSettings();
    const registered = new Set((await env.registeredContentScripts()).filter((id) => id.startsWith(AUTO_SCRIPT_PREFIX)));
    const wanted = new Set<string>();
    for (const host of settings.autoSites) {
      if (await env.hasHostPermission(sitePatterns(host))) wanted.add(AUTO_SCRIPT_PREFIX + host);
    }
    await env.unregisterContentScripts([...registered].filter((id) => !wanted.has(id)));
    for (const id of wanted) {
      if (!registered.has(id)) await env.registerContentScript(id, sitePatterns(id.slice(AUTO_SCRIPT_PREFIX.length)));
    }
  }

  /**
   * Host permissions granted or withdrawn. The popup asks for `*://host/*` only when the user
   * turns on automatic analysis, so a grant of that pattern turns it on here, even when the
   * popup closed on the permission prompt (Firefox closes it) before it could tell us.
   */
  async function onPermissionsChanged(origins: string[], granted: boolean): Promise<void> {
    let settings = await env.loadSettings();
    const before = settings;
    for (const origin of origins) {
      const host = /^\*:\/\/([^/*]+)\/\*$/.exec(origin)?.[1];
      if (host) settings = withAutoSite(settings, host, granted);
    }
    if (settings !== before) await env.saveSettings(settings);
    await syncAutoSites();
  }

  async function getAutoSite(tabId: number): Promise<{ host: string | null; enabled: boolean }> {
    const host = hostOf(await env.getTabUrl(tabId).catch(() => undefined));
    if (!host) return { host: null, enabled: false };
    const settings = await env.loadSettings();
    const enabled = settings.autoSites.includes(host) && (await env.hasHostPermission(sitePatterns(host)));
    return { host, enabled };
  }

  async function setAutoSite(tabId: number, enabled: boolean): Promise<{ host: string | null; enabled: boolean }> {
    const host = hostOf(await env.getTabUrl(tabId).catch(() => undefined));
    if (!host) return { host: null, enabled: false };
    // The popup asked for the permission in its click handler; without it, nothing to turn on.
    if (enabled && !(await env.hasHostPermission(sitePatterns(host)))) return { host, enabled: false };
    const settings = await env.loadSettings();
    await env.saveSettings(withAutoSite(settings, host, enabled));
    await syncAutoSites();
    return { host, enabled };
  }

  /** A tab's state; an analysis cut short (no longer running, started long ago) reads as not analysed. */
  async function getState(tabId: number): Promise<TabState> {
    const state = await store.get(tabId);
    if (state.status === "analysing" && !inFlight.has(tabId) && env.now() - (state.startedAt ?? env.now()) > STALE_ANALYSIS_MS) {
      await store.clear(tabId);
      return { status: "idle" };
    }
    return state;
  }

  /** The handlers of BackgroundCalls for one message's sender. */
  function handlers(sender: Sender): Handlers<BackgroundCalls> {
    const fromExtension = Boolean(sender.url?.startsWith(env.extensionUrl));
    return {
      getState,
      analyzeTab,
      setMarks: async (tabId, marks, claimMarks) => {
        const previous = await store.get(tabId);
        const next = await env.callPage(tabId, "setMarks", marks, claimMarks);
        return save(tabId, { ...previous, ...next, analysis: next.analysis ?? previous.analysis, marks, claimMarks });
      },
      reveal: async (tabId, id) => {
        try {
          return await env.callPage(tabId, "reveal", id);
        } catch {
          return false; // no content script (a selection's analysis, or the page navigated)
        }
      },
      off: async (tabId) => {
        await env.callPage(tabId, "off").catch(() => undefined);
        await forget(tabId);
        await env.setBadge(tabId, "", "").catch(() => undefined);
      },
      readArticleHtml: (html) => (typeof html === "string" ? env.readHtml(html) : null),
      analyzeArticle: (input) => {
        const analysis = env.analyze(input);
        if (sender.tabId !== undefined) made.set(sender.tabId, analysis);
        return packAnalysis(analysis);
      },
      report: async (state) => {
        if (sender.tabId === undefined) return;
        if (state.status === "analysing" && inFlight.has(sender.tabId)) return;
        const previous = await store.get(sender.tabId);
        const startedAt = state.status === "analysing" ? env.now() : undefined;
        const next = await withAnalysis(sender.tabId, state);
        await save(sender.tabId, { ...previous, ...next, startedAt, url: sender.url ?? state.url });
      },
      getAutoSite,
      // Only the extension's own pages (popup, options) may turn automatic analysis on.
      setAutoSite: (tabId, enabled) => (fromExtension || !enabled ? setAutoSite(tabId, enabled) : getAutoSite(tabId)),
    };
  }

  return { handlers, analyzeTab, analyzeSelection, onTabLoading, onTabComplete, onPermissionsChanged, syncAutoSites, store, forget };
}

/** The controller's type. */
export type Controller = ReturnType<typeof createController>;

/** A readable message of anything thrown. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === "string") return e;
  return String(e);
}
