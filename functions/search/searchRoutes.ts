import { Hono, type Context } from 'hono';
import { urls } from '../../src/lib/urls.ts';
import { searchResults, type ResultsView } from '../../src/lib/search/searchResults.ts';
import { resultsStatus } from '../../src/lib/search/resultsHtml.ts';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/queryPlan.ts';
import { searchStrings } from '../../src/strings.ts';
import { resultsPage } from './resultsPage.ts';
import { prefersJson, readSearchParams } from './searchRequest.ts';
import { openSiteSearch } from './siteIndex.ts';
import type { SearchLimit } from './searchRateLimit.ts';

/** Results per page, as on the search page. */
export const RESULTS_PER_PAGE = 10;

/** The JSON answer: plain titles, snippets as segments (`hit: true` marks a matched word). */
function resultsJson(view: ResultsView) {
  return {
    query: view.query,
    total: view.total,
    offset: view.offset,
    results: view.results.map((result) => ({
      slug: result.id,
      url: result.url,
      title: result.title.map((segment) => segment.text).join(''),
      date: result.date,
      category: result.category,
      score: Math.round(result.score * 1000) / 1000,
      snippet: result.snippet,
    })),
    suggestions: view.suggestions,
  };
}

/**
 * GET /api/search?q=…[&seite=n]: the search for readers without JavaScript
 * (the header's form submits here) and for programs. Answers with the site's
 * search page filled with results, or JSON when the client asks for it
 * (`Accept: application/json`). Uses the index of the build in `siteRoot`,
 * the same files the search worker downloads. Queries are neither logged
 * nor cached. With `limit` (the self-hosted server: searchRateLimit.ts), a
 * client over its limit gets 429 `rate_limited` with Retry-After.
 *
 * @example app.route('/', searchRoutes({ siteRoot: 'dist', limit: searchRateLimit(services) }))
 */
export function searchRoutes(options: { siteRoot: string; limit?: SearchLimit }): Hono {
  const app = new Hono();
  const openSearch = openSiteSearch(options.siteRoot);

  const unavailable = (c: Context, json: boolean) =>
    json ? c.json({ error: searchStrings.failed, code: 'search_unavailable' }, 503) : c.text(searchStrings.failed, 503);

  app.get('/api/search', async (c) => {
    c.header('Cache-Control', 'no-store');
    const json = prefersJson(c.req.header('accept'));
    const wait = options.limit ? await options.limit(c) : null;
    if (wait !== null) {
      const headers = { 'Retry-After': String(wait) };
      return json ? c.json({ error: searchStrings.rateLimited, code: 'rate_limited' }, 429, headers) : c.text(searchStrings.rateLimited, 429, headers);
    }
    const params = readSearchParams(new URL(c.req.url).searchParams);
    const site = await openSearch().catch(() => null);

    if (!params.ok) {
      if (json) return c.json({ error: params.message, code: params.code, fields: { [params.field]: params.message } }, 400);
      if (!site) return c.text(params.message, 400);
      const query = (new URL(c.req.url).searchParams.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
      return c.html(resultsPage(site.template, { query, status: params.message }), 400);
    }
    if (!params.query && json) {
      return c.json({ error: searchStrings.emptyQuery, code: 'query_missing', fields: { q: searchStrings.emptyQuery } }, 400);
    }
    if (!site) return unavailable(c, json);

    let view: ResultsView | undefined;
    if (params.query) {
      try {
        view = await searchResults(site.engine, params.query, { offset: (params.page - 1) * RESULTS_PER_PAGE, limit: RESULTS_PER_PAGE });
      } catch {
        return unavailable(c, json);
      }
    }
    if (json) return c.json(resultsJson(view!));
    const more = view && view.total > view.offset + view.results.length ? urls.searchApi(params.query, params.page + 1) : undefined;
    const status = view ? resultsStatus(view) : searchStrings.emptyQuery;
    return c.html(resultsPage(site.template, { query: params.query, status, view, links: { more } }));
  });

  app.all('/api/search', (c) => c.json({ error: searchStrings.methodNotAllowed, code: 'method_not_allowed' }, 405, { Allow: 'GET, HEAD' }));
  return app;
}
