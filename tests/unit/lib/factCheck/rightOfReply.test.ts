import { describe, expect, it } from 'vitest';
import { nearDuplicateReasons, notAskedReasons, recycledParagraphs, replyEntries, textOverlap } from '../../../../src/lib/factCheck/rightOfReply.ts';

describe('lib/factCheck/rightOfReply', () => {
  it('lists each criticised party with the date and answer, or why nobody asked', () => {
    const entries = replyEntries({
      criticised: ['TikTok', 'Meta', 'X'],
      requests: [
        { party: 'tiktok', askedOn: '2026-11-20', answer: 'Keine Antwort bis 27. November 2026.' },
        { party: 'Meta', notAskedReason: 'Zitiert wird nur Metas eigener Quartalsbericht, ohne Vorwurf.' },
      ],
    });
    expect(entries).toEqual([
      { party: 'TikTok', kind: 'answered', askedOn: new Date('2026-11-20'), answer: 'Keine Antwort bis 27. November 2026.' },
      { party: 'Meta', kind: 'notAsked', reason: 'Zitiert wird nur Metas eigener Quartalsbericht, ohne Vorwurf.' },
      { party: 'X', kind: 'undocumented' },
    ]);
    expect(replyEntries(undefined)).toEqual([]);
  });

  it('scores a formula with a swapped name as near-duplicate and two own reasons as different', () => {
    const formula = (who: string) => `Die Kritik stützt sich ausschließlich auf öffentliche Entscheidungen ${who}; keine neuen Vorwürfe.`;
    expect(textOverlap(formula('der FTC'), formula('der EU-Kommission und des EDSA'))).toBeGreaterThanOrEqual(0.5);
    expect(
      textOverlap(
        'Der Artikel zitiert nur Metas eigene Nutzerzahl; er wirft dem Unternehmen nichts vor.',
        'TikTok wurde nicht gefragt, weil die Vorwürfe aus dem Bescheid der irischen Datenschutzbehörde stammen, zu dem TikTok öffentlich Stellung nahm.',
      ),
    ).toBeLessThan(0.5);
  });

  it('finds reasons repeated across posts, not within one post', () => {
    const formula = 'Die Kritik stützt sich ausschließlich auf öffentliche Mitteilungen; keine neuen Vorwürfe.';
    const reasons = [
      ...notAskedReasons('a', { criticised: ['TikTok', 'X'], requests: [{ party: 'TikTok', notAskedReason: formula }, { party: 'X', notAskedReason: formula }] }),
      ...notAskedReasons('b', { criticised: ['Meta'], requests: [{ party: 'Meta', notAskedReason: formula.replace('Mitteilungen', 'Berichte') }] }),
      ...notAskedReasons('c', { criticised: ['Google'], requests: [{ party: 'Google', notAskedReason: 'Google wird nur als Beispiel für eine Datenbank genannt.' }] }),
    ];
    const found = nearDuplicateReasons(reasons);
    expect([...found.keys()].map((r) => `${r.postId}/${r.party}`)).toEqual(['a/TikTok', 'a/X', 'b/Meta']);
    expect(found.get(reasons[2]!)!.map((r) => r.postId)).toEqual(['a', 'a']);
  });
});

describe('lib/factCheck/rightOfReply: recycled paragraphs', () => {
  const paragraph = 'Die Betreiber von Musical.ly zahlten 2019 in einem Vergleich mit der FTC 5,7 Millionen US-Dollar, weil die App Daten von Kindern unter 13 Jahren ohne Zustimmung der Eltern gesammelt hatte, was das US-Gesetz COPPA verbietet.';
  it('finds a paragraph another post repeats nearly word for word', () => {
    const found = recycledParagraphs([
      { id: 'a', bodyParagraphs: [paragraph, 'Kurz.'] },
      { id: 'b', bodyParagraphs: [paragraph.replace('zahlten 2019', 'zahlten im Jahr 2019')] },
      { id: 'c', bodyParagraphs: ['Musical.ly einigte sich mit der US-Handelsbehörde: Die Firma überwies 5,7 Millionen Dollar, nachdem ihr vorgeworfen worden war, Angaben über Kinder ohne Einverständnis ihrer Eltern erhoben zu haben.'] },
    ]);
    expect(found.map((f) => `${f.postId}→${f.otherId}`)).toEqual(['a→b', 'b→a']);
  });
});
