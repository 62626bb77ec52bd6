/**
 * Search results as HTML, for the server's results page and the search
 * script alike (one markup, one escaping). Every text is escaped: titles
 * come from the index, the query from whoever sent it.
 */
import { searchStrings } from '../../strings/search.ts';
import type { ResultView, ResultsView } from './searchResults.ts';
import type { Segment } from './snippets.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** Segments as HTML, matched words in `<mark>`. */
export function segmentsHtml(segments: readonly Segment[]): string {
  return segments.map((segment) => (segment.hit ? `<mark>${escapeHtml(segment.text)}</mark>` : escapeHtml(segment.text))).join('');
}

/** The one-line status of a search: how many results, or why there are none. */
export function resultsStatus(view: Pick<ResultsView, 'query' | 'words' | 'total'>): string {
  const query = view.query.trim();
  if (!query) return searchStrings.emptyQuery;
  if (view.words === 0) return searchStrings.onlyStopWords;
  return view.total === 0 ? searchStrings.noResults(query) : searchStrings.count(view.total, query);
}

/** How result titles are marked up: as `<h2>` on the search page, as plain links in the header's list. */
export type TitleMarkup = 'heading' | 'link';

function resultHtml(result: ResultView, title: TitleMarkup): string {
  const link = `<a class="search-result-link" href="${escapeHtml(result.url)}">${segmentsHtml(result.title)}</a>`;
  return [
    '<li class="search-result">',
    title === 'heading' ? `<h2 class="search-result-title">${link}</h2>` : `<p class="search-result-title">${link}</p>`,
    `<p class="meta"><time datetime="${escapeHtml(result.date)}">${escapeHtml(result.dateLabel)}</time> · ${escapeHtml(result.category)}</p>`,
    `<p class="search-snippet">${segmentsHtml(result.snippet)}</p>`,
    '</li>',
  ].join('');
}

/** The list items of some results (the search page appends further pages to its list with them). */
export function resultItemsHtml(results: readonly ResultView[], title: TitleMarkup): string {
  return results.map((result) => resultHtml(result, title)).join('');
}

/** Links below the results: the next page, and from the header's short list to the search page. */
export interface ResultsLinks {
  /** Address of the next page, when there are more results. */
  more?: string;
  /** Address of all results (the header's list shows only the first few). */
  all?: string;
}

/**
 * The results of a search: the list, tags to try when nothing was found,
 * and the links of `links`. The status line (resultsStatus) is separate: it
 * belongs in a live region that stays in place.
 */
export function resultsHtml(view: ResultsView, title: TitleMarkup, links: ResultsLinks = {}): string {
  const parts: string[] = [];
  if (view.results.length > 0) {
    parts.push(`<ol class="search-results" start="${view.offset + 1}">${resultItemsHtml(view.results, title)}</ol>`);
  }
  if (view.suggestions.length > 0) {
    parts.push(
      `<div class="search-suggestions"><p>${escapeHtml(searchStrings.suggestTags)}</p><ul class="tag-list">`,
      ...view.suggestions.map((tag) => `<li><a href="${escapeHtml(tag.url)}">${escapeHtml(tag.name)}</a></li>`),
      '</ul></div>',
    );
  }
  if (links.more) parts.push(`<p class="search-more"><a href="${escapeHtml(links.more)}">${escapeHtml(searchStrings.more)}</a></p>`);
  if (links.all) parts.push(`<p class="search-all"><a href="${escapeHtml(links.all)}">${escapeHtml(searchStrings.showAll(view.query.trim()))}</a></p>`);
  return parts.join('');
}
