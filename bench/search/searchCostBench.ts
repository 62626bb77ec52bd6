/**
 * `npm run bench -- search-cost [--count N] [--rounds N]`: what one query
 * costs the server's CPU, ordinary queries against hostile ones (a
 * 200-letter word, a 50-word query), as a ratio. In one process, on an index
 * built in memory from the build benchmark's synthetic posts; every query is
 * new, so no memo hides the work. Target: hostile ≤ 3 × ordinary (median).
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { buildSearchIndex } from '../../src/lib/search/buildSearchIndex.ts';
import { createSearchEngine, type SearchEngine } from '../../src/lib/search/searchEngine.ts';
import type { SearchDocument } from '../../src/lib/search/searchDocuments.ts';
import { generateCorpus } from '../build/corpus.ts';
import { createRandom, type Random } from '../build/random.ts';
import { UsageError } from '../usageError.ts';
import { BENCH_QUERIES } from './queries.ts';

/** Usage text of the search-cost benchmark. */
export const SEARCH_COST_USAGE = 'npm run bench -- search-cost [--count N] [--rounds N]';
const TARGET_RATIO = 3;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function documentsOf(count: number): SearchDocument[] {
  return generateCorpus({ count, authorIds: ['lena-hoffmann'], now: new Date('2026-12-01T00:00:00Z') }).map((post) => ({
    id: post.slug,
    url: `/artikel/${post.slug}/`,
    title: post.title,
    lead: '',
    tags: [],
    category: 'Plattformen',
    author: 'Lena Hoffmann',
    headings: [],
    body: post.source.replace(/^---[\s\S]*?\n---\n/, ''),
    pubDate: new Date('2026-01-01T00:00:00Z'),
  }));
}

const word = (random: Random, length: number) => Array.from({ length }, () => random.pick([...LETTERS])).join('');

/** An ordinary query with one typo in a word of it, so typo tolerance runs (and the query is new). */
function ordinary(random: Random, round: number): string {
  const query = BENCH_QUERIES[round % BENCH_QUERIES.length]!;
  const at = 2 + Math.floor(random.next() * (query.length - 3));
  return query.slice(0, at) + random.pick([...LETTERS]) + query.slice(at + 1);
}

async function medianMs(engine: SearchEngine, queries: readonly string[]): Promise<number> {
  const times: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    await engine.search(query);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function runSearchCostBench(args: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { count: { type: 'string', default: '500' }, rounds: { type: 'string', default: '40' } } });
  const count = Number(values.count);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(rounds) || rounds < 1) throw new UsageError(SEARCH_COST_USAGE);
  const { files } = buildSearchIndex(documentsOf(count));
  const engine = createSearchEngine(async (path) => JSON.parse(files.get(path)!));
  const random = createRandom(17);
  // Warm-up: every term list and postings file the ordinary queries need is loaded, the JIT is warm.
  for (const query of BENCH_QUERIES) await engine.search(query);
  const normal = await medianMs(engine, Array.from({ length: rounds }, (_, i) => ordinary(random, i)));
  const cases = {
    'one 200-letter word': Array.from({ length: rounds }, () => word(random, 200)),
    '50 words of 24 letters (the 200 characters read)': Array.from({ length: rounds }, () => Array.from({ length: 50 }, () => word(random, 24)).join(' ')),
    '50 words of 5 letters': Array.from({ length: rounds }, () => Array.from({ length: 50 }, () => word(random, 5)).join(' ')),
  };
  console.log(`Search cost, ${count} synthetic posts, median of ${rounds} new queries each`);
  console.log(`  ordinary queries with one typo: ${normal.toFixed(2)} ms`);
  for (const [name, queries] of Object.entries(cases)) {
    const ms = await medianMs(engine, queries);
    const ratio = ms / normal;
    console.log(`  ${ratio <= TARGET_RATIO ? '✓' : '✗'} ${name}: ${ms.toFixed(2)} ms = ${ratio.toFixed(2)} × ordinary (target ≤ ${TARGET_RATIO})`);
  }
  // Like the other benchmarks: a missed target is printed with ✗, not a failed run.
  return 0;
}
