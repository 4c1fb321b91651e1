/**
 * `npm run analyze -- ...`: run the command line (src/cli/analyze.ts) fast and silently.
 *
 * Workflow:
 *  1. is dist/cli current? One stat per file the stamp lists (build/cli/stamp.mjs): no walk
 *     over src/, no esbuild
 *  2. only when it is not: load esbuild, bundle the command line, write it and its stamp
 *  3. run dist/cli/analyze.cjs in this process with the given arguments; it loads the engine and
 *     the page detection with V8 code caches beside them (src/cli/load-module.ts)
 * Stdout carries only the command line's output.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { createRequire } from "node:module";
import { CLI_DIR, CLI_OUT, cliIsCurrent, writeStamp } from "./cli/stamp.mjs";

/** Bundle the command line into dist/cli; exits with code 2 when it does not build. */
async function buildCli() {
  const [esbuild, { cliOptions }] = await Promise.all([import("esbuild"), import("./build.mjs")]);
  const result = await esbuild.build({ ...cliOptions(false), write: false, logLevel: "silent" }).catch((e) => e);
  if (result.errors?.length || !result.outputFiles) {
    for (const e of result.errors ?? [result]) {
      const at = e.location ? `${e.location.file}:${e.location.line}: ` : "";
      process.stderr.write(`crosscheck: cannot build the command line: ${at}${e.text ?? e.message}\n`);
    }
    process.exit(2);
  }
  // Write then rename, the entry last, so two launches at once never run a half-written file.
  mkdirSync(CLI_DIR, { recursive: true });
  const outputs = [...result.outputFiles].sort((a, b) => (a.path === CLI_OUT) - (b.path === CLI_OUT));
  for (const f of outputs) {
    mkdirSync(dirname(f.path), { recursive: true });
    const tmp = `${f.path}.${process.pid}.tmp`;
    writeFileSync(tmp, f.contents);
    renameSync(tmp, f.path);
  }
  // files of an older layout (the single-file bundle's leftovers) would only confuse
  const written = new Set(outputs.map((f) => basename(f.path)));
  for (const name of readdirSync(CLI_DIR)) {
    const bundle = name.replace(/\.v8-cache$/, "");
    if (/\.[cm]js$/.test(bundle) && !written.has(bundle)) rmSync(join(CLI_DIR, name), { force: true });
  }
  writeStamp(result.metafile);
}

if (!cliIsCurrent()) await buildCli();

process.argv = [process.argv[0], CLI_OUT, ...process.argv.slice(2)];
createRequire(import.meta.url)(CLI_OUT);
