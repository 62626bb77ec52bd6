import { describe, expect, it } from 'vitest';
import { countWords, markdownBlocks, markdownHeadings, markdownText } from '../../../src/lib/markdownText.ts';

describe('lib/markdownText', () => {
  it('keeps link text and drops the address', () => {
    expect(markdownText('Siehe [die DSGVO](https://eur-lex.europa.eu/x).')).toBe('Siehe die DSGVO.');
  });

  it('removes headings, list markers, quotes and emphasis', () => {
    const text = markdownText('## Titel\n\n- **fett** und _kursiv_\n> Zitat\n1. eins');
    expect(text).toBe('Titel fett und kursiv Zitat eins');
  });

  it('removes code blocks, MDX imports and tags', () => {
    expect(markdownText("import X from './x.astro'\n\n```js\nconst a = 1;\n```\n\n<X /> Text")).toBe('Text');
  });

  it('counts German compounds and hyphenated words once', () => {
    expect(countWords('Die Datenschutz-Grundverordnung gilt seit 2018.')).toBe(5);
    expect(countWords('')).toBe(0);
  });

  it('lists the headings of the body as plain text', () => {
    expect(markdownHeadings('# Nicht\n\n## Erster *Teil*\n\nText\n\n### Unter [Punkt](x)\n\n```md\n## Kein Titel\n```')).toEqual(['Erster Teil', 'Unter Punkt']);
  });

  it('splits the body into blocks: headings, paragraphs, list items', () => {
    expect(markdownBlocks('## Titel\nErster Absatz\nzweite Zeile.\n\n- eins\n- zwei\n\n```\ncode\n\nmehr\n```\n\nEnde.')).toEqual([
      'Titel',
      'Erster Absatz zweite Zeile.',
      'eins',
      'zwei',
      'Ende.',
    ]);
  });
});
