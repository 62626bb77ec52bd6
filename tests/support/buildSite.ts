import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { childEnv } from './childEnv.ts';

const ASTRO = resolve('node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

/**
 * Runs a real `astro build` of this project in a child process, from any
 * content folder into its own output and cache folders, so several builds
 * can run side by side.
 */
export async function buildSite(options: { contentDir?: string; outDir?: string; env?: Record<string, string> } = {}): Promise<BuildResult> {
  const work = await mkdtemp(join(tmpdir(), 'klartext-build-'));
  const outDir = options.outDir ?? join(work, 'dist');
  const env = childEnv({
    KLARTEXT_CACHE_DIR: join(work, 'cache'),
    ...(options.contentDir ? { KLARTEXT_CONTENT_DIR: options.contentDir } : {}),
    ...options.env,
  });
  return oneBuildAtATime(
    () =>
      new Promise((done) => {
        const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', outDir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code) => done({ code: code ?? 1, output, outDir }));
      }),
  );
}

// Every build of this project writes the content module and asset maps into the
// project's own .astro/ folder (Astro has no setting for it), so two builds from
// different content folders at once, in two test workers, would read each
// other's maps. A lock directory lets one build run at a time.
const LOCK = join(tmpdir(), `klartext-build-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12)}.lock`);

async function oneBuildAtATime<T>(build: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      // A lock left by a crashed test run (its process is gone) is taken over.
      const holder = Number(await readFile(join(LOCK, 'pid'), 'utf8').catch(() => '0'));
      if (holder && !isAlive(holder)) await rm(LOCK, { recursive: true, force: true });
      await new Promise((wait) => setTimeout(wait, 200));
    }
  }
  try {
    await writeFile(join(LOCK, 'pid'), String(process.pid));
    return await build();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
