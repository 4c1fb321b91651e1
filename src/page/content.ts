/**
 * PLACEHOLDER content script (the foundation's build needs an entry); the page engineer
 * replaces it. Injected on demand by the background; answers PageCalls.
 */
import { browser } from "../shared/browser-api.js";
import { dispatch, type Handlers, type PageCalls, type TabState } from "../shared/messages.js";

const state: TabState = { status: "idle", url: location.href };

const handlers: Handlers<PageCalls> = {
  analyze: () => state,
  setMarks: () => state,
  reveal: () => false,
  off: () => undefined,
  ping: () => state,
};

// Injection may run twice in one page; listen once.
const flag = "__crosscheckContent";
if (!(globalThis as Record<string, unknown>)[flag]) {
  (globalThis as Record<string, unknown>)[flag] = true;
  browser.runtime.onMessage.addListener((msg: unknown) => dispatch(handlers, msg) as Promise<unknown>);
}
