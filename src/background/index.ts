/**
 * PLACEHOLDER background (the foundation's build needs an entry); the background engineer
 * replaces it. Routes BackgroundCalls.
 */
import { analyze } from "../analysis/index.js";
import { browser, callPage } from "../shared/browser-api.js";
import { dispatch, type BackgroundCalls, type Handlers, type TabState } from "../shared/messages.js";

const idle: TabState = { status: "idle" };

const handlers: Handlers<BackgroundCalls> = {
  getState: () => idle,
  analyzeTab: async (tabId, options) => {
    await browser.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
    return callPage(tabId, "analyze", options);
  },
  setMarks: (tabId, marks, claimMarks) => callPage(tabId, "setMarks", marks, claimMarks),
  reveal: (tabId, id) => callPage(tabId, "reveal", id),
  off: (tabId) => callPage(tabId, "off"),
  analyzeArticle: (input) => analyze(input),
  report: () => undefined,
  getAutoSite: () => ({ host: null, enabled: false }),
  setAutoSite: () => ({ host: null, enabled: false }),
};

browser.runtime.onMessage.addListener((msg: unknown) => dispatch(handlers, msg) as Promise<unknown>);
