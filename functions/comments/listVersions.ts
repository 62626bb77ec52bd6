import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * The version of `post`'s published list (0 before its first change): one
 * primary-key lookup, cheap enough for every list request.
 */
export async function readListVersion(db: Kysely<Database>, post: string): Promise<number> {
  const row = await db.selectFrom('list_versions').select('version').where('post_slug', '=', post).executeTakeFirst();
  return Number(row?.version ?? 0);
}

/**
 * Raises `post`'s list version in one statement, so concurrent changes on
 * several instances each count (an upsert, on SQLite and PostgreSQL alike).
 */
export async function bumpListVersion(db: Kysely<Database>, post: string): Promise<void> {
  await db
    .insertInto('list_versions')
    .values({ post_slug: post, version: 1 })
    .onConflict((oc) => oc.column('post_slug').doUpdateSet((eb) => ({ version: eb('list_versions.version', '+', 1) })))
    .execute();
}
