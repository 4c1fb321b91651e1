/** WCAG AA contrast of the popup's and options page's colour pairs, light and dark, computed from their CSS. */
import { strict as assert } from "node:assert";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const src = join(dirname(fileURLToPath(import.meta.url)), "../../src");

/** WCAG 2 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The custom properties of the light :root block and of the dark one (over the light). */
function themes(css: string): { light: Record<string, string>; dark: Record<string, string> } {
  const vars = (block: string) =>
    Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1], m[2].toLowerCase()]));
  const darkAt = css.indexOf("@media (prefers-color-scheme: dark)");
  assert.ok(darkAt > 0, "a dark theme block");
  const light = vars(css.slice(0, darkAt));
  const darkBlock = css.slice(darkAt, css.indexOf("}\n}", darkAt));
  return { light, dark: { ...light, ...vars(darkBlock) } };
}

/** A page's own colours, which may have no dark block of their own. */
function themesOwn(css: string): { light: Record<string, string>; dark: Record<string, string> } {
  return css.includes("@media (prefers-color-scheme: dark)") ? themes(css) : { light: {}, dark: {} };
}

/** [foreground, background, minimum ratio]: text 4.5, non-text (bars, focus rings) 3. */
const PAIRS: Record<string, [string, string, number][]> = {
  "popup/popup.css": [
    ["fg", "bg", 4.5], ["fg", "surface", 4.5], ["muted", "bg", 4.5], ["muted", "surface", 4.5],
    ["accent", "bg", 4.5], ["accent", "surface", 4.5], ["on-accent", "accent", 4.5],
    ["contra", "contra-bg", 4.5], ["contra", "bg", 4.5], ["discrep", "discrep-bg", 4.5],
    ["bar", "bar-track", 3], ["bar", "bg", 3], ["mark", "surface", 3], ["fg", "surface", 4.5], ["contra", "surface", 3], ["discrep", "surface", 3], ["focus", "bg", 3], ["focus", "surface", 3],
  ],
  "options/options.css": [
    ["fg", "bg", 4.5], ["fg", "surface", 4.5], ["muted", "bg", 4.5], ["muted", "surface", 4.5],
    ["accent", "bg", 4.5], ["on-danger", "danger", 4.5], ["focus", "bg", 3],
  ],
};

describe("colour contrast (WCAG AA)", () => {
  it("checks every stylesheet of the popup and options", () => {
    const sheets = ["popup", "options"].flatMap((d) => readdirSync(join(src, d)).filter((f) => f.endsWith(".css")).map((f) => `${d}/${f}`));
    assert.deepEqual(sheets.sort(), Object.keys(PAIRS).sort());
  });
  for (const [file, pairs] of Object.entries(PAIRS)) {
    for (const theme of ["light", "dark"] as const) {
      it(`${file} ${theme}`, () => {
        // the shared palette first (src/shared/theme.css), then the page's own colours over it
        const vars = { ...themes(readFileSync(join(src, "shared/theme.css"), "utf8"))[theme], ...themesOwn(readFileSync(join(src, file), "utf8"))[theme] };
        const low: string[] = [];
        for (const [fg, bg, min] of pairs) {
          assert.ok(vars[fg] && vars[bg], `--${fg} and --${bg} are defined`);
          const ratio = contrast(vars[fg], vars[bg]);
          if (ratio < min) low.push(`--${fg} ${vars[fg]} on --${bg} ${vars[bg]}: ${ratio.toFixed(2)} < ${min}`);
        }
        assert.deepEqual(low, []);
      });
    }
  }
  it("computes known ratios", () => {
    assert.equal(contrast("#000000", "#ffffff").toFixed(1), "21.0");
    assert.equal(contrast("#777777", "#ffffff").toFixed(2), "4.48");
  });
});
