import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * One test run per checkout at a time: every run's global setup deletes and rebuilds the shared
 * folders under `.test-dist/` (the sample site, fixture builds, project copies), so a second
 * `vitest run` started beside a first would pull the built site from under the first's servers
 * (they answer 404 "unknown post" for a while). The lock file holds the owning run's process id;
 * a lock whose process is gone (a run that was killed) is taken over.
 * Resolves with the function that releases the lock.
 */
export async function claimTestRun(dir: string, pid = process.pid): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'run.pid');
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(file, String(pid), { flag: 'wx' });
      return async () => {
        if ((await readFile(file, 'utf8').catch(() => '')) === String(pid)) await unlink(file);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
    }
    const owner = Number(await readFile(file, 'utf8').catch(() => ''));
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
      throw new Error(`Ein anderer Testlauf (Prozess ${owner}) benutzt ${dir}: er baut die Beispielseite neu, während dieser Lauf sie liest. Warten Sie, bis er fertig ist, oder testen Sie in einem eigenen Checkout.`);
    }
    await unlink(file).catch(() => {});
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
