/**
 * The inputs of one run, expanded: a folder gives every file under it, an "@list" file the
 * paths it lists (one a line, blank lines and "#" comments skipped); anything else is a path.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Task } from "./engine.js";
import { resolvePath } from "./resolve-path.js";

/** The expanded inputs: tasks in order, and whether the run has several outputs. */
export type Inputs = {
  /** One task per file, in order; those known to be unreadable carry their error. */
  tasks: Task[];
  /** More than one input given, or a folder or list: every output says its file. */
  many: boolean;
};

/** Every file under a folder, sorted by path, hidden ones (".name") left out; iterative. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const pending = [dir];
  while (pending.length) {
    const at = pending.pop()!;
    const entries = readdirSync(resolvePath(at), { withFileTypes: true }).filter((e) => !e.name.startsWith("."));
    for (const e of entries) {
      const p = path.join(at, e.name);
      if (e.isDirectory()) pending.push(p);
      else if (e.isFile() || e.isSymbolicLink()) out.push(p);
    }
  }
  return out.sort();
}

/** True when a path names a folder (a missing path is not one: reading it reports the error). */
function isFolder(p: string): boolean {
  try {
    return statSync(resolvePath(p)).isDirectory();
  } catch {
    return false;
  }
}

/** The paths of a list file, as written (relative paths are read from the current folder). */
function listed(list: string): string[] {
  return readFileSync(resolvePath(list), "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

/** Expand the inputs given on the command line. */
export function expandInputs(given: string[]): Inputs {
  const tasks: Task[] = [];
  let many = given.length > 1;
  const add = (file: string, error?: string) => tasks.push(error ? { index: tasks.length, file, error } : { index: tasks.length, file });
  for (const g of given) {
    if (g.startsWith("@") && g.length > 1) {
      many = true;
      try {
        for (const f of listed(g.slice(1))) add(f);
      } catch (e) {
        add(g, `${g}: cannot read the list (${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message})`);
      }
    } else if (g !== "-" && isFolder(g)) {
      many = true;
      let files: string[] = [];
      try {
        files = filesUnder(g);
      } catch (e) {
        add(g, `${g}: cannot read the folder (${(e as Error).message})`);
        continue;
      }
      if (!files.length) add(g, `${g}: no files in the folder`);
      for (const f of files) add(f);
    } else add(g);
  }
  return { tasks, many };
}
