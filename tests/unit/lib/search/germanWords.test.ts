import { describe, expect, it } from 'vitest';
import { foldGerman, wordSpans, words } from '../../../../src/lib/search/germanWords.ts';

describe('lib/search/germanWords', () => {
  it('folds umlauts, ß and their transliterations to one spelling', () => {
    expect(foldGerman('Privatsphäre')).toBe('privatsphare');
    expect(foldGerman('Privatsphaere')).toBe('privatsphare');
    expect(foldGerman('privatsphare')).toBe('privatsphare');
    expect(foldGerman('Straße')).toBe(foldGerman('Strasse'));
    expect(foldGerman('Übermaß')).toBe(foldGerman('Uebermass'));
    expect(foldGerman('Behörde')).toBe(foldGerman('Behoerde'));
  });

  it('keeps "ue" after a vowel or q, where it is no umlaut', () => {
    expect(foldGerman('neue')).toBe('neue');
    expect(foldGerman('Feuer')).toBe('feuer');
    expect(foldGerman('Quelle')).toBe('quelle');
    expect(foldGerman('Bauer')).toBe('bauer');
  });

  it('drops other accents and decomposed umlauts', () => {
    expect(foldGerman('Café')).toBe('cafe');
    expect(foldGerman('Pra\u0308sident')).toBe('prasident');
  });

  it('splits at everything that is neither letter nor digit, lunr syntax included', () => {
    expect(words('title:Daten~2 +Schutz -Werbung ^3 *wild* „Zitat“ 5,7')).toEqual(['title', 'Daten', '2', 'Schutz', 'Werbung', '3', 'wild', 'Zitat', '5', '7']);
    expect(words('Datenschutz-Grundverordnung')).toEqual(['Datenschutz', 'Grundverordnung']);
    expect(words('  ')).toEqual([]);
  });

  it('reports where each word stands', () => {
    expect(wordSpans('Ein Bär.')).toEqual([
      { word: 'Ein', start: 0, end: 3 },
      { word: 'Bär', start: 4, end: 7 },
    ]);
  });
});
