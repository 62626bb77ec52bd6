import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimTestRun } from '../../support/testRunLock.ts';

describe('one test run per checkout', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'klartext-lock-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a second run while the first one lives, naming its process, and lets it in once released', async () => {
    const release = await claimTestRun(dir);
    // A second run in another process (this one stands for it with another id); the owner is alive.
    await expect(claimTestRun(dir, process.pid + 1)).rejects.toThrow(`Prozess ${process.pid}`);
    await release();
    const second = await claimTestRun(dir, process.pid + 1);
    expect(await readFile(join(dir, 'run.pid'), 'utf8')).toBe(String(process.pid + 1));
    await second();
  });

  it('takes over the lock of a run that was killed', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    await writeFile(join(dir, 'run.pid'), gone.stdout.trim());
    const release = await claimTestRun(dir);
    expect(await readFile(join(dir, 'run.pid'), 'utf8')).toBe(String(process.pid));
    await release();
  });

  it('does not remove a lock another run holds by now', async () => {
    const release = await claimTestRun(dir);
    await writeFile(join(dir, 'run.pid'), '1');
    await release();
    expect(await readFile(join(dir, 'run.pid'), 'utf8')).toBe('1');
  });
});
