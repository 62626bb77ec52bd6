import { describe, expect, it } from 'vitest';
import { rankByCoverage } from '../../../../src/lib/search/ranking.ts';

const result = (ref: string, score: number, terms: string[]) => ({ ref, score, matchData: { metadata: Object.fromEntries(terms.map((term) => [term, {}])) } });
const words = [
  { term: 'werbung', exact: true, prefixTerms: [], typoTerms: [] },
  { term: 'kind', exact: true, prefixTerms: ['kinderdat'], typoTerms: [] },
];

describe('lib/search/ranking', () => {
  it('puts documents with all words first, then by score', () => {
    const ranked = rankByCoverage([result('0', 9, ['werbung']), result('1', 2, ['werbung', 'kinderdat']), result('2', 3, ['werbung', 'kind'])], words);
    expect(ranked.map((r) => [r.ref, r.matchedWords])).toEqual([
      [2, 2],
      [1, 2],
      [0, 1],
    ]);
  });

  it('breaks ties by document number (newest first)', () => {
    const ranked = rankByCoverage([result('5', 1, ['werbung']), result('3', 1, ['werbung'])], words);
    expect(ranked.map((r) => r.ref)).toEqual([3, 5]);
  });
});
