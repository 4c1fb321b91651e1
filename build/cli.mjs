/**
 * `npm run analyze -- ...`: run the command line (src/cli/analyze.ts) fast and silently.
 * Bundles it to dist/cli/analyze.mjs when that is missing or older than any file under src/,
 * then runs it in this process with the given arguments. Stdout carries only the CLI's output.
 */
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { CLI_OUT, cliOptions, root } from "./build.mjs";

/** Newest modification time of any file under a folder. */
function newest(dir) {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return max;
}

function stale() {
  try {
    const built = statSync(CLI_OUT).mtimeMs;
    return built < Math.max(newest(join(root, "src")), statSync(join(root, "package-lock.json")).mtimeMs);
  } catch {
    return true;
  }
}

if (stale()) {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({ ...cliOptions(false), write: false, logLevel: "silent" }).catch((e) => e);
  if (result.errors?.length || !result.outputFiles) {
    for (const e of result.errors ?? [result]) {
      const at = e.location ? `${e.location.file}:${e.location.line}: ` : "";
      process.stderr.write(`crosscheck: cannot build the command line: ${at}${e.text ?? e.message}\n`);
    }
    process.exit(2);
  }
  // Write then rename, so two launches at once never run a half-written file.
  mkdirSync(dirname(CLI_OUT), { recursive: true });
  const tmp = `${CLI_OUT}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, CLI_OUT);
}

process.argv = [process.argv[0], CLI_OUT, ...process.argv.slice(2)];
await import(pathToFileURL(CLI_OUT).href);
