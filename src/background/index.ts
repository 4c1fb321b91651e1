/**
 * The background (Chrome: service worker; Firefox: event page). It wires browser events to
 * the controller (controller.ts), which holds the logic.
 *
 * Workflow:
 *  1. messages (BackgroundCalls) from the popup and content scripts are dispatched by method;
 *  2. tabs.onUpdated: "loading" forgets a tab's state (not for #fragment changes),
 *     "complete" analyses sites the user chose to analyse automatically;
 *  3. the analyze-page command analyses the active tab; the context menu analyses a selection;
 *  4. on install/startup and when settings change, registered content scripts follow the
 *     settings' automatic sites.
 *
 * Listeners are added synchronously at the top level, as MV3 requires for a stopped worker
 * to be woken by its events (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/events).
 */
import { activeTabId, browser, onStorageChanged, t } from "../shared/browser-api.js";
import { dispatch, isMessage } from "../shared/messages.js";
import { SETTINGS_KEY } from "../shared/settings.js";
import { createController } from "./controller.js";
import { realEnv } from "./real-env.js";

/** The context menu entry's id. */
const MENU_SELECTION = "crosscheck-selection";

const controller = createController(realEnv());

/** Log background failures instead of leaving unhandled rejections. */
function quietly(p: Promise<unknown>): void {
  p.catch((e: unknown) => console.warn("Crosscheck:", e));
}

browser.runtime.onMessage.addListener((msg: unknown, sender: { tab?: { id?: number }; url?: string }) => {
  if (!isMessage(msg)) return undefined;
  return dispatch(controller.handlers({ tabId: sender.tab?.id, url: sender.url }), msg);
});

browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
  if (changeInfo.status === "loading") quietly(controller.onTabLoading(tabId, changeInfo.url ?? tab.url));
  else if (changeInfo.status === "complete") quietly(controller.onTabComplete(tabId, tab.url));
});

browser.tabs.onRemoved.addListener((tabId) => quietly(controller.forget(tabId)));

browser.commands.onCommand.addListener((command: string, tab?: { id?: number }) => {
  if (command !== "analyze-page") return;
  quietly(
    (async () => {
      const tabId = tab?.id ?? (await activeTabId());
      if (tabId !== null && tabId !== undefined) await controller.analyzeTab(tabId, {});
    })(),
  );
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_SELECTION || tab?.id === undefined) return;
  quietly(controller.analyzeSelection(tab.id, info.selectionText ?? "", tab.url));
});

/** (Re)create the context menu: Chrome keeps menus across restarts, Firefox's event pages may not. */
async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SELECTION, title: t("menuSelection"), contexts: ["selection"] });
}

browser.runtime.onInstalled.addListener(() => {
  quietly(createMenus());
  quietly(controller.syncAutoSites());
});

browser.runtime.onStartup.addListener(() => {
  quietly(createMenus());
  quietly(controller.syncAutoSites());
});

onStorageChanged((changes, area) => {
  if (area === "sync" && SETTINGS_KEY in changes) quietly(controller.syncAutoSites());
});

browser.permissions.onAdded.addListener((p) => quietly(controller.onPermissionsChanged(p.origins ?? [], true)));
browser.permissions.onRemoved.addListener((p) => quietly(controller.onPermissionsChanged(p.origins ?? [], false)));
