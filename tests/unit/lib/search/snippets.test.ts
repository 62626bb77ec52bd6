import { describe, expect, it } from 'vitest';
import { highlight, matchedWordTest, snippet, type Segment } from '../../../../src/lib/search/snippets.ts';

const marked = (segments: Segment[]) => segments.filter((segment) => segment.hit).map((segment) => segment.text);
const text = (segments: Segment[]) => segments.map((segment) => segment.text).join('');

describe('lib/search/snippets', () => {
  const isMatch = matchedWordTest(['kind', 'datenschutz']);

  it('marks every form of a matched term, and matched terms inside compounds', () => {
    expect(marked(highlight('Kinder, Kindern und das Kinderdatenschutzgesetz', isMatch))).toEqual(['Kinder', 'Kindern', 'Kinderdatenschutzgesetz']);
  });

  it('keeps the text as it was, only cut into pieces', () => {
    const source = 'Die Kinder – „alle“ – und <b>nichts</b> sonst.';
    expect(text(highlight(source, isMatch))).toBe(source);
  });

  it('picks the sentence with the most different matched words', () => {
    const body = 'Kinder spielen. Nichts davon. Der Datenschutz für Kinder ist streng. Kinder, Kinder.';
    const result = snippet(body, isMatch, 'Vorspann.', 40);
    expect(text(result)).toContain('Der Datenschutz für Kinder ist streng.');
    expect(marked(result)).toEqual(['Datenschutz', 'Kinder']);
  });

  it('cuts a long passage around the first match, at word boundaries, with ellipses', () => {
    const long = `${'Wort '.repeat(80)}Kinder ${'Wort '.repeat(80)}`;
    const result = text(snippet(long, isMatch, '', 120));
    expect(result.length).toBeLessThanOrEqual(124);
    expect(result.startsWith('…')).toBe(true);
    expect(result.endsWith('…')).toBe(true);
    expect(result).toContain('Kinder');
    expect(result).not.toMatch(/…\S*Wor…|Wo …/);
  });

  it('falls back to the start of the lead when the text has no match', () => {
    expect(text(snippet('Hier steht nichts davon.', isMatch, 'Ein Vorspann über Plattformen.'))).toBe('Ein Vorspann über Plattformen.');
  });

  it('does not end a sentence at an abbreviation, a number or a dot inside a name', () => {
    const body = 'Nach Art. 28 gilt das für Kinder. Die App Musical.ly sammelte Daten von Kindern.\nÜberschrift ohne Punkt\nDer Rest.';
    expect(text(snippet(body, isMatch, '', 60))).toBe('Nach Art. 28 gilt das für Kinder.');
    expect(text(snippet(body.slice(34), isMatch, '', 60))).toBe('Die App Musical.ly sammelte Daten von Kindern.');
  });
});
