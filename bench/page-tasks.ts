/**
 * The page's thread while Crosscheck analyses a 100,000-word article, in real browsers with the
 * extension loaded: the longest task (PerformanceObserver, Long Tasks API: Chromium), the longest
 * animation frame with its rendering (Long Animation Frames API: Chromium), and in every browser
 * the longest gap of a 0 ms timer loop (the longest stretch the page's own code could not run).
 * Figures, never asserts. Target of the brief: no task over 50 ms.
 *
 * Run: npm run bench:page (also the last part of npm run bench). Builds dist/ first.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { browserMissing, launchChromium, launchFirefox, serve, type InExtension } from "../test/e2e/harness.js";
import { LONG_WORDS, longPage, READ_TASK_PROBE, SETTLE_PAGE, START_TASK_PROBE, type TaskProbe } from "../test/e2e/test-pages.js";

/** What one browser showed. */
export type PageTasks = { browser: "chromium" | "firefox"; analysedMs: number; marks: number } & TaskProbe;

/** Time after the analysis answered, for the last marks to be painted, before reading the probe (ms). */
const SETTLE_MS = 300;

/** Analyse the long page in each installed browser; a missing browser is left out (and said). */
export async function measurePageTasks(log: (line: string) => void = console.log): Promise<PageTasks[]> {
  const { build } = (await import("../build/build.mjs" as string)) as { build(o: { dev: boolean; cli: boolean }): Promise<void> };
  await build({ dev: false, cli: false });
  const site = await serve({ routes: { "/long.html": longPage(LONG_WORDS) } });
  const url = site.url("/long.html");
  const out: PageTasks[] = [];
  const marksIn = `[...CSS.highlights.values()].reduce((s, h) => s + h.size, 0)`;
  try {
    if (browserMissing("chromium")) log(`  chromium: ${browserMissing("chromium")}`);
    else {
      const chrome = await launchChromium();
      try {
        const page = await chrome.context.newPage();
        await page.goto(url);
        await page.evaluate(SETTLE_PAGE);
        await page.evaluate(START_TASK_PROBE);
        const tabId = await chrome.tabIdOf(url);
        const t0 = Date.now();
        await chrome.worker.evaluate(
          async ({ tabId }) => {
            const api = (globalThis as unknown as InExtension).chrome;
            await api.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
            return api.tabs.sendMessage(tabId, { crosscheck: 1, method: "analyze", args: [{}] });
          },
          { tabId },
        );
        const analysedMs = Date.now() - t0;
        await page.waitForTimeout(SETTLE_MS);
        const probe = (await page.evaluate(READ_TASK_PROBE)) as TaskProbe;
        out.push({ browser: "chromium", analysedMs, marks: (await page.evaluate(marksIn)) as number, ...probe });
      } finally {
        await chrome.close();
      }
    }
    if (browserMissing("firefox")) log(`  firefox: ${browserMissing("firefox")}`);
    else {
      const firefox = await launchFirefox();
      try {
        const ext = await firefox.openExtensionPage("popup.html");
        const page = await firefox.openPage(url);
        await page.evaluate(SETTLE_PAGE);
        await page.evaluate(START_TASK_PROBE);
        const tabId = await firefox.tabIdOf(ext, url);
        const t0 = Date.now();
        await ext.evaluate(async (tabId: number) => {
          const api = (globalThis as unknown as InExtension).browser;
          await api.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
          return api.tabs.sendMessage(tabId, { crosscheck: 1, method: "analyze", args: [{}] });
        }, tabId);
        const analysedMs = Date.now() - t0;
        await new Promise((r) => setTimeout(r, SETTLE_MS));
        const probe = (await page.evaluate(READ_TASK_PROBE)) as TaskProbe;
        out.push({ browser: "firefox", analysedMs, marks: (await page.evaluate(marksIn)) as number, ...probe });
      } finally {
        await firefox.close();
      }
    }
  } finally {
    await site.close();
  }
  for (const r of out) log(`  ${describe(r)}`);
  return out;
}

/** One browser's figures in words. */
export function describe(r: PageTasks): string {
  const task = r.longestTaskMs === null ? "no Long Tasks API" : r.longTasks ? `longest task ${Math.round(r.longestTaskMs)} ms (${r.longTasks} of 50 ms or more)` : "no task of 50 ms or more";
  const frame = r.longestFrameMs === null ? "" : r.longestFrameMs ? `, longest frame ${Math.round(r.longestFrameMs)} ms (rendering ${Math.round(r.frameRenderMs ?? 0)} ms)` : ", no frame of 50 ms or more";
  return `${r.browser.padEnd(8)} analysed in ${r.analysedMs} ms, ${r.marks} marks: ${task}${frame}, longest gap between timer ticks ${Math.round(r.maxGapMs)} ms`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  console.log(`the page's thread while analysing a ${LONG_WORDS.toLocaleString("en")}-word article (target: no task over 50 ms):`);
  const r = await measurePageTasks();
  console.log(JSON.stringify({ bench: "page", results: r }));
}
