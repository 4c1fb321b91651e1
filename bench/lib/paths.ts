/** Where the bench and the fixture tests find the repository and the shared folder. */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (two levels above this file). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The shared folder: $CROSSCHECK_SHARED, else ../shared next to the repository. */
export const sharedDir = process.env.CROSSCHECK_SHARED
  ? path.resolve(process.env.CROSSCHECK_SHARED)
  : path.resolve(repoRoot, "../shared");

/** The attribution corpus (PolNeAR train and dev). */
export const attributionDir = path.join(sharedDir, "benchmarks", "attribution");
