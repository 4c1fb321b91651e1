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
import { browserMissing, launchChromium, launchFirefox, serve } from "../test/e2e/harness.js";
import { describeProbe, LONG_WORDS, longPage, probeAnalysis, type TaskProbe } from "../test/e2e/test-pages.js";

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
  try {
    if (browserMissing("chromium")) log(`  chromium: ${browserMissing("chromium")}`);
    else {
      const chrome = await launchChromium();
      try {
        const page = await chrome.context.newPage();
        await page.goto(url);
        const { state: _, ...r } = await probeAnalysis(page, () => chrome.callPage(url, "analyze", [{}]), SETTLE_MS);
        out.push({ browser: "chromium", ...r });
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
        const { state: _, ...r } = await probeAnalysis(page, () => firefox.callPage(ext, url, "analyze", [{}]), SETTLE_MS);
        out.push({ browser: "firefox", ...r });
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
  return `${r.browser.padEnd(8)} analysed in ${r.analysedMs} ms, ${r.marks} marks painted near the viewport: ${describeProbe(r)}`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  console.log(`the page's thread while analysing a ${LONG_WORDS.toLocaleString("en")}-word article (target: no task over 50 ms):`);
  const r = await measurePageTasks();
  console.log(JSON.stringify({ bench: "page", results: r }));
}
