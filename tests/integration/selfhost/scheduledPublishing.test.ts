import { mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adoptLiveDir } from '../../../functions/selfhost/liveSite.ts';
import { scheduleRebuilds } from '../../../functions/selfhost/scheduledRebuild.ts';
import { strings } from '../../../src/strings.ts';
import { buildSite } from '../../support/buildSite.ts';
import { fixtureContent, validFrontmatter } from '../../support/fixtureContent.ts';
import { projectRoot } from '../../support/projectRoot.ts';
import { startServiceInstances, type ServiceInstances } from '../../support/serviceInstances.ts';
import { TEST_SECRET } from '../../support/siteServer.ts';

/**
 * How far ahead the fixture's post is dated. The first build looks at the
 * moment the test started (KLARTEXT_BUILD_TIME), so it lists the post as
 * scheduled however long it takes; should the post fall due before the server
 * is up, the server builds at once (a post due while no server ran).
 */
const LEAD_MS = 15_000;

describe('scheduled publishing, self-hosted (scripts/serve.ts)', () => {
  let instance: ServiceInstances | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'klartext-data-'));
  afterAll(async () => {
    await instance?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('rebuilds when a scheduled post falls due and serves the new build: page, RSS, sitemap, search and the comment service follow', async () => {
    const started = new Date();
    const due = new Date(started.getTime() + LEAD_MS);
    const contentDir = await fixtureContent([
      { path: '2026/schon-da.mdx', frontmatter: validFrontmatter({ title: '"Ein Artikel, der schon da ist"' }) },
      { path: '2026/puenktlich.mdx', frontmatter: validFrontmatter({ title: '"Ein Artikel, der pünktlich erscheint"', pubDate: due.toISOString() }) },
    ]);
    const first = await buildSite({ contentDir, env: { KLARTEXT_BUILD_TIME: started.toISOString() } });
    expect(first.code, first.output).toBe(0);
    const schedule = await (await import('node:fs/promises')).readFile(join(first.outDir, 'schedule.json'), 'utf8');
    expect(JSON.parse(schedule).scheduled).toEqual([expect.objectContaining({ at: due.toISOString() })]);

    // The server rebuilds in its own copy of the project: Astro's generated modules (<root>/.astro/) of
    // another content folder must not leak into this build, nor this one's into the checkout.
    const env = { SITE_DIR: first.outDir, KLARTEXT_CONTENT_DIR: contentDir, DATA_DIR: dataDir, DATABASE_URL: '', SMTP_URL: '', SECRET: TEST_SECRET };
    instance = await startServiceInstances(1, env, { cwd: await projectRoot() });
    const url = instance.urls[0]!;
    expect((await fetch(`${url}/artikel/puenktlich/`)).status).toBe(404);

    // Until the new build is served, every page a reader asks for is whole: the old one or the new one.
    await expect
      .poll(
        async () => {
          const home = await fetch(`${url}/`);
          expect(home.status).toBe(200);
          expect(await home.text()).toContain('</html>');
          return (await fetch(`${url}/artikel/puenktlich/`)).status;
        },
        { timeout: LEAD_MS + 180_000, interval: 1000 },
      )
      .toBe(200);
    expect(instance.output()).toContain(strings.schedule.rebuilt('').split('(')[0]!);
    expect(await (await fetch(`${url}/rss.xml`)).text()).toContain('Ein Artikel, der pünktlich erscheint');
    expect(await (await fetch(`${url}/sitemap-0.xml`)).text()).toContain('/artikel/puenktlich/');
    expect(JSON.parse(await (await fetch(`${url}/schedule.json`)).text())).toEqual({ scheduled: [] });
    // The comment service reads the new post list (it looks for a changed file every few seconds).
    await expect.poll(async () => (await fetch(`${url}/api/comments?post=puenktlich`)).status, { timeout: 20_000 }).toBe(200);
    rmSync(contentDir, { recursive: true, force: true });
    // Two whole site builds in one test (the fixture's and the server's rebuild): twice a build test's budget.
  }, 300_000);
});

describe('functions/selfhost/scheduledRebuild when the build fails', () => {
  it('keeps the old build online and logs the gate’s message', async () => {
    const root = mkdtempSync(join(tmpdir(), 'klartext-live-'));
    const siteDir = join(root, 'dist');
    await mkdir(siteDir);
    await writeFile(join(siteDir, 'index.html'), '<p>alt</p>');
    await writeFile(join(siteDir, 'schedule.json'), JSON.stringify({ scheduled: [{ key: 'k', at: new Date(Date.now() + 50).toISOString() }] }));
    await adoptLiveDir(siteDir);
    const before = readlinkSync(siteDir);
    const errors: string[] = [];
    const gate = 'content/posts/2026/puenktlich.mdx: factCheck.review.reviewer fehlt';
    let builds = 0;
    const stop = scheduleRebuilds({ siteDir, build: async () => ((builds++, { code: 1, output: gate })), log: () => {}, error: (line) => errors.push(line) });
    try {
      await expect.poll(() => errors.length, { timeout: 10_000 }).toBe(1);
      expect(errors[0]).toBe(strings.schedule.rebuildFailed(gate));
      expect(builds).toBe(1);
      expect(readlinkSync(siteDir)).toBe(before);
    } finally {
      stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('functions/selfhost/scheduledRebuild when a post fell due while no server ran', () => {
  it('builds at once on start, and only once when the new build still lists the post', async () => {
    const root = mkdtempSync(join(tmpdir(), 'klartext-live-'));
    const siteDir = join(root, 'dist');
    await mkdir(siteDir);
    const overdue = JSON.stringify({ scheduled: [{ key: 'k', at: new Date(Date.now() - 60_000).toISOString() }] });
    await writeFile(join(siteDir, 'schedule.json'), overdue);
    await adoptLiveDir(siteDir);
    const errors: string[] = [];
    let builds = 0;
    // A build that (wrongly) still lists the due post, as one with KLARTEXT_BUILD_TIME in the past would.
    const build = async (outDir: string) => {
      builds++;
      await mkdir(outDir, { recursive: true });
      await writeFile(join(outDir, 'schedule.json'), overdue);
      return { code: 0, output: '' };
    };
    const stop = scheduleRebuilds({ siteDir, build, log: () => {}, error: (line) => errors.push(line) });
    try {
      await expect.poll(() => errors.length, { timeout: 10_000 }).toBe(1);
      expect(errors[0]).toBe(strings.schedule.stillDue);
      expect(builds).toBe(1);
    } finally {
      stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
