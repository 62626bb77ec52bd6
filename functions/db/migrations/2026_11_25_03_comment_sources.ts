import type { Kysely } from 'kysely';

// Frozen in time: this file never imports application code.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('comment_sources')
    // 'wordpress' or 'disqus'.
    .addColumn('source', 'text', (col) => col.notNull())
    // WordPress: site and comment id ("alt.example.org#42"); Disqus: the post's dsq:id.
    .addColumn('source_id', 'text', (col) => col.notNull())
    // No foreign key: the row outlives a comment deleted here, so importing the file again does not bring it back.
    .addColumn('comment_id', 'text', (col) => col.notNull())
    .addColumn('imported_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('comment_sources_pk', ['source', 'source_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('comment_sources').execute();
}
