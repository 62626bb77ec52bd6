/**
 * The server's HTML results page: the built search page (/suche/) with the
 * query, the status line and the results filled in, so a reader without
 * JavaScript sees the site's own page. Pure: template and results in, HTML out.
 */
import { escapeHtml, resultsHtml, type ResultsLinks } from '../../src/lib/search/resultsHtml.ts';
import type { ResultsView } from '../../src/lib/search/searchResults.ts';
import { strings } from '../../src/strings.ts';

/** What the page shows: the query as typed, a status line, and results (none for an error). */
export interface ResultsPageContent {
  query: string;
  status: string;
  view?: ResultsView;
  links?: ResultsLinks;
}

function fill(html: string, pattern: RegExp, replace: (match: string, ...groups: string[]) => string, name: string): string {
  if (!pattern.test(html)) throw new Error(`Die Suchseite hat keine Stelle für ${name}; ist dist/suche/index.html aus diesem Build?`);
  return html.replace(pattern, replace);
}

/** The results page, built from the search page's HTML. Throws when the template lacks a placeholder. */
export function resultsPage(template: string, content: ResultsPageContent): string {
  const title = content.query ? strings.search.pageTitle(content.query) : strings.search.title;
  let html = fill(template, /<title>[^<]*<\/title>/, () => `<title>${escapeHtml(`${title} · ${strings.site.name}`)}</title>`, 'den Titel');
  html = fill(html, /<input\b[^>]*\bdata-server-query\b[^>]*>/, (tag) => tag.replace(/\bvalue="[^"]*"/, `value="${escapeHtml(content.query)}"`), 'den Suchbegriff');
  html = fill(html, /(<p\b[^>]*\bdata-server-status\b[^>]*>)(<\/p>)/, (_, open, close) => `${open}${escapeHtml(content.status)}${close}`, 'die Statuszeile');
  const results = content.view ? resultsHtml(content.view, 'heading', content.links) : '';
  return fill(html, /(<section\b[^>]*\bdata-server-results\b[^>]*>)(<\/section>)/, (_, open, close) => `${open}${results}${close}`, 'die Treffer');
}
