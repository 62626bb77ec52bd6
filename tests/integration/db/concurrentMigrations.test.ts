import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../functions/db/migrationList.ts';
import { openDatabase } from '../../../functions/db/openDatabase.ts';
import { childEnv } from '../../support/childEnv.ts';
import { runScript } from '../../support/runScript.ts';
import { TEST_SECRET } from '../../support/siteServer.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../../support/testDatabase.ts';

const PROCESSES = 6;

/** Starts `count` processes on one database, waits until each has it open, then lets all migrate at once. */
async function migrateTogether(url: string, count: number): Promise<{ code: number; stdout: string; stderr: string }[]> {
  const children = Array.from({ length: count }, () => spawn(process.execPath, ['tests/support/migrateOnSignal.ts'], { env: childEnv({ DATABASE_URL: url }), stdio: ['pipe', 'pipe', 'pipe'] }));
  const outcomes = children.map(
    (child) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
      }),
  );
  await Promise.all(children.map((child) => new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve()))));
  for (const child of children) child.stdin.write('go\n');
  return Promise.all(outcomes);
}

describe.each(DATABASE_KINDS)('migrations started by several processes at once on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
  });

  it(`lets ${PROCESSES} processes migrate one empty database together: each succeeds, each migration runs once`, async () => {
    database = await createTestDatabase(kind);
    const outcomes = await migrateTogether(database.url, PROCESSES);
    expect(outcomes.map((outcome) => outcome.stderr)).toEqual(Array(PROCESSES).fill(''));
    expect(outcomes.map((outcome) => outcome.code)).toEqual(Array(PROCESSES).fill(0));
    const applied = outcomes.flatMap((outcome) => JSON.parse(outcome.stdout.split('\n')[1]!) as string[]);
    expect(applied.sort()).toEqual(Object.keys(MIGRATIONS).sort());
    const { db } = await openDatabase(database.url);
    try {
      expect(await db.selectFrom('moderators').selectAll().execute()).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it('starts `npm run migrate` and the moderator CLI at the same moment on an empty database', async () => {
    database = await createTestDatabase(kind);
    const env = { DATABASE_URL: database.url, SECRET: TEST_SECRET };
    const results = await Promise.all([runScript('migrate', [], env), runScript('moderator', ['list'], env), runScript('migrate', [], env), runScript('moderator', ['list'], env)]);
    expect(results.map((result) => result.stderr)).toEqual(['', '', '', '']);
    expect(results.map((result) => result.code)).toEqual([0, 0, 0, 0]);
  });
});
