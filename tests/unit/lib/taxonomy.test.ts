import { describe, expect, it } from 'vitest';
import { postsInCategory, postsWithTag, uniqueCategories, uniqueTags } from '../../../src/lib/taxonomy.ts';
import { post } from './fixtures.ts';

const posts = [
  post('a', { tags: ['Datenschutz', 'TikTok'], category: 'Plattformökonomie' }),
  post('b', { tags: ['datenschutz', 'Überwachung'], category: 'Datenschutz' }),
  post('c', { tags: ['TikTok', 'TikTok'], category: 'Plattformökonomie' }),
];

describe('lib/taxonomy', () => {
  it('lists each tag once with its post count, matching case-insensitively', () => {
    expect(uniqueTags(posts)).toEqual([
      { name: 'Datenschutz', slug: 'datenschutz', count: 2 },
      { name: 'TikTok', slug: 'tiktok', count: 2 },
      { name: 'Überwachung', slug: 'ueberwachung', count: 1 },
    ]);
  });

  it('lists categories with slugs safe for URLs', () => {
    expect(uniqueCategories(posts)).toEqual([
      { name: 'Datenschutz', slug: 'datenschutz', count: 1 },
      { name: 'Plattformökonomie', slug: 'plattformoekonomie', count: 2 },
    ]);
  });

  it('finds the posts of a tag or category by slug', () => {
    expect(postsWithTag(posts, 'datenschutz').map((p) => p.id)).toEqual(['a', 'b']);
    expect(postsInCategory(posts, 'plattformoekonomie').map((p) => p.id)).toEqual(['a', 'c']);
  });
});
