import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { childEnv } from './childEnv.ts';
import { projectRoot } from './projectRoot.ts';

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * `astro dev` on a free loopback port, for what only the dev server shows
 * (drafts, the dashboard); with `cms`, `npm run cms`'s script, which adds the
 * browser editor. `--ignore-lock` lets it run beside a developer's own dev
 * server and keeps it in the foreground, where the test can stop it.
 */
export async function startDevServer(contentDir: string, { cms = false } = {}): Promise<{ url: string; close: () => void; log: () => string }> {
  const port = await freePort();
  // Its own copy of the project: Astro's .astro/ folder is per root (projectRoot.ts).
  const root = await projectRoot();
  const command = cms ? [resolve('scripts/cms.ts')] : [resolve('node_modules/astro/bin/astro.mjs'), 'dev'];
  const child = spawn(process.execPath, [...command, '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: root,
    env: childEnv({ KLARTEXT_CONTENT_DIR: contentDir, KLARTEXT_CACHE_DIR: `${contentDir}-cache` }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (/ready in/.test(output) && output.includes(`:${port}`)) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => fail(new Error(`astro dev exited with ${code}:\n${output}`)));
  });
  // "ready" comes before the first content sync ends: wait until the home page answers.
  for (let tries = 0; tries < 100 && (await fetch(url).then((r) => r.status, () => 0)) !== 200; tries++) {
    await new Promise((wait) => setTimeout(wait, 200));
  }
  return { url, close: () => child.kill('SIGTERM'), log: () => output };
}
