import { describe, expect, it } from 'vitest';
import { houseStyleMarkdown, markdownDifference } from '../../../../src/lib/cms/markdownTree.ts';

const TEXT = `## Worum es geht

Ein Absatz mit **fettem** Text und einem [Link](https://example.org/).

- erster Punkt
- zweiter Punkt

> Ein Zitat.
`;

describe('lib/cms/markdownTree', () => {
  it('treats list markers, blank lines and escapes as the same text', () => {
    const rewritten = `## Worum es geht\nEin Absatz mit **fettem** Text und einem [Link](https://example.org/).\n\n* erster Punkt\n* zweiter Punkt\n\n> Ein Zitat.`;
    expect(markdownDifference(`\n${TEXT}`, rewritten)).toBeNull();
  });

  it('finds an image that became text and names its line', () => {
    const original = `${TEXT}\n![Eine Grafik](./bilder/grafik.svg)\n`;
    const damaged = `${TEXT}\n!\\[Eine Grafik](./bilder/grafik.svg)\n`;
    expect(markdownDifference(original, damaged)).toEqual({ type: 'image', line: 10 });
  });

  it('finds a footnote that became text', () => {
    expect(markdownDifference('Ein Satz.[^1]\n\n[^1]: Die Quelle.\n', 'Ein Satz.\\[^1]\n\n\\[^1]: Die Quelle.\n')).toMatchObject({ type: 'text' });
  });

  it('finds a component or an import that is missing', () => {
    expect(markdownDifference('Text\n\n<Hinweis>\n  Achtung\n</Hinweis>\n', 'Text\n\nAchtung\n')).toMatchObject({ type: 'mdxJsxFlowElement', line: 3 });
    expect(markdownDifference("import X from './x.ts';\n\nText\n", 'Text\n')).toMatchObject({ type: 'mdxjsEsm', line: 1 });
  });

  it('finds a changed word', () => {
    expect(markdownDifference(TEXT, TEXT.replace('zweiter', 'dritter'))).toMatchObject({ type: 'text', line: 6 });
  });

  it('counts text that is not valid MDX as a difference at its line', () => {
    expect(markdownDifference('Zeile eins\n\nweniger als <3 Tage\n', 'Zeile eins\n')).toEqual({ type: 'invalid-mdx', line: 3 });
  });

  it('writes the project style: "-" bullets, meaning unchanged', () => {
    const styled = houseStyleMarkdown('* eins\n* zwei\n\n***\n\nText\n');
    expect(styled).toBe('- eins\n- zwei\n\n---\n\nText\n');
    expect(markdownDifference(TEXT, houseStyleMarkdown(TEXT))).toBeNull();
    expect(houseStyleMarkdown(TEXT)).toBe(TEXT);
  });
});
