/** The background's environment in the browser: shared/browser-api.ts and the engine. */
import { parseHTML } from "linkedom";
import { analyze } from "../analysis/index.js";
import { outlineOfHtml } from "../page/detect.js";
import * as api from "../shared/browser-api.js";
import { loadSettings, saveSettings } from "../shared/settings-store.js";
import type { BackgroundEnv } from "./env.js";
import { memoryStore, type KeyValue } from "./tab-store.js";

/** storage.session when the browser has it (Chrome 102+, Firefox 115+), else memory. */
function sessionStore(): KeyValue {
  if (!api.hasStorageArea("session")) return memoryStore();
  return {
    get: (key) => api.storageGet("session", key),
    set: (key, value) => api.storageSet("session", { [key]: value }),
    remove: (key) => api.storageRemove("session", key),
  };
}

/** Build the real environment. */
export function realEnv(): BackgroundEnv {
  return {
    session: sessionStore(),
    getTabUrl: api.getTabUrl,
    fileAccessAllowed: api.fileAccessAllowed,
    inject: api.injectContentScript,
    callPage: api.callPage,
    setBadge: api.setBadge,
    loadSettings,
    saveSettings,
    hasHostPermission: api.hasHostPermission,
    registerContentScript: api.registerContentScript,
    registeredContentScripts: api.registeredContentScripts,
    unregisterContentScripts: api.unregisterContentScripts,
    // the background has no DOM (Chrome's service worker): linkedom parses the page's HTML, as the command line does
    readHtml: (html) => outlineOfHtml(html, (h) => parseHTML(h).document as unknown as Document),
    analyze,
    now: () => Date.now(),
    extensionUrl: api.browser.runtime.getURL(""),
  };
}
