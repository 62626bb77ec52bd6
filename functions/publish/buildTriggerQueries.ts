import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * Claims a scheduled post that fell due; true only for the first caller on
 * any instance (the key is the primary key, the insert skips a taken one).
 */
export async function claimBuildTrigger(db: Kysely<Database>, key: string, dueAt: string, now: Date): Promise<boolean> {
  const row = await db
    .insertInto('build_triggers')
    .values({ key, due_at: dueAt, triggered_at: now.toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return row !== undefined;
}

/** Gives a claim back after the hook failed, so the next run tries again. */
export async function releaseBuildTrigger(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('build_triggers').where('key', '=', key).execute();
}
