import { describe, expect, it } from 'vitest';
import { cardJobs, SITE_CARD } from '../../../src/og/cardInputs.ts';

const now = new Date('2026-06-01T00:00:00Z');
const names = new Map([['lena', 'Lena Hoffmann']]);
const post = (id: string, data: Record<string, unknown> = {}) => ({
  id,
  data: { title: `Titel ${id}`, category: 'Datenschutz', author: 'lena', pubDate: '2026-05-01', ...data },
});

describe('og/cardInputs', () => {
  it('makes a card per published post, with the author’s name and a German date', () => {
    const [job] = cardJobs([post('a')], names, now);
    expect(job).toEqual({
      id: 'a',
      input: expect.objectContaining({ title: 'Titel a', category: 'Datenschutz', author: 'Lena Hoffmann', date: '1. Mai 2026' }),
    });
  });

  it('makes no card for drafts and scheduled posts', () => {
    const jobs = cardJobs([post('draft', { draft: true }), post('later', { pubDate: '2026-07-01' })], names, now);
    expect(jobs).toEqual([SITE_CARD]);
  });

  it('makes no card where a raster hero image can be shared, but one for an SVG hero', () => {
    const jobs = cardJobs([post('photo', { hero: { src: './bild.JPG' } }), post('vector', { hero: { src: './grafik.svg' } })], names, now);
    expect(jobs.map((job) => job.id)).toEqual(['vector', 'default']);
  });

  it('always makes the site card for pages that are not articles', () => {
    expect(cardJobs([], names, now)).toEqual([SITE_CARD]);
  });
});
