import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/lib/slugify.ts';

describe('lib/slugify', () => {
  it('transliterates German umlauts and ß', () => {
    expect(slugify('Plattformökonomie')).toBe('plattformoekonomie');
    expect(slugify('Überschriften für Größe')).toBe('ueberschriften-fuer-groesse');
    expect(slugify('ÄÖÜ ẞ')).toBe('aeoeue-ss');
  });

  it('drops other accents and joins words with single hyphens', () => {
    expect(slugify('Deniz Yılmaz – Café & Co.')).toBe('deniz-yilmaz-cafe-co');
  });

  it('trims leading and trailing separators', () => {
    expect(slugify('  „Digital Services Act“!  ')).toBe('digital-services-act');
  });

  it('keeps digits', () => {
    expect(slugify('COPPA 2019: 5,7 Mio.')).toBe('coppa-2019-5-7-mio');
  });
});
