/**
 * Screenshots of the seed article analysed (its marks in place) and of the popup on it, light and
 * dark, for the README:
 *
 *   npm run build && node --import tsx test/e2e/screenshots.ts
 *     -> docs/page.png, docs/popup-light.png, docs/popup-dark.png
 *
 * Chromium (playwright-core) opens the popup as a page for the article's tab, analyses it,
 * and emulates prefers-color-scheme. Not a *.test.ts file: `npm test` does not run it.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { browserMissing, fixturesDir, launchChromium, repoRoot, serve } from "./harness.js";

/** The popup's width in the toolbar (popup.css sets the body to 380px). */
const WIDTH = 380;
/** Chrome's popups are at most 600px high; the screenshot shows that first screen. */
const HEIGHT = 600;
/** The article page's window for its screenshot. */
const PAGE_WIDTH = 1100;
const PAGE_HEIGHT = 760;

/** Save the two screenshots; returns their paths. */
export async function saveScreenshots(outDir = join(repoRoot, "docs")): Promise<string[]> {
  const missing = browserMissing("chromium");
  if (missing) throw new Error(missing);
  mkdirSync(outDir, { recursive: true });
  const site = await serve(fixturesDir);
  const chrome = await launchChromium();
  try {
    const article = await chrome.context.newPage();
    await article.goto(site.url("/seed-article.html"));
    const tabId = await chrome.tabIdOf(site.url("/seed-article.html"));
    const popup = await chrome.openPopup(tabId);
    await popup.setViewportSize({ width: WIDTH, height: HEIGHT });
    await popup.getByRole("button", { name: "Analyse this page" }).click();
    await popup.waitForSelector(".report", { timeout: 20_000 });
    const paths: string[] = [];
    // the article with its marks, from its headline: the conflicts and the first claims
    await article.setViewportSize({ width: PAGE_WIDTH, height: PAGE_HEIGHT });
    await article.evaluate(() => document.querySelector("article h1, h1")?.scrollIntoView({ block: "start" }));
    await article.waitForTimeout(300);
    const page = join(outDir, "page.png");
    await article.screenshot({ path: page });
    paths.push(page);
    for (const scheme of ["light", "dark"] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      const path = join(outDir, `popup-${scheme}.png`);
      await popup.screenshot({ path });
      paths.push(path);
    }
    return paths;
  } finally {
    await chrome.close();
    await site.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  saveScreenshots().then(
    (paths) => console.log(`saved ${paths.join(", ")}`),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
