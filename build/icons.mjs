/**
 * Render icons/icon.svg to icons/icon-{16,32,48,96,128}.png with the installed Chromium
 * (playwright-core), transparent background. The PNGs are committed, so the normal build needs
 * no browser: run `npm run icons` only after changing the SVG.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { root } from "./build.mjs";

/** The sizes the manifests and stores ask for. */
export const SIZES = [16, 32, 48, 96, 128];

/** Where Debian puts Chromium; override with CHROMIUM. */
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

const svg = readFileSync(join(root, "icons/icon.svg"), "utf8");
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(root, `icons/icon-${size}.png`), png);
    await page.close();
    console.log(`icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
