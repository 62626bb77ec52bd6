import { describe, expect, it } from 'vitest';
import { newPostPath, postTemplate } from '../../../../src/lib/factCheck/postTemplate.ts';
import { readFrontmatter } from '../../../../src/lib/content/frontmatter.ts';

describe('lib/factCheck/postTemplate', () => {
  it('derives the file from title and year, umlauts transliterated', () => {
    expect(newPostPath('Über Größe & Maß', new Date('2026-03-01'))).toEqual({ slug: 'ueber-groesse-mass', path: 'posts/2026/ueber-groesse-mass.mdx' });
  });

  it('refuses a title without letters', () => {
    expect(() => newPostPath('!!!', new Date())).toThrow();
  });

  it('is a draft whose frontmatter parses, with a quoted title', () => {
    const data = readFrontmatter(postTemplate({ title: 'Ein "Zitat": ja', author: 'lena', now: new Date('2026-03-01') }));
    expect(data).toMatchObject({ title: 'Ein "Zitat": ja', author: 'lena', draft: true, pubDate: '2026-03-01' });
  });
});
