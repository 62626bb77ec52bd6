import { describe, expect, it } from 'vitest';
import { groupByYear } from '../../../src/lib/archive.ts';
import { post } from './fixtures.ts';

describe('lib/archive', () => {
  it('groups posts by year, newest year and post first', () => {
    const years = groupByYear([
      post('a', { pubDate: new Date('2025-03-01') }),
      post('b', { pubDate: new Date('2026-02-01') }),
      post('c', { pubDate: new Date('2025-09-01') }),
    ]);
    expect(years.map(({ year, posts }) => [year, posts.map((p) => p.id)])).toEqual([
      ['2026', ['b']],
      ['2025', ['c', 'a']],
    ]);
  });

  it('counts New Year’s Eve evening in Berlin by the Berlin calendar', () => {
    // 23:30 UTC on 31 Dec is already 00:30 on 1 Jan in Berlin.
    const [group] = groupByYear([post('a', { pubDate: new Date('2025-12-31T23:30:00Z') })]);
    expect(group!.year).toBe('2026');
  });
});
