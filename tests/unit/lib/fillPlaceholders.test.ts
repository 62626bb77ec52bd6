import { describe, expect, it } from 'vitest';
import { countForm, fill } from '../../../src/lib/fillPlaceholders.ts';

describe('lib/fillPlaceholders', () => {
  it('fills every placeholder and leaves unknown ones', () => {
    expect(fill('{n} von {m}', { n: 3 })).toBe('3 von {m}');
    expect(fill('{name} an {name}', { name: 'Ida' })).toBe('Ida an Ida');
  });

  it('puts a value in as it is, even one with the dollar patterns of String#replace', () => {
    expect(fill('Antwort an {name}', { name: "$& und $' und $`" })).toBe("Antwort an $& und $' und $`");
  });

  it('picks the form of a count label: none, one, many', () => {
    const forms = ['Keine Kommentare', '1 Kommentar', '{n} Kommentare'] as const;
    expect([0, 1, 2, 1000].map((n) => countForm(forms, n))).toEqual(['Keine Kommentare', '1 Kommentar', '{n} Kommentare', '{n} Kommentare']);
  });
});
