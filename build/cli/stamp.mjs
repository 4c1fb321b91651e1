/**
 * The command line's build stamp: which files dist/cli was bundled from, with their times.
 * `npm run analyze` reads it to know, with one stat per file and no esbuild, whether dist/cli
 * is current; whoever bundles the command line (build.mjs, cli.mjs) writes it. No imports
 * beyond node: this module runs on every start of the command line.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Where the command line is bundled to. */
export const CLI_DIR = join(root, "dist/cli");
/** The command line's entry (argument parsing, scheduling, output: no DOM, no analysis). */
export const CLI_OUT = join(CLI_DIR, "analyze.cjs");
/** The stamp: { files: { path from root: mtimeMs } } of every input and output of the bundle. */
export const STAMP = join(CLI_DIR, "stamp.json");
/**
 * Files that shape the bundle without being one of its modules: the build's options and shims,
 * and the lock files. Modules of node_modules are not stamped one by one (two hundred stats on
 * every start): npm rewrites node_modules/.package-lock.json whenever it changes a package.
 */
const BUILD_FILES = [
  "build/build.mjs",
  "build/cli/deps.mjs",
  "build/cli/event-target.js",
  "build/cli/no-css.js",
  "package-lock.json",
  "node_modules/.package-lock.json",
];
/** Inputs under this folder are covered by the lock files above. */
const NODE_MODULES_RE = /(^|\/)node_modules\//;

/** Modification time of a file, or -1 when it is missing. */
function mtime(path) {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;
}

/** True when the stamp exists and every file it lists has the time it had when dist/cli was written. */
export function cliIsCurrent() {
  let files;
  try {
    files = JSON.parse(readFileSync(STAMP, "utf8")).files;
  } catch {
    return false;
  }
  if (!files || typeof files !== "object") return false;
  for (const [path, time] of Object.entries(files)) if (mtime(join(root, path)) !== time) return false;
  return true;
}

/** Write the stamp after a build: the inputs and outputs of esbuild's metafile, and BUILD_FILES. */
export function writeStamp(metafile) {
  const files = {};
  const bundled = [...Object.keys(metafile.inputs), ...Object.keys(metafile.outputs)];
  // esbuild names inputs from plugins "namespace:path"; only real files can be checked
  for (const p of bundled) if (!p.includes(":") && !NODE_MODULES_RE.test(p)) files[p] = mtime(join(root, p));
  for (const p of BUILD_FILES) files[p] = mtime(join(root, p));
  const tmp = `${STAMP}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ files }) + "\n");
  renameSync(tmp, STAMP);
}
