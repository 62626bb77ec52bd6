/** How the results are marked up: the header's short list, or the search page. */
export type ResultsMarkup = 'panel' | 'page';

/** A search sent to the worker. */
export interface SearchRequest {
  id: number;
  /** Absolute URL of the index folder. */
  indexUrl: string;
  query: string;
  offset: number;
  limit: number;
  /** The reader is still typing the last word. */
  typing: boolean;
  markup: ResultsMarkup;
}

/** The worker's answer to the request with the same id, ready to put into the page. */
export interface SearchResponse {
  id: number;
  /** The status line (number of results, or why there are none). */
  status: string;
  /** The results block (escaped HTML from resultsHtml), for a first page. */
  html: string;
  /** Only the list items, for a further page appended to the list. */
  itemsHtml: string;
  total: number;
  /** Results shown up to and including this page. */
  shown: number;
  /** Address of the following page, if there is one. */
  more?: string;
  /** Milliseconds in the worker: the whole search, and the part spent waiting for index files. */
  timing: { searchMs: number; loadMs: number };
}
