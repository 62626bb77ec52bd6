import { describe, expect, it } from 'vitest';
import { reviewsOf, reviewStatement, reviewSummary } from '../../../../src/lib/factCheck/reviewHistory.ts';

const names = new Map([['jonas-becker', 'Jonas Becker'], ['marie-schubert', 'Marie Schubert']]);
const nameOf = (id: string) => names.get(id) ?? id;

describe('lib/factCheck/reviewHistory', () => {
  it('reads complete reviews oldest first, from ids or Astro references', () => {
    const reviews = reviewsOf([
      { reviewer: { collection: 'authors', id: 'marie-schubert' }, date: new Date('2026-12-05') },
      { reviewer: 'jonas-becker', date: '2026-11-25' },
      { reviewer: 'jonas-becker' },
    ]);
    expect(reviews.map((r) => r.reviewer)).toEqual(['jonas-becker', 'marie-schubert']);
    expect(reviewsOf(undefined)).toEqual([]);
  });

  it('keeps the first check and the latest re-check', () => {
    const summary = reviewSummary(reviewsOf([
      { reviewer: 'jonas-becker', date: '2026-11-25' },
      { reviewer: 'jonas-becker', date: '2026-12-05' },
      { reviewer: 'jonas-becker', date: '2026-11-30' },
    ]));
    expect(summary?.first.date.toISOString().slice(0, 10)).toBe('2026-11-25');
    expect(summary?.latest?.date.toISOString().slice(0, 10)).toBe('2026-12-05');
    expect(reviewSummary([])).toBeUndefined();
  });

  it('tells readers who checked before publication and when it was checked again', () => {
    expect(reviewStatement(reviewsOf([{ reviewer: 'jonas-becker', date: '2026-11-25' }]), nameOf)).toBe(
      'Vor Veröffentlichung geprüft von Jonas Becker am 25. November 2026.',
    );
    expect(reviewStatement(reviewsOf([{ reviewer: 'jonas-becker', date: '2026-11-25' }, { reviewer: 'jonas-becker', date: '2026-12-05' }]), nameOf)).toBe(
      'Vor Veröffentlichung geprüft von Jonas Becker am 25. November 2026; erneut geprüft am 5. Dezember 2026.',
    );
    expect(reviewStatement(reviewsOf([{ reviewer: 'jonas-becker', date: '2026-11-25' }, { reviewer: 'marie-schubert', date: '2026-12-05' }]), nameOf)).toBe(
      'Vor Veröffentlichung geprüft von Jonas Becker am 25. November 2026; erneut geprüft von Marie Schubert am 5. Dezember 2026.',
    );
    expect(reviewStatement([], nameOf)).toBe('Die redaktionelle Prüfung ist noch nicht dokumentiert.');
  });
});
