/**
 * What the background needs from the browser, as one object: the real one wraps
 * shared/browser-api.ts; unit tests pass fakes.
 */
import type { Analysis, ArticleInput } from "../analysis/types.js";
import type { Outline } from "../page/outline.js";
import type { Args, PageCalls, Result } from "../shared/messages.js";
import type { Settings } from "../shared/settings.js";
import type { KeyValue } from "./tab-store.js";

/** The browser operations of the background. */
export type BackgroundEnv = {
  /** Per-tab state storage (storage.session or memory). */
  session: KeyValue;
  /** A tab's URL when visible, else undefined; rejects when the tab is gone. */
  getTabUrl(tabId: number): Promise<string | undefined>;
  /** Whether file:// pages may be scripted. */
  fileAccessAllowed(): Promise<boolean>;
  /** Inject content.js in the tab's top frame. */
  inject(tabId: number): Promise<void>;
  /** Call the content script. */
  callPage<M extends keyof PageCalls>(tabId: number, method: M, ...args: Args<PageCalls, M>): Promise<Result<PageCalls, M>>;
  /** Set the tab's badge. */
  setBadge(tabId: number, text: string, color: string): Promise<void>;
  /** Read settings (migrated, valid). */
  loadSettings(): Promise<Settings>;
  /** Save settings. */
  saveSettings(settings: Settings): Promise<void>;
  /** Whether the host permissions are granted. */
  hasHostPermission(origins: string[]): Promise<boolean>;
  /** Register a content script on match patterns. */
  registerContentScript(id: string, matches: string[]): Promise<void>;
  /** Our registered content scripts' ids. */
  registeredContentScripts(): Promise<string[]>;
  /** Unregister content scripts. */
  unregisterContentScripts(ids: string[]): Promise<void>;
  /** Readability on a page's HTML (parsed here, away from the page): its outline, or null. */
  readHtml(html: string): Outline | null;
  /** The analysis engine. */
  analyze(input: ArticleInput): Analysis;
  /** The clock (ms since the epoch). */
  now(): number;
  /** The extension's own origin prefix ("chrome-extension://id/"), to tell its pages from content scripts. */
  extensionUrl: string;
};
