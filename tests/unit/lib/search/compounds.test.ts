import { describe, expect, it } from 'vitest';
import { compoundHeads, compoundTails } from '../../../../src/lib/search/compounds.ts';

const corpus = compoundHeads(['Kinder', 'Daten', 'Schutz', 'Datenschutz', 'Gesetz', 'Empfehlungen', 'Algorithmen', 'Nutzer', 'und', 'über']);

describe('lib/search/compounds', () => {
  it('knows the corpus words of four letters or more, without stop words', () => {
    expect(corpus.has('kinder')).toBe(true);
    expect(corpus.has('uber')).toBe(false);
    expect(corpus.has('und')).toBe(false);
  });

  it('splits a compound after each known first part, recursively', () => {
    expect(compoundTails('kinderdatenschutz', corpus).sort()).toEqual(['datenschutz', 'schutz']);
    expect(compoundTails('kinderdatenschutzgesetz', corpus)).toEqual(expect.arrayContaining(['datenschutzgesetz', 'schutzgesetz', 'gesetz']));
  });

  it('accepts the linking s and a first part known only in another form', () => {
    expect(compoundTails('empfehlungsalgorithmen', corpus)).toEqual(['algorithmen']);
  });

  it('takes no remainder that is not a word of the corpus', () => {
    // "datens|chutz" must not count: "chutz" is no word.
    expect(compoundTails('datenschutz', corpus)).toEqual(['schutz']);
    expect(compoundTails('kinderwagen', corpus)).toEqual([]);
  });

  it('takes no word ending for a word', () => {
    expect(compoundTails('nutzerinnen', corpus)).toEqual([]);
  });
});
