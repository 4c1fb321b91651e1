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
