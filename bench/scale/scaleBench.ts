/**
 * `npm run bench -- scale`: one self-hosted instance against three, all on
 * one PostgreSQL database in the same run (a throwaway cluster unless
 * --database names one). GET (list of 200) and POST throughput and p99; after
 * each phase: stored comments = 201 answers, mails sent = mails queued, no
 * comment or mail twice. On a 2-core machine three instances cannot be
 * faster: the point is correctness under concurrency.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../../functions/db/openDatabase.ts';
import { migrateToLatest } from '../../functions/db/migrate.ts';
import { addModerator, setModeratorPassword } from '../../functions/moderation/moderators.ts';
import { startPostgresCluster } from '../../tests/support/postgresCluster.ts';
import { parseOptions } from '../api/apiBench.ts';
import { startServer, stopServer } from '../api/childServer.ts';
import { seedComments } from '../api/seedComments.ts';
import { runLoad } from '../loadRun.ts';
import { writeBenchSite } from '../benchSite.ts';

const POST_ID = 'bench-artikel';
const SECRET = 'bench-secret-0123456789-abcdefghijklmnopq';

interface Run {
  rps: number;
  p99: number;
  created: number;
  non2xx: number;
  errors: number;
}

/** autocannon against every URL at once, the load split evenly; req/s summed, p99 the worst instance's. */
async function measure(urls: string[], make: (url: string, share: number) => autocannon.Options, count201 = false): Promise<Run> {
  let created = 0;
  const runs = await Promise.all(urls.map((url) => runLoad(make(url, urls.length), (status) => count201 && status === 201 && created++)));
  const results = runs.map((run) => run.result);
  return {
    rps: runs.reduce((sum, run) => sum + run.rps, 0),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    created,
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
  };
}

let counter = 0;
function postOptions(url: string, connections: number, amount: number): autocannon.Options {
  return {
    url,
    connections,
    amount,
    requests: [
      {
        method: 'POST',
        path: '/api/comments',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        setupRequest: (request: autocannon.Request) => {
          const n = ++counter;
          return { ...request, body: JSON.stringify({ post: POST_ID, name: `Leserin ${n}`, email: `leserin${n}@example.org`, body: `Kommentar Nummer ${n}: ein paar Sätze.` }) };
        },
      },
    ],
  };
}

/** Runs the scale benchmark; resolves with the exit code (1 when a count does not add up). */
export async function runScaleBench(args: readonly string[]): Promise<number> {
  const options = parseOptions(args, { duration: 5, connections: 12, posts: 600 });
  const work = await mkdtemp(join(tmpdir(), 'klartext-bench-scale-'));
  const cluster = options.database ? undefined : await startPostgresCluster();
  const servers: ChildProcess[] = [];
  try {
    const admin = cluster?.url ?? options.database!;
    const databaseUrl = await freshDatabase(admin);
    const siteDir = await writeBenchSite(work, POST_ID);
    const { db } = await openDatabase(databaseUrl, { poolMax: 2 });
    await migrateToLatest(db);
    await seedComments(db, POST_ID, 200);
    // One moderator: every pending comment queues one notice mail to them.
    const moderator = await addModerator(db, 'moderatorin@example.org', 'Moderatorin', new Date());
    await setModeratorPassword(db, moderator!.id, 'Ein langes Passwort für den Benchmark 2026!', new Date());

    const report: string[] = ['| instances | GET req/s | GET p99 | POST req/s | POST p99 | 201 | stored | mails queued | sent | .eml files | doubled |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
    const phases: Array<{ count: number; get: Run; post: Run }> = [];
    let ok = true;
    for (const count of [1, 3]) {
      const outbox = join(work, `data-${count}`);
      const env = { DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: '5', SITE_DIR: siteDir, DATA_DIR: outbox, SECRET, SMTP_URL: '', RATE_LIMIT_MAX: '1000000000', COMMENT_AUTO_APPROVE: 'never', AKISMET_KEY: '' };
      const started = await Promise.all(Array.from({ length: count }, () => startServer('klartext', env)));
      servers.push(...started.map((s) => s.child));
      const urls = started.map((s) => s.url);
      const beforeComments = await countRows(db, 'comments');
      const beforeMails = await countRows(db, 'outbox');
      const share = (n: number, parts: number) => Math.max(1, Math.floor(n / parts));
      await measure(urls, (url, parts) => ({ url: `${url}/api/comments?post=${POST_ID}`, connections: share(options.connections, parts), duration: 1 }));
      const get = await measure(urls, (url, parts) => ({ url: `${url}/api/comments?post=${POST_ID}`, connections: share(options.connections, parts), duration: options.duration }));
      const post = await measure(urls, (url, parts) => postOptions(url, share(options.connections, parts), share(options.posts, parts)), true);
      const stored = (await countRows(db, 'comments')) - beforeComments;
      const mails = (await waitForOutbox(db)) - beforeMails;
      const sent = Number((await db.selectFrom('outbox').select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'sent').executeTakeFirstOrThrow()).n) - beforeMails;
      const emlFiles = (await readdir(join(outbox, 'outbox')).catch(() => [])).filter((name) => name.endsWith('.eml')).length;
      const doubled = await doubledRows(db);
      await Promise.all(started.map((s) => stopServer(s.child)));
      const good = post.created === stored && sent === mails && emlFiles === sent && mails === stored && doubled === 0 && post.non2xx === 0;
      ok &&= good;
      phases.push({ count, get, post });
      report.push(`| ${count} | ${get.rps.toFixed(0)} | ${get.p99} ms | ${post.rps.toFixed(0)} | ${post.p99} ms | ${post.created} | ${stored} | ${mails} | ${sent} | ${emlFiles} | ${doubled}${good ? '' : ' ✗'} |`);
    }
    await db.destroy();
    const [one, three] = phases as [(typeof phases)[0], (typeof phases)[0]];
    console.log(report.join('\n'));
    console.log(`\nthree ÷ one: GET ${(three.get.rps / one.get.rps).toFixed(2)}×, POST ${(three.post.rps / one.post.rps).toFixed(2)}× (same machine, same database, same run; 2 cores shared with the client).`);
    console.log(ok ? '✓ stored comments = 201 answers, mails sent = mails queued, nothing doubled' : '✗ a count does not add up (see the table)');
    return ok ? 0 : 1;
  } finally {
    await Promise.all(servers.map(stopServer));
    cluster?.stop();
    await rm(work, { recursive: true, force: true });
  }
}

async function freshDatabase(adminUrl: string): Promise<string> {
  const name = `bench_scale_${Date.now()}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.href;
}

type Db = Awaited<ReturnType<typeof openDatabase>>['db'];

async function countRows(db: Db, table: 'comments' | 'outbox'): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Waits until no mail waits in the outbox; resolves with how many there are in all. */
async function waitForOutbox(db: Db): Promise<number> {
  for (let i = 0; i < 600; i++) {
    const waiting = await db.selectFrom('outbox').select('id').where('status', '!=', 'sent').limit(1).execute();
    if (waiting.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return countRows(db, 'outbox');
}

/** Comments stored twice (same fingerprint); a mail sent twice shows as more .eml files than mails. */
async function doubledRows(db: Db): Promise<number> {
  const comments = await sql<{ n: string }>`select count(*) as n from (select fingerprint from comments group by fingerprint having count(*) > 1) d`.execute(db);
  return Number(comments.rows[0]!.n);
}
