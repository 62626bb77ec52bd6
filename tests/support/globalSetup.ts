import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './buildSite.ts';

/** Builds the sample site once for every test that reads or serves it. */
export default async function setup(project: TestProject) {
  // A fresh machine lacks Chromium; the same script CI uses installs it.
  execFileSync('bash', ['scripts/install-system-deps.sh'], { stdio: 'inherit' });
  const outDir = resolve('.test-dist/site');
  await rm(outDir, { recursive: true, force: true });
  const result = await buildSite({ outDir });
  if (result.code !== 0) throw new Error(`Der Build der Beispielseite ist fehlgeschlagen:\n${result.output}`);
  project.provide('siteDir', outDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}
