/**
 * The popup's entry: find the tab (`?tab=<id>` or the active one) and render the App.
 * The same page works as a tab (tests, screenshots) and as the toolbar popup.
 */
import { render } from "preact";
import { App } from "./App.js";
import { popupTabId, realApi } from "./api.js";

async function main(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const tabId = await popupTabId(location.search).catch(() => null);
  render(<App tabId={tabId} api={realApi} />, root);
}

void main();
