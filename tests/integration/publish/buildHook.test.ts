import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../functions/db/openDatabase.ts';
import { postBuildHook, triggerDueBuilds } from '../../../functions/publish/triggerDueBuilds.ts';
import type { ScheduledEntry } from '../../../src/lib/schedule.ts';
import { startHookStandIn } from '../../support/hookStandIn.ts';
import { TEST_SECRET } from '../../support/siteServer.ts';
import { useOpenDatabase } from '../../support/testDatabase.ts';

const NOW = new Date('2026-12-05T12:00:00Z');
const SCHEDULE: ScheduledEntry[] = [
  { key: 'a'.repeat(32), at: '2026-12-05T06:00:00.000Z' },
  { key: 'b'.repeat(32), at: '2026-12-05T11:59:00.000Z' },
  { key: 'c'.repeat(32), at: '2026-12-06T06:00:00.000Z' },
];

describe('scheduled posts on Netlify: the build hook on PostgreSQL', () => {
  const database = useOpenDatabase('postgres');
  let hook: Awaited<ReturnType<typeof startHookStandIn>>;

  beforeAll(async () => {
    hook = await startHookStandIn();
  });
  afterAll(async () => {
    await hook?.close();
  });
  beforeEach(async () => {
    hook.calls.length = 0;
    hook.status = 200;
    await database.db.deleteFrom('build_triggers').execute();
  });

  it('calls the hook once per post that fell due, though three instances run at once and again later', async () => {
    // Three instances, each with its own connection pool, as three function invocations would have.
    const instances = await Promise.all([1, 2, 3].map(() => openDatabase(database.url, { poolMax: 2 })));
    try {
      const run = () => Promise.all(instances.map(({ db }) => triggerDueBuilds(db, SCHEDULE, NOW, () => postBuildHook(hook.url))));
      const calls = await run();
      expect(calls.reduce((sum, n) => sum + n, 0)).toBe(2);
      await run();
      expect(hook.calls).toEqual(['POST /build_hooks/abc123', 'POST /build_hooks/abc123']);
    } finally {
      await Promise.all(instances.map(({ db }) => db.destroy()));
    }
  });

  it('tries a failed call again on the next run', async () => {
    hook.status = 500;
    await expect(triggerDueBuilds(database.db, SCHEDULE.slice(0, 1), NOW, () => postBuildHook(hook.url))).rejects.toThrow('Build-Hook antwortet 500');
    hook.status = 200;
    expect(await triggerDueBuilds(database.db, SCHEDULE.slice(0, 1), NOW, () => postBuildHook(hook.url))).toBe(1);
    expect(hook.calls).toHaveLength(2);
  });

  it('is called by the scheduled function (functions/maintenance.ts) from the deployed build’s schedule', async () => {
    const siteDir = mkdtempSync(join(tmpdir(), 'klartext-site-'));
    const saved = { ...process.env };
    try {
      const due = new Date(Date.now() - 60_000).toISOString();
      const later = new Date(Date.now() + 86_400_000).toISOString();
      writeFileSync(join(siteDir, 'schedule.json'), JSON.stringify({ scheduled: [{ key: 'd'.repeat(32), at: due }, { key: 'e'.repeat(32), at: later }] }));
      Object.assign(process.env, { DATABASE_URL: database.url, SITE_DIR: siteDir, SECRET: TEST_SECRET, SITE_URL: 'https://klartext.example', SMTP_URL: '', BUILD_HOOK_URL: hook.url });
      const { default: maintenance } = await import('../../../functions/maintenance.ts');
      expect((await maintenance()).status).toBe(204);
      expect((await maintenance()).status).toBe(204);
      expect(hook.calls).toEqual(['POST /build_hooks/abc123']);
    } finally {
      process.env = saved;
      rmSync(siteDir, { recursive: true, force: true });
    }
  });
});
