/**
 * `npm run package`: a production build, then dist/crosscheck-<version>-chrome.zip and
 * -firefox.zip. Reproducible: the same sources give byte-identical zips (build/zip.mjs).
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BROWSERS, DIST, build, root } from "./build.mjs";
import { zipFolder } from "./zip.mjs";

/** Build and zip into outDir (default dist/); returns the zip paths. */
export async function packageAll({ quiet = false, outDir = DIST } = {}) {
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  await build({ browsers: BROWSERS, dev: false, cli: false, outDir });
  const written = [];
  for (const browser of BROWSERS) {
    const bytes = zipFolder(join(outDir, browser));
    const path = join(outDir, `crosscheck-${version}-${browser}.zip`);
    writeFileSync(path, bytes);
    written.push(path);
    if (!quiet) {
      const sha = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
      console.log(`${path.startsWith(root) ? path.slice(root.length + 1) : path}  ${bytes.length} bytes  sha256 ${sha}...`);
    }
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await packageAll();
}
