import type { Kysely } from 'kysely';

// Frozen in time: this file never imports application code.

export async function up(db: Kysely<any>): Promise<void> {
  // One counter per post, raised after every change to its published comments. Each process
  // compares it with the version of its cached list, so a moderator's decision on one
  // instance shows on every other instance's next request (issue 12).
  await db.schema
    .createTable('list_versions')
    .addColumn('post_slug', 'text', (col) => col.primaryKey())
    .addColumn('version', 'integer', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('list_versions').execute();
}
