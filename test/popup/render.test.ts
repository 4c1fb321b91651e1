/** The popup rendered with preact into linkedom, with a fake background: every state, clicks, hostile text. */
import "./fake-browser.js";
import { strict as assert } from "node:assert";
import { h } from "preact";
import { App } from "../../src/popup/App.js";
import type { AutoSite, PopupApi } from "../../src/popup/api.js";
import type { AnalyzeOptions, RestrictedReason, TabState } from "../../src/shared/messages.js";
import type { SettingsNotice } from "../../src/shared/settings.js";
import { all, fire, mount, settle, text } from "./dom.js";
import { getMessage, missingKeys } from "./fake-browser.js";
import { sampleAnalysis } from "./sample.js";

/** A fake PopupApi recording its calls. */
function fakeApi(initial: TabState, opts: { auto?: AutoSite; notice?: SettingsNotice; after?: TabState } = {}) {
  const calls: [string, ...unknown[]][] = [];
  let state = initial;
  let notice = opts.notice ?? null;
  const api: PopupApi = {
    getState: async (tabId) => (calls.push(["getState", tabId]), state),
    analyzeTab: async (tabId, options: AnalyzeOptions) => {
      calls.push(["analyzeTab", tabId, options]);
      state = opts.after ?? { status: "done", analysis: sampleAnalysis() };
      return state;
    },
    setMarks: async (tabId, marks, claimMarks) => (calls.push(["setMarks", tabId, marks, claimMarks]), (state = { ...state, marks, claimMarks })),
    reveal: async (tabId, id) => (calls.push(["reveal", tabId, id]), true),
    getAutoSite: async () => opts.auto ?? { host: null, enabled: false },
    setAutoSite: async (tabId, host, enabled) => (calls.push(["setAutoSite", tabId, host, enabled]), { host, enabled }),
    takeNotice: async () => {
      const n = notice;
      notice = null;
      return n;
    },
    openOptions: async () => void calls.push(["openOptions"]),
  };
  return { api, calls };
}

async function show(state: TabState, opts: Parameters<typeof fakeApi>[1] = {}) {
  const fake = fakeApi(state, opts);
  const view = mount(h(App, { tabId: 7, api: fake.api }));
  await settle();
  return { ...view, ...fake };
}

const button = (root: ParentNode, label: string) => all(root, "button").find((b) => text(b) === label) ?? null;

describe("popup rendering", () => {
  afterEach(() => assert.deepEqual([...missingKeys], [], "every UI string exists in _locales/en/messages.json"));

  it("not analysed yet: one button that analyses", async () => {
    const v = await show({ status: "idle" });
    assert.match(text(v.root), /has not been analysed yet/);
    const b = button(v.root, "Analyse this page");
    assert.ok(b);
    fire(b, "click");
    await settle();
    assert.deepEqual(v.calls.find((c) => c[0] === "analyzeTab"), ["analyzeTab", 7, {}]);
    assert.equal(v.root.querySelectorAll(".conflict").length, 3, "the result shows");
    v.unmount();
  });

  it("analysing: spinner, text, aria-busy; follows the tab until done", async () => {
    const v = await show({ status: "analysing" });
    const busy = v.root.querySelector('[role="status"][aria-busy="true"]');
    assert.ok(busy);
    assert.ok(v.root.querySelector(".spinner"));
    assert.equal(text(busy), "Analysing the article…");
    assert.equal(v.root.querySelector("main")?.getAttribute("aria-busy"), "true");
    const polls = v.calls.filter((c) => c[0] === "getState").length;
    await settle(15);
    assert.ok(v.calls.filter((c) => c[0] === "getState").length > polls, "polls while analysing");
    v.unmount();
  });

  it("no article: offers the whole page", async () => {
    const v = await show({ status: "no-article" });
    assert.match(text(v.root), /did not find a news article/);
    fire(button(v.root, "Analyse the whole page anyway"), "click");
    await settle();
    assert.deepEqual(v.calls.find((c) => c[0] === "analyzeTab"), ["analyzeTab", 7, { wholePage: true }]);
    v.unmount();
  });

  it("an analysis with article.found false is the no-article state", async () => {
    const a = sampleAnalysis();
    const v = await show({ status: "done", analysis: { ...a, article: { ...a.article, found: false } } });
    assert.ok(button(v.root, "Analyse the whole page anyway"));
    v.unmount();
  });

  const reasons: [RestrictedReason | undefined, RegExp][] = [
    ["browser", /browser's own pages/],
    ["store", /store's pages/],
    ["pdf", /PDF viewer/],
    ["file", /Allow access to file URLs/],
    ["permission", /may not read this page yet/],
    [undefined, /browser's own pages/],
  ];
  for (const [reason, sentence] of reasons) {
    it(`restricted (${reason ?? "no reason"}): said plainly`, async () => {
      const v = await show({ status: "restricted", reason });
      assert.match(text(v.root), /Crosscheck cannot read this page/);
      assert.match(text(v.root), sentence);
      assert.equal(v.root.querySelector("button.primary"), null, "nothing to click");
      v.unmount();
    });
  }

  it("error: the message, and try again", async () => {
    const v = await show({ status: "error", error: "Frame with ID 0 was removed." });
    assert.equal(v.root.querySelector('[role="alert"] .error-message')?.textContent, "Frame with ID 0 was removed.");
    assert.ok(button(v.root, "Try again"));
    v.unmount();
  });

  it("done: title and counts in the header", async () => {
    const v = await show({ status: "done", analysis: sampleAnalysis() });
    assert.equal(text(v.root.querySelector("h1")), "Bombings kill more than 130");
    assert.deepEqual(all(v.root, ".counts li").map(text), ["4 sources", "6 claims", "3 conflicts"]);
    v.unmount();
  });

  it("done: conflicts first, sides with their sources, kind in words, click reveals", async () => {
    const v = await show({ status: "done", analysis: sampleAnalysis() });
    const h2 = all(v.root, "h2").map(text);
    assert.deepEqual(h2.slice(0, 2), ["Conflicts", "Sources"]);
    const conflicts = all(v.root, "button.conflict");
    assert.deepEqual(conflicts.map((c) => c.getAttribute("data-conflict")), ["x3", "x2", "x1"]);
    assert.deepEqual(all(conflicts[1], ".side").map(text), ["at least 83SANA", "62Syrian Observatory for Human Rights"]);
    assert.equal(text(conflicts[1].querySelector(".conflict-kind")), "cannot both be true");
    assert.equal(text(conflicts[2].querySelector(".conflict-kind")), "different numbers");
    assert.equal(text(conflicts[2].querySelector(".conflict-scope")), "in Homs");
    assert.equal(text(conflicts[0].querySelector(".side-source")), "the article itself");
    fire(conflicts[1], "click");
    await settle();
    assert.deepEqual(v.calls.find((c) => c[0] === "reveal"), ["reveal", 7, "x2"]);
    v.unmount();
  });

  it("done: sources grouped by kind, each once, with stats; disclosure lists claims; claim click reveals", async () => {
    const v = await show({ status: "done", analysis: sampleAnalysis() });
    assert.deepEqual(all(v.root, ".source-group h3").map(text), ["Media (1)", "Government (2)", "Organisations (1)"]);
    const names = all(v.root, ".source-name").map(text);
    assert.deepEqual(names, ["SANA", "Foreign Ministry", "Police", "Syrian Observatory for Human Rights"]);
    const obs = v.root.querySelector('[data-source="s2"]')!;
    assert.equal(text(obs.querySelector(".source-stats")), "3 claims, 1 direct quote");
    assert.match(text(obs.querySelector(".source-figures")), /62 killed; 57 killed/);
    assert.match(text(obs.querySelector(".source-conflicts")), /SANA says at least 83/);
    const disclosure = obs.querySelector("button.disclosure")!;
    const list = obs.querySelector(".claim-list")!;
    assert.equal(disclosure.getAttribute("aria-expanded"), "false");
    assert.equal(disclosure.getAttribute("aria-controls"), list.getAttribute("id"));
    assert.ok(list.hasAttribute("hidden"));
    fire(disclosure, "click");
    await settle();
    assert.equal(disclosure.getAttribute("aria-expanded"), "true");
    assert.ok(!list.hasAttribute("hidden"));
    const claims = all(list, "button.claim");
    assert.equal(claims.length, 3);
    assert.equal(text(claims[1].querySelector(".claim-cue")), "direct quote");
    fire(claims[1], "click");
    await settle();
    assert.deepEqual(v.calls.find((c) => c[0] === "reveal"), ["reveal", 7, "c3"]);
    v.unmount();
  });

  it("done: the chart is a table with text labels, and the share of unsourced figures", async () => {
    const v = await show({ status: "done", analysis: sampleAnalysis() });
    const table = v.root.querySelector(".chart table")!;
    assert.ok(table.querySelector("caption"));
    const rows = all(table, "tbody tr");
    assert.equal(rows.length, 4);
    assert.equal(text(rows[0].querySelector("th")), "Syrian Observatory for Human Rights");
    assert.match(text(rows[0].querySelector(".bar-value")), /^\d+%$/);
    assert.equal(rows[0].querySelector(".bar")?.getAttribute("aria-hidden"), "true");
    assert.equal(text(v.root.querySelector(".unsourced")), "Figures no one is cited for: 2 of 7 (29%)");
    v.unmount();
  });

  it("controls: marks, claim marks, automatic site, options", async () => {
    const v = await show({ status: "done", analysis: sampleAnalysis(), marks: true, claimMarks: true }, { auto: { host: "example.com", enabled: false } });
    const labels = all(v.root, "label.toggle");
    assert.deepEqual(labels.map(text), ["Marks in the page", "Claim marks", "Analyse example.com automatically"]);
    const [marks, , auto] = labels.map((l) => l.querySelector("input") as unknown as HTMLInputElement);
    marks.checked = false;
    fire(marks as unknown as Element, "change");
    auto.checked = true;
    fire(auto as unknown as Element, "change");
    fire(button(v.root, "Options"), "click");
    await settle();
    assert.deepEqual(v.calls.find((c) => c[0] === "setMarks"), ["setMarks", 7, false, true]);
    assert.deepEqual(v.calls.find((c) => c[0] === "setAutoSite"), ["setAutoSite", 7, "example.com", true]);
    assert.ok(v.calls.some((c) => c[0] === "openOptions"));
    v.unmount();
  });

  it("a selection's analysis: no marks controls, a note", async () => {
    const a = sampleAnalysis();
    const v = await show({ status: "done", analysis: { ...a, article: { ...a.article, title: null, method: "selection" } } });
    assert.equal(text(v.root.querySelector("h1")), "Selected text");
    assert.match(text(v.root), /not marked in the page/);
    assert.equal(all(v.root, "label.toggle").length, 0);
    v.unmount();
  });

  it("shows a settings notice once", async () => {
    const fake = fakeApi({ status: "idle" }, { notice: "reset" });
    const first = mount(h(App, { tabId: 7, api: fake.api }));
    await settle();
    assert.match(text(first.root.querySelector(".notice")), /reset to their defaults/);
    first.unmount();
    const second = mount(h(App, { tabId: 7, api: fake.api }));
    await settle();
    assert.equal(second.root.querySelector(".notice"), null);
    second.unmount();
  });

  it("renders hostile page text as text: no element, no handler, no script", async () => {
    const payload = `<img src=x onerror="globalThis.__pwned=1">`;
    const script = `<script>globalThis.__pwned=2</script>`;
    const a = sampleAnalysis({ a: `${payload}Agency`, b: `${script}Watch`, quote: `\u201c${payload} ${script}\u201d`, title: `Bombings kill more than 130 ${payload}` });
    const v = await show({ status: "done", analysis: a });
    const disclosure = v.root.querySelector('[data-source="s2"] button.disclosure');
    fire(disclosure, "click");
    await settle();
    assert.equal(v.root.querySelectorAll("img, script, [onerror]").length, 0);
    assert.ok(text(v.root).includes(payload));
    assert.ok(text(v.root).includes(script));
    assert.equal(text(v.root.querySelector("h1")), `Bombings kill more than 130 ${payload}`);
    assert.equal((globalThis as { __pwned?: number }).__pwned, undefined);
    v.unmount();
  });

  it("the fake i18n fills placeholders like the browser", () => {
    assert.equal(getMessage("unsourcedFigures", ["1", "2", "50%"]), "Figures no one is cited for: 1 of 2 (50%)");
  });
});
