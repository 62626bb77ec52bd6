/**
 * `npm run bench -- api`: the comment API on the self-hosted server, with
 * autocannon on loopback, against two floors measured in the same run — a
 * bare Hono server returning the same JSON for 200 comments from memory, and
 * a bare Hono "hello".
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createServices } from '../../functions/app/createServices.ts';
import { parseServiceConfig } from '../../functions/config/serviceConfig.ts';
import { countComments } from '../../functions/comments/queries.ts';
import { UsageError } from '../usageError.ts';
import { startServer, stopServer } from './childServer.ts';
import { seedComments } from './seedComments.ts';
import { formatApiReport, type Measurement } from './report.ts';
import { runLoad } from '../loadRun.ts';
import { writeBenchSite } from '../benchSite.ts';

const POST_ID = 'bench-artikel';
const SECRET = 'bench-secret-0123456789-abcdefghijklmnopq';

/** The options of the API and scale benchmarks. */
export interface Options {
  duration: number;
  connections: number;
  /** POSTs are a fixed number, so every 201 can be counted against the stored rows. */
  posts: number;
  database?: string;
}

/** Reads --duration, --connections, --posts and --database over `defaults`. */
export function parseOptions(args: readonly string[], defaults: Options = { duration: 10, connections: 10, posts: 5000 }): Options {
  const options: Options = { ...defaults };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (flag === '--duration' && Number(value) > 0) options.duration = Number(value);
    else if (flag === '--connections' && Number(value) > 0) options.connections = Number(value);
    else if (flag === '--posts' && Number(value) > 0) options.posts = Number(value);
    else if (flag === '--database' && value) options.database = value;
    else throw new UsageError(`Unknown or incomplete option: ${args.slice(i).join(' ')}`);
  }
  return options;
}

async function measure(label: string, options: autocannon.Options, count201 = false): Promise<Measurement> {
  let created = 0;
  const { result, rps } = await runLoad(options, (statusCode) => count201 && statusCode === 201 && created++);
  return { label, rps, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total, non2xx: result.non2xx, errors: result.errors + result.timeouts, created };
}

/** Runs the API benchmark; resolves with the exit code. */
export async function runApiBench(args: readonly string[]): Promise<number> {
  const options = parseOptions(args);
  const work = await mkdtemp(join(tmpdir(), 'klartext-bench-api-'));
  const servers: ChildProcess[] = [];
  try {
    const siteDir = await writeBenchSite(work, POST_ID);
    const env = {
      DATABASE_URL: options.database ?? `file:${join(work, 'bench.db')}`,
      SITE_DIR: siteDir,
      SECRET,
      // Lifted for the run: every request comes from 127.0.0.1.
      RATE_LIMIT_MAX: '1000000000',
      AKISMET_KEY: '',
    };
    const services = await createServices(parseServiceConfig(env));
    await seedComments(services.db, POST_ID, 200);
    await services.close();

    const klartext = await startServer('klartext', env);
    servers.push(klartext.child);
    const listUrl = `${klartext.url}/api/comments?post=${POST_ID}`;
    const listJson = await (await fetch(listUrl)).text();
    const jsonFile = join(work, 'comments.json');
    await writeFile(jsonFile, listJson);
    const sameJson = await startServer('same-json', { BENCH_JSON_FILE: jsonFile });
    const hello = await startServer('hello', {});
    servers.push(sameJson.child, hello.child);
    console.log(`GET list: ${(listJson.length / 1000).toFixed(1)} kB JSON, 200 comments; ${options.connections} connections, ${options.duration} s per run after a 2 s warm-up.\n`);

    const base = { connections: options.connections, duration: options.duration };
    const warm = (url: string, extra: Partial<autocannon.Options> = {}) => autocannon({ url, connections: options.connections, duration: 2, ...extra });
    await warm(`${hello.url}/`);
    const helloRun = await measure('bare Hono "hello"', { ...base, url: `${hello.url}/` });
    await warm(`${sameJson.url}/api/comments`);
    const sameJsonRun = await measure('bare Hono, same JSON from memory', { ...base, url: `${sameJson.url}/api/comments` });
    await warm(listUrl);
    const getRun = await measure('Klartext GET /api/comments', { ...base, url: listUrl });

    let n = 0;
    const postRequest = {
      method: 'POST' as const,
      path: '/api/comments',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      setupRequest: (request: autocannon.Request) => {
        n++;
        const body = JSON.stringify({ post: POST_ID, name: `Leserin ${n}`, email: `leserin${n}@example.org`, body: `Kommentar Nummer ${n}: ein paar Sätze mit *Betonung* und einem [Link](https://example.org/${n}).` });
        return { ...request, body };
      },
    };
    const before = await storedCount(env);
    const postRun = await measure('Klartext POST /api/comments', { connections: options.connections, amount: options.posts, url: klartext.url, requests: [postRequest] }, true);
    const after = await storedCount(env);

    console.log(formatApiReport({ hello: helloRun, sameJson: sameJsonRun, get: getRun, post: postRun, stored: after - before }));
    return 0;
  } finally {
    await Promise.all(servers.map(stopServer));
    await rm(work, { recursive: true, force: true });
  }
}

async function storedCount(env: Record<string, string>): Promise<number> {
  const services = await createServices(parseServiceConfig(env));
  try {
    return await countComments(services.db);
  } finally {
    await services.close();
  }
}
