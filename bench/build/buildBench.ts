/**
 * `npm run bench -- build`: Klartext's build time against a bare Astro + MDX
 * floor on the same synthetic corpus, cold and warm, and the weight of one
 * article page.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { timedAstroBuild, type TimedBuild } from './astroBuild.ts';
import { parseBuildOptions } from './options.ts';
import { pageWeight } from './pageWeight.ts';
import { formatBuildReport, type SiteTimes } from './report.ts';
import { routeTimes, totalPages } from './routeTimes.ts';
import { stripAnsi } from './stripAnsi.ts';
import type { SyntheticPost } from './syntheticPost.ts';
import { writeSyntheticContent } from './writeCorpus.ts';

const BASELINE_ROOT = resolve('bench/baseline');

/** A post in the middle of the corpus that has a table of contents (or any, if none has). */
export function representativePost(posts: readonly SyntheticPost[]): SyntheticPost {
  const middle = Math.floor(posts.length / 2);
  const ordered = [...posts.slice(middle), ...posts.slice(0, middle)];
  return ordered.find((post) => post.headings >= 4) ?? ordered[0]!;
}

class BuildFailed extends Error {}

function lastLines(text: string, count: number): string {
  return stripAnsi(text).trimEnd().split('\n').slice(-count).join('\n');
}

async function step(label: string, build: () => Promise<TimedBuild>, logFile: string): Promise<TimedBuild> {
  process.stdout.write(`  ${label.padEnd(18)}`);
  const result = await build();
  if (!result.ok) {
    console.log(`failed (exit ${result.exitCode}) after ${result.seconds.toFixed(1)} s`);
    console.error(`\n${lastLines(result.output, 40)}\n\nFull log: ${logFile}`);
    throw new BuildFailed(label);
  }
  console.log(`${result.seconds.toFixed(1)} s`);
  return result;
}

async function buildTwice(label: string, run: (logFile: string) => Promise<TimedBuild>, work: string, name: string) {
  const coldLog = join(work, `${name}-cold.log`);
  const warmLog = join(work, `${name}-warm.log`);
  const cold = await step(`${label}, cold`, () => run(coldLog), coldLog);
  const warm = await step(`${label}, warm`, () => run(warmLog), warmLog);
  const times: SiteTimes = { cold: cold.seconds, warm: warm.seconds, pages: totalPages(warm.output) };
  return { times, coldOutput: cold.output };
}

/** Runs the build benchmark; resolves with the process exit code (non-zero only when a build fails). */
export async function runBuildBench(args: readonly string[]): Promise<number> {
  const options = parseBuildOptions(args);
  const work = await mkdtemp(join(tmpdir(), 'klartext-bench-build-'));
  const contentDir = join(work, 'content');
  let keep = options.keep;
  try {
    const started = performance.now();
    const posts = await writeSyntheticContent({
      projectContentDir: resolve('content'),
      targetDir: contentDir,
      count: options.count,
      now: new Date(),
    });
    const words = posts.reduce((sum, post) => sum + post.words, 0) / posts.length;
    console.log(
      `Generated ${posts.length} posts in ${contentDir} (${Math.round(words)} words on average) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const klartextDist = join(work, 'klartext-dist');
    const klartext = await buildTwice(
      'Klartext',
      (logFile) =>
        timedAstroBuild({
          outDir: klartextDist,
          logFile,
          env: {
            KLARTEXT_CONTENT_DIR: contentDir,
            KLARTEXT_CACHE_DIR: join(work, 'klartext-cache'),
            KLARTEXT_OG_CACHE_DIR: join(work, 'klartext-og-cache'),
          },
        }),
      work,
      'klartext',
    );
    const baseline = await buildTwice(
      'Baseline',
      (logFile) =>
        timedAstroBuild({
          root: BASELINE_ROOT,
          outDir: join(work, 'baseline-dist'),
          logFile,
          env: { BASELINE_CONTENT_DIR: contentDir, BASELINE_CACHE_DIR: join(work, 'baseline-cache') },
        }),
      work,
      'baseline',
    );

    const article = representativePost(posts);
    const articlePath = `/artikel/${article.slug}/`;
    console.log(
      formatBuildReport({
        count: posts.length,
        klartext: klartext.times,
        baseline: baseline.times,
        articlePath,
        weight: await pageWeight(klartextDist, articlePath),
        routes: routeTimes(klartext.coldOutput),
      }),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof BuildFailed)) throw error;
    keep = true;
    return 1;
  } finally {
    if (keep) console.log(`Kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}
