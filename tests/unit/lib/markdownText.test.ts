import { describe, expect, it } from 'vitest';
import { countWords, markdownText } from '../../../src/lib/markdownText.ts';

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
});
