import { sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports application code.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('comments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('post_slug', 'text', (col) => col.notNull())
    .addColumn('parent_id', 'text', (col) => col.references('comments.id').onDelete('set null'))
    .addColumn('author_name', 'text', (col) => col.notNull())
    .addColumn('author_email', 'text', (col) => col.notNull())
    .addColumn('author_url', 'text')
    .addColumn('body_source', 'text', (col) => col.notNull())
    .addColumn('body_html', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('pending', 'approved', 'rejected', 'spam')`))
    .addColumn('spam_reasons', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('notify', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('ip_hash', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('fingerprint', 'text', (col) => col.notNull().unique())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('comments_post_status_created').on('comments').columns(['post_slug', 'status', 'created_at']).execute();
  await db.schema.createIndex('comments_email_status').on('comments').columns(['author_email', 'status']).execute();
  await db.schema.createIndex('comments_created').on('comments').column('created_at').execute();

  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (col) => col.notNull())
    // Minutes since the epoch: fits a 32-bit integer on both databases for millennia.
    .addColumn('window_start', 'integer', (col) => col.notNull())
    .addColumn('count', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('rate_limits_pk', ['key', 'window_start'])
    .execute();
  await db.schema.createIndex('rate_limits_window').on('rate_limits').column('window_start').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limits').execute();
  await db.schema.dropTable('comments').execute();
}
