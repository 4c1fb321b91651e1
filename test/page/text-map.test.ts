/**
 * Offsets in the article text <-> points in the live DOM: collapsed white space, <br>, inline
 * markup, entities, hidden elements, invisible characters; a property test over random markup.
 */
import { strict as assert } from "node:assert";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { joinBlocks, walkBlocks } from "../../src/page/blocks.js";
import { liveContext } from "../../src/page/detect.js";
import { TextMap } from "../../src/page/text-map.js";

/** Text and map of a body's HTML, walked live (nothing skipped but hidden/editable). */
function build(bodyHtml: string): { text: string; map: TextMap; doc: Document } {
  const doc = parseHTML(`<!doctype html><html><body>${bodyHtml}</body></html>`).document as unknown as Document;
  const { text, map } = joinBlocks(walkBlocks(doc.body, liveContext(false), doc.body));
  return { text, map, doc };
}

/** Every mapped character points at the same character (or white space for a collapsed space). */
function assertRoundTrips(text: string, map: TextMap): void {
  for (let i = 0; i < text.length; i++) {
    const span = map.toPoints(i, i + 1);
    if (!span) {
      assert.ok(/\s/.test(text[i]), `unmapped non-space at ${i}: ${JSON.stringify(text[i])}`);
      continue;
    }
    const ch = span.start.node.data[span.start.offset];
    if (/\s/.test(text[i])) assert.ok(/\s/.test(ch), `space at ${i} maps to ${JSON.stringify(ch)}`);
    else if (span.start.offset === span.end.offset - 1 && span.start.node === span.end.node) assert.equal(ch, text[i], `char at ${i}`);
    assert.equal(map.offsetOf(span.start.node, span.start.offset), i, `offsetOf inverts toPoints at ${i}`);
  }
}

/** The text between two DOM points of the same node. */
function sliceOf(span: NonNullable<ReturnType<TextMap["toPoints"]>>): string {
  assert.equal(span.start.node, span.end.node);
  return span.start.node.data.slice(span.start.offset, span.end.offset);
}

describe("TextMap", () => {
  const cases: Array<[string, string, string]> = [
    ["collapses white space and trims", "<p>  Hello \n\t  world  </p>", "Hello world"],
    ["keeps a <br> as a line break", "<p>first line<br>second line</p>", "first line\nsecond line"],
    ["joins inline markup", "<p>The <b>big</b> <i>red</i><a href='#'>dog</a> ran.</p>", "The big reddog ran."],
    ["decodes entities", "<p>Tom &amp; Jerry&nbsp;said &quot;hi&quot; &#8212; 5&lt;6</p>", 'Tom & Jerry said "hi" \u2014 5<6'],
    ["drops hidden elements", "<p>Seen <span hidden>unseen</span>text<span style='display: none'>gone</span>.</p>", "Seen text."],
    ["drops soft hyphens and zero-width spaces", "<p>co\u00ADoper\u200Bation</p>", "cooperation"],
    ["separates blocks with a blank line", "<div><p>One.</p>\n<p>Two.</p><ul><li>Three</li></ul></div>", "One.\n\nTwo.\n\nThree"],
    ["leaves out scripts, styles and form fields", "<p>Text<script>x=1</script><style>p{}</style><textarea>typed</textarea> end</p>", "Text end"],
  ];
  for (const [name, html, want] of cases) {
    it(name, () => {
      const { text, map } = build(html);
      assert.equal(text, want);
      assertRoundTrips(text, map);
    });
  }

  it("maps a word inside inline markup to its own text node", () => {
    const { text, map, doc } = build("<p>The <b>big</b> dog</p>");
    const at = text.indexOf("big");
    const span = map.toPoints(at, at + 3)!;
    assert.equal(span.start.node, doc.querySelector("b")!.firstChild);
    assert.equal(sliceOf(span), "big");
  });

  it("maps a span across nodes from its first to its last character", () => {
    const { text, map, doc } = build("<p>at <em>least</em> 83 people</p>");
    const span = map.toPoints(text.indexOf("least"), text.indexOf("83") + 2)!;
    assert.equal(span.start.node, doc.querySelector("em")!.firstChild);
    assert.equal(span.end.node.data.slice(0, span.end.offset), " 83");
  });

  it("snaps spans that start or end in a gap", () => {
    const { text, map } = build("<p>One.</p><p>Two.</p>");
    const gap = text.indexOf("\n\n");
    const span = map.toPoints(gap, gap + 6)!;
    assert.equal(sliceOf(span), "Two.");
    assert.equal(map.toPoints(gap, gap + 2), null, "nothing mapped inside a separator");
  });

  it("finds the offset of a point in a collapsed run", () => {
    const { text, map, doc } = build("<p>a    b</p>");
    const node = doc.querySelector("p")!.firstChild!;
    assert.equal(map.offsetOf(node, 3), text.indexOf("b"));
    assert.equal(map.offsetOf(doc.body, 0), null);
  });

  it("round-trips on random inline markup (property)", () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
    const piece = fc.oneof(
      word,
      word.map((w) => `<b>${w}</b>`),
      word.map((w) => `<a href="#x">${w} </a>`),
      word.map((w) => `<span hidden>${w}</span>`),
      fc.constantFrom(" ", "  \n ", "<br>", "&amp;", "&nbsp;", "\u00AD", "<i> </i>", "</p><p>"),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (pieces) => {
        const { text, map } = build(`<p>${pieces.join(" ")}</p>`);
        assert.ok(!/^\s|\s$/.test(text), "trimmed");
        assert.ok(!/ {2}/.test(text), "collapsed");
        assertRoundTrips(text, map);
      }),
      { numRuns: 200 },
    );
  });
});
