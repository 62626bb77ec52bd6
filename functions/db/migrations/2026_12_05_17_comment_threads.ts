import type { Kysely } from 'kysely';

// Frozen in time: this file never imports application code.

/** The paged list walks from a page's threads to their replies by parent_id (issue 15). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('comments_parent').on('comments').column('parent_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('comments_parent').execute();
}
