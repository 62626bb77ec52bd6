import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { rateLimitWindow } from '../spam/rateLimit.ts';
import { deleteRateLimitsBefore } from '../spam/rateLimitQueries.ts';

export interface PurgeResult {
  /** Comments whose IP hash and user agent were removed. */
  comments: number;
  /** Reports whose reporter's network hash was removed. */
  reports: number;
  /** Rate-limit windows deleted. */
  rateLimits: number;
}

/** The moment before which IP hashes are deleted. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
}

/**
 * Deletes what is kept only for a while: IP hashes and user agents of
 * comments older than the retention period (the comment itself stays), the
 * network hashes of reporters (which stop one network reporting a comment
 * twice) after the same period, and rate-limit windows that have ended.
 */
export async function purgeExpiredData(db: Kysely<Database>, options: { now: Date; retentionDays: number; rateLimitWindowMs: number }): Promise<PurgeResult> {
  const cutoff = retentionCutoff(options.now, options.retentionDays).toISOString();
  const updated = await db
    .updateTable('comments')
    .set({ ip_hash: null, user_agent: null })
    .where('created_at', '<', cutoff)
    .where((eb) => eb.or([eb('ip_hash', 'is not', null), eb('user_agent', 'is not', null)]))
    .executeTakeFirst();
  const reports = await db.updateTable('reports').set({ reporter_hash: null }).where('created_at', '<', cutoff).where('reporter_hash', 'is not', null).executeTakeFirst();
  const rateLimits = await deleteRateLimitsBefore(db, rateLimitWindow(options.now, options.rateLimitWindowMs).start);
  return { comments: Number(updated.numUpdatedRows), reports: Number(reports.numUpdatedRows), rateLimits };
}
