/** The command line's start-up, traced on request. */

/**
 * With CROSSCHECK_TRACE_START set, a line on stderr of how long the process had run, and how much
 * processor time it had used, when a step of its start-up was done (bench/cli.ts reads it).
 */
export function traceStart(step: string): void {
  if (!process.env.CROSSCHECK_TRACE_START) return;
  const cpu = process.cpuUsage();
  process.stderr.write(`crosscheck: ${step} at ${performance.now().toFixed(1)} ms (processor ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms)\n`);
}
