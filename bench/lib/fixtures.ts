/** The hand-labelled fixture articles: test/fixtures/<slug>/article.txt + expected.json, and the seed. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot, sharedDir } from "./paths.js";
import type { Labels } from "./score-labels.js";

/** One labelled article. */
export type Fixture = {
  /** Folder name, or "seed-article". */
  slug: string;
  /** The article text, exactly as in the file. */
  text: string;
  /** Its first non-empty line. */
  title: string;
  /** What a careful reader says its analysis must contain. */
  labels: Labels;
};

/** The folder of fixture articles. */
export const fixturesDir = path.join(repoRoot, "test", "fixtures");

/** First non-empty line of a text. */
export const firstLine = (text: string) => text.split("\n").find((l) => l.trim())?.trim() ?? "";

/** Every test/fixtures/<slug>/ that holds article.txt and expected.json, sorted. */
export function loadFixtures(): Fixture[] {
  if (!existsSync(fixturesDir)) return [];
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(fixturesDir, d.name, "article.txt")) && existsSync(path.join(fixturesDir, d.name, "expected.json")))
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const text = readFileSync(path.join(fixturesDir, slug, "article.txt"), "utf8");
      return { slug, text, title: firstLine(text), labels: JSON.parse(readFileSync(path.join(fixturesDir, slug, "expected.json"), "utf8")) };
    });
}

/** The shared seed article as text, with its labels minus the "article" block (that is detection's job). */
export function loadSeed(): Fixture | null {
  const dir = path.join(sharedDir, "fixtures");
  const txt = path.join(dir, "seed-article.txt"), lab = path.join(dir, "seed-article.expected.json");
  if (!existsSync(txt) || !existsSync(lab)) return null;
  const text = readFileSync(txt, "utf8");
  const { article: _article, ...labels } = JSON.parse(readFileSync(lab, "utf8"));
  return { slug: "seed-article", text, title: firstLine(text), labels };
}
