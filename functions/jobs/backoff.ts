/** After this many failed attempts a job is marked failed and left for a person to look at. */
export const MAX_ATTEMPTS = 12;

/** First retry after 30 s, doubling up to one hour: about 8 hours until a job gives up. Pure. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000);
}

/** What a failed attempt turns a job into: retried later, or failed for good. */
export function afterFailure(attempts: number, now: Date): { status: 'pending' | 'failed'; next_attempt_at: string } {
  return attempts >= MAX_ATTEMPTS
    ? { status: 'failed', next_attempt_at: now.toISOString() }
    : { status: 'pending', next_attempt_at: new Date(now.getTime() + retryDelayMs(attempts)).toISOString() };
}
