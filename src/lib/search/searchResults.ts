/**
 * A page of search results as readers see them: titles and snippets with
 * the matched words marked, date, category, and tags to try when nothing
 * was found. Shared by the search worker, the server's results page and
 * the CLI, so all three show the same.
 */
import type { SuggestedTag } from './indexFormat.ts';
import type { SearchEngine } from './searchEngine.ts';
import { highlight, matchedWordTest, snippet, type Segment } from './snippets.ts';
import { suggestTags } from './tagSuggestions.ts';

/** One result, ready to show. */
export interface ResultView {
  id: string;
  url: string;
  title: Segment[];
  date: string;
  dateLabel: string;
  category: string;
  snippet: Segment[];
  score: number;
  /** How many of the query's words the article contains. */
  matchedWords: number;
}

/** A page of results. */
export interface ResultsView {
  query: string;
  /** Words looked for: 0 for an empty query or one of stop words only. */
  words: number;
  /** All results, of which `results` is the page from `offset`. */
  total: number;
  offset: number;
  results: ResultView[];
  /** Tags to try, when nothing was found. */
  suggestions: SuggestedTag[];
  /** Milliseconds: the whole search, and the part spent waiting for index files. */
  timing: { searchMs: number; loadMs: number };
}

/** Options of `searchResults`. */
export interface ResultsOptions {
  offset?: number;
  limit?: number;
  /** The reader is still typing the last word (see planQuery). */
  typing?: boolean;
}

/** Searches and prepares one page of results. */
export async function searchResults(engine: SearchEngine, query: string, options: ResultsOptions = {}): Promise<ResultsView> {
  const offset = Math.max(0, options.offset ?? 0);
  const limit = options.limit ?? 10;
  const started = performance.now();
  const outcome = await engine.search(query, { typing: options.typing });
  const searchMs = performance.now() - started;
  const page = outcome.results.slice(offset, offset + limit);
  const results = await Promise.all(
    page.map(async (hit) => {
      const document = await engine.document(hit.ref);
      const isMatch = matchedWordTest(hit.terms);
      return {
        id: document.id,
        url: document.url,
        title: highlight(document.title, isMatch),
        date: document.date,
        dateLabel: document.dateLabel,
        category: document.category,
        snippet: snippet(document.text, isMatch, document.lead),
        score: hit.score,
        matchedWords: hit.matchedWords,
      };
    }),
  );
  const suggestions =
    outcome.results.length === 0 && outcome.words.length > 0
      ? suggestTags((await engine.manifest()).tags, outcome.words.map((word) => word.folded))
      : [];
  return {
    query,
    words: outcome.words.length,
    total: outcome.results.length,
    offset,
    results,
    suggestions,
    timing: { searchMs, loadMs: outcome.loadMs },
  };
}
