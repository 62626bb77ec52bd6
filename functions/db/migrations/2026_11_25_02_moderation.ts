import { sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports application code.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('moderators')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    // scrypt$N$r$p$salt$hash; null until the moderator has set a password.
    .addColumn('password_hash', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    // SHA-256 of the cookie value: a leaked table cannot be replayed as cookies.
    .addColumn('id_hash', 'text', (col) => col.primaryKey())
    .addColumn('moderator_id', 'text', (col) => col.notNull().references('moderators.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_seen_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sessions_moderator').on('sessions').column('moderator_id').execute();

  await db.schema
    .createTable('one_time_tokens')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('purpose', 'text', (col) => col.notNull())
    // What the token acts on: a moderator id, a comment id, a subscription id or an e-mail hash.
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('one_time_tokens_subject').on('one_time_tokens').columns(['purpose', 'subject']).execute();

  await db.schema
    .createTable('moderation_log')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('comment_id', 'text', (col) => col.notNull())
    .addColumn('moderator_id', 'text')
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('moderation_log_comment').on('moderation_log').columns(['comment_id', 'created_at']).execute();
  await db.schema.createIndex('moderation_log_created').on('moderation_log').column('created_at').execute();

  await db.schema
    .createTable('comment_edits')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('comment_id', 'text', (col) => col.notNull().references('comments.id').onDelete('cascade'))
    .addColumn('moderator_id', 'text')
    .addColumn('previous_source', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('comment_edits_comment').on('comment_edits').columns(['comment_id', 'created_at']).execute();

  await db.schema.alterTable('comments').addColumn('reject_reason', 'text').execute();
  // Set when a moderator deleted a comment that has replies: the row stays, its content is gone.
  await db.schema.alterTable('comments').addColumn('deleted_at', 'text').execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('recipient', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('text_body', 'text', (col) => col.notNull())
    .addColumn('html_body', 'text', (col) => col.notNull())
    // JSON object of extra headers (List-Unsubscribe …), built by the service, never from user input alone.
    .addColumn('headers', 'text', (col) => col.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('pending', 'sending', 'sent', 'failed')`))
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (col) => col.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();

  await db.schema
    .createTable('akismet_feedback')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('comment_id', 'text', (col) => col.notNull())
    .addColumn('verdict', 'text', (col) => col.notNull().check(sql`verdict in ('spam', 'ham')`))
    // The fields Akismet's submit-spam/submit-ham gets: the comment as it was submitted.
    .addColumn('fields', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('pending', 'sending', 'sent', 'failed')`))
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (col) => col.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('akismet_feedback_due').on('akismet_feedback').columns(['status', 'next_attempt_at']).execute();

  await db.schema
    .createTable('subscriptions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('post_slug', 'text', (col) => col.notNull())
    // Replies to this comment; null for every new comment on the article.
    .addColumn('comment_id', 'text', (col) => col.references('comments.id').onDelete('cascade'))
    .addColumn('confirmed_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('subscriptions_post').on('subscriptions').columns(['post_slug', 'comment_id']).execute();
  await db.schema.createIndex('subscriptions_email').on('subscriptions').column('email').execute();

  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('comment_id', 'text', (col) => col.notNull().references('comments.id').onDelete('cascade'))
    .addColumn('reason', 'text', (col) => col.notNull())
    // Keyed IP hash: one report per network and comment; purged with the other IP hashes.
    .addColumn('reporter_hash', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('reports_comment').on('reports').column('comment_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['reports', 'subscriptions', 'akismet_feedback', 'outbox', 'comment_edits', 'moderation_log', 'one_time_tokens', 'sessions', 'moderators']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('comments').dropColumn('deleted_at').execute();
  await db.schema.alterTable('comments').dropColumn('reject_reason').execute();
}
