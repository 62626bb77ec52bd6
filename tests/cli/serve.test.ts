import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { strings } from '../../src/strings.ts';
import { childEnv } from '../support/childEnv.ts';

/** `npm run serve` (what `npm start` runs after the build) on the embedded defaults: a SQLite file and mail into a folder. */
describe('scripts/serve.ts on the embedded defaults', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'klartext-serve-'));
  let child: ChildProcess | undefined;
  let output = '';

  afterAll(() => {
    child?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts on SQLite under DATA_DIR, prints the link for the first moderator, and answers', async () => {
    child = spawn(process.execPath, ['scripts/serve.ts'], {
      // REBUILD_ON_SCHEDULE=false: the test run's shared build stays a plain folder (scheduled rebuilds: tests/integration/selfhost).
      env: childEnv({ DATA_DIR: dataDir, SITE_DIR: inject('siteDir'), PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', SMTP_URL: '', SECRET: '', REBUILD_ON_SCHEDULE: 'false' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Kein Start nach 60 s:\n${output}`)), 60_000);
      const check = () => {
        const match = /Klartext läuft auf (http:\/\/\S+?)\/ \(Datenbank: sqlite\)/.exec(output);
        if (match && output.includes('/moderation/passwort/?token=')) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child!.stdout!.on('data', check);
      child!.on('exit', (code) => reject(new Error(`beendet mit ${code}:\n${output}`)));
    });
    expect(output).toContain(strings.moderation.cli.firstStart('').split('\n')[0]);
    expect(await (await fetch(`${url}/api/health`)).json()).toMatchObject({ status: 'ok', database: 'sqlite' });
    expect((await fetch(`${url}/`)).status).toBe(200);
    // The SQLite file and the generated secret live under DATA_DIR.
    expect(readdirSync(dataDir).sort()).toEqual(expect.arrayContaining(['klartext.db', 'secret']));
  });
});
