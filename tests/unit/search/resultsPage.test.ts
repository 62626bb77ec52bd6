import { describe, expect, it } from 'vitest';
import { resultsPage } from '../../../functions/search/resultsPage.ts';
import { indexUrlInPage } from '../../../functions/search/siteIndex.ts';

const TEMPLATE = [
  '<html><head><title>Suche · Klartext</title></head><body>',
  '<form data-search-index="/_astro/search/0123456789abcdef/"><input id="suche-feld" type="search" name="q" value="" maxlength="200" data-server-query></form>',
  '<p class="search-status" id="suche-status" role="status" data-server-status></p>',
  '<section class="search-page-results" id="suchergebnisse" data-server-results></section>',
  '</body></html>',
].join('');

describe('search/resultsPage', () => {
  it('fills in the query, the status and the results, escaped', () => {
    const html = resultsPage(TEMPLATE, { query: '"><script>alert(1)</script>', status: 'Keine Treffer für „<b>“.' });
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain('<title>Suche nach „&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;“ · Klartext</title>');
    expect(html).toContain('data-server-status>Keine Treffer für „&lt;b&gt;“.</p>');
    expect(html).not.toContain('<script>');
  });

  it('fails loudly when the template lacks a placeholder', () => {
    expect(() => resultsPage(TEMPLATE.replace('data-server-results', ''), { query: 'a', status: '' })).toThrow(/Treffer/);
  });

  it('finds the index folder named in the search page', () => {
    expect(indexUrlInPage(TEMPLATE)).toBe('/_astro/search/0123456789abcdef/');
    expect(indexUrlInPage('<form data-search-index="https://evil.example/x/">')).toBeNull();
  });
});
