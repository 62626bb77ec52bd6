/**
 * Fixed windows: every submission counts in the window that contains `now`;
 * more than `max` in one window and the next is refused until the window ends.
 * Pure arithmetic here, counters in rateLimitQueries.ts.
 */
export interface RateLimitWindow {
  /** Start of the window, in minutes since the epoch (what the table stores). */
  start: number;
  /** Seconds until the window ends: the Retry-After a refused client gets. */
  retryAfterSeconds: number;
}

/** The window containing `now` for windows of `windowMs` (a whole number of minutes). */
export function rateLimitWindow(now: Date, windowMs: number): RateLimitWindow {
  const windowMinutes = Math.max(1, Math.round(windowMs / 60_000));
  const minute = Math.floor(now.getTime() / 60_000);
  const start = minute - (minute % windowMinutes);
  const endMs = (start + windowMinutes) * 60_000;
  return { start, retryAfterSeconds: Math.max(1, Math.ceil((endMs - now.getTime()) / 1000)) };
}

/** The keys a submission counts against: its IP network (when known) and its e-mail address, both as keyed hashes. */
export function rateLimitKeys(ipHash: string | null, emailHash: string): string[] {
  return [...(ipHash ? [`ip:${ipHash}`] : []), `email:${emailHash}`];
}
