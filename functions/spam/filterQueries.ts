import type { Kysely, Transaction } from 'kysely';
import type { Database, SpamFeaturesTable } from '../db/schema.ts';

/** The row of spam_features that counts the learned comments themselves. */
export const TOTALS_FEATURE = '#docs';

/**
 * The row that counts how often rows were deleted (features whose counts fell
 * back to 0/0), in its `spam` column. A deleted row cannot be read by
 * generation, so the other instances learn of deletions through this row's
 * change and read the whole model again (FilterModel).
 */
export const FORGOTTEN_FEATURE = '#forgotten';

// Rows per INSERT: 4 parameters each stays far below SQLite's and PostgreSQL's parameter limits.
const UPSERT_CHUNK = 400;

/** Rows of the model changed after `generation` (all of them for -1). */
export async function readFeatureChanges(db: Kysely<Database>, generation: number): Promise<SpamFeaturesTable[]> {
  const rows = await db.selectFrom('spam_features').selectAll().where('generation', '>', generation).execute();
  return rows.map((row) => ({ feature: row.feature, spam: Number(row.spam), ham: Number(row.ham), generation: Number(row.generation) }));
}

/** What a comment taught the filter so far, if anything. */
export async function findTraining(db: Kysely<Database> | Transaction<Database>, commentId: string): Promise<{ label: 'spam' | 'ham'; features: string[] } | undefined> {
  const row = await db.selectFrom('spam_training').select(['label', 'features']).where('comment_id', '=', commentId).executeTakeFirst();
  return row && { label: row.label, features: JSON.parse(row.features) as string[] };
}

/** A change of one comment's training: what to take back and what to add. */
export interface TrainingChange {
  commentId: string;
  /** The label and features the comment should count with from now on; null to count no more. */
  next: { label: 'spam' | 'ham'; features: string[] } | null;
  now: Date;
}

/**
 * Applies one comment's training in one transaction. The first statement
 * raises the model's generation on the totals row, which locks it: trainers
 * on other instances wait here, so each reads the comment's previous training
 * only after the one before has committed, and no decision counts twice.
 * Returns false when nothing changed.
 */
export async function applyTraining(db: Kysely<Database>, change: TrainingChange): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const { generation } = await trx
      .updateTable('spam_features')
      .set((eb) => ({ generation: eb('generation', '+', 1) }))
      .where('feature', '=', TOTALS_FEATURE)
      .returning('generation')
      .executeTakeFirstOrThrow();
    const previous = await findTraining(trx, change.commentId);
    const next = change.next;
    if (previous?.label === next?.label && sameSet(previous?.features ?? [], next?.features ?? [])) return false;
    const deltas = new Map<string, { spam: number; ham: number }>();
    const count = (features: string[], label: 'spam' | 'ham', by: number) => {
      for (const feature of [TOTALS_FEATURE, ...new Set(features)]) {
        const delta = deltas.get(feature) ?? { spam: 0, ham: 0 };
        delta[label] += by;
        deltas.set(feature, delta);
      }
    };
    if (previous) count(previous.features, previous.label, -1);
    if (next) count(next.features, next.label, 1);
    const rows = [...deltas].filter(([, d]) => d.spam !== 0 || d.ham !== 0).map(([feature, d]) => ({ feature, spam: d.spam, ham: d.ham, generation: Number(generation) }));
    for (let i = 0; i < rows.length; i += UPSERT_CHUNK) {
      await trx
        .insertInto('spam_features')
        .values(rows.slice(i, i + UPSERT_CHUNK))
        .onConflict((oc) =>
          oc.column('feature').doUpdateSet((eb) => ({
            spam: eb('spam_features.spam', '+', eb.ref('excluded.spam')),
            ham: eb('spam_features.ham', '+', eb.ref('excluded.ham')),
            generation: eb.ref('excluded.generation'),
          })),
        )
        .execute();
    }
    await forgetEmptyFeatures(trx, [...deltas].filter(([feature, d]) => !feature.startsWith('#') && (d.spam < 0 || d.ham < 0)).map(([feature]) => feature), Number(generation));
    if (!next) await trx.deleteFrom('spam_training').where('comment_id', '=', change.commentId).execute();
    else {
      const values = { comment_id: change.commentId, label: next.label, features: JSON.stringify(next.features), trained_at: change.now.toISOString() };
      await trx
        .insertInto('spam_training')
        .values(values)
        .onConflict((oc) => oc.column('comment_id').doUpdateSet({ label: values.label, features: values.features, trained_at: values.trained_at }))
        .execute();
    }
    return true;
  });
}

/**
 * Deletes the rows of features that no learned comment contains any more
 * (0/0, after a comment was taken back), so their strings (words, name words)
 * do not stay in the database; and, if any went, counts that on the
 * FORGOTTEN_FEATURE row with the transaction's generation.
 */
async function forgetEmptyFeatures(trx: Transaction<Database>, lowered: string[], generation: number): Promise<void> {
  let deleted = 0;
  for (let i = 0; i < lowered.length; i += UPSERT_CHUNK) {
    const result = await trx
      .deleteFrom('spam_features')
      .where('feature', 'in', lowered.slice(i, i + UPSERT_CHUNK))
      .where('spam', '=', 0)
      .where('ham', '=', 0)
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  if (deleted === 0) return;
  await trx
    .insertInto('spam_features')
    .values({ feature: FORGOTTEN_FEATURE, spam: 1, ham: 0, generation })
    .onConflict((oc) => oc.column('feature').doUpdateSet((eb) => ({ spam: eb('spam_features.spam', '+', 1), generation: eb.ref('excluded.generation') })))
    .execute();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((item) => set.has(item));
}

/** Comments decided (published or spam) that the filter has neither judged nor learned from: older and imported ones. */
export async function findUnlearnedDecisions(db: Kysely<Database>, limit: number) {
  return db
    .selectFrom('comments')
    .select(['id', 'status', 'author_name', 'author_url', 'body_source', 'spam_assessment'])
    .where('status', 'in', ['approved', 'spam'])
    .where('spam_assessment', 'is', null)
    .where('deleted_at', 'is', null)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('spam_training').select('comment_id').whereRef('spam_training.comment_id', '=', 'comments.id'))))
    .orderBy('created_at')
    .limit(limit)
    .execute();
}
