import type { Kysely } from 'kysely';
import { dueEntries, type ScheduledEntry } from '../../src/lib/schedule.ts';
import type { Database } from '../db/schema.ts';
import { claimBuildTrigger, releaseBuildTrigger } from './buildTriggerQueries.ts';

/**
 * Calls the build hook once for each scheduled post of the deployed build
 * that has fallen due by `now`, however many runs of the scheduled function
 * (and instances) look at the same schedule: each post is claimed in the
 * database first. A failed call gives the claim back and is retried on the
 * next run. Resolves with how many calls were made.
 */
export async function triggerDueBuilds(db: Kysely<Database>, schedule: readonly ScheduledEntry[], now: Date, callHook: () => Promise<void>): Promise<number> {
  let calls = 0;
  for (const entry of dueEntries(schedule, now)) {
    if (!(await claimBuildTrigger(db, entry.key, entry.at, now))) continue;
    try {
      await callHook();
      calls++;
    } catch (error) {
      await releaseBuildTrigger(db, entry.key);
      throw error;
    }
  }
  return calls;
}

/** POSTs to a build hook (Netlify: Site settings → Build & deploy → Build hooks); throws unless it answers 2xx. */
export async function postBuildHook(url: string, timeoutMs = 10_000): Promise<void> {
  const res = await fetch(url, { method: 'POST', signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok) throw new Error(`Build-Hook antwortet ${res.status}`);
}
