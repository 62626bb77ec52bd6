/**
 * Benchmarks, one per name: `npm run bench -- <name> [options]`.
 * Never part of `npm test`: they build large sites and start a browser.
 */
import { API_USAGE } from './api/usage.ts';
import { BUILD_USAGE } from './build/options.ts';
import { MODERATION_USAGE } from './moderation/options.ts';
import { SCALE_USAGE } from './scale/usage.ts';
import { SEARCH_USAGE } from './search/options.ts';
import { SPAM_USAGE } from './spam/options.ts';
import { UsageError } from './usageError.ts';

/** A benchmark: takes the arguments after its name, resolves with an exit code. */
type Benchmark = (args: readonly string[]) => Promise<number>;

// Each benchmark is imported only when it runs: Lighthouse alone takes a while to load.
const BENCHMARKS: Record<string, { run: Benchmark; usage: string; summary: string }> = {
  build: {
    run: async (args) => (await import('./build/buildBench.ts')).runBuildBench(args),
    usage: BUILD_USAGE,
    summary: 'build time against a bare Astro + MDX site, cold and warm; article page weight',
  },
  api: {
    run: async (args) => (await import('./api/apiBench.ts')).runApiBench(args),
    usage: API_USAGE,
    summary: 'comment API with autocannon: GET list of 200 and POST, against bare Hono baselines',
  },
  search: {
    run: async (args) => (await import('./search/searchBench.ts')).runSearchBench(args),
    usage: SEARCH_USAGE,
    summary: 'lunr search against Pagefind on the synthetic corpus: index build, first-result bytes and time, query times',
  },
  'search-cost': {
    run: async (args) => (await import('./search/searchCostBench.ts')).runSearchCostBench(args),
    usage: 'npm run bench -- search-cost [--count N] [--rounds N]',
    summary: 'CPU time of hostile queries (a 200-letter word, 50 words) as a ratio to ordinary ones, in one process',
  },
  moderation: {
    run: async (args) => (await import('./moderation/moderationBench.ts')).runModerationBench(args),
    usage: MODERATION_USAGE,
    summary: 'approve → visible against a plain GET of the list; outbox mails/s through an SMTP outage against nodemailer alone, exactly once',
  },
  scale: {
    run: async (args) => (await import('./scale/scaleBench.ts')).runScaleBench(args),
    usage: SCALE_USAGE,
    summary: 'three self-hosted instances against one on one PostgreSQL: GET/POST throughput and p99, nothing lost or doubled',
  },
  spam: {
    run: async (args) => (await import('./spam/spamBench.ts')).runSpamBench(args),
    usage: SPAM_USAGE,
    summary: 'local spam filter trained through the API on a synthetic corpus: recall, false positives, moderators\' share, time, POST throughput',
  },
  threads: {
    run: async (args) => (await import('./threads/threadsBench.ts')).runThreadsBench(args),
    usage: 'npm run bench -- threads [--duration S]',
    summary: 'one article with 200, 1,000 and 10,000 comments: gzip bytes before the first comment shows, Chromium time to it, GET throughput vs 200',
  },
  lighthouse: {
    run: async (args) => (await import('./lighthouse/lighthouseBench.ts')).runLighthouseBench(args),
    usage: 'npm run bench -- lighthouse',
    summary: 'Lighthouse scores (mobile) of the home page and one article',
  },
};

function usage(): string {
  return [
    'Usage: npm run bench -- <name> [options]',
    '',
    ...Object.entries(BENCHMARKS).map(([name, bench]) => `  ${name.padEnd(12)}${bench.summary}\n  ${''.padEnd(12)}${bench.usage}`),
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  const bench = name ? BENCHMARKS[name] : undefined;
  if (!bench) {
    if (name && name !== '--help' && name !== '-h') console.error(`Unknown benchmark "${name}".\n`);
    console.log(usage());
    return name === '--help' || name === '-h' ? 0 : 2;
  }
  return bench.run(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n`);
      console.log(usage());
      process.exit(2);
    }
    console.error(error.stack ?? error.message);
    process.exit(1);
  },
);
