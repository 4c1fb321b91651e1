/**
 * `npm run lint`: web-ext lint (addons-linter, as addons.mozilla.org runs it) on a fresh
 * dist/firefox. Fails on any error, and on any warning that is not a known one of a dependency.
 */
import { join } from "node:path";
import webExt from "web-ext";
import { build, root } from "./build.mjs";

/**
 * Warnings we accept, each with its reason. Keyed by code; `file` must match too.
 * - UNSAFE_VAR_ASSIGNMENT in popup.js/options.js: preact's own renderer assigns `innerHTML`
 *   to support `dangerouslySetInnerHTML`, which our components never use. The linter sees
 *   the assignment in the bundled library code, not in ours.
 */
const KNOWN = [{ code: "UNSAFE_VAR_ASSIGNMENT", file: /^(popup|options)\.js$/, why: "preact's innerHTML support (dangerouslySetInnerHTML, unused)" }];

await build({ browsers: ["firefox"], dev: false, cli: false });
const result = await webExt.cmd.lint(
  { sourceDir: join(root, "dist/firefox"), output: "none", boring: true, metadata: false, pretty: false, selfHosted: false, warningsAsErrors: false },
  { shouldExitProgram: false },
);

const show = (m) => `  ${m.code} ${m.file ?? ""}${m.line ? `:${m.line}` : ""}  ${m.message}`;
const known = (m) => KNOWN.find((k) => k.code === m.code && k.file.test(m.file ?? ""));
const ours = result.warnings.filter((w) => !known(w));
const theirs = result.warnings.filter((w) => known(w));

console.log(`web-ext lint dist/firefox: ${result.errors.length} errors, ${result.warnings.length} warnings, ${result.notices.length} notices`);
for (const e of result.errors) console.log(`error${show(e)}`);
for (const w of ours) console.log(`warning${show(w)}`);
for (const w of theirs) console.log(`known warning${show(w)}\n    (${known(w).why})`);
for (const n of result.notices) console.log(`notice${show(n)}`);
if (result.errors.length || ours.length) process.exitCode = 1;
