/**
 * The files a build writes for search, and how to find a term in them.
 * Shared by the build, the search worker, the server and the CLI.
 *
 * Layout, below one folder named by the content hash of all its files:
 *
 *   manifest.json        SearchManifest: read first, small
 *   terms/<key>.json     TermList: every term starting with <key>, for prefix and typo matching
 *   postings/<n>.json    PostingsFile: the documents and scores of a run of terms
 *   docs/<n>.json        SearchDocumentFile: what a result shows (title, date, text for the snippet)
 */

/** Version of this layout; an engine refuses a manifest of another one. */
export const INDEX_FORMAT = 1;

/** The indexed fields and their lunr boosts: a word in the title counts ten times a word in the body. */
export const SEARCH_FIELDS = [
  { name: 'title', boost: 10 },
  { name: 'tags', boost: 6 },
  { name: 'category', boost: 4 },
  { name: 'headings', boost: 3 },
  { name: 'lead', boost: 3 },
  { name: 'author', boost: 2 },
  { name: 'body', boost: 1 },
] as const;

/** Name of an indexed field. */
export type SearchField = (typeof SEARCH_FIELDS)[number]['name'];

/** A tag offered when a search finds nothing. */
export interface SuggestedTag {
  name: string;
  url: string;
  count: number;
}

/** The entry point of an index: everything else is found from here. */
export interface SearchManifest {
  format: number;
  /** Number of documents: docs/0.json … docs/<documents - 1>.json. */
  documents: number;
  fields: string[];
  /** First term of each postings file, ascending: postings/<n>.json holds the terms from postings[n] up to postings[n + 1]. */
  postings: string[];
  /** Keys of the term lists that exist (see termListKey). */
  termLists: string[];
  /** Tags by use, most used first. */
  tags: SuggestedTag[];
}

/**
 * One term's postings, flat for size: for each field that contains the term,
 * the field's position in `fields`, the number of documents, then per
 * document the gap to the previous document number (minus one) and lunr's
 * BM25 score in thousandths (lunr itself keeps three decimals).
 */
export type TermPostings = number[];

/** A run of consecutive terms with their postings. */
export type PostingsFile = [term: string, postings: TermPostings][];

/** The terms that share a first character, sorted. */
export type TermList = string[];

/** What a result shows; fetched only for the results on screen. */
export interface SearchDocumentFile {
  /** The article's slug. */
  id: string;
  url: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The date as readers read it ("12. März 2026"). */
  dateLabel: string;
  category: string;
  lead: string;
  /** Headings and body as plain text, for the snippet. */
  text: string;
}

/** Paths of the files, relative to the index folder. */
export const indexPaths = {
  manifest: 'manifest.json',
  termList: (key: string) => `terms/${key}.json`,
  postings: (file: number) => `postings/${file}.json`,
  document: (ref: number) => `docs/${ref}.json`,
} as const;

/** The term list a term belongs to: its first letter or digit, `_` for anything else. */
export function termListKey(term: string): string {
  const first = term.charAt(0);
  return /^[a-z0-9]$/.test(first) ? first : '_';
}

/** The postings file that holds `term` (it may still be absent from it), by binary search. */
export function postingsFileOf(firstTerms: readonly string[], term: string): number {
  let low = 0;
  let high = firstTerms.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (firstTerms[middle]! <= term) low = middle;
    else high = middle - 1;
  }
  return low;
}
