/**
 * The progress line on stderr: files done of all, errors, pace and time left. On a terminal it
 * is redrawn in place; error lines are written above it. Elsewhere (forced with --progress)
 * it is a line now and then.
 */

/** Least time between two redraws on a terminal (ms). */
const TTY_INTERVAL_MS = 100;
/** Least time between two progress lines when stderr is not a terminal (ms). */
const LINE_INTERVAL_MS = 5_000;

/** A writable stream that may be a terminal. */
type ErrStream = { write(s: string): unknown; isTTY?: boolean };

/** Seconds as "42 s" or "3 min 05 s". */
function duration(s: number): string {
  if (s < 60) return `${s.toFixed(s < 10 ? 1 : 0)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${String(Math.round(s % 60)).padStart(2, "0")} s`;
}

/** The progress of one run. */
export class Progress {
  private last = -Infinity;
  private shown = false;
  private readonly started = performance.now();

  /** `enabled` false makes every call a no-op but `note`, which writes the line as is. */
  constructor(
    private readonly total: number,
    private readonly stream: ErrStream,
    private readonly enabled: boolean,
  ) {}

  /** The line itself. */
  private line(done: number, errors: number, final: boolean): string {
    const s = (performance.now() - this.started) / 1000;
    const pace = s > 0 ? done / s : 0;
    const parts = [`crosscheck: ${done.toLocaleString("en")}/${this.total.toLocaleString("en")} files`];
    if (errors) parts.push(`${errors} ${errors === 1 ? "error" : "errors"}`);
    if (final) parts.push(`in ${duration(s)}`);
    else if (done > 0) parts.push(`${pace.toFixed(pace < 10 ? 1 : 0)} files/s`, `${duration((this.total - done) / pace)} left`);
    return parts.join(", ");
  }

  /** Show where the run is, at most every so often. */
  update(done: number, errors: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    const tty = !!this.stream.isTTY;
    if (now - this.last < (tty ? TTY_INTERVAL_MS : LINE_INTERVAL_MS)) return;
    this.last = now;
    if (tty) {
      this.stream.write(`\r${this.line(done, errors, false)}\x1b[K`);
      this.shown = true;
    } else this.stream.write(`${this.line(done, errors, false)}\n`);
  }

  /** Write a line of its own (an error) above the progress line. */
  note(text: string): void {
    if (this.shown) this.stream.write("\r\x1b[K");
    this.shown = false;
    this.stream.write(text);
    // on a terminal the line comes back at once below the note
    if (this.stream.isTTY) this.last = -Infinity;
  }

  /** The run is over: the last line says so. */
  end(done: number, errors: number): void {
    if (!this.enabled) return;
    this.stream.write(`${this.shown ? "\r" : ""}${this.line(done, errors, true)}${this.shown ? "\x1b[K" : ""}\n`);
    this.shown = false;
  }
}
