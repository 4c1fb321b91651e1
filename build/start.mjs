/**
 * `npm start`: build, serve the demo article (build/demo/article.html, an invented story) on
 * 127.0.0.1, and open it in Chromium with Crosscheck loaded and run on it.
 *
 *   npm start                      Chromium (Playwright), the analysis triggered on the demo
 *   npm start -- --firefox         Firefox through web-ext run (reloads when dist/ changes)
 *   npm start -- --headless        as with no display (below)
 *
 * With no display ($DISPLAY / $WAYLAND_DISPLAY unset) it runs the browser headless, analyses
 * the demo, saves out/demo-page.png and out/demo-popup.png, prints the analysis through the
 * command line's code, and ends. With no browser installed it prints the analysis and the
 * command that installs one.
 *
 * The browser loads a copy of dist/ with host access to 127.0.0.1 so the analysis can start
 * without a click (activeTab needs a real user gesture); the real build asks for none.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { register } from "tsx/esm/api";
import { build, root } from "./build.mjs";

const args = process.argv.slice(2);
const firefox = args.includes("--firefox");
const headless = args.includes("--headless") || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const DEMO_DIR = join(root, "build/demo");
const DEMO = "/article.html";
const OUT = join(root, "out");
/** How long to wait for the analysis to finish. */
const ANALYSIS_TIMEOUT_MS = 30_000;
/** The popup's size as the toolbar shows it. */
const POPUP_VIEWPORT = { width: 420, height: 640 };

register();
const harness = await import("../test/e2e/harness.ts");

/** Print the demo's analysis through the command line's code. */
function printAnalysis() {
  console.log(`\nThe analysis of the demo article (npm run --silent analyze -- build/demo/article.html):\n`);
  spawnSync(process.execPath, [join(root, "build/cli.mjs"), join(DEMO_DIR, "article.html")], { stdio: "inherit" });
}

/** In an extension page: ask the background to analyse a tab, then wait for a final state. */
async function analyseFromExtensionPage(page, tabId) {
  return page.evaluate(
    async ({ tabId, timeout }) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const call = (method, ...args) => api.runtime.sendMessage({ crosscheck: 1, method, args });
      let state = await call("analyzeTab", tabId, {});
      const until = Date.now() + timeout;
      while (state?.status === "analysing" && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 200));
        state = await call("getState", tabId);
      }
      return state;
    },
    { tabId, timeout: ANALYSIS_TIMEOUT_MS },
  );
}

function describeState(state) {
  const a = state?.analysis;
  return a
    ? `${state.status}: ${a.sources.length} sources, ${a.claims.length} claims, ${a.figures.length} figures, ${a.conflicts.length} conflicts`
    : `${state?.status ?? "no answer"}${state?.error ? ` (${state.error})` : ""}`;
}

async function runChromium(site) {
  const chrome = await harness.launchChromium({ headless });
  const page = await chrome.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(site.url(DEMO));
  const tabId = await chrome.tabIdOf(site.url(DEMO));
  const popup = await chrome.openPopup(tabId);
  const state = await analyseFromExtensionPage(popup, tabId);
  console.log(`Crosscheck on the demo: ${describeState(state)}`);
  if (!headless) {
    await popup.close();
    await page.bringToFront();
    console.log(`Chromium is open on ${site.url(DEMO)}; click the Crosscheck button (Alt+Shift+C). Close the browser to stop.`);
    await new Promise((done) => chrome.context.on("close", done));
    return;
  }
  await page.screenshot({ path: join(OUT, "demo-page.png"), fullPage: true });
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.reload();
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: join(OUT, "demo-popup.png") });
  await chrome.close();
}

async function runFirefoxHeadless(site) {
  const ff = await harness.launchFirefox({ headless: true });
  try {
    const page = await ff.openPage(site.url(DEMO));
    await page.setViewport({ width: 1280, height: 900 });
    const ext = await ff.openExtensionPage("popup.html");
    const tabId = await ff.tabIdOf(ext, site.url(DEMO));
    const state = await analyseFromExtensionPage(ext, tabId);
    console.log(`Crosscheck on the demo: ${describeState(state)}`);
    await page.bringToFront();
    await page.screenshot({ path: join(OUT, "demo-page.png"), fullPage: true });
    const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(POPUP_VIEWPORT);
    await new Promise((r) => setTimeout(r, 500));
    await popup.screenshot({ path: join(OUT, "demo-popup.png") });
  } finally {
    await ff.close();
  }
}

async function runFirefoxWindow(site) {
  const webExt = (await import("web-ext")).default;
  const tmp = harness.tempDir("start-firefox");
  const sourceDir = harness.testCopyOfExtension("firefox", tmp.path);
  const runner = await webExt.cmd.run(
    { sourceDir, firefox: harness.BINARIES.firefox, startUrl: [site.url(DEMO)], noReload: true, noInput: true },
    { shouldExitProgram: false },
  );
  console.log(`Firefox is open on ${site.url(DEMO)}; click the Crosscheck button (Alt+Shift+C). Close Firefox to stop.`);
  await new Promise((done) => runner.registerCleanup(done));
  tmp.remove();
}

await build({ dev: true });
const name = firefox ? "firefox" : "chromium";
const missing = harness.browserMissing(name);
if (missing) {
  printAnalysis();
  console.log(`\nNo browser to show the demo in: ${missing}`);
  process.exit(0);
}

const site = await harness.serve(DEMO_DIR);
console.log(`Demo article at ${site.url(DEMO)}`);
try {
  if (headless) {
    mkdirSync(OUT, { recursive: true });
    console.log(`No display found: running ${name} headless; screenshots go to out/.`);
    if (firefox) await runFirefoxHeadless(site);
    else await runChromium(site);
    console.log("Saved out/demo-page.png (the annotated article) and out/demo-popup.png (the popup).");
    printAnalysis();
  } else if (firefox) {
    await runFirefoxWindow(site);
  } else {
    await runChromium(site);
  }
} catch (e) {
  console.error(`The demo failed: ${e?.stack ?? e}`);
  printAnalysis();
  process.exitCode = 1;
} finally {
  await site.close();
}
process.exit(process.exitCode ?? 0);
