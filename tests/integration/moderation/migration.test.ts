import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../functions/db/migrationList.ts';
import { migrateToLatest, schemaIsCurrent } from '../../../functions/db/migrate.ts';
import { DATABASE_KINDS, useOpenDatabase } from '../../support/testDatabase.ts';

const TABLES = ['moderators', 'sessions', 'one_time_tokens', 'moderation_log', 'comment_edits', 'outbox', 'akismet_feedback', 'subscriptions', 'reports', 'list_versions', 'build_triggers', 'spam_training'] as const;

describe.each(DATABASE_KINDS)('moderation migration on %s', (kind) => {
  const open = useOpenDatabase(kind, { migrate: false });

  it('applies after the comments migration, creates every table and is skipped the second time', async () => {
    expect(await migrateToLatest(open.db)).toEqual(['2026_11_25_01_comments', '2026_11_25_02_moderation', '2026_11_25_03_comment_sources', '2026_11_26_01_article_subscriptions', '2026_12_05_12_build_triggers', '2026_12_05_12_list_versions', '2026_12_05_15_reader_edits', '2026_12_05_16_spam_filter', '2026_12_05_17_comment_threads']);
    for (const table of TABLES) expect(await open.db.selectFrom(table).selectAll().execute()).toEqual([]);
    expect(await migrateToLatest(open.db)).toEqual([]);
  });

  it('refuses a queued mail with an unknown status and a second moderator with the same e-mail', async () => {
    const stamp = new Date().toISOString();
    const mail = { id: 'm1', kind: 'test', recipient: 'a@example.org', subject: 's', text_body: 't', html_body: 'h', headers: '{}', attempts: 0, status: 'lost' as never, next_attempt_at: stamp, created_at: stamp };
    await expect(open.db.insertInto('outbox').values(mail).execute()).rejects.toThrow();
    const moderator = { name: 'A', email: 'a@example.org', created_at: stamp, updated_at: stamp };
    await open.db.insertInto('moderators').values({ id: 'a', ...moderator }).execute();
    await expect(open.db.insertInto('moderators').values({ id: 'b', ...moderator }).execute()).rejects.toThrow();
  });
});

describe.each(DATABASE_KINDS)('article subscriptions migration on %s', (kind) => {
  const open = useOpenDatabase(kind, { migrate: false });

  it('counts comments published before it as announced, so re-approving one mails nobody', async () => {
    const migrator = new Migrator({ db: open.db, provider: { getMigrations: async () => MIGRATIONS } });
    expect((await migrator.migrateTo('2026_11_25_03_comment_sources')).error).toBeUndefined();
    const comment = (id: string, status: string) => ({ id, post_slug: 'p', parent_id: null, author_name: 'A', author_email: 'a@example.org', author_url: null, body_source: id, body_html: id, status, spam_reasons: '[]', notify: 0, ip_hash: null, user_agent: null, fingerprint: id, created_at: '2026-11-01T00:00:00.000Z', updated_at: '2026-11-02T00:00:00.000Z' });
    await open.db.insertInto('comments').values([comment('alt-veroeffentlicht', 'approved'), comment('alt-wartend', 'pending')] as never).execute();
    expect((await migrator.migrateTo('2026_11_26_01_article_subscriptions')).error).toBeUndefined();
    const rows = await open.db.selectFrom('comments').select(['id', 'notified_at']).orderBy('id').execute();
    expect(rows).toEqual([{ id: 'alt-veroeffentlicht', notified_at: '2026-11-02T00:00:00.000Z' }, { id: 'alt-wartend', notified_at: null }]);
  });

  it('allows one subscription to a whole article per address, and any number to replies', async () => {
    const stamp = new Date().toISOString();
    await open.db.insertInto('comments').values({ id: 'c', post_slug: 'p', parent_id: null, author_name: 'A', author_email: 'a@example.org', author_url: null, body_source: 'c', body_html: 'c', status: 'approved', spam_reasons: '[]', notify: 1, ip_hash: null, user_agent: null, fingerprint: 'c', created_at: stamp, updated_at: stamp }).execute();
    const subscription = (id: string, commentId: string | null, post = 'p') => ({ id, email: 'leserin@example.org', post_slug: post, comment_id: commentId, confirmed_at: null, created_at: stamp });
    await open.db.insertInto('subscriptions').values([subscription('s1', null), subscription('s2', 'c'), subscription('s3', 'c'), subscription('s4', null, 'q')]).execute();
    await expect(open.db.insertInto('subscriptions').values(subscription('s5', null)).execute()).rejects.toThrow();
  });
});

describe.each(DATABASE_KINDS)('spam filter migration on %s', (kind) => {
  const open = useOpenDatabase(kind, { migrate: false });

  it('starts an empty model and rolls back to the schema before it', async () => {
    await migrateToLatest(open.db);
    expect(await open.db.selectFrom('spam_features').selectAll().execute()).toEqual([{ feature: '#docs', spam: 0, ham: 0, generation: 0 }]);
    const migrator = new Migrator({ db: open.db, provider: { getMigrations: async () => MIGRATIONS } });
    expect((await migrator.migrateTo('2026_12_05_15_reader_edits')).error).toBeUndefined();
    await expect(open.db.selectFrom('spam_features').selectAll().execute()).rejects.toThrow();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
  });
});

describe.each(DATABASE_KINDS)('the start-up check of the schema on %s', (kind) => {
  const open = useOpenDatabase(kind, { migrate: false });

  it('calls the schema current only when exactly the known migrations ran, and then leaves the Migrator out', async () => {
    expect(await schemaIsCurrent(open.db)).toBe(false);
    const migrator = new Migrator({ db: open.db, provider: { getMigrations: async () => MIGRATIONS } });
    expect((await migrator.migrateTo('2026_12_05_15_reader_edits')).error).toBeUndefined();
    expect(await schemaIsCurrent(open.db)).toBe(false);
    expect(await migrateToLatest(open.db)).toEqual(['2026_12_05_16_spam_filter', '2026_12_05_17_comment_threads']);
    expect(await schemaIsCurrent(open.db)).toBe(true);
    // The Migrator would make its lock table again; the current schema's start does not touch it.
    await sql`drop table kysely_migration_lock`.execute(open.db);
    expect(await migrateToLatest(open.db)).toEqual([]);
    await expect(sql`select * from kysely_migration_lock`.execute(open.db)).rejects.toThrow();
  });

  it('leaves a database that ran a migration this code does not know to the Migrator, which refuses it', async () => {
    await migrateToLatest(open.db);
    await open.db.insertInto('kysely_migration' as never).values({ name: '2099_01_01_01_from_a_newer_version', timestamp: new Date().toISOString() } as never).execute();
    expect(await schemaIsCurrent(open.db)).toBe(false);
    await expect(migrateToLatest(open.db)).rejects.toThrow(/Datenbank-Migration/);
  });
});
