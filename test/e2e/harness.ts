/**
 * Real-browser test helpers (see /work/shared/notes/browser-testing.md for why each step is so).
 *
 * ```ts
 * import { launchChromium, serve, skipWithoutBrowser, fixturesDir } from "./harness.js";
 *
 * describe("my feature in Chromium", function () {
 *   this.timeout(60_000);
 *   let chrome: ChromiumSession, site: Site;
 *   before(async function () {
 *     skipWithoutBrowser(this, "chromium");           // skips with the reason, or fails under CI
 *     site = await serve({ dir: fixturesDir, routes: { "/a.html": "<p>hi</p>" } });
 *     chrome = await launchChromium();
 *   });
 *   after(async () => { await chrome?.close(); await site?.close(); });
 *   it("works", async () => {
 *     const page = await chrome.context.newPage();
 *     await page.goto(site.url("/a.html"));
 *     const tabId = await chrome.tabIdOf(site.url("/a.html"));
 *     await chrome.worker.evaluate((id) => (globalThis as unknown as InExtension).chrome.scripting
 *       .executeScript({ target: { tabId: id }, files: ["content.js"] }), tabId);
 *   });
 * });
 * ```
 *
 * Firefox: `const ff = await launchFirefox(); const ext = await ff.openExtensionPage("popup.html");`
 * then `ext.evaluate(() => browser.tabs.query({}))`; always `await ff.close()` (one BiDi session).
 *
 * The browsers load a COPY of dist/<browser> (run `npm run build` first; `npm test` does), in a
 * temporary folder, with `host_permissions` for 127.0.0.1 and localhost added: activeTab is
 * granted only by a real user gesture, which automation cannot give. Their TMPDIR and XDG
 * folders live in a temporary folder too. Set CROSSCHECK_REQUIRE_BROWSERS=1 to make a missing
 * browser fail instead of skip; CHROMIUM / FIREFOX override the binaries' paths.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page as PlaywrightPage, Worker } from "playwright-core";
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from "puppeteer-core";
import type { Browser as ExtensionApi } from "webextension-polyfill";
import type { Analysis } from "../../src/analysis/types.js";

/**
 * The extension API as seen inside `evaluate` callbacks, without declaring a global `chrome`:
 * `worker.evaluate(() => (globalThis as unknown as InExtension).chrome.tabs.query({}))`.
 */
export type InExtension = { chrome: ExtensionApi; browser: ExtensionApi };

/** The repository's root folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The shared folder beside the repository (CI puts a copy there); CROSSCHECK_SHARED overrides. */
export const sharedDir = resolve(process.env.CROSSCHECK_SHARED ?? join(repoRoot, "../shared"));
/** The shared fixtures (seed article and its expectations). */
export const fixturesDir = join(sharedDir, "fixtures");

/** Where Debian puts the browsers. */
export const BINARIES = {
  chromium: process.env.CHROMIUM ?? "/usr/bin/chromium",
  firefox: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
} as const;

/** The apt package of each browser. */
const PACKAGES = { chromium: "chromium", firefox: "firefox-esr" } as const;

/** Firefox add-on id (build/manifest.mjs) and the moz-extension uuid we pin it to. */
export const GECKO_ID = "crosscheck@crosscheck.org";
export const FIREFOX_UUID = "6f1c2a7e-4b1d-4c8e-9d3a-c0ffee5e1f00";

/** Hosts the test copy of the extension may script without a user gesture (ports are ignored). */
const TEST_HOSTS = ["http://127.0.0.1/*", "http://localhost/*"];

/** Chromium flags: load our extension only, and stay off the network this machine refuses. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
];

/** True when the run must fail rather than skip on a missing browser. */
export function browsersRequired(): boolean {
  return process.env.CROSSCHECK_REQUIRE_BROWSERS === "1";
}

/** Null when the browser is installed; else a one-line reason with the command that installs it. */
export function browserMissing(name: "chromium" | "firefox"): string | null {
  if (existsSync(BINARIES[name])) return null;
  return `${name} not found at ${BINARIES[name]}; install it with: sudo apt-get install -y ${PACKAGES[name]}`;
}

/** Null when dist/<browser> is built; else the reason. */
export function buildMissing(browser: "chrome" | "firefox"): string | null {
  return existsSync(join(repoRoot, "dist", browser, "manifest.json"))
    ? null
    : `dist/${browser} is not built; run: npm run build`;
}

/**
 * Call in a `before` hook: skips the suite (printing why) when the browser or the build is
 * missing; under CROSSCHECK_REQUIRE_BROWSERS=1 throws instead, failing the run.
 */
export function skipWithoutBrowser(ctx: Mocha.Context, name: "chromium" | "firefox"): void {
  const why = browserMissing(name) ?? buildMissing(name === "chromium" ? "chrome" : "firefox");
  if (!why) return;
  if (browsersRequired()) throw new Error(`${why} (CROSSCHECK_REQUIRE_BROWSERS=1)`);
  console.log(`      skipped: ${why}`);
  ctx.skip();
}

/** A temporary folder, removed by the returned function. */
export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `crosscheck-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Browser environment: side files (TMPDIR, XDG) in the given folder, not the home folder. */
function browserEnv(dir: string): Record<string, string> {
  for (const sub of ["tmp", "config", "cache"]) mkdirSync(join(dir, sub), { recursive: true });
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return { ...env, TMPDIR: join(dir, "tmp"), XDG_CONFIG_HOME: join(dir, "config"), XDG_CACHE_HOME: join(dir, "cache") };
}

/** Copy dist/<browser> into `dir/extension`, with host access to the test server added. */
export function testCopyOfExtension(browser: "chrome" | "firefox", dir: string): string {
  const out = join(dir, "extension");
  cpSync(join(repoRoot, "dist", browser), out, { recursive: true });
  const manifestPath = join(out, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { host_permissions?: string[] };
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...TEST_HOSTS])];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return out;
}

/** A running Chromium with the extension. */
export type ChromiumSession = {
  /** The persistent context (its pages are tabs). */
  context: BrowserContext;
  /** The extension's id (host of chrome-extension:// URLs). */
  extensionId: string;
  /** The extension's service worker: `worker.evaluate(() => chrome.tabs.query({}))`. */
  worker: Worker;
  /** chrome-extension://<id>/<path>. */
  extensionUrl(path: string): string;
  /** The tab id of the first tab whose URL starts with `url`. */
  tabIdOf(url: string): Promise<number>;
  /** Open the popup as a page, for a tab: popup.html?tab=<id>. */
  openPopup(tabId: number): Promise<PlaywrightPage>;
  /** Inject content.js in the tab at `url` (as the background does) and call one of its PageCalls, through the service worker. */
  callPage(url: string, method: string, args?: unknown[]): Promise<unknown>;
  /** Close the browser and remove its folders. */
  close(): Promise<void>;
};

/** Launch Chromium (playwright-core, persistent context) with dist/chrome loaded. */
export async function launchChromium(options: { headless?: boolean } = {}): Promise<ChromiumSession> {
  const { chromium } = await import("playwright-core");
  const tmp = tempDir("chromium");
  const ext = testCopyOfExtension("chrome", tmp.path);
  const context = await chromium.launchPersistentContext(join(tmp.path, "profile"), {
    executablePath: BINARIES.chromium,
    headless: options.headless ?? true,
    env: browserEnv(tmp.path),
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 20_000 }));
    const extensionId = new URL(worker.url()).host;
    const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, "")}`;
    const tabIdOf = async (url: string): Promise<number> => {
      const tabs = await worker.evaluate(() => (globalThis as unknown as InExtension).chrome.tabs.query({}));
      const tab = tabs.find((t) => t.url?.startsWith(url));
      if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
      return tab.id;
    };
    return {
      context,
      extensionId,
      worker,
      extensionUrl,
      tabIdOf,
      callPage: async (url, method, args = []) => {
        const tabId = await tabIdOf(url);
        return worker.evaluate(
          async ({ tabId, method, args }) => {
            const api = (globalThis as unknown as InExtension).chrome;
            await api.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
            return api.tabs.sendMessage(tabId, { crosscheck: 1, method, args });
          },
          { tabId, method, args },
        );
      },
      openPopup: async (tabId) => {
        const page = await context.newPage();
        await page.goto(extensionUrl(`popup.html?tab=${tabId}`));
        return page;
      },
      close: async () => {
        await context.close().catch(() => undefined);
        tmp.remove();
      },
    };
  } catch (e) {
    await context.close().catch(() => undefined);
    tmp.remove();
    throw e;
  }
}

/** A running Firefox with the extension installed as a temporary add-on. */
export type FirefoxSession = {
  /** The puppeteer browser (WebDriver BiDi). */
  browser: PuppeteerBrowser;
  /** The add-on id. */
  extensionId: string;
  /** moz-extension://<uuid>/<path>. */
  extensionUrl(path: string): string;
  /**
   * Open an extension page in a new tab. `page.goto()` never resolves on moz-extension:// URLs
   * (Firefox drops BiDi events from extension contexts, bug 1755014), so this navigates with
   * BiDi directly and polls until the page is loaded. evaluate/click/screenshot work on it.
   */
  openExtensionPage(path: string): Promise<PuppeteerPage>;
  /** Open a web page in a new tab and wait for it to load. */
  openPage(url: string): Promise<PuppeteerPage>;
  /** The tab id of the first tab whose URL starts with `url`, asked from an extension page. */
  tabIdOf(extensionPage: PuppeteerPage, url: string): Promise<number>;
  /** Inject content.js in the tab at `url` and call one of its PageCalls, from an extension page. */
  callPage(extensionPage: PuppeteerPage, url: string, method: string, args?: unknown[]): Promise<unknown>;
  /** Close the browser and remove its folders. */
  close(): Promise<void>;
};

/** Launch Firefox ESR (puppeteer-core over WebDriver BiDi) with dist/firefox installed. */
export async function launchFirefox(options: { headless?: boolean } = {}): Promise<FirefoxSession> {
  const puppeteer = (await import("puppeteer-core")).default;
  const tmp = tempDir("firefox");
  const ext = testCopyOfExtension("firefox", tmp.path);
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: BINARIES.firefox,
    headless: options.headless ?? true,
    env: browserEnv(tmp.path),
    // Without it, navigating a tab to moz-extension:// is refused.
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: {
      // Pins moz-extension://<uuid>/ so tests can address extension pages.
      "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Grant manifest host_permissions at install, as a user accepting the prompt would.
      "extensions.originControls.grantByDefault": true,
    },
  });
  try {
    const extensionId = await browser.installExtension(ext);
    const tabIdOf = async (extensionPage: PuppeteerPage, url: string): Promise<number> => {
      // Firefox match patterns ignore ports: query every tab and filter here.
      const id = await extensionPage.evaluate(async (u: string) => {
        const tabs = await (globalThis as unknown as InExtension).browser.tabs.query({});
        return tabs.find((t) => t.url?.startsWith(u))?.id ?? null;
      }, url);
      if (id === null) throw new Error(`no tab at ${url}`);
      return id;
    };
    const extensionUrl = (path: string) => `moz-extension://${FIREFOX_UUID}/${path.replace(/^\//, "")}`;
    return {
      browser,
      extensionId,
      extensionUrl,
      openExtensionPage: async (path) => {
        const url = extensionUrl(path);
        const page = await browser.newPage();
        const frame = page.mainFrame() as unknown as {
          browsingContext: { navigate(url: string, wait?: "none" | "interactive" | "complete"): Promise<void> };
        };
        await frame.browsingContext.navigate(url, "none");
        await page.waitForFunction(
          (u: string) => location.href === u && document.readyState === "complete",
          { polling: 100, timeout: 15_000 },
          url,
        );
        return page;
      },
      openPage: async (url) => {
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: "load" });
        return page;
      },
      tabIdOf,
      callPage: async (extensionPage, url, method, args = []) => {
        const id = await tabIdOf(extensionPage, url);
        return extensionPage.evaluate(
          async (tabId: number, method: string, args: unknown[]) => {
            const api = (globalThis as unknown as InExtension).browser;
            await api.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
            return api.tabs.sendMessage(tabId, { crosscheck: 1, method, args });
          },
          id,
          method,
          args,
        );
      },
      close: async () => {
        await browser.close().catch(() => undefined);
        tmp.remove();
      },
    };
  } catch (e) {
    await browser.close().catch(() => undefined);
    tmp.remove();
    throw e;
  }
}

/** A response the test server gives: a body (HTML by default), or a body with its type. */
export type Route = string | { body: string | Buffer; type?: string; status?: number };

/** A running local server. */
export type Site = {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The port. */
  port: number;
  /** The full URL of a path. */
  url(path: string): string;
  /** Stop the server. */
  close(): Promise<void>;
};

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/**
 * Serve files and/or fixed routes on 127.0.0.1 at a free port.
 * `serve(dir)`, `serve({ "/a.html": "<p>..." })` or `serve({ dir, routes })`.
 */
export async function serve(what: string | Record<string, Route> | { dir?: string; routes?: Record<string, Route> }): Promise<Site> {
  const spec = typeof what === "string" ? { dir: what, routes: {} } : "dir" in what || "routes" in what ? what : { routes: what };
  const given = (spec as { dir?: string }).dir;
  const dir = given === undefined ? undefined : resolve(given);
  const routes = ((spec as { routes?: Record<string, Route> }).routes ?? {}) as Record<string, Route>;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const route = routes[path];
    if (route !== undefined) {
      const r = typeof route === "string" ? { body: route } : route;
      res.writeHead(r.status ?? 200, { "content-type": r.type ?? TYPES[extname(path)] ?? TYPES[".html"] });
      res.end(r.body);
      return;
    }
    if (dir) {
      const file = normalize(join(dir, path.endsWith("/") ? path + "index.html" : path));
      if ((file === dir || file.startsWith(dir + sep)) && existsSync(file)) {
        try {
          const body = readFileSync(file);
          res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
          res.end(body);
          return;
        } catch {
          // a folder: fall through to 404
        }
      }
    }
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => origin + (path.startsWith("/") ? path : `/${path}`),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** How long to wait for an analysis to show in a page or the popup. */
export const ANALYSIS_TIMEOUT_MS = 20_000;

/** Poll `check` until it returns a value that is not undefined, or fail with `what`. */
export async function until<R>(what: string, check: () => Promise<R | undefined>, timeoutMs = ANALYSIS_TIMEOUT_MS): Promise<R> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const r = await check();
      if (r !== undefined) return r;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ""}`);
    await new Promise((ok) => setTimeout(ok, 150));
  }
}

/** The command line's analysis of a page file: the same detection and engine the extension runs, for expectations. */
export function cliAnalysis(file: string): Analysis {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(repoRoot, "src/cli/analyze.ts"), file, "--json"], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, npm_lifecycle_event: "" },
  });
  if (r.status !== 0) throw new Error(`analyze ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Analysis;
}

/** Something that evaluates a function in a page of either browser. */
export type EvaluatesIn = { evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> };

/**
 * The id of the tab showing `url`, asked from an extension page of Firefox. Firefox's match
 * patterns ignore ports, so every tab is listed and filtered here.
 */
export async function firefoxTabId(extensionPage: EvaluatesIn, url: string): Promise<number> {
  const tabId = await extensionPage.evaluate(async (u: string) => {
    const tabs = await (globalThis as unknown as InExtension).browser.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
  if (tabId < 0) throw new Error(`no tab at ${url}`);
  return tabId;
}

/** Click the popup's "Analyse this page" (once it shows), or go on when a report is already there. */
export async function pressAnalyse(popup: EvaluatesIn): Promise<void> {
  await until("the popup's Analyse button", () =>
    popup.evaluate(() => {
      const b = Array.from(document.querySelectorAll("button")).find((x) => x.textContent === "Analyse this page");
      if (!b) return document.querySelector(".report") ? true : undefined;
      b.click();
      return true;
    }, null),
  );
}
