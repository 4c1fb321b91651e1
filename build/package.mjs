/**
 * `npm run package`: a production build, then dist/crosscheck-<version>-chrome.zip and
 * -firefox.zip. Reproducible: the same sources give byte-identical zips (build/zip.mjs).
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BROWSERS, build, root } from "./build.mjs";
import { zipFolder } from "./zip.mjs";

/** Build and zip; returns the zip paths. */
export async function packageAll({ quiet = false } = {}) {
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  await build({ browsers: BROWSERS, dev: false, cli: false });
  const written = [];
  for (const browser of BROWSERS) {
    const bytes = zipFolder(join(root, "dist", browser));
    const path = join(root, "dist", `crosscheck-${version}-${browser}.zip`);
    writeFileSync(path, bytes);
    written.push(path);
    if (!quiet) {
      const sha = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
      console.log(`${path.slice(root.length + 1)}  ${bytes.length} bytes  sha256 ${sha}...`);
    }
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await packageAll();
}
