import { describe, expect, it } from 'vitest';
import { relatedPosts } from '../../../src/lib/relatedPosts.ts';
import { post } from './fixtures.ts';

describe('lib/relatedPosts', () => {
  const current = post('current', { tags: ['TikTok', 'Jugendschutz'], category: 'Algorithmen' });

  it('ranks shared tags above a shared category', () => {
    const candidates = [
      post('same-category', { tags: ['Anderes'], category: 'Algorithmen' }),
      post('one-tag', { tags: ['tiktok'], category: 'Datenschutz' }),
      post('two-tags', { tags: ['TikTok', 'Jugendschutz'], category: 'Datenschutz' }),
    ];
    expect(relatedPosts(current, candidates).map((p) => p.id)).toEqual(['two-tags', 'one-tag', 'same-category']);
  });

  it('never suggests the post itself or posts sharing nothing', () => {
    const candidates = [current, post('unrelated', { tags: ['RSS'], category: 'Kommunikation' })];
    expect(relatedPosts(current, candidates)).toEqual([]);
  });

  it('returns at most the limit, newer posts first on equal score', () => {
    const candidates = ['2024', '2026', '2025', '2023'].map((year) =>
      post(`p${year}`, { tags: ['TikTok'], pubDate: new Date(`${year}-01-01`) }),
    );
    expect(relatedPosts(current, candidates).map((p) => p.id)).toEqual(['p2026', 'p2025', 'p2024']);
  });
});
