import { describe, expect, it } from 'vitest';
import { searchDocuments, type RawPost } from '../../../../src/lib/search/searchDocuments.ts';

const raw = (id: string, data: Record<string, unknown>, body = '## Abschnitt\n\nText mit **Betonung**.'): RawPost => ({
  id,
  data: { title: `Titel ${id}`, lead: 'Vorspann', pubDate: '2026-01-15', author: 'lena-hoffmann', category: 'Datenschutz', tags: ['DSGVO'], ...data },
  body,
});
const names = new Map([['lena-hoffmann', 'Lena Hoffmann']]);
const now = new Date('2026-06-01T12:00:00Z');

describe('lib/search/searchDocuments', () => {
  it('keeps drafts and scheduled posts out, newest first', () => {
    const posts = [raw('alt', { pubDate: '2025-01-01' }), raw('entwurf', { draft: true }), raw('geplant', { pubDate: '2026-07-01' }), raw('neu', {})];
    expect(searchDocuments(posts, names, { now }).map((doc) => doc.id)).toEqual(['neu', 'alt']);
  });

  it('includes them for the dev server’s preview', () => {
    const posts = [raw('entwurf', { draft: true }), raw('geplant', { pubDate: '2026-07-01' })];
    expect(searchDocuments(posts, names, { now, includeUnpublished: true })).toHaveLength(2);
  });

  it('takes the author’s name, the headings and the body as plain text', () => {
    const [doc] = searchDocuments([raw('a', {}, '## Erster *Teil*\n\nEin [Link](https://x.example) hier.\n\n### Unterpunkt\n')], names, { now });
    expect(doc).toMatchObject({ author: 'Lena Hoffmann', headings: ['Erster Teil', 'Unterpunkt'], url: '/artikel/a/', tags: ['DSGVO'] });
    expect(doc!.body).toBe('Erster Teil\nEin Link hier.\nUnterpunkt');
  });
});
