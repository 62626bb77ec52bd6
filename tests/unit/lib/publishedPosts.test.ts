import { describe, expect, it } from 'vitest';
import { isPublished, publishedPosts } from '../../../src/lib/publishedPosts.ts';
import { post } from './fixtures.ts';

const now = new Date('2026-06-01T12:00:00Z');

describe('lib/publishedPosts', () => {
  it('hides drafts and posts dated in the future', () => {
    const posts = [
      post('public', { pubDate: new Date('2026-05-01') }),
      post('draft', { pubDate: new Date('2026-05-01'), draft: true }),
      post('scheduled', { pubDate: new Date('2026-07-01') }),
    ];
    expect(publishedPosts(posts, { now }).map((p) => p.id)).toEqual(['public']);
  });

  it('shows a scheduled post once the build runs after its date', () => {
    const scheduled = post('scheduled', { pubDate: new Date('2026-07-01') });
    expect(isPublished(scheduled, now)).toBe(false);
    expect(isPublished(scheduled, new Date('2026-07-01T00:00:01Z'))).toBe(true);
  });

  it('lists newest first and breaks ties by id', () => {
    const posts = [
      post('b', { pubDate: new Date('2026-01-01') }),
      post('old', { pubDate: new Date('2025-01-01') }),
      post('a', { pubDate: new Date('2026-01-01') }),
    ];
    expect(publishedPosts(posts, { now }).map((p) => p.id)).toEqual(['a', 'b', 'old']);
  });

  it('includes drafts and scheduled posts for the preview', () => {
    const posts = [post('draft', { draft: true }), post('scheduled', { pubDate: new Date('2027-01-01') })];
    expect(publishedPosts(posts, { now, includeUnpublished: true })).toHaveLength(2);
  });
});
