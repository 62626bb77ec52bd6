import { spawn, type ChildProcess } from 'node:child_process';
import type { Kysely } from 'kysely';
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { inject } from 'vitest';
import { createServices } from '../../functions/app/createServices.ts';
import { parseServiceConfig } from '../../functions/config/serviceConfig.ts';
import type { Database } from '../../functions/db/schema.ts';
import { functionEntries } from '../../scripts/bundleFunctions.ts';
import { childEnv } from './childEnv.ts';
import { freePort } from './postgresCluster.ts';
import type { SiteServer } from './siteServer.ts';
import { TEST_SECRET } from './siteServer.ts';
import { createTestDatabase } from './testDatabase.ts';

/** The comment service as Netlify's local runtime serves it, plus the test's own handle on its database. */
export interface NetlifyFunctions extends SiteServer {
  /** Everything netlify-cli printed so far (for a failing test's message). */
  log: () => string;
}

const READY_TIMEOUT_MS = 120_000;

/**
 * Starts `netlify functions:serve --offline` (netlify-cli from node_modules, Node 24 first on PATH) on a
 * free port, the way Netlify builds and runs the functions: the project's netlify.toml, the bundle its build
 * command makes (scripts/bundleFunctions.ts), each function in a worker with Lambda's Node flags. It runs in a
 * throwaway project folder holding only netlify.toml, package.json, the bundle and the built site: no
 * node_modules, so a package the bundle failed to inline cannot load from the checkout either.
 * The database is a fresh PostgreSQL database; SITE_URL is the server's own address, so links in mails and
 * the moderation's Origin check point at it. `services` opens the same database in the test process (for
 * setting up moderators, reading rows); its caches are not the function's.
 */
export async function startNetlifyFunctions(siteDir: string, options: { env?: Record<string, string> } = {}): Promise<NetlifyFunctions> {
  const database = await createTestDatabase('postgres');
  const project = mkdtempSync(join(tmpdir(), 'klartext-netlify-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = { DATABASE_URL: database.url, SECRET: TEST_SECRET, SITE_URL: url, RATE_LIMIT_MAX: '100000', DATA_DIR: join(project, 'data'), ...options.env };
  let child: ChildProcess | undefined;
  let output = '';
  try {
    for (const file of ['netlify.toml', 'package.json']) copyFileSync(resolve(file), join(project, file));
    // What netlify.toml's build command makes (npm run bundle:functions), bundled once per run (globalSetup.ts).
    cpSync(inject('functionsDir'), join(project, 'dist-functions'), { recursive: true });
    cpSync(siteDir, join(project, 'dist'), { recursive: true });
    const bin = resolve('node_modules/.bin');
    // netlify-cli starts every call in a new worker thread, which compiles the 3 MB bundle again: the compile
    // cache of childEnv() saves about 40 ms of CPU per call there.
    const serveEnv = childEnv({ ...env, PATH: `${bin}:${process.env.PATH}`, NETLIFY_TELEMETRY_DISABLED: '1', NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0' });
    // netlify-cli starts each function worker with Lambda's --no-experimental-require-module unless
    // NODE_OPTIONS already names --experimental-require-module: an inherited one would hide the failure.
    delete serveEnv.NODE_OPTIONS;
    child = spawn(join(bin, 'netlify'), ['functions:serve', '--offline', '--port', String(port)], {
      cwd: project,
      env: serveEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    await ready(child, () => output, functionEntries().map((file) => basename(file, '.ts')));
    const services = await createServices(parseServiceConfig({ ...env, SITE_DIR: siteDir }));
    // A test's `services.queues.idle()` waits for the function's queues, not for the test process's own.
    const ownQueues = services.queues;
    services.queues = { kick: () => {}, idle: () => functionQueuesSettled(services.db) };
    return {
      url,
      services,
      log: () => output,
      close: async () => {
        await stop(child!);
        services.queues = ownQueues;
        await services.close();
        await database.drop();
        rmSync(project, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (child) await stop(child);
    await database.drop();
    rmSync(project, { recursive: true, force: true });
    throw error;
  }
}

const SETTLE_TIMEOUT_MS = 30_000;

/**
 * Resolves once the functions have worked off every due job: no mail or Akismet report is being sent or waits
 * for its first attempt. A function sends them after it answered (context.waitUntil), so the answer alone
 * does not say they are out; the rows in the database do. Rejects after SETTLE_TIMEOUT_MS, so that a job
 * the functions never take fails the test instead of hanging it.
 */
async function functionQueuesSettled(db: Kysely<Database>): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    const now = new Date().toISOString();
    let open = 0;
    for (const table of ['outbox', 'akismet_feedback'] as const) {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('open'))
        .where((eb) => eb.or([eb('status', '=', 'sending'), eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)])]))
        .executeTakeFirstOrThrow();
      open += Number(row.open);
    }
    if (open === 0) return;
    if (Date.now() > deadline) throw new Error(`Die Netlify-Funktionen haben ${open} fällige Aufträge (Mail, Akismet) nicht abgearbeitet.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves once netlify-cli says its server listens and every function is loaded (built); rejects if it exits first. */
function ready(child: ChildProcess, output: () => string, functions: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => fail(new Error(`netlify functions:serve wurde nicht bereit:\n${output()}`)), READY_TIMEOUT_MS);
    const check = () => {
      const text = output();
      if (text.includes('Local dev server ready') && functions.every((name) => text.includes(`Loaded function ${name}`))) done();
    };
    const exited = (code: number | null) => fail(new Error(`netlify functions:serve endete mit ${code}:\n${output()}`));
    const done = () => {
      cleanUp();
      resolvePromise();
    };
    const fail = (error: Error) => {
      cleanUp();
      reject(error);
    };
    const cleanUp = () => {
      clearTimeout(timer);
      child.stdout!.off('data', check);
      child.stderr!.off('data', check);
      child.off('exit', exited);
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.once('exit', exited);
  });
}

/** Ends netlify-cli and the workers it started (its process group), and waits until it is gone. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    process.kill(-child.pid!, 'SIGTERM');
  });
}
