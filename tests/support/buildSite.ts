import { spawn } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { childEnv } from './childEnv.ts';
import { PROJECT_CONTENT, projectRoot } from './projectRoot.ts';

const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
const TEST_BUILDS = resolve('.test-dist/builds');

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

/**
 * Runs a real `astro build` of this project in a child process, from any
 * content folder into its own output and cache folders and in its own copy
 * of the project (projectRoot.ts), so builds in parallel test files never
 * share a folder.
 */
export async function buildSite(options: { contentDir?: string; outDir?: string; env?: Record<string, string> } = {}): Promise<BuildResult> {
  // Inside the project: Astro puts its prerender chunks into the output folder only when that folder is
  // below the working directory, otherwise into ./.astro/, where builds running side by side collide.
  await mkdir(TEST_BUILDS, { recursive: true });
  const work = await mkdtemp(join(TEST_BUILDS, 'build-'));
  const outDir = options.outDir ?? join(work, 'dist');
  const root = await projectRoot();
  const env = childEnv({
    KLARTEXT_CACHE_DIR: join(work, 'cache'),
    KLARTEXT_CONTENT_DIR: options.contentDir ?? PROJECT_CONTENT,
    ...options.env,
  });
  return new Promise((done) => {
    const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', outDir], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code: code ?? 1, output, outDir }));
  });
}
