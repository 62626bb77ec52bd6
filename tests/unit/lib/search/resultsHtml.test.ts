import { describe, expect, it } from 'vitest';
import { escapeHtml, resultsHtml, resultsStatus, segmentsHtml } from '../../../../src/lib/search/resultsHtml.ts';
import type { ResultsView } from '../../../../src/lib/search/searchResults.ts';

const view = (overrides: Partial<ResultsView> = {}): ResultsView => ({
  query: 'Kinder',
  words: 1,
  total: 1,
  offset: 0,
  results: [
    {
      id: 'a',
      url: '/artikel/a/',
      title: [{ text: 'Daten von ' }, { text: 'Kindern', hit: true }],
      date: '2026-03-12',
      dateLabel: '12. März 2026',
      category: 'Datenschutz',
      snippet: [{ text: '<script>alert(1)</script> ' }, { text: 'Kinder', hit: true }],
      score: 1,
      matchedWords: 1,
    },
  ],
  suggestions: [],
  timing: { searchMs: 1, loadMs: 0 },
  ...overrides,
});

describe('lib/search/resultsHtml', () => {
  it('escapes everything and marks matched words', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(segmentsHtml([{ text: '<b>' }, { text: 'Kind', hit: true }])).toBe('&lt;b&gt;<mark>Kind</mark>');
  });

  it('renders a result with link, date, category and snippet', () => {
    const html = resultsHtml(view(), 'heading');
    expect(html).toContain('<h2 class="search-result-title"><a class="search-result-link" href="/artikel/a/">Daten von <mark>Kindern</mark></a></h2>');
    expect(html).toContain('<time datetime="2026-03-12">12. März 2026</time> · Datenschutz');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; <mark>Kinder</mark>');
    expect(html).not.toContain('<script');
    expect(resultsHtml(view(), 'link')).not.toContain('<h2');
  });

  it('says how many results, or why there are none', () => {
    expect(resultsStatus(view())).toBe('1 Treffer für „Kinder“');
    expect(resultsStatus(view({ total: 12 }))).toBe('12 Treffer für „Kinder“');
    expect(resultsStatus(view({ total: 0, results: [] }))).toBe('Keine Treffer für „Kinder“.');
    expect(resultsStatus(view({ query: '  ' }))).toBe('Bitte einen Suchbegriff eingeben.');
    expect(resultsStatus(view({ words: 0, query: 'die und' }))).toMatch(/aussagekräftigeres Wort/);
  });

  it('offers tags and further links, escaped', () => {
    const html = resultsHtml(view({ results: [], total: 0, suggestions: [{ name: 'Daten & Schutz', url: '/thema/daten-schutz/', count: 2 }] }), 'link', {
      more: '/api/search?q=a&seite=2',
      all: '/suche/?q=Kinder',
    });
    expect(html).toContain('Vielleicht hilft eines dieser Themen:');
    expect(html).toContain('<a href="/thema/daten-schutz/">Daten &amp; Schutz</a>');
    expect(html).toContain('href="/api/search?q=a&amp;seite=2">Weitere Treffer</a>');
    expect(html).toContain('Alle Treffer für „Kinder“');
  });
});
