import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * `astro build --outDir <outDir>` of this project in a child process with
 * the server's environment (KLARTEXT_CONTENT_DIR, SITE_URL…); resolves with
 * the exit code and everything it printed (a failed fact-check gate names
 * file and field there).
 */
export function astroBuild(outDir: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => done({ code: 1, output: error.message }));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}
