import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSiteSearch } from '../../functions/search/siteIndex.ts';
import { buildSite, type BuildResult } from '../support/buildSite.ts';
import { fixtureContent, validFrontmatter } from '../support/fixtureContent.ts';

describe('build: drafts and scheduled posts', () => {
  let result: BuildResult;
  const read = (path: string) => readFile(join(result.outDir, path), 'utf8');

  beforeAll(async () => {
    const contentDir = await fixtureContent([
      { path: '2026/oeffentlich.mdx', frontmatter: validFrontmatter({ title: '"Öffentlicher Artikel"', tags: '[Öffentlich]' }) },
      { path: '2026/entwurf.mdx', frontmatter: validFrontmatter({ title: '"Geheimer Entwurf"', draft: 'true', tags: '[Entwurfsthema]' }) },
      { path: '2099/geplant.mdx', frontmatter: validFrontmatter({ title: '"Geplanter Artikel"', pubDate: '2099-01-01', tags: '[Zukunftsthema]' }) },
    ]);
    result = await buildSite({ contentDir });
    expect(result.code, result.output).toBe(0);
  });

  it('builds the published post', () => {
    expect(existsSync(join(result.outDir, 'artikel/oeffentlich/index.html'))).toBe(true);
  });

  it('leaves drafts and scheduled posts out of the pages', async () => {
    expect(existsSync(join(result.outDir, 'artikel/entwurf'))).toBe(false);
    expect(existsSync(join(result.outDir, 'artikel/geplant'))).toBe(false);
    expect(existsSync(join(result.outDir, 'thema/entwurfsthema'))).toBe(false);
    expect(existsSync(join(result.outDir, 'og/entwurf.png'))).toBe(false);
    const home = await read('index.html');
    expect(home).toContain('Öffentlicher Artikel');
    expect(home).not.toContain('Geheimer Entwurf');
    expect(home).not.toContain('Geplanter Artikel');
  });

  it('leaves drafts and scheduled posts out of the sitemap', async () => {
    const sitemap = await read('sitemap-0.xml');
    expect(sitemap).toContain('/artikel/oeffentlich/');
    expect(sitemap).not.toContain('entwurf');
    expect(sitemap).not.toContain('geplant');
  });

  it('leaves drafts and scheduled posts out of the RSS feed', async () => {
    const rss = await read('rss.xml');
    expect(rss).toContain('Öffentlicher Artikel');
    expect(rss).not.toContain('Geheimer Entwurf');
    expect(rss).not.toContain('Geplanter Artikel');
  });

  it('leaves drafts and scheduled posts out of the search index', async () => {
    const site = (await openSiteSearch(result.outDir)())!;
    expect((await site.engine.manifest()).documents).toBe(1);
    expect((await site.engine.document(0)).title).toBe('Öffentlicher Artikel');
    for (const query of ['Geheimer Entwurf', 'Entwurfsthema', 'Geplanter', 'Zukunftsthema']) {
      expect((await site.engine.search(query)).results, query).toEqual([]);
    }
    expect((await site.engine.search('Öffentlicher')).results).toHaveLength(1);
  });
});
