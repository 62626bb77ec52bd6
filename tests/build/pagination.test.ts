import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/buildSite.ts';
import { fixtureContent, validFrontmatter } from '../support/fixtureContent.ts';

describe('build: home page pagination', () => {
  let result: BuildResult;
  const read = (path: string) => readFile(join(result.outDir, path), 'utf8');
  const titlesOn = (html: string) => [...html.matchAll(/<h3><a href="\/artikel\/(post-\d+)\/"/g)].map((m) => m[1]);

  beforeAll(async () => {
    const posts = Array.from({ length: 23 }, (_, i) => {
      const day = String(i + 1).padStart(2, '0');
      // Each post checked on its day of publication (a review after it would be refused).
      const frontmatter = validFrontmatter({ title: `"Artikel über Datenschutz"`, pubDate: `2026-01-${day}` }).replace('date: 2026-01-14', `date: 2026-01-${day}`);
      return { path: `2026/post-${day}.mdx`, frontmatter };
    });
    result = await buildSite({ contentDir: await fixtureContent(posts) });
    expect(result.code, result.output).toBe(0);
  });

  it('shows the ten newest posts on the home page, newest first', async () => {
    const titles = titlesOn(await read('index.html'));
    expect(titles).toEqual(Array.from({ length: 10 }, (_, i) => `post-${String(23 - i).padStart(2, '0')}`));
  });

  it('continues on /seite/2/ and /seite/3/ and stops there', async () => {
    expect(titlesOn(await read('seite/2/index.html'))).toHaveLength(10);
    expect(titlesOn(await read('seite/3/index.html'))).toEqual(['post-03', 'post-02', 'post-01']);
    expect(existsSync(join(result.outDir, 'seite/4'))).toBe(false);
    expect(existsSync(join(result.outDir, 'seite/1'))).toBe(false);
  });

  it('links the pages to each other', async () => {
    expect(await read('index.html')).toContain('href="/seite/2/" rel="next"');
    const middle = await read('seite/2/index.html');
    expect(middle).toContain('href="/" rel="prev"');
    expect(middle).toContain('href="/seite/3/" rel="next"');
  });
});
