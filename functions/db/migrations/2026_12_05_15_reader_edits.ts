import type { Kysely } from 'kysely';

// Frozen in time: this file never imports application code.

export async function up(db: Kysely<any>): Promise<void> {
  // When the author last changed their comment within the edit window (issue 15); readers see „bearbeitet“.
  // A moderator's correction does not set it. The edit tokens themselves are never stored.
  await db.schema.alterTable('comments').addColumn('edited_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('comments').dropColumn('edited_at').execute();
}
