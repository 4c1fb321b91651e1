/**
 * Article detection on a Node DOM: the seed article's must/must-not lists, headline first,
 * byline, fallbacks with their method, and found:false on pages without an article.
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { detectArticle, toArticleInput } from "../../src/page/detect.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const fixtures = join(resolve(process.env.CROSSCHECK_SHARED ?? join(repoRoot, "../shared")), "fixtures");

/** A linkedom Document of an HTML string. */
function dom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Paragraphs long enough to be an article. */
const BODY = [
  "The river rose by two metres overnight, flooding the lower town and cutting the main road to the coast, officials said.",
  "Rescue teams worked through the night to reach families stranded on rooftops, and the army sent boats from the capital.",
  "Forecasters expect more rain on Thursday, though the regional office said the worst of the storm had already passed.",
]
  .map((p) => `<p>${p}</p>`)
  .join("\n");

describe("detectArticle on the seed article", () => {
  const expected = JSON.parse(readFileSync(join(fixtures, "seed-article.expected.json"), "utf8")) as {
    article: { mustContain: string[]; mustNotContain: string[] };
  };
  const d = detectArticle(dom(readFileSync(join(fixtures, "seed-article.html"), "utf8")));

  it("finds it with Readability, headline first, then paragraphs separated by blank lines", () => {
    assert.equal(d.found, true);
    assert.equal(d.method, "readability");
    assert.equal(d.title, "More Than 130 Killed by ISIS Bombings in Damascus, Homs in Syria");
    assert.ok(d.text.startsWith(`${d.title}\n\n`));
    assert.equal(d.bodyStart, d.title!.length + 2);
    assert.equal(d.byline, "admin");
    assert.ok(!/\n{3,}/.test(d.text) && !/[ \t]\n|\n[ \t]/.test(d.text), "clean separators");
  });
  for (const s of expected.article.mustContain) it(`contains "${s}"`, () => assert.ok(d.text.includes(s)));
  for (const s of expected.article.mustNotContain) it(`leaves out "${s}"`, () => assert.ok(!d.text.includes(s)));
  it("leaves out the Advertisement label", () => assert.ok(!/Advertisement/.test(d.text)));
  it("gives ArticleInput without the map", () => {
    const input = toArticleInput(d);
    assert.deepEqual(Object.keys(input).sort(), ["byline", "found", "method", "text", "title"]);
  });
  it("does not change the document", () => {
    const doc = dom(readFileSync(join(fixtures, "seed-article.html"), "utf8"));
    const before = doc.documentElement.outerHTML;
    detectArticle(doc);
    assert.equal(doc.documentElement.outerHTML, before);
  });
});

describe("detectArticle fallbacks and no article", () => {
  const cases: Array<[string, string, { found: boolean; method: string; has?: string; hasNot?: string }]> = [
    [
      "an <article> when Readability is off",
      `<html><body><nav><a href="/">Home</a> <a href="/x">World</a></nav><article><h1>River floods town</h1>${BODY}</article>` +
        `<aside><h3>Most read</h3><p>Other story one about markets and prices falling today in the city centre.</p></aside></body></html>`,
      { found: true, method: "article", has: "rooftops", hasNot: "Most read" },
    ],
    [
      "<main> when there is no <article>",
      `<html><body><header><a href="/">Site</a></header><main><h1>River floods town</h1>${BODY}</main><footer>All rights reserved</footer></body></html>`,
      { found: true, method: "main", has: "Forecasters", hasNot: "All rights reserved" },
    ],
    [
      "the densest block otherwise",
      `<html><body><div class="menu"><a href="/">Home</a></div><div class="x">${BODY}</div><div class="comments"><p>Reader: I disagree strongly with this whole report and its many numbers.</p></div></body></html>`,
      { found: true, method: "densest", has: "army sent boats", hasNot: "Reader" },
    ],
    [
      "no article on a dashboard",
      `<html><body><nav><a href="/a">Inbox</a> <a href="/b">Settings</a></nav><form><input name="q"><button>Go</button></form><p>Welcome back.</p></body></html>`,
      { found: false, method: "none" },
    ],
    ["no article on an empty page", "<html><body></body></html>", { found: false, method: "none" }],
    [
      "no article on a page of links",
      `<html><body><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/s${i}">Story number ${i} about something that happened today</a></li>`).join("")}</ul></body></html>`,
      { found: false, method: "none" },
    ],
  ];
  for (const [name, html, want] of cases) {
    it(name, () => {
      const d = detectArticle(dom(html), { noReadability: want.method !== "none" });
      assert.equal(d.found, want.found, d.text.slice(0, 200));
      assert.equal(d.method, want.method);
      if (want.has) assert.ok(d.text.includes(want.has), d.text);
      if (want.hasNot) assert.ok(!d.text.includes(want.hasNot), d.text);
      if (!want.found) assert.equal(d.text, "");
    });
  }
  it("takes the whole page's visible text when asked", () => {
    const d = detectArticle(dom(`<html><body><p>Short note: 5 people came.</p><p hidden>secret</p></body></html>`), { wholePage: true });
    assert.equal(d.found, true);
    assert.equal(d.method, "page");
    assert.equal(d.text, "Short note: 5 people came.");
  });
  it("skips editable regions and hidden elements", () => {
    const html = `<html><body><article><h1>River floods town</h1>${BODY}<div contenteditable="true"><p>Draft comment typed by a user, it should never be analysed by us.</p></div>` +
      `<p style="display:none">Hidden teaser text that nobody sees on the page at all.</p></article></body></html>`;
    const d = detectArticle(dom(html), { noReadability: true });
    assert.ok(!d.text.includes("Draft comment"));
    assert.ok(!d.text.includes("Hidden teaser"));
  });
});
