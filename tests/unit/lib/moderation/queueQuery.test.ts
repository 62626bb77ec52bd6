import { describe, expect, it } from 'vitest';
import { apiPathForView, pageCount, searchForView, viewFromSearch } from '../../../../src/lib/moderation/queueQuery.ts';

describe('moderation queue views', () => {
  it('opens on the pending queue, page 1', () => {
    expect(viewFromSearch('')).toEqual({ status: 'pending', post: '', q: '', page: 1 });
  });

  it('reads status, article, words and page from the address', () => {
    expect(viewFromSearch('?status=spam&post=dark-patterns&q=Casino%20jetzt&seite=3')).toEqual({ status: 'spam', post: 'dark-patterns', q: 'Casino jetzt', page: 3 });
  });

  it('falls back for an unknown status and a page that is no whole number from 1', () => {
    for (const search of ['?status=deleted&seite=0', '?status=&seite=-2', '?seite=1.5', '?seite=abc']) {
      expect(viewFromSearch(search)).toMatchObject({ status: 'pending', page: 1 });
    }
  });

  it('writes an address that reads back to the same view, leaving defaults out', () => {
    const view = { status: 'rejected' as const, post: 'a&b', q: 'x y', page: 2 };
    expect(viewFromSearch(searchForView(view))).toEqual(view);
    expect(searchForView({ status: 'pending', post: '', q: '', page: 1 })).toBe('');
  });

  it('asks the API with its own parameter names', () => {
    const params = new URL(apiPathForView({ status: 'approved', post: 'p', q: 'Wort', page: 4 }), 'http://x').searchParams;
    expect(Object.fromEntries(params)).toEqual({ status: 'approved', page: '4', post: 'p', q: 'Wort' });
    expect(apiPathForView({ status: 'pending', post: '', q: '', page: 1 })).toBe('/api/moderation/comments?status=pending&page=1');
  });

  it('asks for reported comments of any status on the "Gemeldet" tab', () => {
    expect(viewFromSearch('?status=reported').status).toBe('reported');
    expect(apiPathForView({ status: 'reported', post: '', q: '', page: 2 })).toBe('/api/moderation/comments?reported=1&page=2');
  });

  it('counts pages, at least one', () => {
    expect([pageCount(0, 50), pageCount(50, 50), pageCount(51, 50)]).toEqual([1, 1, 2]);
  });
});
