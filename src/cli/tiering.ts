/**
 * V8's optimising compiler held back for a run's first pages. A call of the command line is a
 * fresh process: on a batch of 20 pages, TurboFan spends more processor time compiling hot
 * functions (on a second core, the one a second job or the machine's other work wants) than
 * the compiled code gives back before the process ends. Sparkplug's baseline code, which costs
 * next to nothing to make, still runs. After COLD_PAGES pages in a thread the run is long enough
 * for TurboFan to pay, and it is let on again (V8 reads the flag at each tier-up decision, and
 * flags are the process's: one thread letting it on lets it on for all).
 */
import { setFlagsFromString } from "node:v8";

/** Pages a thread analyses before TurboFan is let on (a batch of 20 runs without it). */
export const COLD_PAGES = 40;
/** Flags that say the user chose V8's tiers themselves: then they are left alone. */
const USER_TIERS_RE = /--(no-)?(opt|turbofan|max-opt)\b/;

/** True when Node was started with a tier flag (on its command line or in NODE_OPTIONS). */
function userChoseTiers(): boolean {
  return USER_TIERS_RE.test(`${process.execArgv.join(" ")} ${process.env.NODE_OPTIONS ?? ""}`);
}

/** Hold TurboFan back: called first thing by the command's process. */
export function holdOptimizer(): void {
  if (!userChoseTiers()) setFlagsFromString("--no-opt");
}

/**
 * Let TurboFan on: V8's default, so calling it when it was never held (a worker, a test running
 * the engine in its own process) changes nothing.
 */
export function releaseOptimizer(): void {
  if (!userChoseTiers()) setFlagsFromString("--opt");
}
