/**
 * `npm run bench -- threads`: one article with 200, 1,000 and 10,000 approved
 * comments (every fifth a reply), served as `npm start` serves it (the
 * self-hosted server in its own process, SQLite). Per size: the gzip bytes a
 * reader loads before the first comment is visible (article HTML + comment
 * script + first API page), the time Chromium takes from navigation to the
 * first visible comment (median of 5), and GET /api/comments throughput as a
 * ratio to the 200-comment case.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { chromium } from 'playwright-core';
import { createServices } from '../../functions/app/createServices.ts';
import { parseServiceConfig } from '../../functions/config/serviceConfig.ts';
import { startServer, stopServer } from '../api/childServer.ts';
import { seedComments } from '../api/seedComments.ts';
import { timedAstroBuild } from '../build/astroBuild.ts';
import { stripAnsi } from '../build/stripAnsi.ts';
import { firstArticlePath } from '../lighthouse/scores.ts';
import { UsageError } from '../usageError.ts';
import { runLoad } from '../loadRun.ts';

const SIZES = [200, 1_000, 10_000];
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;


/** Runs the long-thread benchmark; resolves with the exit code. */
export async function runThreadsBench(args: readonly string[]): Promise<number> {
  let duration = 5;
  if (args.length === 2 && args[0] === '--duration' && Number(args[1]) > 0) duration = Number(args[1]);
  else if (args.length > 0) throw new UsageError(`Unknown or incomplete option: ${args.join(' ')}`);
  const work = await mkdtemp(join(tmpdir(), 'klartext-bench-threads-'));
  const siteDir = join(work, 'dist');
  const servers: ChildProcess[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  try {
    process.stdout.write('Building the site … ');
    const build = await timedAstroBuild({ outDir: siteDir, env: {} });
    if (!build.ok) {
      console.log('failed');
      console.error(stripAnsi(build.output).trimEnd().split('\n').slice(-40).join('\n'));
      return 1;
    }
    console.log(`${build.seconds.toFixed(1)} s\n`);
    const articlePath = firstArticlePath(await readFile(join(siteDir, 'index.html'), 'utf8'));
    if (!articlePath) throw new Error('The home page links to no article.');
    const articleHtml = await readFile(join(siteDir, articlePath, 'index.html'), 'utf8');
    const post = /data-post="([^"]+)"/.exec(articleHtml)?.[1];
    const script = /<script[^>]+src="([^"]*CommentSection[^"]*)"/.exec(articleHtml)?.[1];
    if (!post || !script) throw new Error(`${articlePath} has no comment section or no comment script.`);
    const htmlBytes = gz(articleHtml);
    const scriptBytes = gz(await readFile(join(siteDir, script)));

    const rows: Array<{ size: number; apiBytes: number; firstView: number; renderMs: number; rps: number }> = [];
    for (const size of SIZES) {
      const env = { DATABASE_URL: `file:${join(work, `threads-${size}.db`)}`, SITE_DIR: siteDir, SECRET: 'threads-bench-secret-0123456789abcdef', RATE_LIMIT_MAX: '1000000000', AKISMET_KEY: '' };
      const services = await createServices(parseServiceConfig(env));
      await seedComments(services.db, post, size);
      await services.close();
      const server = await startServer('klartext', env);
      servers.push(server.child);
      const listUrl = `${server.url}/api/comments?post=${encodeURIComponent(post)}`;
      const apiBytes = gz(await (await fetch(listUrl)).text());

      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}${articlePath}`);
        await page.locator('article.comment').first().waitFor({ state: 'visible' });
        times.push(await page.evaluate(() => performance.now()));
        await context.close();
      }

      await autocannon({ url: listUrl, connections: 10, duration: 2 });
      const { rps } = await runLoad({ url: listUrl, connections: 10, duration });
      rows.push({ size, apiBytes, firstView: htmlBytes + scriptBytes + apiBytes, renderMs: median(times), rps });
      await stopServer(server.child);
    }

    const base = rows[0]!;
    console.log(`Article ${articlePath}: HTML ${(htmlBytes / 1000).toFixed(1)} kB, comment script ${(scriptBytes / 1000).toFixed(1)} kB (gzip -9).\n`);
    console.log('| Comments | First API page (gzip) | Before the first comment is visible (gzip) | First comment visible in Chromium (median of 5) | GET /api/comments | vs 200 |');
    console.log('|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) {
      console.log(`| ${row.size.toLocaleString('en')} | ${(row.apiBytes / 1000).toFixed(1)} kB | ${(row.firstView / 1000).toFixed(1)} kB | ${row.renderMs.toFixed(0)} ms | ${row.rps.toFixed(0)} req/s | ${(row.rps / base.rps).toFixed(2)} |`);
    }
    return 0;
  } finally {
    await browser.close();
    await Promise.all(servers.map(stopServer));
    await rm(work, { recursive: true, force: true });
  }
}
