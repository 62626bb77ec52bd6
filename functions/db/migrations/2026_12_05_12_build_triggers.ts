import type { Kysely } from 'kysely';

// Frozen in time: this file never imports application code.

export async function up(db: Kysely<any>): Promise<void> {
  // The scheduled posts whose build hook was called: the primary key lets exactly one
  // run of the scheduled function (on any instance) claim a post that fell due (issue 12).
  await db.schema
    .createTable('build_triggers')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('due_at', 'text', (col) => col.notNull())
    .addColumn('triggered_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('build_triggers').execute();
}
