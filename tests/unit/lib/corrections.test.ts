import { describe, expect, it } from 'vitest';
import { allCorrections } from '../../../src/lib/corrections.ts';
import { post } from './fixtures.ts';

const withCorrections = (id: string, corrections: { date: string; text: string }[]) => {
  const base = post(id);
  return { ...base, data: { ...base.data, factCheck: { corrections: corrections.map((c) => ({ date: new Date(c.date), text: c.text })) } } };
};

describe('lib/corrections', () => {
  it('lists the corrections of all posts, newest first, with their article', () => {
    const list = allCorrections([
      withCorrections('a', [{ date: '2026-01-05', text: 'Datum berichtigt.' }, { date: '2026-03-01', text: 'Zahl berichtigt.' }]),
      withCorrections('b', [{ date: '2026-02-01', text: 'Name berichtigt.' }]),
      post('c'),
    ]);
    expect(list.map((c) => [c.postId, c.text])).toEqual([
      ['a', 'Zahl berichtigt.'],
      ['b', 'Name berichtigt.'],
      ['a', 'Datum berichtigt.'],
    ]);
    expect(list[0]!.postTitle).toBe('Titel a');
  });

  it('carries the wording before and after when the correction quotes both', () => {
    const base = post('a');
    const quoted = { ...base, data: { ...base.data, factCheck: { corrections: [{ date: new Date('2026-01-05'), text: 'Zahl berichtigt.', before: 'drei', after: 'vier' }, { date: new Date('2026-01-06'), text: 'Nur ein Hinweis.', before: 'drei' }] } } };
    const list = allCorrections([quoted]);
    expect(list.map((c) => [c.before, c.after])).toEqual([[undefined, undefined], ['drei', 'vier']]);
  });

  it('is empty when nothing was corrected', () => {
    expect(allCorrections([post('a')])).toEqual([]);
  });
});
