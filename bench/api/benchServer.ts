/**
 * One server of the API benchmark, in its own process so it has a core to
 * itself while autocannon runs in the parent: `node bench/api/benchServer.ts
 * <klartext|same-json|hello|akismet-oracle>`. Prints its URL as the first line on stdout.
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { createApiApp } from '../../functions/app/createApiApp.ts';
import { createServices } from '../../functions/app/createServices.ts';
import { parseServiceConfig } from '../../functions/config/serviceConfig.ts';
import { createServerApp } from '../../functions/selfhost/createServerApp.ts';
import { listen } from '../../functions/selfhost/listen.ts';
import type { SpamFilterCheck } from '../../functions/spam/checkSpamFilter.ts';
import { akismetOracleApp } from '../spam/akismetOracle.ts';
import { readCorpus } from '../spam/corpus.ts';

const FILTER_OFF: SpamFilterCheck = {
  assessment: { score: 0.5, outcome: 'unsure', ready: false, clues: [], formAgeMs: null, learned: { spam: 0, ham: 0, needed: 0 } },
  stage: 'ask-akismet',
};

async function app(kind: string): Promise<Hono> {
  if (kind === 'klartext') {
    const config = parseServiceConfig(process.env);
    // The spam benchmark's baseline: today's pipeline, without the local filter's work.
    const overrides = process.env.BENCH_SPAM_FILTER_OFF ? { spamFilter: async () => FILTER_OFF } : {};
    return createServerApp({ siteRoot: config.siteDir, api: createApiApp(await createServices(config, overrides)) });
  }
  if (kind === 'same-json') {
    // The floor for this response: the same comments, held in memory, serialized by Hono.
    const body = JSON.parse(readFileSync(process.env.BENCH_JSON_FILE!, 'utf8')) as unknown;
    return new Hono().get('/api/comments', (c) => c.json(body));
  }
  if (kind === 'hello') return new Hono().get('*', (c) => c.text('hello'));
  // The spam benchmark's Akismet, answering with the corpus labels (bench/spam/akismetOracle.ts).
  if (kind === 'akismet-oracle') return akismetOracleApp(readCorpus().flat());
  throw new Error(`unknown server kind "${kind}"`);
}

const { url } = await listen(await app(process.argv[2] ?? ''), { port: 0, hostname: '127.0.0.1' });
console.log(url);
