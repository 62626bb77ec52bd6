import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '../support/childEnv.ts';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase.ts';

/** The code blocks of docs/deploy.md's self-hosting section: language, the rest of the fence line, and the text. */
function selfHostingBlocks(): Array<{ lang: string; info: string; text: string }> {
  const doc = readFileSync('docs/deploy.md', 'utf8');
  const start = doc.indexOf('\n## Selbst hosten');
  const end = doc.indexOf('\n## ', start + 1);
  const section = doc.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```(\S+)([^\n]*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, info: m[2]!.trim(), text: m[3]! }));
}

const blocks = selfHostingBlocks();
const shell = blocks.filter((block) => block.lang === 'sh' && block.info !== 'nicht-im-test');
const block = (needle: string) => {
  const found = shell.find((candidate) => candidate.text.includes(needle));
  if (!found) throw new Error(`docs/deploy.md: kein Befehl mit „${needle}“`);
  return found.text;
};

/** Every command of "## Selbst hosten" in docs/deploy.md runs here, or is named as one that cannot. */
describe('docs/deploy.md, section "Selbst hosten"', () => {
  const dir = mkdtempSync(join(tmpdir(), 'klartext-deploy-'));
  const dataDir = join(dir, 'data');
  const backupDir = join(dir, 'backup');
  let database: TestDatabase;

  beforeAll(async () => {
    mkdirSync(backupDir);
    database = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (script: string, env: Record<string, string>) => {
    const result = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { env: childEnv({ DATA_DIR: dataDir, BACKUP_DIR: backupDir, SECRET: '', SMTP_URL: '', DATABASE_URL: '', ...env }), encoding: 'utf8', timeout: 120_000 });
    expect(result.status, `${script}\n${result.stdout}\n${result.stderr}`).toBe(0);
  };

  it('names the commands that cannot run in a test (they install, start a server for good, or need systemd)', () => {
    const skipped = blocks.filter((b) => b.lang === 'sh' && b.info === 'nicht-im-test').flatMap((b) => b.text.trim().split('\n'));
    expect(skipped).toEqual([
      'npm ci',
      'npm start',
      'npm run build',
      'sudo systemctl daemon-reload',
      'sudo systemctl enable --now klartext',
      "DATABASE_URL='postgres://klartext:…@db.example:6543/klartext?sslmode=require' DATABASE_POOL_MAX=2 npm start",
    ]);
    expect(shell.length).toBe(3);
  });

  it('migrates a SQLite database and backs it up with the secret while it is in use', () => {
    run(block('npm run migrate'), {});
    run(block('sqlite3'), {});
    const tables = execFileSync('sqlite3', [join(backupDir, 'klartext.db'), "select count(*) from sqlite_master where name = 'comments'"], { encoding: 'utf8' });
    expect(tables.trim()).toBe('1');
    expect(readFileSync(join(backupDir, 'secret'), 'utf8')).toBe(readFileSync(join(dataDir, 'secret'), 'utf8'));
  });

  it('migrates PostgreSQL, dumps it and restores the dump', async () => {
    run(block('npm run migrate'), { DATABASE_URL: database.url });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query("insert into list_versions (post_slug, version) values ('gesichert', 7)");
      run(block('pg_dump').split('\n')[0]!, { DATABASE_URL: database.url });
      await client.query("update list_versions set version = 8 where post_slug = 'gesichert'");
      run(block('pg_restore').split('\n')[1]!, { DATABASE_URL: database.url });
      expect((await client.query("select version from list_versions where post_slug = 'gesichert'")).rows).toEqual([{ version: 7 }]);
    } finally {
      await client.end();
    }
  });

  it('has a systemd unit that systemd-analyze accepts', () => {
    const unit = blocks.find((b) => b.lang === 'ini')!.text.replaceAll('/srv/klartext', resolve('.'));
    const file = join(dir, 'klartext.service');
    writeFileSync(file, unit);
    const result = spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
  });
});
