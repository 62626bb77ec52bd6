import { rateLimitWindow } from '../../functions/spam/rateLimit.ts';

/**
 * Milliseconds to wait from `now` so that the next `neededMs` lie in one
 * fixed rate-limit window of `windowMs` (a whole number of minutes, as
 * `rateLimitWindow` takes it): 0 while the window containing `now` lasts at
 * least that long, else the time until the next window starts. Pure; the
 * window arithmetic is the service's own.
 */
export function waitForRoomInWindow(now: Date, windowMs: number, neededMs: number): number {
  if (!(neededMs > 0 && neededMs < windowMs)) throw new RangeError(`neededMs (${neededMs}) must be more than 0 and less than the window (${windowMs})`);
  const end = new Date(now.getTime() + neededMs);
  const later = rateLimitWindow(end, windowMs).start;
  if (later === rateLimitWindow(now, windowMs).start) return 0;
  // neededMs < windowMs: `end` lies in the very next window, whose start is the edge.
  return later * 60_000 - now.getTime();
}

/**
 * The limits count in fixed windows on the wall clock (functions/spam/rateLimit.ts),
 * so requests that must be counted together have to land in one window: if
 * less than `neededMs` is left of the current one, this waits until the next
 * one starts. Call it right before those requests (after any slow setup), with
 * `neededMs` enough for all of them on a loaded machine. Works for every
 * target, also those whose clock a test cannot set (Netlify functions, other
 * processes): they share this machine's clock.
 *
 * @example await awayFromWindowEdge(server.services.config.rateLimit.windowMs, 30_000);
 */
export async function awayFromWindowEdge(windowMs: number, neededMs: number): Promise<void> {
  // Checked again after each wait: a timer may fire a millisecond before the clock reaches the edge.
  for (let wait = waitForRoomInWindow(new Date(), windowMs, neededMs); wait > 0; wait = waitForRoomInWindow(new Date(), windowMs, neededMs)) {
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
