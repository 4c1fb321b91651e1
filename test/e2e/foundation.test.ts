/**
 * The foundation in real browsers: the extension loads, its background answers, the content
 * script injected on demand answers a ping without touching the page's DOM, the popup renders.
 */
import { strict as assert } from "node:assert";
import {
  launchChromium,
  launchFirefox,
  serve,
  skipWithoutBrowser,
  type ChromiumSession,
  type FirefoxSession,
  type InExtension,
  type Site,
} from "./harness.js";

/** A small local article: the content script needs an http page to run on. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood toll</title></head>
<body><article><h1>Flood toll rises</h1><p>At least 40 people died, the agency said.</p>
<p>The ministry said 27 people died.</p></article></body></html>`;

/** The wire message of PageCalls.ping (src/shared/messages.ts). */
const PING = { crosscheck: 1, method: "ping", args: [] };

type State = { status?: unknown } | undefined;

describe("foundation in Chromium", function () {
  this.timeout(90_000);
  let site: Site;
  let chrome: ChromiumSession;

  before(async function () {
    skipWithoutBrowser(this, "chromium");
    site = await serve({ "/article.html": PAGE });
    chrome = await launchChromium();
  });
  after(async () => {
    await chrome?.close();
    await site?.close();
  });

  it("loads the extension with its service worker alive", async () => {
    assert.match(chrome.extensionId, /^[a-p]{32}$/);
    const manifest = await chrome.worker.evaluate(() => (globalThis as unknown as InExtension).chrome.runtime.getManifest());
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.name, "Crosscheck");
  });

  it("injects the content script on demand; it answers a ping through the background's API and leaves the DOM as it was", async () => {
    const page = await chrome.context.newPage();
    await page.goto(site.url("/article.html"));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const state = (await chrome.callPage(site.url("/article.html"), PING.method, PING.args)) as State;
    assert.equal(typeof state?.status, "string", `ping answered ${JSON.stringify(state)}`);
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
    await page.close();
  });

  it("opens the popup for a tab; it renders and its background answers", async () => {
    const page = await chrome.context.newPage();
    await page.goto(site.url("/article.html"));
    const tabId = await chrome.tabIdOf(site.url("/article.html"));
    const popup = await chrome.openPopup(tabId);
    await popup.waitForFunction(() => document.body.innerText.trim().length > 0, undefined, { timeout: 10_000 });
    const state = (await popup.evaluate(
      (tabId) => (globalThis as unknown as InExtension).chrome.runtime.sendMessage({ crosscheck: 1, method: "getState", args: [tabId] }),
      tabId,
    )) as State;
    assert.equal(typeof state?.status, "string", `getState answered ${JSON.stringify(state)}`);
    await popup.close();
    await page.close();
  });
});

describe("foundation in Firefox", function () {
  this.timeout(90_000);
  let site: Site;
  let firefox: FirefoxSession;

  before(async function () {
    skipWithoutBrowser(this, "firefox");
    site = await serve({ "/article.html": PAGE });
    firefox = await launchFirefox();
  });
  after(async () => {
    await firefox?.close();
    await site?.close();
  });

  it("installs the extension as a temporary add-on", () => {
    assert.equal(firefox.extensionId, "crosscheck@crosscheck.org");
  });

  it("injects the content script; it answers a ping and leaves the DOM as it was; the popup renders and the background answers", async () => {
    const page = await firefox.openPage(site.url("/article.html"));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await firefox.openExtensionPage("popup.html");
    const state = (await firefox.callPage(popup, site.url("/article.html"), PING.method, PING.args)) as State;
    assert.equal(typeof state?.status, "string", `ping answered ${JSON.stringify(state)}`);
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
    const tabId = await firefox.tabIdOf(popup, site.url("/article.html"));

    // The popup for that tab, as the toolbar would open it.
    const forTab = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
    await forTab.waitForFunction(() => document.body.innerText.trim().length > 0, { polling: 100, timeout: 10_000 });
    const bg = (await forTab.evaluate(
      (tabId: number) =>
        (globalThis as unknown as InExtension).browser.runtime.sendMessage({ crosscheck: 1, method: "getState", args: [tabId] }),
      tabId,
    )) as State;
    assert.equal(typeof bg?.status, "string", `getState answered ${JSON.stringify(bg)}`);
  });
});
