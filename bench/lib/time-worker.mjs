// Worker entry for bench/run.ts: registers tsx in this thread, then loads the TypeScript timer.
// (Node 20 does not apply the parent's --import hooks to a worker's own entry file.)
import { register } from "tsx/esm/api";

register();
await import("./time-worker.ts");
