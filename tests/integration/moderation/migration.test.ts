import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../functions/db/migrate.ts';
import { openDatabase, type OpenDatabase } from '../../../functions/db/openDatabase.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../../support/testDatabase.ts';

const TABLES = ['moderators', 'sessions', 'one_time_tokens', 'moderation_log', 'comment_edits', 'outbox', 'akismet_feedback', 'subscriptions', 'reports'] as const;

describe.each(DATABASE_KINDS)('moderation migration on %s', (kind) => {
  let database: TestDatabase;
  let open: OpenDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    open = await openDatabase(database.url);
  });
  afterAll(async () => {
    await open?.db.destroy();
    await database?.drop();
  });

  it('applies after the comments migration, creates every table and is skipped the second time', async () => {
    expect(await migrateToLatest(open.db)).toEqual(['2026_11_25_01_comments', '2026_11_25_02_moderation', '2026_11_25_03_comment_sources']);
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
