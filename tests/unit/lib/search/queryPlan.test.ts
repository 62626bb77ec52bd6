import { describe, expect, it } from 'vitest';
import { MAX_QUERY_WORDS, planQuery } from '../../../../src/lib/search/queryPlan.ts';

describe('lib/search/queryPlan', () => {
  it('turns lunr query syntax into plain words', () => {
    expect(planQuery('title:Daten~2 +Schutz -Werbung^3 *Kinder*').map((word) => word.term)).toEqual(['titl', 'dat', 'schutz', 'werbung', 'kind']);
    expect(planQuery(':~^*+-')).toEqual([]);
  });

  it('drops stop words and repeats', () => {
    expect(planQuery('die Kinder und die Kindern').map((word) => word.word)).toEqual(['Kinder']);
  });

  it('completes the word being typed from its stem, and finished words from their whole form', () => {
    const [typed] = planQuery('Kinde', { typing: true });
    expect(typed!.prefix).toBe('kind');
    const [finished] = planQuery('Datenschutz');
    expect(finished!.prefix).toBe('datenschutz');
    const [done, next] = planQuery('Datenschutz Kind', { typing: true });
    expect(done!.prefix).toBe('datenschutz');
    expect(next!.prefix).toBe('kind');
    expect(planQuery('Kinder ', { typing: true })[0]!.prefix).toBe('kinder');
  });

  it('completes no prefix shorter than three letters (no slow expansion to every term)', () => {
    expect(planQuery('ab', { typing: true })[0]!.prefix).toBeNull();
  });

  it('tolerates typos only in words of five letters or more', () => {
    expect(planQuery('Daten')[0]!.fuzzy).toBe(true);
    expect(planQuery('Feed')[0]!.fuzzy).toBe(false);
  });

  it('reads at most eight words and 200 characters', () => {
    const many = Array.from({ length: 20 }, (_, i) => `Wort${i}`).join(' ');
    expect(planQuery(many)).toHaveLength(MAX_QUERY_WORDS);
    expect(planQuery(`${' '.repeat(199)}Kinder`)).toEqual([]);
  });
});
