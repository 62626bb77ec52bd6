import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { rateLimitKeys, rateLimitWindow } from './rateLimit.ts';

/**
 * Counts one submission against `key` in the window starting at `windowStart`
 * and returns the new count. One upsert, atomic on both databases, so two
 * requests at the same moment cannot both read the old count.
 */
export async function countSubmission(db: Kysely<Database>, key: string, windowStart: number): Promise<number> {
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet((eb) => ({ count: eb('rate_limits.count', '+', 1) })))
    .returning('count')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Takes back one count of `key` in the window starting at `windowStart` (a reservation that turned out not to count). */
export async function uncountSubmission(db: Kysely<Database>, key: string, windowStart: number): Promise<void> {
  await db
    .updateTable('rate_limits')
    .set((eb) => ({ count: eb('count', '-', 1) }))
    .where('key', '=', key)
    .where('window_start', '=', windowStart)
    .where('count', '>', 0)
    .execute();
}

/** Deletes windows that started before `windowStart`; they can no longer refuse anyone. */
export async function deleteRateLimitsBefore(db: Kysely<Database>, windowStart: number): Promise<number> {
  const result = await db.deleteFrom('rate_limits').where('window_start', '<', windowStart).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Counts one reader's request against their IP network and their e-mail address (both keyed hashes) in the
 * current window; `scope` gives each kind of request its own counters. The seconds to wait when either is
 * over `max`, else null.
 */
export async function limitReader(
  db: Kysely<Database>,
  request: { scope?: string; ipHash: string | null; emailHash: string; max: number; windowMs: number; now: Date },
): Promise<{ retryAfterSeconds: number } | null> {
  const window = rateLimitWindow(request.now, request.windowMs);
  const keys = rateLimitKeys(request.ipHash, request.emailHash).map((key) => (request.scope ? `${request.scope}:${key}` : key));
  const counts = await Promise.all(keys.map((key) => countSubmission(db, key, window.start)));
  return counts.some((count) => count > request.max) ? { retryAfterSeconds: window.retryAfterSeconds } : null;
}
