// The search runs here, off the page's main thread: lunr, the index files,
// snippets and the results' HTML. One engine per index; its files stay loaded.
import { resultItemsHtml, resultsHtml, resultsStatus } from '../../lib/search/resultsHtml.ts';
import { createSearchEngine, type SearchEngine } from '../../lib/search/searchEngine.ts';
import { searchResults } from '../../lib/search/searchResults.ts';
import { urls } from '../../lib/urls.ts';
import { searchStrings } from '../../strings/search.ts';
import type { SearchRequest, SearchResponse } from './searchProtocol.ts';

const engines = new Map<string, SearchEngine>();

function engineFor(indexUrl: string): SearchEngine {
  let engine = engines.get(indexUrl);
  if (!engine) {
    engine = createSearchEngine(async (path) => {
      const response = await fetch(new URL(path, indexUrl));
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json();
    });
    engines.set(indexUrl, engine);
  }
  return engine;
}

async function answer(request: SearchRequest): Promise<SearchResponse> {
  const { id, query, offset, limit, typing, markup } = request;
  const view = await searchResults(engineFor(request.indexUrl), query, { offset, limit, typing });
  const shown = offset + view.results.length;
  const trimmed = query.trim();
  const more = markup === 'page' && view.total > shown ? urls.searchApi(trimmed, Math.floor(shown / limit) + 1) : undefined;
  const all = markup === 'panel' && view.total > 0 ? urls.search(trimmed) : undefined;
  const title = markup === 'page' ? 'heading' : 'link';
  return {
    id,
    status: resultsStatus(view),
    html: resultsHtml(view, title, { more, all }),
    itemsHtml: resultItemsHtml(view.results, title),
    total: view.total,
    shown,
    more,
    timing: view.timing,
  };
}

self.addEventListener('message', async (event: MessageEvent<SearchRequest>) => {
  let response: SearchResponse;
  try {
    response = await answer(event.data);
  } catch {
    response = { id: event.data.id, status: searchStrings.failed, html: '', itemsHtml: '', total: 0, shown: 0, timing: { searchMs: 0, loadMs: 0 } };
  }
  self.postMessage(response);
});
