import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { anchorsOf, brokenLinks, headingSlug, linksOf } from '../../support/markdownLinks.ts';

const root = resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'klartext-links-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** README.md and every page under docs/, as the newcomer reads them. */
const documentation = [join(root, 'README.md'), ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => join(root, 'docs', name))];

describe('documentation links', () => {
  it('reads links and images, but not examples in code spans or code blocks', () => {
    const markdown = 'See [the API](docs/api.md#moderation) and ![Bild](a.png "Titel").\n\n`[not](a link)`\n\n```md\n[nor](this.md)\n```\n\n[ref]: docs/search.md\n';
    expect(linksOf(markdown)).toEqual([
      { target: 'docs/api.md#moderation', line: 1 },
      { target: 'a.png', line: 1 },
      { target: 'docs/search.md', line: 9 },
    ]);
  });

  it('makes the anchors GitHub makes for headings, code and repeats included', () => {
    expect(headingSlug('`GET /api/comments?post=<id>`')).toBe('get-apicommentspostid');
    expect(headingSlug("Reports, statistics and readers' data")).toBe('reports-statistics-and-readers-data');
    expect(headingSlug('Selbst hosten')).toBe('selbst-hosten');
    expect([...anchorsOf('# Über uns\n## Notes\n```\n# not a heading\n```\n## Notes\n')]).toEqual(['über-uns', 'notes', 'notes-1']);
  });

  it('reports a link to a missing file and to a missing heading, and accepts working ones', () => {
    const folder = join(scratch, 'site');
    mkdirSync(join(folder, 'docs'), { recursive: true });
    writeFileSync(join(folder, 'docs', 'search.md'), '# Search\n\n## The index\n');
    writeFileSync(
      join(folder, 'README.md'),
      '[ok](docs/search.md) [ok](docs/search.md#the-index) [ok](#readme) [web](https://example.org/x.md)\n\n# Readme\n\n[gone](docs/deploy.md) [moved](docs/search.md#queries)\n',
    );
    expect(brokenLinks(join(folder, 'README.md')).map((line) => line.replace(`${folder}/`, ''))).toEqual([
      'README.md:5: docs/deploy.md (keine solche Datei)',
      'README.md:5: docs/search.md#queries (keine solche Überschrift)',
    ]);
  });

  it('the README stays a first read: at most 12 kB, set-up and configuration before anything else', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(12 * 1024);
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings.slice(0, 2)).toEqual(['Set-up', 'Configuration']);
    expect(readme).toContain('npm install && npm start');
    expect(readme).toMatch(/^npm test\b/m);
  });

  it('the README links every topic page under docs/', () => {
    const readme = linksOf(readFileSync(join(root, 'README.md'), 'utf8')).map((link) => link.target.split('#')[0]);
    const pages = documentation.slice(1).map((file) => relative(root, file));
    expect(pages.filter((page) => !readme.includes(page))).toEqual([]);
  });

  it.each(documentation.map((file) => [relative(root, file), file]))('every relative link in %s leads to a file and heading that exist', (_name, file) => {
    expect(brokenLinks(file).map((line) => relative(root, line))).toEqual([]);
  });
});
