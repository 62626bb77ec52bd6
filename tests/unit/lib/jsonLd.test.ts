import { describe, expect, it } from 'vitest';
import { blogPosting, serializeJsonLd } from '../../../src/lib/jsonLd.ts';

const input = {
  url: 'https://klartext.example/artikel/a/',
  title: 'Titel',
  description: 'Vorspann',
  published: new Date('2026-01-01T00:00:00Z'),
  image: 'https://klartext.example/og/a.png',
  author: { name: 'Lena Hoffmann', url: 'https://klartext.example/autoren/lena-hoffmann/' },
  publisher: { name: 'Klartext', url: 'https://klartext.example/' },
  keywords: ['DSGVO', 'TikTok'],
  section: 'Datenschutz',
  citations: [
    { title: 'Pressemitteilung', url: 'https://www.ftc.gov/x', publisher: 'FTC' },
    { title: 'Interview', publisher: 'Redaktion' },
  ],
  language: 'de',
};

describe('lib/jsonLd', () => {
  it('describes a BlogPosting with author, dates, image and citations', () => {
    const data = blogPosting(input);
    expect(data).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'Titel',
      datePublished: '2026-01-01T00:00:00.000Z',
      dateModified: '2026-01-01T00:00:00.000Z',
      image: ['https://klartext.example/og/a.png'],
      author: { '@type': 'Person', name: 'Lena Hoffmann' },
      keywords: 'DSGVO, TikTok',
    });
    expect(data.citation).toEqual([
      { '@type': 'CreativeWork', name: 'Pressemitteilung', url: 'https://www.ftc.gov/x', publisher: { '@type': 'Organization', name: 'FTC' } },
      { '@type': 'CreativeWork', name: 'Interview', publisher: { '@type': 'Organization', name: 'Redaktion' } },
    ]);
  });

  it('uses the update as dateModified', () => {
    const data = blogPosting({ ...input, modified: new Date('2026-02-01T00:00:00Z') });
    expect(data.dateModified).toBe('2026-02-01T00:00:00.000Z');
  });

  it('cannot be broken out of its script element', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });
});
