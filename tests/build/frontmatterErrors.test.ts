import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/buildSite.ts';
import { fixtureContent, validFrontmatter } from '../support/fixtureContent.ts';

async function buildWith(frontmatter: string) {
  const contentDir = await fixtureContent([{ path: '2026/kaputt.mdx', frontmatter }]);
  return buildSite({ contentDir });
}

describe('build: broken frontmatter', () => {
  it('fails when the title is missing and names file and field', async () => {
    const result = await buildWith(validFrontmatter({ title: '' }));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('posts/2026/kaputt.mdx');
    expect(result.output).toMatch(/title\W/);
  });

  it('fails on an impossible date and names file and field', async () => {
    const result = await buildWith(validFrontmatter({ pubDate: '2026-02-30' }));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('posts/2026/kaputt.mdx');
    expect(result.output).toContain('pubDate: „2026-02-30“ ist kein gültiges Datum.');
  });

  it('fails on a date that is not a date at all', async () => {
    const result = await buildWith(validFrontmatter({ pubDate: 'gestern' }));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('posts/2026/kaputt.mdx');
    expect(result.output).toContain('pubDate: „gestern“ ist kein gültiges Datum.');
  });

  it('fails on an unknown author and lists the known ones', async () => {
    const result = await buildWith(validFrontmatter({ author: 'niemand' }));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('posts/2026/kaputt.mdx');
    expect(result.output).toContain('author: Die Person „niemand“ gibt es nicht.');
    expect(result.output).toContain('lena-hoffmann');
  });

  it('fails when two posts would share one address', async () => {
    const contentDir = await fixtureContent([
      { path: '2025/doppelt.mdx', frontmatter: validFrontmatter() },
      { path: '2026/doppelt.mdx', frontmatter: validFrontmatter() },
    ]);
    const result = await buildSite({ contentDir });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Die Adresse /artikel/doppelt/ ist schon durch');
  });

  it('builds a valid fixture from another content folder', async () => {
    const contentDir = await fixtureContent([{ path: '2026/gut.mdx', frontmatter: validFrontmatter({ title: '"Ein guter Artikel"' }) }]);
    const result = await buildSite({ contentDir });
    expect(result.output).not.toContain('Error');
    expect(result.code).toBe(0);
  });
});
