/**
 * The command line on many files, through child_process as a user runs it: worker threads give
 * the same bytes as one thread, in input order; folders and @list files expand; gzipped pages
 * are read; bad inputs get their line and the others go on; the progress line.
 */
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const shared = resolve(process.env.CROSSCHECK_SHARED ?? join(repoRoot, "../shared"));
const seed = join(shared, "fixtures/seed-article.html");
/** A few real pages and texts of the shared corpora (the first of each, by name). */
const PAGES = 4;
const TEXTS = 4;

/** Run the CLI from source (the same modules build/cli.mjs bundles). */
function cli(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(repoRoot, "src/cli/analyze.ts"), ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, npm_lifecycle_event: "" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The JSON Lines of a run. */
const lines = (stdout: string) => stdout.trim().split("\n").map((l) => JSON.parse(l) as { file: string; error?: string; article?: { found: boolean; text: string } });

describe("command line on many files", function () {
  this.timeout(120_000);
  let dir: string;
  let corpus: string;
  let list: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "crosscheck-batch-"));
    corpus = join(dir, "corpus");
    mkdirSync(join(corpus, "texts"), { recursive: true });
    const pagesDir = join(shared, "benchmarks/article-extraction/html");
    const textsDir = join(shared, "benchmarks/news-texts/texts");
    for (const f of readdirSync(pagesDir).sort().slice(0, PAGES)) copyFileSync(join(pagesDir, f), join(corpus, f));
    for (const f of readdirSync(textsDir).sort().slice(0, TEXTS)) copyFileSync(join(textsDir, f), join(corpus, "texts", f));
    copyFileSync(seed, join(corpus, "seed.html"));
    writeFileSync(join(corpus, "binary.bin"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    writeFileSync(join(corpus, "broken.html.gz"), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]));
    writeFileSync(join(corpus, ".hidden.html"), "<p>not read</p>");
    list = join(dir, "list.txt");
    writeFileSync(list, [`# the seed twice, a missing page between`, seed, "", join(dir, "missing.html"), seed, ""].join("\n"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the same bytes with --jobs 1 and --jobs 2, in input order, bad files included", () => {
    const args = ["--json", corpus, `@${list}`, join(dir, "nothing-here.txt")];
    const one = cli(["--jobs", "1", ...args]);
    const two = cli(["--jobs", "2", ...args]);
    assert.equal(one.code, 2, one.stderr);
    assert.equal(two.code, one.code);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
    const got = lines(one.stdout);
    assert.equal(got.length, PAGES + TEXTS + 3 + 3 + 1);
    assert.ok(got.filter((l) => !l.error).every((l) => l.article), "every readable file has its analysis");
    assert.deepEqual(
      got.filter((l) => l.error).map((l) => l.file),
      [join(corpus, "broken.html.gz"), join(dir, "missing.html"), join(dir, "nothing-here.txt")],
    );
    assert.equal(one.stderr.trim().split("\n").length, 3, "one stderr line per bad file");
  });

  it("expands a folder to every file under it, sorted, hidden files left out", () => {
    const got = lines(cli(["--json", "--jobs", "1", corpus]).stdout).map((l) => l.file);
    assert.deepEqual(got, [...got].sort());
    assert.equal(got.filter((f) => f.startsWith(join(corpus, "texts") + "/")).length, TEXTS, "files of subfolders too");
    assert.ok(!got.some((f) => f.includes(".hidden")));
  });

  it("reads an @list file: one path a line, blanks and # comments skipped, a missing list in one line", () => {
    const got = lines(cli(["--json", `@${list}`]).stdout);
    assert.deepEqual(got.map((l) => l.file), [seed, join(dir, "missing.html"), seed]);
    const missing = cli(["--json", `@${join(dir, "no-list.txt")}`]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^crosscheck: @.*no-list\.txt: cannot read the list \(no such file\)\n$/);
  });

  it("reads a gzipped page as its HTML: the same analysis as the page itself", () => {
    const gz = join(dir, "seed.html.gz");
    writeFileSync(gz, gzipSync(readFileSync(seed)));
    const plain = JSON.parse(cli(["--json", seed]).stdout);
    const zipped = JSON.parse(cli(["--json", gz]).stdout);
    assert.deepEqual(zipped, plain);
  });

  it("reports an empty folder in one line with exit code 2", () => {
    const empty = join(dir, "empty");
    mkdirSync(empty, { recursive: true });
    const r = cli(["--json", empty]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^crosscheck: .*empty: no files in the folder\n$/);
  });

  it("writes the progress line on stderr when asked, errors above it, and the last line counts all", () => {
    const r = cli(["--json", "--progress", "--jobs", "2", corpus]);
    const err = r.stderr.trim().split("\n");
    assert.equal(err.filter((l) => l.includes("broken.html.gz")).length, 1);
    assert.match(err[err.length - 1]!, new RegExp(`^crosscheck: ${PAGES + TEXTS + 3}/${PAGES + TEXTS + 3} files, 1 error, in \\d`));
    assert.equal(lines(r.stdout).length, PAGES + TEXTS + 3, "stdout holds only the JSON Lines");
  });

  for (const bad of [["--jobs", "0"], ["--jobs", "two"], ["--jobs"]]) {
    it(`refuses ${bad.join(" ")} with the usage and exit code 2`, () => {
      const r = cli([...bad, seed]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, "");
      assert.match(r.stderr, /^crosscheck: --jobs takes a whole number/);
    });
  }
});
