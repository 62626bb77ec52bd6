import { describe, expect, it } from 'vitest';
import { ogCard, titleFontSize } from '../../../src/lib/ogCard.ts';

describe('lib/ogCard', () => {
  it('shrinks the font for long titles', () => {
    expect(titleFontSize('Kurz')).toBe(72);
    expect(titleFontSize('x'.repeat(60))).toBe(60);
    expect(titleFontSize('x'.repeat(90))).toBe(48);
  });

  it('puts site, category, title, author and date on the card', () => {
    const card = JSON.stringify(
      ogCard({ title: 'Kinderdaten', category: 'Datenschutz', author: 'Deniz Yılmaz', date: '3. Juni 2025', siteName: 'Klartext', footer: 'f' }),
    );
    for (const text of ['Klartext · Datenschutz', 'Kinderdaten', 'Deniz Yılmaz · 3. Juni 2025']) expect(card).toContain(text);
  });

  it('leaves out an empty date instead of a dangling separator', () => {
    const card = JSON.stringify(ogCard({ title: 't', category: 'c', author: 'Klartext', date: '', siteName: 's', footer: 'f' }));
    expect(card).toContain('"children":"Klartext"');
  });
});
