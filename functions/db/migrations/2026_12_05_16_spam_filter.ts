import { sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports application code.

/** The row of spam_features that carries the number of spam and ham comments learned (and the newest generation). */
const TOTALS = '#docs';

export async function up(db: Kysely<any>): Promise<void> {
  // The local spam filter's model: per feature (a word, a link domain, a clue), in how many spam and
  // ham comments it occurred. Training adds and subtracts with increments, so any number of instances
  // can train at once; `generation` tells an instance which rows changed since it last read them.
  await db.schema
    .createTable('spam_features')
    .addColumn('feature', 'text', (col) => col.primaryKey())
    .addColumn('spam', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('ham', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('generation', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('spam_features_generation').on('spam_features').column('generation').execute();
  await db.insertInto('spam_features').values({ feature: TOTALS, spam: 0, ham: 0, generation: 0 }).execute();

  // What each decided comment taught the filter, so a changed decision can be taken back exactly.
  await db.schema
    .createTable('spam_training')
    .addColumn('comment_id', 'text', (col) => col.primaryKey().references('comments.id').onDelete('cascade'))
    .addColumn('label', 'text', (col) => col.notNull().check(sql`label in ('spam', 'ham')`))
    // JSON array of the feature names counted for this comment.
    .addColumn('features', 'text', (col) => col.notNull())
    .addColumn('trained_at', 'text', (col) => col.notNull())
    .execute();

  // The filter's score and reasons at submission (JSON); null for comments it never judged (older or imported ones).
  await db.schema.alterTable('comments').addColumn('spam_assessment', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('comments').dropColumn('spam_assessment').execute();
  await db.schema.dropTable('spam_training').execute();
  await db.schema.dropTable('spam_features').execute();
}
