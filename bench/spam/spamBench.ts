/**
 * `npm run bench -- spam`: the local spam filter trained and judged through
 * the real API, as `npm start` runs it (bench/api/benchServer.ts, own process),
 * on a fresh SQLite file, without Akismet (nothing leaves the machine).
 *
 * 1. Training: a moderator (real session and CSRF token) decides on one half
 *    of the synthetic corpus (bench/spam/corpus.ts): every message is POSTed
 *    as a reader would, then marked spam or approved.
 * 2. Test: the other half is POSTed; the statuses it gets are the filter's
 *    verdicts (COMMENT_AUTO_APPROVE=always, so confident ham is published).
 * 3. Time: the filter's stage alone, in-process (p50/p99); each POST of the
 *    test half against the same POSTs to a server without the filter; and
 *    POST throughput with autocannon on both servers. The server without the
 *    filter is today's pipeline sorting automatically: SPAM_FILTER=akismet
 *    with the filter switched off, asking a local Akismet stand-in that knows
 *    every label (bench/spam/akismetOracle.ts). So both servers publish ham,
 *    file spam and mail the same moderator about what waits, and the ratio
 *    is the filter's cost, not the cost of what its verdicts cause.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type autocannon from 'autocannon';
import { createServices } from '../../functions/app/createServices.ts';
import { parseServiceConfig, SPAM_FILTER_DEFAULTS } from '../../functions/config/serviceConfig.ts';
import { addModerator, setModeratorPassword } from '../../functions/moderation/moderators.ts';
import { issueToken } from '../../functions/spam/timeTrap.ts';
import { startServer, stopServer } from '../api/childServer.ts';
import { median, percentile } from '../moderation/stats.ts';
import { readCorpus, shuffled, splitCorpus, type CorpusMessage } from './corpus.ts';
import { sortingMetrics, withThresholds, type Outcome } from './metrics.ts';
import { parseSpamOptions } from './options.ts';
import { formatSpamReport, type StatusCounts } from './report.ts';
import { runLoad } from '../loadRun.ts';
import { loginModerator, type ModeratorSession } from '../moderatorLogin.ts';
import { writeBenchSite } from '../benchSite.ts';

const POST_ID = 'bench-artikel';
const SECRET = 'bench-secret-0123456789-abcdefghijklmnopq';
const MODERATOR = 'moderatorin@example.org';
const PASSWORD = 'Ein langes Passwort für den Benchmark 2026';
/** Repetitions of the in-process timing per test message (after one warm-up pass). */
const TIMING_ROUNDS = 5;

type Session = ModeratorSession;
const login = (url: string): Promise<Session> => loginModerator(url, MODERATOR, PASSWORD);

// The form was handed out 20 s to 10 min before: the same spread for spam and ham, so the
// time-trap age tells the filter nothing here (real bots are often faster; this does not count on it).
const formAge = (i: number) => 20_000 + ((i * 7919) % 580_000);

function submission(message: CorpusMessage, i: number): Record<string, unknown> {
  return {
    post: POST_ID,
    name: message.name,
    email: `leser${i}@example.org`,
    url: message.url ?? undefined,
    body: message.body,
    token: issueToken(SECRET, POST_ID, new Date(Date.now() - formAge(i))),
  };
}

async function submit(url: string, message: CorpusMessage, i: number): Promise<{ id: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${url}/api/comments`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(submission(message, i)) });
  const ms = performance.now() - started;
  if (res.status !== 201) throw new Error(`POST ${i} failed: ${res.status} ${await res.text()}`);
  return { id: ((await res.json()) as { id: string }).id, ms };
}

async function decide(session: Session, id: string, action: 'spam' | 'approve'): Promise<void> {
  const res = await fetch(`${session.url}/api/moderation/comments/${id}/${action}`, {
    method: 'POST',
    headers: { Cookie: session.cookie, Origin: session.url, 'Sec-Fetch-Site': 'same-origin', 'X-CSRF-Token': session.csrfToken },
  });
  if (res.status !== 200) throw new Error(`${action} of ${id} failed: ${res.status} ${await res.text()}`);
}

async function addBenchModerator(env: Record<string, string>): Promise<void> {
  const setup = await createServices(parseServiceConfig(env));
  try {
    const moderator = await addModerator(setup.db, MODERATOR, 'Moderatorin', new Date());
    await setModeratorPassword(setup.db, moderator!.id, PASSWORD, new Date());
  } finally {
    await setup.close();
  }
}

/** Statuses of the comments stored since `since` (the throughput run's). */
async function countStatuses(env: Record<string, string>, since: Date): Promise<StatusCounts> {
  const services = await createServices(parseServiceConfig(env));
  try {
    const rows = await services.db.selectFrom('comments').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).where('created_at', '>=', since.toISOString()).groupBy('status').execute();
    const counts: StatusCounts = { approved: 0, pending: 0, spam: 0 };
    for (const row of rows) if (row.status in counts) counts[row.status as keyof StatusCounts] = Number(row.n);
    return counts;
  } finally {
    await services.close();
  }
}

/** autocannon POSTs of distinct comments (test-half texts, numbered); req/s and latency. */
async function postThroughput(url: string, test: CorpusMessage[], options: { posts: number; connections: number }, offset: number) {
  let n = offset;
  const { result, rps } = await runLoad({
    url,
    connections: options.connections,
    amount: options.posts,
    requests: [
      {
        method: 'POST',
        path: '/api/comments',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        setupRequest: (request: autocannon.Request) => {
          n++;
          const message = test[n % test.length]!;
          return { ...request, body: JSON.stringify({ ...submission(message, n), body: `${message.body} (${n})` }) };
        },
      },
    ],
  });
  return { rps, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

/** Runs the spam benchmark; resolves with the exit code. */
export async function runSpamBench(args: readonly string[]): Promise<number> {
  const options = parseSpamOptions(args);
  const work = await mkdtemp(join(tmpdir(), 'klartext-bench-spam-'));
  const servers: ChildProcess[] = [];
  try {
    const siteDir = await writeBenchSite(work, POST_ID);
    const base = { SITE_DIR: siteDir, DATA_DIR: work, SECRET, AKISMET_KEY: '', SMTP_URL: '', COMMENT_AUTO_APPROVE: 'always', RATE_LIMIT_MAX: '1000000' };
    const oracle = await startServer('akismet-oracle', {});
    servers.push(oracle.child);
    const filterEnv = { ...base, DATABASE_URL: `file:${join(work, 'filter.db')}`, SPAM_FILTER: 'local' };
    const baselineEnv = { ...base, DATABASE_URL: `file:${join(work, 'baseline.db')}`, SPAM_FILTER: 'akismet', BENCH_SPAM_FILTER_OFF: '1', AKISMET_KEY: 'bench-key', AKISMET_ENDPOINT: oracle.url };
    // Both sites have the same moderator, who gets a mail for every comment left waiting.
    for (const env of [filterEnv, baselineEnv]) await addBenchModerator(env);

    const files = readCorpus();
    const { train, test } = splitCorpus(files, options.swapped);
    const filter = await startServer('klartext', filterEnv);
    servers.push(filter.child);
    const session = await login(filter.url);

    console.log(`Corpus: ${files.flat().length} synthetic messages; training on ${train.length} (${train.filter((m) => m.label === 'spam').length} spam), testing on ${test.length} (${test.filter((m) => m.label === 'spam').length} spam).`);
    const trainStarted = performance.now();
    for (const [i, message] of shuffled(train).entries()) {
      const { id } = await submit(filter.url, message, i);
      await decide(session, id, message.label === 'spam' ? 'spam' : 'approve');
    }
    console.log(`Trained through the API in ${((performance.now() - trainStarted) / 1000).toFixed(1)} s.`);

    const submitted: Array<{ id: string; message: CorpusMessage; ms: number }> = [];
    for (const [i, message] of test.entries()) submitted.push({ ...(await submit(filter.url, message, 100_000 + i)), message });

    // The verdicts and scores as stored, and the filter stage timed in this process on the same database.
    const reader = await createServices(parseServiceConfig(filterEnv));
    let outcomes: Outcome[];
    const stageMs: number[] = [];
    try {
      const rows = await reader.db.selectFrom('comments').select(['id', 'status', 'spam_assessment']).where('id', 'in', submitted.map((s) => s.id)).execute();
      const byId = new Map(rows.map((row) => [row.id, row]));
      outcomes = submitted.map(({ id, message }) => {
        const row = byId.get(id)!;
        return { label: message.label, lang: message.lang, status: row.status, score: (JSON.parse(row.spam_assessment!) as { score: number }).score };
      });
      for (let round = 0; round <= TIMING_ROUNDS; round++) {
        for (const [i, { message }] of submitted.entries()) {
          const started = performance.now();
          await reader.spamFilter({ name: message.name, url: message.url, body: message.body, formAgeMs: formAge(i) });
          if (round > 0) stageMs.push(performance.now() - started);
        }
      }
    } finally {
      await reader.close();
    }

    const baseline = await startServer('klartext', baselineEnv);
    servers.push(baseline.child);
    const baselineMs: number[] = [];
    for (const [i, message] of test.entries()) baselineMs.push((await submit(baseline.url, message, 100_000 + i)).ms);
    const filterMs = submitted.map((s) => s.ms);

    console.log(`Throughput: ${options.posts} POSTs per server, ${options.connections} connections (baseline first).`);
    const throughputStarted = new Date();
    const baselineRun = await postThroughput(baseline.url, test, options, 200_000);
    const filterRun = await postThroughput(filter.url, test, options, 200_000);

    const statuses = { filter: await countStatuses(filterEnv, throughputStarted), baseline: await countStatuses(baselineEnv, throughputStarted) };
    console.log(
      formatSpamReport({
        metrics: sortingMetrics(outcomes),
        byLanguage: { de: sortingMetrics(outcomes.filter((o) => o.lang === 'de')), en: sortingMetrics(outcomes.filter((o) => o.lang === 'en')) },
        thresholds: { spam: SPAM_FILTER_DEFAULTS.spamThreshold, ham: SPAM_FILTER_DEFAULTS.hamThreshold },
        sweep: [0.8, 0.9, 0.95, 0.99].flatMap((spam) => [0.01, 0.05, 0.1, 0.2].map((ham) => ({ spam, ham, metrics: withThresholds(outcomes, spam, ham) }))),
        stage: { p50: median(stageMs), p99: percentile(stageMs, 99), n: stageMs.length },
        post: { filter: { p50: median(filterMs), p99: percentile(filterMs, 99) }, baseline: { p50: median(baselineMs), p99: percentile(baselineMs, 99) } },
        throughput: { filter: filterRun, baseline: baselineRun },
        statuses,
      }),
    );
    if (options.keep) console.log(`Kept: ${work}`);
    return 0;
  } finally {
    await Promise.all(servers.map(stopServer));
    if (!options.keep) await rm(work, { recursive: true, force: true });
  }
}
