/** The background controller with a fake browser: analysis flow, restricted pages, badge, navigation, selection, automatic sites. */
import { strict as assert } from "node:assert";
import type { Analysis, ArticleInput } from "../../src/analysis/types.js";
import { badgeFor } from "../../src/background/badge.js";
import { AUTO_SCRIPT_PREFIX, createController, hostOf, sameDocument, STALE_ANALYSIS_MS } from "../../src/background/controller.js";
import type { BackgroundEnv } from "../../src/background/env.js";
import { restrictedFromError, restrictedReason } from "../../src/background/restricted.js";
import { memoryStore } from "../../src/background/tab-store.js";
import { outlineOfHtml } from "../../src/page/detect.js";
import { analyze as analyzeText } from "../../src/analysis/index.js";
import { fillAnalysis, packAnalysis, slimAnalysis, unpackAnalysis } from "../../src/shared/wire.js";
import { sharedDir } from "../../bench/lib/paths.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import type { PageCalls, RestrictedReason, TabState } from "../../src/shared/messages.js";
import { defaultSettings, type Settings } from "../../src/shared/settings.js";

const EXT = "chrome-extension://abc/";

function analysisWith(conflicts: number, input?: ArticleInput): Analysis {
  return {
    schema: "crosscheck/analysis@1",
    article: { found: true, title: input?.title ?? "T", byline: null, text: input?.text ?? "T", method: input?.method },
    sources: [],
    claims: [],
    figures: [],
    conflicts: Array.from({ length: conflicts }, (_, i) => ({
      id: `x${i + 1}`, kind: "contradiction" as const, figureIds: [], measure: "killed", scope: null, summary: "",
    })),
    disputes: Array.from({ length: conflicts }, (_, i) => ({
      id: `d${i + 1}`, kind: "contradiction" as const, figureIds: [], conflictIds: [`x${i + 1}`], measure: "killed", scope: null, unit: null, summary: "",
    })),
  };
}

/** A fake environment: tabs with URLs, a content script that may be absent, badges, settings, permissions. */
function fakeEnv(opts: { urls?: Record<number, string | undefined>; injectError?: string; pageState?: TabState; conflicts?: number; pageAnalysis?: Analysis } = {}) {
  const urls: Record<number, string | undefined> = { 1: "https://news.example.com/a", ...opts.urls };
  const injected = new Set<number>();
  const badges = new Map<number, string>();
  const log: string[] = [];
  let settings: Settings = defaultSettings();
  const granted = new Set<string>();
  const registered = new Set<string>();
  const clock = { now: 1_000_000 };
  const env: BackgroundEnv = {
    session: memoryStore(),
    getTabUrl: async (tabId) => {
      if (!(tabId in urls)) throw new Error(`No tab with id: ${tabId}.`);
      return urls[tabId];
    },
    fileAccessAllowed: async () => false,
    inject: async (tabId) => {
      log.push(`inject ${tabId}`);
      if (opts.injectError) throw new Error(opts.injectError);
      injected.add(tabId);
    },
    callPage: (async (tabId: number, method: keyof PageCalls, ...args: unknown[]) => {
      log.push(`${method} ${tabId} ${JSON.stringify(args)}`);
      if (!injected.has(tabId)) throw new Error("Could not establish connection. Receiving end does not exist.");
      if (method === "ping") return { status: "idle" };
      if (method === "analyze") return opts.pageState ?? { status: "done", analysis: analysisWith(opts.conflicts ?? 3), marks: true, claimMarks: true };
      if (method === "setMarks") return { status: "done", marks: args[0], claimMarks: args[1] };
      if (method === "reveal") return true;
      if (method === "analysis") return opts.pageAnalysis ?? null;
      return undefined;
    }) as BackgroundEnv["callPage"],
    setBadge: async (tabId, text) => void badges.set(tabId, text),
    loadSettings: async () => settings,
    saveSettings: async (s) => void (settings = s),
    hasHostPermission: async (origins) => origins.every((o) => granted.has(o)),
    registerContentScript: async (id) => void registered.add(id),
    registeredContentScripts: async () => [...registered],
    unregisterContentScripts: async (ids) => ids.forEach((id) => registered.delete(id)),
    readHtml: (html) => outlineOfHtml(html, (h) => parseHTML(h).document as unknown as Document),
    analyze: (input) => analysisWith(1, input),
    now: () => clock.now,
    extensionUrl: EXT,
  };
  return { env, clock, injected, badges, log, granted, registered, settings: () => settings, setSettings: (s: Settings) => (settings = s) };
}

describe("background: restricted pages", () => {
  const urls: [string, boolean, RestrictedReason | null][] = [
    ["chrome://extensions/", false, "browser"],
    ["chrome-extension://abc/popup.html", false, "browser"],
    ["about:blank", false, "browser"],
    ["about:addons", false, "browser"],
    ["view-source:https://example.com/", false, "browser"],
    ["moz-extension://uuid/options.html", false, "browser"],
    ["edge://settings", false, "browser"],
    ["https://chrome.google.com/webstore/detail/x", false, "store"],
    ["https://chromewebstore.google.com/detail/x", false, "store"],
    ["https://addons.mozilla.org/en-US/firefox/", false, "store"],
    ["https://example.com/report.pdf", false, "pdf"],
    ["file:///home/me/a.html", false, "file"],
    ["file:///home/me/a.html", true, null],
    ["file:///home/me/a.pdf", true, "pdf"],
    ["https://example.com/news/a", false, null],
    ["http://127.0.0.1:8080/a.html", false, null],
    ["https://google.com/webstore-lookalike", false, null],
  ];
  for (const [url, fileAccess, reason] of urls) {
    it(`${url}${fileAccess ? " (file access)" : ""} -> ${reason}`, () => assert.equal(restrictedReason(url, fileAccess), reason));
  }
  it("an unknown URL is not judged", () => assert.equal(restrictedReason(undefined, false), null));

  const errors: [string, RestrictedReason | null][] = [
    ["Cannot access a chrome:// URL", "browser"],
    ["Cannot access a chrome-extension:// URL of different extension", "browser"],
    ["The extensions gallery cannot be scripted.", "store"],
    ['Cannot access contents of url "https://x/". Extension manifest must request permission to access this host.', "permission"],
    ["Missing host permission for the tab", "permission"],
    ['Cannot access contents of url "about:blank". Extension manifest must request permission to access this host.', "browser"],
    ['Cannot access contents of url "https://chromewebstore.google.com/x". Extension manifest must request permission.', "store"],
    ["Frame with ID 0 was removed.", null],
    ["No tab with id: 5.", null],
  ];
  for (const [message, reason] of errors) it(`error "${message}" -> ${reason}`, () => assert.equal(restrictedFromError(message), reason));
});

describe("background: helpers", () => {
  const hosts: [string | undefined, string | null][] = [
    ["https://News.Example.com:8443/a?b#c", "news.example.com"],
    ["http://127.0.0.1:5000/", "127.0.0.1"],
    ["ftp://example.com/", null],
    ["chrome://newtab", null],
    ["not a url", null],
    [undefined, null],
  ];
  for (const [url, host] of hosts) it(`hostOf(${url}) = ${host}`, () => assert.equal(hostOf(url), host));

  const docs: [string | undefined, string | undefined, boolean][] = [
    ["https://a/x", "https://a/x#p2", true],
    ["https://a/x#p1", "https://a/x#p2", true],
    ["https://a/x", "https://a/y", false],
    ["https://a/x?p=1", "https://a/x?p=2", false],
    [undefined, "https://a/x", false],
  ];
  for (const [a, b, same] of docs) it(`sameDocument(${a}, ${b}) = ${same}`, () => assert.equal(sameDocument(a, b), same));

  const badges: [TabState, string][] = [
    [{ status: "done", analysis: analysisWith(3) }, "3"],
    [{ status: "done", analysis: analysisWith(0) }, ""],
    [{ status: "done", analysis: analysisWith(120) }, "99+"],
    // five tolls of one event: ten pairs, one dispute, one on the badge
    [{ status: "done", analysis: { ...analysisWith(10), disputes: analysisWith(1).disputes } }, "1"],
    // an analysis kept from before disputes existed counts its pairs
    [{ status: "done", analysis: { ...analysisWith(2), disputes: undefined as unknown as Analysis["disputes"] } }, "2"],
    [{ status: "analysing" }, ""],
    [{ status: "error", error: "x" }, ""],
    [{ status: "idle" }, ""],
  ];
  for (const [state, text] of badges) it(`badge of ${state.status} = "${text}"`, () => assert.equal(badgeFor(state).text, text));
});

describe("background: controller", () => {
  it("injects the content script when absent, analyses, stores the state, shows the badge", async () => {
    const f = fakeEnv();
    const c = createController(f.env);
    const state = await c.analyzeTab(1, {});
    assert.equal(state.status, "done");
    assert.equal(state.url, "https://news.example.com/a");
    assert.deepEqual(f.log.slice(0, 3), ["ping 1 []", "inject 1", "analyze 1 [{}]"]);
    assert.equal(f.badges.get(1), "3");
    assert.equal((await c.handlers({}).getState(1)).analysis?.conflicts.length, 3);
  });

  it("does not inject twice", async () => {
    const f = fakeEnv();
    const c = createController(f.env);
    await c.analyzeTab(1, {});
    await c.analyzeTab(1, { wholePage: true });
    assert.equal(f.log.filter((l) => l.startsWith("inject")).length, 1);
    assert.ok(f.log.includes('analyze 1 [{"wholePage":true}]'));
  });

  it("says restricted before trying, for a restricted URL", async () => {
    const f = fakeEnv({ urls: { 2: "https://chromewebstore.google.com/detail/x" } });
    const state = await createController(f.env).analyzeTab(2, {});
    assert.deepEqual([state.status, state.reason], ["restricted", "store"]);
    assert.deepEqual(f.log, []);
  });

  it("turns an injection error into an error state with its message, or restricted when it says so", async () => {
    const plain = fakeEnv({ injectError: "Frame with ID 0 was removed." });
    const s1 = await createController(plain.env).analyzeTab(1, {});
    assert.deepEqual([s1.status, s1.error], ["error", "Frame with ID 0 was removed."]);
    assert.equal(plain.badges.get(1), "");
    const perm = fakeEnv({ injectError: "Missing host permission for the tab" });
    const s2 = await createController(perm.env).analyzeTab(1, {});
    assert.deepEqual([s2.status, s2.reason], ["restricted", "permission"]);
  });

  it("answers an error for a tab that does not exist, storing nothing", async () => {
    const f = fakeEnv();
    const c = createController(f.env);
    const s = await c.analyzeTab(99, {});
    assert.equal(s.status, "error");
    assert.match(s.error ?? "", /No tab/);
    assert.equal((await c.store.get(99)).status, "idle");
  });

  it("passes the content script's no-article state through", async () => {
    const f = fakeEnv({ pageState: { status: "no-article" } });
    assert.equal((await createController(f.env).analyzeTab(1, {})).status, "no-article");
  });

  it("applies the settings' marks after an analysis", async () => {
    const f = fakeEnv();
    f.setSettings({ ...defaultSettings(), claimMarks: false });
    const s = await createController(f.env).analyzeTab(1, {});
    assert.ok(f.log.includes("setMarks 1 [true,false]"));
    assert.equal(s.claimMarks, false);
    assert.ok(s.analysis, "the analysis is kept");
  });

  it("forgets a tab on navigation, not on a #fragment change; clears the badge", async () => {
    const f = fakeEnv();
    const c = createController(f.env);
    await c.analyzeTab(1, {});
    await c.onTabLoading(1, "https://news.example.com/a#comments");
    assert.equal((await c.store.get(1)).status, "done");
    await c.onTabLoading(1, "https://news.example.com/b");
    assert.equal((await c.store.get(1)).status, "idle");
    assert.equal(f.badges.get(1), "");
    await c.analyzeTab(1, {});
    await c.onTabLoading(1, undefined); // a reload, URL unseen
    assert.equal((await c.store.get(1)).status, "idle");
  });

  it("analyses a selection as the tab's state (method selection), without the page", async () => {
    const f = fakeEnv();
    const c = createController(f.env);
    const s = await c.analyzeSelection(1, "  The ministry said 40 died.  ", "https://news.example.com/a");
    assert.equal(s.status, "done");
    assert.equal(s.analysis?.article.method, "selection");
    assert.equal(s.analysis?.article.text, "The ministry said 40 died.");
    assert.equal(f.badges.get(1), "1");
    assert.deepEqual(f.log, []);
    assert.equal((await c.handlers({}).getState(1)).analysis?.article.method, "selection");
    assert.equal((await c.analyzeSelection(1, "   ")).status, "done", "an empty selection changes nothing");
  });

  it("routes analyzeArticle to the engine and report to the sender's tab", async () => {
    const f = fakeEnv();
    const c = createController(f.env);
    const h = c.handlers({ tabId: 1, url: "https://news.example.com/a" });
    const a = JSON.parse(await h.analyzeArticle({ text: "Hello", title: "Hello" })) as Analysis;
    assert.equal(a.article.title, "Hello");
    await h.report({ status: "done", analysis: analysisWith(2) });
    assert.equal((await c.store.get(1)).url, "https://news.example.com/a");
    assert.equal(f.badges.get(1), "2");
    await c.handlers({}).report({ status: "error" }); // no tab: ignored
  });

  it("reads a page's HTML with Readability for the page: an outline numbered like the page, no throw on odd input", async () => {
    const c = createController(fakeEnv().env);
    const h = c.handlers({ tabId: 1, url: "https://news.example.com/a" });
    const para = "<p>The port authority said about 900 containers were waiting at the docks, and that a deal was close.</p>";
    const outline = await h.readArticleHtml(`<!doctype html><html><head><title>Port strike</title></head><body><nav><a href="/">Home</a></nav><article>${para.repeat(8)}</article></body></html>`);
    assert.ok(outline, "an article is found");
    // body 0, nav 1, a 2, article 3, then the paragraphs: the first paragraph's text is element 4's first run
    const texts: Array<{ t: string; p: number; k: number }> = [];
    const walk = (o: typeof outline.root): void => o.c.forEach((c) => ("t" in c ? texts.push(c) : walk(c)));
    walk(outline.root);
    const first = texts.find((t) => t.t.startsWith("The port authority"));
    assert.deepEqual([first?.p, first?.k], [4, 0]);
    assert.equal(outline.elements, 12);
    // odd input: an answer, never a throw (the page then reads it itself)
    for (const odd of ["", "<<<>>>", "<html><body>" + "<div>".repeat(5000) + "x"]) await h.readArticleHtml(odd);
    assert.equal(await h.readArticleHtml(42 as unknown as string), null);
  });

  it("answers the page slim, keeps the whole analysis, and puts it in the state the page answers without it", async () => {
    const f = fakeEnv({ pageState: { status: "done", marks: true, claimMarks: true } });
    f.env.analyze = (input) => analyzeText(input);
    const c = createController(f.env);
    f.env.inject(1);
    const text = "Flood toll rises\n\nAt least 40 people died in the floods on Monday, the national disaster agency said.";
    const slim = JSON.parse(await c.handlers({ tabId: 1, url: "https://news.example.com/a" }).analyzeArticle({ text, title: "Flood toll rises" })) as Analysis;
    assert.equal(slim.article.text, "", "the page has the text already");
    assert.ok(slim.claims.length && slim.claims.every((x) => x.text === ""));
    const state = await c.analyzeTab(1, {});
    assert.equal(state.analysis?.article.text, text, "the state has the whole analysis made for this tab");
    assert.equal(state.analysis?.claims[0]?.text, text.slice(state.analysis!.claims[0]!.start, state.analysis!.claims[0]!.end));
    // a worker that lost its copy (restarted) asks the page
    const g = fakeEnv({ pageState: { status: "done" }, pageAnalysis: analysisWith(5) });
    g.env.inject(1);
    assert.equal((await createController(g.env).analyzeTab(1, {})).analysis?.conflicts.length, 5);
    assert.ok(g.log.some((l) => l.startsWith("analysis 1")));
  });

  it("the slim analysis and the page's text give back the whole analysis", () => {
    const text = readFileSync(join(sharedDir, "fixtures", "seed-article.txt"), "utf8");
    const whole = analyzeText({ text, title: text.split("\n", 1)[0] });
    const slim = slimAnalysis(whole);
    // none of the texts the page holds crosses; what is left (ids, offsets, disputes' summaries) is the smaller part
    assert.equal(slim.article.text, "");
    assert.ok([...slim.claims, ...slim.figures, ...slim.sources.flatMap((s) => s.mentions)].every((x) => x.text === ""), "no span text");
    const ratio = JSON.stringify(slim).length / JSON.stringify(whole).length;
    assert.ok(ratio < 0.6, `slim is ${ratio.toFixed(2)} of the whole`);
    assert.deepEqual(fillAnalysis(structuredClone(slim), text), whole);
    assert.deepEqual(unpackAnalysis(packAnalysis(whole), text), whole);
  });

  it("setMarks and reveal go to the page; reveal without a content script is false", async () => {
    const f = fakeEnv();
    const c = createController(f.env);
    const h = c.handlers({ url: EXT + "popup.html" });
    assert.equal(await h.reveal(1, "x1"), false);
    await c.analyzeTab(1, {});
    assert.equal(await h.reveal(1, "x1"), true);
    const s = await h.setMarks(1, false, false);
    assert.deepEqual([s.marks, s.claimMarks, s.analysis?.conflicts.length], [false, false, 3]);
    await h.off(1);
    assert.equal((await c.store.get(1)).status, "idle");
    assert.equal(f.badges.get(1), "");
  });

  it("automatic sites: needs the permission, keeps the list in settings, registers a content script, analyses on load", async () => {
    const f = fakeEnv();
    const c = createController(f.env);
    const popup = c.handlers({ url: EXT + "popup.html" });
    assert.deepEqual(await popup.getAutoSite(1), { host: "news.example.com", enabled: false });
    assert.deepEqual(await popup.setAutoSite(1, true), { host: "news.example.com", enabled: false }, "no permission yet");
    assert.deepEqual(f.settings().autoSites, []);
    f.granted.add("*://news.example.com/*");
    assert.deepEqual(await popup.setAutoSite(1, true), { host: "news.example.com", enabled: true });
    assert.deepEqual(f.settings().autoSites, ["news.example.com"]);
    assert.deepEqual([...f.registered], [AUTO_SCRIPT_PREFIX + "news.example.com"]);
    assert.deepEqual(await popup.getAutoSite(1), { host: "news.example.com", enabled: true });

    await c.onTabComplete(1, "https://news.example.com/a");
    assert.equal((await c.store.get(1)).status, "done", "analysed on load");
    const analyses = f.log.filter((l) => l.startsWith("analyze")).length;
    await c.onTabComplete(1, "https://news.example.com/a");
    assert.equal(f.log.filter((l) => l.startsWith("analyze")).length, analyses, "not twice");
    await c.onTabComplete(1, "https://other.example.org/a");
    assert.equal(f.log.filter((l) => l.startsWith("analyze")).length, analyses, "not other sites");

    // A content script cannot turn it on; anyone can turn it off.
    const page = c.handlers({ tabId: 1, url: "https://news.example.com/a" });
    assert.deepEqual(await popup.setAutoSite(1, false), { host: "news.example.com", enabled: false });
    assert.deepEqual([...f.registered], []);
    assert.deepEqual(await page.setAutoSite(1, true), { host: "news.example.com", enabled: false });
    assert.deepEqual(f.settings().autoSites, []);
  });

  it("syncs registrations with the settings (options removed a site, permission withdrawn)", async () => {
    const f = fakeEnv();
    const c = createController(f.env);
    f.granted.add("*://a.example/*");
    f.setSettings({ ...defaultSettings(), autoSites: ["a.example", "b.example"] });
    f.registered.add(AUTO_SCRIPT_PREFIX + "gone.example");
    f.registered.add("someone-else");
    await c.syncAutoSites();
    assert.deepEqual([...f.registered].sort(), [AUTO_SCRIPT_PREFIX + "a.example", "someone-else"]);
  });

  it("a granted *://host/* turns the site on (the popup may have closed on the prompt); withdrawn turns it off", async () => {
    const f = fakeEnv();
    const c = createController(f.env);
    f.granted.add("*://news.example.com/*");
    await c.onPermissionsChanged(["*://news.example.com/*", "https://*/*"], true);
    assert.deepEqual(f.settings().autoSites, ["news.example.com"]);
    assert.deepEqual([...f.registered], [AUTO_SCRIPT_PREFIX + "news.example.com"]);
    f.granted.delete("*://news.example.com/*");
    await c.onPermissionsChanged(["*://news.example.com/*"], false);
    assert.deepEqual(f.settings().autoSites, []);
    assert.deepEqual([...f.registered], []);
  });

  it("an analysis cut short (worker stopped) reads as not analysed once stale", async () => {
    const f = fakeEnv();
    const c = createController(f.env);
    await c.store.set(1, { status: "analysing", startedAt: f.clock.now });
    assert.equal((await c.handlers({}).getState(1)).status, "analysing");
    f.clock.now += STALE_ANALYSIS_MS + 1;
    assert.equal((await c.handlers({}).getState(1)).status, "idle");
    // The content script's own "analysing" report (automatic sites) is timed from its arrival.
    await c.handlers({ tabId: 1, url: "https://news.example.com/a" }).report({ status: "analysing" });
    assert.equal((await c.handlers({}).getState(1)).status, "analysing");
  });

  it("getAutoSite has no host for non-web pages", async () => {
    const f = fakeEnv({ urls: { 3: "about:blank", 4: undefined } });
    const h = createController(f.env).handlers({ url: EXT });
    assert.deepEqual(await h.getAutoSite(3), { host: null, enabled: false });
    assert.deepEqual(await h.getAutoSite(4), { host: null, enabled: false });
    assert.deepEqual(await h.setAutoSite(4, true), { host: null, enabled: false });
  });
});
