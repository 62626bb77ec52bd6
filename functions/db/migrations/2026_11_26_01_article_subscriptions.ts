import { sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports application code.

export async function up(db: Kysely<any>): Promise<void> {
  // Set when a comment's subscribers were mailed (its first approval), so that
  // approve → reject → approve never mails them twice.
  await db.schema.alterTable('comments').addColumn('notified_at', 'text').execute();
  // Comments published before this migration were announced (replies) or predate article subscriptions.
  await db.updateTable('comments').set({ notified_at: sql.ref('updated_at') }).where('status', '=', 'approved').execute();
  // One subscription to all comments of an article per address: subscribing twice changes nothing.
  await db.schema
    .createIndex('subscriptions_article_email')
    .unique()
    .on('subscriptions')
    .columns(['post_slug', 'email'])
    .where(sql.ref('comment_id'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('subscriptions_article_email').execute();
  await db.schema.alterTable('comments').dropColumn('notified_at').execute();
}
