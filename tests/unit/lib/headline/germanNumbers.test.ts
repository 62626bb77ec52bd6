import { describe, expect, it } from 'vitest';
import { numbersIn, sameNumber } from '../../../../src/lib/headline/germanNumbers.ts';

describe('lib/headline/germanNumbers', () => {
  it('reads German decimals and scale words', () => {
    expect(numbersIn('5,7 Millionen Dollar')).toEqual([5_700_000]);
    expect(numbersIn('2,9 Mrd. Nutzer')).toEqual([2_900_000_000]);
  });

  it('reads English-style decimals and abbreviations the same way', () => {
    expect(numbersIn('5.7 Mio. USD')).toEqual([5_700_000]);
  });

  it('tells thousands separators from decimals', () => {
    expect(numbersIn('700.000 Nutzer')).toEqual([700_000]);
    expect(numbersIn('1.250.000,5')).toEqual([1_250_000.5]);
  });

  it('reads numbers written as words', () => {
    expect(numbersIn('drei Gründe und zwölf Monate')).toEqual([3, 12]);
    expect(numbersIn('fünf Millionen Menschen')).toEqual([5_000_000]);
    expect(numbersIn('eine Milliarde')).toEqual([1_000_000_000]);
  });

  it('does not take the article "ein" for a number', () => {
    expect(numbersIn('Ein Vergleich und eine Frage')).toEqual([]);
  });

  it('reads years and percentages', () => {
    expect(numbersIn('Seit 2019 sind es 97 %')).toEqual([2019, 97]);
  });

  it('treats rounded figures as the same number', () => {
    expect(sameNumber(2_910_000_000, 2_900_000_000)).toBe(true); // "2,9 Mrd." for 2,91 Mrd.
    expect(sameNumber(5_700_000, 5_700_000)).toBe(true);
    expect(sameNumber(45, 46)).toBe(false);
    expect(sameNumber(5_700_000, 7_500_000)).toBe(false);
  });

  it('does not read digits glued to letters as figures: codes and product names', () => {
    expect(numbersIn('BRC107 Wie gehen junge Menschen mit dem Algorithmus um?')).toEqual([]);
    expect(numbersIn('5G-Ausbau und der Audi A6')).toEqual([]);
    expect(numbersIn('Die 110 ruft an, das iPhone 8 lädt 50 Prozent')).toEqual([110, 8, 50]);
    expect(numbersIn('10-jähriges Jubiläum')).toEqual([10]);
  });
});
