/**
 * The one module that speaks to the browser. Every `browser.*` call in the extension goes
 * through here, so tests can replace it and the polyfill can be swapped in one place.
 */
import browser from "webextension-polyfill";
import { message, type Args, type BackgroundCalls, type PageCalls, type Result } from "./messages.js";

export { browser };

/** Call a background method. */
export async function callBackground<M extends keyof BackgroundCalls>(
  method: M,
  ...args: Args<BackgroundCalls, M>
): Promise<Result<BackgroundCalls, M>> {
  return (await browser.runtime.sendMessage(message<BackgroundCalls, M>(method, args))) as Result<BackgroundCalls, M>;
}

/** Call a method of the content script in a tab (top frame only). */
export async function callPage<M extends keyof PageCalls>(
  tabId: number,
  method: M,
  ...args: Args<PageCalls, M>
): Promise<Result<PageCalls, M>> {
  return (await browser.tabs.sendMessage(tabId, message<PageCalls, M>(method, args), { frameId: 0 })) as Result<
    PageCalls,
    M
  >;
}

/** A localized UI string from _locales (falls back to the key). */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers of the background, popup and options pages. Thin wrappers: one browser call each,
// so the background's logic (src/background/env.ts adapts these) can be tested with fakes.
// ---------------------------------------------------------------------------------------------

/** A storage area by name. */
export type StorageAreaName = "local" | "sync" | "session";

/** True when the browser has this storage area (storage.session is missing in older Firefox). */
export function hasStorageArea(area: StorageAreaName): boolean {
  try {
    return Boolean((browser.storage as unknown as Record<string, unknown>)[area]);
  } catch {
    return false;
  }
}

/** Read one key of a storage area (undefined when absent). */
export async function storageGet(area: StorageAreaName, key: string): Promise<unknown> {
  const items = await browser.storage[area].get(key);
  return items[key];
}

/** Write keys of a storage area. */
export async function storageSet(area: StorageAreaName, items: Record<string, unknown>): Promise<void> {
  await browser.storage[area].set(items);
}

/** Remove keys of a storage area. */
export async function storageRemove(area: StorageAreaName, keys: string | string[]): Promise<void> {
  await browser.storage[area].remove(keys);
}

/** Listen to storage changes: the changed keys' new values, and the area. */
export function onStorageChanged(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void {
  browser.storage.onChanged.addListener(listener);
}

/** Set a tab's badge text and background colour ("" clears it). */
export async function setBadge(tabId: number, text: string, color: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
}

/** Read a tab's badge text (tests and diagnostics). */
export async function getBadge(tabId: number): Promise<string> {
  return browser.action.getBadgeText({ tabId });
}

/** A tab's URL, when the extension may see it (activeTab or a host permission), else undefined. */
export async function getTabUrl(tabId: number): Promise<string | undefined> {
  const tab = await browser.tabs.get(tabId);
  return tab.url;
}

/** The id of the active tab of the current window, or null. */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Inject the content script in a tab's top frame. */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ["content.js"] });
}

/** Whether file:// pages may be scripted (Chrome's "Allow access to file URLs"). */
export async function fileAccessAllowed(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}

/** Ask for host permissions. MUST be called straight from a user gesture (a click handler). */
export async function requestHostPermission(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/** Whether the host permissions are granted. */
export async function hasHostPermission(origins: string[]): Promise<boolean> {
  return browser.permissions.contains({ origins });
}

/** Give host permissions back. */
export async function removeHostPermission(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.remove({ origins });
  } catch {
    return false;
  }
}

/** Register content scripts that run content.js on the given match patterns, kept across restarts. */
export async function registerContentScript(id: string, matches: string[]): Promise<void> {
  await browser.scripting.registerContentScripts([
    { id, matches, js: ["content.js"], runAt: "document_idle", persistAcrossSessions: true },
  ]);
}

/** The ids of our registered content scripts. */
export async function registeredContentScripts(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.map((s) => s.id);
}

/** Unregister content scripts by id. */
export async function unregisterContentScripts(ids: string[]): Promise<void> {
  if (ids.length) await browser.scripting.unregisterContentScripts({ ids });
}

/** Open the options page. */
export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
