import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServices, type RunningServices } from '../../../functions/app/createServices.ts';
import { parseServiceConfig } from '../../../functions/config/serviceConfig.ts';
import { purgeExpiredData } from '../../../functions/privacy/purge.ts';
import { countSubmission } from '../../../functions/spam/rateLimitQueries.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../../support/testDatabase.ts';
import { TEST_SECRET } from '../../support/siteServer.ts';
import { strings } from '../../../src/strings.ts';

const run = promisify(execFile);
const DAY = 24 * 60 * 60 * 1000;

function row(id: string, createdAt: Date) {
  return {
    id,
    post_slug: 'p',
    parent_id: null,
    author_name: 'A',
    author_email: 'a@example.org',
    author_url: null,
    body_source: id,
    body_html: `<p>${id}</p>`,
    status: 'approved' as const,
    spam_reasons: '[]',
    notify: 0,
    ip_hash: `hash-${id}`,
    user_agent: 'UA',
    fingerprint: `fp-${id}`,
    created_at: createdAt.toISOString(),
    updated_at: createdAt.toISOString(),
  };
}

describe.each(DATABASE_KINDS)('privacy/purge on %s', (kind) => {
  let database: TestDatabase;
  let services: RunningServices;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    services = await createServices(parseServiceConfig({ DATABASE_URL: database.url, SITE_DIR: inject('siteDir'), SECRET: TEST_SECRET }));
  });
  afterAll(async () => {
    await services?.close();
    await database?.drop();
  });

  it('deletes IP hashes and user agents older than the retention period, keeps the comments, and drops ended rate-limit windows', async () => {
    const now = new Date('2026-06-30T12:00:00Z');
    await services.db.insertInto('comments').values([row('alt', new Date(now.getTime() - 31 * DAY)), row('neu', new Date(now.getTime() - 29 * DAY))]).execute();
    const report = (id: string, age: number) => ({ id, comment_id: 'neu', reason: 'insult', reporter_hash: `net-${id}`, created_at: new Date(now.getTime() - age * DAY).toISOString() });
    await services.db.insertInto('reports').values([report('r-alt', 31), report('r-neu', 1)]).execute();
    await countSubmission(services.db, 'ip:old', Math.floor((now.getTime() - DAY) / 60_000));
    await countSubmission(services.db, 'ip:current', Math.floor(now.getTime() / 60_000 / 10) * 10);

    const result = await purgeExpiredData(services.db, { now, retentionDays: 30, rateLimitWindowMs: 600_000 });
    expect(result).toEqual({ comments: 1, reports: 1, rateLimits: 1 });
    const rows = await services.db.selectFrom('comments').select(['id', 'ip_hash', 'user_agent']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'alt', ip_hash: null, user_agent: null },
      { id: 'neu', ip_hash: 'hash-neu', user_agent: 'UA' },
    ]);
    expect((await services.db.selectFrom('rate_limits').select('key').execute()).map((r) => r.key)).toEqual(['ip:current']);
    // The report stays (moderators see the count), the reporter's network goes.
    expect(await services.db.selectFrom('reports').select(['id', 'reporter_hash']).orderBy('id').execute()).toEqual([
      { id: 'r-alt', reporter_hash: null },
      { id: 'r-neu', reporter_hash: 'net-r-neu' },
    ]);
    expect(await purgeExpiredData(services.db, { now, retentionDays: 30, rateLimitWindowMs: 600_000 })).toEqual({ comments: 0, reports: 0, rateLimits: 0 });
  });
});

describe('npm run migrate and npm run purge', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'klartext-cli-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('migrate creates the schema once, keeping a generated SECRET under DATA_DIR', async () => {
    const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'k.db')}`, DATA_DIR: join(dir, 'data'), SECRET: '' };
    const first = await run('node', ['scripts/migrate.ts'], { env });
    expect(first.stdout).toContain('2026_11_25_01_comments');
    const second = await run('node', ['scripts/migrate.ts'], { env });
    expect(second.stdout).toContain('aktuell');
    expect((await readFile(join(dir, 'data', 'secret'), 'utf8')).trim().length).toBeGreaterThanOrEqual(32);
    const purge = await run('node', ['scripts/purge.ts'], { env });
    expect(purge.stdout).toContain(strings.purge.personal(0, 0, 30, 0));
  });

  it('names the variable when the configuration is wrong', async () => {
    const error = await run('node', ['scripts/migrate.ts'], { env: { ...process.env, DATABASE_URL: 'mysql://nein', DATA_DIR: join(dir, 'data') } }).catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stderr).toContain('DATABASE_URL');
  });
});
