/**
 * `npm run bench -- search`: Klartext's lunr search against Pagefind on the
 * build benchmark's synthetic corpus, both indexing the same documents and
 * both measured in Chromium through the self-hosted server.
 */
import { readdir, readFile, mkdtemp, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Hono } from 'hono';
import type { Browser, Page } from 'playwright-core';
import { openSiteSearch } from '../../functions/search/siteIndex.ts';
import { CONTENT_SECURITY_POLICY } from '../../functions/http/securityHeaders.ts';
import { createServerApp } from '../../functions/selfhost/createServerApp.ts';
import { listen } from '../../functions/selfhost/listen.ts';
import { readContentSnapshot } from '../../src/integrations/contentSnapshot.ts';
import { buildSearchIndex } from '../../src/lib/search/buildSearchIndex.ts';
import { searchDocuments, type SearchDocument } from '../../src/lib/search/searchDocuments.ts';
import { launchBrowser } from '../../tests/support/browser.ts';
import { timedAstroBuild } from '../build/astroBuild.ts';
import { weigh } from '../build/pageWeight.ts';
import { stripAnsi } from '../build/stripAnsi.ts';
import { writeSyntheticContent } from '../build/writeCorpus.ts';
import { measureFirstResult, measureTyping, type EngineUnderTest } from './browserMeasure.ts';
import { PAGEFIND_PAGE, writePagefindHarness } from './harness.ts';
import { parseSearchOptions } from './options.ts';
import { buildPagefindIndex, closePagefind } from './pagefindIndex.ts';
import { BENCH_QUERIES } from './queries.ts';
import { formatSearchReport, quantile, topTenOverlap, type Bytes } from './report.ts';

async function median3(run: () => Promise<void>): Promise<number> {
  const seconds: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await run();
    seconds.push((performance.now() - started) / 1000);
  }
  return quantile(seconds, 0.5);
}

async function writeIndexFiles(documents: readonly SearchDocument[], folder: string): Promise<void> {
  const { files } = buildSearchIndex(documents);
  await rm(folder, { recursive: true, force: true });
  await Promise.all([...new Set([...files.keys()].map((path) => dirname(join(folder, path))))].map((dir) => mkdir(dir, { recursive: true })));
  await Promise.all([...files].map(([path, json]) => writeFile(join(folder, path), json)));
}

async function folderSize(folder: string): Promise<{ files: number; bytes: number }> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  const sizes = await Promise.all(files.map(async (entry) => (await stat(join(entry.parentPath, entry.name))).size));
  return { files: files.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

/** Compressed size of site files as a server sends them; a file that does not shrink is sent as it is. */
async function sentBytes(distDir: string, paths: readonly string[]): Promise<Bytes> {
  let gzip = 0;
  let brotli = 0;
  for (const path of paths) {
    const weight = weigh(path, await readFile(join(distDir, decodeURIComponent(path))));
    gzip += Math.min(weight.raw, weight.gzip);
    brotli += Math.min(weight.raw, weight.brotli);
  }
  return { gzip, brotli };
}

/** The self-hosted server; Pagefind's pages may compile WebAssembly, which Klartext's policy does not allow. */
function benchServer(distDir: string): Hono {
  const app = new Hono();
  app.use('/pagefind*', async (c, next) => {
    await next();
    c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"));
  });
  app.route('/', createServerApp({ siteRoot: distDir }));
  return app;
}

const statusShows = (page: Page, query: string) =>
  page.waitForFunction((q) => document.querySelector('#kopf-suche-treffer [role="status"]')?.textContent?.includes(`„${q}“`), query, { timeout: 60_000 });

async function pagefindTopTen(page: Page, query: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    const pf = await import('/pagefind/pagefind.js' as string);
    const search = await pf.search(q);
    return Promise.all(search.results.slice(0, 10).map(async (result: { data: () => Promise<{ url: string }> }) => (await result.data()).url));
  }, query);
}

async function browserFigures(browser: Browser, url: string, distDir: string, engine: EngineUnderTest, sessions: number) {
  const firsts = [];
  for (const query of BENCH_QUERIES.slice(0, sessions)) firsts.push(await measureFirstResult(browser, url, engine, query));
  const search = await Promise.all(firsts.map((first) => sentBytes(distDir, first.search)));
  const typing = await measureTyping(browser, url, engine, BENCH_QUERIES);
  return {
    pageScript: await sentBytes(distDir, firsts[0]!.pageLoad.filter((path) => path.endsWith('.js'))),
    search: { gzip: quantile(search.map((bytes) => bytes.gzip), 0.5), brotli: quantile(search.map((bytes) => bytes.brotli), 0.5) },
    searchRequests: quantile(firsts.map((first) => first.search.length), 0.5),
    firstResultMs: firsts.map((first) => first.ms),
    afterTypingMs: firsts.map((first) => first.afterTypingMs),
    queryMs: typing.timings.map((timing) => timing.searchMs),
    computeMs: typing.timings.every((timing) => Number.isFinite(timing.loadMs)) ? typing.timings.map((timing) => timing.searchMs - timing.loadMs) : undefined,
    longestTask: {
      wallMs: Math.max(typing.longestTask.wallMs, ...firsts.map((first) => first.longestTask.wallMs)),
      cpuMs: Math.max(typing.longestTask.cpuMs, ...firsts.map((first) => first.longestTask.cpuMs)),
    },
  };
}

/** Runs the search benchmark; resolves with the exit code (non-zero only when the build fails). */
export async function runSearchBench(args: readonly string[]): Promise<number> {
  const options = parseSearchOptions(args);
  const work = await mkdtemp(join(tmpdir(), 'klartext-bench-search-'));
  const contentDir = join(work, 'content');
  const distDir = join(work, 'dist');
  let keep = options.keep;
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof listen>> | undefined;
  try {
    const posts = await writeSyntheticContent({ projectContentDir: resolve('content'), targetDir: contentDir, count: options.count, now: new Date() });
    console.log(`Generated ${posts.length} posts in ${contentDir}`);
    process.stdout.write('  Klartext build      ');
    const build = await timedAstroBuild({
      outDir: distDir,
      logFile: join(work, 'build.log'),
      env: { KLARTEXT_CONTENT_DIR: contentDir, KLARTEXT_CACHE_DIR: join(work, 'cache'), KLARTEXT_OG_CACHE_DIR: join(work, 'og-cache') },
    });
    if (!build.ok) {
      console.log(`failed (exit ${build.exitCode})\n${stripAnsi(build.output).split('\n').slice(-30).join('\n')}`);
      keep = true;
      return 1;
    }
    console.log(`${build.seconds.toFixed(1)} s`);

    const { posts: raw, authors } = await readContentSnapshot(contentDir);
    const documents = searchDocuments(raw, new Map(authors.map((author) => [author.id, String(author.data.name)])), { now: new Date() });
    process.stdout.write('  indexing, 3 × each  ');
    const oursFolder = join(work, 'lunr-index');
    const pagefindFolder = join(distDir, 'pagefind');
    const oursBuild = await median3(() => writeIndexFiles(documents, oursFolder));
    const pagefindBuild = await median3(() => buildPagefindIndex(documents, pagefindFolder));
    await closePagefind();
    console.log('done');
    await writePagefindHarness(distDir);

    server = await listen(benchServer(distDir), { port: 0, hostname: '127.0.0.1' });
    browser = await launchBrowser();
    const article = `/artikel/${documents[Math.floor(documents.length / 2)]!.id}/`;
    const ours: EngineUnderTest = { name: 'Klartext (lunr)', path: article, input: '#kopf-suche', result: '#kopf-suche-treffer .search-result', shown: statusShows };
    const pagefind: EngineUnderTest = {
      name: 'Pagefind 1.6',
      path: PAGEFIND_PAGE,
      input: '#pf-suche',
      result: '#pf-treffer .search-result',
      shown: (page, query) => page.waitForFunction((q) => (document.getElementById('pf-treffer') as HTMLElement).dataset.query === q, query, { timeout: 60_000 }),
    };
    process.stdout.write('  Chromium sessions   ');
    const oursBrowser = await browserFigures(browser, server.url, distDir, ours, options.sessions);
    const pagefindBrowser = await browserFigures(browser, server.url, distDir, pagefind, options.sessions);
    console.log('done');

    const site = (await openSiteSearch(distDir)())!;
    const harness = await (await browser.newContext()).newPage();
    await harness.goto(server.url + PAGEFIND_PAGE);
    const overlap: number[] = [];
    for (const query of BENCH_QUERIES) {
      const mine = await Promise.all((await site.engine.search(query)).results.slice(0, 10).map(async (hit) => (await site.engine.document(hit.ref)).url));
      overlap.push(topTenOverlap(mine, await pagefindTopTen(harness, query)));
    }

    const oursIndex = await folderSize(oursFolder);
    const pagefindIndex = await folderSize(pagefindFolder);
    console.log(
      formatSearchReport({
        documents: documents.length,
        queries: BENCH_QUERIES.length,
        sessions: options.sessions,
        ours: { name: ours.name, buildSeconds: oursBuild, indexFiles: oursIndex.files, indexBytes: oursIndex.bytes, ...oursBrowser },
        pagefind: { name: pagefind.name, buildSeconds: pagefindBuild, indexFiles: pagefindIndex.files, indexBytes: pagefindIndex.bytes, ...pagefindBrowser, computeMs: undefined },
        overlap,
      }),
    );
    return 0;
  } finally {
    await browser?.close();
    if (server) await new Promise((done) => server!.server.close(done));
    if (keep) console.log(`Kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}
