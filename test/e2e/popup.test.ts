/**
 * The popup, badge and options page in real browsers (Chromium through playwright-core,
 * Firefox ESR through puppeteer-core), on the seed article and a hostile page served locally.
 *
 * The same checks run in both browsers through a small Driver: open an article tab, open an
 * extension page (the popup as a page: popup.html?tab=<id>), evaluate in them, read the badge.
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  until,
  firefoxTabId,
  pressAnalyse,
  fixturesDir,
  launchChromium,
  launchFirefox,
  serve,
  skipWithoutBrowser,
  type InExtension,
  type Site,
} from "./harness.js";

const here = dirname(fileURLToPath(import.meta.url));

/** The seed article's labels: the sources and conflicts its analysis must contain. */
type Expected = {
  sources: { required: { keys: string[]; kind: string }[] };
  conflicts: { required: { kind: string; sides: string[] }[] };
};
const expected = JSON.parse(readFileSync(join(fixturesDir, "seed-article.expected.json"), "utf8")) as Expected;


/** Something to evaluate functions in: a page of either browser. */
type Evaluator = {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
};

/** One browser, as the tests need it. */
type Driver = {
  /** Open a web page in a new tab; its tab id and page. */
  openArticle(url: string): Promise<{ tabId: number; page: Evaluator }>;
  /** Open an extension page (popup.html?tab=..., options.html) in a new tab. */
  openExtensionPage(path: string): Promise<Evaluator>;
  /** The badge text of a tab. */
  badge(tabId: number): Promise<string>;
  /** Close the browser. */
  close(): Promise<void>;
};

/** A page of either browser as an Evaluator: both take `evaluate(fn, arg)`. */
function asEvaluator(page: object): Evaluator {
  return page as unknown as Evaluator;
}


/** What the popup shows, read from its DOM. */
type PopupView = {
  status: string;
  text: string;
  sources: { id: string; name: string; kind: string }[];
  disputes: { id: string; kind: string; sides: string[] }[];
};

function readPopup(popup: Evaluator): Promise<PopupView> {
  return popup.evaluate(() => {
    // No named inner functions here: tsx would wrap them in a __name helper the page lacks.
    const state = document.querySelector(".state");
    return {
      status: document.querySelector(".report") ? "done" : (state?.className ?? "loading"),
      text: document.body.innerText,
      sources: Array.from(document.querySelectorAll(".source")).map((el) => ({
        id: el.getAttribute("data-source") ?? "",
        name: el.querySelector(".source-name")?.textContent ?? "",
        kind: el.getAttribute("data-kind") ?? "",
      })),
      disputes: Array.from(document.querySelectorAll("li.dispute")).map((el) => ({
        id: el.getAttribute("data-dispute") ?? "",
        kind: el.classList.contains("dispute-contradiction") ? "contradiction" : "discrepancy",
        sides: Array.from(el.querySelectorAll(".voice-figure")).map((s) => s.textContent ?? ""),
      })),
    };
  }, null);
}

/** Click the popup's "Analyse this page" and wait for a final state. */
async function analyseFromPopup(popup: Evaluator): Promise<PopupView> {
  await pressAnalyse(popup);
  return until("the analysis in the popup", async () => {
    const v = await readPopup(popup);
    return /busy|loading/.test(v.status) ? undefined : v;
  });
}

/** Case-insensitive "contains". */
const has = (text: string, key: string) => text.toLowerCase().includes(key.toLowerCase());

/** The checks, for one browser. */
function popupSuite(name: "chromium" | "firefox", launch: () => Promise<Driver>) {
  describe(`popup in ${name}`, function () {
    this.timeout(120_000);
    let site: Site;
    let driver: Driver;
    let seed: { tabId: number; page: Evaluator };
    let popup: Evaluator;
    let view: PopupView;

    before(async function () {
      skipWithoutBrowser(this, name);
      site = await serve({ dir: fixturesDir, routes: { "/hostile.html": readFileSync(join(here, "pages/hostile.html"), "utf8") } });
      driver = await launch();
      seed = await driver.openArticle(site.url("/seed-article.html"));
      popup = await driver.openExtensionPage(`popup.html?tab=${seed.tabId}`);
      view = await analyseFromPopup(popup);
    });
    after(async () => {
      await driver?.close();
      await site?.close();
    });

    it("analyses the seed article from the popup", () => {
      assert.equal(view.status, "done", `popup shows: ${view.text.slice(0, 300)}`);
    });

    it("lists every required source of the seed article, each once, under its kind", () => {
      const names = view.sources.map((s) => s.name);
      assert.equal(new Set(view.sources.map((s) => s.id)).size, view.sources.length, "no source twice");
      assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length, `no name twice: ${names.join(", ")}`);
      const problems: string[] = [];
      for (const req of expected.sources.required) {
        const found = view.sources.filter((s) => req.keys.some((k) => has(s.name, k)));
        if (found.length !== 1) problems.push(`${req.keys.join("/")}: ${found.length} sources (${names.join(", ")})`);
        else if (found[0].kind !== req.kind) problems.push(`${req.keys.join("/")}: kind ${found[0].kind}, expected ${req.kind}`);
      }
      assert.deepEqual(problems, []);
      assert.ok(view.sources.length >= expected.sources.required.length);
    });

    it("shows the seed article's conflicts as disputes, every side in its card, and the badge counts them", async () => {
      const required = expected.conflicts.required;
      // each labelled conflict of the seed is a pair of its own: one dispute each
      assert.equal(view.disputes.length, required.length, JSON.stringify(view.disputes));
      for (const req of required) {
        const match = view.disputes.find(
          (c) => c.kind === req.kind && req.sides.every((key) => c.sides.some((side) => has(side, key))),
        );
        assert.ok(match, `dispute ${req.sides.join(" vs ")} (${req.kind}) in ${JSON.stringify(view.disputes)}`);
      }
      assert.equal(await driver.badge(seed.tabId), String(required.length));
      assert.match(view.text, new RegExp(`${required.length} disputes`));
      assert.match(view.text, /cannot both be true/);
      assert.match(view.text, /different numbers/);
    });

    it("scrolls the page to a figure clicked in the popup", async () => {
      await seed.page.evaluate(() => window.scrollTo(0, 0), null);
      // The Homs toll is the furthest down the page.
      const target = await popup.evaluate(() => {
        const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>("button.voice"));
        const b = buttons.find((x) => /57/.test(x.textContent ?? "")) ?? buttons.at(-1);
        b?.click();
        return b?.getAttribute("data-figure") ?? null;
      }, null);
      assert.ok(target, "a figure to click");
      const y = await until("the page to scroll", async () => {
        const scrolled = await seed.page.evaluate(() => window.scrollY, null);
        return scrolled > 0 ? scrolled : undefined;
      }, 8_000);
      assert.ok(y > 0);
    });

    it("expands a source to its claims (aria-expanded) and reveals a claim", async () => {
      const result = await popup.evaluate(() => {
        const b = document.querySelector<HTMLButtonElement>(".source button.disclosure");
        if (!b) return null;
        const before = b.getAttribute("aria-expanded");
        b.click();
        return { before, controls: b.getAttribute("aria-controls") };
      }, null);
      assert.ok(result);
      assert.equal(result.before, "false");
      const claims = await until("the claims to show", () =>
        popup.evaluate((id: string) => {
          const list = document.getElementById(id);
          const open = document.querySelector(`[aria-controls="${id}"]`)?.getAttribute("aria-expanded") === "true";
          return open && list && !list.hidden ? list.querySelectorAll("button.claim").length : undefined;
        }, result.controls ?? ""),
      );
      assert.ok(claims > 0);
    });

    it("shows a hostile page's text as text and runs none of it, in the popup and the page", async () => {
      const hostile = await driver.openArticle(site.url("/hostile.html"));
      const p = await driver.openExtensionPage(`popup.html?tab=${hostile.tabId}`);
      const v = await analyseFromPopup(p);
      assert.equal(v.status, "done", v.text.slice(0, 300));
      await p.evaluate(() => {
        for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>("button.disclosure"))) b.click();
      }, null);
      await new Promise((ok) => setTimeout(ok, 500));
      const popupSide = await p.evaluate(
        () => ({
          elements: document.querySelectorAll("#app img, #app script, #app [onerror], #app [onmouseover]").length,
          text: document.body.innerText,
          pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        }),
        null,
      );
      assert.equal(popupSide.elements, 0, "no element made from page text");
      assert.equal(popupSide.pwned, null, "nothing ran in the popup");
      assert.ok(/<script>window.__pwned/.test(popupSide.text), "the payload shows as text");
      // Reveal something so the page's marks and cards are drawn, then look at the page.
      await p.evaluate(() => document.querySelector<HTMLButtonElement>("button.claim, button.voice")?.click(), null);
      await new Promise((ok) => setTimeout(ok, 500));
      const pageSide = await hostile.page.evaluate(
        () => ({
          images: document.querySelectorAll("img").length,
          pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        }),
        null,
      );
      assert.deepEqual(pageSide, { images: 0, pwned: null });
    });

    it("saves a setting in the options page and shows it again on reload", async () => {
      const options = await driver.openExtensionPage("options.html");
      await until("the options page", () =>
        options.evaluate(() => (document.querySelector('input[value="high-contrast"]') ? true : undefined), null),
      );
      await options.evaluate(() => document.querySelector<HTMLInputElement>('input[value="high-contrast"]')?.click(), null);
      const stored = await until("the setting to be saved", () =>
        options.evaluate(async () => {
          const g = globalThis as unknown as Partial<InExtension>;
          const api = g.browser ?? g.chrome;
          const items = (await api?.storage.sync.get("settings")) as { settings?: { markStyle?: string } } | undefined;
          return items?.settings?.markStyle === "high-contrast" ? items.settings : undefined;
        }, null),
      );
      assert.equal(stored.markStyle, "high-contrast");
      const again = await driver.openExtensionPage("options.html");
      const checked = await until("the options page again", () =>
        again.evaluate(() => {
          const r = document.querySelector<HTMLInputElement>('input[value="high-contrast"]');
          return r ? r.checked : undefined;
        }, null),
      );
      assert.equal(checked, true);
      // Put the default back for whatever runs next in this profile.
      await again.evaluate(() => document.querySelector<HTMLInputElement>('input[value="default"]')?.click(), null);
    });

    it("resets unreadable settings with a notice shown once, and the popup still works", async () => {
      const page = await driver.openExtensionPage("options.html");
      // (the options page must have read the settings first: a page still loading would read the garbage, and
      // rightly show the notice itself, once, leaving none for the popup)
      await until("the options page to load", () => page.evaluate(() => (document.querySelector("main.options:not([aria-busy])") ? true : undefined), null));
      await page.evaluate(async () => {
        const g = globalThis as unknown as Partial<InExtension>;
        await (g.browser ?? g.chrome)?.storage.sync.set({ settings: "garbage" });
      }, null);
      const first = await driver.openExtensionPage(`popup.html?tab=${seed.tabId}`);
      const notice = await until("the notice", () =>
        first.evaluate(() => document.querySelector(".notice")?.textContent ?? undefined, null),
      );
      assert.match(notice, /could not be read/);
      assert.equal((await readPopup(first)).status, "done");
      const second = await driver.openExtensionPage(`popup.html?tab=${seed.tabId}`);
      await until("the second popup", () => second.evaluate(() => (document.querySelector(".report") ? true : undefined), null));
      assert.equal(await second.evaluate(() => document.querySelector(".notice") === null, null), true, "shown once");
    });

    it("forgets the tab's analysis and clears the badge when the tab navigates", async () => {
      const next = site.url("/seed-article.html?next");
      await seed.page.evaluate((u: string) => void (location.href = u), next);
      const state = await until("the state to be forgotten", async () => {
        const s = await popup.evaluate(async (tabId: number) => {
          const g = globalThis as unknown as Partial<InExtension>;
          return (await (g.browser ?? g.chrome)?.runtime.sendMessage({ crosscheck: 1, method: "getState", args: [tabId] })) as
            | { status?: string }
            | undefined;
        }, seed.tabId);
        return s?.status === "idle" ? s : undefined;
      }, 10_000);
      assert.equal(state.status, "idle");
      assert.equal(await driver.badge(seed.tabId), "");
    });
  });
}

popupSuite("chromium", async () => {
  const chrome = await launchChromium();
  return {
    openArticle: async (url) => {
      const page = await chrome.context.newPage();
      await page.goto(url);
      const tabId = await chrome.tabIdOf(url);
      return { tabId, page: asEvaluator(page) };
    },
    openExtensionPage: async (path) => {
      const page = await chrome.context.newPage();
      await page.goto(chrome.extensionUrl(path));
      return asEvaluator(page);
    },
    badge: (tabId) =>
      chrome.worker.evaluate((id: number) => (globalThis as unknown as InExtension).chrome.action.getBadgeText({ tabId: id }), tabId),
    close: () => chrome.close(),
  };
});

popupSuite("firefox", async () => {
  const ff = await launchFirefox();
  let helper: Evaluator | null = null;
  const extensionPage = async (path: string): Promise<Evaluator> => {
    const page = await ff.openExtensionPage(path);
    return asEvaluator(page);
  };
  return {
    openArticle: async (url) => {
      const page = await ff.openPage(url);
      helper ??= await extensionPage("options.html");
      const tabId = await firefoxTabId(helper, url);
      return { tabId, page: asEvaluator(page) };
    },
    openExtensionPage: extensionPage,
    badge: async (tabId) => {
      helper ??= await extensionPage("options.html");
      return helper.evaluate((id: number) => (globalThis as unknown as InExtension).browser.action.getBadgeText({ tabId: id }), tabId);
    },
    close: () => ff.close(),
  };
});
