/**
 * What the popup asks of the browser, as one object: the real one calls the background;
 * tests pass a fake to render the popup in linkedom.
 */
import { activeTabId, callBackground, openOptionsPage, requestHostPermission } from "../shared/browser-api.js";
import type { AnalyzeOptions, TabState } from "../shared/messages.js";
import type { SettingsNotice } from "../shared/settings.js";
import { loadSettings, takeSettingsNotice } from "../shared/settings-store.js";

/** The automatic-analysis state of a tab's site. */
export type AutoSite = { host: string | null; enabled: boolean };

/** The popup's calls. */
export type PopupApi = {
  /** The tab's state. */
  getState(tabId: number): Promise<TabState>;
  /** Analyse the tab. */
  analyzeTab(tabId: number, options: AnalyzeOptions): Promise<TabState>;
  /** Show or hide marks. */
  setMarks(tabId: number, marks: boolean, claimMarks: boolean): Promise<TabState>;
  /** Scroll the page to a mark and flash it. */
  reveal(tabId: number, id: string): Promise<boolean>;
  /** Whether the tab's site is analysed automatically. */
  getAutoSite(tabId: number): Promise<AutoSite>;
  /**
   * Turn automatic analysis on or off. Turning on asks for the host permission first: this
   * must run straight from the click, before any other await (Firefox drops the user gesture).
   */
  setAutoSite(tabId: number, host: string, enabled: boolean): Promise<AutoSite>;
  /** A pending one-time settings notice. */
  takeNotice(): Promise<SettingsNotice | null>;
  /** Open the options page. */
  openOptions(): Promise<void>;
};

/** The match pattern asked for a host: both schemes, any port. */
export function hostOrigins(host: string): string[] {
  return [`*://${host}/*`];
}

/** The real popup API. */
export const realApi: PopupApi = {
  getState: (tabId) => callBackground("getState", tabId),
  analyzeTab: (tabId, options) => callBackground("analyzeTab", tabId, options),
  setMarks: (tabId, marks, claimMarks) => callBackground("setMarks", tabId, marks, claimMarks),
  reveal: (tabId, id) => callBackground("reveal", tabId, id),
  getAutoSite: (tabId) => callBackground("getAutoSite", tabId),
  setAutoSite: async (tabId, host, enabled) => {
    if (enabled && !(await requestHostPermission(hostOrigins(host)))) return { host, enabled: false };
    return callBackground("setAutoSite", tabId, enabled);
  },
  // Loading first migrates a broken stored value, which queues its notice.
  takeNotice: async () => {
    await loadSettings().catch(() => undefined);
    return takeSettingsNotice();
  },
  openOptions: openOptionsPage,
};

/** The tab the popup is about: `?tab=<id>` (tests, or a popup opened in a tab), else the active tab. */
export async function popupTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get("tab");
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  return activeTabId();
}
