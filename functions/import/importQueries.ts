import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ForeignSource } from './foreignComment.ts';
import type { ExistingComments, ImportPlan } from './planImport.ts';

// Well below SQLite's and PostgreSQL's limits on bound parameters per statement.
const LOOKUP_CHUNK = 500;
const INSERT_CHUNK = 100;

/**
 * What the database already has of an export: the source ids imported
 * before (with the comment each became, null when it has been deleted since)
 * and the stored comments with these fingerprints.
 */
export async function findExisting(db: Kysely<Database>, source: ForeignSource, sourceIds: readonly string[], fingerprints: readonly string[]): Promise<ExistingComments> {
  const bySource = new Map<string, string | null>();
  for (const chunk of chunks(sourceIds, LOOKUP_CHUNK)) {
    const rows = await db
      .selectFrom('comment_sources')
      .leftJoin('comments', 'comments.id', 'comment_sources.comment_id')
      .select(['comment_sources.source_id', 'comments.id'])
      .where('comment_sources.source', '=', source)
      .where('comment_sources.source_id', 'in', chunk)
      .execute();
    for (const row of rows) bySource.set(row.source_id, row.id);
  }
  const byFingerprint = new Map<string, string>();
  for (const chunk of chunks(fingerprints, LOOKUP_CHUNK)) {
    const rows = await db.selectFrom('comments').select(['id', 'fingerprint']).where('fingerprint', 'in', chunk).execute();
    for (const row of rows) byFingerprint.set(row.fingerprint, row.id);
  }
  return { bySource, byFingerprint };
}

/** Stores a plan in one transaction: every new comment (parents first) and every source id to remember, or nothing. */
export async function applyImport(db: Kysely<Database>, plan: ImportPlan, now: Date): Promise<void> {
  const importedAt = now.toISOString();
  await db.transaction().execute(async (trx) => {
    for (const chunk of chunks(plan.insert, INSERT_CHUNK)) await trx.insertInto('comments').values(chunk).execute();
    for (const chunk of chunks(plan.remember, INSERT_CHUNK)) {
      await trx
        .insertInto('comment_sources')
        .values(chunk.map((row) => ({ source: plan.source, source_id: row.source_id, comment_id: row.comment_id, imported_at: importedAt })))
        .execute();
    }
  });
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
