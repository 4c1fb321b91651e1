/**
 * Disputes in real browsers (Chromium through playwright-core, Firefox ESR through puppeteer-core),
 * on the reference article and on the demo: the popup shows one card per disputed quantity, each
 * card's number line has one labelled mark per voice (read from its aria-label, its rows and the
 * list under it), a click on a voice flashes that figure in the page, and the page marks every
 * side of every dispute.
 *
 * The expectations come from the command line's analysis of the same page, run here: the tests
 * hold while the engine improves. The reference article is also held to its 3 labelled disputes.
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Analysis } from "../../src/analysis/types.js";
import {
  cliAnalysis,
  until,
  firefoxTabId,
  pressAnalyse,
  fixturesDir,
  launchChromium,
  launchFirefox,
  repoRoot,
  serve,
  skipWithoutBrowser,
  type Site,
} from "./harness.js";

/** The pages: the reference article and the demo, served as they are. */
const PAGES = {
  seed: { path: "/seed-article.html", file: join(fixturesDir, "seed-article.html") },
  demo: { path: "/demo/article.html", file: join(repoRoot, "build/demo/article.html") },
} as const;

/** The reference article's labelled conflicts (each its own disputed quantity). */
const expected = JSON.parse(readFileSync(join(fixturesDir, "seed-article.expected.json"), "utf8")) as {
  conflicts: { required: { kind: string; sides: string[] }[] };
};



/** A dispute as the popup must show it: its kind, what it counts, and every voice's figure. */
type ExpectedDispute = { kind: string; measure: string; voices: { figure: string; voice: string }[] };

/** What the popup must show for an analysis: who says what, per dispute. */
function expectedDisputes(a: Analysis): ExpectedDispute[] {
  const figures = new Map(a.figures.map((f) => [f.id, f]));
  const names = new Map(a.sources.map((s) => [s.id, s.name]));
  return a.disputes.map((d) => ({
    kind: d.kind,
    measure: d.measure,
    voices: [...new Set(d.figureIds)].map((id) => {
      const f = figures.get(id)!;
      const voice = f.sourceId ? (names.get(f.sourceId) ?? "") : f.inHeadline ? "the headline" : "the article itself";
      return { figure: f.text, voice };
    }),
  }));
}

/** Every figure text of every dispute, sorted (what the page must mark). */
function disputedTexts(a: Analysis): string[] {
  const ids = new Set(a.disputes.flatMap((d) => d.figureIds));
  return a.figures.filter((f) => ids.has(f.id)).map((f) => f.text.replace(/\s+/g, " ")).sort();
}

/** Something to evaluate functions in: a page of either browser. */
type Evaluator = { evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> };

/** One browser, as the tests need it. */
type Driver = {
  /** Open a web page in a new tab; its tab id and page. */
  openArticle(url: string): Promise<{ tabId: number; page: Evaluator }>;
  /** Open an extension page (popup.html?tab=...) in a new tab. */
  openExtensionPage(path: string): Promise<Evaluator>;
  /** Close the browser. */
  close(): Promise<void>;
};


/** A dispute card as the popup shows it. */
type Card = {
  id: string;
  kind: string;
  title: string;
  /** The number line's accessible name. */
  label: string;
  role: string | null;
  /** Its rows: the figure id and the label drawn above each mark. */
  rows: { figure: string; label: string; marks: number }[];
  /** The list under it: the figure id, the voice's name and the figure as written. */
  voices: { figure: string; name: string; text: string }[];
};

/** Click "Analyse this page" in the popup, wait for the report, and read its dispute cards. */
async function analyseAndRead(popup: Evaluator): Promise<{ cards: Card[]; count: string }> {
  await pressAnalyse(popup);
  await until("the analysis in the popup", () => popup.evaluate(() => (document.querySelector(".report") ? true : undefined), null));
  return popup.evaluate(() => {
    // No named inner functions here: tsx would wrap them in a __name helper the page lacks.
    const cards = Array.from(document.querySelectorAll("li.dispute")).map((el) => {
      const svg = el.querySelector("svg.number-line");
      return {
        id: el.getAttribute("data-dispute") ?? "",
        kind: el.classList.contains("dispute-contradiction") ? "contradiction" : "discrepancy",
        title: el.querySelector(".dispute-title")?.textContent ?? "",
        label: svg?.getAttribute("aria-label") ?? "",
        role: svg?.getAttribute("role") ?? null,
        rows: Array.from(el.querySelectorAll(".nl-row")).map((r) => ({
          figure: r.getAttribute("data-figure") ?? "",
          label: r.querySelector(".nl-label")?.textContent ?? "",
          marks: r.querySelectorAll(".nl-dot, .nl-span").length,
        })),
        voices: Array.from(el.querySelectorAll("button.voice")).map((b) => ({
          figure: b.getAttribute("data-figure") ?? "",
          name: b.querySelector(".voice-name")?.textContent ?? "",
          text: b.querySelector(".voice-figure")?.textContent ?? "",
        })),
      };
    });
    const count = Array.from(document.querySelectorAll(".counts li")).map((li) => li.textContent ?? "").find((t) => /dispute/.test(t)) ?? "";
    return { cards, count };
  }, null);
}

/** The texts of the page's dispute marks (the crosscheck-conflict highlight), sorted. */
function markedTexts(page: Evaluator): Promise<string[]> {
  return page.evaluate(() => {
    const h = CSS.highlights.get("crosscheck-conflict") as unknown as Set<Range> | undefined;
    // the page's source may break a line inside a figure: compare with whitespace collapsed
    return h ? Array.from(h).map((r) => r.toString().replace(/\s+/g, " ")).sort() : [];
  }, null);
}

/** The checks on one page, in one browser. */
function pageChecks(which: keyof typeof PAGES, ctx: () => { driver: Driver; site: Site }) {
  describe(`on the ${which === "seed" ? "reference article" : "demo"}`, () => {
    let analysis: Analysis;
    let want: ExpectedDispute[];
    let article: { tabId: number; page: Evaluator };
    let popup: Evaluator;
    let read: { cards: Card[]; count: string };

    before(async () => {
      analysis = cliAnalysis(PAGES[which].file);
      want = expectedDisputes(analysis);
      const { driver, site } = ctx();
      article = await driver.openArticle(site.url(PAGES[which].path));
      popup = await driver.openExtensionPage(`popup.html?tab=${article.tabId}`);
      read = await analyseAndRead(popup);
    });

    if (which === "seed") {
      it("has exactly the reference article's 3 known disputes, one per labelled conflict", () => {
        const required = expected.conflicts.required;
        assert.equal(required.length, 3);
        assert.equal(analysis.disputes.length, 3, `the command line: ${JSON.stringify(want)}`);
        assert.equal(read.cards.length, 3, JSON.stringify(read.cards.map((c) => c.voices)));
        for (const req of required) {
          const card = read.cards.find(
            (c) => c.kind === req.kind && req.sides.every((key) => c.voices.some((v) => v.text.toLowerCase().includes(key.toLowerCase()))),
          );
          assert.ok(card, `a ${req.kind} card with ${req.sides.join(" vs ")}`);
        }
      });
    } else {
      it("has at least one dispute, one of them of three or more voices (the demo's death toll)", () => {
        assert.ok(analysis.disputes.length >= 1);
        assert.ok(want.some((d) => d.voices.length >= 3), JSON.stringify(want));
      });
    }

    it("shows one card per disputed quantity, as the command line's analysis has them, and counts them in the header", () => {
      assert.equal(read.cards.length, want.length, JSON.stringify(read.cards.map((c) => c.voices)));
      assert.equal(read.count.replace(/\s+/g, " ").trim(), `${want.length} ${want.length === 1 ? "dispute" : "disputes"}`);
      // every expected dispute is one card with exactly its voices (cards are ordered contradictions first)
      const unmatched = [...read.cards];
      for (const d of want) {
        const i = unmatched.findIndex(
          (c) =>
            c.kind === d.kind &&
            c.title.startsWith(d.measure) &&
            c.voices.length === d.voices.length &&
            d.voices.every((v) => c.voices.some((x) => x.text === v.figure && x.name === v.voice)),
        );
        assert.ok(i >= 0, `a card for ${JSON.stringify(d)} among ${JSON.stringify(unmatched.map((c) => c.voices))}`);
        unmatched.splice(i, 1);
      }
    });

    it("draws one labelled mark per voice on each card's number line, and reads every voice out", () => {
      for (const c of read.cards) {
        assert.equal(c.role, "img", "the drawing is an image with a name");
        assert.equal(c.rows.length, c.voices.length, `${c.id}: one row per voice`);
        assert.deepEqual(c.rows.map((r) => r.figure), c.voices.map((v) => v.figure), `${c.id}: the rows are the voices, in order`);
        for (const [i, r] of c.rows.entries()) {
          const v = c.voices[i];
          assert.equal(r.marks, 1, `${c.id}/${r.figure}: one mark`);
          // the drawn label names the voice and the figure (cut with … only when too long to fit)
          const full = `${v.name} · ${v.text}`;
          assert.ok(r.label === full || (r.label.endsWith("…") && full.startsWith(r.label.slice(0, -1).trimEnd())), `${r.label} for ${full}`);
          assert.ok(c.label.includes(`${v.name}: ${v.text}`), `the aria-label reads ${v.name}'s ${v.text}: ${c.label}`);
        }
      }
    });

    it("marks every side of every dispute in the page", async () => {
      const marked = await until("the dispute marks", async () => {
        const m = await markedTexts(article.page);
        return m.length ? m : undefined;
      });
      assert.deepEqual(marked, disputedTexts(analysis));
    });

    it("flashes a figure in the page when its voice is clicked in the popup", async () => {
      // the last voice of the last card: not the first mark of the page
      const last = read.cards.at(-1)!.voices.at(-1)!;
      await popup.evaluate((id: string) => document.querySelector<HTMLButtonElement>(`button.voice[data-figure="${id}"]`)?.click(), last.figure);
      const flashed = await until("the flash", () =>
        article.page.evaluate(() => {
          const h = CSS.highlights.get("crosscheck-flash") as unknown as Set<Range> | undefined;
          return h && h.size ? Array.from(h).map((r) => r.toString().replace(/\s+/g, " ")) : undefined;
        }, null),
      8_000);
      assert.deepEqual(flashed, [last.text]);
    });
  });
}

/** Both pages, in one browser. */
function disputesSuite(name: "chromium" | "firefox", launch: () => Promise<Driver>) {
  describe(`disputes in ${name}`, function () {
    this.timeout(120_000);
    let site: Site;
    let driver: Driver;

    before(async function () {
      skipWithoutBrowser(this, name);
      site = await serve({ routes: Object.fromEntries(Object.values(PAGES).map((p) => [p.path, readFileSync(p.file, "utf8")])) });
      driver = await launch();
    });
    after(async () => {
      await driver?.close();
      await site?.close();
    });

    const ctx = () => ({ driver, site });
    pageChecks("seed", ctx);
    pageChecks("demo", ctx);
  });
}

disputesSuite("chromium", async () => {
  const chrome = await launchChromium();
  return {
    openArticle: async (url) => {
      const page = await chrome.context.newPage();
      await page.goto(url);
      return { tabId: await chrome.tabIdOf(url), page: page as unknown as Evaluator };
    },
    openExtensionPage: async (path) => {
      const page = await chrome.context.newPage();
      await page.goto(chrome.extensionUrl(path));
      return page as unknown as Evaluator;
    },
    close: () => chrome.close(),
  };
});

disputesSuite("firefox", async () => {
  const ff = await launchFirefox();
  let helper: Evaluator | null = null;
  const extensionPage = async (path: string): Promise<Evaluator> => (await ff.openExtensionPage(path)) as unknown as Evaluator;
  return {
    openArticle: async (url) => {
      const page = await ff.openPage(url);
      helper ??= await extensionPage("options.html");
      const tabId = await firefoxTabId(helper, url);
      return { tabId, page: page as unknown as Evaluator };
    },
    openExtensionPage: extensionPage,
    close: () => ff.close(),
  };
});
