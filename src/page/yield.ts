/**
 * Giving the page its thread back between slices of our work.
 *
 * A posted message, not scheduler.yield(): a yield() continuation runs before the page's own
 * queued tasks, so the page's timers waited until all our slices were done (half a second on a
 * long page in Firefox). A message is queued behind them, and, unlike a 0 ms timer, is not
 * clamped to 4 ms once nested.
 */

/** Resolvers of the yields waiting for their message, oldest first. */
const waiting: Array<() => void> = [];
let channel: MessageChannel | null = null;

/** Resolve after the tasks already queued (the page's timers, input, rendering) had their turn. */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel !== "function") return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
    // Node's ports would keep a test process alive; browsers have no unref
    (channel.port1 as { unref?: () => void }).unref?.();
  }
  const ch = channel;
  return new Promise((resolve) => {
    waiting.push(resolve);
    ch.port2.postMessage(null);
  });
}
