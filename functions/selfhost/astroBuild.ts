import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** Astro's command line, found the way Node finds packages from the working folder (which may be a copy of the project below the checkout). */
function astroCli(): string {
  const manifest = createRequire(resolve('package.json')).resolve('astro/package.json');
  return join(dirname(manifest), 'bin/astro.mjs');
}

/**
 * `astro build --outDir <outDir>` of this project in a child process with
 * the server's environment (KLARTEXT_CONTENT_DIR, SITE_URL…); resolves with
 * the exit code and everything it printed (a failed fact-check gate names
 * file and field there).
 */
export function astroBuild(outDir: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [astroCli(), 'build', '--outDir', outDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => done({ code: 1, output: error.message }));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}
