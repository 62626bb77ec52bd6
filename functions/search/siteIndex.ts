import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createSearchEngine, type SearchEngine } from '../../src/lib/search/searchEngine.ts';

/** The search of one build: its engine and its search page as the results page's template. */
export interface SiteSearch {
  engine: SearchEngine;
  template: string;
}

/** The search page's path in a build; it names the build's index folder. */
const SEARCH_PAGE = 'suche/index.html';

/** The index folder named in the search page (`data-search-index`), or null. */
export function indexUrlInPage(html: string): string | null {
  const url = /\bdata-search-index="(\/_astro\/search\/[\w-]+\/)"/.exec(html)?.[1];
  return url ?? null;
}

/**
 * Opens the search index of the site built into `siteRoot`: the search page
 * says which index folder belongs to the build, its files are read from disk
 * as queries need them. A new build (the page changed) is picked up on the
 * next request. Resolves with null when there is no built search page.
 */
export function openSiteSearch(siteRoot: string): () => Promise<SiteSearch | null> {
  let opened: { modified: number; search: Promise<SiteSearch> } | undefined;
  return async () => {
    const page = join(siteRoot, SEARCH_PAGE);
    const modified = await stat(page).then((info) => info.mtimeMs, () => null);
    if (modified === null) return null;
    if (opened?.modified !== modified) {
      const search = (async () => {
        const template = await readFile(page, 'utf8');
        const indexUrl = indexUrlInPage(template);
        if (!indexUrl) throw new Error(`${page} nennt keinen Suchindex (data-search-index).`);
        const folder = join(siteRoot, indexUrl);
        const engine = createSearchEngine(async (path) => JSON.parse(await readFile(join(folder, path), 'utf8')));
        return { engine, template };
      })();
      opened = { modified, search };
    }
    return opened.search;
  };
}
