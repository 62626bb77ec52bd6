import { describe, expect, it } from 'vitest';
import { germanTerm } from '../../../../src/lib/search/germanTerms.ts';

describe('lib/search/germanTerms', () => {
  it('gives inflected forms one term (Snowball via lunr-languages)', () => {
    expect(germanTerm('Kindern')).toBe(germanTerm('Kinder'));
    expect(germanTerm('Plattformen')).toBe(germanTerm('Plattform'));
    expect(germanTerm('Jugendlichen')).toBe(germanTerm('Jugendliche'));
    expect(germanTerm('Kindern')).toBe('kind');
  });

  it('joins Latin singulars and plurals: Algorithmus and Algorithmen', () => {
    expect(germanTerm('Algorithmus')).toBe(germanTerm('Algorithmen'));
    expect(germanTerm('Zentrum')).toBe(germanTerm('Zentren'));
    expect(germanTerm('Medium')).toBe(germanTerm('Medien'));
  });

  it('leaves German words in -tum and short words alone', () => {
    expect(germanTerm('Eigentum')).toBe('eigentum');
    expect(germanTerm('Datum')).not.toBe(germanTerm('Daten'));
  });

  it('matches umlauts, their transliteration and plain vowels', () => {
    expect(germanTerm('Privatsphäre')).toBe(germanTerm('Privatsphaere'));
    expect(germanTerm('Privatsphäre')).toBe(germanTerm('privatsphare'));
    expect(germanTerm('Geschäftsmodell')).toBe(germanTerm('Geschaeftsmodelle'));
  });

  it('drops German stop words in every spelling, and single characters', () => {
    for (const word of ['die', 'und', 'für', 'fuer', 'über', 'dass', 'daß', 'x', '5']) expect(germanTerm(word), word).toBeNull();
    expect(germanTerm('KI')).toBe('ki');
    expect(germanTerm('2019')).toBe('2019');
  });

  it('does not confuse "neuen" with "neun"', () => {
    expect(germanTerm('neuen')).not.toBe(germanTerm('neun'));
  });
});
