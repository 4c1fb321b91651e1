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
    assert.equal(v.root.querySelectorAll(".dispute").length, 4, "the result shows");
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
    assert.deepEqual(all(v.root, ".counts li").map(text), ["4 sources", "9 claims", "4 disputes"]);
    v.unmount();
  });

  it("done: disputes first, one card per disputed quantity, contradictions first, kind in words", async () => {
    const v = await show({ status: "done", analysis: sampleAnalysis() });
    assert.deepEqual(all(v.root, "h2").map(text).slice(0, 2), ["Disputed figures", "Sources"]);
    const cards = all(v.root, "li.dispute");
    assert.deepEqual(cards.map((c) => c.getAttribute("data-dispute")), ["d3", "d2", "d4", "d1"]);
    assert.deepEqual(cards.map((c) => text(c.querySelector(".dispute-title"))), ["killed", "killed in Sayyida Zeinab", "wounded", "killed in Homs"]);
    assert.deepEqual(cards.map((c) => text(c.querySelector(".dispute-kind"))), [
      "cannot both be true", "cannot both be true", "cannot both be true", "different numbers",
    ]);
    assert.ok(cards[3].classList.contains("dispute-discrepancy"));
    v.unmount();
  });

  // [dispute, every voice as the list reads it, every voice as the number line's label reads it]
  const voices: [string, string[], string[]][] = [
    ["d3", ["the headline more than 130", "the article itself nearly 130 117 to under 130"], ["the headline · more than 130", "the article itself · nearly 130"]],
    ["d2", ["SANA at least 83 83 or more", "Syrian Observatory for Human Rights 62 exactly 62"], ["SANA · at least 83", "Syrian Observatory for Human Rights · 62"]],
    [
      "d4",
      ["SANA about 200 170 to 230", "Police 112 exactly 112", "Syrian Observatory for Human Rights more than 250"],
      ["SANA · about 200", "Police · 112", "Syrian Observatory for Human Rights · more than 250"],
    ],
  ];
  for (const [id, list, labels] of voices) {
    it(`done: dispute ${id} has one labelled mark and one listed voice per figure`, async () => {
      const v = await show({ status: "done", analysis: sampleAnalysis() });
      const card = v.root.querySelector(`[data-dispute="${id}"]`)!;
      assert.deepEqual(all(card, "button.voice").map(text), list);
      const svg = card.querySelector("svg.number-line")!;
      assert.equal(svg.getAttribute("role"), "img");
      const rows = all(svg, ".nl-row");
      assert.equal(rows.length, list.length, "one row per voice");
      assert.deepEqual(rows.map((r) => text(r.querySelector(".nl-label"))), labels);
      assert.equal(new Set(rows.map((r) => r.getAttribute("data-figure"))).size, list.length);
      // the accessible name reads out every voice's figure and its interval
      const label = svg.getAttribute("aria-label") ?? "";
      assert.match(label, /^Number line of /);
      for (const b of all(card, "button.voice")) {
        assert.ok(label.includes(text(b.querySelector(".voice-name"))), label);
        assert.ok(label.includes(text(b.querySelector(".voice-figure"))), label);
        if (b.querySelector(".voice-interval")) assert.ok(label.includes(text(b.querySelector(".voice-interval"))), label);
      }
      v.unmount();
    });
  }

  it("done: the marks show each figure's shape: dot, bar, arrow to the edge, hollow end", async () => {
    const v = await show({ status: "done", analysis: sampleAnalysis() });
    const row = (figure: string) => v.root.querySelector(`.nl-row[data-figure="${figure}"]`)!;
    const shape = (figure: string) => ({
      dot: row(figure).querySelectorAll(".nl-dot").length,
      bar: row(figure).querySelectorAll(".nl-span").length,
      arrows: row(figure).querySelectorAll(".nl-arrow").length,
      hollow: row(figure).querySelectorAll(".nl-hollow").length,
      value: row(figure).querySelectorAll(".nl-value").length,
    });
    const cases: [string, ReturnType<typeof shape>][] = [
      ["f4", { dot: 1, bar: 0, arrows: 0, hollow: 0, value: 0 }], // 62
      ["f3", { dot: 0, bar: 1, arrows: 1, hollow: 0, value: 0 }], // at least 83
      ["f1", { dot: 0, bar: 1, arrows: 1, hollow: 1, value: 0 }], // more than 130
      ["f2", { dot: 0, bar: 1, arrows: 0, hollow: 1, value: 0 }], // nearly 130
      ["f8", { dot: 0, bar: 1, arrows: 0, hollow: 0, value: 1 }], // about 200
    ];
    for (const [figure, want] of cases) assert.deepEqual(shape(figure), want, figure);
    // the axis has ticks, and the headline's 130 stands right of nearly 130's lower end
    const d3 = v.root.querySelector('[data-dispute="d3"] svg')!;
    assert.ok(all(d3, ".nl-tick").length >= 2);
    const cx = (sel: string) => Number(v.root.querySelector(sel)?.getAttribute("cx"));
    assert.ok(cx('.nl-row[data-figure="f1"] .nl-cap') > cx('.nl-row[data-figure="f2"] .nl-cap'));
    v.unmount();
  });

  it("done: a voice, its row in the drawing, and the card's title reveal in the page", async () => {
    const v = await show({ status: "done", analysis: sampleAnalysis() });
    const card = v.root.querySelector('[data-dispute="d4"]')!;
    fire(card.querySelector('button.voice[data-figure="f9"]'), "click");
    fire(card.querySelector('.nl-row[data-figure="f10"]'), "click");
    fire(card.querySelector("button.dispute-title"), "click");
    await settle();
    assert.deepEqual(v.calls.filter((c) => c[0] === "reveal"), [["reveal", 7, "f9"], ["reveal", 7, "f10"], ["reveal", 7, "d4"]]);
    v.unmount();
  });

  it("done: no disputes says so, and the header counts none", async () => {
    const a = sampleAnalysis();
    const v = await show({ status: "done", analysis: { ...a, conflicts: [], disputes: [] } });
    assert.match(text(v.root.querySelector(".disputes")), /No disputed figures found/);
    assert.equal(text(all(v.root, ".counts li")[2]), "0 disputes");
    v.unmount();
  });

  it("done: sources grouped by kind, each once, with stats; disclosure lists claims; claim click reveals", async () => {
    const v = await show({ status: "done", analysis: sampleAnalysis() });
    assert.deepEqual(all(v.root, ".source-group h3").map(text), ["Media (1)", "Government (2)", "Organisations (1)"]);
    const names = all(v.root, ".source-name").map(text);
    assert.deepEqual(names, ["SANA", "Police", "Foreign Ministry", "Syrian Observatory for Human Rights"]);
    const obs = v.root.querySelector('[data-source="s2"]')!;
    assert.equal(text(obs.querySelector(".source-stats")), "4 claims, 1 direct quote");
    assert.match(text(obs.querySelector(".source-figures")), /62 killed; 57 killed; more than 250 wounded/);
    // the disputes its figures are in, once each, in the popup's order
    assert.deepEqual(all(obs, ".source-disputes [data-dispute]").map((e) => e.getAttribute("data-dispute")), ["d2", "d4", "d1"]);
    assert.match(text(obs.querySelector(".source-disputes")), /^Disputed: Two figures for killed in Sayyida Zeinab: at least 83 \(SANA\)/);
    assert.match(text(obs.querySelector(".source-disputes")), /Three figures for wounded/);
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
    assert.equal(claims.length, 4);
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
    assert.equal(text(v.root.querySelector(".unsourced")), "Figures no one is cited for: 2 of 10 (20%)");
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
    // the number lines carry the names as text and in their accessible names, never as markup
    assert.ok(all(v.root, ".nl-label").some((l) => (l.textContent ?? "").includes("<img")));
    assert.ok(all(v.root, "svg.number-line").some((s) => (s.getAttribute("aria-label") ?? "").includes(payload)));
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
