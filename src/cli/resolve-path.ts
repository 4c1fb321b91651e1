/** Where a path given on the command line is (here so the command can resolve paths without loading the engine). */
import path from "node:path";

/**
 * `npm run` runs scripts from the package root; npm keeps the caller's folder in INIT_CWD, so
 * relative paths are resolved from there.
 */
export function resolvePath(file: string): string {
  const base = process.env.npm_lifecycle_event === "analyze" ? process.env.INIT_CWD : undefined;
  return base ? path.resolve(base, file) : file;
}
