/**
 * `npm run lint`: web-ext lint (addons-linter, as addons.mozilla.org runs it) on a fresh
 * dist/firefox. Fails on any error, and on any warning that is not a known one of a dependency.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import webExt from "web-ext";
import { DIST, build } from "./build.mjs";

/**
 * Warnings we accept, each with its reason: a code, and the bundled module it comes from
 * (esbuild, unminified, heads each module's code with a `// node_modules/...` comment).
 * Any other warning, above all one from our own src/, fails the lint.
 */
const KNOWN = [
  {
    code: "UNSAFE_VAR_ASSIGNMENT",
    module: /^node_modules\/preact\//,
    why: "preact's renderer assigns innerHTML only for dangerouslySetInnerHTML, which our components never use",
  },
  {
    code: "UNSAFE_VAR_ASSIGNMENT",
    module: /^node_modules\/@mozilla\/readability\//,
    why: "Readability resets its working copy between attempts and unwraps <noscript> images; it runs on a detached clone of the page, never the live DOM",
  },
  {
    code: "UNSAFE_VAR_ASSIGNMENT",
    module: /^node_modules\/linkedom\//,
    why: "linkedom's innerHTML/outerHTML setters parse into its own in-memory document (the background reads a page's HTML there with Readability); nothing is rendered, no script runs",
  },
];

/** The bundled module a line of a built file belongs to ("node_modules/preact/...", "src/..."). */
function moduleAt(dir, file, line) {
  if (!file || !line) return null;
  let lines;
  try {
    lines = readFileSync(join(dir, file), "utf8").split("\n");
  } catch {
    return null;
  }
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const m = /^  \/\/ ((?:node_modules|src)\/\S+)$/.exec(lines[i]);
    if (m) return m[1];
  }
  return null;
}

/**
 * Build Firefox in production into outDir (default dist/) and lint it.
 * Returns the linter's errors and notices, and its warnings split into ours and known ones
 * (each known one with `module` and `why`).
 */
export async function lintFirefox({ outDir = DIST } = {}) {
  await build({ browsers: ["firefox"], dev: false, cli: false, outDir });
  const dir = join(outDir, "firefox");
  const result = await webExt.cmd.lint(
    { sourceDir: dir, output: "none", boring: true, metadata: false, pretty: false, selfHosted: false, warningsAsErrors: false },
    { shouldExitProgram: false },
  );
  const ours = [];
  const known = [];
  for (const w of result.warnings) {
    const module = moduleAt(dir, w.file, w.line);
    const k = KNOWN.find((k) => k.code === w.code && k.module.test(module ?? ""));
    if (k) known.push({ ...w, module, why: k.why });
    else ours.push(w);
  }
  return { errors: result.errors, ours, known, notices: result.notices };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { errors, ours, known, notices } = await lintFirefox();
  const show = (m) => `  ${m.code} ${m.file ?? ""}${m.line ? `:${m.line}` : ""}  ${m.message}`;
  const warnings = ours.length + known.length;
  console.log(`web-ext lint dist/firefox: ${errors.length} errors, ${warnings} warnings (${known.length} known), ${notices.length} notices`);
  for (const e of errors) console.log(`error${show(e)}`);
  for (const w of ours) console.log(`warning${show(w)}`);
  for (const w of known) console.log(`known warning${show(w)}\n    in ${w.module}: ${w.why}`);
  for (const n of notices) console.log(`notice${show(n)}`);
  if (errors.length || ours.length) process.exitCode = 1;
}
