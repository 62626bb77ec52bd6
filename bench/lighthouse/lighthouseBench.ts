/**
 * `npm run bench -- lighthouse`: builds the site, serves it with the
 * project's own server and runs Lighthouse (default config, mobile) on the
 * home page and one article.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createApiApp } from '../../functions/app/createApiApp.ts';
import { createServices } from '../../functions/app/createServices.ts';
import { parseServiceConfig } from '../../functions/config/serviceConfig.ts';
import { createServerApp } from '../../functions/selfhost/createServerApp.ts';
import { listen } from '../../functions/selfhost/listen.ts';
import { timedAstroBuild } from '../build/astroBuild.ts';
import { stripAnsi } from '../build/stripAnsi.ts';
import { UsageError } from '../usageError.ts';
import { categoryScores, firstArticlePath, formatPageScores } from './scores.ts';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Runs the Lighthouse benchmark; resolves with the exit code (non-zero only when the build or a run fails). */
export async function runLighthouseBench(args: readonly string[]): Promise<number> {
  if (args.length > 0) throw new UsageError(`The lighthouse benchmark takes no options (got: ${args.join(' ')}).`);
  const work = await mkdtemp(join(tmpdir(), 'klartext-bench-lighthouse-'));
  const siteRoot = join(work, 'dist');
  try {
    process.stdout.write('Building the site … ');
    const build = await timedAstroBuild({ outDir: siteRoot, env: {} });
    if (!build.ok) {
      console.log('failed');
      console.error(stripAnsi(build.output).trimEnd().split('\n').slice(-40).join('\n'));
      return 1;
    }
    console.log(`${build.seconds.toFixed(1)} s`);

    const article = firstArticlePath(await readFile(join(siteRoot, 'index.html'), 'utf8'));
    if (!article) throw new Error('The home page links to no article.');
    const pages = [
      { label: 'Home page', path: '/' },
      { label: 'Article', path: article },
    ];

    // As `npm start` serves it: the article's comment section talks to the comment service.
    const services = await createServices(parseServiceConfig({ DATABASE_URL: `file:${join(work, 'comments.db')}`, SITE_DIR: siteRoot, SECRET: 'lighthouse-bench-secret-0123456789abcdef' }));
    const { server, url } = await listen(createServerApp({ siteRoot, api: createApiApp(services) }), { port: 0, hostname: '127.0.0.1' });
    const chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'error' });
    let versions = '';
    try {
      for (const page of pages) {
        const target = `${url}${page.path}`;
        const result = await lighthouse(target, { port: chrome.port, output: 'json', logLevel: 'error' });
        if (!result) throw new Error(`Lighthouse returned no result for ${target}.`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${target}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        console.log(`\n${formatPageScores(page.label, target, categoryScores(lhr), lhr.runWarnings)}`);
        versions = `Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent}`;
      }
      console.log(`\n(${versions}; default config: mobile emulation, simulated throttling)`);
    } finally {
      chrome.kill();
      await new Promise((done) => server.close(done));
      await services.close();
    }
    return 0;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
