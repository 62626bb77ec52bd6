import { describe, expect, it } from 'vitest';
import { urls } from '../../../src/lib/urls.ts';

describe('lib/urls', () => {
  it('puts the first list page at the root and the rest under /seite/', () => {
    expect(urls.listPage(1)).toBe('/');
    expect(urls.listPage(3)).toBe('/seite/3/');
  });

  it('builds tag and category addresses from slugs', () => {
    expect(urls.tag('Digital Services Act')).toBe('/thema/digital-services-act/');
    expect(urls.category('Plattformökonomie')).toBe('/kategorie/plattformoekonomie/');
  });

  it('ends page addresses with a slash, as the build writes them', () => {
    for (const url of [urls.post('x'), urls.author('y'), urls.archiveYear('2026'), urls.page('impressum')]) {
      expect(url.endsWith('/')).toBe(true);
    }
  });
});
