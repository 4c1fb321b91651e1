/**
 * Readability away from the page: the page's HTML read elsewhere (as the background reads it,
 * linkedom parsing what the page serialised) gives an outline that maps back onto the live
 * nodes; an outline that does not fit is read again here; the detection runs in slices and stops
 * when cancelled; pages too deep for Readability go to the fallbacks.
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { domOf, loadPages } from "../../bench/extraction.js";
import { sharedDir } from "../../bench/lib/paths.js";
import { detectArticle, detectArticleAsync, outlineOfHtml, type Detection } from "../../src/page/detect.js";
import type { Outline } from "../../src/page/outline.js";

/** A linkedom Document of an HTML string. */
function dom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** What the background does with the page's HTML. */
const readInBackground = async (html: string): Promise<Outline | null> => outlineOfHtml(html, dom);
/** No pause between slices (the test has no page to give the thread to). */
const noPause = async (): Promise<void> => undefined;

/** Segments whose article text is not the text of the node they point to (white space aside). */
function wrongSegments(d: Detection): number {
  let wrong = 0;
  for (let i = 0; i < d.map.size; i++) {
    const a = d.text.slice(d.map.starts[i], d.map.starts[i]! + d.map.lengths[i]!);
    const b = d.map.nodes[i]!.data.slice(d.map.nodeStarts[i], d.map.nodeStarts[i]! + d.map.lengths[i]!);
    if (a !== b && a.replace(/\s/g, " ") !== b.replace(/\s/g, " ")) wrong++;
  }
  return wrong;
}

/** Share of the article's characters (separators aside) that map to a live node. */
function mappedShare(d: Detection): number {
  let mapped = 0;
  for (let i = 0; i < d.map.size; i++) mapped += d.map.lengths[i]!;
  return mapped / Math.max(1, d.text.replace(/\n\n/g, "").length);
}

const PARA = "<p>The port authority said about 900 containers were waiting at the docks on Monday, and that talks with the union would resume.</p>";

describe("detection with Readability read elsewhere", () => {
  it("maps the reference article onto its live nodes as the local reading does", async () => {
    const html = readFileSync(`${sharedDir}/fixtures/seed-article.html`, "utf8");
    const local = detectArticle(dom(html));
    const away = await detectArticleAsync(dom(html), { readElsewhere: readInBackground, yieldToPage: noPause });
    assert.equal(away.method, "readability");
    assert.equal(away.text, local.text);
    assert.equal(wrongSegments(away), 0);
    assert.ok(mappedShare(away) > 0.98, `mapped ${mappedShare(away)}`);
  });

  it("on real news pages, finds an article where the local reading does and points every mapped run at its own text", async function () {
    this.timeout(60_000);
    let pages: ReturnType<typeof loadPages>;
    try {
      pages = loadPages().filter((_, i) => i % 6 === 0);
    } catch {
      this.skip(); // the extraction benchmark is not here (../shared missing)
    }
    let both = 0;
    for (const p of pages) {
      const local = detectArticle(domOf(p.html));
      const away = await detectArticleAsync(domOf(p.html), { readElsewhere: readInBackground, yieldToPage: noPause });
      assert.equal(away.found, local.found, p.id);
      assert.equal(wrongSegments(away), 0, `${p.id}: mapped runs point at other text`);
      if (local.found) assert.ok(mappedShare(away) > 0.9, `${p.id}: mapped ${mappedShare(away).toFixed(2)}`);
      if (away.text === local.text) both++;
    }
    // the same article text on most pages (Readability may weigh a parsed-again copy a little differently)
    assert.ok(both >= pages.length * 0.9, `${both} of ${pages.length} pages give the same text`);
  });

  it("maps text a script built as several adjacent nodes (one run once parsed) onto each of them", async () => {
    const doc = dom(`<!doctype html><html><head><title>Port strike</title></head><body><article>${PARA.repeat(6)}<p id="built"></p></article></body></html>`);
    const built = doc.getElementById("built")!;
    for (const piece of ["Posted by ", "the port authority", ", which said 1,200 containers were stuck at the port by Monday evening."]) built.appendChild(doc.createTextNode(piece));
    const away = await detectArticleAsync(doc, { readElsewhere: readInBackground, yieldToPage: noPause });
    const at = away.text.indexOf("Posted by the port authority");
    assert.ok(at > 0, "the built paragraph is in the article");
    const nodes = new Set<Text>();
    for (let i = 0; i < away.map.size; i++) if (away.map.starts[i]! >= at && away.map.starts[i]! < at + 60) nodes.add(away.map.nodes[i]!);
    assert.deepEqual([...nodes].map((n) => n.data), ["Posted by ", "the port authority", ", which said 1,200 containers were stuck at the port by Monday evening."]);
    assert.equal(wrongSegments(away), 0);
  });

  it("reads the page here when the outline names other elements than the page has, or the reader fails", async () => {
    const html = `<!doctype html><html><head><title>Port strike</title></head><body><article>${PARA.repeat(8)}</article></body></html>`;
    const local = detectArticle(dom(html));
    // an outline of another tree: one element more than the page has
    const other = await readInBackground(html.replace("<article>", "<article><div></div>"));
    for (const readElsewhere of [async () => other, async () => Promise.reject(new Error("background gone"))]) {
      const d = await detectArticleAsync(dom(html), { readElsewhere, yieldToPage: noPause });
      assert.equal(d.text, local.text);
      assert.equal(wrongSegments(d), 0);
    }
  });

  it("gives the page its thread back between slices, and stops when the result is no longer wanted", async () => {
    const html = `<!doctype html><html><head><title>Port strike</title></head><body><article>${PARA.repeat(400)}</article></body></html>`;
    let pauses = 0;
    const d = await detectArticleAsync(dom(html), { readElsewhere: readInBackground, sliceMs: 0, yieldToPage: async () => void pauses++ });
    assert.equal(d.found, true);
    assert.ok(pauses > 3, `${pauses} pauses`);
    const stopped = await detectArticleAsync(dom(html), { readElsewhere: readInBackground, sliceMs: 0, yieldToPage: noPause, cancelled: () => true });
    assert.equal(stopped.found, false);
  });

  it("leaves pages nested too deep for Readability to the fallbacks, in either reading", async () => {
    const html = `<html><body>${"<div>".repeat(3000)}${PARA.repeat(4)}</body></html>`;
    const local = detectArticle(dom(html));
    const away = await detectArticleAsync(dom(html), { readElsewhere: readInBackground, yieldToPage: noPause });
    assert.equal(local.method, "densest");
    assert.equal(away.method, "densest");
    assert.equal(away.text, local.text);
  });
});
